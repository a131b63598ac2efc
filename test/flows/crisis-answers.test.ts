import { describe, expect, it } from 'vitest';
import { readAnswer, readSafety } from '../../flows/crisis/answers.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { buildEngine } from '../../src/app.ts';
import { Person } from '../support/conversation.ts';

describe('reading typed answers in a crisis', () => {
  it('leaves the safety check only on a clear yes', () => {
    for (const text of ['yes', "yes I'm safe", 'im safe', 'I am ok', "I'm fine", 'yeah']) expect(readSafety(text), text).toBe('yes');
    for (const text of ['ok', 'okay', 'sure', 'fine', 'right', 'hmm', 'idk']) expect(readSafety(text), text).toBe('unclear');
    for (const text of ['no', "I'm not safe", 'not really', 'yes but im not ok']) expect(readSafety(text), text).toBe('no');
  });

  it('still reads "ok" and "sure" as yes for other questions', () => {
    expect(readAnswer('ok')).toBe('yes');
    expect(readAnswer('sure')).toBe('yes');
  });

  it('asks again, without releasing the person, when they answer "ok" to "are you safe right now?"', async () => {
    const store = new MemoryStore();
    const person = new Person(buildEngine({ store }), 'ok-answer');
    await person.say('i want to kill myself');
    await person.press('yes');
    await person.press('yes');
    await person.press('someone is with me');
    expect(person.text).toMatch(/Are you safe right now\?/);
    await person.say('ok');
    expect(person.text).toMatch(/Are you safe right now\?/);
    expect((await store.load('test:ok-answer')).session!.stack.at(-1)!.flow).toBe('crisis');
    await person.say("yes, I'm safe");
    expect(person.text).toMatch(/glad you're safe/);
    expect((await store.load('test:ok-answer')).session!.stack).toEqual([]);
  });
});
