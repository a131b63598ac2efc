import type { FlowEvent } from '../flow.ts';

/**
 * True when the event is the press of the choice named in a guard's params — the body of the
 * `chose` guard every flow uses: `guard: { type: 'chose', params: { id: 'done' } }`.
 * (Params are typed `unknown` because XState's `enqueueActions` typing rejects setups whose
 * guards declare parameter types.)
 *
 * @example isChoice({ type: 'CHOICE', id: 'done', at: 0 }, { id: 'done' }) // true
 */
export function isChoice(event: FlowEvent, params: unknown): boolean {
  return event.type === 'CHOICE' && event.id === (params as { id?: unknown } | undefined)?.id;
}
