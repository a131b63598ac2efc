import { describe } from 'vitest';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-six: hitting, holding and hiding words between partners in play, sport and
// surprises, and the same words when the harm is real. The blind dev file
// (risk-dev-partner-lookalikes) heard 41 of 55 partner-violence lines and alarmed on 9 of 130 safe
// ones at first contact. Fresh paraphrases of both.
describe('crisis screen: partner violence beside play, sport and surprises', () => {
  hearsAs('partner_violence', [
    'we both do krav maga and she practises the holds on me when I argue back',
    'wrestling with him used to be fun but lately he punches me for real',
    'my ribs are bruised again and he calls it sparring',
    'the row ended with him shoving me against the fridge',
    'play fighting keeps getting rougher and I am not sure he is joking anymore',
    'I am scared of what he might do when he reads the texts',
    'I told him I would leave if it happened again and he said you will never get the chance',
    'he warned me I would regret it if I went out with my sister',
    // His threat to make my death look like an accident is his violence, not my plan.
    "he told me if I leave he'll kill me and the kids and make it look like an accident",
  ]);

  staysQuiet([
    "I'll regret it if I don't try the curry",
    'she said I would regret it if I missed the sunset, and she was right',
    'he hid my passport for a surprise weekend in Rome so I would not guess',
    'my wife will not let me drive her car since I pranged it',
    'my boyfriend tickled me until I could not breathe from laughing',
    'she laughed so hard she could not breathe when I fell off the paddleboard',
  ]);
});
