import { describe, expect, it } from 'vitest';
import type { RiskCategory } from '../../src/safety/risk.ts';
import { screenText } from '../../src/safety/screen.ts';
import { hears, notHeardAs, staysQuiet } from '../support/screen-cases.ts';

// Round nineteen: harm by someone close, said in the fewest words (src/safety/lexicon/plain-harm.ts).
// Before it, 260 of these 600 sentences were silent ("my dad stabbed me", "he cut me with glass").

/** Who does it: partners, parents, a brother. */
const DOERS = ['he', 'she', 'my husband', 'my wife', 'my boyfriend', 'my gf', 'my partner', 'my ex', 'my dad', 'my mum', 'my stepdad', 'my brother'];
const WOMEN = new Set(['she', 'my wife', 'my gf', 'my mum']);

/** What was done or threatened, written for "he"; a woman's version swaps the pronouns. */
const HARMS = [
  'cut me',
  'cut me with a knife',
  'cut me with glass',
  'stabbed me',
  'knifed me',
  'sliced my hand open',
  'slashed my face',
  'bashed my head in',
  'bashed my head against the wall',
  'bashed my face into the table',
  'smashed a bottle over my head',
  'strangled me',
  'choked me',
  'put a pillow over my face',
  'sat on my chest till i couldnt breathe',
  'tied me to the bed and left me',
  'tied me up and locked me in',
  'held a knife to my throat',
  'held a gun to my head',
  'pointed a gun at me',
  'threatened me with a knife',
  'burned me with the iron',
  'poured boiling water on me',
  'broke my arm',
  'punched me',
  'beat me',
  'dragged me down the stairs',
  'pushed me out of the car',
  'tried to drown me',
  'tried to run me over',
  'ran me over',
  'hit me with the car',
  'locked me out in the snow all night',
  'starved me for days',
  'said he will kill me',
  'said he would kill the kids',
  'says he will kill us all',
  'is going to kill the kids',
  'said he would kill my mum',
  'threatened to kill my dog',
  'said he would burn the house down with us in it',
  'said nobody would ever find my body',
  'said i will end up in the river',
  'told me he would slit my throat',
  'keeps saying he will kill the baby',
  'said he would kill me and then himself',
  'says if i leave he will find me and kill me',
  'said he is going to shoot us',
  'has a gun and says he will use it on me',
  'killed my cat to show me what he could do',
];

/** A brother's bare blow may be a scrap: the screen asks only when it is repeated or worse (tested below). */
const SCRAP_WORDS = new Set(['punched me', 'beat me']);

/** Where a harm at home may be sent: violence at home, a child's abuse, or an emergency. */
const HOME_HARM: readonly RiskCategory[] = ['partner_violence', 'child_abuse', 'emergency'];

describe('crisis screen, round nineteen: plain harm by someone close', () => {
  it.each(HARMS)('hears "%s" from every doer, as harm at home', (harm) => {
    const told = DOERS.filter((doer) => !(doer === 'my brother' && SCRAP_WORDS.has(harm))).map(
      (doer) => `${doer} ${WOMEN.has(doer) ? harm.replace(/\bhe\b/g, 'she').replace(/\bhimself\b/g, 'herself') : harm}`,
    );
    expect(notHeardAs(told, HOME_HARM)).toEqual([]);
  });

  hears([
    ['my husband told me he would slit my throat', 'partner_violence'],
    ["he told me he'd cut my throat so tonight i'm going to slit my throat myself", 'suicide'],
    ["i'm going to cut my throat tonight", 'suicide'],
    ["my dad said he'd kill me, he had a knife in his hand", 'partner_violence'],
    ['eat your dinner or ill kill you, my dad said with the knife in his hand', 'partner_violence'],
    ['hit me with the belt again last night', 'partner_violence'],
    ['my dad used to hit me with the belt', 'child_abuse'],
    ['my brother beat me up', 'partner_violence'],
    ['my brother punches me every day', 'partner_violence'],
    ['my son hits me when he drinks and takes my pension', 'partner_violence'],
    ['she put bleach in my tea', 'partner_violence'],
    ['my stepdad sat on my chest till i couldnt breathe', 'partner_violence'],
    ['i cant breathe when he sits on my chest', 'emergency'],
  ]);

  staysQuiet([
    'she cut me off mid sentence again',
    'he cut me out of the will',
    'my dad cut me a slice of cake',
    'my husband cut my hair and it looks awful',
    'my wife cut her hand on the glass by accident',
    'my toddler smashed my face with his head at bedtime',
    'my daughter ran me over in mario kart again',
    'he tried to poison me with his cooking lol',
    'my mum is going to kill us when she sees the kitchen',
    "mum said she'll kill us if we're late again",
    'my son sat on my chest until i woke up this morning',
    'she locked me out all night by accident, fell asleep with the chain on',
    'my flatmate locked me out again, had to wait in the rain for an hour',
    'my husband starved me of attention all week',
    'my boyfriend and i are into bondage, he tied me to the bed last night',
    'my carer pushed me in my wheelchair to the park',
    'my landlord hit me with a rent increase',
    'my brother beat me at chess again',
    'my grandson knocked me over with a hug',
    'my son burned me a cd of his band',
    'my daughter choked on a grape and i panicked',
    'nobody will find my body of work interesting lol',
    "my son stabbed me with a fork at dinner, he's 2",
    'my sister hit me with a slipper lol',
    "he said he'd kill me if i ate the last slice, holding the cake knife",
    'i literally can\'t breathe when he smiles',
    "i can't breathe when i see him",
  ]);
});

/** Who does it, in the sexual grid: anyone but one's own partner, then a husband and an ex. */
const OTHERS = ['he', 'my boss', 'a colleague', 'my manager', 'a client', 'my landlord', 'a stranger', 'my flatmate', 'a guy at the party', 'my driving instructor'];
const PARTNERS = ['my husband', 'my ex'];

/** Sexual acts said plainly. */
const SEXUAL_ACTS = [
  'grabbed my breast',
  'grabbed my boobs',
  'groped me',
  'touched my breasts',
  'put his hand down my top',
  'put his hand up my skirt',
  'rubbed himself against me',
  'exposed himself to me',
  'forced me to have sex',
  'raped me',
  'made me touch him',
  'kissed me when i said no',
  'would not stop when i said no',
  'pinned me down and took my clothes off',
  'sent me a dick pic',
  'sent me pictures of his penis',
  'filmed me in the shower',
  'spiked my drink and i woke up in his bed',
  'had sex with me while i was asleep',
  'had sex with me when i was too drunk to say no',
  'pressured me into sex',
  'shared my nudes',
  'touched me between my legs',
  'slapped my bum',
  'grabbed my crotch',
  'forced his fingers inside me',
  'made me give him oral',
  'took his trousers off in front of me',
  'wanked in front of me',
  'sexually assaulted me',
  'keeps touching my thigh under the table',
  'cornered me and kissed me',
  'followed me into the toilets and touched me',
  'offered me a discount for sex',
  'said i could skip rent if i slept with him',
  'said my job depends on sleeping with him',
  'took photos up my skirt',
  'stuck his tongue in my mouth',
  'licked my neck without asking',
  'kept trying to undo my bra',
];

/** Touch and pictures a partner may give with consent: heard from a partner only beside a refusal. */
const CONSENTED_BETWEEN_PARTNERS = new Set(['grabbed my boobs', 'grabbed my breast', 'grabbed my crotch', 'slapped my bum', 'kept trying to undo my bra', 'sent me a dick pic', 'sent me pictures of his penis']);

/** Sexual violence, or child abuse where an instructor's role makes the screen read the speaker as a pupil. */
const SEXUAL_HARM: readonly RiskCategory[] = ['sexual_violence', 'child_abuse'];

describe('crisis screen, round nineteen: plain sexual harm', () => {
  it.each(SEXUAL_ACTS)('hears "%s" as sexual harm from anyone, and from a partner unless it may be consented touch', (act) => {
    const doers = CONSENTED_BETWEEN_PARTNERS.has(act) ? OTHERS : [...OTHERS, ...PARTNERS];
    expect(notHeardAs(doers.map((doer) => `${doer} ${act}`), SEXUAL_HARM)).toEqual([]);
  });

  hears([
    ['my husband kept trying to undo my bra when i said no', 'sexual_violence'],
    ['my placement supervisor says my sign-off depends on how friendly i am', 'sexual_violence'],
  ]);

  staysQuiet([
    'my husband kissed me when i said i was tired and it was sweet',
    'my boyfriend kept trying to undo my bra lol we were both giggling',
    'the baby grabbed my breast while feeding',
    'my son made me touch his slimy frog',
    'the doctor put his fingers in my mouth to check my teeth',
    'he made me give him a lift to work',
    'my husband pays for sex and i found out',
    'my grade depends on how nice my essay is',
    'we went further than i wanted to go on the hike',
    'my boss sent me pictures of his dog',
    'the landlord offered me a discount for paying early',
    'my flatmate took his trousers off in front of me because they were soaking from the rain',
    "my son pulled his pants down in front of us at the park, he's 3",
  ]);
});

/** Who may be doing harm right now: someone close, or a stranger. */
const DOERS_NOW = ['he', 'she', 'my husband', 'my ex', 'my dad', 'my brother', 'my flatmate', 'someone', 'a man'];

/** Danger happening now, written for "he". */
const HARMS_NOW = [
  'is hitting me right now',
  'is outside my door with a knife',
  'is trying to break in right now',
  'has a gun and is coming here now',
  'is strangling me',
  'is choking me rn',
  'just stabbed me',
  'is on his way here to kill me',
  'is kicking the door in',
  'has locked me in and i cant get out',
  'is holding a knife to my throat',
  'is beating my mum right now',
  'is hurting the kids right now',
  'just pushed me down the stairs and i cant move',
  'is dragging me to the car',
];

describe('crisis screen, round nineteen: plain danger now', () => {
  it.each(HARMS_NOW)('hears "%s" from anyone as an emergency now', (harm) => {
    const late = DOERS_NOW.map((doer) => `${doer} ${doer === 'she' ? harm.replace(/\bhis\b/g, 'her') : harm}`).filter((text) => screenText(text)?.level !== 'imminent');
    expect(late).toEqual([]);
  });

  hears([
    ['he shot me a look and then shot me in the leg', 'emergency'],
    ['shot me in the leg', 'emergency'],
  ]);

  staysQuiet([
    "my son is hitting me right now lol he's 2",
    'my brother is kicking my butt at fifa right now',
    'my dad is on his way here to kill me for crashing the car lol',
    "my husband is dragging me to the car, we're late for the wedding",
    'my toddler is dragging me to the car to go to the park',
    'my sister is kicking the door in because i took her charger lol',
    'my flatmate locked me in the bathroom by accident, the lock is jammed',
    'my dad is coming over to fix the boiler',
    'he just shot me a text',
    'my friend just stabbed me in the back, told everyone my secret',
    'the kids are beating me at uno right now',
    'my dad is beating my mum at scrabble right now',
    'my son shot me in the leg with his nerf gun',
    "my parents are forcing me into a marriage I don't want",
  ]);
});

describe('crisis screen, round nineteen: idioms no longer blank the harm beside them', () => {
  hears([
    ["a secret relationship with my 35 year old coach, i'm 13", 'child_abuse'],
    ["my tutor says im his secret girlfriend. im 14", 'child_abuse'],
    ["future kids will never exist because i'll be dead by sunday", 'suicide'],
    ['my apology note is written, the pills are counted', 'suicide'],
    ['i want to cut my throat before anyone wakes up', 'suicide'],
  ]);

  staysQuiet([
    'i had a secret relationship with a coworker for a year',
    "my son has a secret girlfriend, he's 15, so cute",
    "i'll be dead by friday with this workload lol",
    "it's a cut throat industry",
    'he shaves with a cut throat razor',
    "i'd cut my own throat before voting for him",
    'he burned me a copy of the film',
    "mum's pills are counted out for the week",
  ]);
});
