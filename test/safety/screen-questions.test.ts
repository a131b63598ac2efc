import { describe, expect, it } from 'vitest';
import { questionsAsStatements } from '../../src/safety/screen-questions.ts';
import { normalizeForScreen } from '../../src/safety/screen-normalize.ts';
import { hears, staysQuiet } from '../support/screen-cases.ts';

const asStatement = (text: string): string => questionsAsStatements(normalizeForScreen(text));

describe('questions read as the statements they ask about', () => {
  it('drop the frame and speak in the writer’s voice', () => {
    expect(asStatement('is it normal for your husband to keep your passport')).toBe(normalizeForScreen('my husband keeps my passport'));
    expect(asStatement('is it normal to feel like you have to have sex with him or he sulks')).toBe(normalizeForScreen('i feel like i have to have sex with him or he sulks'));
    expect(asStatement('how do I know if he is tracking me? he always knows')).toBe(normalizeForScreen('he is tracking me. he always knows'));
    expect(asStatement('honestly is it ok that he tells you you’re worthless')).toBe(normalizeForScreen('honestly he tells me im worthless'));
    expect(asStatement('is it normal for them to try to stop you seeing friends')).toBe(normalizeForScreen('they try to stop me seeing friends'));
  });

  it('leave a message without a question frame as it is', () => {
    const text = normalizeForScreen('he keeps my passport. what do I do');
    expect(questionsAsStatements(text)).toBe(text);
  });
});

// Round seventeen: danger told as a question ("is it normal that…"), found in a dev file of
// questions; the blind held-out set of questions (40) was written before this and not read.
describe('crisis screen, round seventeen: danger inside a question', () => {
  hears([
    ['is it normal for your husband to keep your passport "for safekeeping" and not give it back when you ask', 'partner_violence'],
    ["is it normal for him to keep going when I say it hurts? he says I'll get used to it", 'sexual_violence'],
    ["would it be wrong to hope I don't wake up after the op?", 'suicide'],
    ["is it ok that he tells you you're worthless and nobody else would want you", 'partner_violence'],
  ]);

  staysQuiet([
    'is it normal to feel like killing him when he leaves the dishes lol',
    "how do I know if I'm ready to end it with him?",
    'would it be wrong to want to disappear for a weekend with my friends?',
    'is it normal for him to want sex every day? I like it too',
    'what happens if I stop taking the pill? we want a baby',
    "is it normal for a toddler to hit you when they're tired?",
    'is it normal for your partner to check your phone? we both do it for fun, no secrets',
    "would it be wrong to leave him? I just don't love him anymore",
  ]);
});
