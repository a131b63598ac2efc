import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent } from '../../flows/flow.ts';
import { safetyCheckFlow } from '../../flows/safety-check/index.ts';
import { safetyCheckMachine } from '../../flows/safety-check/machine.ts';
import type { Profile } from '../../src/profile.ts';
import type { Reply } from '../../src/reply.ts';

type Patch = Extract<FlowEmitted, { type: 'remember' }>['patch'];

function run(profile: Profile = {}, args: Record<string, string> = {}) {
  const replies: Reply[] = [];
  const remembered: Patch[] = [];
  const actor = createActor(safetyCheckMachine, { input: { profile, journal: [], now: 0, args } });
  actor.on('reply', (e) => void replies.push(e.reply));
  actor.on('remember', (e) => void remembered.push(e.patch));
  actor.start();
  const send = (event: FlowEvent) => {
    const mark = replies.length;
    actor.send(event);
    return replies.slice(mark);
  };
  return {
    replies,
    remembered,
    choose: (id: string) => send({ type: 'CHOICE', id, at: 7_000 }),
    back: () => send({ type: 'BACK', at: 7_000 }),
    last: () => replies.at(-1)!,
    done: () => actor.getSnapshot().status === 'done',
    output: () => actor.getSnapshot().output,
  };
}

const text = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

/** Answers the four HITS items in order. */
function answerHits(flow: ReturnType<typeof run>, answers: string[]) {
  for (const answer of answers) flow.choose(answer);
}

describe('safety check', () => {
  it('asks gently whether they feel safe with the other person', () => {
    const flow = run({ relationship: 'partner' });
    expect(flow.last().text).toBe('Do you feel safe with your partner?');
    expect(flow.last().choices?.map((c) => c.id)).toEqual(['yes', 'not_always', 'no', 'rather_not']);
    expect(safetyCheckFlow).toMatchObject({ id: 'safety-check', version: 1 });
  });

  it('"yes": a warm note, remembered as screened, then the menu', () => {
    const flow = run();
    const said = flow.choose('yes');
    expect(text(said)).toMatch(/glad you feel safe/);
    expect(flow.remembered).toEqual([{ safety: { abuse: false, screenedAt: 7_000 } }]);
    expect(flow.output()).toEqual({ next: 'menu' });
  });

  it('"rather not say": respected, nothing remembered', () => {
    const flow = run();
    flow.choose('rather_not');
    expect(flow.remembered).toEqual([]);
    expect(flow.output()).toEqual({ next: 'menu' });
  });

  it('"not always" leads to the four HITS questions about how often', () => {
    const flow = run({ relationship: 'partner' });
    flow.choose('not_always');
    flow.choose('ok');
    const asked = [flow.last().text];
    for (let i = 0; i < 3; i++) {
      flow.choose('never');
      asked.push(flow.last().text);
    }
    expect(asked).toEqual([
      'How often does your partner physically hurt you?',
      'How often does your partner insult you or talk down to you?',
      'How often does your partner threaten to harm you?',
      'How often does your partner scream or curse at you?',
    ]);
    expect(flow.replies[flow.replies.length - 1]!.choices?.map((c) => c.id)).toEqual(['never', 'rarely', 'sometimes', 'fairly_often', 'frequently']);
  });

  it('a positive screen (10 or more) leads to the safety path and no joint work', () => {
    const flow = run({ country: 'GB', relationship: 'partner' });
    flow.choose('no');
    flow.choose('ok');
    answerHits(flow, ['rarely', 'sometimes', 'sometimes', 'rarely']); // 2 + 3 + 3 + 2 = 10
    expect(flow.remembered).toEqual([{ safety: { abuse: true, screenedAt: 7_000, hitsScore: 10 } }]);
    expect(text(flow.replies.slice(-3))).toMatch(/not your fault|isn't your fault/);
    expect(flow.last().text).toBe('Are you safe to talk right now?');

    const path = flow.choose('yes');
    expect(text(path)).toContain('Refuge National Domestic Abuse Helpline');
    expect(text(path)).toContain('999');
    expect(text(path)).toMatch(/working on the relationship together isn't advised/);
    expect(text(path)).toMatch(/won't suggest things to do together/);

    const plan = flow.choose('plan');
    expect(text(plan)).toMatch(/code word/);
    expect(text(plan)).toMatch(/\/forget/);
    flow.choose('menu');
    expect(flow.output()).toEqual({ next: 'menu' });
  });

  it('a score of 9 is not positive: a warm note, remembered with the score, then the menu', () => {
    const flow = run({ country: 'US' });
    flow.choose('not_always');
    flow.choose('ok');
    answerHits(flow, ['rarely', 'rarely', 'rarely', 'sometimes']); // 9
    expect(flow.done()).toBe(true);
    expect(flow.remembered).toEqual([{ safety: { abuse: false, screenedAt: 7_000, hitsScore: 9 } }]);
    expect(text(flow.replies.slice(-3))).toMatch(/Not always feeling safe matters/);
    expect(text(flow.replies.slice(-3))).toContain('National Domestic Violence Hotline');
    expect(flow.output()).toEqual({ next: 'menu' });
  });

  it('lets them go back and change an answer', () => {
    const flow = run();
    flow.choose('no');
    flow.choose('ok');
    answerHits(flow, ['frequently', 'frequently', 'never']);
    flow.back();
    flow.back();
    expect(flow.last().text).toMatch(/insult you/);
    answerHits(flow, ['never', 'never', 'never']); // 5 + 1 + 1 + 1 = 8
    expect(flow.remembered).toEqual([{ safety: { abuse: false, screenedAt: 7_000, hitsScore: 8 } }]);
  });

  it('keeps the answers safe when they are not safe to talk: one line, then the menu', () => {
    const flow = run({ country: 'AU' });
    flow.choose('no');
    flow.choose('ok');
    answerHits(flow, ['frequently', 'frequently', 'frequently', 'frequently']);
    const said = flow.choose('later');
    expect(text(said)).toContain('1800RESPECT');
    expect(flow.output()).toEqual({ next: 'menu' });
    expect(flow.remembered[0]).toMatchObject({ safety: { abuse: true, hitsScore: 20 } });
  });

  it('leaves out joint exercises when they feel unsafe but would rather not answer more', () => {
    const flow = run({ country: 'IE' });
    flow.choose('no');
    const said = flow.choose('skip');
    expect(text(said)).toMatch(/leave out exercises to do together/);
    expect(flow.remembered).toEqual([{ safety: { abuse: true, screenedAt: 7_000 } }]);
    expect(flow.output()).toEqual({ next: 'menu' });
  });
});
