import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round sixteen: a laugh no longer silences the learned backstop. People wrap real harm in "lol"
// and "haha" as often as they joke; a laugh still turns an idiom the rules know into a joke, and
// still quiets the backstop when the rules heard the words and found the everyday reason beside
// them ("hit by a ball in pe lol").
describe('crisis screen, round sixteen: harm told with a laugh, and jokes', () => {
  hears([
    ["haha i don't really see the point of being around anymore tbh", 'suicide'],
    ["i've started saying goodbye to people in my head lol weird", 'suicide'],
    ["lol my wife says if i ever tell anyone what happens at home she'll make me sorry", 'partner_violence'],
  ]);

  staysQuiet([
    'kill me lol this essay is due tomorrow',
    "lol I'm going to disappear to Greece for two weeks and never come back",
    "my husband's cooking is going to kill me one day haha",
    'haha my toddler bit me so hard it left marks, little vampire',
    "my son fell off the trampoline and has bruises all up his leg lol, he's fine",
    'she absolutely destroyed me at scrabble lmao',
    "i'm dead 😂 he wore socks with sandals to my mum's",
    'i got hit by a ball in pe today and it really hurt lol. im 12',
  ]);
});
