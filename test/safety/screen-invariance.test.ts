import { describe, expect, it } from 'vitest';
import { devFiles, readRiskExamples } from '../../scripts/eval-risk.ts';
import { screenText } from '../../src/safety/screen.ts';
import { emojiAsSentenceEnds, normalizeForScreen } from '../../src/safety/screen-normalize.ts';
import { withoutPleasantries } from '../../src/safety/screen-pleasantries.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildNameList } from '../../scripts/build-screen-names.ts';
import { NAMES_URL, namesAsPronouns } from '../../src/safety/screen-names.ts';
import { negationsContracted, plainerWording, withoutFillers } from '../../src/safety/screen-rephrase.ts';
import { asIfAboutHim } from '../../src/safety/screen-pronouns.ts';
import { withSentenceEnds } from '../../src/safety/screen-run-ons.ts';
import { expandShorthand } from '../../src/safety/screen-shorthand.ts';

describe('greetings and courtesies around a message', () => {
  it('are set aside for the learned backstop, and only whole sentences of them', () => {
    expect(withoutPleasantries(normalizeForScreen('hey. im so done. with everything'))).toBe(normalizeForScreen('im so done. with everything'));
    expect(withoutPleasantries(normalizeForScreen('Hi, sorry to bother you. I cant do this. Thanks for listening'))).toBe(normalizeForScreen('I cant do this'));
    expect(withoutPleasantries(normalizeForScreen('hey you said you would call'))).toBe(normalizeForScreen('hey you said you would call'));
    expect(withoutPleasantries(normalizeForScreen('hey. thanks'))).toBe('');
  });

  it('include a hedge opening the message, but not a message that is only a hedge', () => {
    expect(withoutPleasantries(normalizeForScreen('hey. idk if this counts but he hits me. thanks'))).toBe(normalizeForScreen('he hits me'));
    expect(withoutPleasantries(normalizeForScreen('this might be nothing but i cut again'))).toBe(normalizeForScreen('i cut again'));
    expect(withoutPleasantries(normalizeForScreen('idk if this counts'))).toBe(normalizeForScreen('idk if this counts'));
  });

  it.each([
    ["idk if this counts but my little brother goes to school in the same clothes for weeks and the teachers have started giving him breakfast. Mum's never in. He's 7.", 'child_abuse'],
    ['not sure if this matters but i keep a little garden of lines on my thighs where nobody sees. Planted a new row last night.', 'self_harm'],
    // "Not sure if it counts" is a consent question only when the speaker was asleep or drunk, not the kids.
    ['idk if this counts but going to do it once the kids are asleep tonight everything is ready', 'suicide'],
  ] as const)('do not hide what follows a hedge: "%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });

  it.each([
    'hey. im so done. with everything. not just us',
    'hey sorry to bother you. tonight. already said bye in the discord. this is the last thing im typing',
  ])('do not hide what the message says: "%s"', (text) => {
    expect(screenText(text)).toMatchObject({ category: 'suicide' });
  });

  it.each(['hey. thanks for listening', 'hi. sorry for the long message. we had a fight about money and im so tired of it. thanks'])(
    'are no alarm on their own: "%s"',
    (text) => {
      expect(screenText(text)).toBeNull();
    },
  );
});

describe('a child’s age followed by more words', () => {
  it.each([
    ["my stepdad makes me sit on his lap and puts his hand under the blanket. I'm 12 anyway idk what to do", 'child_abuse'],
    ["my mom's boyfriend choked my brother last night. he's 9 anyway idk what to do", 'child_abuse'],
    ['my dad hits me im 16 if that matters', 'child_abuse'],
    ['im 9 days sober anyway and my husband hits me', 'partner_violence'],
    ['im 12 weeks pregnant and my husband hits me', 'partner_violence'],
  ] as const)('"%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });
});

describe('chat shorthand', () => {
  it('is spelled out for the rules, one reading only', () => {
    expect(expandShorthand(normalizeForScreen('i dont wanna b here'))).toBe('i dont want to be here');
    expect(expandShorthand(normalizeForScreen('the kids r asleep bc its late'))).toBe(normalizeForScreen('the kids are asleep because its late'));
    // "ur" may be "your" or "you're"; a starred-out "r*ped" is not "are ped".
    expect(expandShorthand(normalizeForScreen('ur phone'))).toBe('ur phone');
    expect(expandShorthand(normalizeForScreen('he r*ped me'))).toBe(normalizeForScreen('he r*ped me'));
  });

  it.each([
    ['he always has to kno where im every second', 'partner_violence'],
    ['im sorry i made u angry enough to hit me', 'partner_violence'],
    ['how do u kill urself painlessly asking for a friend', 'suicide'],
    ['he r*ped me', 'sexual_violence'],
  ] as const)('does not hide a disclosure: "%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });

  it('makes "i dont wanna b here anymore" as clear as it is in full', () => {
    expect(screenText('i dont wanna b here anymore')).toMatchObject({ category: 'suicide', level: 'high' });
  });

  it.each(['u r my whole world lol', 'ur gonna kill me lol i forgot the milk', 'i dunno if i can forgive u'])('is no alarm in everyday talk: "%s"', (text) => {
    expect(screenText(text)).toBeNull();
  });
});

/** A disclosure inside a coaching question that mentions kids, a dog, a mortgage and chores. */
const coaching = (t: string): string =>
  `We have been together six years and mostly we are good, we have two kids and a dog and a mortgage like everyone else. ${t}${/[.!?]$/.test(t.trim()) ? '' : '.'} Anyway what I actually wanted to ask is how do I bring up chores without it turning into a fight?`;

/** Each gendered word swapped for its counterpart ("he hit me" → "she hit me", "my wife" → "my husband"). */
const GENDER_SWAPS: Readonly<Record<string, string>> = {
  he: 'she', she: 'he', him: 'her', his: 'her', hes: 'shes', shes: 'hes', "he's": "she's", "she's": "he's", himself: 'herself', herself: 'himself',
  // Round 25: "she wishes she'd never been born" became "he wishes she'd…", a different sentence.
  "he'd": "she'd", "she'd": "he'd", "he'll": "she'll", "she'll": "he'll",
  husband: 'wife', wife: 'husband', boyfriend: 'girlfriend', girlfriend: 'boyfriend', bf: 'gf', gf: 'bf',
};
/**
 * Words after which "her" was an object ("told her so", "I choke her sometimes"), so the swap is "him", not "his".
 * Round 25 added verbs and "since" ("makes her have sex", "leaves her minding the baby", "beating her since").
 */
const AFTER_AN_OBJECT = /^(to|and|a|the|that|up|down|out|off|in|on|at|so|for|again|back|with|from|when|if|or|but|like|too|about|home|alone|i|he|she|we|they|it|my|me|you|till|until|after|before|by|as|then|now|there|away|not|never|this|what|is|was|around|right|against|all|last|every|over|into|through|later|tonight|today|yesterday|hard|go|sometimes|while|because|once|twice|since|have|minding|look|watch|sleep|stay|do|feel|think|know)$/i;
const swapGenders = (t: string): string =>
  t.replace(/\b([\w']+)\b(?=(\W*)(\w*))/g, (word: string, _w: string, gap: string, next: string) => {
    const lower = word.toLowerCase();
    let swapped = lower === 'her' ? (/[.,!?;:)]/.test(gap) || next === '' || AFTER_AN_OBJECT.test(next) ? 'him' : 'his') : GENDER_SWAPS[lower];
    if (swapped === undefined) return word;
    if (word[0] !== word[0]?.toLowerCase()) swapped = swapped.charAt(0).toUpperCase() + swapped.slice(1);
    return swapped;
  });

describe('everyday topics elsewhere in a long message', () => {
  it.each([
    ["I've been saving my prescriptions up since she left so I can take them all together.", 'suicide'],
    ['blade’s out on the side of the bath right now. I haven’t cut yet but I’m about to.', 'self_harm'],
    ['I scrubbed my arms with bleach after we broke up because I wanted it to hurt.', 'self_harm'],
    // Round seventeen: "engine's" reads "engines"; a dog two sentences back is no dose question;
    // a day decided on for "it" is heard by a rule, not only by the backstop's reading of it alone.
    ["sitting in the car in the garage. engine's not on yet.", 'suicide'],
    ['asking for a friend: how many paracetamol would it actually take', 'suicide'],
    ["I've decided I'm going to do it on Sunday.", 'suicide'],
  ] as const)('do not hide a disclosure between them: "%s" → %s', (text, category) => {
    expect(screenText(coaching(text))?.category).toBe(category);
  });

  it('do not explain away a date picked "for it" from a question two sentences on', () => {
    expect(screenText('I need some advice on communication with my partner. picked a day for it. How do we stop arguing about money?')).toMatchObject({ category: 'suicide' });
    expect(screenText('we picked a day for it. the wedding is in june')).toBeNull();
  });

  it('still explain a dose question or a task named beside the words', () => {
    expect(screenText('my little girl has a fever. how many calpol can she have in a day?')).toBeNull();
    expect(screenText("I've decided I'm going to do it on Sunday. I'll tell him everything about the affair")).toBeNull();
  });

  it('still explain a match in its own sentence or the next', () => {
    expect(screenText('my arms are all scratched up. the cat again')).toBeNull();
    expect(screenText('is it even worth it? the move, i mean, the new job and the new city')).toBeNull();
  });
});

describe('fillers and written-out contractions', () => {
  const plainer = (t: string): string => plainerWording(normalizeForScreen(t));

  it('are read a second time in the plainer words the rules are written in', () => {
    expect(plainer('he like literally grabbed my neck')).toBe(normalizeForScreen('he grabbed my neck'));
    expect(plainer('He will not let me go out, I do not know why')).toBe(normalizeForScreen('he wont let me go out, i dont know why'));
    expect(plainer('she kind of pushed me, i mean hard')).toBe(normalizeForScreen('she pushed me, hard'));
  });

  it('are set aside for the learned backstop too, the padding words only', () => {
    expect(withoutFillers(normalizeForScreen('he literally kinda hit me'))).toBe(normalizeForScreen('he hit me'));
    expect(withoutFillers(normalizeForScreen('i just want it to stop'))).toBe(normalizeForScreen('i just want it to stop'));
    expect(negationsContracted(normalizeForScreen('I will not go, I do not want to'))).toBe(normalizeForScreen('I wont go, I dont want to'));
  });

  it('keep the words when they carry meaning', () => {
    for (const text of ['i like him', 'it felt like dying', 'what kind of partner forgets', 'he likes to watch']) {
      expect(plainer(text)).toBe(normalizeForScreen(text));
    }
  });

  it.each([
    ['ended up needing stitches after he like lost it', 'partner_violence'],
    ['Reflection: I’m trying to be a better wife so he like won’t have to hit me anymore.', 'partner_violence'],
    ['He will not let me have my own bank account or a job, says I’d run off.', 'partner_violence'],
    ['If the bank repossesses the house I honestly do not know if I would bother carrying on', 'suicide'],
  ] as const)('do not hide a disclosure: "%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });

  it.each([
    'he is literally the best',
    'he is kind of a nightmare about the dishes',
    'I do not want to end my marriage',
    'I am going to end it with her tonight, the relationship I mean',
    'she is literally going to kill me for forgetting',
    'i like him so much it kills me lol',
  ])('are no alarm in everyday talk: "%s"', (text) => {
    expect(screenText(text)).toBeNull();
  });
});

describe('people named instead of labelled', () => {
  it('are read as pronouns in the second reading, where they stand in the sentence', () => {
    expect(namesAsPronouns('Dan grabbed my wrist and I told Priya')).toBe('he grabbed my wrist and I told him');
    expect(namesAsPronouns('Gratitude: grateful Marcus only slapped me once')).toBe('Gratitude: grateful he only slapped me once');
    expect(namesAsPronouns('I’m scared of what Tash will do')).toBe('I’m scared of what he will do');
    expect(namesAsPronouns('Marcus’s temper is scary and Marcus’s been drinking')).toBe('his temper is scary and hes been drinking');
  });

  it('leave family words, roles, English words and capitals that say nothing alone', () => {
    for (const text of ['my husband Dan hit me', 'Mum says hi', 'Will he ever change? Hope you are well', 'I WENT TO SEE DAN', 'Thank You So Much Dan', 'we split up last October and met again at Christmas']) {
      expect(namesAsPronouns(text)).toBe(text);
    }
  });

  it.each([
    ['Dan grabbed me by the throat last night', 'partner_violence'],
    ['I’m scared of what Tash will do when she finds out I told someone', 'partner_violence'],
    ['ever since the wedding Ravi burns me with cigarettes when the money is late', 'partner_violence'],
  ] as const)('do not hide a disclosure: "%s" → %s', (text, category) => {
    expect(screenText(text)).toMatchObject({ category, level: 'high' });
  });

  it.each(['Dan is killing it at work', 'Priya will murder me if I forget the milk lol', 'I told Sam I’m done with him', 'Jake hit the gym hard today', 'Sarah kills me with her jokes'])(
    'are no alarm in everyday talk: "%s"',
    (text) => {
      expect(screenText(text)).toBeNull();
    },
  );

  it('come from a list that is what its source builds (run `npm run names` after upgrading human-names)', () => {
    expect(readFileSync(fileURLToPath(NAMES_URL), 'utf8')).toBe(`${JSON.stringify(buildNameList())}\n`);
  });
});

describe('a woman doing the harm', () => {
  it('is read by the backstop as if it were a man, with "her" as him or his by what follows', () => {
    expect(asIfAboutHim('she pinned her to the wall and took her phone')).toBe('he pinned him to the wall and took his phone');
    expect(asIfAboutHim('my wife said shell leave . i told her')).toBe('my husband said hell leave . i told him');
    expect(asIfAboutHim('he hit me')).toBe('he hit me');
    // A long message that names a man as well already says who is who: "I'll bury her" about his mother stays hers.
    const long = `my husband and i did the planning exercise . ${'we wrote down what we each need . '.repeat(8)}if his mother moves my spice rack again ill bury her in the garden`;
    expect(asIfAboutHim(long)).toBe(long);
    expect(asIfAboutHim('my husband says his mum slaps me')).toBe('my husband says his dad slaps me');
  });

  // Each of these, written about "he", was heard only by the backstop, and written about "she" not at all.
  it.each([
    ['she lets the air out of my tyres so I can’t go anywhere while she’s away', 'partner_violence'],
    ['she put my head through the bathroom door in 2019 and ive been rebuilding trust ever since', 'partner_violence'],
    ['My wife said if I shame her by leaving she will throw acid on my face.', 'partner_violence'],
    ['We were only supposed to kiss. She held my wrists like handcuffs and didn’t stop.', 'sexual_violence'],
    ['i was a sleep and woke up with her already doing it', 'sexual_violence'],
    ['I’m 16 and my stepmum reads all my messages and whips me with the charger cable if she finds something she doesn’t like', 'child_abuse'],
  ] as const)('is heard: "%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });

  it.each([
    'she hit the roof when she saw the bill',
    'my wife is killing me with these puns',
    'my girlfriend kicked me out of bed for snoring lol',
    'my mum grounded me for a week',
    // An idiom stays an idiom, and a rule's harmless context still holds, in the swapped reading.
    'she hit me up last night',
    'she throws things at me when she’s packing, ‘catch!’ it’s honestly kind of cute',
    'She’s allowed to go. I won’t beg her to stay. I’ll be sad for a while and then I’ll be okay.',
  ])(
    'is no alarm in everyday talk: "%s"',
    (text) => {
      expect(screenText(text)).toBeNull();
    },
  );
});

describe('sentence ends left out', () => {
  it('are put back before a capitalised word that opens a sentence, not before names or in capitals', () => {
    expect(withSentenceEnds('Tonight’s it The letter is ready')).toBe('Tonight’s it. The letter is ready');
    expect(withSentenceEnds('grabbing and shoving She’s 6 Maybe I’m wrong')).toBe('grabbing and shoving. She’s 6. Maybe I’m wrong');
    for (const text of ['I told Sam everything', 'I TOLD HIM THE TRUTH', 'Thank You So Much For Listening']) expect(withSentenceEnds(text)).toBe(text);
  });

  it.each([
    ['Tonight’s it The letter for Sam is on the kitchen table Guess I wanted to finish one last exercise', 'suicide'],
    ['Her dad gets really rough with her on his weekends, grabbing and shoving She’s 6 Maybe I’m being overprotective', 'child_abuse'],
  ] as const)('do not hide a disclosure: "%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });
});

describe('emoji', () => {
  it('that no rule reads end a sentence, the way people use them in chat', () => {
    expect(emojiAsSentenceEnds(normalizeForScreen('im 12 😔 he hits me 😔😔'), new Set())).toBe('im 12 . he hits me .');
    expect(emojiAsSentenceEnds(normalizeForScreen('rip 🪦 lol'), new Set(['🪦']))).toBe('rip 🪦 lol');
  });

  it.each([
    ['im 11 and my dad gets really mad and i get scared to go home 😭', 'child_abuse'],
    ['I check every window at night in case he’s found me 😔😔', 'partner_violence'],
    ['told my therapist I’m fine but actually I have a plan and a rough date 🙁', 'suicide'],
    ['baby fell down the stairs. not moving 😭😭', 'emergency'],
    ['no one would miss me 🥀', 'suicide'],
  ] as const)('after a disclosure do not hide it: "%s" → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });

  it.each(['im dead 😭', 'this exam is killing me 😭', 'rip my dignity 🪦😭', 'i’d die for you ❤️', 'he dumped me 😔'])('do not make everyday talk an alarm: "%s"', (text) => {
    expect(screenText(text)).toBeNull();
  });
});

describe('"asking for a friend"', () => {
  it.each([
    ["asking for a friend: he said if I ever take the kids he'll make sure I never see them again. and he owns a gun", 'partner_violence'],
    ['asking for a friend: my wife slapped me in front of the kids again', 'partner_violence'],
    ['asking for a friend: im 11 and my dad gets really mad and i get scared to go home', 'child_abuse'],
    ['asking for a friend: my uncle gave me vodka and then did stuff to me when i was 13. never told anyone', 'child_abuse'],
    ['asking for a friend: he is hitting me right now', 'emergency'],
  ] as const)('reads the friend’s words as the friend would mean them, marked as someone else’s: "%s" → %s', (text, category) => {
    expect(screenText(text)).toMatchObject({ category, thirdParty: true });
  });
});

describe('crisis screen: what surrounds a disclosure does not hide it (all dev files)', () => {
  const heard = devFiles()
    .flatMap((file) => readRiskExamples(file))
    .filter((e) => e.category !== null && screenText(e.text)?.category === e.category);

  // Before greetings were set aside and ages could be followed by any everyday word, the first two
  // lost 39 and 35 of 5,419 disclosures; now 4 and 12 (the rest are the backstop's own readings).
  it.each([
    ['a greeting before it', (t: string) => `hey sorry to bother you. ${t}`, 0.002],
    ['a shrug after it', (t: string) => `${t} anyway idk what to do`, 0.004],
    // Before the friend frame stopped changing the category, 91 were lost (mostly partner violence
    // with children mentioned read as child abuse); now 8.
    ['"asking for a friend" before it', (t: string) => `asking for a friend: ${t}`, 0.003],
    // Kids, a dog and a mortgage before it and a question about chores after: 145 lost while those
    // everyday words switched rules off anywhere in the message; 49 once they only count nearby.
    // 86 of 8,485 in round seventeen, after a dog two sentences back stopped explaining a dose.
    [
      'a coaching question around it',
      coaching,
      0.0105,
    ],
    // Before emoji the lexicon never mentions were read as sentence ends, a sad face lost 58:
    // rules that need the sentence to end after a word ("im 12") and the backstop's reading.
    ['a sad face after it', (t: string) => `${t} 😔😔`, 0.001],
    ['a crying face after it', (t: string) => `${t} 😭`, 0.002],
    // Before opening hedges were set aside for the backstop (and "if this counts" needed the speaker asleep), 37 lost; now 2.
    ['"idk if this counts but" before it', (t: string) => `idk if this counts but ${t.charAt(0).toLowerCase()}${t.slice(1)}`, 0.001],
    // Before names were read as pronouns, 89 were lost; now 20 (mostly where "my husband" said whose partner).
    ['a name instead of "my partner"', (t: string) => t.replace(/\b[Mm]y (ex[- ]?)?(boyfriend|girlfriend|husband|wife|partner|bf|gf|fiance|fiancee|fiancé|fiancée|hubby|spouse)\b/g, 'Marcus'), 0.006],
    // Before the second reading in plainer words: 134 and 66 lost (2.6% and 1.3%); then 69 and 25,
    // most of them the backstop's own readings; with fillers set aside and negations shortened for
    // the backstop too, 6 and 15.
    ['"literally" after each subject', (t: string) => t.replace(/\b(he|she|they|He|She|They|I) (?!is|was|are|were|has|had|have|would|will|did|does|do|can|could|said|says|am)(\w+)/g, '$1 literally $2'), 0.002],
    [
      'contractions written out',
      (t: string) =>
        t
          .replace(/\bI['’]m\b/g, 'I am')
          .replace(/\bcan['’]t\b/gi, 'cannot')
          .replace(/\bwon['’]t\b/gi, 'will not')
          .replace(/\b(\w+)n['’]t\b/g, '$1 not')
          .replace(/\bI['’]ve\b/g, 'I have')
          .replace(/\bI['’]ll\b/g, 'I will'),
      // Round 26: 29 of 11,666 (0.25%) once "cannot breathe" read as "can't breathe" and "I do not think I will survive it" as "I don't".
      0.0027,
    ],
    // Before the backstop also read a woman's words as a man's, 45 were lost: it had learned "he" as part of danger; then 13
    // (of 5,419). With four more dev files and their rules: 18 of 5,912.
    ['the genders swapped', swapGenders, 0.004],
  ] as const)('%s', (_what, wrap, ceiling) => {
    const lost = heard.filter((e) => screenText(wrap(e.text))?.category !== e.category).length;
    expect(heard.length).toBeGreaterThan(5000);
    expect(lost / heard.length).toBeLessThan(ceiling);
  });
});
