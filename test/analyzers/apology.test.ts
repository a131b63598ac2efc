import { describe, expect, it } from 'vitest';
import { analyzeApology, toApologyJson } from '../../src/analyzers/apology.ts';

describe('analyzeApology', () => {
  it('finds every part of a full apology and quotes the words for each', () => {
    const a = analyzeApology("I'm sorry I lied to you about the money, that's on me. From now on I'll tell you before I spend anything over £50. What would help you trust me again?");
    expect(a.components).toEqual({ acknowledgement: true, responsibility: true, regret: true, change: true, amends: true });
    expect(a.antipatterns).toEqual([]);
    expect(a.score).toBe(100);
    expect(a.evidence.responsibility).toBe("that's on me");
    expect(a.evidence.change).toBe("From now on I'll tell you before I spend anything over £50");
    expect(a.evidence.amends).toBe('What would help you trust me again');
  });

  it.each([
    ['but I was stressed', "I'm sorry I yelled, but I was stressed.", 'excuse', 'but I was stressed'],
    ["I didn't mean to", "I didn't mean to upset you.", 'excuse', "I didn't mean to upset you"],
    ['you made me', 'You made me so angry that I threw your phone.', 'blame_shift', 'You made me so angry that I threw your phone'],
    ["if you hadn't", "If you hadn't checked my phone none of this would have happened.", 'blame_shift', "If you hadn't checked my phone none of this would have happened"],
    ['sorry if you were hurt', 'Sorry if you were hurt.', 'conditional', 'Sorry if you were hurt'],
    ['it was only', 'It was only a text, honestly.', 'minimising', 'It was only a text'],
    ["you're overreacting", "You're overreacting.", 'minimising', "You're overreacting"],
    ['you have to forgive me', 'You have to forgive me.', 'forgiveness_demand', 'You have to forgive me'],
    ['can we just move on', "I'm sorry. Can we just move on?", 'forgiveness_demand', 'Can we just move on'],
  ] as const)('flags "%s" and quotes it', (_name, text, antipattern, quote) => {
    const a = analyzeApology(text);
    expect(a.antipatterns).toContain(antipattern);
    expect(a.evidence[antipattern]).toBe(quote);
  });

  it('reads negation: "I\'m not sorry" is no apology', () => {
    const a = analyzeApology("I'm not sorry. I'd do it again.");
    expect(a.components.regret).toBe(false);
    expect(a.isApology).toBe(false);
    expect(a.score).toBe(0);
  });

  it('does not count an apology someone else made, quoted', () => {
    expect(analyzeApology('He said "I\'m sorry" but he still does it').isApology).toBe(false);
    expect(analyzeApology("She told me 'sorry' and left.").components.regret).toBe(false);
  });

  it('keeps a draft the person wrapped whole in quotes, without the quote marks in feedback', () => {
    const a = analyzeApology('"I\'m sorry I lied to you."');
    expect(a.components.regret).toBe(true);
    expect(a.evidence.acknowledgement).toBe("I'm sorry I lied to you");
  });

  it('does not count reporting an earlier apology as regret now', () => {
    const a = analyzeApology("I said I'm sorry like five times, what more do you want?");
    expect(a.components.regret).toBe(false);
    expect(a.antipatterns).toEqual(['forgiveness_demand']);
  });

  it('understands texting spellings and both spellings of apologise', () => {
    expect(analyzeApology('im so sory i lied 2 u').components).toMatchObject({ regret: true, acknowledgement: true });
    expect(analyzeApology('I apologize for shouting at you.').components).toMatchObject({ regret: true, acknowledgement: true });
    expect(analyzeApology('I apologise for shouting at you.').components).toMatchObject({ regret: true, acknowledgement: true });
    expect(analyzeApology('my bad for forgetting ur bday').components).toMatchObject({ responsibility: true, acknowledgement: true });
    expect(analyzeApology('i shouldnt of said that').components.responsibility).toBe(true);
  });

  it('needs the specific thing for acknowledgement, not "what I did"', () => {
    expect(analyzeApology("I'm sorry for what I did.").components.acknowledgement).toBe(false);
    expect(analyzeApology("I'm sorry for everything.").components.acknowledgement).toBe(false);
    expect(analyzeApology("I'm sorry for missing your recital.").components.acknowledgement).toBe(true);
  });

  it('does not take "it won\'t happen again" or "I\'ll do better" for a concrete change', () => {
    expect(analyzeApology("I'm sorry. It won't happen again.").components.change).toBe(false);
    expect(analyzeApology("I'm sorry. I'll do better.").components.change).toBe(false);
    expect(analyzeApology("I'm sorry. I'll be home by six on weeknights.").components.change).toBe(true);
  });

  it('does not read "if there is anything I can do" as a conditional apology', () => {
    const a = analyzeApology("I'm sorry I missed your game. If there is anything I can do, tell me.");
    expect(a.antipatterns).not.toContain('conditional');
    expect(a.components.amends).toBe(true);
  });

  it('sees that ordinary text, politeness and condolences are not an apology', () => {
    for (const text of ['What should we have for dinner?', 'The meeting moved to Thursday.', '', '   ', '🙂', 'Sorry to hear about your week.', "I'm so sorry for your loss.", 'I apologise for nothing.']) {
      const a = analyzeApology(text);
      expect(a.isApology).toBe(false);
      expect(a.score).toBe(0);
    }
  });

  it('scores a weak apology lower than a strong one', () => {
    const weak = analyzeApology("Sorry if you were upset, but you're overreacting.");
    const strong = analyzeApology("I'm sorry I read your messages. It was my fault. I'll ask before I touch your phone from now on.");
    expect(weak.score).toBe(0);
    expect(strong.score).toBe(80);
  });
});

describe('toApologyJson', () => {
  it('gives exactly the shape the CLI prints', () => {
    const json = toApologyJson(analyzeApology("I'm sorry I lied, but you made me."));
    expect(Object.keys(json)).toEqual(['components', 'antipatterns', 'score']);
    expect(json).toEqual({
      components: { acknowledgement: true, responsibility: false, regret: true, change: false, amends: false },
      antipatterns: ['blame_shift'],
      score: 25,
    });
  });
});
