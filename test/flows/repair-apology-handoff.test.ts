import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/app.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { Person } from '../support/conversation.ts';

describe('the repair plan hands off to the apology coach and back', () => {
  it('returns to the apology step of the plan when the person is happy with their apology', async () => {
    const store = new MemoryStore();
    const person = new Person(buildEngine({ store }), 'handoff');
    await person.say('/start');
    await person.press('yes, remember');
    await person.press("I broke someone's trust");
    await person.press('my partner');
    await person.press('lies or secrets');
    await person.press('yes');
    await person.press('my repair plan');
    // Walk the plan until it offers the apology coach.
    for (let turn = 0; turn < 20 && !person.choices.includes('Work on my apology with the coach'); turn++) {
      const next = ['Begin step 1', 'Done — next step', 'Next'].find((label) => person.choices.includes(label));
      if (next) await person.press(next);
      else await person.say('I lied about where I was, and I know it hurt.');
    }
    expect(person.text).toMatch(/A sincere apology|apology/i);
    await person.press('Work on my apology with the coach');
    await person.say("I'm sorry I lied to you about where I was on Friday. It was my choice and I own it. I know it made you doubt everything I say and that hurt you. From now on I will tell you my plans before I go. What would help you feel safe again?");
    for (let turn = 0; turn < 10 && !person.choices.includes('Back to my repair step'); turn++) {
      const next = person.choices.find((c) => /happy|keep|next|done|use it/i.test(c) && !/menu/i.test(c));
      if (!next) break;
      await person.press(next);
    }
    await person.press('Back to my repair step');
    expect(person.text).toMatch(/Welcome back/);
    const profile = (await store.load('test:handoff')).session!.profile as { repair?: unknown };
    expect(JSON.stringify(profile.repair)).toBeTruthy();
    expect(person.choices).toContain('Done — next step');
  });
});
