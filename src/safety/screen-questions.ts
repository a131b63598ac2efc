/**
 * Questions read as the statements they ask about, for the crisis screen's second reading.
 *
 * People often tell the coach what is happening by asking whether it is normal: "is it normal
 * for your husband to keep your passport?", "how do I know if he's tracking me?", "would it be
 * wrong to hope I don't wake up?". The lexicon's rules are written for the statement ("my
 * husband keeps my passport", "he's tracking me", "I hope I don't wake up"), so this rewrites
 * each question frame, from the frame to the end of its sentence, in the writer's own voice:
 * the frame is dropped, "for him to keep" becomes "he keeps", and the generic "you" of the
 * question becomes the writer ("your husband" → "my husband").
 *
 * Like the other plainer wordings (screen-rephrase.ts) it is read only as a second reading,
 * which can add a match but never take one away. Works on normalised, squashed text
 * (screen-normalize.ts): "keep" is "kep" and "you'll" is "youl".
 */

import { squashLetters } from './screen-normalize.ts';
import { CLAUSE_OPENERS, YOUR_WORDS } from './screen-voices.ts';

/**
 * A question frame: whether something is all right ("is it normal for…", "would it be wrong
 * to…"), or how to tell, or what follows ("how do I know if…", "what happens if…", "am I wrong
 * that…"). Written in squashed spelling: "wil", "tel", "se".
 */
const QUESTION_FRAME = new RegExp(
  ' (?:(?:is it|is this|is that|its|would it be|wil it be) (?:normal|ok|okay|alright|al right|weird|bad|wrong|abusive|healthy|acceptable|comon|usual|a red flag|a thing|too much|over the top|crazy|mad|strange|fine|reasonable)(?: if| that| when)?' +
    '|how (?:do|can|would|wil|should|do you|can you) (?:i|you|u|we|one) (?:know|tel|se|work out|figure out)(?: if| whether| when| that)?' +
    '|what happens (?:if|when)|what if|am i (?:wrong|crazy|overreacting|being dramatic) (?:that|if|to think|for thinking)) ',
);

/** After "for", who the question is about: "for him to", "for your husband to". */
const FOR_SOMEONE_TO = /^(?:for )?(him|her|them|(?:my|your|a|the) [a-z]+(?: [a-z]+)?) to ([a-z]+)( .*)?$/;
/** After the frame, the writer's own action: "to feel like…", "to hope…". */
const TO_DO = /^to ([a-z]+)( .*)?$/;

const SUBJECT_OF: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/** "You" words in the screen's squashed spelling ("youl" → "il"), and "u" read as "you". */
const SECOND_TO_FIRST: ReadonlyMap<string, string> = new Map([
  ...Object.entries(YOUR_WORDS).map(([you, me]): [string, string] => [squashLetters(you.replace(/'/g, '')), squashLetters(me.replace(/'/g, ''))]),
  ['u', 'you'],
]);
/** Words after which "you" is a subject ("if you leave", "I hope you"), in squashed spelling. */
const BEFORE_A_SUBJECT: ReadonlySet<string> = new Set(['', '.', 'like', 'whenever', ...[...CLAUSE_OPENERS].map(squashLetters)]);
/** Words that follow a subject "you" even where the word before it does not show it: "to feel like you have to". */
const AFTER_A_SUBJECT = new Set(['dont', 'cant', 'wont', 'didnt', 'have', 'had', 'are', 'were', 'was', 'do', 'did', 'wil', 'would', 'could', 'should', 'can', 'might', 'must', 'need', 'want', 'fel', 'get', 'kep', 'start', 'stop', 'try', 'go', 'hope', 'think', 'know', 'say', 'realy', 'ever', 'never', 'always', 'stil', 'also', 'wake', 'wana', 'gona', 'end']);

/** The question's generic "you" as the writer: "your husband" → "my husband", "tells you" → "tels me". */
function inTheWritersVoice(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const mapped = SECOND_TO_FIRST.get(word) ?? word;
    if (mapped !== 'you') return mapped;
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    return BEFORE_A_SUBJECT.has(before) || AFTER_A_SUBJECT.has(after) ? 'i' : 'me';
  });
}

/** "kep" → "keps", "go" → "goes", "try" → "tries", "have" → "has": the verb after "he". */
function thirdPerson(verb: string): string {
  if (verb === 'have') return 'has';
  if (verb === 'be') return 'is';
  if (verb === 'do' || verb === 'go') return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

/** One question's content, from after its frame to its sentence end, as a statement. */
function asStatement(rest: string): string {
  const forSomeone = FOR_SOMEONE_TO.exec(rest);
  if (forSomeone !== null) {
    const [, who = '', verb = '', tail = ''] = forSomeone;
    const subject = SUBJECT_OF[who] ?? who.replace(/^your /, 'my ');
    return `${subject} ${subject === 'they' ? verb : thirdPerson(verb)}${inTheWritersVoice(tail.split(' ')).join(' ')}`;
  }
  const toDo = TO_DO.exec(rest);
  const statement = toDo === null ? rest : `i ${toDo[1] ?? ''}${toDo[2] ?? ''}`;
  return inTheWritersVoice(statement.split(' ')).join(' ');
}

/**
 * Normalised text with every question frame rewritten as the statement it asks about. Returns
 * the text itself when it holds no question frame.
 *
 * @example questionsAsStatements('is it normal for your husband to kep your pasport') === 'my husband keps my pasport'
 * @example questionsAsStatements('how do i know if hes tracking me') === 'hes tracking me'
 */
export function questionsAsStatements(normalized: string): string {
  if (!QUESTION_FRAME.test(` ${normalized} `)) return normalized;
  return normalized
    .split(' . ')
    .map((sentence) => {
      const padded = ` ${sentence} `;
      const frame = QUESTION_FRAME.exec(padded);
      if (frame === null) return sentence;
      const before = padded.slice(0, frame.index).trim();
      const statement = asStatement(padded.slice(frame.index + frame[0].length).trim());
      return [before, statement].filter((part) => part !== '').join(' ');
    })
    .join(' . ');
}
