import { findFirst, negatedBefore, prepare, type Hit, type PreparedText } from './text.ts';

/**
 * The parts of a sincere apology. See `LABELS.md` beside this file for the exact definitions
 * the fixtures are labelled with.
 */
export interface ApologyComponents {
  /** Names the specific thing they did ("I lied about where I was"), not just "what I did". */
  acknowledgement: boolean;
  /** Owns it ("that's on me", "I was wrong", "no excuse"). */
  responsibility: boolean;
  /** Sorrow, or understanding of the hurt caused ("I'm sorry", "I know how much that hurt you"). */
  regret: boolean;
  /** A concrete commitment about future behaviour ("from now on I'll call if I'm late"). */
  change: boolean;
  /** Offers repair or asks what the other needs ("what would help you feel safe again?"). */
  amends: boolean;
}

/** The components, as a list of names. */
export type ApologyComponent = keyof ApologyComponents;

/** Habits that undo an apology. */
export type ApologyAntipattern = 'excuse' | 'blame_shift' | 'conditional' | 'minimising' | 'forgiveness_demand';

/** The order components are reported and coached in. */
export const APOLOGY_COMPONENTS: readonly ApologyComponent[] = ['acknowledgement', 'responsibility', 'regret', 'change', 'amends'];

/** The order anti-patterns are reported in. */
export const APOLOGY_ANTIPATTERNS: readonly ApologyAntipattern[] = ['excuse', 'blame_shift', 'conditional', 'minimising', 'forgiveness_demand'];

/**
 * What {@link analyzeApology} found in a draft apology.
 *
 * @example analyzeApology("I'm sorry I lied. It won't happen again.").components.regret // true
 */
export interface ApologyAnalysis {
  /** Which parts of a sincere apology are there. */
  components: ApologyComponents;
  /** Which habits that undo an apology are there, in {@link APOLOGY_ANTIPATTERNS} order. */
  antipatterns: ApologyAntipattern[];
  /** 0..100: 20 per component, minus 15 per anti-pattern; 0 when it is not an apology. */
  score: number;
  /** For each finding, the clause of the person's own words it was found in, for feedback. */
  evidence: Partial<Record<ApologyComponent | ApologyAntipattern, string>>;
  /** Whether the text attempts an apology at all (sorrow, ownership, or asking forgiveness). */
  isApology: boolean;
}

const VAGUE = String.raw`(?:it|that|this|everything|anything|something|all|all of it|what i did|what happened|the thing|stuff|things|whatever)`;
const SORROW = /\b(sorry|apologise|apologising|apology|regret|regrets|regretful|remorse|ashamed|feel (?:(?:so|really|very|truly|deeply|just) )*(?:terrible|awful|bad|horrible|sick|guilty|dreadful))\b/g;
const REPORTED = /\b(said|say|saying|told you|tell you|texted|already|apologised|keep saying|kept saying)\s+(?:that\s+)?(?:(?:i|im|i am|i was|i was really)\s+)?(?:so\s+|really\s+)?$/;
const CONDITIONAL_AFTER = /^(sorry|apologise|apology)\s+(if\b|you\s+(feel|felt|were|are|got|get|think|thought|took)\b|that\s+you\s+(feel|felt|were|are|got|get)\b|(to|for)\s+(whatever|any)\b)/;

const UNDERSTANDING: readonly RegExp[] = [
  /\bi (?:know|understand|can see|see|get|realise|realize|can only imagine|cant imagine)\b(?: \w+){0,8} (hurt|hurting|pain|painful|scared|frightened|upset|humiliat\w*|let you down|alone|lonely|unimportant|wanted me|cant trust|couldnt trust|betrayed|devastat\w*)\b/g,
  /\bi (hurt|humiliated|betrayed|let) you\b/g,
  /\b(how much|the) (pain|hurt)\b/g,
  /\byou needed me\b/g,
];

const ACK_VERBS = String.raw`(?:lied|lie|cheated|yelled|shouted|screamed|snapped|swore|forgot|missed|broke|hid|betrayed|stole|took credit|took|read|went through|looked (?:at|through)|checked|threw|ignored|ghosted|insulted|mocked|humiliated|embarrassed|interrupted|cancelled|canceled|flaked|spent|gambled|borrowed|lost|slept with|kissed|flirted|texted|criticised|criticized|blamed|dismissed|walked out|walked away|stood you up|left you|kept|got drunk|called you|told|said|didnt (?:call|text|show|come|tell|pay|pick|turn up|listen|answer|reply|ask|help|stand up|keep|let you know)|did not (?:call|text|show|come|tell|pay|pick|listen))`;
const BAD_STATES = String.raw`(?:late|rude|mean|harsh|cruel|distant|dishonest|selfish|cold|short with you|grumpy|absent|unfaithful|controlling|jealous|out of line|unfair|a jerk|an idiot|disrespectful|unkind|careless)`;

const ACKNOWLEDGEMENT: readonly RegExp[] = [
  new RegExp(String.raw`\bi (?:(?:ve|have|had|just|really|also|even|only|totally|completely|basically|then|actually|accidentally|kind of|kinda) )*${ACK_VERBS}\b(?! (?:im |i was |i am |that i was )?(?:so )?(?:sorry|apolog\w*)\b)`, 'g'),
  new RegExp(String.raw`\bi (?:was|ve been|have been|had been) (?:(?:so|really|very|too|being|such) )*${BAD_STATES}\b`, 'g'),
  new RegExp(String.raw`\b(?:for|by|about|regret|over) (?:not )?(?!${VAGUE}\b)(?!nothing|everything|anything|something|thing|evening|morning|being here)\w+ing\b`, 'g'),
  /\b(?:wrong|out of line|not okay|not ok|unfair) (?:of me )?to (?!you\b)\w+/g,
  /\b(?:out of order|out of line|wrong|guilty|ashamed) (?!nothing|everything|anything|something|thing)\w+ing\b/g,
  /\b(?:shouldnt|should not|should) have (?!been sorry)(?!done (?:it|that|this)\b)\w+(?: \w+)?/g,
  /\b(?:messed|screwed|fucked) up (?:by|when|with) \w+/g,
  /\bbroke my (?:promise|word)\b/g,
];

const RESPONSIBILITY: readonly RegExp[] = [
  /\bmy (?:fault|bad|choice|decision|mistake|responsibility)\b/g,
  /\b(?:thats|that is|that was|its|it is|it was|this is|this was|all|entirely|totally|completely) (?:all )?on me\b/g,
  /\bi (?:fully |completely |totally )?(?:take|accept|own) (?:full |complete |total |all the )?(?:responsibility|the blame|it|this|that|what i did|my part)\b/g,
  /\b(?:there is|theres|there was|i have|ive got|i had) no excuse/g,
  /\bno excuses\b/g,
  /\bi was (?:completely |totally |so |really |just |well )?(?:wrong|out of line|out of order|bang out of order|in the wrong|to blame)\b/g,
  /\b(?:it|that|this|what i did) was (?:wrong|cruel|unacceptable|inexcusable|selfish)\b/g,
  /\bi (?:chose|decided) to\b/g,
  /\bi (?:(?:really|totally|completely|badly|royally) )*(?:messed|screwed|fucked|mucked) (?:up|it up|things up)\b/g,
  /\bi blew it\b/g,
  /\bi (?:shouldnt|should not|should) have\b/g,
  /\bim to blame\b|\bno one to blame but (?:me|myself)\b/g,
  /\byou deserved? (?:better|more)\b/g,
];

const FUTURE = String.raw`(?:ill|i will|im going to|i am going to|i promise to|i promise ill|i promise i will|i commit to|im committed to|i plan to|im planning to|i want to start|im starting to|im gonna)`;
const VAGUE_CHANGE = String.raw`(?:try\b|do better|be better|be a better|change\b|make (?:it|this|things|up)|make (?:it|this) up|do anything|do whatever|never forgive|pay|buy|replace|fix|repair|tell (?:them|him|her|everyone|sam|\w+ myself)|email|apologise|take you (?:out|for)|cover|answer)`;

const CHANGE: readonly RegExp[] = [
  /\b(?:from now on|going forward|moving forward|from today|from this day|starting (?:today|tonight|tomorrow|now|this week|next week|on \w+)|in (?:the )?future|next time)\b/g,
  /\bive (?:(?:already|now|also|just) )*(?:started|stopped|set up|booked|put|given|ended|deleted|blocked|cut|joined|signed up|made|installed|turned on|enrolled|uninstalled|found|quit|closed|moved|arranged|cancelled)\b/g,
  new RegExp(String.raw`\b${FUTURE} (?!${VAGUE_CHANGE})(?:(?:always|never|not|really|actually|also|now) )*\w+`, 'g'),
  /\b(?:i (?:wont|will not|will never|never|am never going to|m never going to)|ill never|im never going to|never) (?!do (?:it|that|this)\b)(?!happen\b)(?!forgive\b)\w+(?: \w+){0,6} (?:again|ever again|anymore)\b/g,
  /\b(?:i wont|i will not|ill never|i will never) (?!do (?:it|that|this)\b)(?!happen\b)\w+(?: \w+){0,6}\b(?:again|ever)\b/g,
];

const AMENDS: readonly RegExp[] = [
  /\bwhat (?:can|could|should|do|would) i do\b/g,
  /\b(?:is there )?anything (?:else )?(?:i can do|you need|that would help)\b/g,
  /\bhow (?:can|could|do) i (?:make|fix|repair|help|earn)\b/g,
  /\bmake (?:it|this|things|that)? ?(?:up to you|right|better)\b/g,
  /\bmake (?:it|this) up\b|\bmake up for\b|\bmake amends\b|\bset (?:it|things) right\b/g,
  /\bwhat (?:would|could|will|might|else would) help\b/g,
  /\bwhat (?:do you|you) need\b|\bwhat (?:else )?(?:do you want|you want) (?:from me|me to do)\b/g,
  /\bwhatever it takes\b/g,
  /\b(?:pay (?:you |it |that |the money )?back|buy you|replace (?:it|the|your)|fix (?:it|this|things|the|your|what)|repair (?:it|this|the|your)|clean (?:it|the) up|take you out)\b/g,
  /\btell (?:them|him|her|everyone|your \w+) (?:myself|the truth|i was)\b/g,
  /\b(?:ill|i will|im going to) (?:email|call|text|write to|speak to|talk to) (?!you\b)\w+ (?:today|tomorrow|tonight|and)\b/g,
  /\bfor as long as you need\b|\bwhenever you (?:want|need|like)\b/g,
  /\bwhat you need from me\b|\bneed from me\b/g,
];

const EXCUSE: readonly RegExp[] = [
  /\bi (?:didnt|did not|never) mean (?:to|it|for)\b/g,
  /\b(?:wasnt|was not|not|wasnt ever) (?:intentional|on purpose|deliberate)\b/g,
  /\bi (?:couldnt|could not|cant) help it\b|\bi had no choice\b|\bi didnt have a choice\b/g,
  /\bi was (?:just |so |really |very |super |completely |a bit |kind of |kinda )*(?:stressed|tired|drunk|busy|exhausted|hungry|overwhelmed|slammed|swamped|distracted|hungover|under pressure|in a bad place|having a bad day)\b/g,
  /\b(?:its|it was|it is) just that\b|\bit just (?:did|happened)\b/g,
  /\b(?:work|traffic|the traffic|my boss|my phone|the train|life) (?:has been|was|is|died|got)\b/g,
  /\bi (?:fell asleep|had a (?:long|bad|rough|hard) day|had a lot (?:going on|on my plate)|had too much to drink|forgot my phone)\b/g,
  /\byou know how i (?:get|am)\b/g,
  /\beveryone was\b|\beverybody was\b/g,
  /\bthats why i\b|\bi was only trying\b|\bi only did it because\b/g,
];

const BLAME_SHIFT: readonly RegExp[] = [
  /\byou (?:made|make|pushed|drove|forced|provoked) me\b/g,
  /\bif you (?:hadnt|had not|had|didnt|did not|wouldnt|werent|were not|would just|would stop|just|had just|hadnt have)\b(?! (?:been )?(?:hurt|offended|upset)\b)/g,
  /\byou started it\b|\byour fault\b|\byoure not innocent\b|\byou did it too\b|\bit takes two\b/g,
  /\bwhat did you expect\b|\byou know how you (?:get|are)\b/g,
  /\byou (?:were|was) (?:being )?(?:annoying|nagging|rude|mean|provoking|asking for it)\b|\byou (?:were|kept) (?:annoying|nagging|pushing) me\b/g,
  /\byou (?:never|didnt|did not) (?:told|tell|say|said|mention)\b/g,
  /\byou (?:hadnt|had not|havent|have not) (?:\w+ ){0,2}(?:me|us) in\b/g,
  /\byou (?:\w+ ){1,5}first\b/g,
  /\byou (?:would|wouldve|would have|d) (?:have )?(?:freaked|flipped|kicked off|lost it|exploded|gone mad|gone crazy|overreacted|never understood|been angry|got angry|been mad)\b/g,
  /\bbecause you (?:were|kept|always|never|didnt|wouldnt)\b/g,
];

const MINIMISING: readonly RegExp[] = [
  /\b(?:it|that|this)(?: was| is| were|s)? (?:only|just) (?:a|an|one|some|once|\d+|five|two|a few|banter|joke|kidding|words|talk)\b/g,
  /\b(?:not|no|isnt|wasnt) (?:a |that |such a |even that )?(?:big|huge) deal\b/g,
  /\b(?:not|isnt|wasnt|aint) (?:even )?(?:that|so|very|really) (?:serious|deep|bad|important)\b/g,
  /\boverreact\w*\b|\btoo sensitive\b|\bso sensitive\b|\bout of proportion\b|\bcalm down\b|\blighten up\b|\bbeing dramatic\b/g,
  /\b(?:its|it was|it is) not like\b|\bat least i\b|\bit was nothing\b|\bit meant nothing\b/g,
  /\bi only (?:\w+ ){0,3}\w+\b|\bonly (?:once|one time|a (?:couple|few) (?:of )?(?:times|minutes))\b/g,
  /\beveryone (?:does|texts|flirts|lies|drinks|looks)\b/g,
];

const FORGIVENESS_DEMAND: readonly RegExp[] = [
  /\b(?:you )?(?:have|need|got|ought) to forgive\b|\byou should forgive\b|\bwhy (?:cant|wont|dont) you (?:just )?forgive\b|\bjust forgive me\b/g,
  /\b(?:can|could|shall|should) we (?:please )?(?:just )?(?:please )?(?:move on|forget|drop|put|get past|get over)\b/g,
  /\blets (?:just )?(?:move on|forget|drop|put (?:it|this) behind)\b|\bput (?:it|this) behind us\b/g,
  /\b(?:forget (?:about )?(?:it|this)(?: ever happened)?|get over it|drop it|let it go|move on already)\b/g,
  /\bwhat more do you want\b|\bhow many times (?:do|must) i\b|\bi (?:already|said i) (?:said |apologised|apologise)\b|\bi said (?:im |i was |i am )?sorry (?:already|like|\d+)\b/g,
  /\bcant take you being\b|\bstop being mad\b|\bare we (?:good|ok|okay) now\b/g,
];

const FORGIVE_ME = /\bforgive me\b/g;

/** Whether the apology word that starts `after` is politeness or refusal ("sorry to hear", "apologise for nothing"). */
function notAnApologyUse(after: string): boolean {
  return /^\w+ for nothing\b/.test(after) || /^sorry (?:to (?:hear|bother|interrupt|say|ask)|for (?:your|the|their) loss|about (?:your|the) (?:loss|day|week))\b/.test(after);
}

/** Whether a sorrow word at `index` is the person's own, present apology. */
function sincereSorrow(sentence: string, match: RegExpExecArray): boolean {
  const index = match.index;
  if (negatedBefore(sentence, index)) return false;
  const after = sentence.slice(index);
  if (/^\w+ (?:not sorry|nothing|isnt|is not|wont|doesnt|aint|means nothing)\b/.test(after)) return false;
  if (/^(?:regret|regrets) (?:nothing|it not)\b/.test(after)) return false;
  if (notAnApologyUse(after)) return false;
  if (REPORTED.test(sentence.slice(0, index))) return false;
  if (CONDITIONAL_AFTER.test(after)) return false;
  if (/\bif (?:i|my|that|this|it|you)\b[^.]*$/.test(sentence.slice(0, index))) return false;
  return true;
}

/** Whether an apology word appears in a reported, conditional or otherwise hollow form. */
function hollowApologyWord(text: PreparedText): boolean {
  return findFirst(text, [/\b(?:sorry|apologise|apologised|apology|apologising)\b/g], (s, m) => !negatedBefore(s, m.index) && !/^\w+ not sorry/.test(s.slice(m.index)) && !notAnApologyUse(s.slice(m.index))) !== undefined;
}

/** Whether a responsibility phrase at `match` is negated ("it's not my fault"). */
function ownedNotDenied(sentence: string, match: RegExpExecArray): boolean {
  return !negatedBefore(sentence, match.index) && !/\b(?:not|isnt|wasnt|never)\s*$/.test(sentence.slice(0, match.index));
}

/** Whether an acknowledgement candidate is a real, specific wrong rather than a vague one. */
function specificWrong(sentence: string, match: RegExpExecArray): boolean {
  const found = match[0];
  if (/\b(?:said|told)$/.test(found)) return /\b(?:said|told) \w+/.test(sentence.slice(match.index));
  if (/\bi (?:\w+ )*(?:said|told)$/.test(found) && /^(?:\s+(?:you|u)\s+(?:im |i was )?sorry)/.test(sentence.slice(match.index + found.length))) return false;
  const prefix = sentence.slice(0, match.index);
  if (/\bwhat\s*$/.test(prefix)) return false;
  if (/\bif\s*$/.test(prefix)) return false;
  if (/\b(?:did not|didnt) mean\b/.test(found)) return false;
  return true;
}

/**
 * Reads a draft apology and finds which parts of a sincere apology it has and which habits
 * undo it, quoting the person's own words for each finding. Pure and fast (no network).
 *
 * @example
 * analyzeApology("I'm sorry I lied about the money. That's on me.").components
 * // { acknowledgement: true, responsibility: true, regret: true, change: false, amends: false }
 */
export function analyzeApology(text: string): ApologyAnalysis {
  const prepared = prepare(text);
  const evidence: ApologyAnalysis['evidence'] = {};
  const note = <K extends keyof ApologyAnalysis['evidence']>(key: K, hit: Hit | undefined): boolean => {
    if (hit === undefined) return false;
    evidence[key] = hit.quote;
    return true;
  };

  const sorrowHit = findFirst(prepared, [SORROW], sincereSorrow);
  const regret = note('regret', sorrowHit ?? findFirst(prepared, UNDERSTANDING, (s, m) => !negatedBefore(s, m.index) && !/\bif\s*$/.test(s.slice(0, m.index))));
  const responsibility = note('responsibility', findFirst(prepared, RESPONSIBILITY, ownedNotDenied));
  const acknowledgement = note('acknowledgement', findFirst(prepared, ACKNOWLEDGEMENT, specificWrong));
  const change = note('change', findFirst(prepared, CHANGE));
  const amends = note('amends', findFirst(prepared, AMENDS));

  const antipatterns: ApologyAntipattern[] = [];
  const flag = (name: ApologyAntipattern, patterns: readonly RegExp[], accept?: (s: string, m: RegExpExecArray) => boolean): void => {
    if (note(name, findFirst(prepared, patterns, accept))) antipatterns.push(name);
  };
  flag('excuse', EXCUSE, (s, m) => !negatedBefore(s, m.index) && !/\bno excuse/.test(s));
  flag('blame_shift', BLAME_SHIFT);
  flag('conditional', [SORROW, /\bif (?:i|my(?: \w+){0,2}) (?:\w+ ){0,3}(?:hurt|upset|offended|came across|come across|did anything|caused|said anything|made you)\b/g, /\bto whatever extent\b/g, /\bif (?:you were|you felt|you got|that) (?:hurt|offended|upset)\b/g], (s, m) => {
    if (/^(?:sorry|apologise|apology)\b/.test(m[0])) return !negatedBefore(s, m.index) && CONDITIONAL_AFTER.test(s.slice(m.index));
    if (/^(?:regret|remorse|ashamed|feel|apologising)/.test(m[0])) return false;
    return true;
  });
  flag('minimising', MINIMISING);
  flag('forgiveness_demand', FORGIVENESS_DEMAND, (s, m) => !negatedBefore(s, m.index));

  const components: ApologyComponents = { acknowledgement, responsibility, regret, change, amends };
  const asksForgiveness = findFirst(prepared, [FORGIVE_ME]) !== undefined && !antipatterns.includes('forgiveness_demand');
  const isApology = regret || responsibility || asksForgiveness || antipatterns.includes('conditional') || hollowApologyWord(prepared);
  const present = APOLOGY_COMPONENTS.filter((c) => components[c]).length;
  const score = isApology ? Math.max(0, Math.min(100, present * 20 - antipatterns.length * 15)) : 0;
  return { components, antipatterns, score, evidence, isApology };
}

/**
 * The JSON shape printed by `kintsugi analyze apology "<text>" --json`.
 *
 * @example toApologyJson(analyzeApology('Sorry if you were hurt.'))
 * // { components: { acknowledgement: false, ... }, antipatterns: ['conditional'], score: 0 }
 */
export function toApologyJson(a: ApologyAnalysis): { components: ApologyComponents; antipatterns: ApologyAntipattern[]; score: number } {
  return { components: { ...a.components }, antipatterns: [...a.antipatterns], score: a.score };
}
