/** What the journal flow says. */
import { ask, say, type Reply } from '../../src/reply.ts';
import type { JournalEntry } from '../../src/profile.ts';
import { day, entryMessage, journalText } from './format.ts';

/** Choice ids used by the journal machine. */
export const CHOICE = { older: 'older', export: 'export', plan: 'plan', menu: 'menu' } as const;

/** How many entries one page shows. */
export const PAGE = 3;

/** A page of entries, newest first, with what they can do next. */
export function page(entries: readonly JournalEntry[], offset: number): Reply[] {
  const newestFirst = [...entries].sort((a, b) => b.at - a.at);
  const shown = newestFirst.slice(offset, offset + PAGE);
  const replies: Reply[] = [];
  if (offset === 0) {
    replies.push(say(`Your journal has ${entries.length} ${entries.length === 1 ? 'reflection' : 'reflections'}. Newest first:`));
  }
  for (const entry of shown) replies.push(say(entryMessage(entry)));
  const choices: [string, string][] = [];
  if (offset + PAGE < entries.length) choices.push([CHOICE.older, 'Show older']);
  choices.push([CHOICE.export, 'Export as a text file'], [CHOICE.menu, 'Back to menu']);
  replies.push(ask('Only you can see these.', choices));
  return replies;
}

/** The journal as a file. */
export function exported(entries: readonly JournalEntry[], at: number): Reply[] {
  return [
    {
      text: 'Here is your journal as a text file. Keep it somewhere private.',
      attachment: { name: `kintsugi-journal-${day(at)}.txt`, mimeType: 'text/plain', content: journalText(entries, at) },
    },
    ask('Anything else?', [[CHOICE.menu, 'Back to menu']]),
  ];
}

/** When there is nothing to show. */
export function empty(consent: boolean): Reply[] {
  const text = consent
    ? 'Your journal is empty for now. Your answers to the reflection questions in your repair plan will appear here.'
    : 'You chose not to have your answers stored, so there is nothing in your journal.';
  return [ask(text, [[CHOICE.plan, 'My repair plan'], [CHOICE.menu, 'Back to menu']])];
}
