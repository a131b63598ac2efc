/**
 * Word concepts for the crisis screen's learned backstop: each normalised word that belongs
 * to one of the lexicon's shared word lists (MACROS in lexicon.ts) is tagged with that list's
 * name, plus a few lists only the model uses. The model then learns from "my {partner} {hit}
 * me" as well as from "my fiance choked me", so a message using a synonym it never saw in
 * training still lands near the ones it did.
 *
 * Only single words are tagged; multi-word alternatives and nested macros are left to the
 * rules. A word ending in `*` in a list tags every word starting with it.
 */
import { MACROS } from './lexicon.ts';
import { squashLetters } from './screen-normalize.ts';

/** Word lists only the model uses, in the same alternative syntax as MACROS. */
const MODEL_ONLY: Readonly<Record<string, string>> = {
  death:
    'die|dies|died|dying|dead|death|deaths|suicide|suicidal|sucide|suicde|unalive|grave|funeral|overdose|od|noose|rope|hang|hanging|jump|bridge|ledge|goodbye|goodbyes|gone|exist|existing|alive|living|sewerslide|kms|ctb',
  fear: 'scared|afraid|terrified|frightened|fear|fearful|petrified|nervous|unsafe|threaten*|threat|threats|walking on eggshells',
  control:
    'control*|track*|monitor*|check*|permission|allowed|alow*|forbid*|isolat*|lock*|locked|trap*|watch*|spy*|follow*|stalk*|password*|passcode|location|gps|money|paycheck|account|keys',
  sexual:
    'sex|sexual|sexualy|touch*|groped|grope|rape|raped|raping|molest*|naked|nudes|undress*|assault*|consent|forced|force|made|pressur*|penetrat*|private|privates|oral|grape|sa|sad|stealth*',
  body: 'bruise*|bruis*|marks|mark|bleeding|blood|bled|cut|cuts|cutting|burn|burns|burned|scar|scars|neck|throat|face|arm|arms|ribs|broken|black eye|swollen|stitches',
  harm: 'hurt|hurts|hurting|harm|harming|injur*|wound*|pain',
  now: 'now|tonight|rn|today|currently|right|asap|already|minute|minutes|outside|door|window',
  young: 'teen|teenager|minor|underage|young|little|school|grade|years|yrs|yo|twelve|thirteen|fourteen|fifteen|sixteen|seventeen',
  self: 'i|im|me|my|myself|ive|id|il',
  negation: 'not|never|no|dont|didnt|wont|cant|isnt|wasnt|nobody|noone|nothing',
};

/** The MACROS lists the model tags words with (others are pronoun lists or multi-word shapes). */
const FROM_LEXICON = ['partner', 'hit', 'kill', 'child', 'parent', 'relation', 'pills', 'weapon', 'carer', 'insult'] as const;

function singleWords(alternatives: string): { exact: string[]; prefixes: string[] } {
  const words = alternatives
    .split('|')
    .map((w) => w.trim())
    .filter((w) => /^[a-z]+\*?$/.test(w) || /^\p{Extended_Pictographic}$/u.test(w));
  return {
    exact: words.filter((w) => !w.endsWith('*')).map(squashLetters),
    prefixes: words.filter((w) => w.endsWith('*')).map((w) => squashLetters(w.slice(0, -1))),
  };
}

const EXACT = new Map<string, string>();
const PREFIXES: { prefix: string; concept: string }[] = [];
for (const [concept, list] of [...FROM_LEXICON.map((name) => [name, MACROS[name] ?? ''] as const), ...Object.entries(MODEL_ONLY)]) {
  const { exact, prefixes } = singleWords(list);
  for (const word of exact) if (!EXACT.has(word)) EXACT.set(word, concept);
  for (const prefix of prefixes) PREFIXES.push({ prefix, concept });
}

/**
 * The concept a normalised word belongs to, if any (first list wins).
 *
 * @example conceptOf('fiance') === 'partner'
 * @example conceptOf('strangled') === 'hit'
 */
export function conceptOf(word: string): string | undefined {
  const exact = EXACT.get(word);
  if (exact !== undefined) return exact;
  return PREFIXES.find(({ prefix }) => word.startsWith(prefix))?.concept;
}
