import type { Choice } from '../reply.ts';

/**
 * Maps typed text to one of the offered choices: its number ("2"), its label ("my partner"),
 * or — when `allowPartial` — a label that starts with or contains the typed word
 * ("partner" → "My partner"), ignoring case, punctuation and emoji. Returns `undefined` when
 * nothing fits unambiguously.
 *
 * @example matchChoice('2', [{ id: 'a', label: 'Yes' }, { id: 'b', label: 'No' }]) // 'b'
 */
export function matchChoice(text: string, choices: readonly Choice[] | undefined, allowPartial = true): string | undefined {
  if (!choices?.length) return undefined;
  const typed = normalise(text);
  if (!typed) return undefined;
  if (/^\d{1,2}$/.test(typed)) return choices[Number(typed) - 1]?.id;
  const exact = choices.filter((c) => normalise(c.label) === typed || c.id.toLowerCase() === typed);
  if (exact.length === 1) return exact[0]!.id;
  if (!allowPartial || typed.length < 3) return undefined;
  const partial = choices.filter((c) => {
    const label = normalise(c.label);
    return label.startsWith(typed) || label.split(' ').includes(typed);
  });
  return partial.length === 1 ? partial[0]!.id : undefined;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
