import { describe, expect, it } from 'vitest';
import { evaluateAnalyzers, HELD_OUT_TARGET } from '../../scripts/eval-analyzers.ts';

describe('analyzers against our labelled sets', () => {
  const scores = evaluateAnalyzers();

  it('has at least 80 development and 40 held-out examples for apologies and statements', () => {
    const size = (name: string): number => scores.find((s) => s.set === name)?.size ?? 0;
    expect(size('apology-dev')).toBeGreaterThanOrEqual(80);
    expect(size('apology-heldout')).toBeGreaterThanOrEqual(40);
    expect(size('statement-dev')).toBeGreaterThanOrEqual(80);
    expect(size('statement-heldout')).toBeGreaterThanOrEqual(40);
  });

  for (const set of ['apology-heldout', 'statement-heldout', 'listening-heldout']) {
    it(`reaches F1 ${HELD_OUT_TARGET} for every label on ${set}`, () => {
      const s = scores.find((x) => x.set === set);
      expect(s).toBeDefined();
      const below = (s?.labels ?? []).filter((l) => l.f1 < HELD_OUT_TARGET).map((l) => `${l.label} ${l.f1.toFixed(2)}`);
      expect(below).toEqual([]);
    });
  }
});
