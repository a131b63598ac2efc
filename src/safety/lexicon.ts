/**
 * The crisis screen's lexicon: every phrase it reacts to, grouped by category and level, in a
 * form a content designer can read and extend without touching the matching code.
 *
 * HOW TO ADD A PATTERN
 * 1. Find the rule for the category and level you mean (or add a rule object beside them).
 *    `high` = clear risk, `possible` = ambiguous (the bot asks one caring question),
 *    `imminent` = happening now or about to (the bot urges emergency services first).
 * 2. Write the phrase in lower case without apostrophes ("dont", "hes", "ill") using the
 *    pattern language documented in `screen-pattern.ts`: `(a|b)` alternatives, `~` up to three
 *    filler words, `word*` word prefixes, `$` end of sentence, `{macro}` shared word lists,
 *    `A & B` both somewhere in the message, `#` a number. Typos with doubled letters,
 *    leetspeak, accents and punctuation are handled for you.
 * 3. If the phrase is often a joke ("kill me"), set `hyperbole: true` so "lol"/"😂" cancels it.
 *    If it is about someone else, set `victim: 'other'`. If it is harmless in some contexts,
 *    add those contexts to `unless` or, when the harmless phrase is an idiom, to SAFE_PHRASES.
 * 4. Add a labelled line to test/fixtures/risk-dev.jsonl (and a hard negative next to it),
 *    run `npx tsx scripts/eval-risk.ts`, and check nothing else got worse. Never edit
 *    risk-heldout.jsonl to make a change pass: it measures text the screen was not tuned on.
 */
import type { RiskCategory, RiskLevel } from './risk.ts';

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
  /** Patterns that, found anywhere in the message, switch this rule off. */
  unless?: string[];
  /** The level to use when the message also says it is happening now ("tonight", "rn"). */
  ifNow?: RiskLevel;
}

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
    'dad|daddy|father|mom|mommy|mum|mother|stepdad|stepfather|stepmom|stepmother|step dad|step mom|parents|moms boyfriend|mums boyfriend|dads girlfriend|grandpa|grandfather|grandma|grandmother|uncle|aunt|babysitter|foster (mom|dad|parent|parents)',
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
    'stop breathing|stop existing|not exist|not be alive|vanish (from existence|forever|for good|permanently)|disapear (forever|for good|permanently|from existence)|leave this (world|earth|life)|go to sleep forever|not wake up|never wake up|kil {selfref}|be gone (forever|for good)|end (my life|my own life|everything|it al)|stop living|not be here anymore|not be around anymore|end {selfref}',
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
  'hit me with (the|some|a|an|this|that|his|her) (news|surprise|idea|question|questions|fact|story|truth|bombshell|bomb|line|request|look|trip|message|text|gift|reality|joke|meme|compliment|excuse|speech|guilt|guilt trip|lecture|bil|check|ultimatum|pilow)',
  '(deals|deal|dealing|works|work|working|specializes|specialises) with (child abuse|domestic (violence|abuse)|sexual (assault|abuse)|suicide) (cases|calls|victims)',
  '(child abuse|domestic (violence|abuse)|sexual (assault|abuse)|suicide) (cases|calls|case|unit|charity|awareness|training|hotline|laws|statistics|prevention|research)',
  'hit (the|a) (roof|ceiling|gym|road|hay|bed|wall|jackpot|spot|books)',
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
  'without me (for (a|the|one|this|two|a few) *|this (weekend|week|time)|tonight|at the *|on (the|this|that) *)',
  '(cant|can not|cannot) (go on|keep going|continue|do this|live|keep living) like this (with|in) (him|her|them|this relationship|this mariage|my {partner}|us)',
  '(we|us) (cant|can not|cannot) (keep|go on) (living|going) like this',
  '(want|ned) out of (this|the|my|that) (relationship|mariage|situation)',
];

/** Words that say it is happening now; they raise suicide to `imminent` and abuse to `emergency`. */
export const NOW_MARKERS: readonly string[] = [
  '(tonight|tonite|2nite|2night|tn)',
  'right now',
  'rn',
  'today',
  'about to',
  'this is (goodbye|it)',
  'in (a few|an|#|a) (minutes|mins|min|hour|hours)',
  'after (everyone|they|my *) (is|are|s|goes|go|falls|fall)? ?(asleep|sleeps|to bed|leaves|leave)',
  'after (work|school|class|dinner|this)',
  'goodbye',
  'bye (everyone|everybody|all|world)',
];

/** Words that say someone is in physical danger this minute, turning abuse into an emergency. */
export const DANGER_NOW: readonly string[] = [
  'right now',
  'rn',
  '(hes|shes|they are|theyre) (here|coming|home|outside)',
  '(im|i am) hiding (in|from|under)',
  'help me $',
  'help $',
  'come quick',
  'hurry',
  'call (911|999|000|112|the police|the cops)',
];

/** The speaker is or was a child, which makes abuse of "me" child abuse. */
export const CHILD_SELF: readonly string[] = [
  'when (i|we) (was|were) (a )?(kid|kids|child|children|little|young|small|younger|teen|teenager|boy|girl|baby|#)',
  'as (a )?(kid|child|kids|children|little girl|little boy|teen|teenager|young girl|young boy)',
  'growing up',
  '(im|i am|only|just|age|aged) (1[0-7]|[5-9])( (years old|year old|yrs old|yr old|yo))?',
  '(i was|when i was) (1[0-7]|[1-9])',
  'in (elementary|middle|primary|grade) school',
  'my (childhood|teens)',
];

/** The person harmed is a child ("my little brother", "she's 8"). */
export const CHILD_OTHER: readonly string[] = [
  '(my|our|his|her|their|the|a) {child}',
  '(shes|hes|she is|he is|they are|theyre|only) (1[0-7]|[1-9])( (years old|year old|yo))?',
  '(nany|babysiter|daycare|nursery|preschool|kindergarten|youth pastor|scout leader)',
];

/** The message frames itself as about someone else. */
export const THIRD_PARTY_FRAMES: readonly string[] = ['(asking|ask|asked) for a friend', 'for a friend', 'my friend (is|was|says|said|told|keeps)'];

/** Time markers: the harm is in the past. */
export const PAST_MARKERS: readonly string[] = [
  'when (i|we) (was|were)',
  'as a (kid|child|teen|teenager)',
  'growing up',
  'used to',
  '(years|months) ago',
  'last year',
  'in (college|high school|school|uni)',
  'back (then|in)',
  'a long time ago',
  'years later',
  'still (cant|can not) (sleep|forget|stop thinking)',
];

/** Time markers: the harm is still going on. */
export const ONGOING_MARKERS: readonly string[] = [
  'again',
  'still',
  'every (day|night|time|week|weekend)',
  'keeps',
  'keep',
  'always',
  'right now',
  'rn',
  'lately',
  'these days',
  'all the time',
  'constantly',
  'anymore',
  'now',
  '(hits|beats|chokes|checks|tracks|controls|monitors|reads|forces|makes|touches|abuses|hurts|threatens|isolates|locks|follows|stalks|takes) (me|my)',
];

const RELATIONSHIP_ACTION = [
  '(break|breaking|broke) up',
  '(leave|leaving|left|dump|dumping|divorce|divorcing) (him|her|them|my {partner})',
  'divorc*',
  'moving out',
  'this (job|class|course|semester|diet|project|commute)',
];

/** Every rule the screen applies. Order does not matter; the most urgent result wins. */
export const RULES: readonly LexiconRule[] = [
  // ——— suicide ———————————————————————————————————————————————————————————————
  {
    category: 'suicide',
    level: 'high',
    note: 'Explicit suicide words, coded and algospeak forms.',
    patterns: [
      '{kill} {selfref}',
      'kms',
      'kmsl',
      'suicid*',
      '(suicde|sucide|suiside|suicied|suicidle|sucidal|suicdal|suisidal|sewerslide|sewer slide|sui cide|s uicide|su cide|s icide)',
      'sui (thoughts|ideation|atempt|atempts|plan|urges)',
      'k (il|ll) {selfref}',
      'unaliv*',
      'un aliv*',
      '(self delete|self terminate|delete {selfref}|end {selfref}|off {selfref}|offing {selfref}|hang {selfref}|shoot {selfref}|drown {selfref}|overdose on purpose)',
      '(end|ending|ended|take|taking|took) (my|my own) life',
      '(end|ending) it al',
      '(iwantodie|iwanadie|iwantdie|wantodie|wanadie|iwantobedead)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Wanting to die or to be dead (jokes with "lol" are hyperbole).',
    hyperbole: true,
    patterns: [
      '(want|wants|wanted|wanna|wana|wanting|going|gona|ready|plan|planning|decided|deserve|deserves|should just|should|need|needs|like) (to )?(die|be dead|not exist|not be alive|stop existing|stop living|not be here)',
      '(wish|hope|hoping|wishing) (i|id) (was|were|could be|would be|be) dead',
      '(rather|better of) (be )?dead',
      '(id|i would|i wish i|wish i) (rather )?(die|died)',
      '(wish|wished|wishing) i (was|were|had) never (been )?born',
      'i (just )?(want|wana|wish) to (die|be dead)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Not wanting to live, nothing to live for, tired of living.',
    patterns: [
      '(dont|do not|doesnt|does not|dont really|didnt) (want|wana|wanna) (to )?(live|be alive|exist|wake up)',
      '(dont|do not|doesnt) (want|wana|wanna) (to )?be (here|around) anymore',
      '(not|isnt|aint|arent) worth living',
      '(dont think|not sure|doubt) i can (keep living|go on|live like this|keep going)',
      'no (reason|point) (to|in) (live|living|go on|going on|being alive|be alive|stay|staying alive)',
      '(nothing|no one|nobody) (left )?to live for',
      '(no|any) reason to live',
      '(i|im|just|i just|really|realy) (cant|can not|cannot) (keep|go on) living',
      '(cant|can not|cannot) (keep|go on) living $',
      '(tired|sick) of (living|being alive|existing|life|being me)',
      '(done|finished) (with )?(life|living|being alive|existing)',
      '(stop|stopping) (existing|living)',
      'life (is|isnt|s) (not )?worth (living|it anymore)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Composed wishes: a first-person want/plan followed by a way of saying "be dead".',
    patterns: [
      '({selfwant}) ~ (to )?({deathwish})',
      '(think|thinking|thought|picture|picturing|imagine|imagining|dream|dreaming|fantasize|fantasizing|fantasise|fantasising) ~ (walking into trafic|my own funeral|my funeral|my death|my own death|dying|being dead|not being alive|kiling {selfref}|how (id|i would|to) (do it|die|end it)|ending (it al|my life|everything))',
      '(if i died|if i was dead|if i were dead|if i wasnt here|if i wasnt around|if i was gone|if i were gone|if i disapeared|if i just disapeared) ~~ (relief|beter|easier|hapier|cope|fine|wouldnt mater|no one would|nobody would|a favor|a favour)',
      '(easier|beter|a relief|hapier|cope beter|fine) ~~ if i (just )?(died|was dead|wasnt here|werent here|wasnt around|disapeared|was gone|were gone|was not here|didnt exist)',
      '(cope|manage|be fine|be okay|be beter) ~~ if i (wasnt|was not|werent) (here|around|in the picture|alive)',
      '(reason|point|reasons) (to|in|for) (carry on|cary on|keep|go on|going on|continue|continuing) (living|to live|life)',
      '(dont|do not|doesnt|does not) deserve to (live|be alive|be here|exist)',
      '(should not|shouldnt|should never have|dont deserve to) (exist|be alive|be here|have been born)',
      '(dont|do not|doesnt) (care|mind) (if|whether) i (live or die|die|wake up|make it)',
      '(disapearing|disapear|vanish|vanishing) (permanently|forever|for good|from existence)',
      '(doing|do) (everyone|everybody|the world|them|my family) a (favor|favour) by (disapearing|dying|being gone|leaving|not being here|kiling)',
      '(end|ending|finish|finishing) (my life|my own life|myself|everything)',
      '(leave|leaving|left) this (world|earth|life) $',
      '(ready|want|time|going) to leave this (world|earth|life)',
      '(swalowing|swalow|taking|take|overdosing on|downing) (al|every|the whole|al of) ~ ({pills}|bottle)',
      '(how long|how much|how many|which|what|the) ~~ (to bleed out|bleed out|would be enough|is enough|is lethal|is fatal|would be lethal|would be fatal|would kil me|highest bridge|tallest building|highest building)',
      '(researching|looking up|googling|googled|searching|searched|reading about) ~~ (bleed out|overdose|lethal|how to die|ways to die|highest bridge|tallest building|enough (pils|meds)|painless)',
      '(step|stepping|walk|walking|jump|jumping|throw {selfref}|throwing {selfref}) (in front of|into) (a|the|an|oncoming)? ~ (truck|train|bus|car|trafic|subway)',
      '(wish|hope|hoping) (a|that a|some) (car|bus|truck|train|driver) ~ (hit*|run*|kil*) me',
      'the only way to (stop|end|escape) ~ (is|would be) to (die|kil {selfref}|end it|not be here)',
    ],
    unless: ['(end|ending|finish|finishing) (everything|it al) (with|between|we)', 'rather die than'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Composed wishes to die or be dead (hyperbole: "lol" cancels).',
    hyperbole: true,
    patterns: ['({selfwant}) ~ (to )?(die|be dead|dy)', '(want|wana|need|going|ready) (to|2) (die|dy)'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Composed plans happening now: exhaust fumes, swallowing now, a final post.',
    patterns: [
      '(car|garage) & (engine running|exhaust|fumes|hose)',
      '(going to|gona|about to|im) (swalow|take|taking|swalowing) (them|it|al of them|the (pils|meds|tablets)|al of it) (now|al|tonight)',
      '(this (wil be|is)|here is|heres) my (last|final) (post|message|text|words|note|goodbye)',
      '(final|last) (post|goodbye post)',
      '(next|the next) (train|bus|one) & (step in front|jump|throw {selfref})',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Being a burden; others better off without me.',
    patterns: [
      '(everyone|everybody|they|theyd|world|family|al|people|kids|friends|you|yal|everyone else) ~ (better|hapier|easier|fine|okay|ok|beter of) ~ without me',
      'beter of without me',
      '(beter|hapier|easier|fine) ~ if i (wasnt|was not|werent|were not|was gone|were gone|died|was dead|didnt exist|disappeared)',
      '(like|such|just|am|im|being) a burden',
      'burden (to|on|for) (everyone|everybody|my family|them|people|al)',
      'world (would|wil|d) ~ without me',
      '(world|everyone|everybody|they|theyd|family|kids|friends|people|everything) ~~ (beter|hapier|easier|fine|okay|ok|turning|spinning|go on) ~ without me',
      'without me in (it|this world|the world|their lives|their life|your life|the picture)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Sleep forever, never wake up, not being here soon.',
    patterns: [
      '(want|wana|wish i could|just want to|going to|gona|ready to|time to|let me|i wil) (go to )?sleep forever',
      '(eternal|endless|permanent|forever) sleep',
      '(sleep|sleeping|go to bed|asleep) ~ (never|not|and not|and never) wake up',
      '(hope|wish|pray|praying) (i|that i) (dont|never|wont|do not|will not) wake up',
      'not (going to be|gona be|be) (around|here) (much longer|for long|anymore|next *)',
      '(wont|will not) be (around|here) ~ (much longer|for long|anymore|next *)',
      '(dont|do not|cant|cannot) see myself (being )?(here|around|alive)',
      'soon (i|il) (wont|will not) be (a problem|a burden|here|around)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Methods, means and preparation.',
    patterns: [
      '(ways|way|how|best way|easiest way|quickest way) to (kil {selfref}|die|end (it|my life)|commit)',
      '(least|most|less)? ?(painless|painful|quick|easy) (way|ways|method|methods) (to )?(die|go|end it|do it)',
      'how many {pills} (does it take|would it take|would i need|do i need|do you need|does one need|to take|is|are) (to )?(die|overdose|od|kil (me|you|someone|a person)|not wake up|never wake up|end it|be fatal|be lethal|go|enough)',
      'how (do|does|would|can|could|should) (you|one|someone|a person|people|i) (kil|end|hang|of) (yourself|themselves|oneself|themself|their life|your life|{selfref}|it al)',
      '(lethal|fatal|deadly) (dose|amount)',
      'jump (of|from) (a|the|my|that) ~ (bridge|roof|rooftop|building|cliff|balcony|ledge|garage|tower|window|overpass)',
      '(whether|decide|deciding|decided) (whether |if )?to jump',
      'jump in front of (a|the) (train|bus|car|truck|subway)',
      '(drive|driving|crash|crashing|swerve|swerving) ~ (into|of) & on purpose',
      '(slit|slitting|cut|cutting) (my )?(wrists|wrist|throat)',
      '(stockpil*|hoard*|saving up|saved up|collecting|stashing|saving) ~ {pills}',
      '(bought|buy|buying|got|have|has) (a )?(rope|noose)',
      '(goodbye|suicide|farewel) (leter|leters|note|notes|video|post|mesage|mesages|text)',
      '(wrote|writing|written) (a|my) (note|leter|leters|notes) (to|for) (my )?(family|kids|mom|parents|everyone|wife|husband|partner|friends)',
      '(going to|gona|wil|il) (overdose|od)',
      '(going to|gona|plan is to|plan to|planing to|wil|il|want to|wana|about to) (take|swalow|down) (al|a bunch of|the whole|every|[1-9][0-9]|al of) ~ {pills}',
      'no way out (but|except|other than|besides) ~ (die|dying|death|suicide|ending it)',
      'end* (it|things|everything) ~ not (the|our|my) (relationship|marriage)',
      'not (the|our|my) (relationship|marriage) ~ (me|myself|my life) $',
      '(need|want) out of (this|my) (life|world)',
      '(thoughts|thinking|think|thought) (of|about) (dying|death|suicide|ending it|not being here|not existing|kiling {selfref}|jumping|hanging {selfref}|overdosing)',
      '(hope|wish|pray|praying|hoping) (i|to) (die|pas away) (in my sleep|soon|tonight|tomorow)',
      '(drive|driving|swerve|swerving) (my car )?(of|into) (a|the) (cliff|bridge|river|lake|ocean|oncoming trafic)',
      '(giving|gave|give|giving away) (away )?(al )?(of )?my (stuff|things|belongings|posesions|pets) & (wont need|not going to need|dont need|wil not need|after im gone|when im gone)',
      '(said|saying|say) (my )?goodbyes',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Means in hand, on the edge, saying goodbye.',
    patterns: [
      '({pills}|gun|rope|noose|knife|blade|razor) ~ (in my hand|lined up|is ready|are ready|s ready|in front of me|on my desk|loaded)',
      '(sitting|standing|here|im) with (a|the|my) (gun|rope|pills|knife|blade|razor|noose)',
      '(i have|im holding|i put|holding|i am holding|ive got) (a|the|my) (knife|blade|razor|gun) (to|against|at) my (wrist|wrists|throat|head|neck|temple)',
      '(last|final) (message|goodbye|text|words)',
      'this is goodbye',
      'goodbye forever',
      '(bye|goodbye) (everyone|everybody|world|al|yal)',
      '(im|i am) about to (kil {selfref}|end it|jump|do it)',
      '{pills} ~ (count|counting) them',
      '(bridge|ledge|roof|rooftop|edge|railing|tracks) & (going to|gona|about to|il|wil|ready to) jump',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Places people go to end their lives; with "now" words it is imminent.',
    ifNow: 'imminent',
    patterns: ['(standing|sitting|im|i am|been) on (the|a|this) (bridge|ledge|roof|rooftop|edge|railing|train tracks|tracks|overpass)'],
    unless: ['(fixing|fix|repair*|cleaning|party|bar|terace|view|sunset|sunrise|stars|watching|drinks|dinner|with (him|her|my|friends)|picnic|smoking|coffee)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Despair without explicit words: ask one direct, caring question.',
    unless: RELATIONSHIP_ACTION,
    patterns: [
      '(just )?want (it|everything|it al|the pain|this|al of it|al this|the hurt) to (stop|end|be over|go away)',
      '(cant|can not|cannot) do this (anymore|no more|any longer)',
      '(cant|can not|cannot) (go on|keep going|take it anymore|take this anymore|handle (it|this|life) anymore)',
      '(cant|can not|cannot) (go on|live) like this',
      '(whats|what is) (even )?the point( anymore)? $',
      '(whats|what is) (even )?the point (of|in) (anything|it al|living|life|going on|trying|being here|me|anything anymore|any of this|it anymore)',
      '(dont|do not|cant|cannot) see (the|a) point (of|in) (living|life|anything|going on|being alive|it al)',
      'want to disappear $',
      '(want|wana|wish i could|just want to) (to )?disappear (forever|for good|completely)',
      '(disappeared|disappear|gone|vanished) for good',
      '(dont|do not|cant|cannot) see (a|any) way out',
      'no way out',
      '(give|giving|gave) up on (everything|life|myself|living)',
      '(feel like )?giving up on everything',
      '(so|too|just) tired of everything',
      '(nobody|no one|noone) (would|wil|d|wouldve) (care|notice|miss me|even notice|even care)',
      'hopeless ~ nothing (wil|is going to|s going to)? ?(ever )?(get|be) beter',
      '(i )?(feel|im|am) (so )?hopeless $',
      'ned out $',
      '(im|i am|feel) ~ done with everything',
      'want (the|this) pain to stop',
      'how (much )?(longer|more) (i can|can i|i wil be able to) (do|take|handle|survive|last) (this|it)',
      '(every day|every night|sometimes|always) i think about how (id|i would|il) do it',
      '(dont|do not) know how (much )?(longer|more) (i can|of this i can) (take|do|handle|last)',
      '(worth|point in) going on',

      '(hope|hoping|wish) i (get|got|would get|could get) (hit|run over|kiled)',
      '(please|pls|plz|somebody|someone|god|just) kil me',
      'kil me (now|already|please|pls)',
      '⚰',
      '(i have|ive got|i made|ive made) a plan $',
      'sleep and not deal with anything',
    ],
    hyperbole: true,
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Ending "it" with no object, or sleeping forever: ask. With "tonight" or "now" it is imminent.',
    ifNow: 'imminent',
    unless: RELATIONSHIP_ACTION,
    patterns: [
      '(end|ending) (it|things) $',
      '(im|i am|going to|gona) (going to |gona )?end it',
      '(im|i am) (going to |gona )?do(ing)? it (tonight|now|today|rn|tn)',
      'sleep forever',
      '(i have|ive got|i made|ive made|i have made|i got) a plan( and)? $',
      '(i have|ive got|i made|ive made|i have made|i got) a plan and (im|i am|tonight|tn|the means|it|nobody|no one)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Emoji with intent words.',
    patterns: [
      '⚰ & (want|ready|where i|belong|soon|bye|goodbye|me next|end)',
      '💊 & (tonight|al of|them al|take|taking|done|enough|swalow|goodbye|bye|going to|gona|end)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Someone else talking about or threatening suicide (a partner who threatens it if I leave).',
    victim: 'other',
    patterns: [
      '(kil|end|of|hang|shoot|overdose) (himself|herself|themselves|themself|his (own )?life|her (own )?life|their (own )?life)',
      '(threaten*|keeps saying|kept saying|says|said|talks about|talking about|talked about|mentions|mentioned|texted|told me) ~ (suicide|overdos*|od|kiling (himself|herself|themselves)|ending (it|his life|her life)|jumping|not wanting to live|wanting to die)',
      '(threaten*) (suicide|to overdose|to od|to kil (himself|herself))',
    ],
  },

  // ——— self-harm ——————————————————————————————————————————————————————————————
  {
    category: 'self_harm',
    level: 'high',
    note: 'Cutting, burning or hurting oneself on purpose.',
    patterns: [
      '(cut|cuting|cuts|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hiting|punish|punishing|starve|starving|harm|harming|hurt|hurting|bruise|bruising) ({selfref}|my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|skin|stomach|hips|body))',
      'self (harm|harming|harmed|injury|injuring|injure|mutilation)',
      'selfharm*',
      '(cutting|cut) again',
      '(been|started|start|keep|stop|stoped|urge to|urges to) cuting',
      '(relapse|relapsed|relapsing|urge|urges|clean from|clean of|days clean|months clean|weeks clean) ~ (sh|self harm|cuting)',
      '(sh|self harm) (again|urges|scars)',
      '(bang|banging|bangs|hit|hiting|slam|slaming) my head (on|against|into) (the|a) (wal|floor|door|desk)',
      '(punch*|hit*|bang*|cut*|burn*|bleed*|hurt*|scratch*) ~ on purpose',
      '(🔪|🩸|🗡) & (again|tonight|want|wana|cut|urge|{selfref}|relapse*|arm|wrist|skin|need)',
      'want to cut $',
      '(carve*|carving|etch*|scratch*|slice*|slicing) ~ (into )?my (arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach|hip|hips)',
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Knife and blood emoji together, without words.',
    patterns: ['(🔪 🩸|🩸 🔪|🔪 🔪|🩸 🩸)'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Someone else hurting themselves.',
    victim: 'other',
    patterns: [
      '(cut|cuts|cuting|harm|harms|harming|hurt|hurts|hurting|burn|burns|burning|scratches|starving|starves|starve) (himself|herself|themselves|themself)',
      '(has been|is|s|been|keeps|started) (self harming|cuting)',
    ],
  },

  // ——— emergency ———————————————————————————————————————————————————————————————
  {
    category: 'emergency',
    level: 'imminent',
    note: 'An overdose or poisoning that has already happened.',
    patterns: [
      '(i|ive|i just|just) (cut|slit) my (wrists|wrist|throat)',
      '(took|taken|swalowed|downed|ate|had|popped) (a bunch of|a lot of|lots of|al (of )?(my|the|his|her)|to many|way to many|a whole|the whole|an entire|like #|[1-9][0-9]|(a )?handful of|every|a bottle of|the bottle of|a box of|a pack of|half the) ~ {pills}',
      '(took|swalowed|downed|popped) ([1-9][0-9]|like #) ~ (of them|of those)',
      '(i|ive|i have|i just|she|he|they|just) (overdosed|oded|od d)',
      '(drank|drink|drinking|swalowed|ate|took) (bleach|antifreeze|poison|rat poison|drain cleaner|weed kiler|pesticide)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone with a weapon, breaking in, or attacking right now.',
    victim: 'self',
    unless: ['(licen*|hunting|range|colect*|kitchen|cooking|chef|hobby|season|video game|movie|show)'],
    patterns: [
      '(outside|here|at (the|my) door|in the house|downstairs|upstairs|coming|in my room) ~ (with a|has a|holding a) {weapon}',
      '{perp} (has|have|got|is holding|s holding|grabbed|pulled|pulled out|took out|is waving|s waving) (a|his|her|the|my) {weapon}',
      '(gun|knife|rifle|pistol|weapon) (pointed|pointing|aimed) at (me|us|my)',
      '{perp} ~ (breaking|banging on|pounding on|kicking|trying to (break|get|kick)) ~ (door|window|in|down)',
      '(hes|shes|{partner} is|{partner} s|someone is|theyre) (hitting|choking|beating|attacking|strangling|hurting|kicking|stabbing|raping|shooting) me',
      'call (911|999|000|112)',
      '(broke|breaking|broken|broke in) (into|in to) my (house|home|apartment|place|room|flat)',
      '(hes|shes|{partner} is|someone is|theyre) (hitting|choking|beating|attacking|strangling|hurting|kicking|stabbing|raping) (her|him|them|my *) & (right now|rn|now|help)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A weapon mentioned with someone present and signs of threat.',
    victim: 'self',
    unless: ['(licen*|hunting|range|colect*|kitchen|cooking|chef|hobby|season|video game|movie|show)'],
    patterns: [
      '(he|she|hes|shes|{partner}) ~~ (and|with|has|got|holding) a (gun|knife|rifle|pistol|machete|weapon) & (kids|car|here|outside|threaten*|says|going to|gona|now|drunk|pointed|pointing)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A medical emergency.',
    patterns: [
      '(not|isnt|stopped|stoped|cant|cannot|can not) (breathing|breathe)',
      '(wont|isnt|is not|not) (waking up|responding)',
      '(wont|cant|can not|cannot) wake (him|her|them) up',
      '(he|she|they|{relation}|{partner}) (wont|cant|didnt|isnt) (wake up|respond)',
      '(collapsed|unconscious|seizure|having a stroke|heart attack|overdosing|choking on)',
      'bleeding (a lot|out|heavily|badly|everywhere|so much)',
      '(wont|cant|isnt|is not|not) (wake|waking) up & ({pills}|drank|overdose*|took|bleeding|breathing|alcohol|vodka|drunk|unconscious)',
      'blood everywhere',
      '(wont|cant|wil not|can not) stop (the )?bleeding',
      '(i|ive|i just) cut ({selfref} )?(way )?to deep',
      'cut {selfref} (way )?to deep',
    ],
  },

  // ——— partner violence ——————————————————————————————————————————————————————
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Physical violence against me.',
    unless: ['(pilow|playful*|as a joke|jokingly|snowbal|water balon|tickl*|wrestl*|play fight*|horsing around|by acident|acidentaly)'],
    patterns: [
      '{perp} ~ ({hit}) me',
      '{perp} ~ (push*|shov*) me (down|into|against|over|of|out|to the (ground|floor)|hard)',
      '{perp} ~ (threw|throws|throwing|hurled) ~ at me',
      '{perp} ~ (threw|throws) me',
      '{perp} ~ (grab*|pin*|held|holds) me (by the (throat|neck|hair|arm|arms|wrist)|down|against)',
      '{perp} ~ (grab*|twist*|yank*|pul*) (my|me by the) (throat|neck|hair|arm|arms|wrist|wrists)',
      '{perp} ~ (beat|beats) me up',
      '(bruises|marks|black eye|broken (rib|nose|arm)) (from|because of) (him|her|them|my {partner})',
      '(hurt|hurts|hurting|hurted) me physically',
      'physically (hurt|hurts|hurting|abuse|abuses|abusive)',
      '(beat|beaten) up by (him|her|my {partner})',
      '(punched|punches|punching|hit|kicked|smashed) ~ (wal|door) ~ (next to|near|by|beside|inches from) my (head|face)',
      '{perp} ~ (slam*|bang*|smash*|hit|hits|shoved|pushed) my (head|face) (into|against|on)',
      '(raises|raised|raising|shakes|shook|shaking) (his|her|a) fist (at|in front of) me',
      '{perp} ~ (gets|got|get|can get) (physical|rough|violent)',
      '(held|holds|put|pointed|points|pulled) (a|his|her|the) {weapon} (to|at|against|on) (me|my)',
      '(hides|hid|throws away|threw away|flushed|flushes|poked holes in|sabotag*) ~ (my )?(birth control|condoms|the pil)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Being hit, with the person left implicit ("...and slaps me if I talk back").',
    unless: ['(toddler|baby|babies|puppy|kitten|dog|cat|ball|waves|wave|pilow|playful*|as a joke|jokingly|wrestl*|tickl*)'],
    patterns: [
      '(and|then|also|even|always|sometimes|often|keeps|just|stil|literaly) (slaps|slaped|punches|punched|chokes|choked|strangles|strangled|kicks|kicked|smacks|smacked|shoves|shoved|beats|beat|hits|hit) me',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Named abuse and domestic violence.',
    patterns: [
      '(abusive|violent) (relationship|partner|boyfriend|girlfriend|husband|wife|ex|marriage|home)',
      '{perp} ~ (is|s|gets|can be|becomes|was) (abusive|violent)',
      '(hes|shes|theyre) ~ (abusive|violent)',
      'domestic (violence|abuse)',
      '{partner} (abuses|abused|is abusing|has been abusing) me',
      '(partner|domestic|intimate partner|dating) (violence|abuse)',
      '(im|i am|ive been|i have been|i was|been) (being )?(abused|beaten)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats against me.',
    victim: 'self',
    patterns: [
      '(threaten*|swore|swears|screamed|screaming|screams|yelled|yeling|texted|shouted|shouting) ~ ({kill}|hurt|beat|hit|end|ruin|destroy) (me|us)',
      '(texting|texts|texted|sent|sends|sending|leaving|leaves|gets) me (death )?threats',
      '(death threats|threatening (me|mesages|texts|voicemails))',

      'if i (ever )?(leave|left|go|tel anyone|tel someone) ~ ({kill}|hurt|find me|make sure|ruin|take the kids|make me pay|never see)',
      'make sure no one (else )?(can have|gets|wil have) me',
      'threaten* to (kil|hurt|beat|take the kids|take my kids|take away|ruin|post|share|leak|report me)',
      'threaten* to (cal|report (me|us)) ~ (immigration|ice|deport*|my boss|cps|social services)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fear of being killed or hurt for leaving or telling (laughter makes it a joke).',
    victim: 'self',
    hyperbole: true,
    patterns: ['({kill}|hurt|beat) me if i (leave|left|go|tel|told|cal|caled|report|try|ever)', '{perp} ~ ({kill}|hurt) me ~ if i (ever )?(leave|left|tel|go)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Coercive control: monitoring, isolation, money, confinement.',
    victim: 'self',
    unless: ['i check (his|hers|theirs|their) too', '(we|both of us) (check|share|track|both)', 'mutual'],
    patterns: [
      '{perp} ~ (checks|check|checking|checked|goes through|go through|going through|went through|goes thru|go thru|reads|read|monitors|monitoring|tracks|tracking|tracked|looks through|searches|snoops through|demands) ~ my (phone|messages|texts|location|emails|dms|calls|browser|history|social media|acounts|whereabouts)',
      '{perp} ~ (deletes|deleted|blocks|blocked) my (contacts|friends|number|acounts)',
      '{perp} ~ (takes|grabs|demands|snatches) my phone ~ (reads|checks|goes through|looks through|scrols through)',
      '(cut|cuts|cuting|isolat*|kept|keeps|keeping) me (of )?(from|away from) (al )?(my )?(friends|family|everyone|people|parents|mom|sister|brother|the world|the outside world)',
      'isolat* me',
      '{perp} ~ (wont|doesnt|dont|didnt|never) (let|lets|alow|alows) me (to )?(see|talk to|cal|text|visit|go out|go anywhere|leave|have (money|friends|a phone|my own|any)|use (my|the) (phone|car)|work|get a job|keep (my|any)|out of|wear|spend time|hang out)',
      '(not|never) alowed to (see|talk to|text|cal|visit) (my )?(friends|family|anyone|other|guys|men|women|girls|mom|parents|sister|brother)',
      '(not|never) alowed to (leave the house|go out|have (money|friends|a phone|my own))',
      '(controls|control|controling|hides|hid) ~ (my|al the|al our|the|our) (money|paycheck|pay|wages|card|cards|bank|car keys|pasport|id|acount|salary)',
      '(takes|took|keeps|kept) (al )?(my|al the|al our|our) (paycheck|wages|cards|bank card|car keys|pasport|id|salary)',
      '(make|makes|made) me ask (for )?((his|her|their) )?permision',
      '(controls|control|controling|keeps|kept|demands) ~ (every cent|every peny|al my money|my money|my paycheck|my wages|our finances|the finances|my bank|my salary|my card|my pay)',
      '(takes|took|taking) (al|every|most|half|every cent|every peny) (of )?my (money|paycheck|wages|salary|pay)',
      '(hand over|give (him|her|them)) (al )?my (money|paycheck|wages|salary|pay|card)',
      'gives me an alowance',
      '(instaled|instals|put|puts|hid|hidden|placed) ~~ (app|tracker|gps|spyware|airtag|tracking) & (track*|where i (am|go|was)|my location|spy*|read (my|al my)|monitor*|see my (texts|mesages|chats))',
      '(tracker|airtag|gps|spyware|tracking app) (on|in|under) my (car|phone|bag|laptop)',
      '(blocks|blocked|blocking|stands in|stood in) (the )?(door|doorway|exit|my way) & (leave|go|get out|scream*|yel*|wont let)',
      '{perp} ~ (monitors|tracks|controls|checks|watches|questions) (everything|every move|where i go|who i (talk|text|see|mesage)|what i (wear|eat|spend|do))',
      'ask (his|her|their) permision',
      '(locks|locked|locking|lock) me (in|out|up) (of )?(the|my|our|a|his|her) (house|room|bedroom|apartment|home|car|bathroom|closet|basement|garage|flat)',
      '(locks|locked|locking|lock) me (in|up) $',
      '(broke|smashed|hid|destroyed|threw|thrown|broken|smashes|hides|took away|takes away) my (phone|laptop|car keys|keys|pasport)',
      '{perp} ~ (destroyed|destroys|smashed|smashes|breaks|broke) (my|al my) (things|stuff|belongings)',
      '(mad|angry|furious|jealous|freaks out|freaks|explodes|violent|punishes me) ~ (if|when|whenever) i ~ (friends|family|mom|sister|brother|coworkers|other (men|guys|women|girls)|talk to (anyone|guys|men|women))',
      '(stalking|stalks|stalked) me',
      '(folowing|folows|folowed|folow) me (home|around|to|everywhere|from|in (his|her|a) car)',
      '(shows|showing|turns|turning|showed|turned) up (at|to) my (work|job|house|home|place|school|apartment|parents|gym)',
      '(cant|can not|cannot) (see|talk to|cal|text) (my )?(friends|family) (because of|or) (him|her|he|she)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fear of a partner.',
    patterns: [
      '(scared|afraid|terified|frightened|fear) (of )?what (he|she|they|hel|shel|hed|shed|my {partner}) ~ (do|does|did|react|do to me|be capable of)',
      '(scared|afraid|terified|frightened) (of|to leave) (him|her|my {partner}) $',
      '(scared|afraid|terified|frightened) (of|to leave) (him|her|my {partner}) (when|because|if)',
      '(scared|afraid|terified|frightened) (to go|of going) (back )?home ~ (because of|when|with|tonight|hes|shes|he|she|him|her)',
      '(scared|afraid|terified|frightened) (to go|of going) (back )?home $',
      '(to|so) (scared|afraid|terified|frightened) to leave $',
      '(scared|afraid|terified|frightened) (for my life|hel kil me|shel kil me)',
      'walk* on egshels & (he|she|him|her|{partner}) & (hit|hurt|scream*|yel*|threat*|afraid|scared|terified|rage|explode*)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Emotional abuse and intimidation: ask whether they are safe.',
    patterns: [
      '(calls|caled|caling|cal) me (a |an )?(fat |stupid |fucking )?({insult})',
      '(tels|told|telling|says|said) me (im|i am|that im|that i am) ({insult})',
      'says nobody (wil|would) ever love me',
      '(screams|yels|screamed|yeled|screaming|yeling) (at me|in my face) ~ (every day|al the time|constantly|every night|daily|for hours)',
      'walk* on egshels',
      '{perp} ~ (hurts|hurt) me',
      '{partner} (scares|scared) me',
      '(said|says|told me|tels me) ~ ({kill}|hurt|beat) (me|us) $',
      '(punched|punches|punching|smashed|smashes|kicked) (a hole in )?(the|a) (wal|door)',
    ],
    unless: ['hurt* me (when|by|with|so|emotionally|by cheating)', '(cheat*|lied|lying|lies|left me|words|feelings)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Violence against someone else (a friend, a sister, a parent).',
    victim: 'other',
    patterns: [
      '({perp}|{parent}) ~ ({hit}) (her|him|them|my {relation}|my mom|my mum)',
      '{child}s ({parent}|father|mother) ~ ({hit}|hurt*|molest*|touch*) (her|him|them)',
      '{perp} ~ (beat|beats) (her|him|them) up',
      '({relation}|{relation}s) ({partner}) ~ ({hit}) (her|him|them)',
      '{relation}s ({partner}) (is|s) (abusive|violent)',
    ],
  },

  // ——— sexual violence ——————————————————————————————————————————————————————
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Rape and sexual assault, named.',
    patterns: [
      '(rape|raped|rapes|raping|rapist|rapey)',
      'r (pe|ped|pes|ping|pist)',
      'sexualy (assault*|abus*|harass*|violated|coerced)',
      'sexual (assault|abuse|violence|harassment|coercion)',
      'molest*',
      '(groped|gropes|groping|grope)',
    ],
    unless: ['rape (seed|seeds|oil)'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Forced or pressured sex, no consent.',
    patterns: [
      '{perp} ~ forced me $',
      '{perp} ~ forced me (and|into it)',
      'forc* (himself|herself|themselves) (on|onto|into) me',
      'forc* me (to have sex|into sex|to sleep with|to do sexual|to do stuff|to have intercourse|to touch him|to touch her|to give him|to watch porn|into bed)',
      '(make|makes|made|making|pressure|pressures|pressured|pressuring|guilts|guilted|coerce*) me (into )?(have sex|having sex|sex|sleep with|sleeping with|do sexual|doing sexual|sexual)',
      '(has|had|have|having) sex with me (while|when) i (was |am )?(asleep|passed out|unconscious|drunk|sleeping|high|blackout)',
      '(said|say|saying|told him|told her) no (and|but) (he|she|they) (didnt|did not|wouldnt|kept going|didnt stop|continued|did it anyway)',
      'didnt stop when i said no',
      '(without|didnt have|no) (my )?consent',
      '(didnt|did not|couldnt|could not|never) consent',
      '(doing|did|does) (stuff|things|sexual things|something|sexual stuff) to me & (asleep|sleeping|passed out|unconscious|drunk|couldnt move|froze|woke up)',
      '(touched|touches|touching|grabbed|grabbing|grabs|groped) (me|my) ~ (without|when i|while i|inapropriately|down there|in my sleep|private*|breasts|chest|butt|ass|crotch|genitals|between|thigh|thighs)',
      '(touched|touches|touching) me (when|while|without|there|inapropriately|at night|and)',
      '{perp} touched me $',
      '(keeps|kept|always) (grabbing|touching|groping) my (butt|ass|breasts|chest|crotch|thigh|legs)',
      '(drugged|roofied|spiked) (me|my drink|my drinks)',
      '(touches|touched|touching|groped|gropes|groping) (her|him|them) ~ (private*|inapropriately|genitals|down there|breasts|chest|butt)',
      '(was|got|been|i was|think i was) (drugged|roofied|spiked)',
      '(assaulted|attacked|used) me ~ (at a party|while i was (drunk|asleep|passed out|high)|when i was (drunk|asleep|passed out|high))',
      '(drugged|drunk|passed out|asleep) (and|then) (assaulted|raped|attacked|used)',
      'put something in my drink',
      '(having sex with|on top of|inside|undresing) me & (asleep|woke up|wake up|pased out|unconscious|drunk|sleeping)',
      '(push*|pressur*|guilt*|coerc*) me (to|into) (have sex|having sex|sex|sleep with|sleeping with)',
      '(hand|hands|fingers) (down|up|in|inside|under) my (pants|shirt|skirt|dress|underwear|top|jeans)',
      '(pay|paying|trade|trading) ~ (with|for) (sex|sexual favors|sexual favours)',
      '(traded|trade|trading|exchange|exchanging) (sex|sexual favors|sexual favours) for',
      '(sex|sexual) ~ (after|even after|when) i (cried|said no|told (him|her) to stop|was crying)',
      '(did|does|done|doing) (things|stuf|something|bad things|sexual things|stuf i didnt want) to me & (when i was|as a (kid|child)|growing up|younger|litle|cant talk about|didnt want|asleep|pased out|drunk)',
      'took advantage of me & (drunk|asleep|pased out|high|wasted|unconscious|sleeping|couldnt say no)',
      '(exposed|flashed) (himself|herself|themselves) to me',
      '(leaked|posted|shared|spread) (our|my) (sex tape|nudes|intimate *)',
      '(filmed|recorded) (us|me) ~ without (me knowing|my knowledge|asking|my permision|consent)',
      '(makes|made|make|forces|forced) me (sit on his lap|touch him|touch her|undres*|get naked|watch porn|send (pics|nudes|photos))',
      '(asked|asks|asking|wants|wanted|told|pressur*) me to send (pics|nudes|photos|pictures|naked *|him pics|her pics)',
      '(i )?froze & (sex|touched|he kept going|undress*|on top of me)',
      '(shared|sent|posted|leaked|spread|showed) ~ my (nudes|naked (photos|pics|pictures)|intimate (photos|pics|images|videos)|sex tape|pics to)',
      'threaten* to (post|share|leak|send) my (nudes|pics|photos|videos)',
      '(post|share|leak|send|show) my (nudes|pics|photos|videos|naked *) ~ (if|unless) i',
      '(comes|came|sneaks|snuck|creeps|crept) (into|in) my (room|bed) & (touch*|grope*|groping|undress*|get in bed)',
      'didnt want (it|to) & (sex|slept with|touched|pressured)',
    ],
  },

  // ——— child abuse —————————————————————————————————————————————————————————————
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Harm to a child (the speaker\'s child, sibling, or a child they know).',
    victim: 'other',
    patterns: [
      '({hit}|hurt|hurts|hurting|molest*|touch*|touches|touching|rap*|throw|threw|throws|throwing|push*|shov*|starv*|burn*|lock*|neglect*) (my|our|his|her|their|the|a) {child}',
      '{child} ~ (is|are|being|gets|getting|got|was|were) (abused|hit|beaten|hurt|molested|neglected|touched)',
      '(neglect|neglected|neglecting|neglects) ~ {child}',
      '(leave|leaves|left|leaving) (their|his|her|the|my|our) {child} (alone|home alone|locked)',
      '{child} ~ (alone for days|home alone for days|always starving|starving and alone|never fed|no food)',
      '{child} & (keep (it|this|that|our|things) (a )?secret|sexual (messages|pictures|photos)|nudes|naked|inapropriate (messages|pictures|touching))',
      '(sending|sends|sent|asking) ~ # (year|yr)s? old ~ (sexual|nudes|naked|inapropriate)',
      'sexual (messages|pictures|photos|texts) ~ {child}',
      '{child} ~ (bruises|flinches|scared to go home|afraid to go home)',
      'child abuse',
      '(gone|away|left (them|alone)|alone) for days & {child}',
      '(told|tels|asks|asked|makes|made) (her|him|them|my {child}) (not to tel|to keep ~ secret|to hide)',
      '(shook|shakes|shaking|shaken) (the|my|our|his|her)? ?(baby|infant|newborn|him|her) (hard|so hard|violently|until)',
      '(dont|doesnt|never|wont|didnt) feed (me|us|them|the kids|him|her|my {child}|their {child})',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A parent or carer harming me (the speaker is or was a child).',
    victim: 'self',
    patterns: [
      '(my )?{parent} ~ ({hit}|hurt|hurts|touched|touches|touching|molested|lock*|starv*|threw|throws|burn*) (me|us)',
      '{parent} (used to|would) ~ ({hit}|hurt|touch) (me|us)',
      '(abused|molested|beaten|hit) (as|when i was) (a )?(kid|child|little|young|teen|teenager)',
      '(abused|molested|beat|hit|hurt|touched) (me|us) (as|when i was|when we were) (a )?(kid|kids|child|children|little|young|teen|teenager)',
    ],
  },
];
