import { describe, expect, it } from 'vitest';
import { normalizeForScreen } from '../../src/safety/screen-normalize.ts';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-five: a child's harm told in everyday family talk (lexicon/child-everyday.ts). The
// dev file heard 58 of 100 at first contact; these are fresh paraphrases of each family of sign,
// and the same words in ordinary family life.
describe('crisis screen: a child harmed, told as routine', () => {
  hearsAs('child_abuse', [
    'my stepdad shut my little brother in the cellar all weekend because he wet the bed',
    'her mum locks the 5 year old in a dog crate when she has visitors',
    'the childminder tapes the toddlers\' mouths shut at nap time',
    'my nan used to make me eat my own sick if I didn\'t finish my plate, I was 6',
    'they make my niece sleep in the garage, she\'s 8',
    'my ex makes the kids kneel on rice in the corner when they answer back',
    'the boy next door says he isn\'t allowed dinner if he gets his spelling wrong and he\'s so thin',
    'our foster daughter says at her mum\'s she ate out of the bins and got fed when they remembered',
    'the twins are 4 and their dad puts vodka in their juice to make them sleep',
    'my brother-in-law threw their daughter against the radiator last night',
    'my 12yo says her swimming coach keeps her back after the session in his office and gives her money, and says it\'s their secret',
    'the youth leader invited my 11 year old to his flat on his own and bought him a new phone',
    'my partner did 3 years for something with his niece and now wants to babysit my daughter alone',
    'my daughter\'s dad sleeps in her bed at his place and she says she has to take her nightie off',
    'my 5yo says uncle does bath games she doesn\'t like',
    'the baby is 3 months old and has a broken leg, my sister says he fell off the sofa',
    'my partner keeps saying our 6yo needs a good hiding',
    'my stepson flinches every time his dad raises his voice',
  ]);

  staysQuiet([
    'the kids love hiding in the cupboard under the stairs when we play sardines',
    'I put the baby in the cot and shut the door for ten minutes to calm down',
    'she tapes her mouth shut with a plaster for the school play lol',
    'my son knelt on the gravel to tie his shoelace and grazed his knee',
    'my mum used to wash our mouths out with soap, we laugh about it now',
    'the dog sleeps on the landing and the kids think it\'s hilarious',
    'we were camping and the kids slept on a bare floor in the hut, loved it',
    'my 7yo asked permission to use the toilet at her new school and the teacher laughed',
    'the boys fight each other constantly over the xbox, how do I get them to share',
    'I stuffed the old toys in a bin bag for the charity shop',
    'grandad gave them the belt he used in the army to look at',
    'we had a power cut, no electric for a week after the storm, kids thought it was an adventure',
    'he gets fed at nursery so I just do a light tea',
    'our baby\'s formula was watered down by mistake at the hospital, she\'s fine now',
    'my daughter\'s coach keeps her back after training to work on her serve, I stay and watch',
    'my daughter\'s manager at the cafe keeps her back late sometimes but pays overtime and drives her home with the other staff, fine by me',
    'the swimming teacher gives private lessons at the leisure centre, should I book some for my 8yo',
    'we invited my son\'s friend to our caravan for the weekend',
    'my son plays tickle games with his little sister and they both scream with laughter',
    'she has a burn on her hand from the oven, it\'s healing well',
    'my 3yo threw his toy car against the wall and it broke',
    'my husband held our son\'s hand under the cold tap after he burned it on the kettle',
    'my toddler bit another kid at nursery',
    'my partner thinks smacking is wrong and so do I',
    'my daughter curls up in a ball on the sofa when her dad reads her a story',
    'she bruises easily, the doctor checked and says she\'s just clumsy',
    'my son\'s friend is always at ours at teatime, his mum works late, we love having him',
    'the kids drew a man with no clothes on after the art gallery trip lol',
    'my 15yo came home with a new phone, won\'t say who from, turns out she saved up',
    'her behaviour changed after the school trip, she\'s more confident now',
    'the baby cries for hours every night, nobody warned me about colic',
    'my sister wishes she\'d never been born in the 80s with that fashion lol',
    "she's 3 months and broke her collarbone at birth, healing fine",
    'we put the kids in the cellar for hours during the storm warning',
  ]);

  // Found by wrapping dev disclosures in a coaching question: heard only by the backstop before, and
  // lost once the message grew.
  hearsAs('child_abuse', [
    'a pupil came in with a loop shaped mark on her arm and said her mum used the phone charger on her',
    "my partner makes my 9yo hold his arms out for an hour if he answers back, and starts again if they drop",
    "my stepson's older cousin plays wrestling with my 7yo in the bathroom with the door locked and she comes out crying",
    "our 14yo's dad checks her body every night in the bathroom with the door locked",
    "my 6yo begged 'not the special game tonight' at bedtime at her dad's and cried",
  ]);

  staysQuiet([
    'my son has a loop shaped mark from his seatbelt after the long drive',
    'the kids wrestle in their room with the door shut and she cries when she loses lol',
    'we were playing a game tonight and he said not the game again, too boring',
  ]);

  it("reads a two-digit age with an apostrophe as an age, not leetspeak: \"our 14yo's body\" was \"1ayos\"", () => {
    expect(normalizeForScreen("our 14yo's phone")).toBe('our 14yos phone');
    expect(normalizeForScreen('my 13yos phone')).toBe('my 13yos phone');
  });
});
