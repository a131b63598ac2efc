import type { RepairProgress } from '../flows/repair/progress.ts';
import type { CheckinRecord } from '../flows/checkin/record.ts';

/** Who the person is in the story: they broke trust, their trust was broken, or not sure yet. */
export type Role = 'broke' | 'hurt' | 'unsure';
/** Who the other person is to them. */
export type Relationship = 'partner' | 'friend' | 'family' | 'coworker' | 'other';
/** What broke the trust. */
export type Breach = 'infidelity' | 'lying' | 'promises' | 'neglect' | 'other';

/**
 * What the bot remembers about a person between turns. Flows read it through their input and
 * change it only by emitting `remember` patches; the engine applies them.
 */
export interface Profile {
  /** Whether they agreed that their answers and reflections may be stored. */
  consent?: boolean;
  /** Their side of the story, from onboarding. */
  role?: Role;
  /** Who the other person is to them, from onboarding. */
  relationship?: Relationship;
  /** What happened, from onboarding. */
  breach?: Breach;
  /** When onboarding finished (ms since epoch). */
  onboardedAt?: number;
  /** True after `/stop`: no proactive messages until they write again with `/start`. */
  paused?: boolean;
  /** The region used for crisis resources (ISO 3166 alpha-2, e.g. `GB`), once known or chosen. */
  country?: string;
  /** Where they are in the repair program (see flows/repair). */
  repair?: RepairProgress;
  /** Their weekly check-ins, oldest first (see flows/checkin). */
  checkins?: CheckinRecord[];
  /** Ids of the exercises they have finished (see flows/exercises). */
  exercisesDone?: string[];
  /**
   * What the safety screens found. `abuse` (someone in the relationship hurts or frightens the
   * other, whichever side the person is on) hides joint exercises and couples-style advice.
   */
  safety?: { abuse?: boolean; screenedAt?: number; hitsScore?: number };
}

/** One entry in a person's private journal: a reflection they wrote in answer to a prompt. */
export interface JournalEntry {
  /** When it was written (ms since epoch). */
  at: number;
  /** Where it came from, e.g. `repair:acknowledge` or `apology`. */
  topic: string;
  /** The question it answers. */
  prompt: string;
  /** What they wrote. */
  text: string;
}
