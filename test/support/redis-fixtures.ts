import { newSession, type Session } from '../../src/session.ts';

/** Something personal that must never show up in raw Redis values when encryption is on. */
export const SECRET_REFLECTION = 'I hid the second phone from Sam for a year';

/**
 * A session for `telegram:<id>` with personal content in its profile and journal.
 * @example sessionFor('42', 3) // journal holds 3 entries
 */
export function sessionFor(conversationId: string, journalEntries = 1): Session {
  const session = newSession({ channel: 'telegram', conversationId, userId: conversationId }, 1_700_000_000_000);
  session.profile = { consent: true, role: 'broke', relationship: 'partner', breach: 'lying' };
  for (let i = 0; i < journalEntries; i++) {
    session.journal.push({ at: 1_700_000_000_000 + i, topic: 'repair:acknowledge', prompt: 'What happened?', text: `${SECRET_REFLECTION} #${i}` });
  }
  return session;
}
