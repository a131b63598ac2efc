import type { ConversationAddress } from './address.ts';
import type { JournalEntry, Profile } from './profile.ts';
import type { Reply } from './reply.ts';

/** The schema version of {@link Session} documents; bump it when their shape changes. */
export const SESSION_SCHEMA = 1;

/**
 * One running flow, persisted: which flow, which version of it, and its XState snapshot.
 * The top frame of the stack receives the person's messages; frames below wait to be resumed
 * (for example the repair step that was interrupted by a crisis check).
 */
export interface FlowFrame {
  /** The flow's id in the registry, e.g. `onboarding`. */
  flow: string;
  /** The flow's version when the snapshot was taken. */
  version: number;
  /** `actor.getPersistedSnapshot()` of the flow's machine. */
  snapshot: unknown;
  /** The flow's latest question, shown again after an unexpected answer or when the flow resumes. */
  prompt?: Reply;
}

/** Everything stored about one conversation. */
export interface Session {
  /** Document schema version, see {@link SESSION_SCHEMA}. */
  schema: number;
  /** Where to reach the conversation for proactive messages. */
  address: ConversationAddress;
  /** What the bot remembers about the person. */
  profile: Profile;
  /** Running flows, bottom first. Empty means "at the main menu, nothing running". */
  stack: FlowFrame[];
  /** The main menu as last shown, so typed answers ("2", "exercises") can be matched to it. */
  lastPrompt?: Reply;
  /** The person's private reflections (kept only with consent). */
  journal: JournalEntry[];
  /** When the session was created (ms since epoch). */
  createdAt: number;
  /** When the session last changed (ms since epoch). */
  updatedAt: number;
}

/**
 * Creates an empty session for a conversation.
 *
 * @example newSession({ channel: 'console', conversationId: 'me', userId: 'me' }, Date.now())
 */
export function newSession(address: ConversationAddress, now: number): Session {
  return { schema: SESSION_SCHEMA, address, profile: {}, stack: [], journal: [], createdAt: now, updatedAt: now };
}
