/**
 * The shape of one lexicon rule, shared by the per-category rule files in this folder.
 */
import type { RiskCategory, RiskLevel } from '../risk.ts';

/** One group of patterns that signal the same category at the same level. */
export interface LexiconRule {
  /** The kind of danger these patterns signal. */
  category: RiskCategory;
  /** How strongly they signal it. */
  level: RiskLevel;
  /** What the rule is about, for people reading this file. */
  note: string;
  /** Patterns in the screen pattern language. */
  patterns: string[];
  /** Hyperbole people also use as a joke: laughter in the message ("lol", "😂") cancels it. */
  hyperbole?: boolean;
  /** Whose danger it is when the pattern itself says so; otherwise the screen works it out. */
  victim?: 'self' | 'other';
  /**
   * `writer` when the patterns say the writer did the harm or fears doing it ("I slapped her"):
   * someone else is in danger, and the crisis flow speaks to the writer as the one who must keep
   * them safe. Implies `victim: 'other'`.
   */
  doer?: 'writer';
  /** Patterns that, found anywhere in the message, switch this rule off. */
  unless?: string[];
  /**
   * Everyday topics that explain a match only when they are in its own sentence or the next
   * ("scratched my arms raw. the cat again"), not anywhere in a long message: a question about
   * the dog or moving house must not hide a disclosure two sentences away.
   */
  unlessNear?: string[];
  /** The level to use when the message also says it is happening now ("tonight", "rn"). */
  ifNow?: RiskLevel;
}

/** Talk about ending the relationship or a situation, which makes "I want it to end" harmless. */
export const RELATIONSHIP_ACTION = [
  '(break|breaking|broke) up',
  '(leave|leaving|left|dump|dumping|divorce|divorcing) (him|her|them|my {partner})',
  'divorc*',
  'moving out',
  'this (job|class|course|semester|diet|project|commute)',
  'at work',
  'stop being (so )?(stressful|hard|busy|hectic|annoying|awkward|weird|complicated|loud|difficult|expensive|crazy)',
];
