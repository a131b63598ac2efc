import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted } from '../../flows/flow.ts';
import { progressFlow } from '../../flows/progress/flow.ts';
import { planLines, progressReport } from '../../flows/progress/summary.ts';
import type { Profile } from '../../src/profile.ts';
import type { Reply } from '../../src/reply.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);

const partWay: Profile = {
  role: 'hurt',
  repair: { track: 'hurt', step: 3, done: ['name', 'decide'], skipped: ['i-statements'], startedAt: NOW - 12 * DAY },
  checkins: [
    { at: NOW - 8 * DAY, ratings: { consistency: 2, openness: 2, conflict: 2, safety: 3 } },
    { at: NOW - DAY, ratings: { consistency: 3, openness: 3, conflict: 2, safety: 4 } },
  ],
  exercisesDone: ['breathing'],
};

describe('progress', () => {
  it('marks each step done, skipped, current or ahead', () => {
    expect(planLines(partWay.repair!)).toEqual([
      '✓ 1. Name the hurt',
      '✓ 2. Should I try to rebuild?',
      '↷ 3. Say what you need (skipped)',
      '▶ 4. Set your boundaries',
      '· 5. Watch for consistency',
      '· 6. Forgiveness, at your pace',
      '· 7. Trust yourself again',
    ]);
  });

  it('reports the plan, the check-in trend, exercises and journal', () => {
    const text = progressReport(partWay, 4, NOW).join('\n');
    expect(text).toMatch(/started 12 days ago, step 4 of 7/);
    expect(text).toMatch(/Check-ins: 2, the latest yesterday — average 3\.0 of 5, up from 2\.3/);
    expect(text).toMatch(/▂▄/);
    expect(text).toMatch(/Exercises finished: 1\. Reflections in your journal: 4\./);
    expect(text).toMatch(/months, not days/);
  });

  it('says when the plan is finished', () => {
    const finished: Profile = { repair: { ...partWay.repair!, step: 7, finishedAt: Date.UTC(2026, 10, 20) } };
    expect(progressReport(finished, 0, NOW)[0]).toMatch(/finished 2026-11-20/);
  });

  it('invites a new person to start, and offers to continue once started', () => {
    const run = (profile: Profile) => {
      const replies: Reply[] = [];
      const actor = createActor(progressFlow.machine, { input: { profile, journal: [], now: NOW, args: {} } });
      actor.on('*', (e: FlowEmitted) => e.type === 'reply' && replies.push(e.reply));
      actor.start();
      actor.send({ type: 'CHOICE', id: 'plan', at: NOW });
      return { replies, output: actor.getSnapshot().output };
    };
    const fresh = run({});
    expect(fresh.replies[0]?.text).toMatch(/haven't started/);
    expect(fresh.replies.at(-1)?.choices?.[0]?.label).toBe('Start my plan');
    expect(fresh.output).toEqual({ next: 'repair' });
    expect(run(partWay).replies.at(-1)?.choices?.[0]?.label).toBe('Continue my plan');
  });
});
