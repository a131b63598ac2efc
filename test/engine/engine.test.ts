import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { StoreUnavailableError, type SessionStore } from '../../src/store/session-store.ts';
import { setup } from 'xstate';
import type { FlowDefinition } from '../../flows/flow.ts';
import { onboard, Person } from '../support/conversation.ts';
import { tallyFlow, testEngine } from '../support/test-flows.ts';
import { forgetFlow } from '../../flows/forget/index.ts';
import { onboardingFlow } from '../../flows/onboarding/index.ts';
import { testCrisisFlow } from '../support/test-flows.ts';

/** A flow with a bug: any text makes one of its actions throw. */
const brokenFlow: FlowDefinition = {
  id: 'broken',
  version: 1,
  title: 'Broken',
  commands: ['broken'],
  machine: setup({
    actions: {
      explode: () => {
        throw new Error('bug in a flow');
      },
    },
  }).createMachine({ initial: 'waiting', states: { waiting: { on: { TEXT: { actions: 'explode' } } } } }),
};

/** A MemoryStore whose calls take a random few milliseconds, so concurrent turns interleave. */
class SlowStore extends MemoryStore {
  override async load(key: string, id?: string) {
    const result = await super.load(key, id);
    await new Promise((r) => setTimeout(r, Math.random() * 4));
    return result;
  }
  override async commit(key: string, revision: number, session: Session, id?: string) {
    await new Promise((r) => setTimeout(r, Math.random() * 4));
    return super.commit(key, revision, session, id);
  }
}

describe('engine: the turn pipeline', () => {
  it('greets a first-time person, says what it is, and asks for consent', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('hello');
    expect(person.text).toMatch(/automated coach/);
    expect(person.text).toMatch(/not a therapist/);
    expect(person.text).toMatch(/\/help now/);
    expect(person.choices).toContain('Yes, remember them');
  });

  it('drops a duplicate delivery of the same platform message id', async () => {
    const engine = testEngine(new MemoryStore());
    const person = new Person(engine);
    const first = await person.send({ text: '/start', messageId: 'same' });
    const again = await person.send({ text: '/start', messageId: 'same' });
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
  });

  it('keeps per-conversation order when many messages arrive at once', async () => {
    const engine = testEngine(new SlowStore());
    const person = new Person(engine);
    await onboard(person);
    await person.say('/tally');
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const all = await Promise.all(words.map((w) => person.say(w)));
    expect(all.at(-1)![0]!.text).toBe(`seen:${words.join(',')}`);
  });

  it('loses no update when two engines share a store and race on one conversation', async () => {
    const store = new SlowStore();
    const a = new Person(testEngine(store), 'shared');
    const b = new Person(testEngine(store), 'shared');
    await onboard(a);
    await a.say('/tally');
    const words = Array.from({ length: 20 }, (_, i) => `x${i}`);
    await Promise.all(words.map((w, i) => (i % 2 ? a : b).say(w)));
    const final = await a.say('end');
    const seen = final[0]!.text.replace('seen:', '').split(',');
    expect(seen.slice(0, -1).sort()).toEqual([...words].sort());
    expect(seen.at(-1)).toBe('end');
  });

  it('remembers the conversation across engine instances through the store', async () => {
    const store = new MemoryStore();
    const first = new Person(testEngine(store), 'returning');
    await first.say('/start');
    await first.press('yes, remember');
    const later = new Person(testEngine(store), 'returning');
    await later.say('/back');
    expect(later.text).toMatch(/store them\. Is that okay/);
  });

  it('maps typed numbers and labels onto the offered choices', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.say('1');
    expect(person.text).toMatch(/Which of these fits best/);
    await person.say('someone broke my trust');
    expect(person.text).toMatch(/Who is this about/);
    await person.say('partner');
    expect(person.text).toMatch(/What happened/);
  });

  it('nudges kindly when free text arrives where only buttons work, and shows the question again', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.press('yes, remember');
    await person.say('blah blah');
    expect(person.text).toMatch(/buttons/);
    expect(person.choices).toContain("I broke someone's trust");
  });

  it('answers a pressed button from an earlier question gracefully', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.press('yes, remember');
    await person.send({ choice: 'yes' });
    expect(person.text).toMatch(/earlier question/);
    expect(person.choices).toContain("I broke someone's trust");
  });

  it('replies kindly to photos, stickers and voice notes and keeps the question open', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    for (const media of ['photo', 'sticker', 'voice'] as const) {
      await person.send({ media });
      expect(person.text).toMatch(/text|type/i);
      expect(person.choices).toContain('Yes, remember them');
    }
  });

  it('handles empty, edited and huge messages without losing the conversation', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.say('   ');
    expect(person.text).toMatch(/didn't catch any words/);
    await person.say('changed my mind', { edited: true });
    expect(person.text).toMatch(/edited/);
    await person.say('a'.repeat(50_000));
    expect(person.last[0]!.text).toMatch(/first 4,000 characters/);
    await person.press('yes, remember');
    expect(person.text).toMatch(/Which of these fits best/);
  });

  it('says what to do with an unknown command', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.say('/frobnicate');
    expect(person.text).toMatch(/don't know the command \/frobnicate/);
    expect(person.text).toMatch(/\/help/);
  });
});

describe('engine: common questions typed anywhere', () => {
  const faq = (text: string) => (/how long/i.test(text) ? [{ text: 'FAQ: usually months.' }] : null);

  it('answers the question and shows the question again where only buttons work', async () => {
    const person = new Person(testEngine(new MemoryStore(), { faq }));
    await person.say('/start');
    await person.say('how long does this take?');
    expect(person.last[0]!.text).toBe('FAQ: usually months.');
    expect(person.choices).toContain('Yes, remember them');
  });

  it('answers it and still gives the text to a flow that takes free text, so the reflection is kept', async () => {
    const store = new MemoryStore();
    const person = new Person(testEngine(store, { faq }), 'asker');
    await onboard(person);
    await person.say('/tally');
    await person.say('how long will she need?');
    expect(person.last.map((r) => r.text)).toEqual(['FAQ: usually months.', 'seen:how long will she need?']);
    expect((await store.load('test:asker')).session!.journal.map((e) => e.text)).toEqual(['how long will she need?']);
  });
});

describe('engine: global commands', () => {
  it('/menu lists only what exists, with set-up first before onboarding and a help button always', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.say('/menu');
    expect(person.choices).toEqual(['Set up my coaching', 'Tally', 'Get help now']);
    await onboard(person);
    await person.say('/menu');
    expect(person.choices).toEqual(['Tally', 'Get help now']);
  });

  it('/back returns to the previous question', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/start');
    await person.press('yes, remember');
    await person.press('someone broke my trust');
    await person.say('/back');
    expect(person.text).toMatch(/Which of these fits best/);
  });

  it('/stop pauses and /start resumes', async () => {
    const store = new MemoryStore();
    const person = new Person(testEngine(store), 'pauser');
    await onboard(person);
    await person.say('/stop');
    expect(person.text).toMatch(/paused/);
    expect((await store.load('test:pauser')).session!.profile.paused).toBe(true);
    await person.say('/start');
    expect(person.text).toMatch(/Welcome back/);
    expect((await store.load('test:pauser')).session!.profile.paused).toBe(false);
  });

  it('/forget asks first, keeps everything on "no", and erases everything on "yes"', async () => {
    const store = new MemoryStore();
    const person = new Person(testEngine(store), 'forgetful');
    await onboard(person);
    await person.say('/tally');
    await person.say('secret words');
    await person.say('/forget');
    expect(person.text).toMatch(/cannot be undone/);
    await person.press('no, keep it');
    expect(person.text).toMatch(/nothing has been erased/i);
    expect((await store.load('test:forgetful')).session!.journal).toHaveLength(1);
    await person.say('/forget');
    await person.press('yes, erase');
    expect(person.text).toMatch(/erased everything/);
    expect(store.size).toBe(0);
    await person.say('hi');
    expect(person.text).toMatch(/automated coach/);
  });

  it('/help lists the commands and offers immediate help', async () => {
    const person = new Person(testEngine(new MemoryStore()));
    await person.say('/help');
    expect(person.text).toMatch(/\/forget/);
    expect(person.choices).toContain('Get help now');
  });

  it('keeps no journal when the person declined storage', async () => {
    const store = new MemoryStore();
    const person = new Person(testEngine(store), 'private');
    await person.say('/start');
    await person.press("no, don't");
    await person.press('someone broke');
    await person.press('a friend');
    await person.press('broken promises');
    await person.say('/tally');
    await person.say('private thought');
    expect((await store.load('test:private')).session!.journal).toEqual([]);
  });
});

describe('engine: safety seam and outages', () => {
  it('interrupts any flow on risk, holds the floor against /menu, and resumes after "safe"', async () => {
    const escalations: unknown[] = [];
    const person = new Person(testEngine(new MemoryStore(), { escalate: (e) => escalations.push(e) }));
    await onboard(person);
    await person.say('/tally');
    await person.say('DANGER');
    expect(person.text).toMatch(/CRISIS:suicide/);
    expect(escalations).toEqual([expect.objectContaining({ category: 'suicide', whose: 'own', channel: 'test' })]);
    expect(JSON.stringify(escalations)).not.toContain('DANGER');
    await person.say('/menu');
    expect(person.text).toMatch(/are you safe/);
    await person.press("I'm safe");
    expect(person.text).toMatch(/Send me words/);
  });

  it('still answers crisis messages and /help now when the store is down, and says so for the rest', async () => {
    const down: SessionStore = {
      load: () => Promise.reject(new StoreUnavailableError('down')),
      commit: () => Promise.reject(new StoreUnavailableError('down')),
      erase: () => Promise.reject(new StoreUnavailableError('down')),
      close: async () => {},
    };
    const person = new Person(testEngine(down));
    await person.say('DANGER');
    expect(person.text).toMatch(/FALLBACK:suicide call 988/);
    await person.say('/help now');
    expect(person.text).toMatch(/FALLBACK:help/);
    await person.say('hello');
    expect(person.text).toMatch(/can't reach my memory/);
  });

  it('restarts a flow gently when its stored snapshot is from an older version', async () => {
    const store = new MemoryStore();
    const person = new Person(testEngine(store), 'old');
    await onboard(person);
    await person.say('/tally');
    const loaded = await store.load('test:old');
    const session = loaded.session!;
    session.stack[0]!.version = 0;
    await store.commit('test:old', loaded.revision, session);
    await person.say('hello again');
    expect(person.text).toMatch(/updated since we last talked/);
    expect(person.text).toMatch(/Send me words/);
  });
});

describe('engine: a flow with a bug', () => {
  it('apologises and shows the menu instead of crashing, and the conversation goes on', async () => {
    const store = new MemoryStore();
    const flows = [onboardingFlow, forgetFlow, tallyFlow, testCrisisFlow, brokenFlow];
    const person = new Person(testEngine(store, { flows }), 'bugged');
    await onboard(person);
    await person.say('/broken');
    await person.say('anything');
    expect(person.text).toMatch(/went wrong on my side/);
    expect(person.choices).toContain('Get help now');
    await person.say('/tally');
    await person.say('still here');
    expect(person.text).toBe('seen:still here');
  });
});

describe('engine: privacy in logs', () => {
  it('logs turns with a keyed pseudonym and never the message text or the platform id', async () => {
    let logs = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((logs += chunk.toString()), done()) });
    const logger = pino({ level: 'debug' }, sink);
    const person = new Person(testEngine(new MemoryStore(), { logger, logSalt: 'a-test-salt-of-16+' }), 'user-4242');
    await onboard(person);
    await person.say('/tally');
    await person.say('my very private reflection');
    await person.say('DANGER right now');
    expect(logs).toMatch(/"evt":"turn"/);
    expect(logs).toMatch(/"evt":"risk","category":"suicide"/);
    expect(logs).toMatch(/"conv":"c-[0-9a-f]{12}"/);
    expect(logs).not.toMatch(/private reflection|DANGER|4242/);
  });
});
