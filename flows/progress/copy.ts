/** What the progress flow says. */
import { ask, say, type Reply } from '../../src/reply.ts';

/** Choice ids used by the progress machine. */
export const CHOICE = { plan: 'plan', checkin: 'checkin', menu: 'menu' } as const;

/** The report, its last message carrying the choices. */
export function report(messages: readonly string[], started: boolean): Reply[] {
  const replies = messages.map((m) => say(m));
  const last = replies.pop();
  replies.push(
    ask(last?.text ?? 'Here is where you are.', [
      [CHOICE.plan, started ? 'Continue my plan' : 'Start my plan'],
      [CHOICE.checkin, 'Weekly check-in'],
      [CHOICE.menu, 'Back to menu'],
    ]),
  );
  return replies;
}
