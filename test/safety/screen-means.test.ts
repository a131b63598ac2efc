import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Means made ready: a cord tied overhead is explained by a dog lead or a chore, but a farewell
// beside it never is (found while checking a long-standing false alarm on a dog lead, round seventeen).
describe('crisis screen: a cord tied overhead', () => {
  hears([
    ["I've tied the dog lead to the banister and I'm standing on the chair. forgive me", 'suicide'],
    ["i tied the dog's lead to the banister. it's time. tell mum i love her", 'suicide'],
    ['I tied my belt to the banister. forgive me', 'suicide'],
  ]);

  staysQuiet([
    "I tied the dog's lead to the banister while I mopped",
    'tied the fairy lights to the banister for the party. this is it, the big night',
    'standing on a chair tying the tomato plants to the trellis',
  ]);
});
