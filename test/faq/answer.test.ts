import { describe, expect, it } from 'vitest';
import { answerQuestion, faqTopic } from '../../src/faq/answer.ts';

describe('answerQuestion', () => {
  it.each([
    ['How long does it take to rebuild trust?', 'how-long'],
    ['how long will it take before i trust him again', 'how-long'],
    ['When will I feel normal again?', 'how-long'],
    ['Can a relationship recover from infidelity?', 'infidelity'],
    ['can we get past an affair', 'infidelity'],
    ['do marriages survive cheating?', 'infidelity'],
    ["what if trust can't be rebuilt?", 'cant-rebuild'],
    ['What if I never trust her again', 'cant-rebuild'],
    ['I lied about the affair. What if she never trusts me again?', 'cant-rebuild'],
    ['Is forgiveness required?', 'forgiveness'],
    ['do i have to forgive him', 'forgiveness'],
    ['Should we see a therapist?', 'therapist'],
    ['is couples counselling worth it', 'therapist'],
    ['should i go to therapy', 'therapist'],
  ])('recognises %j as %s', (text, topic) => {
    expect(faqTopic(text)).toBe(topic);
    expect(answerQuestion(text)?.length).toBeGreaterThan(0);
  });

  it.each([
    "I can't forgive him",
    'he cheated on me',
    'we went to therapy last year',
    'how long ago was it',
    'I need to forgive myself',
    'how long have you been a bot',
    'when will this end',
    'I lied to her about where I was',
    '',
  ])('leaves %j to the flow (not a question about a known topic)', (text) => {
    expect(answerQuestion(text)).toBeNull();
  });

  it('answers realistically: months, not days', () => {
    const text = answerQuestion('how long does it take?')?.map((r) => r.text).join(' ') ?? '';
    expect(text).toMatch(/months/);
  });

  it('says plainly that forgiveness is not required', () => {
    expect(answerQuestion('Is forgiveness required?')?.[0]?.text).toMatch(/^No\./);
  });

  it('says how to find a counsellor and that the bot is not one', () => {
    const text = answerQuestion('Should we see a therapist?')?.map((r) => r.text).join(' ') ?? '';
    expect(text).toMatch(/automated coach/);
    expect(text).toMatch(/referral/);
  });

  it('returns fresh objects so callers cannot change the stored answers', () => {
    const first = answerQuestion('Is forgiveness required?');
    if (first?.[0]) first[0].text = 'changed';
    expect(answerQuestion('Is forgiveness required?')?.[0]?.text).not.toBe('changed');
  });
});
