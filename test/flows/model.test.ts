/**
 * Model-based tests of every flow this folder owns, using `xstate/graph`: the machine is
 * explored with every event a person could send, and the tests prove that every state is
 * reachable, none is a dead end, every state can reach an exit, every button shown works,
 * and every state survives being persisted, stored as JSON and restored.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { getAdjacencyMap, getStateNodes } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent, FlowInput, FlowOutput } from '../../flows/flow.ts';
import { repairFlowFor } from '../../flows/repair/flow.ts';
import { exercisesFlow } from '../../flows/exercises/flow.ts';
import { checkinFlow } from '../../flows/checkin/flow.ts';
import { journalFlow } from '../../flows/journal/flow.ts';
import { progressFlow } from '../../flows/progress/flow.ts';
import { EXERCISES } from '../../flows/exercises/catalog.ts';
import { CHOICE as REPAIR } from '../../flows/repair/copy.ts';
import { CHOICE as EXERCISE } from '../../flows/exercises/copy.ts';
import { CHOICE as CHECKIN } from '../../flows/checkin/copy.ts';
import { CHOICE as JOURNAL } from '../../flows/journal/copy.ts';
import { CHOICE as PROGRESS } from '../../flows/progress/copy.ts';
import type { JournalEntry, Profile } from '../../src/profile.ts';
import type { Reply } from '../../src/reply.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);

/** Every choice id any of these flows offers, plus the ratings and exercise ids. */
const choiceIds = [
  ...new Set([
    ...Object.values(REPAIR),
    ...Object.values(EXERCISE),
    ...Object.values(CHECKIN),
    ...Object.values(JOURNAL),
    ...Object.values(PROGRESS),
    ...EXERCISES.map((e) => e.id),
    'r1',
    'r3',
    'r5',
    'not-a-choice',
  ]),
];

const events: FlowEvent[] = [
  ...choiceIds.map((id): FlowEvent => ({ type: 'CHOICE', id, at: NOW })),
  { type: 'TEXT', text: 'Our talks keep ending in a fight.', at: NOW },
  { type: 'BACK', at: NOW },
  { type: 'RESUME', at: NOW },
  { type: 'NUDGE', at: NOW },
];

const entries: JournalEntry[] = Array.from({ length: 7 }, (_, i) => ({
  at: NOW - (7 - i) * DAY,
  topic: i % 2 ? 'repair:acknowledge' : 'exercise:values',
  prompt: 'What did you do?',
  text: `Reflection ${i + 1}`,
}));

function input(profile: Profile, journal: JournalEntry[] = [], args: Record<string, string> = {}): FlowInput {
  return { profile, journal, now: NOW, args };
}

interface Case {
  name: string;
  input: FlowInput;
}

interface Model {
  name: string;
  machine: AnyStateMachine;
  cases: Case[];
  /** Abstracts the snapshot to keep the explored graph small (progress arrays are not part of the shape). */
  key?: (snapshot: { value: unknown; context: Record<string, unknown> }) => unknown;
}

const base: Profile = { consent: true, relationship: 'partner', breach: 'infidelity' };
const started = { track: 'hurt' as const, step: 3, done: ['name', 'decide'], skipped: ['i-statements'], startedAt: NOW - 20 * DAY, updatedAt: NOW - DAY };

const models: Model[] = [
  {
    name: 'repair',
    machine: repairFlowFor(['apology']).machine,
    key: ({ value, context }) => {
      const progress = context.progress as { step: number } | null;
      return { value, track: context.track, step: progress?.step, exit: context.exit };
    },
    cases: [
      { name: 'broke, new', input: input({ ...base, role: 'broke' }) },
      { name: 'hurt, new', input: input({ ...base, role: 'hurt' }) },
      { name: 'unsure', input: input({ ...base, role: 'unsure' }) },
      { name: 'hurt, part-way', input: input({ ...base, role: 'hurt', repair: started }) },
      { name: 'broke, finished', input: input({ ...base, role: 'broke', repair: { track: 'broke', step: 7, done: [], skipped: [], startedAt: 0, finishedAt: NOW } }) },
      { name: 'hurt, after a positive abuse screen', input: input({ ...base, role: 'hurt', safety: { abuse: true } }) },
      { name: 'broke, back from an exercise', input: input({ ...base, role: 'broke', repair: { ...started, track: 'broke', done: [], skipped: [] } }, [], { from: 'exercises' }) },
    ],
  },
  {
    name: 'exercises',
    machine: exercisesFlow.machine,
    key: ({ value, context }) => ({ value, exercise: context.exercise, index: context.index, exit: context.exit }),
    cases: [
      { name: 'from the menu', input: input(base) },
      { name: 'after a positive abuse screen', input: input({ ...base, safety: { abuse: true } }) },
      { name: 'opened from the plan', input: input(base, [], { exercise: 'trust-talk', from: 'repair' }) },
    ],
  },
  {
    name: 'checkin',
    machine: checkinFlow.machine,
    key: ({ value, context }) => ({
      value,
      rated: (context.ratings as number[]).length,
      concerns: context.concerns,
      saved: (context.previous as unknown[]).length,
      exit: context.exit,
    }),
    cases: [
      { name: 'first check-in', input: input(base) },
      { name: 'after a low one', input: input({ ...base, checkins: [{ at: NOW - 7 * DAY, ratings: { consistency: 1, openness: 2, conflict: 2, safety: 2 } }] }) },
    ],
  },
  {
    name: 'journal',
    machine: journalFlow.machine,
    cases: [
      { name: 'empty', input: input(base) },
      { name: 'seven entries', input: input(base, entries) },
    ],
  },
  {
    name: 'progress',
    machine: progressFlow.machine,
    cases: [
      { name: 'not started', input: input(base) },
      { name: 'part-way', input: input({ ...base, repair: started }, entries) },
    ],
  },
];

const EXITS = new Set(['menu', 'repair', 'exercises', 'checkin', 'apology']);

/** The explored graph: each state, by its serialised shape, with where each event leads. */
type Adjacency = Record<string, { state: unknown; transitions: Record<string, { event: FlowEvent; state: unknown }> }>;

interface Edge {
  from: string;
  event: FlowEvent;
  to: string;
}

function explore(model: Model, c: Case) {
  const serialize = (s: unknown): string => {
    const snap = s as { value: unknown; context: Record<string, unknown>; status: string };
    return JSON.stringify({ status: snap.status, shape: model.key ? model.key(snap) : { value: snap.value, context: snap.context } });
  };
  const adjacency: Adjacency = getAdjacencyMap(model.machine, {
    input: c.input,
    events: (snapshot) => events.filter((e) => (snapshot as { can: (e: FlowEvent) => boolean }).can(e) || (e.type === 'CHOICE' && e.id === 'not-a-choice')),
    serializeState: serialize,
    limit: 50_000,
  }) as unknown as Adjacency;
  const edges: Edge[] = [];
  for (const [from, entry] of Object.entries(adjacency)) {
    for (const { event, state } of Object.values(entry.transitions)) {
      edges.push({ from, event, to: serialize(state) });
    }
  }
  return { adjacency, edges };
}

function atomicIds(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root)
    .filter((n) => n.type === 'atomic' || n.type === 'final')
    .filter((n) => !n.always) // transient routing states are passed through, never rested in
    .map((n) => n.id);
}

function leafIds(snapshot: unknown): string[] {
  const nodes = (snapshot as { _nodes: Array<{ id: string; type: string }> })._nodes;
  return nodes.filter((n) => n.type === 'atomic' || n.type === 'final').map((n) => n.id);
}

function replay(machine: AnyStateMachine, snapshot: unknown, flowInput: FlowInput, event: FlowEvent) {
  const stored = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot as never)));
  const actor = createActor(machine, { snapshot: stored, input: flowInput });
  const emitted: FlowEmitted[] = [];
  actor.on('*', (e: FlowEmitted) => emitted.push(e));
  actor.start();
  actor.send(event);
  const after = actor.getSnapshot();
  actor.stop();
  return { after, emitted };
}

describe.each(models)('$name flow (model-based)', (model) => {
  const explored = model.cases.map((c) => ({ c, ...explore(model, c) }));

  it('reaches every state the machine defines', () => {
    const reached = new Set(explored.flatMap(({ adjacency }) => Object.values(adjacency).flatMap((a) => leafIds(a.state))));
    expect([...atomicIds(model.machine)].filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has no dead ends: every state that is not final accepts some event', () => {
    for (const node of getStateNodes(model.machine.root)) {
      if (node.type !== 'atomic') continue;
      const moves = [...node.transitions.values()].flat().length + (node.always?.length ?? 0);
      expect(moves, node.id).toBeGreaterThan(0);
    }
  });

  it.each(model.cases.map((c, i) => [c.name, i] as const))('every reachable state can reach an exit (%s)', (_, i) => {
    const { adjacency, edges } = explored[i]!;
    const done = Object.entries(adjacency).filter(([, a]) => (a.state as { status: string }).status === 'done');
    expect(done.length).toBeGreaterThan(0);
    for (const [, a] of done) {
      const output = (a.state as { output: FlowOutput }).output;
      expect(EXITS.has(output.next ?? ''), JSON.stringify(output)).toBe(true);
    }
    const canExit = new Set(done.map(([key]) => key));
    let grew = true;
    while (grew) {
      grew = false;
      for (const e of edges) {
        if (canExit.has(e.to) && !canExit.has(e.from)) {
          canExit.add(e.from);
          grew = true;
        }
      }
    }
    const stuck = Object.keys(adjacency).filter((k) => !canExit.has(k));
    expect(stuck).toEqual([]);
  });

  it.each(model.cases.map((c, i) => [c.name, i] as const))(
    'resumes from a persisted snapshot of every state, says something on every move, and every button shown works (%s)',
    (_, i) => {
      const { adjacency, c } = explored[i]!;
      let checked = 0;
      for (const [from, entry] of Object.entries(adjacency)) {
        const snapshot = entry.state as { status: string };
        if (snapshot.status !== 'active') continue;
        for (const { event, state: expected } of Object.values(entry.transitions)) {
          const { after, emitted } = replay(model.machine, entry.state, c.input, event as FlowEvent);
          const want = expected as { value: unknown; context: unknown; status: string };
          expect(after.value, `${from} + ${JSON.stringify(event)}`).toEqual(want.value);
          expect(after.context).toEqual(want.context);
          checked++;
          const moved = JSON.stringify(want.value) !== JSON.stringify((entry.state as { value: unknown }).value);
          const replies = emitted.filter((e): e is { type: 'reply'; reply: Reply } => e.type === 'reply').map((e) => e.reply);
          if (after.status !== 'active') continue;
          const asked = ['RESUME', 'NUDGE'].includes((event as FlowEvent).type);
          if (moved || asked) expect(replies.length, `silent after ${JSON.stringify(event)} from ${from}`).toBeGreaterThan(0);
          const offered = replies.filter((r) => r.choices?.length).at(-1)?.choices ?? [];
          for (const choice of offered) {
            expect(choice.id.length).toBeLessThanOrEqual(48);
            expect(after.can({ type: 'CHOICE', id: choice.id, at: NOW }), `button ${choice.id} in ${JSON.stringify(after.value)}`).toBe(true);
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
  );
});
