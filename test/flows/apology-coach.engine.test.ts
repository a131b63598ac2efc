import { describe, expect, it } from 'vitest';
import { apologyCoachFlow } from '../../flows/apology-coach/index.ts';
import { communicationCoachFlow } from '../../flows/communication-coach/index.ts';
import { forgetFlow } from '../../flows/forget/index.ts';
import { onboardingFlow } from '../../flows/onboarding/index.ts';
import { sessionKeyOf } from '../../src/address.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { Person } from '../support/conversation.ts';
import { testCrisisFlow, testEngine } from '../support/test-flows.ts';

/** A person who has finished onboarding (with storage consent) on an engine that has both coaches. */
async function onboarded(store = new MemoryStore()) {
  const person = new Person(testEngine(store, { flows: [onboardingFlow, forgetFlow, testCrisisFlow, apologyCoachFlow, communicationCoachFlow] }));
  await person.say('/start');
  await person.press('Yes');
  await person.press("I broke someone's trust");
  await person.press('My partner');
  await person.press('Lies or secrets');
  return { person, store };
}

describe('apology coach through the engine (scripted chat)', () => {
  it('turns a weak apology into a strong one over two rounds and keeps the final version in the journal', async () => {
    const { person, store } = await onboarded();
    await person.press('Practise an apology');
    expect(person.text).toMatch(/work on your apology together/);

    await person.say("Sorry if you were upset, but I was stressed and you're overreacting.");
    expect(person.text).toContain('"Sorry if you were upset" makes the apology depend on how they took it');
    expect(person.text).toContain('"but I was stressed" can sound like an excuse');
    expect(person.text).toContain('"you\'re overreacting" makes it smaller');

    await person.press('Try again');
    await person.say("I'm sorry I lied to you about where I was on Friday. That was my choice and it was wrong. From now on I'll tell you where I'm going before I leave. What would help you feel safe with me again?");
    expect(person.text).toMatch(/5 of 5 parts \(the last one had 0\)/);
    expect(person.text).toContain('You named what you did: "I\'m sorry I lied to you about where I was on Friday"');
    expect(person.text).toContain('You offered to make it right: "What would help you feel safe with me again"');

    await person.press("I'm happy with it");
    expect(person.text).toContain('Tip 1 of 4');
    const { session } = await store.load(sessionKeyOf({ channel: 'test', conversationId: person.userId }));
    expect(session?.journal.at(-1)).toMatchObject({ topic: 'apology', text: expect.stringContaining("I'm sorry I lied to you about where I was on Friday") });

    await person.press('Back to menu');
    expect(person.choices).toContain('Practise an apology');
  });

  it('turns a blaming sentence into an I-statement through the communication coach', async () => {
    const { person } = await onboarded();
    await person.press('Practise talking and listening');
    await person.press('Turn blame into an I-statement');
    await person.say('You never listen to me.');
    expect(person.text).toContain('"never" turns one moment into a verdict');
    await person.press('unheard');
    await person.say('when I tell you about my day and you look at your phone');
    await person.press('I need to feel listened to');
    await person.say('could we put our phones away when we talk');
    expect(person.text).toContain('Before:\n"You never listen to me."');
    expect(person.text).toContain('After:\n"I feel unheard when I tell you about my day and you look at your phone because I need to feel listened to. Could we put our phones away when we talk?"');
  });
});
