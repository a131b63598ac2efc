import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyStateNode } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { afterEach, describe, expect, it } from 'vitest';
import { guardLabel, mermaidFor, pageFor, writeDiagrams } from '../scripts/diagrams.ts';
import { checkinFlow } from '../flows/checkin/flow.ts';
import { exercisesFlow } from '../flows/exercises/flow.ts';
import { journalFlow } from '../flows/journal/flow.ts';
import { progressFlow } from '../flows/progress/flow.ts';
import { repairFlow } from '../flows/repair/index.ts';

const flows = [repairFlow, exercisesFlow, checkinFlow, journalFlow, progressFlow];
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('flow diagrams', () => {
  it.each(flows.map((f) => [f.id, f] as const))('draws every state of %s', (_, flow) => {
    const diagram = mermaidFor(flow);
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const node of getStateNodes(flow.machine.root) as AnyStateNode[]) {
      expect(diagram).toContain(`state "${node.key}" as ${node.path.join('__').replace(/[^A-Za-z0-9_]/g, '_')}`);
    }
  });

  it('labels arrows with the event and guard, and marks the initial and final states', () => {
    const diagram = mermaidFor(checkinFlow);
    expect(diagram).toContain('  [*] --> intro');
    expect(diagram).toContain('  rating --> rating : CHOICE [isRating and moreSigns]');
    expect(diagram).toContain('  summary --> exit : CHOICE [chose plan]');
    expect(diagram).toContain('  exit --> [*]');
    expect(diagram).toContain('  rating : entry askRating');
  });

  it('draws nested states inside their parent, and leaves out loops that only repeat a prompt', () => {
    const diagram = mermaidFor(repairFlow);
    expect(diagram).toMatch(/state "step" as step \{\n\s+\[\*\] --> step__explain/);
    expect(diagram).toContain('step__action --> step__leaning : CHOICE [chose leaning and onDecideStep]');
    expect(diagram).not.toContain('RESUME');
    expect(diagram).not.toContain('NUDGE');
  });

  it('names guards readably', () => {
    expect(guardLabel('needsTrack')).toBe('needsTrack');
    expect(guardLabel({ type: 'chose', params: { id: 'done' } })).toBe('chose done');
    expect(guardLabel(undefined)).toBe('');
  });

  it('writes one page per flow, then finds nothing stale; check mode reports an edited page without rewriting it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kintsugi-diagrams-'));
    const first = await writeDiagrams(flows, dir);
    expect(first.stale).toHaveLength(flows.length);
    expect(await readFile(join(dir, 'checkin.md'), 'utf8')).toBe(pageFor(checkinFlow));
    expect((await writeDiagrams(flows, dir, { check: true })).stale).toEqual([]);

    await writeFile(join(dir, 'journal.md'), 'edited by hand');
    const checked = await writeDiagrams(flows, dir, { check: true });
    expect(checked.stale).toEqual([join(dir, 'journal.md')]);
    expect(await readFile(join(dir, 'journal.md'), 'utf8')).toBe('edited by hand');
  });
});
