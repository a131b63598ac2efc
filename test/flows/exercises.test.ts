import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent } from '../../flows/flow.ts';
import { exercisesFlow } from '../../flows/exercises/flow.ts';
import { EXERCISES } from '../../flows/exercises/catalog.ts';
import type { Profile } from '../../src/profile.ts';

const NOW = Date.UTC(2026, 10, 22, 9);

/** An event as the person sends it, before the engine stamps the time. */
type Press = FlowEvent extends infer E ? (E extends FlowEvent ? Omit<E, 'at'> : never) : never;

function run(profile: Profile, events: Press[], args: Record<string, string> = {}) {
  const emitted: FlowEmitted[] = [];
  const actor = createActor(exercisesFlow.machine, { input: { profile, journal: [], now: NOW, args } });
  actor.on('*', (e: FlowEmitted) => emitted.push(e));
  actor.start();
  for (const e of events) actor.send({ ...e, at: NOW } as FlowEvent);
  const replies = emitted.flatMap((e) => (e.type === 'reply' ? [e.reply] : []));
  return { emitted, replies, snapshot: actor.getSnapshot() };
}

const next = { type: 'CHOICE', id: 'next' } as const;

describe('exercises flow', () => {
  it('offers all six exercises', () => {
    const ids = run({}, []).replies.at(-1)?.choices?.map((c) => c.id);
    expect(ids).toEqual([...EXERCISES.map((e) => e.id), 'menu']);
  });

  it('hides joint exercises after a positive abuse screen, and says why', () => {
    const { replies } = run({ safety: { abuse: true } }, []);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['apology-practice', 'breathing', 'menu']);
    expect(replies[0]?.text).toMatch(/only advised when you both feel safe/);
  });

  it('does not open a joint exercise from the plan after a positive abuse screen', () => {
    const { snapshot } = run({ safety: { abuse: true } }, [], { exercise: 'trust-talk' });
    expect(snapshot.value).toBe('choosing');
  });

  it('walks the breathing exercise one short step at a time and remembers it was done', () => {
    const steps = EXERCISES.find((e) => e.id === 'breathing')!.steps.length;
    const { replies, emitted, snapshot } = run({ exercisesDone: ['values'] }, [
      { type: 'CHOICE', id: 'breathing' },
      ...Array.from({ length: steps }, () => next),
    ]);
    expect(replies.some((r) => r.text.includes('Breathe in through your nose'))).toBe(true);
    expect(replies.filter((r) => r.choices?.some((c) => c.id === 'next'))).toHaveLength(steps);
    expect(emitted).toContainEqual({ type: 'remember', patch: { exercisesDone: ['values', 'breathing'] } });
    expect(snapshot.value).toBe('finished');
  });

  it('saves a reflection at the end to the journal, and goes back to the plan when opened from it', () => {
    const steps = EXERCISES.find((e) => e.id === 'values')!.steps.length;
    const { emitted, snapshot } = run(
      { consent: true },
      [...Array.from({ length: steps }, () => next), { type: 'TEXT', text: 'Honesty and fun.' }, { type: 'CHOICE', id: 'plan' }],
      { exercise: 'values', from: 'repair' },
    );
    expect(emitted).toContainEqual({
      type: 'journal',
      entry: { topic: 'exercise:values', prompt: 'Which values turned out to be shared?', text: 'Honesty and fun.' },
    });
    expect(snapshot.output).toEqual({ next: 'repair', args: { from: 'exercises' } });
  });

  it('does not save a stray number as a reflection', () => {
    const steps = EXERCISES.find((e) => e.id === 'values')!.steps.length;
    const { emitted, snapshot } = run({ consent: true }, [...Array.from({ length: steps }, () => next), { type: 'TEXT', text: '4' }], { exercise: 'values' });
    expect(emitted.some((e) => e.type === 'journal')).toBe(false);
    expect(snapshot.value).toBe('reflect');
  });

  it('lets them stop part-way without marking the exercise done', () => {
    const { emitted, snapshot } = run({}, [{ type: 'CHOICE', id: 'trust-talk' }, next, { type: 'CHOICE', id: 'stop' }]);
    expect(emitted.some((e) => e.type === 'remember')).toBe(false);
    expect(snapshot.value).toBe('choosing');
  });
});
