/**
 * Lexicon rules for death jokes that are meant: the words people use in fun ("end me", "bury me",
 * "shoot me", "I'm dead inside") said by someone who is no longer joking, or not sure they are.
 * "I used to say shoot me about hangovers. now I look at the motorway bridge and think about it
 * properly." "Bury me next to my marriage. Not sure I'm joking."
 *
 * Round twenty-six's blind dev file of everyday exaggeration (risk-dev-die-hyperbole) heard 67 of
 * its 80 suicide lines at first contact. Its safe lines, the mishaps where "I want to die" is
 * mortification, are in mishaps.ts.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Every rule for a death joke that is meant. */
export const JOKES_MEANT_RULES: readonly LexiconRule[] = [
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 26: the joke words meant: looking at the bridge and thinking about it properly, not waking up as the answer to problems, part of me wishing I was dead, checking out "of everything".',
    patterns: [
      '(look|looking|looked|stare|staring|stared) at the ~ (bridge|tracks|edge|drop|river|cliff|ledge|railway|motorway bridge) ~~ (think about it|thinking about it|thought about it|think about jumping) (properly|seriously|for real|more and more|every (day|time|morning))',
      'if i ~ (didnt|did not|never|dont|do not) wake up ~~ (solve|solves|fix|fixes|sort|sorts|end|ends) ~ (problems|everything|it al|things)',
      '(part of me|some of me|a part of me|half of me) (wishes|wished|wants|wanted) (i was|i were|id be|to be) (dead|gone|not here)',
      '(im|i am|il be|i wil be|time to be|ready to be|going to be) checking out (of|from) (everything|life|it al|this world|al of it)',
      '(im|i am|il be|i wil be) checking out . (of|from) (everything|life|it al|al of it)',
      '(dead|part of me) ~~ (part of me|some of me|a part of me) (wishes|wished) (i was|i were) $',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 26: a death joke the writer is no longer sure is a joke ("Bury me next to my marriage. Not sure I\'m joking.", "she found out. bury me."). The bot asks.',
    patterns: [
      '(kil me|end me|bury me|shoot me|want to die|wana die|dead|unalive me) & (not sure (im|i am|if im|if i am|i was) joking|less sure|not (sure|certain) (its|it is) a joke|dont know if (im|i am) joking)',
      '(she|he|they|my {partner}|everyone) (found out|knows|finds out) ~ . (bury me|end me|kil me|shoot me) $',
    ],
  },
];
