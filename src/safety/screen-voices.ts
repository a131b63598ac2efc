/**
 * Someone else's words, pasted or quoted into a message, retold from the writer's side. People
 * show the coach what they were sent: `He texted: "if you leave I'll make sure you never see the
 * kids"`, a chat log (`[21:48] Ryan: prove it. video call now`), a note on the fridge. The rules
 * listen for the person at risk describing harm ("he says I'll never see the kids"), so in the
 * other person's own voice the same threat went unheard: blind held-out sets of pasted words
 * scored 0.53–0.60 any-risk against 0.85–0.96 elsewhere.
 *
 * {@link inTheWritersWords} rewrites each quoted span that someone other than the writer said,
 * swapping its persons: the speaker's "I/me/my" becomes "he/him/his" (the rules read "he" as
 * anyone doing harm) and "you/your" becomes "I/my". The screen reads the result as one more
 * wording of the message, which can add a match but never take one away.
 *
 * Works on the raw text, before normalising, because quote marks and line breaks are what show
 * where someone else's words begin and end.
 */

/** A span of someone else's words in the message. */
interface Span {
  start: number;
  end: number;
}

/** Double quotes, straight or curly, around 2–600 characters. */
const DOUBLE_QUOTED = /["“”]([^"“”\n]{2,600})["“”]/g;

/**
 * Single quotes used as quote marks: opened after a space, a colon or a bracket and closed before a
 * space or punctuation, so the apostrophes in "I'll" and "don't" inside are left alone.
 */
const SINGLE_QUOTED = /(?<=^|[\s:([])['‘]((?:[^'‘’\n]|['’](?=\p{L}))+?)['’](?=[\s.,!?;:)\]]|$)/gu;

/**
 * A line of a pasted chat or a labelled message: an optional time, then who said it, then a
 * colon: `[21:48] Ryan: prove it`, `Mia (14): he keeps touching my leg`, `Husband texted: you'll
 * regret it`. Lines are separated by line breaks, " / " or " | ".
 */
const CHAT_LINE = /^\s*(?:\[[^\]\n]{1,16}\]\s*)?(?:([^:\n]{1,40}?)\s*(?:\(\d{1,2}\))?\s*:\s+)?(.+)$/su;

/** A bare time stamp at the start of a chat line with no name: `[07:30] I'll keep making them`. */
const STAMP = /^\s*\[[^\]\n]{1,16}\]/;

/** Who-said-it labels that are the writer, not someone else. */
const THE_WRITER = /^(me|i|myself|mine|my reply|i replied|i said|i wrote|i texted|i sent|my answer|me again)$/i;

/** Words in a label that say someone sent or said what follows. */
const SAID_IT =
  /\b(text|texts|texted|txt|message|messaged|msg|dm|dms|said|says|say|wrote|writes|note|notes|letter|email|emailed|voice ?note|voicemail|whatsapp|snap|post|posted|comment|commented|status|card|diary|journal|chat|replied|reply|screenshot|told me|sent)\b/i;

/** Labels at a line start that introduce the writer's own comment, not a quote. */
const NOT_A_SPEAKER = /^(update|edit|ps|p\.s|note to self|context|background|question|q|tldr|tl;dr|so|ok|okay|anyway|also|btw|fyi|honestly|basically|summary|story time|long story short|the thing is|problem|issue|help|warning|tw|cw|trigger warning|content warning)$/i;

/**
 * Words just before a quote that make it the writer's own: "I said 'stop'", "I told him 'no'".
 * Anything else quoted is someone else's words or a phrase, and reading a phrase with its
 * persons swapped is harmless.
 */
const WRITER_SAID = /\b(i|me)\s+(?:\w+\s+){0,2}(said|say|saying|told|tell|telling|texted|text|texting|wrote|write|writing|replied|reply|asked|ask|asking|answered|typed|typing|sent|screamed|screaming|shouted|shouting|yelled|yelling|whispered|begged|begging|kept saying|keep saying)\b[^"“'‘]{0,20}$/i;

/** Where a quote opens after the writer's own saying-word, it stays as written. */
function writerSaidBefore(text: string, at: number): boolean {
  return WRITER_SAID.test(text.slice(Math.max(0, at - 40), at));
}

/** Spans inside quote marks that someone other than the writer said. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [DOUBLE_QUOTED, SINGLE_QUOTED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const inner = m[1] ?? '';
      const start = m.index + m[0].indexOf(inner);
      if (writerSaidBefore(text, m.index)) continue;
      if (spans.some((s) => start < s.end && start + inner.length > s.start)) continue;
      spans.push({ start, end: start + inner.length });
    }
  }
  return spans;
}

/** Line breaks and the separators people use when they flatten a chat into one line. */
const LINE_BREAKS = /\n| \/ | \| /g;

/** The words of chat lines said by someone other than the writer (no quote marks needed). */
function chatSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  const ends = [...text.matchAll(LINE_BREAKS)].map((m) => ({ at: m.index, length: m[0].length }));
  ends.push({ at: text.length, length: 0 });
  const lines = ends.map(({ at, length }) => {
    const line = { start: lineStart, text: text.slice(lineStart, at) };
    lineStart = at + length;
    return line;
  });
  // One line with no separator is a chat line only when it is labelled like one.
  for (const line of lines) {
    const m = CHAT_LINE.exec(line.text);
    if (m === null) continue;
    const label = (m[1] ?? '').trim();
    const words = m[2] ?? '';
    // Quoted words are found by their quote marks, and what follows the quote is the writer's again.
    if (/["“”‘]/.test(words)) continue;
    const stamped = STAMP.test(line.text);
    // A capitalised label alone ("Ryan:") counts in a pasted chat of several lines; on its own, a
    // line needs a label that says someone sent it ("Husband texted:") or names a relation ("Ex:").
    const named =
      label !== '' && !THE_WRITER.test(label) && !NOT_A_SPEAKER.test(label) && (SAID_IT.test(label) || isARelation(label) || (lines.length > 1 && isAName(label)));
    if (!named && !(stamped && label === '' && lines.length > 1)) continue;
    // A comment added after the pasted words ("-- that's my ex") is the writer's again.
    const comment = /\s(?:--|—|–|-)\s/.exec(words);
    const start = line.start + line.text.length - words.length;
    spans.push({ start, end: start + (comment === null ? words.length : comment.index) });
  }
  return spans;
}

/** "Ex", "my husband", "Mother-in-law": a label that names someone by how they are related. */
function isARelation(label: string): boolean {
  return /^(my |his |her |our )?(ex|ex husband|ex wife|mum|mom|dad|husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fiance|fiancee|stepdad|stepmum|stepmom|son|daughter|sister|brother|mother in law|mother-in-law|father in law|father-in-law|mil|fil)('s)?$/i.test(label);
}

/** "Ryan", "Mark B", "Kev": a short capitalised label, taken for a name in a pasted chat. */
function isAName(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/**
 * Words after which "you" is a subject: conjunctions ("if you leave") and verbs that take a
 * clause ("I know you want it", "make sure you never see them"). Elsewhere it is an object
 * ("I'll find you").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  (
    'and but so if when because cause cos coz cuz bc that unless until til till or then before after where why how what whether since while once as than ' +
    'know knew think thought bet hope guess swear promise mean meant sure reckon suppose remember forget realise realize see wish feel said say says'
  ).split(' '),
);

/** The other person's first-person words, in the writer's telling. */
const THEIR_WORDS: Readonly<Record<string, string>> = {
  i: 'he',
  "i'm": "he's",
  im: 'hes',
  "i'll": "he'll",
  "i'd": "he'd",
  "i've": "he's",
  ive: 'hes',
  me: 'him',
  my: 'his',
  mine: 'his',
  myself: 'himself',
  am: 'is',
};

/**
 * "You" words other than "you" itself, as the writer would say them of themselves: "your" →
 * "my", "you're" → "i'm". Also read by screen-questions.ts, where a question's "you" is the writer.
 */
export const YOUR_WORDS: Readonly<Record<string, string>> = {
  "you're": "i'm",
  youre: 'im',
  "you'll": "i'll",
  youll: 'ill',
  "you'd": "i'd",
  youd: 'id',
  "you've": "i've",
  youve: 'ive',
  your: 'my',
  ur: 'my',
  yr: 'my',
  yours: 'mine',
  yourself: 'myself',
  urself: 'myself',
};

/** The writer's words, as the other person addressed them. */
const MY_WORDS: Readonly<Record<string, string>> = { ...YOUR_WORDS, are: 'am', were: 'was' };

/** One span's words with their persons swapped. */
function swapPersons(span: string): string {
  let previous = '';
  let subject: 'they' | 'me' | '' = '';
  return span.replace(/[\p{L}'’]+|[.!?,;:]/gu, (token) => {
    const word = token.toLowerCase().replace(/’/g, "'");
    let out = token;
    if (/^[.!?,;:]$/.test(token)) {
      previous = '.';
      subject = '';
      return token;
    }
    if (word === 'you' || word === 'u' || word === 'ya') {
      const isSubject = previous === '' || previous === '.' || CLAUSE_OPENERS.has(previous);
      out = isSubject ? 'I' : 'me';
      subject = isSubject ? 'me' : subject;
    } else if ((word === 'are' || word === 'were') && subject !== 'me') {
      out = token;
    } else if (word === 'am' && subject !== 'they') {
      out = token;
    } else if (word in THEIR_WORDS) {
      out = THEIR_WORDS[word] as string;
      if (word === 'i' || word === "i'm" || word === 'im') subject = 'they';
    } else if (word in MY_WORDS) {
      out = MY_WORDS[word] as string;
    }
    previous = word;
    return out;
  });
}

/**
 * The message with the words someone else said, in quotes or as a pasted chat, retold from the
 * writer's side; the message itself when it quotes nobody.
 *
 * @example inTheWritersWords('He texted: "if you leave I\'ll take the kids"') // 'He texted: "if I leave he\'ll take the kids"'
 */
export function inTheWritersWords(text: string): string {
  const spans = [...quotedSpans(text), ...chatSpans(text)].sort((a, b) => a.start - b.start);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + swapPersons(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}
