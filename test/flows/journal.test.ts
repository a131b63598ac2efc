import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent } from '../../flows/flow.ts';
import { journalFlow } from '../../flows/journal/flow.ts';
import { journalText, topicName } from '../../flows/journal/format.ts';
import type { JournalEntry, Profile } from '../../src/profile.ts';
import type { Reply } from '../../src/reply.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);

/** An event as the person sends it, before the engine stamps the time. */
type Press = FlowEvent extends infer E ? (E extends FlowEvent ? Omit<E, 'at'> : never) : never;

const entries: JournalEntry[] = Array.from({ length: 5 }, (_, i) => ({
  at: NOW - (5 - i) * DAY,
  topic: 'repair:acknowledge',
  prompt: 'In one or two plain sentences: what did you do?',
  text: `Reflection ${i + 1}`,
}));

function open(profile: Profile, journal: JournalEntry[], events: Press[] = []) {
  const replies: Reply[] = [];
  const actor = createActor(journalFlow.machine, { input: { profile, journal, now: NOW, args: {} } });
  actor.on('*', (e: FlowEmitted) => e.type === 'reply' && replies.push(e.reply));
  actor.start();
  for (const e of events) actor.send({ ...e, at: NOW } as FlowEvent);
  return { replies, snapshot: actor.getSnapshot() };
}

describe('journal flow', () => {
  it('shows the newest reflections first, a few at a time', () => {
    const { replies } = open({ consent: true }, entries);
    const texts = replies.map((r) => r.text).join('\n');
    expect(texts).toMatch(/5 reflections/);
    expect(texts.indexOf('Reflection 5')).toBeLessThan(texts.indexOf('Reflection 4'));
    expect(texts).not.toContain('Reflection 2');
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['older', 'export', 'menu']);
  });

  it('shows older reflections on request, and stops offering more at the end', () => {
    const { replies } = open({ consent: true }, entries, [{ type: 'CHOICE', id: 'older' }]);
    const texts = replies.map((r) => r.text).join('\n');
    expect(texts).toContain('Reflection 1');
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['export', 'menu']);
  });

  it('exports the whole journal as a text file, oldest first', () => {
    const { replies } = open({ consent: true }, entries, [{ type: 'CHOICE', id: 'export' }]);
    const file = replies.find((r) => r.attachment)?.attachment;
    expect(file?.name).toBe('kintsugi-journal-2026-11-22.txt');
    expect(file?.mimeType).toBe('text/plain');
    expect(file?.content.indexOf('Reflection 1')).toBeLessThan(file?.content.indexOf('Reflection 5') ?? 0);
    expect(file?.content).toContain('Q: In one or two plain sentences: what did you do?');
  });

  it('explains an empty journal, differently when they chose not to store answers', () => {
    expect(open({ consent: true }, []).replies[0]?.text).toMatch(/empty for now/);
    expect(open({ consent: false }, []).replies[0]?.text).toMatch(/chose not to/);
  });

  it('leaves for the menu', () => {
    const { snapshot } = open({ consent: true }, entries, [{ type: 'CHOICE', id: 'menu' }]);
    expect(snapshot.output).toEqual({ next: 'menu' });
  });

  it('names where a reflection came from', () => {
    expect(topicName('repair:decide')).toBe('Repair plan · Should I try to rebuild?');
    expect(topicName('exercise:values')).toBe('Exercise · List your shared values');
    expect(topicName('apology')).toBe('Apology');
    expect(journalText([], NOW)).toMatch(/0 reflections/);
  });
});
