/**
 * Sentence ends people leave out: "Tonight's it The letter is on the table", "she's 6 Maybe
 * I'm overprotective". A capitalised word that usually opens a sentence, straight after a
 * lower-case word with no punctuation between, is read as the start of a new sentence, so a
 * rule that needs a sentence to end ("i'm 14", "not waking up") still matches. Used for the
 * screen's second reading only; text in capitals or Title Case is left as it is.
 */

/** Words that, capitalised mid-text, almost always open a sentence. */
const SENTENCE_OPENERS = new Set(
  (
    'The A An My Her His He She We They It Its This That These Those There Then But And So Just Not Nothing Maybe Now ' +
    'Tonight Today Yesterday Tomorrow Last Thinking Guess Fine Anyway Also Sometimes Everyone Everybody Nobody No Yes ' +
    'What Why How When Where Who Is Are Do Does Did Can Could Would Should Will Honestly Idk Well Still Even Only ' +
    'Our Your Their Someone Something Every Each All Please Sorry Thanks Ok Okay'
  ).split(' '),
);

const OPENER_AFTER_A_WORD = /(?<=[\p{Ll}\d]) +(\p{Lu}\p{Ll}*)(?=[\s,'’]|$)/gu;

/**
 * The text with a sentence end put back before each sentence-opening word that follows a
 * lower-case word directly; the text itself when there is none.
 *
 * @example withSentenceEnds("Tonight's it The letter is ready") === "Tonight's it. The letter is ready"
 */
export function withSentenceEnds(text: string): string {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) && !/^I(['’]|$)/.test(w)).length;
  if (words.length === 0 || capitalised > words.length * 0.6) return text;
  return text.replace(OPENER_AFTER_A_WORD, (whole: string, word: string) => (SENTENCE_OPENERS.has(word) ? `. ${word}` : whole));
}
