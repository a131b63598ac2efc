import type { AnyStateMachine } from 'xstate';
import type { JournalEntry, Profile } from '../src/profile.ts';
import type { Reply } from '../src/reply.ts';
import type { DangerWhose } from '../src/safety/risk.ts';

/**
 * What the engine sends a flow. Flows are button-first: `CHOICE` carries the id of a pressed
 * choice (typed labels and numbers are mapped to it by the engine), `TEXT` carries free text.
 * A state that does not accept `TEXT` gets a kind nudge from the engine instead.
 */
export type FlowEvent =
  /** The person pressed (or typed) a choice offered by the flow. */
  | { type: 'CHOICE'; id: string; at: number }
  /** The person typed something that is not one of the offered choices. */
  | { type: 'TEXT'; text: string; at: number }
  /** `/back`: go one step back, if the state allows it. */
  | { type: 'BACK'; at: number }
  /** The flow is on top of the stack again after another flow finished above it. */
  | { type: 'RESUME'; at: number }
  /** A scheduled reminder fired for this conversation. */
  | { type: 'NUDGE'; at: number }
  /** A navigation command (`/menu`, `/start`, a flow command) reached a flow that holds the floor. */
  | { type: 'NAVIGATE'; to: string; at: number };

/**
 * What a flow emits (XState `emit`) for the engine to act on, in order.
 * Flows never talk to a platform or a store directly.
 */
export type FlowEmitted =
  /** Say something to the person. */
  | { type: 'reply'; reply: Reply }
  /** Remember something about the person (merged into their profile). */
  | { type: 'remember'; patch: Partial<Profile> }
  /** Save a reflection to their private journal (dropped unless they consented to storage). */
  | { type: 'journal'; entry: Omit<JournalEntry, 'at'> }
  /** A safety event for the operator's human-escalation hook (no message text). */
  | { type: 'escalate'; category: string; level: string; whose: DangerWhose };

/** What a flow is started with. Everything is plain JSON so snapshots persist cleanly. */
export interface FlowInput {
  /** The person's profile as stored. */
  profile: Profile;
  /** Their journal (read-only), for flows that show or summarise it. */
  journal: JournalEntry[];
  /** When the flow started (ms since epoch). */
  now: number;
  /** Arguments from whoever started the flow, e.g. `{ category: 'suicide' }` for the crisis flow; the engine adds the person's `locale` and `timeZone` when the platform reports them. */
  args: Record<string, string>;
}

/** What a flow's final state outputs: where to go next. */
export interface FlowOutput {
  /** Start this flow next (`menu` for the main menu). Without it the flow below resumes, or the menu shows. */
  next?: string;
  /** Arguments for the next flow. */
  args?: Record<string, string>;
  /** Erase everything stored about this conversation (the `/forget` flow, after confirmation). */
  erase?: boolean;
}

/** An entry on the main menu that starts a flow. */
export interface MenuEntry {
  /** The button label. */
  label: string;
  /** Position on the menu; lower comes first. */
  order: number;
  /** Show the entry only when this returns true (e.g. hide joint exercises after a positive abuse screen). */
  visible?: (profile: Profile) => boolean;
}

/**
 * A flow the engine can run: an XState machine plus how people reach it.
 * Machines take {@link FlowInput}, accept {@link FlowEvent}s, emit {@link FlowEmitted} and
 * output {@link FlowOutput} when they reach a final state.
 *
 * @example
 * export const checkinFlow: FlowDefinition = { id: 'checkin', version: 1, title: 'Weekly check-in', machine, commands: ['checkin'] };
 */
export interface FlowDefinition {
  /** Stable id, stored with snapshots. */
  id: string;
  /** Bump when the machine's states change; old snapshots are then migrated or gently restarted. */
  version: number;
  /** Human name, used in diagrams and recaps. */
  title: string;
  /** The machine. */
  machine: AnyStateMachine;
  /** How the flow appears on the main menu, if it does. */
  menu?: MenuEntry;
  /** Slash commands (without the slash) that start the flow from anywhere, e.g. `checkin`. */
  commands?: string[];
  /**
   * A flow that holds the floor (the crisis check) is not replaced by navigation commands;
   * it receives them as `NAVIGATE` events and decides.
   */
  holdsFloor?: boolean;
  /**
   * Turns a snapshot stored by an older version into one this version can restore, or returns
   * `undefined` to restart the flow gently. Omit to always restart.
   */
  migrate?: (snapshot: unknown, fromVersion: number) => unknown;
}

/**
 * The XState `types` every flow machine declares: its own context plus the shared flow contract.
 *
 * @example setup({ types: {} as FlowTypes<{ step: number }>, actions: { … } })
 */
export interface FlowTypes<Context> {
  context: Context;
  input: FlowInput;
  events: FlowEvent;
  emitted: FlowEmitted;
  output: FlowOutput;
}
