/**
 * The crisis screen's lexicon: every phrase it reacts to, grouped by category and level, in a
 * form a content designer can read and extend without touching the matching code.
 *
 * The rules themselves live in one file per category in ./lexicon/ (suicide.ts,
 * partner-violence.ts, …); this file keeps what they share: word lists (MACROS), idioms
 * blanked before matching (SAFE_PHRASES), context markers and the weak suicide cues.
 *
 * HOW TO ADD A PATTERN
 * 1. Find the rule for the category and level you mean in ./lexicon/<category>.ts (or add a
 *    rule object beside them).
 *    `high` = clear risk, `possible` = ambiguous (the bot asks one caring question),
 *    `imminent` = happening now or about to (the bot urges emergency services first).
 * 2. Write the phrase in lower case without apostrophes ("dont", "hes", "ill") using the
 *    pattern language documented in `screen-pattern.ts`: `(a|b)` alternatives, `~` up to three
 *    filler words (`~~` up to six), `word*` word prefixes, `$` end of sentence, `{macro}` shared word lists,
 *    `A & B` both somewhere in the message, `#` a number. Typos with doubled letters,
 *    leetspeak, accents and punctuation are handled for you.
 * 3. If the phrase is often a joke ("kill me"), set `hyperbole: true` so "lol"/"😂" cancels it.
 *    If it is about someone else, set `victim: 'other'`. If it is harmless in some contexts,
 *    add those contexts to `unless` or, when the harmless phrase is an idiom, to SAFE_PHRASES.
 * 4. Add a labelled line to a test/fixtures/risk-dev*.jsonl file (and a hard negative next to it),
 *    run `npx tsx scripts/eval-risk.ts`, and check nothing else got worse. Never edit
 *    risk-heldout.jsonl to make a change pass: it measures text the screen was not tuned on.
 */
import { CHILD_ABUSE_RULES } from './lexicon/child-abuse.ts';
import { EMERGENCY_RULES } from './lexicon/emergency.ts';
import { PARTNER_VIOLENCE_RULES } from './lexicon/partner-violence.ts';
import type { LexiconRule } from './lexicon/rule.ts';
import { SELF_HARM_RULES } from './lexicon/self-harm.ts';
import { SEXUAL_VIOLENCE_RULES } from './lexicon/sexual-violence.ts';
import { SUICIDE_RULES } from './lexicon/suicide.ts';

export { CHILD_OTHER, CHILD_SELF, DANGER_NOW, NOW_MARKERS, ONGOING_MARKERS, PAST_MARKERS, THIRD_PARTY_FRAMES } from './lexicon/context.ts';
export { CUE_BENIGN, CUE_MIN_FAMILIES, SUICIDE_CUES } from './lexicon/suicide-cues.ts';

export type { LexiconRule } from './lexicon/rule.ts';

/** Shared word lists, used in patterns as `{name}`. */
export const MACROS: Readonly<Record<string, string>> = {
  partner:
    'partner|boyfriend|girlfriend|bf|gf|husband|hubby|wife|wifey|fiance|fiancee|ex|exs|spouse|man|boo|ex boyfriend|ex girlfriend|ex husband|ex wife|baby daddy|baby mama|other half',
  perp: 'he|she|hes|shes|hed|shed|hel|shel|they|theyre|{partner}',
  hit: 'hit|hits|hitting|beat|beats|beating|beaten|slap*|punch*|kick*|chok*|strangl*|shov*|smack*|whip*|bit|bites|biting|attack*|slam*|pinned|pins|headbut*|elbow*|stomp*|spit on|spat on|knock*|abuse|abuses|abused|abusing|burned|burns',
  kill: 'kill|kil|kiling|kilin|murder|stab|shoot|strangle|🔪|🔫',
  selfref: 'myself|my self|myslef|mysef|meself|mself|my own self',
  child:
    'kid|kids|child|children|son|sons|daughter|daughters|baby|babies|toddler|toddlers|infant|nephew|niece|stepson|stepdaughter|stepkid|stepkids|grandson|granddaughter|grandkid|grandkids|little one|little ones|(little|younger|baby|small|kid) (brother|sister|bro|sis)|# (year|yr)s? old|# yo|#yo',
  parent:
    'dad|daddy|father|mom|mommy|mum|mother|stepdad|stepfather|stepmom|stepmother|step dad|step mom|parents|moms boyfriend|mums boyfriend|dads girlfriend|grandpa|grandad|granddad|grandfather|grandma|grandmother|uncle|aunt|babysitter|foster (mom|dad|parent|parents)',
  relation:
    'friend|friends|bestie|best friend|sister|brother|sis|bro|mom|mum|mother|dad|father|cousin|aunt|roommate|flatmate|coworker|colleague|neighbor|neighbour|classmate|son|daughter|teen|student|girl|guy',
  pills:
    'pills|pill|tablets|meds|medication|medicine|sleeping pills|painkillers|tylenol|paracetamol|ibuprofen|advil|aspirin|xanax|benzos|oxy|insulin|antidepressants|💊',
  weapon: 'knife|gun|weapon|bat|axe|machete|blade|rifle|pistol|hammer|🔪|🔫',
  /** First-person wanting, planning or being drawn to something. */
  selfwant:
    'i want|i wana|i wanna|i wish i could|i wish to|id like to|i would like to|i just want|part of me wants|i keep wanting|im going to|im gona|im ready to|im planing to|i plan to|i need to|i should just|i should|i have urges to|urges to|i feel like i want to|i think i want to|i kind of want to|some days i want to|sometimes i want to|i realy want to|i just wana|i wana just',
  /** Ways of saying "to be dead" or "to stop living". */
  deathwish:
    'stop breathing|stop existing|not exist|not be alive|vanish (from existence|forever|for good|permanently)|disapear (forever|for good|permanently|from existence)|leave this (world|earth|life)|go to sleep forever|not wake up|never wake up|kil {selfref}|be gone (forever|for good)|end (my life|my own life|everything|it al)|stop living|not be here anymore|not be around anymore|end {selfref}|stop waking up|be with (my|her|him) ~ (in heaven|on the other side)|join (my|her|him|them) ~ (in heaven|on the other side)|make it stop for good|go for good',
  /** Ways of saying "if I were gone": used after "better off ... if i". */
  gone: 'gone|dead|died|wasnt here|wasnt around|werent here|werent around|was not here|wasnt alive|didnt exist|never existed|out of the picture|out of (their|the|everyones|your) (way|lives|life|hair)|not here|not around|not alive|no longer here|disappeared|vanished|never born|just disappeared|was gone|were gone|was dead|were dead|left for good|stopped existing|ended it|die|wasnt in the picture|werent in the picture|not in the picture|not in this world|wasnt in this world|didnt wake up|never woke up|never wake up',
  /** How others would feel if I were gone. */
  better: 'better|better off|happier|easier|relieved|lighter|fine|okay|ok|safer|freer|free|kinder|simpler|at peace|less stressed|richer|simpler|a mercy|a blessing|a relief|for the best',
  /** Adults trusted with children outside the family. */
  carer: 'coach|teacher|tutor|pastor|priest|youth pastor|youth leader|scout leader|mentor|babysitter|nanny|family friend|trainer|instructor|neighbour|neighbor|cousin',
  insult: 'worthless|useless|stupid|pathetic|nothing|fat|ugly|whore|slut|bitch|crazy|psycho|retarded|idiot|disgusting',
};

/**
 * Idioms and harmless phrases, blanked out before any rule runs, so "this fight is killing me"
 * or "she hit me with the news" can never look like danger.
 */
export const SAFE_PHRASES: readonly string[] = [
  '(is|s|are|re|its|thats|was) ~ killing me',
  'killing me (slowly|softly|inside)',
  '(kil|kiled|kiling|kils|slay|slayed|slaying|slays|murdered|murdering|nailed|nailing) it',
  'beat* me (at|in|to|by|fair)',
  '(slam*|whip*) me (with|up)',
  'kick* me (out|of)',
  '(kill|killed|killing) (time|the (lights|vibe|mood|music|engine))',
  '(kill|murder) for (a|an|some|the)',
  '(could|would) (murder|kill) (a|an|some) *',
  'dying (to|for|of|laughing)',
  'die (of|from) (embarrassment|boredom|laughter|laughing|shame|cringe|cuteness|happiness|jealousy)',
  '(died|die|dying|dead) laughing',
  'to die for',
  '(phone|battery|laptop|car|plant|plants|vibe|conversation) (is|s|was)? ?(dead|dying|died)',
  'dead (tired|serious|set|wrong|end|inside lol)',
  'dead to me',
  'hit me (up|back|hard)',
  '(hit|hits|hitting) me with (the|some|a|an|her|his|those|these|that|this) ~ (comeback|comebacks|jokes|joke|puns|pun|memes|facts|truth|lines|compliments|sass|attitude|logic|receipts)',
  'hit me with (the|some|a|an|this|that|his|her) (news|surprise|idea|question|questions|fact|story|truth|bombshell|bomb|line|request|look|trip|message|text|gift|reality|joke|meme|compliment|excuse|speech|guilt|guilt trip|lecture|bil|check|ultimatum|pilow)',
  '(deals|deal|dealing|works|work|working|specializes|specialises) with (child abuse|domestic (violence|abuse)|sexual (assault|abuse)|suicide) (cases|calls|victims)',
  '(child abuse|domestic (violence|abuse)|sexual (assault|abuse)|suicide) (cases|calls|case|unit|charity|awareness|training|hotline|laws|statistics|prevention|research)',
  'hit (the|a) (roof|ceiling|gym|road|hay|bed|jackpot|spot|books)',
  'hit (the|a) wall (at|with|in|today|again|this|last|after|when|so|and|around|halfway|mid|of|yesterday|hard)',
  'hit (the|a) wall $',
  '(push*|pressur*|forc*|made|make|makes) me to (apply|go to|try|open up|get|see|start|take|join|study|work|exercise|be better|save|quit|talk|think|admit|apologize|apologise|eat|watch|pick|choose|call|text|sign up|move on)',
  'stab* (me )?in the back',
  'knock* me up',
  'end* (it|things|this|everything|it all)( al)? with (him|her|them|my|this|that|the) *',
  'end* (the|our|this|my|that) (relationship|marriage|engagement|thing|situationship|affair|friendship|call|argument|fight|conversation|lease)',
  'need out of (this|the|my|that) (relationship|marriage|job|house|city|town|situation|apartment|lease|contract|group chat|friendship)',
  'disappear (for|into|from|to|on|off the grid)',
  'hopeless (about|at|with|when it comes to|romantic) *',
  'suicide (prevention|awareness|hotline|squad)',
  '(crisis|suicide|help) (line|lines|hotline)',
  '(essay|paper|article|book|research|class|course|lecture|documentary|podcast|training|workshop|report|show|movie|film|series|episode) (on|about) ((domestic|sexual|child|partner|dating) )?(violence|abuse|assault|suicide|self harm|rape|murder)( laws)?',
  '(sleep|slept|sleeping) in',
  '(tired|exhausted|sleepy) ~ (could|can) sleep (for )?forever',
  'rather die than (eat|go to|text|cal|wear|admit|apologize|apologise|watch|listen|sit|do|work|be seen|lose|sing|dance|ask)',
  'leave this world of',
  'end* everything (we|between us|with)',
  'exit (from|strategy|interview|plan for (work|the|my job))',
  'without me (for (a|the|one|this|two|a few) *|this (weekend|week|time)|tonight|at the *|on (the|this|that) *)',
  '(cant|can not|cannot) (go on|keep going|continue|do this|live|keep living) like this (with|in) (him|her|them|this relationship|this mariage|my {partner}|us)',
  '(we|us) (cant|can not|cannot) (keep|go on) (living|going) like this',
  '(want|ned) out of (this|the|my|that) (relationship|mariage|situation)',
];

/** Every rule the screen applies. Order does not matter; the most urgent result wins. */
export const RULES: readonly LexiconRule[] = [
  ...SUICIDE_RULES,
  ...SELF_HARM_RULES,
  ...EMERGENCY_RULES,
  ...PARTNER_VIOLENCE_RULES,
  ...SEXUAL_VIOLENCE_RULES,
  ...CHILD_ABUSE_RULES,
];

