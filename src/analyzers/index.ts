/**
 * The free-text analyzers: pure functions of one message, no network, well under a
 * millisecond each. Definitions of every label are in `LABELS.md` beside this file.
 *
 * @example
 * import { analyzeApology, toApologyJson } from './src/analyzers/index.ts';
 * console.log(JSON.stringify(toApologyJson(analyzeApology("I'm sorry I lied."))));
 */
export * from './apology.ts';
export * from './statement.ts';
export * from './listening.ts';
