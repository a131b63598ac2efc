/**
 * The I-statement builder's pure parts: feedback on what the person first typed, checks on
 * the behaviour they describe, and putting the pieces together as
 * "I feel <feeling> when <behaviour> because <need>. Could we <request>?".
 */
import { analyzeStatement, type StatementAnalysis } from '../../src/analyzers/statement.ts';
import { say, type Reply } from '../../src/reply.ts';
import * as copy from './copy.ts';

/** The pieces of an I-statement as the person gave them. */
export interface StatementParts {
  feeling: string;
  behaviour: string;
  need: string;
  request: string | null;
}

/** Whether a statement already has every part and no blame. */
export function isCompleteIStatement(s: StatementAnalysis): boolean {
  return s.kind === 'i_statement' && s.feeling && s.behaviour && s.need && s.request && s.absolutes.length === 0 && s.labels.length === 0 && !s.mindReading;
}

/** What the analyzer noticed in the person's first version, quoting them. */
export function statementFeedback(s: StatementAnalysis): Reply[] {
  const notes: string[] = [];
  if (s.kind === 'you_statement' && s.evidence.you !== undefined && !s.mindReading && s.labels.length === 0) notes.push(`• "${s.evidence.you}" ${copy.youNote}`);
  for (const word of s.absolutes) notes.push(`• "${word}" ${copy.absoluteNote}`);
  for (const word of s.labels) notes.push(`• "${word}" ${copy.labelNote}`);
  if (s.mindReading && s.evidence.mindReading !== undefined) notes.push(`• "${s.evidence.mindReading}" ${copy.mindNote}`);
  const replies: Reply[] = [];
  if (notes.length > 0) replies.push(say([copy.noticedHeading, ...notes].join('\n')));
  const there: string[] = [];
  if (s.feeling && s.evidence.feeling) there.push(`your feeling ("${s.evidence.feeling}")`);
  if (s.behaviour && s.evidence.behaviour) there.push(`what happened ("${s.evidence.behaviour}")`);
  if (s.need && s.evidence.need) there.push(`your need ("${s.evidence.need}")`);
  if (s.request && s.evidence.request) there.push(`a request ("${s.evidence.request}")`);
  if (there.length > 0) replies.push(say(copy.alreadyThere(there)));
  return replies;
}

/** Problems in a described behaviour (absolutes, labels, guesses), as short notes; empty when clean. */
export function behaviourIssues(behaviour: string): string[] {
  const s = analyzeStatement(`I feel hurt ${asWhenClause(behaviour)}.`);
  const issues: string[] = [];
  for (const word of s.absolutes) issues.push(copy.behaviourAbsolute(word));
  for (const word of s.labels) issues.push(copy.behaviourLabel(word));
  if (s.mindReading) issues.push(copy.behaviourMind(clean(behaviour)));
  return issues;
}

/** Trims spaces, quote marks and closing punctuation. */
function clean(text: string): string {
  return text.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/[\s.!?,;:]+$/, '').trim();
}

/** Lower-cases the first letter unless the word is "I" or "I'm"-like. */
function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A feeling as typed ("I feel really hurt." → "really hurt"). */
export function asFeeling(text: string): string {
  return lowerFirst(clean(text).replace(/^(?:i\s+(?:feel|felt|am|was)|i['’]?m|im)\s+/i, ''));
}

/** A behaviour as a "when …" clause ("you left early" → "when you left early"). */
export function asWhenClause(text: string): string {
  const t = lowerFirst(clean(text));
  return /^(?:when|whenever|after|if)\b/i.test(t) ? t : `when ${t}`;
}

/** A need as a clause that follows "because" ("respect" → "I need respect"). */
export function asNeed(text: string): string {
  const t = lowerFirst(clean(text).replace(/^because\s+/i, ''));
  return /\b(?:i|me|my|us|we)\b/i.test(t) ? t : `I need ${t}`;
}

/** A request as a question ("put phones away" → "Could we put phones away?"). */
export function asRequest(text: string): string {
  const t = clean(text);
  if (/^(?:could|can|would|will)\s+(?:we|you)\b/i.test(t)) return `${t.charAt(0).toUpperCase()}${t.slice(1)}?`;
  if (/^(?:please|i['’]?d like|i would like)\b/i.test(t)) return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
  return `Could we ${lowerFirst(t.replace(/^we\s+/i, ''))}?`;
}

/**
 * Puts the pieces together.
 *
 * @example composeIStatement({ feeling: 'unheard', behaviour: 'my concerns get brushed off', need: 'to feel listened to', request: 'talk after dinner' })
 * // 'I feel unheard when my concerns get brushed off because I need to feel listened to. Could we talk after dinner?'
 */
export function composeIStatement(parts: StatementParts): string {
  const need = asNeed(parts.need);
  const core = `I feel ${asFeeling(parts.feeling)} ${asWhenClause(parts.behaviour)} because ${need}.`;
  return parts.request === null ? core : `${core} ${asRequest(parts.request)}`;
}
