/**
 * A message about a woman, read as if it were about a man, for the crisis screen's learned
 * backstop. Most of the disclosures the backstop learned from name a man as the one doing harm,
 * so it learned "he" and "my husband" as part of danger: "she put my head through the door"
 * scored far below "he put my head through the door". Until there is enough varied text to teach
 * it otherwise, the backstop also reads the message with the woman's words swapped for a man's
 * and keeps the more worried of its two readings. The rules name people by role and pronoun
 * for every gender already; only the backstop gets this reading.
 *
 * Works on normalised text (screen-normalize.ts): lower case, one space between words.
 */

/** A woman's word and the man's word the backstop learned in its place. */
const AS_IF_HE: Readonly<Record<string, string>> = {
  she: 'he',
  shes: 'hes',
  shed: 'hed',
  shell: 'hell',
  hers: 'his',
  herself: 'himself',
  wife: 'husband',
  wifey: 'hubby',
  wives: 'husbands',
  girlfriend: 'boyfriend',
  gf: 'bf',
  fiancee: 'fiance',
  woman: 'man',
  girl: 'guy',
  mum: 'dad',
  mom: 'dad',
  mam: 'dad',
  mother: 'father',
  stepmum: 'stepdad',
  stepmom: 'stepdad',
  stepmother: 'stepfather',
  aunt: 'uncle',
  auntie: 'uncle',
  grandma: 'grandad',
  gran: 'grandad',
};

/** Longest message, in words, read with a man's words in place of a woman's when it also names a man. */
const MIXED_WORDS_LIMIT = 60;

/** A man's words: a long message that has any already says who is who, and is left as written. */
const A_MANS_WORDS: ReadonlySet<string> = new Set([...Object.values(AS_IF_HE), 'him', 'his']);

/**
 * Words after which "her" is the object ("I told her", "pinned her to the wall") rather than
 * the possessive ("her friend", "her place").
 */
const AFTER_OBJECT_HER = new Set(
  (
    'to and a an the that up down out off in on at so for because again back around over into with from when while if or but like ' +
    'too all about home alone anymore every last once twice just i he she we they it my me you till until after before since by as ' +
    'then now there here away hard first go feel know not never this what how where why is was'
  ).split(' '),
);

/**
 * True when "her" is the object ("I told her", "pinned her to the wall"), judged by the word after
 * it; false when it is the possessive ("her friend", "her place").
 *
 * @example objectHer('to') === true
 */
export function objectHer(next: string | undefined): boolean {
  return next === undefined || next === '.' || AFTER_OBJECT_HER.has(next);
}

/**
 * The normalised text with a woman's pronouns and partner words swapped for a man's; the
 * text itself when it has none.
 *
 * @example asIfAboutHim('she pinned her to the wall and took her phone') === 'he pinned him to the wall and took his phone'
 */
export function asIfAboutHim(normalized: string): string {
  const words = normalized.split(' ');
  if (words.length > MIXED_WORDS_LIMIT && words.some((word) => A_MANS_WORDS.has(word))) return normalized;
  let changed = false;
  const out = words.map((word, i) => {
    if (word === 'her') {
      changed = true;
      return objectHer(words[i + 1]) ? 'him' : 'his';
    }
    const swapped = AS_IF_HE[word];
    if (swapped === undefined) return word;
    changed = true;
    return swapped;
  });
  return changed ? out.join(' ') : normalized;
}
