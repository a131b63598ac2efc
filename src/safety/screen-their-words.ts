/**
 * Someone else's danger in reported speech, read as their own words: "my son says he wants to die"
 * as "i want to die", "my dad told me nobody would miss him" as "nobody would miss me", "my sister
 * told me her husband hits her" as "my husband hits me".
 *
 * People worried about someone tell the coach what that person said, in the third person. The
 * suicide and self-harm rules were written, and checked against everyday look-alikes, in the first
 * person ("nobody would miss me", "i wish i was dead"), and only a few rules listen for the third
 * person, each for its own phrases. In round twenty a grid of ten people close to the writer ×
 * twenty ways of saying it ("my dad says nobody would miss him", "my mate told me he is going to
 * jump", "my brother says he wishes he was dead") left 77 of 200 silent.
 *
 * {@link reportedAsTheirOwn} finds each clause after a saying word ("says", "told me", "texted"),
 * works out who said it (from the words before the saying word, "my sister", "a guy at work", or
 * else the first pronoun said) and swaps that person's pronouns to "i", "me", "my"; the writer, who
 * was spoken to, becomes "you". The rest of the message is left as written, with a sentence end
 * after the saying word. Clauses the writer said, and "would" clauses ("she'd rather die than…"),
 * are left alone. screen.ts reads the result only when the message as written matched no rule, and
 * marks what it finds as about someone else: suicide and self-harm from any reported clause, other
 * harm only from clauses without the writer or a threat to kill in them.
 *
 * Works on normalised text (screen-normalize.ts): lower case, letters squashed ("he'll" is "hel").
 */
import { objectHer } from './screen-pronouns.ts';

/** Who said it: a woman, a man, or someone called "they". */
type Sayer = 'she' | 'he' | 'they';

/** Each sayer's own words and the first person's in their place ("her" is settled by the word after it). */
const AS_MINE: Readonly<Record<Sayer, Readonly<Record<string, string>>>> = {
  she: { she: 'i', shes: 'im', shed: 'id', shel: 'il', hers: 'mine', herself: 'myself' },
  he: { he: 'i', hes: 'im', hed: 'id', hel: 'il', him: 'me', his: 'my', himself: 'myself' },
  they: { they: 'i', theyre: 'im', theyd: 'id', theyl: 'il', their: 'my', theirs: 'mine', themself: 'myself', themselves: 'myself' },
};

/** Words naming a woman, which say who the sayer is ("my sister says"). */
const WOMEN = new Set(
  'she sister sis mum mom mam mother stepmum stepmom daughter stepdaughter niece aunt auntie gran nan nana grandma granny wife wifey girlfriend gf fiancee girl woman lady'.split(' '),
);
/** Words naming a man, which say who the sayer is ("a guy in my class said"). */
const MEN = new Set('he brother bro dad father stepdad stepfather son stepson nephew uncle grandad grandpa husband hubby boyfriend bf fiance boy guy man lad bloke fella'.split(' '));

/** Pronouns that give away the sayer when the word before the saying word does not ("my friend says her ex…"). */
const GIVES_AWAY: Readonly<Record<string, Sayer>> = {
  she: 'she', shes: 'she', shed: 'she', shel: 'she', her: 'she', herself: 'she',
  he: 'he', hes: 'he', hed: 'he', hel: 'he', him: 'he', his: 'he', himself: 'he',
  they: 'they', theyre: 'they', theyd: 'they', theyl: 'they', their: 'they', themself: 'they', themselves: 'they',
};

/** The writer, who was spoken to, in the second person. */
const MINE_AS_YOURS: Readonly<Record<string, string>> = {
  i: 'you',
  im: 'youre',
  ive: 'youve',
  id: 'youd',
  il: 'youl',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
};

/**
 * A saying word and what may sit before the words said: "says", "told me", "keeps telling me that",
 * "texted me at 2am saying". Each is followed by the words as said, to the end of the sentence.
 */
const REPORTED =
  /(?<= )(?:says|said|saying|keps saying|kept saying|told me|tels me|keps teling me|kept teling me|told us|texted(?: me)?|texts me|mesaged(?: me)?|wrote|posted|admited|confesed|mentioned|swore|swears|whispered|sobed|cried|screamed|screams|told (?:his|her|their) (?:mum|mom|dad|friend|friends|sister|brother|teacher|therapist|doctor)) (?:to me )?(?:that )?([^.]+)/g;

/** The writer, or the writer and others, as the one saying it: "i said", "we both said", "i then told". */
const THE_WRITER_SAYS = /(?:^| )(?:i|we|ive|weve|id|wed)(?: \w+)?(?: \w+)? $/;

/** Words before which "shed" and "hel" are a shed and hell, not "she'd" and "he'll". */
const NOT_A_PRONOUN_AFTER = new Set(['the', 'a', 'garden', 'to', 'of', 'in', 'like', 'from', 'through', 'what', 'bloody', 'his', 'her', 'my', 'our', 'their', 'your']);

/** Third-person verbs whose first-person form is not the bare word without -s. */
const IRREGULAR: Readonly<Record<string, string>> = { is: 'am', isnt: 'am not', has: 'have', hasnt: 'havent', does: 'do', doesnt: 'dont', goes: 'go', was: 'was', wasnt: 'wasnt' };

/** Words that join a second verb to the same "i". */
const AND = new Set(['and', 'but', 'then', 'or', 'so']);

/** Third-person verbs that, after "and", are most likely the same person's second verb (not a noun: "and kids"). */
const SECOND_VERBS = new Set(
  'wishes wants says keps feels thinks hates needs hopes talks tries cries cuts burns hurts takes plans writes goes does has is was sits stands hides drinks'.split(' '),
);

/** Words that may sit between "i" and its verb ("i just wants", "i really feels"). */
const BETWEEN = new Set(['just', 'realy', 'stil', 'always', 'never', 'also', 'even', 'only', 'actualy', 'kind', 'kinda', 'sometimes', 'often', 'now', 'literaly', 'apparently', 'honestly', 'seriously']);

/** A third-person verb in the first person: "wants" → "want", "tries" → "try", "wishes" → "wish". */
function firstPersonVerb(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is|ys)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Who said it, from the words just before the saying word, or else from the first pronoun said. */
function sayerOf(before: readonly string[], clause: readonly string[]): Sayer | undefined {
  for (const word of [...before].reverse()) {
    if (WOMEN.has(word)) return 'she';
    if (MEN.has(word)) return 'he';
  }
  for (const word of clause) {
    const sayer = GIVES_AWAY[word];
    if (sayer !== undefined) return sayer;
  }
  return undefined;
}

/** Words of a threat to kill, left to the rules for threats told about someone else. */
const THREAT_WORDS = new Set(['kil', 'kils', 'kiling', 'murder', 'murders', 'finish']);

/** The sayer's "would", "could" or "might": what they would do, not what they will. */
const HYPOTHETICAL: Readonly<Record<Sayer, RegExp>> = {
  she: /^(shed|she (would|could|might|wouldnt|couldnt))$/,
  he: /^(hed|he (would|could|might|wouldnt|couldnt))$/,
  they: /^(theyd|they (would|could|might|wouldnt|couldnt))$/,
};

/**
 * True when the sayer's first words about themselves are a "would": "she said she'd rather die than
 * spend Christmas there", "he said he'd die happy if Leeds won". Said of oneself, such things are
 * mostly figures of speech, and the rules that would hear them in the first person already listen
 * for them told about someone else ("she said she'd kill herself if I left").
 */
function isHypothetical(clause: readonly string[], sayer: Sayer): boolean {
  const at = clause.findIndex((word) => AS_MINE[sayer][word] !== undefined);
  if (at < 0) return false;
  return HYPOTHETICAL[sayer].test(clause[at] ?? '') || HYPOTHETICAL[sayer].test(`${clause[at]} ${clause[at + 1] ?? ''}`);
}

/** One reported clause with the sayer's persons made first person and the writer's second. */
function swapped(clause: readonly string[], sayer: Sayer): string[] {
  const mine = AS_MINE[sayer];
  const out = clause.map((word, i) => {
    if (word === 'her' && sayer === 'she') return objectHer(clause[i + 1]) ? 'me' : 'my';
    if ((word === 'shed' || word === 'hel') && NOT_A_PRONOUN_AFTER.has(clause[i - 1] ?? '')) return word;
    return mine[word] ?? MINE_AS_YOURS[word] ?? word;
  });
  // The verb after each new "i" agrees with it: "i wants to die" → "i want to die", and so does a
  // second verb of the same "i": "i hate myself and wishes" → "and wish".
  let saidI = false;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 'i') saidI = true;
    if (saidI && AND.has(out[i] ?? '') && SECOND_VERBS.has(out[i + 1] ?? '')) out[i + 1] = firstPersonVerb(out[i + 1] ?? '');
    if (out[i] !== 'i') continue;
    let j = i + 1;
    while (j < out.length && BETWEEN.has(out[j] ?? '')) j++;
    const verb = out[j];
    if (verb !== undefined) out[j] = firstPersonVerb(verb);
  }
  return out;
}

/**
 * The message with what someone else is reported to have said put back in their own first
 * person; the message itself when it reports nobody's words.
 *
 * @example reportedAsTheirOwn('my son says he wants to die') === 'my son says . i want to die'
 * @example reportedAsTheirOwn('my sister told me her husband hits her') === 'my sister told me . my husband hits me'
 *
 * With `harmToThem: true`, for reading harm done to the sayer, two kinds of clause are left as
 * written: words about the writer ("my husband says i smother him" is his complaint, not harm done to
 * him), and threats to kill, which are mostly figures of speech about oneself ("he says his dad will
 * kill him when he sees the bill") and which plain-harm-told.ts hears told of someone else.
 */
export function reportedAsTheirOwn(normalized: string, { harmToThem = false }: { harmToThem?: boolean } = {}): string {
  const padded = ` ${normalized} `;
  let out = '';
  let from = 0;
  for (const match of padded.matchAll(REPORTED)) {
    const before = padded.slice(Math.max(0, match.index - 30), match.index);
    if (THE_WRITER_SAYS.test(before)) continue;
    const said = match[1] ?? '';
    const clause = said.trim().split(' ');
    if (harmToThem && clause.some((word) => MINE_AS_YOURS[word] !== undefined || THREAT_WORDS.has(word))) continue;
    const sayer = sayerOf(before.trim().split(' ').slice(-4), clause);
    if (sayer === undefined || isHypothetical(clause, sayer)) continue;
    const start = match.index + match[0].length - said.length;
    // A sentence end after the saying word, so the sayer named before it is not read as doing
    // what their own words say ("she says . that scared me").
    out += `${padded.slice(from, start)}. ${swapped(clause, sayer).join(' ')}${said.endsWith(' ') ? ' ' : ''}`;
    from = start + said.length;
  }
  if (from === 0) return normalized;
  return (out + padded.slice(from)).trim();
}
