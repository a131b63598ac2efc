/**
 * The crisis screen: a pure, fast function of one message's text that says whether it
 * signals danger, what kind, how strongly, and whether it is about someone else.
 *
 * How it decides, in order:
 * 1. Normalise the text (screen-normalize.ts), read dictation as meant ("full stop", "wood be"),
 *    repair one-slip typos ("husbnad": screen-spelling.ts),
 *    read emoji no rule mentions as sentence ends ("im 12 😔"),
 *    spell out chat shorthand for the rules ("u r", "wanna": screen-shorthand.ts), and blank out
 *    harmless idioms (SAFE_PHRASES) and stories (STORY_PHRASES, unless the harm lands on the
 *    speaker: "the drama when he hit me").
 * 2. Run every lexicon rule (lexicon.ts). A rule is skipped when its `unless` context is
 *    present, and a match when its rule's `unlessNear` topic is in its sentence or the next; a
 *    hyperbole match is dropped when its own sentence laughs ("kill me lol"), not when an
 *    earlier one does ("haha fun party. honestly i want to die").
 * 3. A match right after a negation ("I'm not going to kill myself") still counts as
 *    `possible` for suicide and self-harm — the bot asks — and is dropped for the others.
 * 4. Context adjusts each match: "tonight"/"right now" raises suicide to `imminent`; abuse
 *    happening this minute becomes an `emergency`; abuse of a child, or of the speaker as a
 *    child, becomes `child_abuse` — but not a grown-up's partner's violence in a message that
 *    also mentions a childhood or a child ("I grew up in Leeds and my husband hits me"). Whose
 *    danger it is comes from the words around the match; harm the writer says they did to a named
 *    person ("I slapped her": screen-doer.ts) is marked `byWriter` as well as about someone else.
 * 5. The most urgent match wins: highest level, then emergency > suicide > child abuse >
 *    sexual violence > partner violence > self-harm. The rules then read the message a second
 *    time in plainer words (screen-rephrase.ts: "he like literally grabbed me", "I do not"), with
 *    questions read as the statements they ask about (screen-questions.ts: "is it normal for your
 *    husband to keep your passport?"), which can add a match or a more urgent one but never take
 *    one away. When neither reading matched, what someone else is reported to have said is read in
 *    their own first person (screen-their-words.ts: "my son says he wants to die" as "i want to
 *    die", "my sister told me her husband hits her" as "my husband hits me"), and what it finds is
 *    marked as about someone else.
 * 6. When nothing matched, weak warning signs from several families (screen-cues.ts) make it
 *    `possible` suicide risk, so the bot asks instead of staying silent.
 * 7. When still nothing matched, the learned backstops (screen-model.ts: a wide model learned
 *    from every dev file, then a core one) may answer `possible` for the category they
 *    find most likely, even in a message that laughs (people laugh while telling real harm),
 *    unless it laughs and the rules already set that category aside as everyday talk:
 *    the bot then asks one direct question rather than asserting anything. If it hears nothing,
 *    it reads the message once more as if a woman in it were a man (screen-pronouns.ts), since
 *    its training text mostly names men as the ones doing harm.
 * 8. When no rule matched, someone else's words quoted or pasted in ("he texted: 'if you leave
 *    I'll take the kids'", a chat log) are retold from the writer's side and read by the rules once
 *    more (screen-voices.ts) — never as the writer's own wish to die. A clear harm found so outranks
 *    weak signs and the backstop's guess, except a guess of suicide.
 * 9. A weak (`possible`) suicide or self-harm signal in a long update that says plainly nobody is
 *    thinking of ending their life ("he's not suicidal, I asked him straight out") is settled.
 * 10. A suicide, self-harm or partner-violence reading in a message that tells calmly of a past that
 *    healed ("got help, fifteen years on I'm in a good place"), with nothing stirring now and every
 *    clause safe on its own once its words of the past and of healing are set aside, or telling its
 *    harm in the past tense, is settled (healedAndSaidSo).
 */
import {
  ALL_CLEAR,
  CHILD_OTHER,
  CHILD_SELF,
  CHILDHOOD_SELF,
  DANGER_NOW,
  GROWN_CHILD,
  HEALED_MARKERS,
  IN_EARNEST_MARKERS,
  LEFT_BEHIND_MARKERS,
  MACROS,
  MARRIED_CHILD,
  MISHAP_MARKERS,
  NOW_MARKERS,
  ONGOING_MARKERS,
  OWN_PARTNER,
  PAST_MARKERS,
  RULES,
  SAFE_PHRASES,
  LOSS_PHRASES,
  LOSS_MARK,
  STIRRING_MARKERS,
  STORY_PHRASES,
  THEIR_CHILDHOOD,
  THEIR_PARTNER,
  THIRD_PARTY_FRAMES,
  PAST_TENSE,
  allPatternSources,
  type LexiconRule,
} from './lexicon.ts';
import type { Risk, RiskCategory, RiskLevel, RiskScreen } from './risk.ts';
import { modelScreen } from './screen-model.ts';
import { asDictated, emojiAsSentenceEnds, hasLaughter, LAUGHTER_EMOJI, normalizeForScreen, squashLetters } from './screen-normalize.ts';
import { withoutPleasantries } from './screen-pleasantries.ts';
import { namesAsPronouns } from './screen-names.ts';
import { asIfAboutHim } from './screen-pronouns.ts';
import { reportedAsTheirOwn } from './screen-their-words.ts';
import { claimedBySomeoneElse, writerDidIt } from './screen-doer.ts';
import { inTheWritersWords } from './screen-voices.ts';
import { withSentenceEnds } from './screen-run-ons.ts';
import { negationsContracted, plainerWording, withoutFillers } from './screen-rephrase.ts';
import { questionsAsStatements } from './screen-questions.ts';
import { expandShorthand } from './screen-shorthand.ts';
import { repairTypos } from './screen-spelling.ts';
import { AnchorIndex, wordPrefixes } from './screen-anchors.ts';
import { allCuePatterns, compileCues, hasWeakSignals } from './screen-cues.ts';
import { compilePattern, hasRequiredWords, mightMatch, padForPatterns, type CompiledPattern } from './screen-pattern.ts';

interface CompiledRule {
  rule: LexiconRule;
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
  unlessNear: CompiledPattern[];
}

interface Hit {
  category: RiskCategory;
  level: RiskLevel;
  thirdParty: boolean;
  /** The writer did the harm or fears doing it (a rule's `doer: 'writer'`); `thirdParty` is then true. */
  byWriter?: boolean;
}

const compileAll = (patterns: readonly string[]): CompiledPattern[] => patterns.map((p) => compilePattern(p, MACROS));

const COMPILED_RULES: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  patterns: compileAll(rule.patterns),
  unless: compileAll(rule.unless ?? []),
  unlessNear: compileAll(rule.unlessNear ?? []),
}));
const SAFE = compileAll(SAFE_PHRASES);
const LOSS = compileAll(LOSS_PHRASES);
const STORY = compileAll(STORY_PHRASES);
const NOW = compileAll(NOW_MARKERS);
const DANGER = compileAll(DANGER_NOW);
const CHILD_ME = compileAll(CHILD_SELF);
const CHILDHOOD_ME = compileAll(CHILDHOOD_SELF);
const MY_PARTNER_NAMED = compileAll(OWN_PARTNER);
const THEIR_PARTNER_NAMED = compileAll(THEIR_PARTNER);
const CHILD_THEM = compileAll(CHILD_OTHER);
const GROWN = compileAll(GROWN_CHILD);
const MARRIED = compileAll(MARRIED_CHILD);
const THEN_A_CHILD = compileAll(THEIR_CHILDHOOD);
const FRAMES = compileAll(THIRD_PARTY_FRAMES);
const CLEAR = compileAll(ALL_CLEAR);
const PAST = compileAll(PAST_MARKERS);
const ONGOING = compileAll(ONGOING_MARKERS);
const HEALED = compileAll(HEALED_MARKERS);
const LEFT_BEHIND = compileAll(LEFT_BEHIND_MARKERS);
const STIRRING = compileAll(STIRRING_MARKERS);
const MISHAP = compileAll(MISHAP_MARKERS);
const IN_EARNEST = compileAll(IN_EARNEST_MARKERS);
const CUES = compileCues();
const INDEX = new AnchorIndex([
  ...COMPILED_RULES.flatMap((r) => [...r.patterns, ...r.unless, ...r.unlessNear]),
  ...SAFE,
  ...LOSS,
  ...STORY,
  ...NOW,
  ...DANGER,
  ...CHILD_ME,
  ...CHILDHOOD_ME,
  ...MY_PARTNER_NAMED,
  ...THEIR_PARTNER_NAMED,
  ...CHILD_THEM,
  ...GROWN,
  ...MARRIED,
  ...THEN_A_CHILD,
  ...FRAMES,
  ...CLEAR,
  ...PAST,
  ...ONGOING,
  ...HEALED,
  ...LEFT_BEHIND,
  ...STIRRING,
  ...MISHAP,
  ...IN_EARNEST,
  ...allCuePatterns(CUES),
]);

/** Emoji that some pattern or the laughter check reads; any other emoji ends a sentence. */
const MEANINGFUL_EMOJI: ReadonlySet<string> = new Set([...LAUGHTER_EMOJI, ...(allPatternSources().join(' ').match(/\p{Extended_Pictographic}/gu) ?? [])]);

/** Laughter emoji: the only emoji the backstop keeps inside a sentence (it learned them as jokes). */
const LAUGHTER_EMOJI_SET: ReadonlySet<string> = new Set(LAUGHTER_EMOJI);

/** What the backstop reads of normalised text: padding words, written-out negations and greetings set aside. */
const backstopWording = (normalized: string): string => withoutPleasantries(negationsContracted(withoutFillers(normalized)));

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { possible: 1, high: 2, imminent: 3 };
/** Harm one person does to another, which a writer may say they did ("I slapped her", "I hit my son"). */
const HARM_BY_SOMEONE: ReadonlySet<RiskCategory> = new Set(['partner_violence', 'sexual_violence', 'child_abuse', 'emergency']);

const PRIORITY: readonly RiskCategory[] = [
  'emergency',
  'suicide',
  'child_abuse',
  'sexual_violence',
  'partner_violence',
  'self_harm',
];
const STEP_UP: Readonly<Record<RiskLevel, RiskLevel>> = { possible: 'high', high: 'imminent', imminent: 'imminent' };

/** A negation governing what follows: "not", "never", "don't", possibly with helper words between. */
const NEGATED_TAIL =
  /(?:^| )(?:not|never|no|dont|didnt|doesnt|wont|wouldnt|isnt|aint|nor)(?: (?:gona|going|to|wana|want|ever|realy|even|actualy|planing|plan|about|try|trying|be|being|have|had|do|i|he|she|it|that|just|thinking|of|about|fel|feling|am|was|would|wil|could|cant|any|thoughts|thought|intention|plans))* $/;

// In a one-to-one chat, "when he pins you against the wall" is about the person writing.
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'il', 'me', 'myself', 'us', 'we', 'mys', 'self', 'you', 'u', 'yourself']);
const THIRD_PERSON = new Set(
  squashLetters(
    'he she they hes shes theyre hed shed hel shel him her them himself herself themselves themself ' +
      'friend friends bestie sister brother sis bro mom mum mother dad father cousin aunt uncle roommate ' +
      'coworker colleague neighbor neighbour classmate son daughter kid kids child teen student boyfriend ' +
      'girlfriend bf gf husband wife partner someone somebody nephew niece mate mates pal buddy ' +
      'flatmate housemate',
  ).split(' '),
);

/** Saying words whose "me" is the one told: "he told me", "she texted me". */
const TOLD = new Set(['told', 'tels', 'texted', 'texts', 'mesaged', 'warned', 'showed', 'asked', 'promised', 'swore']);

/** Words after which "him"/"her" is the person to fear, not the person at risk. */
const NAMES_THE_AGGRESSOR = new Set(['of', 'from', 'by', 'around', 'near', 'with']);

const THIRD_PERSON_OBJECTS = new Set(['her', 'him', 'them', 'himself', 'herself', 'themselves', 'themself']);

/** Reflexive pronouns: in a harm done by someone, they name the doer ("forced himself on me"). */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'themself']);

/**
 * The message being screened: its padded normalised text, the prefixes of its words, and the
 * patterns whose first-part anchors it contains (see screen-anchors.ts).
 */
interface Message {
  text: string;
  prefixes: ReadonlySet<string>;
  candidates: ReadonlySet<CompiledPattern>;
  /** The text cut at sentence ends into runs of about SEGMENT_CHARS; one run for most messages. */
  segments: readonly Segment[];
}

/** A run of whole sentences of the message, where it starts, and the prefixes of its words. */
interface Segment {
  text: string;
  offset: number;
  prefixes: ReadonlySet<string>;
}

/**
 * Longer messages are matched a run of sentences at a time, and a pattern part only runs on the
 * runs holding one of its anchor words. No pattern part can match across a sentence end (filler
 * never crosses one and words never contain one), so this finds exactly what matching the whole
 * text would, at a fraction of the cost on long messages (every pattern's anchors are likely to
 * appear somewhere in 20 kB of text, but only in a few of its sentences).
 */
const SEGMENT_CHARS = 400;

/** Cuts padded text after sentence ends (" . ") into runs of at least SEGMENT_CHARS. */
function cutAtSentences(padded: string): string[] {
  if (padded.length <= SEGMENT_CHARS * 2) return [padded];
  const runs: string[] = [];
  let start = 0;
  let from = SEGMENT_CHARS;
  while (start < padded.length) {
    const end = padded.indexOf(' . ', from);
    if (end < 0) break;
    runs.push(padded.slice(start, end + 2));
    start = end + 2;
    from = start + SEGMENT_CHARS;
  }
  if (start < padded.length) runs.push(padded.slice(start));
  return runs;
}

/** False when part `part` of the pattern cannot match text with these word prefixes. */
const partMayMatch = (pattern: CompiledPattern, part: number, prefixes: ReadonlySet<string>): boolean =>
  hasRequiredWords(pattern.required[part] ?? [], prefixes);

const possible = (pattern: CompiledPattern, { prefixes, candidates }: Message): boolean =>
  candidates.has(pattern) && mightMatch(pattern, prefixes);

/** True when part `i` of the pattern matches in some run of the message. */
function partMatches(pattern: CompiledPattern, i: number, { segments }: Message): boolean {
  const part = pattern.parts[i] as RegExp;
  return segments.some((segment) => {
    if (!partMayMatch(pattern, i, segment.prefixes)) return false;
    part.lastIndex = 0;
    return part.test(segment.text);
  });
}

function matchesAll(pattern: CompiledPattern, message: Message): boolean {
  if (!possible(pattern, message)) return false;
  return pattern.parts.every((_, i) => partMatches(pattern, i, message));
}

function anyMatches(patterns: readonly CompiledPattern[], message: Message): boolean {
  return patterns.some((p) => matchesAll(p, message));
}

/** Every place the pattern's first part matches, when all its other parts match too. */
function locate(pattern: CompiledPattern, message: Message): { index: number; length: number }[] {
  const first = pattern.parts[0];
  if (first === undefined || !possible(pattern, message)) return [];
  for (let i = 1; i < pattern.parts.length; i++) if (!partMatches(pattern, i, message)) return [];
  const found: { index: number; length: number }[] = [];
  for (const segment of message.segments) {
    if (!partMayMatch(pattern, 0, segment.prefixes)) continue;
    first.lastIndex = 0;
    for (let m = first.exec(segment.text); m !== null; m = first.exec(segment.text)) {
      found.push({ index: segment.offset + m.index, length: m[0].length });
      if (m[0].length === 0) first.lastIndex++;
    }
  }
  return found;
}

/** Blanks harmless idioms run by run (a death by suicide told as a loss becomes LOSS_MARK), and returns the runs with their place in the blanked text. */
function blankSafePhrases(padded: string, prefixes: ReadonlySet<string>, candidates: ReadonlySet<CompiledPattern>): Segment[] {
  const mayMatch = (p: CompiledPattern): boolean => candidates.has(p) && mightMatch(p, prefixes);
  const safe = SAFE.filter(mayMatch);
  const losses = LOSS.filter(mayMatch);
  const stories = STORY.filter(mayMatch);
  const runs = cutAtSentences(padded);
  const segments: Segment[] = [];
  let offset = 0;
  for (const run of runs) {
    let runPrefixes: ReadonlySet<string> = runs.length === 1 ? prefixes : wordPrefixes(run);
    let text = run;
    for (const phrase of safe) {
      phrase.parts.forEach((part, i) => {
        if (partMayMatch(phrase, i, runPrefixes)) text = text.replace(part, ' .');
      });
    }
    for (const phrase of losses) {
      phrase.parts.forEach((part, i) => {
        if (partMayMatch(phrase, i, runPrefixes)) text = text.replace(part, ` ${LOSS_MARK} .`);
      });
    }
    if (text.includes(` ${LOSS_MARK} `)) runPrefixes = withLossMark(runPrefixes);
    for (const phrase of stories) {
      phrase.parts.forEach((part, i) => {
        if (partMayMatch(phrase, i, runPrefixes)) text = text.replace(part, blankUnlessOnTheSpeaker);
      });
    }
    segments.push({ text, offset, prefixes: runPrefixes });
    offset += text.length;
  }
  return segments;
}

/** Words right after a story's harm word that put the harm on the speaker ("when he hit me"). */
const ON_THE_SPEAKER = /^(?:me|my|mi|us|myself|our) /;

/** A `String.replace` callback: blanks a story phrase unless the speaker is who it happens to. */
function blankUnlessOnTheSpeaker(match: string, ...rest: unknown[]): string {
  // rest ends with (offset, whole string) when the pattern has no named groups.
  const offset = rest[rest.length - 2] as number;
  const whole = rest[rest.length - 1] as string;
  return ON_THE_SPEAKER.test(whole.slice(offset + match.length).trimStart()) ? match : ' .';
}

/** Longest sentence, in words, that counts as a laugh tacked on after a joke ("kill me. lol"). */
const TACKED_ON_WORDS = 3;

/**
 * True when the laughter in a message belongs to the match at `index`: it is in the same
 * sentence ("lol i want to die"), or a short sentence straight after it ("kill me. 😂"). A laugh
 * in an earlier sentence does not make a later one a joke ("haha the party was fun. but honestly
 * i want to die every day").
 */
function laughsAt(text: string, index: number): boolean {
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index);
  let scope = text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
  if (end >= 0) {
    const nextEnd = text.indexOf(' . ', end + 3);
    const next = text.slice(end + 3, nextEnd < 0 ? text.length : nextEnd).trim();
    if (next.split(' ').length <= TACKED_ON_WORDS) scope += ` ${next}`;
  }
  return hasLaughter(scope);
}

/** Words that start a new clause after an answering "no": "no, i want to die", "no he hits me". */
const CLAUSE_STARTS = new Set(['i', 'im', 'ive', 'id', 'il', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'we', 'it', 'its', 'this', 'that', 'my', 'our', 'his', 'her']);

function isNegated(text: string, index: number): boolean {
  // The match starts at the space before its first word; keep that space for NEGATED_TAIL.
  const tail = NEGATED_TAIL.exec(text.slice(Math.max(0, index - 60), index + 1));
  if (tail === null) return false;
  const words = tail[0].trim().split(' ');
  // A "no" or "not really" followed by a subject answers a question ("are you safe?" "no, i want
  // to die", "not really, i want to die"); the comma is gone after normalising, so the subject
  // is what shows a new clause has begun.
  const answer = words[0] === 'no' ? 1 : words[0] === 'not' && words[1] === 'realy' ? 2 : 0;
  if (answer === 0) return true;
  const next = words[answer] ?? text.slice(index).trim().split(' ')[0] ?? '';
  return !CLAUSE_STARTS.has(next);
}

/**
 * Whose danger a match is about: words in the match, then the object after it, then the subject
 * before. A partner named before harm done is the one doing it; before suicide or self-harm in the
 * same sentence, the one at risk ("my husband has a rope in his car").
 */
function isAboutSomeoneElse(text: string, index: number, length: number, category: RiskCategory): boolean {
  const inside = text.slice(index, index + length).split(' ');
  if (inside.some((w) => FIRST_PERSON.has(w))) return false;
  // "he grabs my arm": the speaker's own body is where the harm lands.
  if (inside.some((w, i) => w === 'my' && (BODY_PARTS.has(inside[i + 1] ?? '') || MY_OWN.has(inside[i + 1] ?? '')))) return false;
  // "scared of him", "hiding from her": after these words the pronoun names who does the harm.
  // A reflexive in a harm someone does names the doer, not the one harmed: "he forced himself on me".
  const namesTheOneHarmed = (w: string, i: number): boolean =>
    THIRD_PERSON_OBJECTS.has(w) && !NAMES_THE_AGGRESSOR.has(inside[i - 1] ?? '') && !(REFLEXIVES.has(w) && HARM_BY_SOMEONE.has(category));
  if (inside.some(namesTheOneHarmed)) return true;
  const after = text.slice(index + length, index + length + 40).trim().split(' ')[0] ?? '';
  if (FIRST_PERSON.has(after)) return false;
  if (['her', 'him', 'them', 'himself', 'herself', 'themselves'].includes(after)) return true;
  // "forced himself on my sister": after a doer's reflexive, the one named after "my" is who it lands on.
  const [, afterMy = ''] = text.slice(index + length, index + length + 60).trim().split(' ');
  if (after === 'my' && THIRD_PERSON.has(afterMy) && inside.some((w) => REFLEXIVES.has(w))) return true;
  const before = text.slice(Math.max(0, index - 120), index).trim().split(' ').reverse().slice(0, 6);
  const restOfSentence = (text.slice(index + length).split(' . ')[0] ?? '').split(' ');
  let anotherSentence = false;
  for (const [i, word] of before.entries()) {
    if (word === '.') anotherSentence = true;
    // "he told me he has pills": the writer told, not the one it is about (but "he told me to delete our chats").
    if (word === 'me' && TOLD.has(before[i + 1] ?? '') && SUBJECT_PRONOUNS.has(before[i - 1] ?? '')) continue;
    if (FIRST_PERSON.has(word)) return false;
    // "my husband forces…": the speaker's own partner is the one doing it, so the speaker is at risk.
    // Before suicide or self-harm in the same sentence, the partner is the one at risk ("my husband
    // has a rope in his car"); a sentence earlier, the writer is ("my husband cheated. want to die").
    if (MY_PARTNER.has(word) && before[i + 1] === 'my') return !anotherSentence && (category === 'suicide' || category === 'self_harm');
    // "he keeps forcing it when I've said no": he is who does it; the speaker is in the sentence.
    if (SUBJECT_PRONOUNS.has(word) && restOfSentence.some((w) => FIRST_PERSON.has(w))) return false;
    if (THIRD_PERSON.has(word)) return true;
  }
  return false;
}

/** Parts of the body that, after "my", put the speaker where the harm lands. */
const BODY_PARTS = new Set(
  'arm arms wrist wrists hand hands finger fingers neck throat face head hair jaw mouth lip lips nose eye eyes ear ears cheek ribs chest back shoulder shoulders stomach belly leg legs knee knees body skin'.split(' '),
);

/** What only the speaker has, after "my": "he took my silence as consent", "parked outside my work" are about the speaker. */
const MY_OWN = new Set('silence freeze consent no tears sleep drink drinks bed bedroom room phone passport keys money pills meds clothes house home flat apartment work job office car door'.split(' '));

/** Pronouns that, before the harm, say who does it. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre']);

/** Partner words that, after "my", name the person doing the harm rather than someone at risk. */
const MY_PARTNER = new Set(['boyfriend', 'girlfriend', 'bf', 'gf', 'husband', 'wife', 'partner', 'fiance', 'fiancee', 'spouse', 'hubby', 'ex']);

/**
 * The learned backstop's answer (always `possible`), marked as about someone else when the
 * message is framed that way or never puts the speaker in it but does name another person.
 */
function learnedBackstop(text: string, normalized: string, framedAsFriend: boolean): Risk | null {
  const risk = modelScreen(text);
  if (risk === null) return null;
  const words = normalized.split(' ');
  // "my" alone doesn't put the speaker in it ("my sister turns up with marks").
  const aboutOther = framedAsFriend || (!words.some((w) => FIRST_PERSON.has(w)) && words.some((w) => THIRD_PERSON.has(w)));
  return aboutOther ? { ...risk, thirdParty: true } : risk;
}

/** Whose harm a hit is, for ties: the writer's own (2), done by the writer (1), someone else's (0). */
const rankOfWhose = (hit: Hit): number => (hit.byWriter === true ? 1 : hit.thirdParty ? 0 : 2);

function betterThan(a: Hit, b: Hit | undefined): boolean {
  if (b === undefined) return true;
  if (LEVEL_RANK[a.level] !== LEVEL_RANK[b.level]) return LEVEL_RANK[a.level] > LEVEL_RANK[b.level];
  // Of one kind of harm, the writer's own danger is answered first ("he hit me and I hit him back"),
  // then harm the writer says they did, then someone else's ("I headbutted her" heard both ways).
  if (a.category === b.category) return rankOfWhose(a) > rankOfWhose(b);
  return PRIORITY.indexOf(a.category) < PRIORITY.indexOf(b.category);
}

interface Context {
  message: Message;
  now: boolean;
  dangerNow: boolean;
  /** The speaker is a child now, or was one when a grown-up who is not a partner hurt them. */
  childSelf: boolean;
  /** The speaker talks about their childhood somewhere in the message. */
  childhood: boolean;
  /** Someone named in the message is a child. */
  childOther: boolean;
  /** A son or daughter is named as grown up or married, and their childhood is not told of. */
  grownChild: boolean;
}

/** The sentence of the message around `index`, as a message of its own. */
function sentenceAt(message: Message, index: number): Message {
  const { text } = message;
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index);
  return excerpt(message, start < 0 ? 0 : start + 3, end < 0 ? text.length : end);
}

/** The sentence of the match at `index` and the one after it, where a rule's `unlessNear` topics count. */
function sentenceAndNext(message: Message, index: number, length: number): Message {
  const { text } = message;
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index + length);
  const next = end < 0 ? -1 : text.indexOf(' . ', end + 3);
  return excerpt(message, start < 0 ? 0 : start + 3, next < 0 ? text.length : next);
}

/** Part of the message as a message of its own, to match context patterns in it alone. */
function excerpt(message: Message, start: number, end: number): Message {
  const text = ` ${message.text.slice(start, end).trim()} `;
  const prefixes = wordPrefixes(text);
  return { text, prefixes, candidates: message.candidates, segments: [{ text, offset: 0, prefixes }] };
}

/**
 * Whether abuse matched at `index` is abuse of a child. A childhood mentioned anywhere counts,
 * unless the speaker's own partner does the harm ("I grew up in Leeds and my husband hits me"); a child named anywhere counts for someone else's harm, unless the harm's sentence
 * names an adult's partner and no child ("My sister's husband beats her. Her son is 4"); so does a grown-up's childhood in the harm's own sentence.
 */
function harmsAChild(hit: Hit, index: number, length: number, ctx: Context): boolean {
  if (hit.thirdParty) {
    const sentence = sentenceAt(ctx.message, index);
    // A grown son or daughter told of as a child in the harm's own sentence ("my daughter is 25,
    // her dad hit her growing up") was harmed as a child.
    if (!ctx.childOther) return anyMatches(THEN_A_CHILD, sentence) && !anyMatches(THEIR_PARTNER_NAMED, sentence);
    return !anyMatches(THEIR_PARTNER_NAMED, sentence) || anyMatches(CHILD_THEM, sentence);
  }
  if (ctx.childSelf) return true;
  return ctx.childhood && !myPartnerDoesIt(ctx, index, length);
}

/** How far before a match the one doing the harm is looked for ("my husband always hits me"). */
const DOER_CHARS = 40;

/** True when the speaker's own partner does the harm matched at `index`: named in it or just before it, in its sentence. */
function myPartnerDoesIt(ctx: Context, index: number, length: number): boolean {
  const sentenceStart = ctx.message.text.lastIndexOf(' . ', index);
  return anyMatches(MY_PARTNER_NAMED, excerpt(ctx.message, Math.max(sentenceStart + 1, index - DOER_CHARS), index + length));
}

/**
 * A child-abuse match about a grown-up speaker that their own partner does ("I grew up in Leeds
 * and my husband hits me"): the partner's violence is today's danger, so the partner and sexual
 * rules decide the category; this match only counts when none of them matched.
 */
function isAPartnersHarm(hit: Hit, index: number, length: number, ctx: Context): boolean {
  return hit.category === 'child_abuse' && !hit.thirdParty && !ctx.childSelf && myPartnerDoesIt(ctx, index, length);
}

/** A son or daughter named. */
const SON_OR_DAUGHTER = /\b(son|daughter|stepson|stepdaughter|sons|daughters)\b(?! in law)/;
/** A grandchild or a young child named, beside a grown son or daughter. */
const YOUNGER_CHILD = /\b(grandson|granddaughter|grandkids?|grandchild|grandchildren|baby|babies|toddler|kids?|child|children|boy|girl|lad|lass|little|litle|infant|newborn|\d+ (year|yr|years|yrs) old|yo)\b/;

/**
 * A child-abuse reading of harm to someone else, in a sentence that names a son or daughter the
 * message calls grown up and no younger child ("my son-in-law hits my daughter", "my daughter's
 * husband slaps her around, she's 30"): harm between adults, heard as partner violence.
 */
function harmsAGrownChild(category: RiskCategory, hit: Hit, at: { index: number; length: number }, ctx: Context): boolean {
  if (category !== 'child_abuse' || !hit.thirdParty || !ctx.grownChild || ctx.childSelf) return false;
  const sentence = sentenceAt(ctx.message, at.index).text;
  return SON_OR_DAUGHTER.test(sentence) && !YOUNGER_CHILD.test(sentence);
}

/** Applies the message's context to one raw match at `index` (steps 3–4 of the module comment). */
function adjust(hit: Hit, at: { index: number; length: number }, rule: LexiconRule, negated: boolean, ctx: Context): Hit {
  let { category, level } = hit;
  if (negated) return { ...hit, level: 'possible' };
  if (category === 'suicide' && ctx.now) level = rule.ifNow ?? STEP_UP[level];
  // The writer's own blows keep their category: the child rules hear "I hit my son" themselves.
  if ((category === 'partner_violence' || category === 'sexual_violence') && hit.byWriter !== true) {
    if (harmsAChild(hit, at.index, at.length, ctx)) category = 'child_abuse';
    else if (category === 'partner_violence' && !hit.thirdParty && ctx.dangerNow && level !== 'possible') {
      return { category: 'emergency', level: 'imminent', thirdParty: false };
    }
  }
  if (harmsAGrownChild(category, hit, at, ctx)) category = 'partner_violence';
  return { ...hit, category, level };
}

function timeframeOf(text: Message, risk: Hit): Risk['timeframe'] {
  if (risk.level === 'imminent') return 'ongoing';
  if (anyMatches(PAST, text)) return 'past';
  if (anyMatches(ONGOING, text)) return 'ongoing';
  return undefined;
}

/** What one reading of a message found: its best rule match, and the message as read. */
interface Reading {
  message: Message;
  best: Hit | undefined;
  laughing: boolean;
  framedAsFriend: boolean;
  /** Categories of rules whose words matched but whose `unless` context ruled the message harmless. */
  dismissed: ReadonlySet<RiskCategory>;
  /**
   * Categories of rules whose words matched but an everyday topic beside them (`unlessNear`)
   * explained ("hit by a ball in pe"): in a laughing message the backstop may not raise them again.
   */
  explained: ReadonlySet<RiskCategory>;
  /** A death wish was heard as mortification after a mishap (lexicon/mishaps.ts): neither the backstop nor weak cues may raise suicide again. */
  mortified: boolean;
}

/**
 * Runs every lexicon rule over one wording of the message (steps 1–5 of the module comment).
 * A second reading passes the first reading's message as `asWritten`: a rule whose `unless` or
 * `unlessNear` context was there as written stays off, whatever the plainer wording left out.
 * `othersHarm` marks every match as about someone else (a reading of their own reported words).
 */
function readRules(wording: string, asWritten?: Message, counts: (hit: Hit) => boolean = () => true, othersHarm = false): Reading {
  const message = messageOf(wording);
  const normalized = message.text;
  const laughing = hasLaughter(normalized);
  const ctx: Context = {
    message,
    now: anyMatches(NOW, message),
    dangerNow: anyMatches(DANGER, message),
    childSelf: anyMatches(CHILD_ME, message),
    childhood: anyMatches(CHILDHOOD_ME, message),
    childOther: anyMatches(CHILD_THEM, message) && !anyMatches(GROWN, message),
    grownChild: (anyMatches(GROWN, message) || anyMatches(MARRIED, message)) && !anyMatches(THEN_A_CHILD, message),
  };
  const framedAsFriend = anyMatches(FRAMES, message);
  let toldMishap: boolean | undefined;
  let mortified = false;

  let best: Hit | undefined;
  let setAside: Hit | undefined;
  const dismissed = new Set<RiskCategory>();
  const explained = new Set<RiskCategory>();
  for (const { rule, patterns, unless, unlessNear } of COMPILED_RULES) {
    // A rule's `unless` context is checked only once one of its patterns matched: most rules
    // match nothing, so this keeps the screen fast however long the `unless` lists grow.
    let switchedOff: boolean | undefined;
    for (const pattern of patterns) {
      for (const { index, length } of locate(pattern, message)) {
        switchedOff ??= unless.length > 0 && hereOrAsWritten(unless, message, asWritten);
        if (switchedOff) {
          dismissed.add(rule.category);
          break;
        }
        if (unlessNear.length > 0 && hereOrAsWritten(unlessNear, sentenceAndNext(message, index, length), asWritten)) {
          explained.add(rule.category);
          continue;
        }
        if (rule.hyperbole && laughing && laughsAt(normalized, index)) continue;
        // "I sent the text meant for my wife to her mother. I want to die.": mortification (lexicon/mishaps.ts).
        if (rule.hyperbole && rule.category === 'suicide' && (toldMishap ??= toldAsMishap(message, asWritten))) {
          mortified = true;
          continue;
        }
        const negated = isNegated(normalized, index);
        if (negated && rule.category !== 'suicide' && rule.category !== 'self_harm') continue;
        // "Asking for a friend: he hit me in front of the kids" is the friend speaking: the child
        // and danger-now context reads as it would from the friend, and only the flag says whose.
        // "I slapped her": someone else is in danger, from the writer (screen-doer.ts). "She threatens to
        // tell the police I hit her" is her claim: asked about (a threat like that can be control), as the writer's own.
        const claimed = rule.doer === 'writer' && claimedBySomeoneElse(normalized, index);
        const aboutOther = othersHarm || rule.victim === 'other' || (rule.victim === undefined && isAboutSomeoneElse(normalized, index, length, rule.category));
        const byWriter = !othersHarm && !claimed && (rule.doer === 'writer' || (HARM_BY_SOMEONE.has(rule.category) && writerDidIt(normalized, index, length)));
        const aboutSomeoneElse = byWriter || aboutOther;
        const raw: Hit = { category: rule.category, level: claimed ? 'possible' : rule.level, thirdParty: aboutSomeoneElse };
        const adjusted = adjust(byWriter ? { ...raw, byWriter } : raw, { index, length }, rule, negated, ctx);
        // Framed as a friend's words, "I hit her" is what the friend did, not the writer.
        const hit: Hit = framedAsFriend ? { category: adjusted.category, level: adjusted.level, thirdParty: true } : adjusted;
        if (!counts(hit)) continue;
        if (isAPartnersHarm(adjusted, index, length, ctx)) {
          if (betterThan(hit, setAside)) setAside = hit;
        } else if (betterThan(hit, best)) best = hit;
      }
      if (switchedOff === true) break;
    }
  }
  return { message, best: best ?? setAside, laughing, framedAsFriend, dismissed, explained, mortified };
}


/** A message normalised, with dictation read as meant ("full stop", "wood be"). */
const plainOf = (text: string): string => asDictated(normalizeForScreen(text));

/**
 * Plain text (see `plainOf`) as the rules read it: one-slip typos repaired and emoji the lexicon
 * never names read as sentence ends.
 */
const rulesWording = (plain: string): string => emojiAsSentenceEnds(repairTypos(plain), MEANINGFUL_EMOJI);

/**
 * Longer messages (well past a Telegram message's 4,096 characters) get one reading only, so a
 * pasted essay cannot hold the screen for more than a fraction of a second.
 */
const SECOND_READING_LIMIT = 8000;

/** A wording as the patterns read it: shorthand expanded, padded, idioms blanked, with the word prefixes and candidate patterns. */
function messageOf(wording: string): Message {
  const padded = padForPatterns(expandShorthand(wording));
  // Blanking only removes words, so the prefixes of the unblanked text are a safe superset.
  const prefixes = wordPrefixes(padded);
  const candidates = INDEX.candidates(prefixes);
  const segments = blankSafePhrases(padded, prefixes, candidates);
  const text = segments.map((segment) => segment.text).join('');
  if (!text.includes(` ${LOSS_MARK} `)) return { text, prefixes, candidates, segments };
  // A loss by suicide left its mark, a word the unblanked text lacks: the rules that read it become candidates.
  const marked = withLossMark(prefixes);
  return { text, prefixes: marked, candidates: INDEX.candidates(marked), segments };
}

/** A message as written, with no harmless phrase blanked: for markers a blanked phrase may hold. */
function unblankedMessage(wording: string): Message {
  const padded = padForPatterns(expandShorthand(wording));
  const prefixes = wordPrefixes(padded);
  let offset = 0;
  const segments = cutAtSentences(padded).map((run): Segment => {
    const segment = { text: run, offset, prefixes: wordPrefixes(run) };
    offset += run.length;
    return segment;
  });
  return { text: padded, prefixes, candidates: INDEX.candidates(prefixes), segments };
}

/** The word prefixes of a text, and of the LOSS_MARK a loss by suicide left in it. */
function withLossMark(prefixes: ReadonlySet<string>): Set<string> {
  return new Set([...prefixes, ...wordPrefixes(` ${LOSS_MARK} `)]);
}

/**
 * Screens one message for danger. Pure and synchronous: no stored state, no network.
 *
 * @example screenText('my bf says he will kill himself if i leave') // { category: 'suicide', level: 'high', thirdParty: true, ... }
 * @example screenText('this fight is killing me') // null
 */
export const screenText: RiskScreen = (text) => screenMessage(text, true);

/**
 * The screen itself. `settleHealed` is false when one clause of a healed story is read alone
 * (healedAndSaidSo): a clause is never settled by its own healing words, and the reading cannot
 * turn back on itself.
 */
function screenMessage(text: string, settleHealed: boolean): Risk | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const plain = plainOf(text);
  const wording = rulesWording(plain);
  const first = readRules(wording);
  let { best, message } = first;
  // A second reading in plainer words can only add a match or a more urgent one: "he like
  // literally grabbed my neck", "Dad took his belt to me again. I am 14.", "Dan grabbed my wrist",
  // "she's 6 Maybe I'm overprotective" (a sentence end left out).
  const unnamed = text.length > SECOND_READING_LIMIT ? text : namesAsPronouns(withSentenceEnds(text));
  const plainer = text.length > SECOND_READING_LIMIT ? wording : questionsAsStatements(plainerWording(unnamed === text ? wording : rulesWording(plainOf(unnamed))));
  if (plainer !== wording) {
    const second = readRules(plainer, first.message);
    if (second.best !== undefined && betterThan(second.best, best)) ({ best, message } = second);
  }
  const { laughing, framedAsFriend } = first;
  if (best === undefined && !laughing) {
    const theirs = theirOwnReading(first);
    if (theirs !== undefined) ({ best, message } = theirs);
  }
  // Weak signs of suicide do not bring back a death wish the rules heard as mortification.
  if (best === undefined && !laughing && !first.mortified && hasWeakSignals(CUES, (p) => matchesAll(p, first.message))) {
    best = { category: 'suicide', level: 'possible', thirdParty: framedAsFriend };
    // Weak signs alone ("idk what to do") give way to a clear harm in someone else's words, retold.
    const retold = retoldReading(text, first);
    if (retold !== undefined && LEVEL_RANK[retold.best.level] > LEVEL_RANK.possible) ({ best, message } = retold);
  }
  if (best === undefined) {
    const backstop = backstopReading(text, plain, wording, first, framedAsFriend);
    // The backstop only guesses (`possible`); a clear harm in someone else's words, retold, is surer,
    // except against its guess of suicide, which a retelling cannot hear in the writer.
    const retold = backstop?.category === 'suicide' ? undefined : retoldReading(text, first);
    if (backstop !== null && (retold === undefined || retold.best.level === 'possible')) {
      return settledByAllClear(backstop, text, first.message) ? null : backstop;
    }
    if (retold === undefined) return null;
    ({ best, message } = retold);
  }
  if (settledByAllClear(best, text, message) || (settleHealed && healedAndSaidSo(best, message, text))) return null;
  const risk: Risk = { category: best.category, level: best.level };
  const timeframe = timeframeOf(message, best);
  if (timeframe !== undefined) risk.timeframe = timeframe;
  if (best.thirdParty) risk.thirdParty = true;
  if (best.byWriter === true) risk.byWriter = true;
  return risk;
}

/** The writer says the words were said in fun ("she's laughing at the end"), and not that they were meant. */
const SAYS_IT_WAS_A_JOKE = /^(?!.* (not|wasnt|isnt|werent|never) (even )?(laughing|joking|kiding|teasing)).* (laughing|laughed|joking|jokingly|kiding|teasing|banter|mesing (about|around)) /;

/**
 * Someone else's words pasted or quoted in ("he texted: 'if you leave I'll take the kids'"), read
 * once more from the writer's side ("if I leave he'll take the kids": screen-voices.ts), when no
 * rule matched. Not when the message laughs or says it was in fun ("he texted 'i'm gonna kill you'
 * cause i spoiled the finale lol"); and the writer's own wish to die is never read into someone
 * else's words ("I wish you were dead").
 */
function retoldReading(text: string, first: Reading): { best: Hit; message: Message } | undefined {
  if (text.length > SECOND_READING_LIMIT || first.laughing) return undefined;
  const retold = inTheWritersWords(text);
  if (retold === text || SAYS_IT_WAS_A_JOKE.test(first.message.text)) return undefined;
  const notMyOwnWish = (hit: Hit): boolean => hit.thirdParty || (hit.category !== 'suicide' && hit.category !== 'self_harm');
  const wording = plainerWording(rulesWording(plainOf(namesAsPronouns(withSentenceEnds(retold)))));
  const reading = readRules(wording, first.message, notMyOwnWish);
  return reading.best === undefined ? undefined : { best: reading.best, message: reading.message };
}

/**
 * Someone else's danger in reported speech ("my son says he wants to die", "my sister told me her
 * husband hits her"), read once more as they said it (screen-their-words.ts), when no rule matched.
 * What it finds is marked as about someone else.
 */
function theirOwnReading(first: Reading): { best: Hit; message: Message } | undefined {
  // The message as the first reading left it, idioms and stories blanked ("a character who kills herself").
  const wording = first.message.text.trim();
  if (wording.length > SECOND_READING_LIMIT) return undefined;
  // Their own danger from anything they said; harm done to them from what they said without the
  // writer or a threat to kill in it (see reportedAsTheirOwn).
  const selfHarm = (hit: Hit): boolean => hit.category === 'suicide' || hit.category === 'self_harm';
  let found: { best: Hit; message: Message } | undefined;
  for (const [theirs, counts] of [
    [reportedAsTheirOwn(wording), selfHarm],
    [reportedAsTheirOwn(wording, { harmToThem: true }), (hit: Hit) => !selfHarm(hit)],
  ] as const) {
    if (theirs === wording) continue;
    const reading = readRules(plainerWording(theirs), first.message, counts, true);
    if (reading.best !== undefined && betterThan(reading.best, found?.best)) found = { best: reading.best, message: reading.message };
  }
  return found;
}

/** The learned backstop's answer for a message no rule matched (step 7 of the module comment). */
function backstopReading(text: string, plain: string, wording: string, first: Reading, framedAsFriend: boolean): Risk | null {
  // The backstop reads the raw text unless typos were repaired, emoji read as sentence ends, negations shortened, fillers or greetings set aside.
  const gist = backstopWording(emojiAsSentenceEnds(wording, LAUGHTER_EMOJI_SET));
  const backstop = learnedBackstop(gist === plain ? text : gist, first.message.text, framedAsFriend);
  if (backstop !== null) return laughedOff(backstop, first) || mortifiedOff(backstop, first) ? null : backstop;
  // Then as if a woman in it were a man, on the text with harmless idioms blanked (screen-pronouns.ts).
  const blanked = backstopWording(first.message.text);
  const aboutHim = asIfAboutHim(blanked);
  const asIfHim = aboutHim === blanked ? null : learnedBackstop(aboutHim, first.message.text, framedAsFriend);
  return asIfHim !== null && (first.dismissed.has(asIfHim.category) || mortifiedOff(asIfHim, first)) ? null : asIfHim;
}

/**
 * True when the message tells a social mishap (lexicon/mishaps.ts) and does not say the death wish
 * is meant. A second reading is judged with the message as written too, since a plainer wording
 * may drop the mishap's own words ("accidentally").
 */
function toldAsMishap(message: Message, asWritten: Message | undefined): boolean {
  return hereOrAsWritten(MISHAP, message, asWritten) && !hereOrAsWritten(IN_EARNEST, message, asWritten);
}

/** True when a pattern matches `here`, or the message as the first reading had it (a second reading's plainer words may drop the context). */
function hereOrAsWritten(patterns: readonly CompiledPattern[], here: Message, asWritten: Message | undefined): boolean {
  return anyMatches(patterns, here) || (asWritten !== undefined && anyMatches(patterns, asWritten));
}

/** True when the backstop would ask about suicide in a message whose death wish the rules heard as mortification. */
const mortifiedOff = (risk: Risk, first: Reading): boolean => first.mortified && risk.category === 'suicide';

/**
 * True when a message laughs and the rules already heard the backstop's category and set it
 * aside, for an `unless` context ("the film") or an everyday topic beside the words ("got hit by
 * a ball in pe lol"): a joke the rules understood. A laugh alone does not silence the backstop,
 * because people also laugh while telling something real ("he choked me again lol but it's fine").
 */
function laughedOff(risk: Risk, first: Reading): boolean {
  return first.laughing && (first.dismissed.has(risk.category) || first.explained.has(risk.category));
}

/** The harms a healed past can settle: not abuse in childhood or sexual harm, which are told years later and still need hearing. */
const HEALS: ReadonlySet<RiskCategory> = new Set(['suicide', 'self_harm', 'partner_violence']);

/**
 * True when the message tells of a past that healed ("had suicidal thoughts in my twenties, got
 * help, fifteen years on I'm in a good place") and nothing in it stirs now ("lately", "it's back",
 * "still get urges"). A partner's violence also needs the partner gone from the writer's life
 * ("remarried", "he's long gone"). Not for danger happening now, nor for harm the writer says they did.
 */
function healedAndSaidSo(risk: Hit, message: Message, text: string): boolean {
  // Each clause is read again below; a pasted essay is not worth that, and is answered as found.
  if (text.length > SECOND_READING_LIMIT) return false;
  if (risk.level === 'imminent' || risk.byWriter === true || !HEALS.has(risk.category)) return false;
  if (risk.category === 'partner_violence' && !anyMatches(LEFT_BEHIND, message)) return false;
  if (!anyMatches(PAST, message) || anyMatches(STIRRING, message) || anyMatches(NOW, message)) return false;
  // Healing words count where a harmless phrase was blanked too ("now I volunteer on a crisis line");
  // the message is read again as written only when the blanked one has none.
  if (!anyMatches(HEALED, message) && !anyMatches(HEALED, unblankedMessage(rulesWording(plainOf(text))))) return false;
  // Every clause that is not about the past must be safe on its own: "years ago I tried to kill
  // myself, got help, but I want to die" is not healed.
  return text.split(CLAUSE_BREAK).every((clause) => clause.trim() === '' || clauseIsSettled(clause, risk.category));
}

/**
 * Where a message turns from one clause to the next: a sentence end, a comma, "but", "though",
 * "yet" or "and" ("I got help and my new boyfriend hits me" is two clauses, the second not healed).
 */
const CLAUSE_BREAK = /[.!?;,\n]+|\b(?:but|though|although|except|however|yet|and)\b/i;

/**
 * True when one clause of a healed story is safe once its words of the past or of healing are set
 * aside, or, for a partner's violence, only says the partner is gone ("he's long gone from my life",
 * which alone is asked about as a loss): "…he's long gone and my new boyfriend hits me" is not.
 * A past or healing word settles only the harm it tells of: "years ago I tried to kill myself" is
 * settled, "got help years ago I have the pills ready" is not (see piecesAreSettled).
 */
function clauseIsSettled(clause: string, category: RiskCategory): boolean {
  const message = messageOf(rulesWording(plainOf(clause)));
  const markers = [...PAST, ...HEALED].flatMap((pattern) => locate(pattern, message));
  if (markers.length > 0) return piecesAreSettled(message.text, markers);
  const alone = screenMessage(clause, false);
  if (alone === null) return true;
  return category === 'partner_violence' && alone.category !== 'partner_violence' && alone.level === 'possible' && anyMatches(LEFT_BEHIND, message);
}

/**
 * True when every piece of a clause between its words of the past or of healing ("years ago",
 * "got help") either tells its harm in the past tense ("I tried to kill myself") or is safe on its
 * own ("I'm 40 with kids"). "I have the pills ready" after "got help years ago" is neither.
 */
function piecesAreSettled(text: string, markers: readonly { index: number; length: number }[]): boolean {
  // "used to" stays with the words it governs: "I used to self harm" tells the past.
  const cuts = markers.filter(({ index, length }) => text.slice(index, index + length).trim() !== 'used to').sort((a, b) => a.index - b.index);
  const pieces: string[] = [];
  let from = 0;
  for (const { index, length } of cuts) {
    if (index > from) pieces.push(text.slice(from, index));
    from = Math.max(from, index + length);
  }
  pieces.push(text.slice(from));
  return pieces.every((piece) => piece.trim() === '' || PAST_TENSE.test(` ${piece.trim()} `) || screenMessage(piece, false) === null);
}

/** Words a message needs before an all-clear in it can settle a weak signal (see ALL_CLEAR). */
const ALL_CLEAR_MIN_WORDS = 40;

/**
 * True when a weak (`possible`) suicide or self-harm signal is settled by the message itself: a
 * long update that says plainly nobody is thinking of ending their life ("he's not suicidal, I
 * asked him straight out"). A clear signal, or a short "I'm not suicidal", still stands.
 */
function settledByAllClear(risk: { category: RiskCategory; level: RiskLevel }, text: string, message: Message): boolean {
  if (risk.level !== 'possible' || (risk.category !== 'suicide' && risk.category !== 'self_harm')) return false;
  return text.split(/\s+/).length >= ALL_CLEAR_MIN_WORDS && anyMatches(CLEAR, message);
}
