import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActor, type Snapshot } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent, FlowInput } from '../../flows/flow.ts';
import { crisisFlow } from '../../flows/crisis/index.ts';
import { crisisMachine } from '../../flows/crisis/machine.ts';
import type { Profile } from '../../src/profile.ts';
import type { Reply } from '../../src/reply.ts';
import { DEFAULT_RESOURCE_DIR, loadResourceDirectory, resourceDirectory, useResourceDirectory } from '../../src/safety/resources.ts';

type Remembered = Extract<FlowEmitted, { type: 'remember' }>;
type Escalated = Extract<FlowEmitted, { type: 'escalate' }>;

/** Runs the crisis flow like the engine does, keeping what it says, remembers and escalates. */
function run(args: Record<string, string>, profile: Profile = {}, snapshot?: Snapshot<unknown>) {
  const replies: Reply[] = [];
  const remembered: Remembered['patch'][] = [];
  const escalations: Escalated[] = [];
  const input: FlowInput = { profile, journal: [], now: 1_000, args };
  const actor = createActor(crisisMachine, { input, ...(snapshot ? { snapshot: snapshot as never } : {}) });
  actor.on('reply', (e) => void replies.push(e.reply));
  actor.on('remember', (e) => void remembered.push(e.patch));
  actor.on('escalate', (e) => void escalations.push(e));
  actor.start();
  let mark = replies.length;
  const send = (event: FlowEvent) => {
    mark = replies.length;
    actor.send(event);
    return replies.slice(mark);
  };
  return {
    actor,
    replies,
    remembered,
    escalations,
    opening: replies.slice(),
    choose: (id: string) => send({ type: 'CHOICE', id, at: 2_000 }),
    type: (text: string) => send({ type: 'TEXT', text, at: 2_000 }),
    send,
    last: () => replies.at(-1)!,
    done: () => actor.getSnapshot().status === 'done',
    output: () => actor.getSnapshot().output,
  };
}

const text = (replies: Reply[]) => replies.map((r) => r.text).join('\n');
const choiceIds = (reply: Reply) => reply.choices?.map((c) => c.id) ?? [];

describe('crisis flow: a clear risk to oneself', () => {
  it('acknowledges, says it is an automated coach, gives lines and asks directly, without leading to "no"', () => {
    const flow = run({ category: 'suicide', level: 'high', timeZone: 'America/New_York' });
    expect(flow.opening[0]!.text).toMatch(/thank you for telling me/i);
    expect(text(flow.opening)).toMatch(/automated coach/i);
    expect(text(flow.opening)).toContain('988');
    expect(text(flow.opening)).toMatch(/text instead of calling/i);
    expect(text(flow.opening)).toMatch(/doesn't automatically mean the police/i);
    expect(flow.last().text).toBe('Are you having thoughts of ending your life?');
    expect(choiceIds(flow.last())[0]).toBe('yes');
    expect(flow.last().text).not.toMatch(/\b(not|n't)\b|right\?/);
    expect(flow.done()).toBe(false);
  });

  it('asks about a plan and timing after a "yes"', () => {
    const flow = run({ category: 'suicide', level: 'high' });
    const said = flow.choose('yes');
    expect(said.at(-1)!.text).toMatch(/plan.*time/i);
  });

  it('puts the emergency number first when there is a plan, then someone with them and distance from means', () => {
    const flow = run({ category: 'suicide', level: 'high', timeZone: 'Europe/London' });
    flow.choose('yes');
    const said = flow.choose('yes');
    expect(said[0]!.text).toMatch(/^Please call 999 now/);
    expect(text(said)).toMatch(/stay with you/);
    expect(text(said)).toMatch(/put distance between you and it/);
    expect(text(said)).toContain('Samaritans');
  });

  it('treats an unreadable answer to the plan question as danger now', () => {
    const flow = run({ category: 'suicide', level: 'high', country: 'US' });
    flow.choose('yes');
    expect(flow.type('tonight')[0]!.text).toMatch(/^Please call 911 now/);
  });

  it('gives the emergency number first when the screen says imminent', () => {
    const flow = run({ category: 'suicide', level: 'imminent', locale: 'en-AU' });
    expect(flow.opening[0]!.text).toBe('Please call 000 now. They can get help to you quickly.');
    expect(text(flow.opening)).toContain('13 11 14');
    expect(text(flow.opening)).toMatch(/automated coach/i);
  });

  it('asks self-harm directly too', () => {
    const flow = run({ category: 'self_harm', level: 'high' });
    expect(flow.last().text).toBe('Are you having thoughts of hurting yourself, or of ending your life?');
  });
});

describe('crisis flow: resources follow the region', () => {
  it.each([
    [{ timeZone: 'Europe/London' }, {}, ['Samaritans', '116 123', 'SHOUT to 85258', '999'], ['988']],
    [{ timeZone: 'America/Toronto' }, {}, ['9-8-8', '686868', '911'], ['Samaritans']],
    [{ locale: 'en-IE' }, {}, ['116 123', 'TALK to 50808', '112'], ['999']],
    [{ timeZone: 'Europe/London' }, { country: 'AU' }, ['Lifeline', '13 11 14', '000'], ['Samaritans']],
    [{}, {}, ['findahelpline.com', 'local emergency number'], ['988', '999']],
  ] as const)('args %o and profile %o', (where, profile, present, absent) => {
    const flow = run({ category: 'suicide', level: 'high', ...where }, profile);
    for (const fact of present) expect(text(flow.opening)).toContain(fact);
    for (const fact of absent) expect(text(flow.opening)).not.toContain(fact);
  });

  it('offers tap-to-call and tap-to-text links', () => {
    const flow = run({ category: 'suicide', level: 'high', timeZone: 'America/Chicago' });
    const links = flow.opening.flatMap((r) => r.links ?? []).map((l) => l.url);
    expect(links).toContain('tel:988');
    expect(links).toContain('sms:741741?body=HOME');
  });

  it('lets the person change the region from inside the crisis, and remembers it', () => {
    const flow = run({ category: 'suicide', level: 'high', timeZone: 'America/New_York' });
    flow.choose('no');
    const asked = flow.send({ type: 'NAVIGATE', to: 'country', at: 3 });
    expect(choiceIds(asked.at(-1)!)).toEqual(expect.arrayContaining(['region:GB', 'region:US', 'region:INTL']));
    const said = flow.choose('region:GB');
    expect(flow.remembered).toContainEqual({ country: 'GB' });
    expect(text(said)).toContain('Samaritans');
    expect(said.at(-1)!.text).toBe('Are you safe right now?');
    expect(flow.done()).toBe(false);
  });

  it('uses a region an operator added as a file, without code changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kintsugi-crisis-'));
    const before = resourceDirectory();
    try {
      cpSync(DEFAULT_RESOURCE_DIR, dir, { recursive: true });
      writeFileSync(
        join(dir, 'nz.json'),
        JSON.stringify({
          region: 'NZ', name: 'New Zealand', emergency: '111', source: 'test fixture', lastChecked: '2026-01-01',
          services: [{ id: 'nz-test', name: 'Test Line NZ', ways: [{ how: 'call', number: '0800 000 000' }], categories: ['suicide'] }],
        }),
      );
      useResourceDirectory(loadResourceDirectory(dir));
      const flow = run({ category: 'suicide', level: 'high', timeZone: 'Pacific/Auckland' });
      expect(text(flow.opening)).toContain('Test Line NZ');
      expect(text(flow.opening)).toContain('call 111');
    } finally {
      useResourceDirectory(before);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('crisis flow: an ambiguous message', () => {
  it('asks one direct, caring question and nothing else', () => {
    const flow = run({ category: 'suicide', level: 'possible' });
    expect(flow.opening).toHaveLength(1);
    expect(flow.opening[0]!.text).toMatch(/do you mean you're having thoughts of ending your life\?$/);
    expect(choiceIds(flow.opening[0]!)).toEqual(['yes', 'no', 'unsure']);
    expect(flow.escalations).toEqual([]);
  });

  it('goes gently back to what they were doing after a "no"', () => {
    const flow = run({ category: 'suicide', level: 'possible' });
    const said = flow.choose('no');
    expect(flow.done()).toBe(true);
    expect(flow.output()).toEqual({});
    expect(text(said)).toContain('/help now');
    expect(flow.escalations).toEqual([]);
  });

  it('reads a typed "nope" as no', () => {
    const flow = run({ category: 'self_harm', level: 'possible' });
    flow.type('nope, just tired');
    expect(flow.done()).toBe(true);
  });

  it('gives the full response after a "yes", and escalates then', () => {
    const flow = run({ category: 'suicide', level: 'possible', timeZone: 'Europe/Dublin' });
    const said = flow.choose('yes');
    expect(text(said)).toContain('116 123');
    expect(said.at(-1)!.text).toBe('Are you having thoughts of ending your life?');
    expect(flow.escalations).toEqual([{ type: 'escalate', category: 'suicide', level: 'high', whose: 'own' }]);
  });

  it('takes anything but a clear "no" as a reason to help', () => {
    const flow = run({ category: 'suicide', level: 'possible' });
    flow.type('i dont know anymore');
    expect(flow.done()).toBe(false);
    expect(flow.last().text).toBe('Are you having thoughts of ending your life?');
  });
});

describe('crisis flow: coaching pauses until the person is safe', () => {
  it('answers navigation by checking on them, and resumes only after "I\'m safe"', () => {
    const flow = run({ category: 'suicide', level: 'high' });
    flow.choose('no');
    for (const event of [
      { type: 'NAVIGATE', to: 'menu', at: 3 },
      { type: 'NAVIGATE', to: 'repair', at: 3 },
      { type: 'BACK', at: 3 },
      { type: 'RESUME', at: 3 },
      { type: 'CHOICE', id: 'menu:repair', at: 3 },
    ] as const) {
      const said = flow.send(event);
      expect(flow.done()).toBe(false);
      expect(said.at(-1)!.text).toBe('Before we go on: are you safe right now?');
    }
    const said = flow.choose('safe');
    expect(flow.done()).toBe(true);
    expect(flow.output()).toEqual({});
    expect(text(said)).toContain('/help now');
  });

  it('goes to the emergency response when they say they are not safe', () => {
    const flow = run({ category: 'suicide', level: 'high', country: 'GB' });
    flow.choose('no');
    const said = flow.choose('unsafe');
    expect(said[0]!.text).toMatch(/^Please call 999 now/);
  });

  it('reads typed answers to "are you safe?"', () => {
    const flow = run({ category: 'suicide', level: 'high' });
    flow.choose('no');
    expect(flow.type("I'm not safe")[0]!.text).toMatch(/^Please call/);
    flow.choose('talk');
    flow.type('hmm');
    expect(flow.done()).toBe(false);
    expect(flow.last().text).toBe('Are you safe right now?');
    flow.type("yes I'm safe now");
    expect(flow.done()).toBe(true);
  });

  it('checks in gently when a reminder fires', () => {
    const flow = run({ category: 'suicide', level: 'high' });
    const said = flow.send({ type: 'NUDGE', at: 3 });
    expect(said.map((r) => r.text)).toEqual(['Just checking in on you.', 'Are you safe right now?']);
  });

  it('encourages reaching a trusted person', () => {
    const flow = run({ category: 'suicide', level: 'high' });
    expect(text(flow.choose('unsure'))).toMatch(/someone you trust/);
  });

  it('escalates once per crisis, however it unfolds', () => {
    const flow = run({ category: 'suicide', level: 'high' });
    flow.choose('yes');
    flow.choose('yes');
    flow.choose('talk');
    flow.choose('unsafe');
    expect(flow.escalations).toEqual([{ type: 'escalate', category: 'suicide', level: 'high', whose: 'own' }]);
  });

  it('keeps going after its snapshot is stored and restored, as the engine does between turns', () => {
    const first = run({ category: 'suicide', level: 'high' });
    first.choose('no');
    const stored = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot())) as Snapshot<unknown>;
    first.actor.stop();
    const again = run({}, {}, stored);
    again.choose('safe');
    expect(again.done()).toBe(true);
  });

  it('is a flow that holds the floor', () => {
    expect(crisisFlow).toMatchObject({ id: 'crisis', version: 1, holdsFloor: true });
  });
});

describe('crisis flow: whose danger the escalation names', () => {
  it('names the writer, someone they tell of, or someone they harmed, so the human reading it knows who is at risk', () => {
    const whose = (args: Record<string, string>) => run({ category: 'partner_violence', level: 'high', ...args }).escalations.map((e) => e.whose);
    expect(whose({})).toEqual(['own']);
    expect(whose({ thirdParty: 'true' })).toEqual(['someone_else']);
    expect(whose({ thirdParty: 'true', byWriter: 'true' })).toEqual(['caused_by_writer']);
  });
});

describe('crisis flow: abuse', () => {
  it('asks "are you safe to talk right now?" before anything else', () => {
    const flow = run({ category: 'partner_violence', level: 'high', country: 'US' });
    expect(flow.last().text).toBe('Are you safe to talk right now?');
    expect(text(flow.opening)).not.toContain('Hotline');
    expect(flow.escalations).toEqual([{ type: 'escalate', category: 'partner_violence', level: 'high', whose: 'own' }]);
  });

  it('gives abuse-specific lines and no couples advice once it is safe to talk, and remembers it', () => {
    const flow = run({ category: 'partner_violence', level: 'high', country: 'US' }, { safety: { abuse: false, screenedAt: 5 } });
    const said = flow.choose('yes');
    expect(text(said)).toContain('National Domestic Violence Hotline');
    expect(text(said)).toContain('START to 88788');
    expect(text(said)).toMatch(/working on the relationship together isn't advised/);
    expect(text(said)).not.toMatch(/try (talking|an exercise) together/i);
    expect(flow.remembered).toContainEqual({ safety: { abuse: true, screenedAt: 2_000 } });
    expect(said.at(-1)!.text).toBe('Are you safe right now?');
  });

  it('leaves one line and waits quietly when it is not safe to talk', () => {
    const flow = run({ category: 'partner_violence', level: 'high', country: 'GB' });
    const said = flow.choose('later');
    expect(text(said)).toContain('0808 2000 247');
    expect(flow.actor.getSnapshot().can({ type: 'NUDGE', at: 3 })).toBe(true); // taken, so the engine adds no reminder of its own
    expect(flow.send({ type: 'NUDGE', at: 3 })).toEqual([]);
    const back = flow.type('ok he left');
    expect(back.map((r) => r.text)).toEqual(["Welcome back. I'm glad you're here.", 'Are you safe to talk right now?']);
    expect(flow.done()).toBe(false);
  });

  it('goes straight to emergency help when they are in danger now', () => {
    const flow = run({ category: 'partner_violence', level: 'high', country: 'AU' });
    const said = flow.choose('danger');
    expect(said[0]!.text).toMatch(/^Please call 000 now/);
    expect(text(said)).toMatch(/away from the person who is hurting you/);
    expect(text(said)).toContain('1800RESPECT');
  });

  it.each([
    ['sexual_violence', 'RAINN'],
    ['child_abuse', 'Childhelp'],
  ])('gives %s its own line', (category, line) => {
    const flow = run({ category, level: 'high', country: 'US' });
    expect(text(flow.choose('yes'))).toContain(line);
    expect(flow.remembered).toEqual([]);
  });
});

describe('crisis flow: someone else is in danger', () => {
  it('gives lines for helping someone, emergency first when the danger is now', () => {
    const flow = run({ category: 'suicide', level: 'high', thirdParty: 'true', country: 'US' });
    expect(flow.last().text).toBe('Is the person in danger right now?');
    const said = flow.choose('yes');
    expect(said[0]!.text).toMatch(/^Please call 911 now\. If it's safe for you, stay with them/);
    expect(text(said)).toMatch(/worried about someone else/);
    expect(said.at(-1)!.text).toBe('And how are you doing with all this?');
    flow.choose('ok');
    expect(flow.done()).toBe(true);
  });

  it('looks after the helper too', () => {
    const flow = run({ category: 'partner_violence', level: 'high', thirdParty: 'true', country: 'GB' });
    expect(text(flow.choose('no'))).toContain('Refuge');
    const said = flow.choose('notok');
    expect(said.at(-1)!.text).toBe('Are you safe right now?');
  });
});

describe('crisis flow: the person says they hurt someone', () => {
  it('speaks to them as the one who must keep the other person safe, not as the one hurt', () => {
    const flow = run({ category: 'partner_violence', level: 'high', thirdParty: 'true', byWriter: 'true', country: 'GB' });
    const opening = text(flow.opening);
    expect(flow.opening[0]!.text).toMatch(/^Thank you for being straight with me about it\. What matters most right now is that nobody gets hurt\./);
    expect(opening).toMatch(/automated coach/);
    expect(opening).not.toMatch(/good of you|No one deserves|safe to talk/);
    expect(flow.last().text).toBe('Is anyone in danger right now?');
    const said = flow.choose('no');
    expect(text(said)).toMatch(/these lines support people who have been hurt\. You can pass them on/);
    expect(text(said)).toContain('Refuge');
    expect(text(said)).toMatch(/won't suggest exercises to do as a pair/);
    expect(said.at(-1)!.text).toBe('And how are you doing with all this?');
  });

  it('hides joint exercises from then on, as after abuse disclosed by the one hurt', () => {
    const flow = run({ category: 'partner_violence', level: 'high', thirdParty: 'true', byWriter: 'true', country: 'GB' });
    flow.choose('no');
    expect(flow.remembered).toEqual([{ safety: { abuse: true, screenedAt: 2_000 } }]);
  });

  it('puts the emergency number first when someone may be hurt now, with distance rather than "stay with them"', () => {
    const flow = run({ category: 'emergency', level: 'imminent', thirdParty: 'true', byWriter: 'true', country: 'US' });
    const said = flow.choose('yes');
    expect(said[0]!.text).toMatch(/^Please call 911 now\. If someone is hurt, say what happened/);
    expect(said[0]!.text).toMatch(/leave the room or the house until you're calm/);
    expect(text(said)).not.toMatch(/stay with them/);
  });

  it('asks an ambiguous message about their own actions', () => {
    const flow = run({ category: 'partner_violence', level: 'possible', thirdParty: 'true', byWriter: 'true', country: 'US' });
    expect(flow.last().text).toBe("I want to be sure I understand. When you say that, do you mean you've hurt your partner, or you're afraid you might?");
    expect(text(flow.choose('yes'))).toMatch(/nobody gets hurt/);
  });

  it('answers "it\'s a lot for me too" with a line for them, whatever they did, and keeps checking', () => {
    const flow = run({ category: 'child_abuse', level: 'high', thirdParty: 'true', byWriter: 'true', country: 'US' });
    expect(text(flow.choose('no'))).toMatch(/keep the child safe now/);
    const said = flow.choose('notok');
    expect(text(said)).toMatch(/A crisis line will talk with you too, whatever has happened/);
    expect(said.at(-1)!.text).toBe('Are you safe right now?');
  });

  it('ends with a word about change when they are okay', () => {
    const flow = run({ category: 'sexual_violence', level: 'high', thirdParty: 'true', byWriter: 'true', country: 'US' });
    flow.choose('no');
    expect(text(flow.choose('ok'))).toMatch(/^Facing this is where change starts\. \/help now/);
    expect(flow.done()).toBe(true);
  });
});

describe('crisis flow: /help now', () => {
  it('shows lines at once and asks what would help', () => {
    const flow = run({ reason: 'help_now', timeZone: 'Europe/London' });
    expect(flow.opening[0]!.text).toBe("Here's help, right now.");
    expect(text(flow.opening)).toContain('Samaritans');
    expect(choiceIds(flow.last())).toEqual(['safe', 'unsafe', 'hurt', 'other', 'region']);
    expect(flow.escalations).toEqual([]);
  });

  it('ends when they only wanted the numbers', () => {
    const flow = run({ reason: 'help_now' });
    flow.choose('safe');
    expect(flow.done()).toBe(true);
    expect(flow.output()).toEqual({});
  });

  it('asks directly, and escalates, when they are not safe', () => {
    const flow = run({ reason: 'help_now' });
    const said = flow.choose('unsafe');
    expect(said.map((r) => r.text)).toEqual(['Are you having thoughts of ending your life?']);
    expect(flow.escalations).toHaveLength(1);
  });

  it('turns to abuse help when someone is hurting them', () => {
    const flow = run({ reason: 'help_now' });
    expect(flow.choose('hurt').at(-1)!.text).toBe('Are you safe to talk right now?');
  });
});

/**
 * Model-based check: from every way a crisis can start, explore every state reachable through
 * the offered choices, and from each one try everything a person might do instead of answering.
 * None of it may end the flow, and every state must leave the person a question with buttons.
 * The flow may end only through an answer that says they are safe (or "not what I meant"),
 * and then it points to /help now.
 */
describe('crisis flow: never a final state without a way back', () => {
  const categories = ['suicide', 'self_harm', 'emergency', 'partner_violence', 'sexual_violence', 'child_abuse'];
  const starts: Array<Record<string, string>> = [{ reason: 'help_now' }];
  for (const category of categories) {
    for (const level of ['possible', 'high', 'imminent']) {
      starts.push(
        { category, level, country: 'US' },
        { category, level, thirdParty: 'true', country: 'GB' },
        { category, level, thirdParty: 'true', byWriter: 'true', country: 'AU' },
      );
    }
  }
  const distractions: FlowEvent[] = [
    { type: 'NAVIGATE', to: 'menu', at: 9 },
    { type: 'NAVIGATE', to: 'start', at: 9 },
    { type: 'BACK', at: 9 },
    { type: 'RESUME', at: 9 },
    { type: 'TEXT', text: 'asdf', at: 9 },
    { type: 'CHOICE', id: 'stale-button', at: 9 },
  ];
  const endings = new Set(['safe', 'no', 'ok']);

  it.each(starts.map((args) => [JSON.stringify(args), args] as const))('%s', (_name, args) => {
    const seen = new Set<string>();
    const queue: Array<{ snapshot: Snapshot<unknown>; prompt: Reply }> = [];
    const start = run(args);
    expect(start.done()).toBe(false);
    queue.push({ snapshot: start.actor.getPersistedSnapshot(), prompt: start.last() });
    let explored = 0;
    while (queue.length && explored < 200) {
      const { snapshot, prompt } = queue.shift()!;
      const key = JSON.stringify(snapshot);
      if (seen.has(key)) continue;
      seen.add(key);
      explored++;
      expect(prompt.choices?.length ?? 0).toBeGreaterThan(0);
      for (const event of distractions) {
        const flow = run(args, {}, snapshot);
        expect(flow.actor.getSnapshot().can(event), `${event.type} taken in ${key}`).toBe(true);
        flow.send(event);
        expect(flow.done(), `${event.type} in ${key}`).toBe(false);
        expect(flow.last().choices?.length ?? 0).toBeGreaterThan(0);
      }
      for (const choice of prompt.choices ?? []) {
        const flow = run(args, {}, snapshot);
        const said = flow.choose(choice.id);
        if (flow.done()) {
          expect(endings.has(choice.id), `ended by "${choice.id}"`).toBe(true);
          expect(text(said)).toContain('/help now');
          continue;
        }
        const last = said.at(-1) ?? prompt;
        queue.push({ snapshot: flow.actor.getPersistedSnapshot(), prompt: last });
      }
    }
    expect(explored).toBeGreaterThan(1);
  });
});

afterEach(() => {
  expect(resourceDirectory().dir).toBe(DEFAULT_RESOURCE_DIR);
});

describe('crisis flow: what it never says', () => {
  it('never promises secrecy, refuses to talk, leads towards "no" or names a diagnosis', () => {
    const everything: Reply[] = [];
    const starts: Array<Record<string, string>> = [
      { category: 'suicide', level: 'high' },
      { category: 'self_harm', level: 'imminent' },
      { category: 'partner_violence', level: 'high' },
      { category: 'sexual_violence', level: 'possible' },
      { category: 'child_abuse', level: 'high', thirdParty: 'true' },
      { category: 'partner_violence', level: 'high', thirdParty: 'true', byWriter: 'true' },
      { category: 'emergency', level: 'imminent', thirdParty: 'true', byWriter: 'true' },
      { category: 'emergency', level: 'high' },
      { reason: 'help_now' },
    ];
    for (const args of starts) {
      for (const answers of [['yes', 'yes', 'talk', 'again', 'region', 'region:GB', 'safe'], ['no', 'notok', 'unsafe', 'cant']]) {
        const flow = run(args);
        for (const id of answers) flow.choose(id);
        everything.push(...flow.replies);
      }
    }
    const all = text(everything);
    expect(all).not.toMatch(/secret|between us|won't tell|stays here|can't talk about|not going to do anything|right\?|you have (depression|ptsd|an? \w+ disorder)/i);
  });
});
