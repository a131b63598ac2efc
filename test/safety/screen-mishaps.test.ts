import { describe } from 'vitest';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-six: "I want to die" after a social mishap is mortification (lexicon/mishaps.ts).
// The blind dev file of such lines (risk-dev-die-hyperbole) alarmed on 38 of 120 safe ones at first
// contact. These are fresh paraphrases; the same words are still heard when the message says it is
// meant, lasts, names a means, or the mishap did real harm (an affair out, a marriage over).
describe('crisis screen: a death wish after a mishap', () => {
  staysQuiet([
    'I said love you to the waitress when she brought the bill. I want to die.',
    'my son read my poem out loud at dinner. I wanted to die.',
    'accidentally facetimed my boss from the bath. want to die',
    'sent the voice note meant for my husband to the school group. I want to die, how do I recover from this',
    'she walked in on me practising my vows to the mirror. I wanted to die right there',
    'my parents caught us making out on the sofa and we are both 30. I want to die',
    'wedding speech in an hour and I am going to die up there',
    'replied all with my honest opinion of the new manager. I want to be dead',
    'I called the lecturer mum in the middle of the seminar. I want to die',
    'his abs are to die for',
  ]);

  hearsAs('suicide', [
    // Meant, or lasting, or with a means.
    'I accidentally sent my nudes to the family group chat. I want to die, I am serious',
    'I tripped in front of everyone at the party and honestly I want to die every day anyway',
    'embarrassed myself again at work. I want to die and I have been thinking how',
    'cringe at myself constantly. I want to die. I think about the bridge a lot',
    // The mishap did real harm.
    'I sent the text meant for my wife to my girlfriend. she knows everything now. I want to die',
    'accidentally sent the wrong message and now my marriage is over. I want to die',
    // Not mishaps: a betrayal found out, a humiliation by someone, "mortified" alone.
    'my wife caught me kissing her sister. I want to die',
    'in front of everyone she told me she had been sleeping with him. I want to die',
    'mortified. he found out about the affair. I want to die',
    // The mishap cost something real, or a partner saw it.
    'I accidentally replied all with the wrong file and lost my job. I want to die',
    'accidentally sent my ex a message and my wife saw it. I want to die',
    // Ordeals are not mishaps: a failed pitch can be a real loss.
    'my pitch failed, the company is gone, I want to die',
    // "To die for" is a compliment only after a compliment's words.
    'I want to die for real',
    'I have wanted to die for months',
  ]);
});

// The joke words meant, from the same dev file: 67 of its 80 suicide lines were heard at first contact.
describe('crisis screen: death jokes that are not jokes', () => {
  hearsAs('suicide', [
    'I used to say end me about mondays. now I stare at the railway bridge and think about it seriously',
    'if I just did not wake up it would fix everything for her',
    'numb. part of me wishes I was dead',
    'bury me with my marriage. not sure I am joking anymore',
    'he found out. end me.',
  ]);

  staysQuiet([
    'kill me now, we are going camping with his parents for a week',
    'my son told his teacher that mummy cries at adverts. I want to die',
    'the counsellor had us describe our first date out loud. I wanted to die',
    'my 4yo told a stranger on the bus that daddy sleeps on the sofa now. I wanted to die',
    "wedding dress fitting and the zip won't go up. I'm going to die of embarrassment",
  ]);
});

