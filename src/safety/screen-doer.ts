/**
 * Who did the harm a rule heard, when it was done to someone else: the writer ("I slapped her",
 * "I hit my son with a belt", "I made her have sex") or another person ("I saw him hit her").
 * Most rules were written from the side of the one harmed and only say whose danger it is; this
 * reads the words just before and inside the match for the writer doing it.
 */

import { squashLetters } from './screen-normalize.ts';

/** "I", and "I'll", "I'd", "I'm", "I've" as the screen spells them. */
const I = new Set(['i', 'il', 'id', 'im', 'ive']);

/** Words people put between "I" and what they did ("I just", "I then", "I'm going to", "I could"). */
const FILLERS = new Set(['just', 'nearly', 'almost', 'then', 'finaly', 'actualy', 'even', 'also', 'literaly', 'stupidly', 'have', 'had', 've', 'did', 'once', 'again', 'realy', 'wil', 'would', 'might', 'could', 'going', 'gona', 'to', 'want', 'wana', 'sometimes', 'always', 'often', 'stil']);

/** What a writer says they did to someone, as the screen's normalised text spells it (doubled letters squashed). */
const DID = new Set(
  [
    'hit', 'slaped', 'punched', 'kicked', 'shoved', 'pushed', 'smacked', 'choked', 'strangled', 'throtled', 'beat', 'battered',
    'raped', 'forced', 'made', 'touched', 'groped', 'fondled', 'molested', 'abused', 'asaulted', 'hurt', 'harmed', 'shook',
    'threw', 'locked', 'grabed', 'pined', 'draged', 'bit', 'burned', 'burnt', 'spanked', 'belted', 'whiped', 'starved',
    'sent', 'posted', 'shared', 'leaked', 'filmed', 'recorded', 'threatened', 'tied', 'gaged', 'drugged', 'spiked',
    'headbuted', 'backhanded', 'kneed', 'elbowed', 'thumped', 'whacked', 'slamed', 'hurled', 'chucked',
    'put', 'held', 'pointed', 'tracked', 'tracking', 'monitoring', 'installed', 'hid', 'smashed', 'broke', 'kept', 'keep', 'wouldnt', 'stopped',
    'kill', 'slap', 'punch', 'kick', 'shove', 'push', 'choke', 'strangle', 'shake', 'smother', 'drown', 'stab', 'post', 'share', 'leak',
  ].map(squashLetters),
);

/** Words before "I" that make it someone else's claim ("she tells the police I hit her"). */
const CLAIMED = new Set(
  ['says', 'said', 'saying', 'claims', 'claimed', 'claiming', 'tell', 'tells', 'told', 'telling', 'thinks', 'thought', 'believes', 'accuses', 'accused', 'pretends', 'lies'].map(squashLetters),
);

/** How many words before a match may hold its "I did" ("I lost it and hit her"). */
const BEFORE_WORDS = 4;

/** Words that may open a sentence before a verb whose "I" was left out ("ok honest: threw a chair at her"). */
const OPENERS = new Set(['ok', 'okay', 'so', 'and', 'then', 'honestly', 'honest', 'yeah', 'well', 'but', 'basically', 'also', 'just', 'even', 'last', 'night', 'yesterday', 'today']);

/** Words that put the writer where the harm lands ("I left him after he choked me"). */
const ME = new Set(['me', 'myself', 'us']);

/**
 * Someone else the writer can harm, one of which must be named for a harm to be theirs to the
 * writer: "I took all my sleeping pills" and "I put my hand through the window" are the writer's
 * own danger, "I put a tracker on her car" is not.
 */
const SOMEONE = new Set(
  ['her', 'him', 'them', 'his', 'their', 'baby', 'kid', 'kids', 'child', 'children', 'son', 'daughter', 'stepson', 'stepdaughter', 'toddler', 'niece', 'nephew', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'gf', 'bf', 'fiance', 'fiancee', 'mum', 'mom', 'dad', 'sister', 'brother', 'someone', 'lodger'].map(squashLetters),
);

/** The words of the match's sentence before it. */
function wordsBefore(text: string, index: number): string[] {
  const sentenceStart = text.lastIndexOf(' . ', index) + 1;
  return text.slice(sentenceStart, index).trim().split(' ').filter(Boolean);
}

/**
 * True when a claim by someone else sits at `at` in `words` ("she says", "threatens to tell"): a
 * saying word not said by "I", and not opening the sentence, where chat leaves the "I" out ("told
 * my bf I'd burn his clothes").
 */
function claimAt(words: readonly string[], at: number): boolean {
  return CLAIMED.has(words[at] ?? '') && at > 0 && !I.has(words[at - 1] ?? '') && !OPENERS.has(words[at - 1] ?? '');
}

/**
 * True when someone else's claim comes just before the match at `index` ("she tells the police I
 * hit her", "he says that I pushed him"): what follows is an accusation, not an admission. The
 * writer's own telling is not a claim ("told my bf I'd burn his clothes with him in them").
 *
 * @example claimedBySomeoneElse(' she tels the police i hit her . ', 22) // true
 */
export function claimedBySomeoneElse(text: string, index: number): boolean {
  const words = wordsBefore(text, index);
  return words.some((_, at) => at >= words.length - BEFORE_WORDS - 1 && claimAt(words, at));
}

/**
 * True when the words just before or inside the match at `index` say the writer did it: "i",
 * perhaps "just" or "then", and a verb of harm. Only within the match's sentence, only when the
 * match names someone else and not the writer ("me"), and not when "I" follows someone's "says" or
 * "told" (their claim).
 *
 * @example writerDidIt(' i slaped her . ', 3, 10) // true
 */
export function writerDidIt(text: string, index: number, length: number): boolean {
  const inside = text.slice(index, index + length).trim().split(' ');
  // The one harmed is named in the match or just after it ("I raped | her").
  const after = text.slice(index + length).trim().split(' ').slice(0, 2);
  if (inside.some((word) => ME.has(word)) || ![...inside, ...after].some((word) => SOMEONE.has(word))) return false;
  const before = wordsBefore(text, index);
  // Chat drops the "I" at the start of a sentence: "Slapped my girlfriend twice", "Put an airtag in her bag".
  if (before.every((word) => OPENERS.has(word)) && DID.has(inside[0] ?? '')) return true;
  const words = [...before, ...inside];
  const from = Math.max(0, before.length - BEFORE_WORDS);
  for (const [i, word] of words.entries()) {
    if (i < from) continue;
    if (!I.has(word) || [i - 3, i - 2, i - 1].some((at) => at > 0 && claimAt(words, at))) continue;
    let next = i + 1;
    while (FILLERS.has(words[next] ?? '')) next += 1;
    // "I've been tracking his phone", not "I've been hit": only "been" before a doing word.
    if (words[next] === 'ben' && words[next + 1]?.endsWith('ing') === true) next += 1;
    if (DID.has(words[next] ?? '')) return true;
  }
  return false;
}
