import { findAll, findFirst, prepare, quoteFromHit, type Hit, type PreparedText } from './text.ts';

/** What kind of sentence it is: blaming "you …", owning "I feel …", or neither. */
export type StatementKind = 'you_statement' | 'i_statement' | 'neutral';

/**
 * What {@link analyzeStatement} found in something the person wants to say. See `LABELS.md`
 * beside this file for the definitions the fixtures are labelled with.
 *
 * @example analyzeStatement('You never listen to me').absolutes // ['never']
 */
export interface StatementAnalysis {
  /** Blaming, owning or neither. "I feel like you don't care" is a disguised you-statement. */
  kind: StatementKind;
  /** Absolute words, lower case, in order, once each: `always`, `never`, `every time`, … */
  absolutes: string[];
  /** Name-calling aimed at the other person: `selfish`, `liar`, `control freak`, … */
  labels: string[];
  /** Claims about what the other person thinks, feels or intends ("you don't care"). */
  mindReading: boolean;
  /** Names one of the speaker's own feelings ("I feel hurt", "I'm worried"). */
  feeling: boolean;
  /** Names a specific, observable behaviour or situation ("when plans change at the last minute"). */
  behaviour: boolean;
  /** Names the speaker's need or value ("because I need to feel safe", "it matters to me"). */
  need: boolean;
  /** Makes a concrete, non-sarcastic request ("Could we…?", "Would you…?", "I'd like us to…"). */
  request: boolean;
  /** The clause of the person's own words behind each finding, for feedback. */
  evidence: Partial<Record<'you' | 'absolutes' | 'labels' | 'mindReading' | 'feeling' | 'behaviour' | 'need' | 'request', string>>;
}

/** Feelings a person can name; also offered as choices by the I-statement builder. */
export const FEELING_WORDS: readonly string[] = [
  'hurt', 'sad', 'angry', 'mad', 'upset', 'frustrated', 'disappointed', 'lonely', 'alone', 'scared', 'afraid',
  'anxious', 'worried', 'nervous', 'unheard', 'ignored', 'unimportant', 'invisible', 'disrespected', 'dismissed',
  'embarrassed', 'humiliated', 'ashamed', 'overwhelmed', 'exhausted', 'confused', 'jealous', 'insecure', 'unsafe',
  'unloved', 'unappreciated', 'taken for granted', 'rejected', 'abandoned', 'betrayed', 'happy', 'grateful', 'loved',
  'relieved', 'hopeful', 'excited', 'calm', 'safe', 'helpless', 'hopeless', 'stressed', 'resentful', 'neglected',
  'heartbroken', 'devastated', 'guilty', 'left out', 'on edge', 'drained', 'shut out', 'pushed away', 'let down',
  'uneasy', 'hurting', 'furious', 'annoyed', 'irritated', 'uncomfortable', 'insulted', 'powerless', 'torn', 'terrified',
];

const FEELINGS = FEELING_WORDS.map((w) => w.replace(/ /g, ' ')).join('|');
const LABEL_WORDS = String.raw`selfish|lazy|liar|idiot|stupid|useless|pathetic|crazy|psycho|jerk|dramatic|immature|inconsiderate|controlling|control freak|narcissist|manipulative|toxic|heartless|childish|loser|insensitive|ridiculous|hypocrite|clueless|careless|arrogant|rude|mean|cruel|cold|terrible listener|bad listener|the worst|a joke|a mess|worthless|disgusting|bitch|asshole|dick|moron|cheat|cheater|slob|nag|drama queen|baby|coward|spoiled|spoilt|useless|unreliable|irresponsible|paranoid|needy|clingy|dumb|fake|two faced|unfair|unreasonable|ungrateful|annoying|impossible|difficult|hurtful|negative`;
const INTENSIFIERS = String.raw`so|such|a|an|really|just|the|total|complete|fucking|bloody|absolute|always|being|very|too|literally|honestly|such an|massive|huge|big|little`;

const LABEL = new RegExp(String.raw`\b(?:youre|you are|your|you|being|such an?|what an?|you re|stop being|u r)\s+(?:(?:${INTENSIFIERS}|${LABEL_WORDS})\s+)*(${LABEL_WORDS})\b`, 'g');

const ABSOLUTE = /\b(always|never|every single time|every time|each time|each and every time|constantly|all the time|24 7|nonstop|forever)\b/g;

const MIND_READING: readonly RegExp[] = [
  /\byou (?:(?:just|obviously|clearly|only|really|simply|dont even|never|even) )*(?:dont|do not|never|didnt|did not|wont|cant|couldnt) (?:even |really |ever )?(?:care|love|respect|value|appreciate|want|think about|think of|consider|give a|like me|trust)\b/g,
  /\byou (?:(?:just|obviously|clearly|only|really|simply|secretly|probably|must) )*(?:want|wanna|wanted|want) (?:to|me to)\b/g,
  /\b(?<!do |what do |dont |did )you (?:(?:just|obviously|clearly|only|really|probably|must) )*(?:think|believe|assume|imagine)\b/g,
  /\byou (?:(?:just|obviously|clearly|only|always|never) )*(?:think|care) (?:about|of) (?:yourself|anyone|anybody|no one|nobody)\b/g,
  /\b(?:on purpose|deliberately|intentionally)\b/g,
  /\byou(?:re| are)? (?:(?:just|obviously|clearly|only|always) )*(?:trying to|hiding something|ignoring me|out to get|enjoying)\b/g,
  /\byou (?:couldnt|could not) care less\b|\byou know it\b|\byou enjoy\b|\byou like (?:hurting|making|seeing)\b/g,
  /\byou(?:re| are)? (?:(?:just|obviously|clearly) )*(?:doing it|doing this|doing that) to\b/g,
  /\bwhy (?:cant|can not|wont|dont) you (?:ever )?(?:think|care)\b/g,
];

const FEELING = new RegExp(String.raw`\b(?:i|im|ive|id)\s+(?:(?:feel|felt|feeling|am|was|get|got|been|have been|had been|so|really|very|kind of|kinda|a bit|a little|pretty|quite|just|incredibly|super|extremely|deeply|totally|completely|honestly|starting to|getting|becoming|sometimes|often|also|still|always|genuinely|actually)\s+)*(${FEELINGS})\b(?! (?:of|with) (?:you|u|your|ur|this)\b)`, 'g');
const LOVE = /\bi (?:really )?love (?:you|u)\b|\bit (?:really |still )?hurts? (?:me )?(?:so much |a lot )?(?:when|that)\b|\bmakes? me feel (?:so |really |very )?(?:small|unwanted|worthless|stupid|invisible|unimportant|ignored|hurt|sad|lonely|alone|anxious|scared|unsafe|disrespected|unloved|judged)\b|\bi feel like (?:a|an) (?:failure|burden|fool|idiot|outsider|stranger|afterthought|third wheel)\b|\bi feel (?:like )?(?:i dont matter|second best|alone)\b/g;

const BEHAVIOUR_CLAUSE = /\b(?:when|whenever|after|that)\s+((?:\w+\s+){1,}\w+)/g;
const WHEN_FIRST = /^(?:when|whenever|after)\s+(?:\w+\s+){1,}\w+/g;

const NEED: readonly RegExp[] = [
  /\bi (?:really |just |also )?need (?!you\b|u\b|to (?:talk|go|know what)\b)\w+/g,
  /\bbecause (?:i|id|im) (?:really |just )?(?:need|value|want|look forward|care about|love|like to|would like|rely|depend|feel safer)\b/g,
  /\b(?:is|are|its|it is|s) (?:really |so |very )?important to (?:me|us)\b|\bmatters? (?:a lot |so much |very much )?to (?:me|us)\b/g,
  /\bi (?:really )?value\b|\bi want to feel\b|\bi need to (?:feel|know|trust|be)\b/g,
];

const REQUEST: readonly RegExp[] = [
  /\b(?:could|can|would|will) (?:we|you|u)\b(?! ever\b)(?! even\b)/g,
  /\bplease\b(?! just forgive)/g,
  /\b(?:id|i would) (?:really )?(?:like|love) (?:us|you|it if|for us|for you|to ask)\b/g,
  /\bwould you be (?:willing|open|up for|ok|okay)\b|\blets\b|\bhow about (?:we|you)\b|\bmaybe we could\b|\bim asking (?:you|for)\b/g,
];

const BLAME: readonly RegExp[] = [
  /\b(?:you|your|youre|you are)\b(?:\s+\w+){0,6}\s+(?:always|never|constantly|all the time|every time|every single time|forever)\b/g,
  /\b(?:always|never|constantly|every time|every single time|all the time)\b(?:\s+\w+){0,6}\s+(?:you|your|youre)\b/g,
  /\bwhy (?:do|does|are|cant|cannot|wont|dont|is|did|didnt|would) (?:you|your)\b/g,
  /\b(?:can|could|will|do) you (?:ever|even)\b/g,
  /\byou (?:make|made|drive|drove) me\b/g,
  /\b(?:tired|sick) of (?:you|your)\b/g,
  /\bi (?:feel|felt|think) (?:like|that|as if) (?:you|your|youre)\b/g,
];

/** Removes "when …"/"that …" clauses that describe a behaviour, so they are not read as blame. */
function withoutBehaviourClauses(sentence: string): string {
  return sentence.replace(/\b(?:when|whenever|after|that|because|while)\b.*$/, '').trim();
}

/** Whether a sentence is a request (asked, not demanded). */
function isRequestSentence(sentence: string): boolean {
  return REQUEST.some((re) => {
    re.lastIndex = 0;
    return re.test(sentence);
  }) && !/^why\b/.test(sentence);
}

/** Finds the feeling statement, accepting only the speaker's own feelings. */
function findFeeling(text: PreparedText): Hit | undefined {
  return findFirst(text, [FEELING, LOVE], (s, m) => {
    const found = m[0];
    if (/\bfeel(?:s|ing)? (?:like|that|as if) (?:you|your|youre|u)\b/.test(found)) return false;
    if (/^i\s*$/.test(found)) return false;
    if (/\btired of\b/.test(s.slice(m.index, m.index + found.length + 8)) && /tired$/.test(found)) return false;
    return true;
  });
}

/**
 * Reads what the person wants to say and spots blame, absolutes, name-calling and
 * mind-reading, and the parts of an I-statement (feeling, behaviour, need, request).
 * Pure and fast (no network).
 *
 * @example analyzeStatement('I feel unheard when my concerns aren\'t acknowledged').kind // 'i_statement'
 */
export function analyzeStatement(text: string): StatementAnalysis {
  const prepared = prepare(text);
  const evidence: StatementAnalysis['evidence'] = {};

  const labelHits = findAll(prepared, [LABEL]).filter((h) => !/\b(?:im|i am|i was|i feel)\s*$/.test((prepared.sentences[h.sentence]?.norm ?? '').slice(0, h.match.index)));
  const labels = unique(labelHits.flatMap((h) => labelWordsIn(h.match[0])));
  if (labelHits[0]) evidence.labels = labelHits[0].quote;

  const absoluteHits = findAll(prepared, [ABSOLUTE]).filter((h) => !/\bnot\s*$/.test((prepared.sentences[h.sentence]?.norm ?? '').slice(0, h.match.index)));
  const absolutes = unique(absoluteHits.map((h) => (h.match[1] ?? h.match[0]).replace('24 7', '24/7')));
  if (absoluteHits[0]) evidence.absolutes = absoluteHits[0].quote;

  const mindHit = findFirst(prepared, MIND_READING);
  if (mindHit) evidence.mindReading = mindHit.quote;

  const feelingHit = findFeeling(prepared);
  if (feelingHit) evidence.feeling = feelingHit.quote;

  const behaviourHit = findBehaviour(prepared, feelingHit);
  if (behaviourHit) evidence.behaviour = quoteFromHit(prepared, behaviourHit, /\b(?:because|but|so i|and i (?:feel|felt|get|need))\b|\bi (?:feel|felt|get|got|am|im|was)\b/);

  const needHit = findFirst(prepared, NEED);
  if (needHit) evidence.need = quoteFromHit(prepared, needHit);

  const requestHit = findFirst(prepared, REQUEST, (s) => isRequestSentence(s) && !/\b(?:always|never|every time)\b/.test(s) && !LABEL_TEST(s));
  if (requestHit) evidence.request = quoteFromHit(prepared, requestHit);

  const blameHit = findFirst(prepared, BLAME, (s, m) => {
    if (isRequestSentence(s) && !/^(?:can|could|will|do) you (?:ever|even)/.test(m[0])) return false;
    if (/^(?:you|your|youre|you are)\b/.test(m[0])) return withoutBehaviourClauses(s).includes(m[0].split(' ')[0] as string) && m.index < withoutBehaviourClauses(s).length;
    return true;
  });
  if (blameHit) evidence.you = blameHit.quote;
  else if (labelHits[0]) evidence.you = labelHits[0].quote;
  else if (mindHit) evidence.you = mindHit.quote;

  const blaming = labels.length > 0 || mindHit !== undefined || blameHit !== undefined;
  const owning = feelingHit !== undefined || needHit !== undefined || findFirst(prepared, [/\b(?:id|i would) (?:really )?(?:like|love) (?:us|you|for us|it if)\b/g]) !== undefined;
  const kind: StatementKind = blaming ? 'you_statement' : owning ? 'i_statement' : 'neutral';

  return {
    kind,
    absolutes,
    labels,
    mindReading: mindHit !== undefined,
    feeling: feelingHit !== undefined,
    behaviour: behaviourHit !== undefined,
    need: needHit !== undefined,
    request: requestHit !== undefined,
    evidence,
  };
}

/** Whether a normalised sentence contains name-calling. */
function LABEL_TEST(sentence: string): boolean {
  LABEL.lastIndex = 0;
  return LABEL.test(sentence);
}

/** Finds a specific behaviour: a "when …"/"that …" clause in a sentence that names a feeling. */
function findBehaviour(text: PreparedText, feeling: Hit | undefined): Hit | undefined {
  if (feeling === undefined) return undefined;
  return findFirst(text, [BEHAVIOUR_CLAUSE, WHEN_FIRST], (s, m) => {
    const clause = m[1] ?? m[0];
    const hasFeeling = findFeeling(prepare(s)) !== undefined;
    if (!hasFeeling) return false;
    if (/^that (?:you|your|youre|u) (?:dont|never|think|want)\b/.test(m[0]) && MIND_READING.some((re) => ((re.lastIndex = 0), re.test(clause)))) return false;
    if (/^(?:that|when) i (?:can|could|cant|am|m|matter)\b/.test(m[0])) return false;
    if (MIND_READING.some((re) => ((re.lastIndex = 0), re.test(clause)))) return false;
    if (LABEL_TEST(clause)) return false;
    if (/^that\s/.test(m[0]) && /\b(?:feel|felt|feeling)\s+that\s*$/.test(s.slice(0, m.index + 5))) return false;
    return true;
  });
}

/** The label words inside one name-calling match ("such a selfish jerk" → selfish, jerk). */
function labelWordsIn(found: string): string[] {
  const re = new RegExp(String.raw`\b(${LABEL_WORDS})\b`, 'g');
  return [...found.matchAll(re)].map((m) => m[1] as string);
}

/** Keeps the first of each value, in order. */
function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The JSON shape printed by `kintsugi analyze statement "<text>" --json`.
 *
 * @example toStatementJson(analyzeStatement('You never listen'))
 * // { kind: 'you_statement', absolutes: ['never'], feeling: false, behaviour: false, need: false, request: false }
 */
export function toStatementJson(s: StatementAnalysis): { kind: StatementKind; absolutes: string[]; feeling: boolean; behaviour: boolean; need: boolean; request: boolean } {
  return { kind: s.kind, absolutes: [...s.absolutes], feeling: s.feeling, behaviour: s.behaviour, need: s.need, request: s.request };
}
