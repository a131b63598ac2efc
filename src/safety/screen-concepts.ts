/**
 * Word concepts for the crisis screen's learned backstop: each normalised word that belongs
 * to one of the lexicon's shared word lists (a snapshot of MACROS in lexicon.ts) is tagged with
 * that list's name, plus a few lists only the model uses. The model then learns from "my {partner} {hit}
 * me" as well as from "my fiance choked me", so a message using a synonym it never saw in
 * training still lands near the ones it did.
 *
 * Only single words are tagged; multi-word alternatives and nested macros are left to the
 * rules. A word ending in `*` in a list tags every word starting with it.
 */
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

/**
 * The single words of ten lexicon word lists (MACROS in lexicon.ts: partner, hit, kill, child,
 * parent, relation, pills, weapon, carer, insult) as they stood when the model was last trained.
 * A snapshot, not a live read: the model's weights belong to these exact features, so widening
 * a rule's word list must not silently change what the trained model sees (which made every
 * lexicon edit a retrain, and every retrain a reshuffle of borderline messages). To bring new
 * lexicon words in, update a list here and retrain (scripts/train-screen-model.ts).
 */
const LEXICON_SNAPSHOT: Readonly<Record<string, string>> = {
  partner: 'partner|boyfriend|girlfriend|bf|gf|husband|hubby|wife|wifey|fiance|fiancee|ex|exs|spouse|man|boo',
  hit: 'hit|hits|hitting|beat|beats|beating|beaten|slap*|punch*|kick*|chok*|strangl*|shov*|smack*|whip*|bit|bites|biting|attack*|slam*|pinned|pins|headbut*|elbow*|stomp*|knock*|abuse|abuses|abused|abusing|burned|burns',
  kill: 'kill|kil|kiling|kilin|murder|stab|shoot|strangle|🔪|🔫',
  child: 'kid|kids|child|children|son|sons|daughter|daughters|baby|babies|toddler|toddlers|infant|nephew|niece|stepson|stepdaughter|stepkid|stepkids|grandson|granddaughter|grandkid|grandkids|younger|baby|small|sister|bro',
  parent: 'dad|daddy|father|mom|mommy|mum|mother|stepdad|stepfather|stepmom|stepmother|stepmum|parents|grandpa|grandad|granddad|grandfather|grandma|grandmother|uncle|aunt|babysitter|dad|parent',
  relation: 'friend|friends|bestie|sister|brother|sis|bro|mom|mum|mother|dad|father|cousin|aunt|roommate|flatmate|coworker|colleague|neighbor|neighbour|classmate|son|daughter|teen|student|girl|guy',
  pills: 'pills|pill|tablets|meds|medication|medicine|painkillers|tylenol|paracetamol|ibuprofen|advil|aspirin|xanax|benzos|oxy|insulin|antidepressants|💊',
  weapon: 'knife|gun|weapon|bat|axe|machete|blade|rifle|pistol|hammer|shotgun|handgun|revolver|firearm|crossbow|cleaver|sword|panga|🔪|🔫',
  carer: 'coach|teacher|tutor|pastor|priest|mentor|babysitter|nanny|trainer|instructor|neighbour|neighbor|cousin',
  insult: 'worthless|useless|stupid|pathetic|nothing|fat|ugly|whore|slut|bitch|crazy|psycho|retarded|idiot|disgusting',
};

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
for (const [concept, list] of [...Object.entries(LEXICON_SNAPSHOT), ...Object.entries(MODEL_ONLY)]) {
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
