import { describe, expect, it } from 'vitest';
import type { RiskCategory } from '../../src/safety/risk.ts';
import { screenText } from '../../src/safety/screen.ts';
import { reportedAsTheirOwn } from '../../src/safety/screen-their-words.ts';
import { hears, notHeardAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty: danger told by someone worried about another person. Two grids said in the fewest
// words found the gaps: someone close saying they want to die (77 of 200 silent before) and harm at
// home done to someone else (47 of 250 silent before, every "stabbed her" among them).

/** People close to the writer who say it; the grid swaps the pronouns for the women. */
const SAYERS = ['my son', 'my husband', 'my boyfriend', 'my best friend', 'my brother', 'my dad', 'my mate', 'my cousin', 'my flatmate', 'my daughter', 'my wife', 'my sister', 'my mum'];
const WOMEN = new Set(['my daughter', 'my wife', 'my sister', 'my mum']);

/** What they said or did, written for "he". */
const THEIR_DANGER = [
  'says he wants to die',
  'keeps talking about killing himself',
  'told me he has pills saved up',
  'is talking about ending his life',
  'said goodbye to everyone and turned his phone off',
  'tried to hang himself last week',
  'says nobody would miss him',
  'is giving his stuff away and saying he wont need it',
  'says he cant go on',
  'has been searching how many pills it takes',
  'is standing on the bridge',
  'has a rope in his car',
  'says he wishes he was dead',
  'keeps saying he wants to disappear forever',
  'told me he is going to jump',
  'cut his wrists',
];

const asHers = (text: string): string =>
  text
    .replace(/\bhe\b/g, 'she')
    .replace(/\bhimself\b/g, 'herself')
    .replace(/\bhim\b/g, 'her')
    .replace(/\bhis\b/g, 'her');

/** Someone else's danger: heard, and marked as someone else's. */
const THEIRS: ReadonlySet<RiskCategory | undefined> = new Set<RiskCategory | undefined>(['suicide', 'self_harm', 'emergency']);

describe('crisis screen, round twenty: someone close says they want to die', () => {
  it.each(THEIR_DANGER)('hears "%s" from everyone close, as someone else\'s danger', (danger) => {
    const unheard = SAYERS.map((sayer) => `${sayer} ${WOMEN.has(sayer) ? asHers(danger) : danger}`).filter((text) => {
      const risk = screenText(text);
      return !THEIRS.has(risk?.category) || risk?.thirdParty !== true;
    });
    expect(unheard).toEqual([]);
  });

  it.each([
    ['my husband has a rope in his car', true],
    ['my girlfriend cut her wrists last night', true],
    ['my dad told me he has pills saved up', true],
    // A partner a sentence earlier is the reason, not the one at risk: the writer is asked about their own thoughts.
    ['my husband cheated. no reason to live anymore', undefined],
    ['my husband left last week. want to die', undefined],
    ['my boyfriend dumped me and now i want to end it all', undefined],
  ] as const)('marks whose danger it is: "%s" → someone else\'s: %s', (text, thirdParty) => {
    expect(screenText(text)?.thirdParty).toBe(thirdParty);
  });

  it('reads reported words in the first person of whoever said them, and the writer as "you"', () => {
    expect(reportedAsTheirOwn('my son says he wants to die')).toBe('my son says . i want to die');
    expect(reportedAsTheirOwn('my sister told me her husband hits her')).toBe('my sister told me . my husband hits me');
    expect(reportedAsTheirOwn('my friend says her ex keeps turning up')).toBe('my friend says . my ex keeps turning up');
    // A sentence after the reported words stays apart from them.
    expect(reportedAsTheirOwn('my friend told me he has pils saved up . she is woried')).toBe('my friend told me . i have pils saved up . she is woried');
    expect(reportedAsTheirOwn('she said she wants to die for me')).toBe('she said . i want to die for you');
    // The writer's own words stay theirs, and so does a "would".
    expect(reportedAsTheirOwn('i said i wished he had never been born')).toBe('i said i wished he had never been born');
    expect(reportedAsTheirOwn('she said shed rather die than go')).toBe('she said shed rather die than go');
  });

  hears([
    ["my girlfriend's brother texted me saying he has the rope ready", 'suicide'],
    ['my dad told me nobody would miss him', 'suicide'],
    ['my mate said he wishes he was dead. he sounded really calm about it', 'suicide'],
    ['my daughter says she hates herself and wishes she was dead', 'suicide'],
    ['my friend slit her wrists last night', 'self_harm'],
    ["my dad's just been evicted and said he'll do himself in before he goes into a hostel", 'suicide'],
  ]);

  staysQuiet([
    "my husband says he'd rather die than go to ikea",
    "my dad said he'd die happy if Leeds won the league",
    'my friend said she would die for a coffee',
    'she said she wants to disappear for a weekend to a spa',
    'my son said he wants to be a pilot',
    'the doctor told me he has weeks to live',
    "my girlfriend told me she'd rather die than spend another Christmas at my mum's. She was laughing when she said it.",
    "he said he'd die for me and I said that's a bit much for a second date",
    "I said I wished he'd never been born, which is a horrible thing to say, and I apologised",
    'my daughter says she wants to die her hair pink',
    "she said she'd kill herself laughing",
    'my son cut his wrist on a broken glass',
    'she sliced her wrist on a tin can',
    'My husband says I smother him since he retired. How do we find our own things?',
    'My teenage son said I was "literally abusing" him because I took his Xbox controller for the night',
    'My partner told me his ex used to call him useless and it still gets to him when I tease him about DIY',
    "She says that scared her at first because her dad used to storm out, but now she understands it's different.",
    'he said he knows where my parents live because we are visiting them on sunday',
    "I was scared I'd die without you ever forgiving me, he said, after the scan",
  ]);
});

/** Someone's partner, parent or ex, or a neighbour, who harms "her". */
const THEIR_DOERS = ["my sister's husband", "my friend's boyfriend", "my daughter's boyfriend", "my mum's partner", 'the guy next door', "my coworker's husband", 'her ex', "my best friend's fiance", 'the man upstairs'];

/** Harm done to her, in the fewest words. */
const HARMS_TO_HER = [
  'hits her',
  'beats her',
  'chokes her',
  'strangled her',
  'stabbed her',
  'punched her in the face',
  'pushed her down the stairs',
  'broke her ribs',
  'threw her against the wall',
  'threatened to kill her',
  'says he will kill her if she leaves',
  'held a knife to her',
  'held a knife to her throat',
  'raped her',
  'forces her to have sex',
  'shared her nudes',
  'tracks her location and turns up wherever she goes',
  'burned her with a cigarette',
  'gave her a black eye',
  'kicked her in the stomach while she was pregnant',
  'twisted her wrist until it snapped',
  'drags her round by her hair',
  'threw a kettle of boiling water at her',
  'held her head under the bath water',
  'tried to drown her',
];

/** Harm to someone else may be heard as violence at home, sexual harm, a child's abuse or an emergency. */
const HARM_TOLD: readonly RiskCategory[] = ['partner_violence', 'sexual_violence', 'child_abuse', 'emergency'];

describe('crisis screen, round twenty: harm at home told about someone else', () => {
  it.each(HARMS_TO_HER)('hears "%s" from every doer', (harm) => {
    expect(notHeardAs(THEIR_DOERS.map((doer) => `${doer} ${harm}`), HARM_TOLD)).toEqual([]);
  });

  it('hears a woman harming a man the same way', () => {
    const told = ["my mate's girlfriend stabbed him", "my mate's girlfriend broke his ribs", "my mate's girlfriend says she will kill him if he leaves", "my brother's wife threw a kettle of boiling water at him"];
    expect(notHeardAs(told, ['partner_violence'])).toEqual([]);
  });

  hears([
    ["the man next door is beating his wife right now, she's screaming for help", 'emergency'],
    ['my sister told me her husband hits her when he drinks', 'partner_violence'],
    ['my sister has to ask her husband\'s permission before she can come out with us', 'partner_violence'],
    ['my coworker wears long sleeves even in summer and jumps whenever her husband rings', 'partner_violence'],
    ["my friend says her ex is 'keeping an eye on her' and she can't work out how he always knows where she is", 'partner_violence'],
    ['A mum came to parents\' evening with a black eye and whispered that her husband would kill her if she said anything to me.', 'partner_violence'],
    ['She said the massage therapist touched her in a way she hadn\'t agreed to and told her to keep quiet.', 'sexual_violence'],
    ['our five year old came to me crying and said Daddy grabbed her when she wouldn\'t get in the bath', 'child_abuse'],
  ]);

  staysQuiet([
    'her ex stabbed her in the back and took the business',
    "my sister's husband broke her heart",
    'he threw her a surprise party',
    "my friend's boyfriend threw her under the bus at work",
    'he gave her a black eye in boxing practice',
    "my sister's boyfriend killed her in fortnite again",
    "he said he'd kill her if she ate the last slice",
    "she said she'd kill him if he spoils the finale",
    "my nan's husband broke his hip",
    'her dad broke his arm skiing',
    "my friend's boyfriend broke her fall when she slipped",
    'her boyfriend pushed her out of the car park in a trolley lol',
    "my sister's boyfriend tried to kill her plant by overwatering it",
    "my sister's husband is beating her at monopoly",
    'he beat her in the race',
    'my coworker said her husband would kill her if he saw what she spent on shoes, she was laughing',
    'her husband held a knife to the cake and said speech time',
    'his wife stabbed him with a fork at dinner as a joke',
  ]);
});

describe('crisis screen, round twenty: found while measuring', () => {
  hears([
    // A dog three sentences back no longer explains a rope (it did, message-wide).
    ['We have two kids and a dog. Work has been fine. I bought a rope last week and I know where.', 'suicide'],
    ['I have pills saved up', 'suicide'],
    ["my dad made me watch while he beat my mother", 'child_abuse'],
    ["my mum used to say she wished i'd never been born", 'child_abuse'],
    ['dad used to put cigarettes out on my arm', 'partner_violence'],
    ["my ex's boyfriend put tape over my toddler's mouth to stop him crying", 'child_abuse'],
    // The quieting above must not reach the wish beside it.
    ["i'd die happy if i never woke up", 'suicide'],
    ['i want to die her hair is the least of my problems', 'suicide'],
    ["i'm afraid i'm going to die if i keep living like this", 'suicide'],
    ['i would rather die than go back to him', 'suicide'],
    ['the childminder gagged my son', 'child_abuse'],
  ]);

  staysQuiet([
    'I bought a rope for the dog to play tug with',
    'i have pills saved up for my holiday',
    'i have my tablets stashed in my handbag so i dont forget them',
    'my dad made me watch the boxing while he shouted at the telly',
    'mum put her cigarette out on the saucer',
    'we put tape over the kids mouths for the halloween costume lol',
  ]);
});

/** Someone who is not her partner, in the sexual-harm grid told about her. */
const HER_DOERS = ['her boss', 'a guy at the party', 'her ex', 'her landlord', 'her driving instructor', 'a colleague', 'her manager', 'some guy', 'her stepdad', 'a taxi driver'];

/** Sexual harm done to her, in the fewest words (before round twenty, 65 of these 200 were silent told bare). */
const SEXUAL_HARM_TO_HER = [
  'raped her',
  'groped her',
  'grabbed her breasts',
  'put his hand up her skirt',
  'forced her to have sex',
  'spiked her drink and assaulted her',
  'sexually assaulted her',
  'kissed her when she said no',
  'sent her pictures of his dick',
  'made her touch him',
  'filmed her in the shower',
  'shared her nudes',
  'pressured her into sex',
  'had sex with her while she was passed out',
  'touched her while she was asleep',
  'wont stop touching her',
  'exposed himself to her',
  'says she has to sleep with him to keep her job',
  'pinned her down and took her clothes off',
];

describe('crisis screen, round twenty: sexual harm told about someone else', () => {
  it.each(SEXUAL_HARM_TO_HER)('hears "%s" from every doer, told bare and as what she said', (act) => {
    const told = HER_DOERS.flatMap((doer) => [`${doer} ${act}`, `my sister said ${doer} ${act}`]);
    expect(notHeardAs(told, HARM_TOLD)).toEqual([]);
  });

  staysQuiet([
    'the baby grabbed her breast while feeding',
    'he kissed her goodbye when she said no more wine',
    'her toddler grabbed her boobs in the supermarket',
    "he wont stop touching her hair, he's a hairdresser",
    'my son made her touch his new car before he let her in',
    'he grabbed her bum as a joke and she laughed',
    'she says she has to sleep with her phone on loud for work',
    'the comedian flashed himself to the crowd in a sketch',
    'he pinned her down in wrestling practice and took her shirt off by accident',
    'her husband touched her bum and she giggled',
  ]);
});
