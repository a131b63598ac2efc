import { describe } from 'vitest';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-six: words of ending, finishing and being done, which can mean a life or a
// relationship, a job, a run or a sofa. The blind dev file (risk-dev-ending-it) heard 51 of 70
// suicide lines and alarmed on 12 of 110 safe ones at first contact. Fresh paraphrases of both.
describe('crisis screen: ending it, or ending something', () => {
  hearsAs('suicide', [
    'after this message I am walking onto the train tracks',
    'my brother texted "doing it the way I planned, sorry" and his phone is off',
    'the tenancy ends on friday and so do I, not talking about moving',
    'she left. fine. so am i. holding the knife and I am not even scared anymore',
    // Asked about: done with everything, no point fixing me, a favourite thing given away.
    'honestly I am done. with everything.',
    "I'm done with everything. today is the day",
    'no point trying with me, I am not worth it',
    'this is the last time I reach out to anyone',
    'my brother gave me his prized guitar out of the blue last night and won\'t say why',
  ]);

  hearsAs('partner_violence', [
    'he keeps telling me this only ends with you six feet under if I try to leave',
  ]);

  hearsAs('self_harm', [
    'promised myself I was done, then I grabbed the razor again last night',
  ]);

  staysQuiet([
    'last text from me on this subject: I forgive you, let us move on',
    'goodbye forever, old couch, you served us well',
    'he left me a goodbye note and moved in with his ex',
    'I finished the letter, a proper apology, four pages. he reads it tonight',
    'I am doing it the way I planned: face to face, calm, no shouting. any tips for the breakup talk?',
    'my mum always said you will be in the ground before you see that money again',
    'my shift ends at six and so do I, straight to bed',
    'grabbed the razor again to shave my legs before the date',
    'so done with the laundry and the dishes. done with everything for today',
    'my nan gave me her favourite brooch out of nowhere for my birthday',
    "I'm done with everything for today, off to bed",
  ]);
});
