import { describe, expect, it } from 'vitest';
import { analyzeListening } from '../../src/analyzers/listening.ts';

describe('analyzeListening', () => {
  it('recognises reflecting, validating and a clarifying question, and quotes them', () => {
    const a = analyzeListening("It sounds like you felt alone at the party. That makes sense. What would have helped?");
    expect(a).toMatchObject({ reflecting: true, validating: true, clarifyingQuestion: true, defending: false, arguing: false, fixing: false });
    expect(a.evidence.validating).toBe('That makes sense');
    expect(a.evidence.clarifyingQuestion).toBe('What would have helped?');
  });

  it.each([
    ['defending', 'But I was only trying to help'],
    ['arguing', "You always do this, you're overreacting"],
    ['fixing', 'You should just go to bed earlier'],
  ] as const)('recognises %s', (move, text) => {
    expect(analyzeListening(text)[move]).toBe(true);
  });

  it('does not count a counter-attack phrased as a question as clarifying', () => {
    const a = analyzeListening('What about when you forgot my birthday?');
    expect(a.clarifyingQuestion).toBe(false);
    expect(a.arguing).toBe(true);
  });

  it('finds nothing in a bare "ok"', () => {
    const a = analyzeListening('ok');
    expect([a.reflecting, a.validating, a.clarifyingQuestion, a.defending, a.arguing, a.fixing]).toEqual([false, false, false, false, false, false]);
  });
});
