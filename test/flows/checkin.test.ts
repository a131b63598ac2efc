import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent } from '../../flows/flow.ts';
import { checkinFlow } from '../../flows/checkin/flow.ts';
import type { CheckinRecord } from '../../flows/checkin/record.ts';
import { bar, concernsIn, helpReasons, movement, trendChart } from '../../flows/checkin/trend.ts';
import type { Profile } from '../../src/profile.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);

/** An event as the person sends it, before the engine stamps the time. */
type Press = FlowEvent extends infer E ? (E extends FlowEvent ? Omit<E, 'at'> : never) : never;

function rec(daysAgo: number, consistency: number, openness: number, conflict: number, safety: number): CheckinRecord {
  return { at: NOW - daysAgo * DAY, ratings: { consistency, openness, conflict, safety } };
}

/** Runs a check-in with the given presses and returns what the person saw and what was remembered. */
function checkin(profile: Profile, events: Press[]) {
  const emitted: FlowEmitted[] = [];
  const actor = createActor(checkinFlow.machine, { input: { profile, journal: [], now: NOW, args: {} } });
  actor.on('*', (e: FlowEmitted) => emitted.push(e));
  actor.start();
  for (const e of events) actor.send({ ...e, at: NOW } as FlowEvent);
  const text = emitted.flatMap((e) => (e.type === 'reply' ? [e.reply.text] : [])).join('\n');
  const remembered = emitted.flatMap((e) => (e.type === 'remember' ? [e.patch] : []));
  return { text, remembered, snapshot: actor.getSnapshot() };
}

const rate = (...ratings: number[]) => ratings.map((r) => ({ type: 'CHOICE' as const, id: `r${r}` }));

describe('trend chart', () => {
  it('draws one bar per check-in for each sign, with the latest rating and its direction', () => {
    const chart = trendChart([rec(14, 1, 2, 3, 4), rec(7, 2, 2, 2, 5)]);
    const lines = chart.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Words match actions\s+▁▂ {2}2 ↑$/);
    expect(lines[1]).toMatch(/^Opening up\s+▂▂ {2}2 =$/);
    expect(lines[2]).toMatch(/▄▂ {2}2 ↓$/);
    expect(lines[3]).toMatch(/▆█ {2}5 ↑$/);
  });

  it('shows at most the last eight check-ins', () => {
    const many = Array.from({ length: 12 }, (_, i) => rec(12 - i, 3, 3, 3, 3));
    expect(trendChart(many).split('\n')[0]).toMatch(/ ▄{8} {2}3 =$/);
  });

  it('maps ratings 1–5 to rising bars', () => {
    expect([1, 2, 3, 4, 5].map(bar).join('')).toBe('▁▂▄▆█');
  });

  it('finds which signs went up and which went down', () => {
    const move = movement([rec(7, 2, 3, 3, 3), rec(0, 3, 3, 2, 3)]);
    expect(move.up).toEqual([{ sign: 'consistency', from: 2, to: 3 }]);
    expect(move.down).toEqual(['conflict']);
    expect(movement([rec(0, 1, 1, 1, 1)]).first).toBe(true);
  });

  it('suggests help after two low check-ins in a row, not after one', () => {
    expect(helpReasons([rec(7, 2, 2, 2, 2), rec(0, 1, 2, 2, 3)], [])).toEqual(['low']);
    expect(helpReasons([rec(0, 1, 1, 1, 3)], [])).toEqual([]);
    expect(helpReasons([rec(7, 1, 1, 1, 1), rec(0, 3, 3, 3, 3)], [])).toEqual([]);
  });

  it('suggests help when they do not feel safe: rated 1 once, or 2 or less twice in a row', () => {
    expect(helpReasons([rec(0, 4, 4, 4, 1)], [])).toEqual(['unsafe']);
    expect(helpReasons([rec(7, 4, 4, 4, 2), rec(0, 4, 4, 4, 2)], [])).toEqual(['unsafe']);
    expect(helpReasons([rec(0, 4, 4, 4, 2)], [])).toEqual([]);
  });

  it('recognises concerns typed in free text', () => {
    expect(concernsIn('every talk ends in a fight')).toEqual(['fights']);
    expect(concernsIn('he cheated again last month')).toEqual(['repeated']);
    expect(concernsIn('I think she is gaslighting me')).toEqual(['manipulation']);
    expect(concernsIn('things are a bit better')).toEqual([]);
  });
});

describe('weekly check-in flow', () => {
  it('asks the four signs as 1–5 buttons and stores the ratings with the date', () => {
    const { remembered, snapshot } = checkin({}, [...rate(3, 4, 2, 5), { type: 'CHOICE', id: 'none' }]);
    expect(remembered.at(-1)?.checkins).toEqual([
      { at: NOW, ratings: { consistency: 3, openness: 4, conflict: 2, safety: 5 } },
    ]);
    expect(snapshot.value).toBe('summary');
  });

  it('shows the trend since last time and celebrates a sign that went up', () => {
    const { text } = checkin({ checkins: [rec(7, 2, 2, 2, 3)] }, [...rate(3, 2, 2, 3), { type: 'CHOICE', id: 'none' }]);
    expect(text).toContain('▂▄');
    expect(text).toMatch(/Words match actions: 2 → 3/);
    expect(text).not.toMatch(/counsellor/);
  });

  it('treats a dip as normal', () => {
    const { text } = checkin({ checkins: [rec(7, 4, 4, 4, 4)] }, [...rate(3, 4, 4, 4), { type: 'CHOICE', id: 'none' }]);
    expect(text).toMatch(/straight line/);
  });

  it('suggests counselling, with how to find one, when check-ins stay low', () => {
    const { text } = checkin({ checkins: [rec(7, 2, 2, 1, 3)] }, [...rate(1, 2, 2, 3), { type: 'CHOICE', id: 'none' }]);
    expect(text).toMatch(/counsellor/);
    expect(text).toMatch(/referral/);
    expect(text).toMatch(/not a sign you have failed/);
  });

  it('suggests counselling when every talk ends in a fight, even when ratings are fine', () => {
    const { text } = checkin({}, [...rate(4, 4, 4, 4), { type: 'TEXT', text: 'every talk ends in a fight' }]);
    expect(text).toMatch(/someone neutral/);
  });

  it('suggests individual, not couples, counselling when they feel manipulated', () => {
    const { text, remembered } = checkin({}, [...rate(3, 3, 3, 3), { type: 'CHOICE', id: 'manipulation' }]);
    expect(text).toMatch(/counsellor of your own/);
    expect(text).toMatch(/Couples sessions are not the right first step/);
    expect(remembered.at(-1)?.checkins?.[0]?.concerns).toEqual(['manipulation']);
  });

  it('suggests individual counselling when they feel unsafe, and offers immediate help', () => {
    const { text } = checkin({}, [...rate(4, 4, 4, 1), { type: 'CHOICE', id: 'none' }]);
    expect(text).toMatch(/Not feeling safe matters/);
    expect(text).toMatch(/counsellor of your own/);
    expect(text).toMatch(/people who can help right away/);
  });

  it('lets them go back to change the last rating', () => {
    const { remembered } = checkin({}, [...rate(3, 1), { type: 'BACK' }, ...rate(4, 2, 2), { type: 'CHOICE', id: 'none' }]);
    expect(remembered.at(-1)?.checkins?.[0]?.ratings).toEqual({ consistency: 3, openness: 4, conflict: 2, safety: 2 });
  });

  it('saves nothing when they stop part-way', () => {
    const { remembered, snapshot } = checkin({}, [...rate(3, 1), { type: 'CHOICE', id: 'stop' }]);
    expect(remembered).toEqual([]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({ next: 'menu' });
  });
});
