import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';
import { hears, hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-five: sexual violence told sideways inside a relationship (lexicon/sexual-signs.ts).
// The dev file heard 51 of 80 at first contact; these are fresh paraphrases, and the same words in
// ordinary life.
describe('crisis screen: sexual violence told sideways', () => {
  hearsAs('sexual_violence', [
    'sex is just the price i pay so she doesn\'t kick off',
    'i lie there until it\'s over and think about the shopping list',
    'my husband says he\'ll just take it if I don\'t give it to him',
    'he held me down till he was done',
    'my boyfriend says no doesn\'t count once we\'ve started',
    'he said the only way to prove I forgave him was to sleep with him',
    'my ex says he\'ll post the video on facebook unless I meet him',
    'she threatened to send my nudes to my wife',
    'if i dont send more pics he\'ll share the old ones with my school',
    'he filmed me crying while I said no',
    'someone put a camera in the staff toilets and there\'s footage of me on the toilet',
    'only had two drinks and woke up in his bed with no memory',
    'he kept getting me drunk on purpose at the party',
    'i told him no over and over and he didn\'t stop',
    'my wife makes me watch while she sleeps with other men, I\'ve said I hate it',
    'my flatmate walks in while I\'m in the shower and grabbed me last week',
    'i go along with it so he\'ll stop sulking',
    'it went further than I wanted last night',
    'I\'m not sure what happened was consensual',
    'my manager hugs me too long and comments on my body',
  ]);

  staysQuiet([
    'sex is the best way we make up after a row honestly',
    'I lie there and count sheep when I can\'t sleep',
    'he held me there till the nurse came back, so kind',
    'we filmed me crying at the end of the wedding speech haha',
    'we agreed to delete the videos together after we broke up, all done',
    'my sister sends holiday pics to the family chat unless I stop her lol',
    'my wife makes me watch her favourite show every sunday',
    'the kids walk in while I\'m in the shower constantly, no privacy as a parent',
    'i go along with it when he picks the film so he\'ll pick the restaurant',
    'the run went further than I wanted but I feel great',
    'my nan hugs me too long and comments on my outfits, love her',
    'he got me drunk on my birthday and I had the best night',
    'took two drinks and fell asleep on the sofa, woke up with a blanket over me',
    'that spin instructor destroyed me today. my legs have been violated',
    'she dragged me to salsa against my will and I loved it',
    "my mum tops up my wine until I'm tipsy and then says no more",
    "I took them to school and I'm getting sleepy now lol",
    "My teenage son asked how you know if someone's too drunk to consent. I said if you have to wonder, the answer is no.",
  ]);

  hears([
    ["he keeps topping up my wine till i'm tipsy and that's when he wants sex. sober me says no", 'sexual_violence'],
    // An overdose already taken, the pills unnamed, told in a check-in: suicide at its most urgent.
    ["3/10. already swallowed them. getting sleepy. don't send anyone", 'suicide'],
    // The consent question with a disclosure in the same breath stays heard.
    ["my 15yo asked how you tell if a girl is too drunk to consent, and then said that's what happened to her at the party", 'sexual_violence'],
    ['he knew I was too drunk to consent and did it anyway', 'sexual_violence'],
    // A child pressed for more pictures is a child's harm.
    ["i'm 13 and someone online has my pictures and says he'll send them to my whole school unless I send more", 'child_abuse'],
  ]);

  it('hears "forced himself on me" as the writer\'s harm, not a child\'s, when the writer only mentions their children', () => {
    const widow = screenText("I'm 68 and widowed. A man from my bridge club forced himself on me. I haven't told my children.");
    expect(widow?.category).toBe('sexual_violence');
    expect(widow?.thirdParty ?? false).toBe(false);
    expect(screenText('my stepdad forced himself on my sister when she was 12')?.category).toBe('child_abuse');
  });
});
