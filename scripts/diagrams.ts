/**
 * Draws every flow as a Mermaid state diagram in `docs/flows/<id>.md`, straight from the
 * machine definitions, so content designers can see a flow's shape without reading code.
 *
 *   npm run diagrams            write the diagrams
 *   npm run diagrams -- --check exit 1 when a diagram is missing or stale (for CI)
 *
 * Each state shows its entry actions (what the bot says there); each arrow shows the event and
 * the guard, e.g. `CHOICE [chose done]`. Self-loops on RESUME and NUDGE, which only repeat the
 * current prompt, are left out to keep the picture readable.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyStateNode } from 'xstate';
import type { FlowDefinition } from '../flows/flow.ts';

/** Events that only repeat the current prompt when they loop back to the same state. */
const REPEATS = new Set(['RESUME', 'NUDGE']);

/** A transition as the xstate state node exposes it (only the parts drawn). */
interface Edge {
  target?: readonly AnyStateNode[];
  guard?: unknown;
  reenter?: boolean;
}

function mermaidId(node: AnyStateNode): string {
  return node.path.length === 0 ? 'root' : node.path.join('__').replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * A guard as a short label: `needsTrack`, `chose done`, `chose exercise and exerciseOffered`.
 *
 * @example guardLabel({ type: 'chose', params: { id: 'done' } }) // 'chose done'
 */
export function guardLabel(guard: unknown): string {
  if (guard === undefined || guard === null) return '';
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const parts = (guard as { guards?: unknown[] }).guards;
    const name = guard.name || 'guard';
    if (Array.isArray(parts)) return parts.map(guardLabel).join(` ${name} `);
    return name;
  }
  if (typeof guard === 'object') {
    const { type, params } = guard as { type?: string; params?: unknown };
    if (params && typeof params === 'object') {
      const values = Object.values(params as Record<string, unknown>).map(String).join(' ');
      return `${type ?? 'guard'} ${values}`.trim();
    }
    return type ?? 'guard';
  }
  return String(guard);
}

function actionNames(actions: readonly unknown[]): string[] {
  return actions
    .map((a) => (typeof a === 'string' ? a : typeof a === 'object' && a && 'type' in a ? String((a as { type: unknown }).type) : ''))
    .filter((name) => name !== '');
}

function escapeLabel(text: string): string {
  return text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();
}

function declare(node: AnyStateNode, indent: string, lines: string[]): void {
  for (const child of Object.values(node.states) as AnyStateNode[]) {
    const id = mermaidId(child);
    const key = child.key;
    const children = Object.values(child.states) as AnyStateNode[];
    if (children.length > 0) {
      lines.push(`${indent}state "${key}" as ${id} {`);
      const initial = child.initial?.target?.[0] as AnyStateNode | undefined;
      if (initial) lines.push(`${indent}  [*] --> ${mermaidId(initial)}`);
      declare(child, `${indent}  `, lines);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}state "${key}" as ${id}`);
    }
    const entry = actionNames(child.entry as readonly unknown[]);
    if (entry.length > 0) lines.push(`${indent}${id} : entry ${entry.join(', ')}`);
    if (child.type === 'final') lines.push(`${indent}${id} --> [*]`);
  }
}

function edges(node: AnyStateNode, lines: string[]): void {
  for (const child of Object.values(node.states) as AnyStateNode[]) {
    const from = mermaidId(child);
    const add = (event: string, edge: Edge): void => {
      const targets = edge.target && edge.target.length > 0 ? edge.target : [child];
      for (const target of targets) {
        if (REPEATS.has(event) && target === child) continue;
        const guard = guardLabel(edge.guard);
        const label = escapeLabel(`${event}${guard ? ` [${guard}]` : ''}`);
        lines.push(`  ${from} --> ${mermaidId(target)}${label ? ` : ${label}` : ''}`);
      }
    };
    for (const [event, list] of child.transitions as Map<string, Edge[]>) for (const edge of list) add(event, edge);
    for (const edge of (child.always ?? []) as Edge[]) add('', edge);
    edges(child, lines);
  }
}

/**
 * The Mermaid `stateDiagram-v2` source for one flow's machine.
 *
 * @example mermaidFor(checkinFlow).startsWith('stateDiagram-v2') // true
 */
export function mermaidFor(flow: FlowDefinition): string {
  const root = flow.machine.root as AnyStateNode;
  const lines = ['stateDiagram-v2'];
  const initial = root.initial?.target?.[0] as AnyStateNode | undefined;
  if (initial) lines.push(`  [*] --> ${mermaidId(initial)}`);
  declare(root, '  ', lines);
  edges(root, lines);
  return `${lines.join('\n')}\n`;
}

/**
 * The whole Markdown page for one flow.
 *
 * @example pageFor(checkinFlow).includes('```mermaid') // true
 */
export function pageFor(flow: FlowDefinition): string {
  const how = [
    flow.menu ? `on the main menu as “${flow.menu.label}”` : undefined,
    flow.commands?.length ? `with ${flow.commands.map((c) => `\`/${c}\``).join(', ')}` : undefined,
  ].filter(Boolean);
  return [
    `# ${flow.title} (\`${flow.id}\`, version ${flow.version})`,
    '',
    '<!-- Generated by `npm run diagrams` from the machine definition. Do not edit by hand. -->',
    '',
    how.length ? `Reached ${how.join(' and ')}.` : 'Started by other flows or by the engine.',
    'Arrows show the event and, in brackets, its guard. States that repeat their prompt on `RESUME` and `NUDGE` do so without a drawn loop.',
    '',
    '```mermaid',
    mermaidFor(flow).trimEnd(),
    '```',
    '',
  ].join('\n');
}

/** What `writeDiagrams` did or found. */
export interface DiagramResult {
  /** Files whose content differs from the machines (written unless checking). */
  stale: string[];
  /** All files considered. */
  files: string[];
}

/**
 * Writes (or with `check`, only compares) one diagram page per flow into `dir`.
 *
 * @example await writeDiagrams(allFlows, 'docs/flows', { check: true })
 */
export async function writeDiagrams(flows: readonly FlowDefinition[], dir: string, options: { check?: boolean } = {}): Promise<DiagramResult> {
  const stale: string[] = [];
  const files: string[] = [];
  if (!options.check) await mkdir(dir, { recursive: true });
  for (const flow of flows) {
    const file = join(dir, `${flow.id}.md`);
    files.push(file);
    const want = pageFor(flow);
    const have = await readFile(file, 'utf8').catch(() => undefined);
    if (have === want) continue;
    stale.push(file);
    if (!options.check) await writeFile(file, want);
  }
  return { stale, files };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { allFlows } = (await import('../src/flows-registry.ts')) as { allFlows: FlowDefinition[] };
  const dir = join(root, 'docs', 'flows');
  const { stale, files } = await writeDiagrams(allFlows, dir, { check });
  const known = new Set(files.map((f) => f.slice(dir.length + 1)));
  const orphans = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.md') && f !== 'README.md' && !known.has(f));
  if (check) {
    if (stale.length > 0 || orphans.length > 0) {
      for (const f of stale) console.error(`stale or missing: ${f}`);
      for (const f of orphans) console.error(`no flow for: docs/flows/${f} (delete it)`);
      console.error('The flow diagrams are out of date: run `npm run diagrams` and commit docs/flows/.');
      process.exit(1);
    }
    console.log(`diagrams: ${files.length} up to date`);
    return;
  }
  for (const f of orphans) console.warn(`no flow for: docs/flows/${f} (delete it by hand)`);
  console.log(`diagrams: wrote ${stale.length} of ${files.length} into docs/flows/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
