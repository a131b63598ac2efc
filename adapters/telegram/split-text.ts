/** Telegram's limit for one text message, in UTF-16 code units (what `String.length` counts). */
export const TELEGRAM_TEXT_LIMIT = 4096;

const SENTENCE_END = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;

/**
 * Splits a long text into parts of at most `limit` characters, breaking after sentences (or
 * line breaks) where it can, then between words, and only as a last resort inside a word —
 * never inside a surrogate pair. Short texts come back as they are.
 *
 * @example splitText('One. Two. Three.', 10) // ['One. Two.', 'Three.']
 */
export function splitText(text: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  if (limit < 2) throw new RangeError(`splitText needs a limit of at least 2, got ${limit}.`);
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const flush = (): void => {
    const trimmed = current.trim();
    if (trimmed !== '') parts.push(trimmed);
    current = '';
  };
  for (const sentence of sentences(text)) {
    if (current.length + sentence.length <= limit) {
      current += sentence;
      continue;
    }
    flush();
    if (sentence.length <= limit) {
      current = sentence;
      continue;
    }
    for (const word of sentence.split(/(?<=\s)/)) {
      if (current.length + word.length <= limit) {
        current += word;
        continue;
      }
      flush();
      let rest = word;
      while (rest.length > limit) {
        const cut = safeCut(rest, limit);
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      current = rest;
    }
  }
  flush();
  return parts;
}

/** Cuts the text into sentences, each keeping the whitespace that follows it. */
function sentences(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const isBreak = char === '\n' || (/\s/.test(char) && endsSentence(text, i));
    if (!isBreak) continue;
    let end = i + 1;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    result.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) result.push(text.slice(start));
  return result;
}

/** True when the non-space text before position `i` ends a sentence (`end.`, `end?"`). */
function endsSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CLOSERS.test(text[j]!)) j--;
  return j >= 0 && SENTENCE_END.test(text[j]!);
}

/** A cut position at or below `limit` that does not split a surrogate pair. */
function safeCut(text: string, limit: number): number {
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
