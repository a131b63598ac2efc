import { describe, expect, it } from 'vitest';
import { analyzeStatement, toStatementJson } from '../../src/analyzers/statement.ts';

describe('analyzeStatement', () => {
  it('reads "You never listen to me" as a you-statement with an absolute', () => {
    const s = analyzeStatement('You never listen to me');
    expect(s.kind).toBe('you_statement');
    expect(s.absolutes).toEqual(['never']);
    expect(s.evidence.absolutes).toBe('You never listen to me');
  });

  it('reads the I-statement from the issue, with feeling and behaviour', () => {
    const s = analyzeStatement("I feel unheard when my concerns aren't acknowledged");
    expect(s).toMatchObject({ kind: 'i_statement', feeling: true, behaviour: true, need: false, request: false, absolutes: [] });
    expect(s.evidence.behaviour).toBe("when my concerns aren't acknowledged");
  });

  it('sees "I feel like you don\'t care" as a disguised you-statement with mind-reading', () => {
    const s = analyzeStatement("I feel like you don't care");
    expect(s).toMatchObject({ kind: 'you_statement', mindReading: true, feeling: false });
  });

  it('finds name-calling aimed at the other person, not at the speaker', () => {
    expect(analyzeStatement("You're such a selfish jerk.").labels).toEqual(['selfish', 'jerk']);
    expect(analyzeStatement("You think I'm stupid, don't you?").labels).toEqual([]);
    expect(analyzeStatement("You think I'm stupid, don't you?").mindReading).toBe(true);
  });

  it('finds all four parts of a full I-statement and quotes each', () => {
    const s = analyzeStatement('I feel hurt when you check your phone at dinner because I need to feel listened to. Could we keep phones away at dinner?');
    expect(s).toMatchObject({ kind: 'i_statement', feeling: true, behaviour: true, need: true, request: true });
    expect(s.evidence.behaviour).toBe('when you check your phone at dinner');
    expect(s.evidence.request).toBe('Could we keep phones away at dinner');
  });

  it('does not count sarcastic questions as requests', () => {
    expect(analyzeStatement('Can you ever just listen?').request).toBe(false);
    expect(analyzeStatement('Why can\'t you ever think of anyone else?').request).toBe(false);
    expect(analyzeStatement('Could we talk tonight?').request).toBe(true);
  });

  it('keeps an absolute inside a behaviour clause visible without calling it blame', () => {
    const s = analyzeStatement('I feel lonely when you work late every night.');
    expect(s.kind).toBe('i_statement');
    expect(s.behaviour).toBe(true);
  });

  it('understands texting spellings', () => {
    expect(analyzeStatement('u NEVER listen').absolutes).toEqual(['never']);
    expect(analyzeStatement('ur always on ur phone').kind).toBe('you_statement');
    expect(analyzeStatement('im so frustrated that u forgot again').feeling).toBe(true);
  });

  it('calls plain information neutral', () => {
    for (const text of ['The bins go out on Thursday.', 'What time is dinner?', '']) expect(analyzeStatement(text).kind).toBe('neutral');
  });
});

describe('toStatementJson', () => {
  it('gives exactly the shape the CLI prints', () => {
    const json = toStatementJson(analyzeStatement('You always forget.'));
    expect(Object.keys(json)).toEqual(['kind', 'absolutes', 'feeling', 'behaviour', 'need', 'request']);
    expect(json).toEqual({ kind: 'you_statement', absolutes: ['always'], feeling: false, behaviour: false, need: false, request: false });
  });
});
