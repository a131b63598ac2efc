/** Turns journal entries into what the person reads: short messages and an exportable text file. */
import type { JournalEntry } from '../../src/profile.ts';
import { exerciseById } from '../exercises/catalog.ts';
import { BROKE_STEPS, HURT_STEPS } from '../repair/steps.ts';

/**
 * A date as `YYYY-MM-DD` (UTC), the same on every channel.
 *
 * @example day(Date.UTC(2026, 10, 22)) // '2026-11-22'
 */
export function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * A readable name for where an entry came from.
 *
 * @example topicName('repair:acknowledge') // 'Repair plan · Name what you did'
 */
export function topicName(topic: string): string {
  const [kind, id = ''] = topic.split(':');
  if (kind === 'repair') {
    const step = [...BROKE_STEPS, ...HURT_STEPS].find((s) => s.id === id);
    return step ? `Repair plan · ${step.title}` : 'Repair plan';
  }
  if (kind === 'exercise') {
    const exercise = exerciseById(id);
    return exercise ? `Exercise · ${exercise.title}` : 'Exercise';
  }
  return topic.charAt(0).toUpperCase() + topic.slice(1);
}

/**
 * One entry as a chat message.
 *
 * @example entryMessage({ at, topic: 'apology', prompt: 'Draft it', text: 'I am sorry…' })
 */
export function entryMessage(entry: JournalEntry): string {
  return `${day(entry.at)} · ${topicName(entry.topic)}\n“${entry.prompt}”\n\n${entry.text}`;
}

/**
 * The whole journal as a plain-text file, oldest first.
 *
 * @example journalText(entries, Date.now()).startsWith('My Kintsugi journal') // true
 */
export function journalText(entries: readonly JournalEntry[], exportedAt: number): string {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const body = sorted.map((e) => `${day(e.at)} · ${topicName(e.topic)}\nQ: ${e.prompt}\n${e.text}`).join('\n\n---\n\n');
  return `My Kintsugi journal\nExported ${day(exportedAt)} · ${sorted.length} ${sorted.length === 1 ? 'reflection' : 'reflections'}\n\n${body}\n`;
}
