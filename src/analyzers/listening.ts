import { findFirst, prepare, type Hit, type PreparedSentence, type PreparedText } from './text.ts';

/** The listening moves {@link analyzeListening} looks for. */
export type ListeningMove = 'reflecting' | 'validating' | 'clarifyingQuestion' | 'defending' | 'arguing' | 'fixing';

/** Moves that help the other person feel heard. */
export const HELPFUL_MOVES: readonly ListeningMove[] = ['reflecting', 'validating', 'clarifyingQuestion'];

/** Moves that usually leave the other person feeling unheard. */
export const UNHELPFUL_MOVES: readonly ListeningMove[] = ['defending', 'arguing', 'fixing'];

/**
 * What {@link analyzeListening} found in a reply during active-listening practice.
 *
 * @example analyzeListening('It sounds like you felt alone. That makes sense.').validating // true
 */
export interface ListeningAnalysis {
  /** Says back what they heard ("it sounds like you felt…", "so you're saying…"). */
  reflecting: boolean;
  /** Says the feeling makes sense ("no wonder you're upset", "I get why"). */
  validating: boolean;
  /** Asks an open or checking question to understand better ("can you tell me more?"). */
  clarifyingQuestion: boolean;
  /** Explains themselves or denies ("but I was only…", "that's not what happened"). */
  defending: boolean;
  /** Counter-attacks or dismisses ("you always…", "you're overreacting", "what about you?"). */
  arguing: boolean;
  /** Jumps to advice ("you should…", "just…", "don't worry"). */
  fixing: boolean;
  /** The clause of the person's own words behind each finding. */
  evidence: Partial<Record<ListeningMove, string>>;
}

const PATTERNS: Record<ListeningMove, readonly RegExp[]> = {
  reflecting: [
    /\b(?:it |that )?sounds like\b|\bthat sounds (?:\w+ )?(?:lonely|hard|awful|painful|frustrating|scary|exhausting|upsetting|rough|horrible|difficult)\b/g,
    /\bwhat (?:im|i am) hearing\b|\bwhat i hear\b|\bif i (?:understand|got (?:it|that|you) right|heard you right)\b|\bin other words\b/g,
    /\b(?:so )?you(?:re| are) (?:saying|telling me)\b/g,
    /^so (?:you|it|for you)\b/g,
    /\bso (?:you |it )(?:felt|feel|were|was|re|are|think|thought|need|needed|want|wanted|been)\b/g,
    /^you (?:felt|feel|were feeling|have been feeling|ve been feeling)\b/g,
    /\b(?:its|it has|it) been feeling like\b|\bit felt like you\b/g,
  ],
  validating: [
    /\bmakes? (?:total |complete |so much |perfect |a lot of )?sense\b/g,
    /\bi (?:can |totally |completely |really |fully )?(?:see|get|understand) why\b|\bunderstandable\b|\bno wonder\b/g,
    /\bof course (?:you|youre|that)\b|\byou have every right\b|\byour feelings are valid\b|\bi dont blame you\b/g,
    /\b(?:its|it is|thats|that is) (?:totally |completely )?(?:okay|ok|normal|fair|natural|valid) (?:to|that you)\b/g,
    /\bi(?:d| would) feel (?:the same|that way too|exactly the same)\b|\banyone would\b/g,
    /\bthat must (?:be|have been|feel|hurt)\b|\bi can (?:only )?imagine\b|\bi hear you\b/g,
  ],
  clarifyingQuestion: [
    /\b(?:tell me more|say more|help me understand|can you explain|walk me through)\b/g,
  ],
  defending: [
    /^(?:\w+ )?(?:\w+ )?but i\b|\bi (?:was|am) (?:only|just|literally) (?!joking\b)\w+/g,
    /\bi (?:didnt|did not|never) (?:do|say|said|mean|realise|realize|know)\b|\bi never said\b/g,
    /\bthats not (?:true|what happened|what i (?:meant|said|did))\b|\b(?:its|it is|it was|that was) not my fault\b|\bi had to\b|\bin my defen[cs]e\b|\bnobody told me\b|\bno one told me\b|\bi had no choice\b|\bi was trying to\b/g,
    /\bbut i was just joking\b|\bi was (?:just )?joking\b/g,
  ],
  arguing: [
    /\byou (?:always|never|constantly)\b|\byou do (?:the (?:exact )?same|it too)\b|\byou (?:\w+ ){0,3}too\b|\byou started\b/g,
    /\bthats (?:ridiculous|not fair|crazy|stupid|rich|nonsense|unfair)\b|\byou(?:re| are) (?:wrong|overreacting|being (?:dramatic|ridiculous|unfair|silly)|so dramatic)\b/g,
    /\bwhat about (?:you|when you|the time you)\b|^so what\b|^whatever\b|\bsulking\b|\bcomplain\w*\b|\bget over it\b/g,
  ],
  fixing: [
    /\byou (?:should|need to|could just|ought to|must|have to)\b|\bjust (?:try|relax|ignore|stop|tell|get|do|let|talk|calm|forget|go)\b/g,
    /\bwhy dont you\b|\bhave you tried\b|\ball you (?:need|have) to do\b|\bdont worry\b|\bthe (?:solution|answer|fix) is\b/g,
    /\b(?:itll|it will|everything will) be (?:fine|ok|okay|alright)\b|\bmaybe you should\b|\bnext time just\b|\blet it go\b|\bcalm down\b/g,
  ],
};

/** Whether the original text has a question mark right after this sentence. */
function endsWithQuestion(text: PreparedText, s: PreparedSentence): boolean {
  const last = s.map[s.map.length - 1] ?? 0;
  return /^[\p{L}\p{N}'’]*\s*[!.]*\?/u.test(text.original.slice(last + 1));
}

/** Finds a genuine question: one that is not a counter-attack, advice or "why". */
function findQuestion(text: PreparedText): Hit | undefined {
  for (let i = 0; i < text.sentences.length; i += 1) {
    const s = text.sentences[i] as PreparedSentence;
    if (!endsWithQuestion(text, s)) continue;
    if (/^(?:why|what about|have you tried|how could you|how dare|are you serious|really)\b/.test(s.norm)) continue;
    if ([...PATTERNS.arguing, ...PATTERNS.fixing].some((re) => ((re.lastIndex = 0), re.test(s.norm)))) continue;
    const re = /^.*$/g;
    const m = re.exec(s.norm);
    if (m) return { sentence: i, match: m, quote: text.original.slice(s.map[0] ?? 0, (s.map[s.map.length - 1] ?? 0) + 2).trim() };
  }
  return findFirst(text, PATTERNS.clarifyingQuestion);
}

/**
 * Reads a reply written during active-listening practice and finds which listening moves it
 * makes. Pure and fast (no network).
 *
 * @example analyzeListening("But I was only trying to help").defending // true
 */
export function analyzeListening(text: string): ListeningAnalysis {
  const prepared = prepare(text);
  const evidence: ListeningAnalysis['evidence'] = {};
  const found = (move: ListeningMove, hit: Hit | undefined): boolean => {
    if (hit === undefined) return false;
    evidence[move] = hit.quote;
    return true;
  };
  return {
    reflecting: found('reflecting', findFirst(prepared, PATTERNS.reflecting)),
    validating: found('validating', findFirst(prepared, PATTERNS.validating)),
    clarifyingQuestion: found('clarifyingQuestion', findQuestion(prepared)),
    defending: found('defending', findFirst(prepared, PATTERNS.defending)),
    arguing: found('arguing', findFirst(prepared, PATTERNS.arguing)),
    fixing: found('fixing', findFirst(prepared, PATTERNS.fixing)),
    evidence,
  };
}
