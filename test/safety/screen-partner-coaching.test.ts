import { describe } from 'vitest';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-five: a partner's violence surfacing mid-coaching, told in passing and blamed on the
// writer (lexicon/partner-coaching.ts). The dev file heard 70 of 100 at first contact; these are
// fresh paraphrases, and the same words in ordinary life.
describe('crisis screen: a partner\'s violence told in the middle of the repair', () => {
  hearsAs('partner_violence', [
    'I let her slap me when she gets angry about the affair, I think it\'s fair',
    'it ended with her dragging me out of bed by my ankles',
    'he hasn\'t hit me since the weekend so maybe the exercises are working',
    'each lie gets one slap, that\'s the deal now',
    'she\'ll hurt me like last week if I get the apology wrong',
    'he\'s kept me locked in the spare room for two days so I can\'t see anyone',
    'she held a pillow over my face to show me how it felt',
    'he held his lighter to my arm while I told him the truth',
    'he said he\'ll break both my legs if I lie again',
    'she won\'t let me see a doctor about my wrist, says it\'ll raise questions',
    'my thumb is swollen from where he bent it back',
    'he squeezed my hand until my fingers cracked',
    'she smashed a plate over my head when I confessed',
    'he keeps his knife on the table during our talks so I know he\'s serious',
    'I deserved the slap after what I did',
    'only one shove today and he said sorry',
  ]);

  staysQuiet([
    'I let him hit me with the pillow, we were in hysterics',
    'her pulling me onto the dance floor was the best bit of the wedding',
    'he hasn\'t texted me since tuesday and I\'m worried he\'s lost interest',
    'one mistake and one slap on the wrist from my boss, fine',
    'I deserved the telling off honestly, I was late again',
    'only one push notification today, the app is calm',
    'she has to ok what I wear to her sister\'s wedding because she\'s the bride lol',
    'he took the only car key because I\'d had three pints, fair enough',
    'the kids were pushing each other in the queue',
    'we both ended up with bruises after the paintball',
    'I was locked in the bathroom for hours because the lock broke',
    'he held a hot water bottle on my back when I had cramps',
  ]);
});
