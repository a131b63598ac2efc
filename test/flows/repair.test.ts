import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowEmitted, FlowEvent } from '../../flows/flow.ts';
import { repairFlow, repairFlowFor } from '../../flows/repair/flow.ts';
import type { RepairProgress } from '../../flows/repair/progress.ts';
import { BROKE_STEPS, HURT_STEPS } from '../../flows/repair/steps.ts';
import type { Profile } from '../../src/profile.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);

/** An event as the person sends it, before the engine stamps the time. */
type Press = FlowEvent extends infer E ? (E extends FlowEvent ? Omit<E, 'at'> : never) : never;
const press = (id: string): Press => ({ type: 'CHOICE', id });
const write = (text: string): Press => ({ type: 'TEXT', text });

function run(profile: Profile, events: Press[] = [], flow: FlowDefinition = repairFlow, args: Record<string, string> = {}) {
  const emitted: FlowEmitted[] = [];
  const actor = createActor(flow.machine, { input: { profile, journal: [], now: NOW, args } });
  actor.on('*', (e: FlowEmitted) => emitted.push(e));
  actor.start();
  for (const e of events) actor.send({ ...e, at: NOW } as FlowEvent);
  const replies = emitted.flatMap((e) => (e.type === 'reply' ? [e.reply] : []));
  const progress = emitted.flatMap((e) => (e.type === 'remember' && e.patch.repair ? [e.patch.repair] : [])).at(-1);
  return { emitted, replies, text: replies.map((r) => r.text).join('\n'), progress, snapshot: actor.getSnapshot() };
}

/** Walks one whole step: next, reflect (or skip), then an outcome. */
const step = (outcome = 'done', reflection?: string): Press[] => [
  press('next'),
  reflection ? write(reflection) : press('skip-reflection'),
  press(outcome),
];

const broke: Profile = { consent: true, role: 'broke', relationship: 'partner', breach: 'infidelity' };
const hurt: Profile = { consent: true, role: 'hurt', relationship: 'friend', breach: 'lying' };

describe('repair program', () => {
  it('welcomes a new person with realistic expectations before step 1', () => {
    const { text, replies } = run(broke);
    expect(text).toMatch(/months, not days/);
    expect(text).toMatch(/7 short steps/);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['begin', 'menu']);
  });

  it('explains each step with an example personalised to what happened', () => {
    const { text } = run(broke, [press('begin')]);
    expect(text).toMatch(/Step 1 of 7 · Name what you did/);
    expect(text).toMatch(/I was unfaithful to you/);
    const friend = run(hurt, [press('begin'), ...step(), ...step(), press('next'), press('skip-reflection')]);
    expect(friend.text).toMatch(/Share one I-statement with your friend/);
  });

  it('saves the reflection to the journal and moves to the action for today', () => {
    const { emitted, text } = run(broke, [press('begin'), press('next'), write('I had an affair for three months.')]);
    expect(emitted).toContainEqual({
      type: 'journal',
      entry: { topic: 'repair:acknowledge', prompt: 'In one or two plain sentences: what did you do?', text: 'I had an affair for three months.' },
    });
    expect(text).toMatch(/Your small step for today/);
  });

  it('keeps progress in the profile as steps are done or skipped', () => {
    const { progress, text } = run(broke, [press('begin'), ...step('done'), ...step('skip')]);
    expect(progress).toMatchObject({ track: 'broke', step: 2, done: ['acknowledge'], skipped: ['responsibility'] });
    expect(text).toMatch(/Step 3 of 7 · A sincere apology/);
  });

  it('saves the place on "not yet" and leaves for the menu', () => {
    const { progress, snapshot, text } = run(broke, [press('begin'), press('next'), press('skip-reflection'), press('not-yet')]);
    expect(progress).toMatchObject({ step: 0, done: [] });
    expect(text).toMatch(/start right here/);
    expect(snapshot.output).toEqual({ next: 'menu' });
  });

  it('picks up today\'s step directly when coming back from an exercise or the apology coach', () => {
    const repair: RepairProgress = { track: 'broke', step: 2, done: ['acknowledge', 'responsibility'], skipped: [], startedAt: NOW - DAY, updatedAt: NOW };
    const { replies, snapshot } = run({ ...broke, repair }, [], repairFlow, { from: 'exercises' });
    expect(replies[0]?.text).toBe('Welcome back to “A sincere apology”.');
    expect(snapshot.value).toEqual({ step: 'action' });
  });

  it('does not save a stray number as a reflection', () => {
    const { emitted, snapshot, text } = run(broke, [press('begin'), press('next'), write('4')]);
    expect(emitted.some((e) => e.type === 'journal')).toBe(false);
    expect(snapshot.value).toEqual({ step: 'reflect' });
    expect(text).toMatch(/A few words are enough/);
  });

  it('resumes where they left off, with a one-line recap', () => {
    const repair: RepairProgress = { track: 'hurt', step: 3, done: ['name', 'decide'], skipped: ['i-statements'], startedAt: NOW - 9 * DAY, updatedAt: NOW - DAY };
    const { replies, text } = run({ ...hurt, repair }, [press('continue')]);
    expect(replies[0]?.text).toBe('Welcome back. You\'re on step 4 of 7, “Set your boundaries” (2 steps done so far).');
    expect(text).toMatch(/Step 4 of 7 · Set your boundaries/);
    expect(text).toMatch(/If I find another lie/);
  });

  it('asks a person who is not sure a couple of questions, then remembers their role', () => {
    const { emitted, text } = run({ role: 'unsure' }, [press('both'), press('hurt'), press('begin')]);
    expect(emitted).toContainEqual({ type: 'remember', patch: { role: 'hurt' } });
    expect(text).toMatch(/Step 1 of 7 · Name the hurt/);
    const direct = run({ role: 'unsure' }, [press('me')]);
    expect(direct.emitted).toContainEqual({ type: 'remember', patch: { role: 'broke' } });
  });

  it('starts a fresh track when the role changed since the plan began', () => {
    const old: RepairProgress = { track: 'broke', step: 4, done: [], skipped: [], startedAt: 0 };
    expect(run({ ...hurt, repair: old }).text).toMatch(/7 short steps for healing/);
  });

  it('offers the apology coach at the apology step only when that flow exists', () => {
    const toApology = [press('begin'), ...step(), ...step(), press('next'), press('skip-reflection')];
    const without = run(broke, toApology);
    expect(without.replies.at(-1)?.choices?.map((c) => c.id)).not.toContain('apology');
    const withCoach = run(broke, [...toApology, press('apology')], repairFlowFor(['onboarding', 'apology']));
    expect(withCoach.snapshot.output).toEqual({ next: 'apology', args: { from: 'repair' } });
  });

  it('suggests a fitting exercise and hands over to it', () => {
    const { snapshot, text } = run(broke, [press('begin'), ...step(), ...step(), press('next'), press('skip-reflection'), press('exercise')]);
    expect(text).toMatch(/“Apology practice” fits this step/);
    expect(snapshot.output).toEqual({ next: 'exercises', args: { exercise: 'apology-practice', from: 'repair' } });
  });

  it('does not suggest joint exercises after a positive abuse screen, and puts safety first', () => {
    const unsafe = { ...hurt, safety: { abuse: true } };
    const { replies, text } = run(unsafe, [press('begin'), ...step(), press('next'), press('skip-reflection'), press('done'), press('next'), press('skip-reflection')]);
    expect(text).toMatch(/Feeling safe comes first/);
    expect(text).not.toMatch(/Share something vulnerable/);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).not.toContain('exercise');
  });

  it('says plainly that ending it can be the healthy choice, and can jump to self-trust', () => {
    const { text, progress } = run(hurt, [press('begin'), ...step(), press('next'), press('skip-reflection'), press('leaning'), press('self-trust')]);
    expect(text).toMatch(/Ending a relationship can be the healthiest choice/);
    expect(text).toMatch(/Step 7 of 7 · Trust yourself again/);
    expect(progress).toMatchObject({ step: 6, done: ['name', 'decide'] });
  });

  it('finishes the track, remembers when, and offers a check-in', () => {
    const all = HURT_STEPS.flatMap(() => step('done', 'ok'));
    const { text, progress, replies } = run(hurt, [press('begin'), ...all]);
    expect(progress).toMatchObject({ step: 7, finishedAt: NOW });
    expect(progress?.done).toEqual(HURT_STEPS.map((s) => s.id));
    expect(text).toMatch(/last of the 7 steps/);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain('checkin');
    const again = run({ ...hurt, repair: progress }, [press('review')]);
    expect(again.text).toMatch(/You've been through all 7 steps/);
    expect(again.text).toMatch(/Step 1 of 7/);
  });

  it('repeats the current prompt when it becomes active again or a reminder fires', () => {
    const { replies } = run(broke, [press('begin'), { type: 'NUDGE' }]);
    const texts = replies.map((r) => r.text);
    expect(texts.filter((t) => t.startsWith('Step 1 of 7'))).toHaveLength(2);
    expect(texts).toContain('Hello again — no pressure. Here is where we left off.');
  });

  it('has the seven steps of each track, each with a question and an action', () => {
    for (const s of [...BROKE_STEPS, ...HURT_STEPS]) {
      const persona = { who: 'your partner' };
      expect(s.question(persona).length).toBeGreaterThan(10);
      expect(s.action(persona).length).toBeGreaterThan(10);
    }
    expect(BROKE_STEPS.map((s) => s.id)).toEqual(['acknowledge', 'responsibility', 'apology', 'communication', 'boundaries', 'consistency', 'patience']);
    expect(HURT_STEPS.map((s) => s.id)).toEqual(['name', 'decide', 'i-statements', 'boundaries', 'watch', 'forgive', 'self-trust']);
  });
});
