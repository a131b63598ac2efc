/**
 * The crisis screen's lexicon: every phrase it reacts to, grouped by category and level, in a
 * form a content designer can read and extend without touching the matching code.
 *
 * The rules themselves live in one file per category in ./lexicon/ (suicide.ts,
 * partner-violence.ts, …), plus four that name a harm once for every doer (plain-harm.ts,
 * plain-harm-told.ts, plain-sexual-harm.ts, plain-danger-now.ts); this file keeps what they share: word lists
 * (MACROS), idioms blanked before matching (SAFE_PHRASES), context markers and the weak suicide cues.
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
 *    add those contexts to `unless` (anywhere in the message: ages, pregnancy, "it's not a suicide
 *    thing"), to `unlessNear` (everyday topics that explain it only in the same sentence or the
 *    next: the cat, moving house, a new job), or, when the harmless phrase is an idiom, to
 *    SAFE_PHRASES. A topic word in `unless` hides a disclosure whenever a long message mentions
 *    the kids or the dog anywhere; prefer `unlessNear` for those.
 * 4. Add a labelled line to a test/fixtures/risk-dev*.jsonl file (and a hard negative next to it),
 *    run `npx tsx scripts/eval-risk.ts`, and check nothing else got worse. Never edit
 *    risk-heldout.jsonl to make a change pass: it measures text the screen was not tuned on.
 */
import { CHILD_ABUSE_RULES } from './lexicon/child-abuse.ts';
import { EMERGENCY_RULES } from './lexicon/emergency.ts';
import { PARTNER_VIOLENCE_RULES } from './lexicon/partner-violence.ts';
import { PLAIN_DANGER_NOW_RULES } from './lexicon/plain-danger-now.ts';
import { PLAIN_HARM_RULES } from './lexicon/plain-harm.ts';
import { PLAIN_HARM_BY_ME_RULES } from './lexicon/plain-harm-by-me.ts';
import { PLAIN_HARM_TOLD_RULES } from './lexicon/plain-harm-told.ts';
import { PLAIN_SEXUAL_HARM_RULES } from './lexicon/plain-sexual-harm.ts';
import type { LexiconRule } from './lexicon/rule.ts';
import { SELF_HARM_RULES } from './lexicon/self-harm.ts';
import { SEXUAL_VIOLENCE_RULES } from './lexicon/sexual-violence.ts';
import { SUICIDE_RULES } from './lexicon/suicide.ts';
import { UNDERSTATED_RULES } from './lexicon/understated.ts';
import { FAREWELL_RULES } from './lexicon/farewells.ts';
import { CHILD_SIGN_RULES } from './lexicon/child-signs.ts';
import { CHILD_EVERYDAY_RULES } from './lexicon/child-everyday.ts';
import { SEXUAL_SIGN_RULES } from './lexicon/sexual-signs.ts';
import { CHECK_IN_REPLY_RULES } from './lexicon/check-in-replies.ts';
import { JOKES_MEANT_RULES } from './lexicon/jokes-meant.ts';
import { PARTNER_COACHING_RULES } from './lexicon/partner-coaching.ts';
import { PARTNER_SIGN_RULES } from './lexicon/partner-signs.ts';
import { LOSS_MARK, SUICIDE_ENDING_RULES } from './lexicon/suicide-endings.ts';
import * as context from './lexicon/context.ts';
import { IN_EARNEST_MARKERS, MISHAP_MARKERS } from './lexicon/mishaps.ts';
import { CUE_BENIGN, SUICIDE_CUES } from './lexicon/suicide-cues.ts';

export { ALL_CLEAR, CHILD_OTHER, CHILD_SELF, CHILDHOOD_SELF, DANGER_NOW, GROWN_CHILD, HEALED_MARKERS, LEFT_BEHIND_MARKERS, MARRIED_CHILD, NOW_MARKERS, ONGOING_MARKERS, OWN_PARTNER, PAST_MARKERS, STIRRING_MARKERS, THEIR_CHILDHOOD, THEIR_PARTNER, THIRD_PARTY_FRAMES, PAST_TENSE } from './lexicon/context.ts';
export { CUE_BENIGN, CUE_MIN_FAMILIES, SUICIDE_CUES } from './lexicon/suicide-cues.ts';
export { IN_EARNEST_MARKERS, MISHAP_MARKERS } from './lexicon/mishaps.ts';

export type { LexiconRule } from './lexicon/rule.ts';

/** Shared word lists, used in patterns as `{name}`. */
export const MACROS: Readonly<Record<string, string>> = {
  partner:
    'partner|boyfriend|girlfriend|bf|gf|husband|hubby|wife|wifey|fiance|fiancee|ex|exs|spouse|man|boo|ex boyfriend|ex girlfriend|ex husband|ex wife|baby daddy|baby mama|other half|fella|fellah|feller|missus|missis|hubs|bae|de facto|significant other|bloke|baby father|baby mother|babyfather|babymother|baby dad|baby mum|baby mom|babys father|babys mother|babys dad|babys mum|babys mom|kids dad|kids father|kids mum|kids mom|kids mother|childrens father|childrens mother|co parent|coparent',
  perp: 'he|she|hes|shes|hed|shed|hel|shel|they|theyre|{partner}',
  hit: 'hit|hits|hitting|beat|beats|beating|beaten|slap*|punch*|kick*|chok*|strangl*|shov*|smack*|whip*|bit|bites|biting|attack*|slam*|pinned|pins|headbut*|elbow*|stomp*|spit on|spat on|knock*|abuse|abuses|abused|abusing|burned|burns',
  kill: 'kill|kil|kiling|kilin|murder|stab|shoot|strangle|🔪|🔫',
  selfref: 'myself|my self|myslef|mysef|meself|mself|my own self',
  child:
    'kid|kids|child|children|son|sons|daughter|daughters|baby|babies|toddler|toddlers|infant|nephew|niece|stepson|stepdaughter|stepkid|stepkids|grandson|granddaughter|grandkid|grandkids|little one|little ones|(little|younger|baby|small|kid) (brother|sister|bro|sis)|# (year|yr)s? old|# yo|#yo',
  parent:
    'dad|daddy|father|mom|mommy|mum|mother|stepdad|stepfather|stepmom|stepmother|stepmum|step dad|step mom|step mum|parents|moms boyfriend|mums boyfriend|dads girlfriend|grandpa|grandad|granddad|grandfather|grandma|grandmother|uncle|aunt|babysitter|foster (mom|dad|parent|parents)',
  relation:
    'friend|friends|bestie|best friend|sister|brother|sis|bro|mom|mum|mother|dad|father|cousin|aunt|roommate|flatmate|coworker|colleague|neighbor|neighbour|classmate|son|daughter|teen|student|girl|guy',
  pills:
    'pills|pill|tablets|meds|medication|medicine|sleeping pills|painkillers|tylenol|paracetamol|ibuprofen|advil|aspirin|xanax|benzos|oxy|insulin|antidepressants|morphine|codeine|tramadol|oxycodone|fentanyl|opioids|opiates|diazepam|valium|sleeping tablets|💊',
  weapon: 'knife|gun|weapon|bat|axe|machete|blade|rifle|pistol|hammer|shotgun|handgun|revolver|firearm|crossbow|cleaver|sword|panga|cutlass|shank|shiv|sjambok|kukri|🔪|🔫',
  /** Reaching, or trying to reach, a service by phone, text or chat. */
  contacted:
    'rang|rung|called|phoned|texted|messaged|contacted|dialled|dialed|chatted (to|with)|spoke (to|with)|talked (to|with)|hung up on|on the phone (to|with)|on hold (with|to)|reached out to|got through to|tried (calling|ringing|texting|to call|to ring|to text|to reach)|almost (called|rang|texted)|nearly (called|rang|texted)',
  /** First-person wanting, planning or being drawn to something. */
  selfwant:
    'i want|i wana|i wanna|i wish i could|i wish to|id like to|i would like to|i just want|part of me wants|i keep wanting|im going to|im gona|im ready to|im planing to|i plan to|i need to|i should just|i should|i have urges to|urges to|i feel like i want to|i think i want to|i kind of want to|some days i want to|sometimes i want to|i realy want to|i just wana|i wana just',
  /** Ways of saying "to be dead" or "to stop living". */
  deathwish:
    'stop breathing|stop existing|not exist|not be alive|vanish (from existence|forever|for good|permanently)|disapear (forever|for good|permanently|from existence|from (this|the) (world|earth|planet))|leave this (world|earth|life)|go to sleep forever|not wake up|never wake up|kil {selfref}|be gone (forever|for good)|end (my life|my own life|everything|it al)|stop living|not be here anymore|not be around anymore|end {selfref}|stop waking up|be with (my|her|him) ~ (in heaven|on the other side)|join (my|her|him|them) ~ (in heaven|on the other side)|make it stop for good|go for good',
  /** Ways of saying "if I were gone": used after "better off ... if i". */
  gone: 'gone|dead|died|wasnt here|wasnt around|werent here|werent around|was not here|wasnt alive|didnt exist|never existed|out of the picture|out of (their|the|everyones|your) (way|lives|life|hair)|not here|not around|not alive|no longer here|disappeared|vanished|never born|just disappeared|was gone|were gone|was dead|were dead|left for good|stopped existing|ended it|die|wasnt in the picture|werent in the picture|not in the picture|not in this world|wasnt in this world|didnt wake up|never woke up|never wake up',
  /** How others would feel if I were gone. */
  better: 'better|better off|happier|easier|relieved|lighter|fine|okay|ok|safer|freer|free|kinder|simpler|at peace|less stressed|richer|simpler|a mercy|a blessing|a relief|for the best',
  /** Adults trusted with children outside the family. */
  carer: 'coach|teacher|tutor|pastor|priest|youth pastor|youth leader|scout leader|mentor|babysitter|nanny|family friend|trainer|instructor|neighbour|neighbor|cousin',
  insult: 'worthless|useless|stupid|pathetic|nothing|fat|ugly|whore|slut|bitch|crazy|psycho|retarded|idiot|disgusting',
  /** Where a story, not the speaker's life, is being told: used by SAFE_PHRASES for fiction and news. */
  story:
    'film|films|movie|movies|show|shows|series|episode|episodes|ep|season|finale|anime|manga|kdrama|k drama|drama|novel|novels|book|books|story|stories|podcast|documentary|documentaries|doc|article|news story|news report|report|game|play|musical|song|video|chapter|audiobook|true crime|sitcom|soap|netflix series|tv show',
  /** Characters in a story. */
  character: 'mc|main character|character|characters|villain|villains|hero|heroine|protagonist|antagonist|narrator|lead|killer|detective',
  /** The harm words a story or a news item may mention. */
  harmword:
    'unaliv*|kil*|suicide|suicidal|overdos*|od|od d|rape|raped|rapes|raping|asault*|sexualy asaulted|strangl*|stab*|murder*|abuse*|abusive|domestic (violence|abuse)|jump*|die|dies|died|dying|dead|death|hang*|hung|shot|shoots|shoot*|beat*|hit|hits|chok*|cuts|cut (herself|himself|themselves)|self harm*|heart atack|drown*|poison*|slit*|torture*',
  /** Combat sports and martial arts, where being hit or choked is the game. */
  combat:
    'sparing|spar|spars|bjj|jiu jitsu|jujitsu|ju jitsu|judo|karate|taekwondo|tae kwon do|kickboxing|boxing|muay thai|mma|wrestling|grapling|martial arts|krav maga|aikido|kendo|fencing|pad work|padwork|the ring|the octagon|rolls|roling|open mat',
};

/** Someone close who may have died ("my brother", "my girlfriend's ex", "Dad"), in the SAFE phrases about a loss. */
const LOST_ONE =
  '(brother|sister|dad|father|mum|mom|mother|son|daughter|friend|cousin|uncle|aunt|grandad|grandpa|nan|gran|husband|wife|partner|ex|boyfriend|girlfriend|colleague|classmate|flatmate|teacher|neighbour|neighbor|stepdad|stepmum|grandfather|grandmother|mate|fiance|fiancee|nephew|niece|bro|sis)';

/** An old relative, in the SAFE phrases about growing old at peace. */
const OLD_RELATIVE =
  '(grandad|grandpa|granddad|grandma|gran|nan|nana|granny|grandfather|grandmother|great (grandad|grandpa|grandma|gran|nan|aunt|uncle)|elderly (dad|father|mum|mom|mother|parents|neighbour|neighbor))';

/**
 * Someone else's death by suicide told as a loss ("three years since my brother took his own life",
 * "my father, who killed himself before we met"). Replaced by the word LOSS_MARK rather than blanked,
 * so the grief is not read as a wish while a rule can still hear wanting to follow them ("my brother
 * killed himself and I want to follow him", suicide-endings.ts). "He nearly killed himself" is not one.
 */
export const LOSS_PHRASES: readonly string[] = [
  `(${LOST_ONE}|he|she|they|who|that) (took|ended) (his|her|their) (own )?life`,
  `(${LOST_ONE}|he|she|they|who|that) (killed|kiled) (himself|herself|themselves)`,
  '(died|dying) (by|of|from) suicide',
  '(lost|losing) ~ to suicide',
  '(suicide loss|loss to suicide|bereaved by suicide|survivors of suicide)',
];

/** The word a LOSS_PHRASES match leaves in the text for the rules to read (declared beside the rules that read it). */
export { LOSS_MARK };

/**
 * Idioms and harmless phrases, blanked out before any rule runs, so "this fight is killing me"
 * or "she hit me with the news" can never look like danger.
 */
export const SAFE_PHRASES: readonly string[] = [
  // Soft things thrown in play: "she threw a cushion at me when I ate the last Kinder Bueno".
  '(threw|throws|throw|throwing|chucked|chucks|lobbed) (a|the|her|his|my|some) (cushion|cushions|pilow|pilows|sock|socks|teddy|snowbal|snowbals|water balon|water balons|grape|grapes|popcorn|tea towel|dish towel|paper bal|scrunched up paper|marshmalow|marshmalows) at me',
  // Tickling while laughing: "he tickled me until I couldn't breathe and I nearly wet myself laughing".
  'tickl* (me|him|her|them) (until|til) (i|he|she|they|we) (couldnt|could not|cant|can not) breathe ~~ (laugh*|giggl*)',
  // A tracker on a pet: "she put a GPS tracker on the dog's collar because he keeps escaping".
  '(gps|tracker|airtag|air tag|tile) (on|to|in|onto) (the|our|his|her|my) (dogs|cats|dog|cat|pupys|pupy) (colar|harnes|lead)',
  // A grip on a ride: "she grabbed my arm so hard on the rollercoaster I've got fingertip bruises".
  '(grabbed|grabs|gripped|grips|squeezed|squeezes|held) my (arm|hand|wrist|leg|knee) ~~ (on|during|at) the (rolercoaster|ride|scary bit|horror film|scary film|take of|landing|turbulence)',
  // A party or a look thrown for someone: "my partner threw me a little party".
  '(threw|throws|throw|throwing) me a (little |smal |big |huge |surprise |birthday |leaving |goodbye |welcome |baby |coming out |name )?(party|shower|bash|do|celebration|surprise|lifeline|bone|curveball|curve bal|look|smile|wink|kiss)',
  // Grief and jealousy felt in the body: "my body physically hurts from crying", "I can't breathe, I keep
  // reading her messages to him" (the rest of the sentence is still read).
  '(body|heart|chest|everything) physicaly (hurts|hurt|aches) (from|with) (crying|grief|sadnes|stres|heartbreak)',
  '(cant|can not|cannot) breathe (i keep|keep) (reading|rereading|replaying|picturing) (her|his|their|the) (messages|texts|chats|emails)',
  // The writer ending a row, not a blow: "I kicked him out" (the rest of the sentence is still read).
  // Only the writer's own: "he kicked her out of the car on the motorway" stays a harm.
  '(i|we) (just |finaly |eventualy )?(kicked|kick) (him|her|them) out',
  // Ruthless, or a razor: "it's a cut-throat industry", "he shaves with a cut-throat razor".
  'cut throat (industry|business|world|razor|razors|competition|market|culture|environment|sector|game|deal|deals|prices|pricing|place|office|team|kitchen|trade|profession|job|company|firm|politics|sport)',
  // A message or a look sent quickly: "he just shot me a text".
  '(shot|shoot|shoots|shooting) (me|him|her|them|us) (a|an) (quick |short |dirty |funny |cheeky |weird )?(text|message|look|smile|glance|email|dm|line|wink|grin|note|reply|voice note)',
  // Copying music or a film for someone: "my son burned me a cd of his band".
  '(burned|burnt|burn|burns|burning) (me|us|you|him|her|them) (a|an|some|the|his|her|my|our|two|thre|a few) (cd|cds|dvd|dvds|copy|copies|mix|mixtape|playlist|disc|disk|disks|discs)',
  // A door shut hard in anger: "my housemate slammed the door in my face".
  '(slam*|shut|shuts) the door in (my|his|her|our|their|your) face',
  // Snapping at someone: "he nearly bit my head off over toast".
  '(bit|bites|biting|bite|biten) (my|his|her|your|their|our) (head|heads) (of|off)',
  // Knocks from sport or a needle: "a black eye from a squash ball", "bruises from giving blood".
  '(black eye|black eyes|bruises|bruised|split lip|fat lip|broken nose|cut lip) (from|playing) (the |a )?(rugby|squash|football|footy|soccer|hockey|netball|basketball|cricket|lacrose|{combat}|squash ball|cricket ball|giving blood|a blood test|blood tests|judo grading)',
  '(from|after) (the )?(rugby|squash|football|footy|soccer|hockey|netball|basketball|cricket|{combat}) (match |game |training |practice )?with (a )?(black eye|split lip|fat lip|broken nose)',
  // Help after an injury: "my wife is cutting up my food".
  'cut* up (my|his|her|their|the) (food|dinner|meat|steak|sandwich|sandwiches|toast|veg|vegetables|tea)',
  // A child's protest at a rule: "grounded from the xbox… he says it's child abuse lol".
  '(grounded|screen time|bedtime|no phone|no xbox|chores|homework) ~~ (says|said|cals it|thinks) (its|it is|thats|that is) (literaly |basicaly )?child abuse',
  '(says|said|cals it|thinks) (its|it is|thats|that is) (literaly |basicaly )?child abuse (lol|haha|😂|🤣)',
  // A telling-off threatened, not a report to the authorities: "threatening to report me to her mother".
  'threaten* to (report|tel on|grass on) (me|us) to (her|his|my|our|their) (mum|mom|mam|mother|dad|father|parents|nan|gran|sister|brother|family|pastor|aunt|auntie)',
  // Said in anger at someone else, not a wish to die: "I said I wished he'd never been born".
  '(wish|wished|wishing) (he|she|you|they|hed|shed|youd|theyd) (had )?never (been )?born',
  // A figure of speech: "it felt like swallowing glass".
  '(feels|felt|was|is|its) like (swalowing|eating|chewing) (glass|razor blades|razors|nails|broken glass|a brick|sand)',
  // A nudge to keep quiet: "she kicked him under the table and everyone laughed".
  '(kicked|kicks|kicking|nudged|nudges) (him|her|them|my {partner}|my {relation}) under the table',
  // Health warnings about someone else: "do you want to be dead by fifty?".
  '(you|youl|youre|he|hel|hes|she|shel|shes|they|theyl|theyre|we|wel) ~ (be )?dead (by|before) (thirty|forty|fifty|sixty|seventy|eighty|the age of|(im|hes|shes|youre|were|theyre) (#|thirty|forty|fifty|sixty|seventy))',
  // Worn out: "two sets of tablets, two sets of appointments, I'm dead on my feet".
  'dead on (my|his|her|our|their|your) feet',
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
  // Round 26: suicide as a subject, not a wish: "a bridge with a lot of suicides", a first-aid course teaching
  // how to ask "if they're thinking of suicide", a domestic abuse caseworker at work.
  '(lot of|lots of|many|number of|rate of|rates of|known for|famous for|spate of|string of) suicides',
  '(ask|asking|asked|to ask) ~~ (if|whether) (they|theyre|someone|somebody|people|a person) ~ (thinking|thought) (of|about) suicide',
  '(im a|i am a|i work as a|i work for a|i work at a|i volunteer (at|for) a) (domestic abuse|domestic violence|dv|sexual assault|rape crisis) (caseworker|case worker|worker|advocate|officer|charity|service|helpline|centre|center|refuge|support worker|line)',
  // Round 26: the "here" is a place, said in the next breath ("I don't want to be here anymore. at this company.").
  'be here (anymore|any more) . (at|in|with) (this|my|the) (company|job|work|ofice|office|school|uni|team|manager|boss|place|town|city|house|flat|department|firm|shop)',
  // A compliment ("abs to die for", "the view is to die for"), not "I want to die for real" or "wanted to die for months".
  '(a|an|is|was|are|were|its|thats|looks|looked|smells|smelled|tastes|tasted|sounds|sounded|absolutely|simply|literaly|honestly|truly|just) to die for',
  '(body|view|views|cake|abs|hair|lashes|eyelashes|dress|outfit|figure|legs|cheekbones|voice|food|pasta|dessert|pudding|chocolate|curls|smile|garden|kitchen|house|shoes|bag) (thats |that is |is |was |are )?to die for',
  '(phone|battery|laptop|car|plant|plants|vibe|conversation) (is|s|was)? ?(dead|dying|died)',
  'dead (tired|serious|set|wrong|end|inside lol)',
  'dead to me',
  // Laughing hard, not a wish: "I want to kill myself laughing every time I think of it".
  '(kil|kill|killing|kiled|kils|kiling) (myself|me|herself|himself|themselves) laughing',
  // Hair dye spelt "die": "my daughter says she wants to die her hair pink".
  '(die|died|dying) (my|her|his|their|your|our) (hair|roots|fringe|beard|eyebrows) (pink|blue|red|black|blonde|brown|purple|green|orange|grey|gray|silver|white|dark|darker|lighter|back|again|for|with|at home|myself|herself|himself|$)',
  // An apology for hurting someone: "he said 'I'm sorry I hurt you'" (and its retelling, "he's sorry he hurt me").
  '(im|hes|shes|i am|he is|she is|theyre) (so |realy |truly )?sorry (that )?(i|he|she|they) (hurt|hurted) (you|u|me)',
  // Reclaiming a life, not ending it: "I'm slowly taking my life back".
  '(take|takes|taking|taken|took|get|getting|got|win|winning) (back )?(my|our) (own )?(life|lives) back',
  '(take|taking|took) back (my|our) (own )?(life|lives)',
  // The speaker's own flash of rage at things, not a threat to anyone: "I wanted to burn the whole house down".
  'i (wanted|want|wana|felt like|could have|couldve|could) (to )?(just )?(burn|torch) (the|this|our|my) (whole )?(house|place|flat|world|lot|building) (down)?',
  // Similes about the sound of something: "he snores like a dying walrus".
  'like a dying (walrus|swan|whale|cow|animal|duck|seal|goose|cat|dog|pig|elephant|horse|donkey|moose|bird|fish)',
  // The speaker's own heat-of-the-moment line, laughed off: "I said 'I swear I'll strangle you with that cable' and we both burst out laughing".
  'i (said|told (him|her|them)|snaped|yeled|shouted) (that )?i (swear )?(il|wil|could|am gona|gona|wil (actualy|literaly)) ({kill}|strangle) (you|u|him|her|them) ~~ & (both|al) (burst out |started |fel about |cracked up )?laughing',
  // Waking too early is not a death wish: "I need to stop waking up at 5am", "stop waking up so early".
  'stop waking up (at|so|too|this|before|early|in the middle|at night|during|through|#|with (a|my|the) (headache|alarm|start)|every time (the|my|he|she|they|it|someone))',
  // The idiom for a frustrating task or person: "banging my head against the wall trying to fix this code".
  '(bang*|hit*) (my|our) (head|heads) (against|on|into) (a|the) (brick )?wall ~ (trying|over|about|figuring|explaining|geting|to get|to make|with (this|that|him|her|them|work|code|it))',
  'like (banging|hitting) (my|your|our) (head|heads) (against|on|into) (a|the) (brick )?wall',
  'hit me up',
  // Letting someone leave is no control: "she's allowed to go. I won't beg her to stay."
  '(hes|shes|theyre|he is|she is|they are) (alowed|free) to (go|leave) $',
  // "hit me back" and "hit me hard" are idioms only with a request or a non-person subject:
  // "he hit me hard" and "she hit me back" are violence and must stay visible.
  '(text|cal|message|dm|pls|please|just|can you|could you|u|you|wil you|gona) hit me back',
  '(losing|lost|loss|death|passing|news|comment|coment|coments|remark|words|thought|memory|anniversary|realising|realizing|hearing|reading|breakup|divorce|diagnosis|funeral) ~ hit me (realy |so |pretty |quite )?hard',
  '(it|that|this|which|news|reality|grief|loss|song|movie|film|show|book|episode|ending|line|words|truth|everything|realization|wave|hangover|flu|cold) (has |had |have )?(realy |just |finaly |suddenly |kinda |actualy |properly |totaly )?hit me (so hard|realy hard|hard|like a (truck|ton of bricks|train))',
  '(hit|hits|hitting) me with (the|some|a|an|her|his|those|these|that|this) ~ (comeback|comebacks|jokes|joke|puns|pun|memes|facts|truth|lines|compliments|sass|attitude|logic|receipts)',
  'hit me with (the|some|a|an|this|that|his|her) (news|surprise|idea|question|questions|fact|story|truth|bombshell|bomb|line|request|look|trip|message|text|gift|reality|joke|meme|compliment|excuse|speech|guilt|guilt trip|lecture|bil|check|ultimatum|pilow)',
  '(deals|deal|dealing|works|work|working|specializes|specialises) with (child abuse|domestic (violence|abuse)|sexual (assault|abuse)|suicide) (cases|calls|victims)',
  '(child abuse|domestic (violence|abuse)|sexual (assault|abuse)|suicide) (cases|calls|case|unit|charity|awareness|training|laws|statistics|prevention|research)',
  // Medical and emergency-service work: someone else's patients and call-outs, not the speaker's danger.
  '(deals|deal|dealt|dealing|works|work|worked|working|handled|handles|handle|attended|attends|responded to|responds to|treated|treats|treating|saved|saves|lost) (with |to )?(a |an |the |another |two |three |#)?(child abuse|domestic (violence|abuse)|sexual (asault|abuse)|suicide|overdose|od|rape|heart atack|stabing|shooting) (case|cases|call|calls|patient|patients|victim|victims|job|jobs|scene|scenes)',
  '(child abuse|domestic (violence|abuse)|sexual (asault|abuse)|suicide|overdose|od|heart atack|stabing|shooting|cardiac arest) (call|calls|patient|patients|scene|scenes|shift|ward|bay|training|drill|scare|kit|kits|protocol|statistics|epidemic|crisis)',
  '(nurse|nurses|doctor|doctors|paramedic|paramedics|medic|emt|er|a and e|icu|ward|hospital|shift|pharmacy|pharmacist|ambulance|firefighter|cop|police oficer|officer|social worker|therapist|counselor|counselor) ~~ (patient|patients|caler|calers|client|clients|case|cases) (who|that|with|had|was|is)? ?~ ({harmword}|tried|atempted)( himself| herself| themselves)?',
  // A death in the past or in the news is grief, not an emergency now.
  '(died|passed away|passed|death|deaths|survived|recovering from|recovered from|risk of|risk for|symptoms of|signs of|lost * to|after) (of|from|to|after)? ?(a |his |her |their )?(heart atack|stroke|overdose)',
  // Hyperbole about someone's reaction: "mum will have a heart attack when she sees my grades".
  '(gona|going to|gonna|wil|l|would|d|might|could|probably|literaly|almost|nearly|practicaly|basicaly|about to|shel|hel|theyl) ~ (have|had|get|give|gave|giving) (me |her |him |them |us |you |everyone |my * )?(a |an )?(mini |smal |literal )?heart atack (when|if|once|after|because|at|over|seeing|reading|hearing|from|lol|haha|😂|😭|🙈)',
  '(gave|give|giving|gives|nearly gave|almost gave) (me|her|him|them|us|you|everyone|my *) (a |an )?(mini |smal |literal )?heart atack',
  // A crush taking the speaker's breath away: someone in danger does not type "I stopped breathing".
  // Not "he", "she" or "they" after it: in "I can't breathe, he keeps choking me" the words are the harm.
  // Only "when" with a look, a smile or a first sight after it: "I can't breathe when he sits on my chest" is the harm.
  'i (literaly |actualy |just |almost |nearly |basicaly |kinda |lowkey |legit |totaly |completely |briefly |sort of )?(stoped|forgot how to|forget how to|cant|can not|cannot|couldnt|could not) (breathing|breathe|breath) (when (he|she|they|you|u|i|our|we) ~ (look*|smil*|laugh*|walk*|text*|wink*|say*|said|kis*|talk*|sing*|wear*|danc*|touch* my (hand|arm|face|hair)|hold* my hand|cal* me|came (in|over|round)|comes (in|over|round)|see*|saw|think|thought|met|meet|first|got|get|was near|is near|are near|near)|for a (sec|second|moment|minute)|😳|🙈|🥵|😍|🥰|😩|😭|lol|haha|omg|$)',
  '(looked|smiled|winked|walked|texted|touched|kissed|waved|laughed|hugged|held|said|called|glanced|stared) ~~ i (literaly |actualy |just |almost |nearly |basicaly |kinda |lowkey |legit |totaly |completely )?(stoped|forgot how to|forget how to) (breathing|breathe|breath)',
  // Combat sports and martial arts: being choked out or punched in sparring is the game.
  '({hit}|tapped|taped|armbar*|submited|threw|thrown) (me )?~ (in|during|at|while|when|from) ~ ({combat})',
  '({combat}) ~ (he|she|they|my {partner}|my *) ~ ({hit}|tapped|taped|armbar*|submited|threw)',
  '({combat}) (and|then|so) ({hit}) me',
  '(we|were|we were|i was|while|when) (sparing|spar|roling|training|wrestling|boxing|grapling|doing (bjj|judo|karate|mma|jiu jitsu|boxing|muay thai)) ~ ({hit})',
  '({hit}) me ~ in (his|her|their) sleep',
  // Skin conditions: scratching an itch is not self-harm.
  '(scratch*|itch*) ~~ (eczema|psoriasis|dermatitis|rash|rashes|hives|(mosquito|mozzie|bug|insect|flea|midge|spider|tick) (bites|bite)|mosquito|mozzie|mozzies|chicken pox|chickenpox|allergy|allergies|allergic|dry skin|itchy|itch|itching|sunburn|scabies|poison ivy)',
  '(eczema|psoriasis|dermatitis|rash|hives|mosquito bites|bug bites|chicken pox|chickenpox|allergy|allergies|dry skin|itchy skin|sunburn|scabies|poison ivy) ~~ (scratch*|itch*)',
  // Volunteering, working or fundraising for a helpline. Only with such a word nearby: "I rang the
  // crisis line and hung up" must stay visible to the rules.
  '(volunteer*|work|works|worked|working|job|shift|shifts|trained|training|train|fundrais*|donat*|charity|sponsor*|colleague*|coworker*|staf) ~~ (suicide|crisis|samaritans|abuse|domestic violence|dv|rape crisis) (helpline|helplines|line|lines|hotline|chat|chatline|service|shelter|refuge|charity|centre|center)',
  '(suicide|crisis|samaritans|abuse|domestic violence|dv|rape crisis) (helpline|helplines|line|lines|hotline|chat|chatline|service|shelter|refuge|charity|centre|center)? ?(volunteer|volunteers|volunteering|staf|worker|workers|training|shift|shifts|fundraiser|fundraising|charity (run|walk|event)|awareness)',
  // Passing on a helpline's number is information, not a disclosure (ringing one is not blanked).
  '(gave|give|gives|giving|sent|send|sends|sending|posted|posts|post|shared|share|shares|sharing|pasted|paste|pastes|dropped|drops|linked|links|keep giving|keeps giving|kept giving|puts|put) ~ (the|a|that|some|their|those|these)? ?(suicide|crisis) (hotline|helpline|line|lines|text line) (number|numbers|link|links|website|site|info|details)',
  // Turning up with food or gifts is care, not stalking.
  '(shows|showed|show|turns|turned|comes|came|pops|popped|drops|dropped|stops|stopped) (up|by|round|over|in) ~~ with (groceries|food|dinner|lunch|coffee|flowers|gifts|presents|soup|takeaway|a surprise|pizza|cake|treats|breakfast|snacks|medicine)',
  // Following each other on a road trip so nobody gets lost.
  '(follow*|tail*|trail*) (me|my car|our car|us|him|her|his car|her car) ~~ (road trip*|convoy|so (we|i|they|you) ~ get lost|get lost|the way|directions|sat nav|satnav|gps|lead the way|to show)',
  // Agreed arrangements: checking or sharing that the speaker asked for is not control.
  '(checks|check|checking|checked|reads|read|reading|tracks|track|tracking|tracked|looks at|look at|has|knows|manages|manage|handles|handle|holds|controls|sees|goes through|go through) ~ my (phone|messages|mesages|texts|location|locations|emails|dms|calls|pasword|paswords|money|finances|acounts|bank|budget|cards|card|whereabouts|social media) ~~ (. )?(because i asked|cuz i asked|since i asked|i asked (him|her|them) to|i asked for|i told (him|her|them) (he|she|they) (can|could|may)|with my (permision|consent|blesing)|at my request|we (both )?agreed|we (both )?decided|it was my idea|my idea|i want (him|her|them) to|i wanted (him|her|them) to|we have no secrets|we both do|we do it both ways|both ways|mutual*|i gave (him|her|them))',
  '(checks|check|checking|checked|reads|read|reading|tracks|track|tracking|tracked|manages|handles|goes through) ~ my (phone|messages|mesages|texts|location|emails|dms|money|finances|acounts|whereabouts) ~~ * ~~ (. )?(because i asked|since i asked|i asked (him|her|them) to|with my (permision|consent)|at my request|we (both )?agreed|it was my idea)',
  '(i asked|i wanted|i let|we agreed|we both agreed|we decided|i gave (him|her|them) permision|i told) ~ (him|her|them|my {partner})? ?(to |can |could |permision to )?(check|read|track|see|look at|go through|have|know|manage|handle|hold|share) ~ (my|our|each others) (phone|messages|mesages|texts|location|locations|emails|dms|pasword|paswords|money|finances|acounts|bank|budget|whereabouts)',
  '(share|shared|sharing) (our|each others|locations|location|paswords|pasword) ~~ (both|each other|mutual*|agreed|we both)',
  // Strict but ordinary parenting: "the strictest mom alive".
  '(strictest|meanest|worst|best|luckiest|happiest|proudest|coolest|greatest|nicest|sweetest|laziest|funniest|oldest|youngest|strongest|toughest|kindest|loudest|unluckiest|hottest|cutest|richest|smartest|dumbest|weirdest|saddest|angriest|most (strict|annoying|embarasing|overprotective|protective|patient|stubborn|boring|dramatic|romantic|amazing|beautiful|loving|caring|supportive|unfair)) ~ (alive|on earth|in the world)',
  '(curfew|grounded|grounding|screen time|no phone|phone away|took (his|her|their) phone|home by #)',
  '(my|our) ({child}) (isnt|is not|arent|are not|cant|can not|is never|are never|has to|have to|must|needs to|need to) ~ (alowed|go out|stay out|be home|be back|be in bed|have (a |his |her |their )?(phone|phones|screens|tablet)|use)',
  // Letters that are not goodbyes: apologies, love notes, letters to future or unborn children.
  '(apology|apologies|love|thank you|thankyou|thanks|birthday|wedding|anniversary|valentines|valentine|christmas|xmas|cover|recomendation|reference|condolence|condolences|sympathy|get wel|mothers day|fathers day|graduation|leaving|retirement|fan|pen pal) (letter|leters|note|notes|card|cards|video|videos|message|mesages|email)',
  '(future|unborn|newborn|new born|future born) (kids|kid|children|child|baby|babies|self|selves|husband|wife|spouse|partner|grandkids|grandchildren|son|daughter|family|me|us)',
  '(my|our|his|her|their) ({child}) ~ (write|wrote|writes|writing|written) ~ (sory|apology|thank you|birthday|love) (note|letter|card)',
  // "off myself" squashes to "of myself": keep ordinary "proud of myself" out of it.
  '(proud|ashamed|embarased|sick|tired|care|caring|cares|think|thinking|thought|thinks|aware|sure|unsure|conscious|fond|full|part|parts|version|side|rest|much|most|some|more|less|best|worst|fool|mes|image|opinion|lot|bit|kind|ask|asking|expect|expecting|jealous|control|charge|hold|love|doubt|protective|mindful|critical|confident|deserving|worthy|capable|independent|front|behalf|sight|out|because|instead|ahead|in spite|regardles|made|make|making|makes) of {selfref}',
  // Guilt and shame as self-punishment, not injury.
  'punish* {selfref} (with|over|about) (guilt|shame|regret|blame|thoughts|what ifs|questions|memories|it|this|that|the past|what i did|overthinking)',
  'punish* {selfref} (emotionaly|mentaly|in my head)',
  '(guilt|shame|regret) ~ punish* {selfref}',
  // Hyperbole about things: "unalive my alarm clock", "this exam will unalive me".
  'unaliv* (this|that|the|these|those|whoever|whoever|everyone who) *',
  'unaliv* my (little |big |older |younger |baby |annoying |stupid |own )?(alarm|alarm clock|clock|printer|laptop|phone|computer|pc|wifi|router|boss|manager|coworker|teacher|exam|exams|homework|essay|assignment|roommate|neighbour|neighbor|landlord|inbox|emails|to do list|bank acount|wallet|diet|plants|car|brother|sister|cat|dog)',
  '(this|that|it|work|traffic|school|class|exam|exams|homework|job|shift|mondays|monday|heat|weather|cold|baby|toddler|kids|song|show|episode|meeting|comute|deadline|hangover|cringe) ~ (going to|gona|gonna|wil|is|s|gon|about to|wil literaly|might) unaliv* me',
  // Embarrassment: "I want to die 🙈", "kms 😂 I spilled coffee on my date".
  '(die|died|dying|ded|dead|kms|kys|end me|kil me|unaliv* me|bury me|disapear|vanish) (🙈|🫣|🤦)',
  '(🙈|🫣|🤦) (i )?(wana|want to|gona|going to|could|am gona)? ?(die|kms|disapear|vanish)',
  '(kms|kil me|end me) (lol|lmao|lmfao|😂|🤣|💀|😅|haha*)',
  // "Kill me now" about an everyday ordeal: in-laws visiting, a presentation, an embarrassing text.
  '(kil|end) me (now|already|please|pls|rn)? ?(😭|🙈|😩|😫|🤦|🫠|🥲|😬|💀|😂|🤣|😅|🙃|😵)',
  '(kil|end) me (now|already|please|pls|rn) (. )?~~ (visit*|staying|stay|coming (over|to stay|round|around|for)|in laws|inlaws|mother in law|father in law|present*|meeting|meetings|exam|exams|shift|shifts|monday|mondays|dentist|wedding|party|christmas|thanksgiving|family dinner|work|school|clas|homework|deadline|hangover|hungover|texted|drunk text*|group chat|karaoke|speech|interview)',
  '(visit*|coming to stay|staying (with|for)|in laws|inlaws|mother in law|father in law|present*|meeting|exam|exams|shift|monday|dentist|family dinner|deadline|hangover|hungover|texted (my|an|his|her) *|drunk text*|group chat|karaoke|speech|interview) ~~ (kil|end) me (now|already|please|pls|rn)',
  // "She'll kill me" for a small offence: forgetting, spoiling news, borrowing clothes.
  '(kil|murder|strangle) me (if|when|for|cuz|because) (i )?(forget*|forgot|eat*|ate|spoil*|spoiled|ruin* (the|her|his|their) (surprise|news|ending|plans|party)|borow*|borowed|wear*|wore|spil*|spilt|los*|lost (her|his|their) *|am late|im late|being late|was late|finish* (the|her|his|their) *|watch* ~ without|use* (her|his|their) *|touch* (her|his|their) (food|stuff|car|phone|makeup|clothes)|dont (text|cal|come|show up|bring))',
  '(kil|murder) me (if|when) (i )?(tel|told|telling|spoil*|reveal*|let slip|leak*|announce*) ~ (she|he|shes|hes|they|theyre|about (her|his|their)|her|his|their) ~ (pregnant|engaged|expecting|getting maried|surprise|birthday|news|gender|proposal|proposing|plans|crush|dating|new job|promotion|result|results|grades|score)',
  // "Can't do this anymore" about a named everyday thing, and "can't take another fight".
  '(cant|can not|cannot|couldnt) (do|take|handle|stand|bear) ~ (this|it|another|anymore|any more|any longer) (. )?~ (long distance|relationship|comute|job|fighting|arguing|argument|arguments|fight|fights|silent treatment|back and forth|on and of|wedding planing|renovation|semester|in laws|chores|dishes|laundry|schedule|shift|shifts|traffic|weather|heat|neighbours|neighbors|noise|diet|exam|exams|deadline|deadlines|commute|time diference|distance)',
  '(long distance|comute|commute|renovation|wedding planing|in laws|chores|time diference|silent treatment|fighting|arguing) ~~ (cant|can not|cannot) (do|take|handle|stand) ~ (this|it|anymore|any more|any longer)',
  '(cant|can not|cannot|couldnt) (do|take|handle|stand|bear|face|sit through) (another|one more|any more) ~ (argument|arguments|fight|fights|row|rows|talk|conversation|discusion|lecture|silent treatment|dinner|visit|meeting|date|shift|round)',
  '(cant|can not|cannot) do this (anymore|any more|no more|any longer) (and|then|so) ~ (packed|left|walked out|moved out|stormed out|slamed|went to|drove to|is staying|stayed)',
  // Away for a trip, not gone for good.
  '(wont|will not|not gona|not going to|cant) be (around|here|home|online|on|available|reachable) ~~ (. )?~ (holiday|vacation|trip|away (for|on|at|with|til|until|this|next)|work|conference|travel*|visiting|camping|festival|dentist|hospital|surgery|wedding|business|abroad|flight|flying|course|training|exam|exams|my (mum|mom|parents|sisters|brothers|nans|grans|dads))',
  // Relationship endings told as a story, not a wish to die.
  '(someone else|another (man|woman|guy|girl|person)|out of love|the afair|my afair|his afair|her afair|cheated|cheating|the relationship|our relationship|the mariage|our mariage|the engagement) ~~ end (it|things|us)',
  '(feels like|felt like|acts like|thinks|thought|acused me of|acusing me of|says|said) ~ (i was|im|i am|we were|were|i had been|id ben) plan* (an|my|our) exit',
  '(scared|afraid|terified|worried|nervous|anxious) (that )?(she|he|they|shel|hel|theyl|shed|hed|my {partner}) ~ (leave|leaves|leaving|go|break up|dump|end it|end things|walk out|cheat|lose interest|change (her|his|their) mind|move out|find someone|fal out of love)',
  'walk* on egshels (around|with|near) you',
  // Asked whether they fear their partner, and said no.
  '(asked|asks|asking|wonder*|wondered) (me )?(if|whether) (im|i am|i was|i feel|i get|i ever) (ever )?(scared|afraid|frightened|terified) of (him|her|them|my {partner}) (and|but) (im|i am|i was|i feel|i get|i|honestly i|truly i) (not|never|dont|wasnt|am not|realy not)',
  // Reading or finding a message once, in the story of a discovery, is not monitoring.
  '(read|saw|found|seen|spotted|discovered) my (messages|mesages|texts|chats|dms|emails) (with|to|from|about) (my|his|her|an|a|the|our|their|some) *',
  // Confessing that I hid money or bills is coaching material, not being controlled.
  '(i|i was|ive ben|i have ben|i had|we) (hid|hide|hiding|hidden|kept|keeping) ~ (the|my|our|a|his|her) (bank|money|card|cards|credit card|statements|statement|bil|bils|debt|debts|acount|spending|receipts|pay|paycheck|savings|loan|loans|overdraft)',
  // Taking the car keys from someone who has been drinking.
  '(took|takes|take|taking|hid|hides|kept|keeps|grabbed) (my|the|our|his|her) (car )?keys ~~ (drunk|drinking|had (a few|to many|to much|thre|two|four|some)|wine|beers|beer|drinks|tipsy|wasted|over the limit|so i (wouldnt|didnt|couldnt) drive|not safe to drive|to tired to drive)',
  // Play: pinned down to be tickled or kissed.
  '(pin*|held|holds|holding) me down (and|to|until|til|while) ~ (tickl*|kis*|cuddl*|snugl*|blow raspberies|smother* me (in|with) kises)',
  // Romantic cliché: "he'd die without me, so cheesy".
  '(die|dying) without (you|me|him|her|them) ~~ (cute|chesy|swet|romantic|aw|adorable|😍|🥰|❤|💕|🥹)',
  // "Per my last message": an earlier message in the chat, not a final one.
  '(per|in|from|of|since|after|see|re|reading|said in|about|to|with|forgot|forget|ignore|disregard|like) my (last|previous|earlier|final) (message|mesage|mesages|text|texts|email|post|reply|comment)',
  // Old relatives at peace with growing old and dying one day, said with a second sign of peace
  // ("ready to go whenever the good lord wants him", "made peace with dying, funeral plan sorted"),
  // so that "my nan says she's ready to go and has stopped eating" is still heard.
  `${OLD_RELATIVE} ~~ (made peace|at peace|sorted|ready to go|dying|death|(his|her|their|a|the) (wil|wils)|funeral plan*) ~~ (whenever|when (the|his|her|my|their) time comes|good lord|god wants|the lord|in (his|her|their) sleep|naturaly|funeral plan*|sorted|(his|her|their|a|the) (wil|wils)|at peace|made peace|no regrets|good innings|long life|ful life)`,
  `${OLD_RELATIVE} ~~ (funeral plan*|(his|her|their|a|the) (wil|wils))`,
  // Parents taking a teenager's phone for a week for lying: ordinary discipline.
  '({parent}) ~~ (. )?(they |she |he )?(took|take|takes|taking|confiscated|confiscates|took away|takes away) ~ my (phone|laptop|xbox|playstation|ps5|switch|tablet|ipad|console|games|car keys) ~~ (for (a|the|one|two|#) (week|weekend|day|days|night|month)|because i (lied|was late|came home late|snuck out|sneaked out|broke curfew|failed|swore|was rude|skipped|vaped|got detention)|as (a )?punishment for (lying|skipping|swearing|vaping|my grades|being late)|(til|until|till) my grades|grounded)',
  // Someone else's funeral.
  '(his|her|their|grandmas|grandpas|grans|nans|nanas|uncles|aunts|dads|mums|moms|fathers|mothers|friends|cousins|brothers|sisters|colleagues|coworkers|neighbours|neighbors|a|the) funeral',
  // "I'd drive off a cliff if I had to sit through another speech": an ordeal, not a plan.
  '(drive|driving|jump|jumping|walk|throw {selfref}) ~~ (if i (have|had|ever have) to|rather than|before i) (sit through|listen to|hear|watch|do|go to|go through|endure|spend|work|attend|sit|meet|see)',
  // Adult secrets people confess in coaching: a secret credit card is not a child's secret. Not a secret
  // relationship, boyfriend or girlfriend: "a secret relationship with my 35 year old coach, I'm 13" is abuse.
  '(a|my|his|her|their|the|our) secret (credit|bank|savings|phone|acount|card|loan|loans|debt|debts|profile|instagram|tinder|app|email|gambling|stash|online|second|shoping|purchase|purchases|spending|tab|twitter|snapchat|afair|crush|hobby|smoking|vape|vaping|bet|bets|betting|trip|meeting|meetings|lunch|lunches|drinking)',
  // Idioms that share words with weak warning signs (roof, bridge, tracks, forever, hold on).
  '(through|thru|over) the (rof|roof)',
  '(cros|crosing|crosed|burn*|burnt|gap) (that|the|this|our|a) bridge',
  'bridge the gap',
  '(stoped|stops|stop) (me|him|her|them|us) (dead )?in (my|his|her|their|our) tracks',
  '(cover*|back on|of|off|on) (my|his|her|their|our|the)? ?track',
  'forever (with you|together|and ever|and always|yours|grateful|young|home)',
  // Not "want to rest forever with my father": resting forever with the dead stays visible.
  '(spend|spending|spent|grow old|be together) ~ forever (with|together)',
  '(want|wanted) (to )?(be|stay|live|spend (it|my life|life)|grow old|be together|be with (you|him|her|them)) ~ forever (with|together)',
  '(bottle|botle) of (wine|water|milk|perfume|shampoo|champagne|prosecco|sauce|ketchup|lotion)',
  'hold on (a (sec|second|min|minute|moment|bit)|let me|lemme|wait|what|to (the|my|your|his|her|our|that|this) *)',
  'its time (we|for us|for (a|the|our) (talk|chat|conversation|change|date|reset))',
  'hit (the|a) (roof|ceiling|gym|road|hay|bed|jackpot|spot|books)',
  'hit (the|a) wall (at|with|in|today|again|this (morning|afternoon|evening|week|weekend|year|season|race|month)|last|after|when|so|and|around|halfway|mid|of|yesterday|hard)',
  'hit (the|a) wall $',
  // "get" only with what people are encouraged to get: "pressuring me to get pregnant" must stay visible.
  '(push*|pressur*|forc*|made|make|makes) me to (apply|go to|try|open up|get (help|therapy|counseling|counselling|treatment|support|a job|a new job|a therapist|a counselor|a counsellor|a hobby|a degree|a second opinion|a referral|fit|better|healthy|out|outside|back|up|over|started|checked|tested|sober|clean|organised|organized|vaccinated|a haircut|promoted|a promotion|my (degree|licence|license|life|act|eyes tested)|some (sleep|rest|air|fresh air|exercise|help))|see|start|take|join|study|work|exercise|be better|save|quit|talk|think|admit|apologize|apologise|eat|watch|pick|choose|call|text|sign up|move on)',
  'stab* (me |her |him |them |us )?in the back',
  // Slang for getting in touch, and a race or a game lost: "he hits her up every night", "he beat her in the race".
  'hit* (me|her|him|them|us) up (for|on|about|every|again|later|asking|at|with|$)',
  'beat* (me|her|him|them|us) (in|at) (the|a|every|each) (race|final|finals|game|match|quiz|vote|election|competition|tournament|sprint|round|rematch)',
  'knock* me up',
  'end* (it|things|this|everything|it all)( al)? with (him|her|them|my|this|that|the) *',
  'end* (the|our|this|my|that) (relationship|marriage|engagement|thing|situationship|affair|friendship|call|argument|fight|conversation|lease)',
  'need out of (this|the|my|that) (relationship|marriage|job|house|city|town|situation|apartment|lease|contract|group chat|friendship)',
  // Only everyday disappearing: "disappear for good" or "from this world" must stay visible, and
  // so must "wants to disappear for a while" (the bot asks; see the suicide rules).
  'disappear (for (a (bit|day|week|weekend|month|year|few *|couple *|walk|drive|run|smoke|coffee|break|nap)|an|the|#|some|ages|hours|days|weeks|work|lunch|now)|into (the|my|his|her|their|a|work)|from (work|school|social|group|chat|the (group|chat|party|room|house|office)|his|her|their|my) *|to (the|my|his|her|a|work)|on (the|my|his|her|a|us|me|him)|off the grid)',
  'hopeless (about|at|with|when it comes to|romantic) *',
  'suicide (prevention|awareness|squad)',
  '(essay|paper|article|book|research|class|course|lecture|documentary|podcast|training|workshop|report|show|movie|film|series|episode) (on|about) ((domestic|sexual|child|partner|dating) )?(violence|abuse|assault|suicide|self harm|rape|murder)( laws)?',
  // A lie-in, not a place slept in: "he makes me sleep in the car" stays visible.
  '(sleep|slept|sleeping) in ($|til|until|late|on|this|tomorow|today|at|a bit|a litle|for|because|cos|and|again|lol|then|instead|more|longer|every|most|when|if|but|so|ok|please|haha|like|past|through|my alarm)',
  '(tired|exhausted|sleepy) ~ (could|can) sleep (for )?forever',
  'rather die than (eat|go to|text|cal|wear|admit|apologize|apologise|watch|listen|sit|do|work|be seen|lose|sing|dance|ask)',
  'leave this world of',
  'end* everything (we|between us|with)',
  'exit (from|strategy|interview|plan for (work|the|my job))',
  'without me (for (a|the|one|this|two|a few) *|this (weekend|week|time)|tonight|at the *|on (the|this|that) *)',
  '(cant|can not|cannot) (go on|keep going|continue|do this|live|keep living) like this (with|in) (him|her|them|this relationship|this mariage|my {partner}|us)',
  '(we|us) (cant|can not|cannot) (keep|go on) (living|going) like this',
  '(want|ned) out of (this|the|my|that) (relationship|mariage|situation)',
  // Working oneself into the ground: "killing myself with double shifts", "killing myself at the gym".
  '(kiling) {selfref} (with|over|doing|working|pulling) ~ (shifts|overtime|work|hours|revision|revising|studying|exams|training|workouts|the gym|gym|cardio|diet|deadlines|deadline|chores|housework|project|job|jobs|uni|school|coursework)',
  // A sports or workout injury: "I think I hurt myself at the gym", "hurt myself deadlifting".
  '(hurt|hurting|injured|injuring|pul*|strained|straining|tweaked|tweaking) {selfref} (at|in|during|doing|playing|while) ~ (gym|the gym|training|practice|football|footy|soccer|rugby|basketball|netball|hockey|tennis|squash|cricket|match|game|workout|session|class|run|a run|hike|skiing|lifting|deadlifts|squats|yoga|pilates|crossfit|dancing|spin)',
  '(hurt|hurting|injured|injuring|strained|tweaked) {selfref} (deadlifting|lifting|squatting|running|jogging|skiing|skating|climbing|cycling|training|playing (football|rugby|basketball|tennis|squash|cricket|hockey|netball|footy|soccer|golf|padel))',
  // Retracting words: "I can't take it back" is regret, not despair.
  '(cant|can not|cannot|couldnt|never) (take|unsay|undo) (it|that|this|those words|what i said|what i did) back',
  // A threat of trouble to come: "he'll tell everyone and I'll wish I'd never been born".
  '(il|youl|you wil|i wil|you ll|make (me|you|her|him|them)) wish (id|i had|youd|you had|hed|shed|theyd) never (been born|met (him|her|me|you|them))',
  // Disgust at a smell or taste: "the smell of his cigarettes makes me want to die".
  '(smel|smels|stench|stink|taste|pong|reek) of ~~ (makes|made|make) me (want to|wana|wanna) (die|puke|vomit|throw up|gag)',
  // Someone else's tears as my reason ("I go along with it so she'll stop crying"): not a refusal of theirs.
  '(so|til|until|till|to make) (she|he|they|shel|hel|theyl|shed|hed|theyd) (wil |would |just |finaly )?(stop|stops|stoped) (crying|sobbing)',
  // Absent-minded on the street: "grabbed my arm to stop me stepping into traffic".
  '(grab*|pul*|yank*|caught|held) (my )?(arm|hand|wrist|hood|coat|sleeve|jacket|me|me back) ~ (to stop me|before i|so i wouldnt|so i didnt) (stepping|step|walking|walk|stepped|walked) (into|in front of|out into|out in front of) (the )?(trafic|road|street|a car|a bike|a cyclist|a scooter)',
  // Round 24's look-alikes (risk-dev-lookalikes).
  // Short of sleep or sun, not food: "my son is starving himself of sleep gaming all night".
  'starv* (himself|herself|myself|themselves|yourself|ourselves) of (sleep|sunlight|daylight|fresh air|fun|rest|company|atention|joy)',
  // Hungry after sport or school: "my son is always starving after football" ("starving at his dad's" stays).
  '(always|constantly|permanently|so|realy|literaly) (starving|hungry|famished|ravenous) (after|when (he|she|they) (get|gets|got|come|comes|came) (back|home) from) (fotbal|rugby|training|practice|swiming|swim|school|nursery|sport|sports|gym|dance|balet|karate|cricket|netbal|hockey|basketbal|the park|cubs|scouts|brownies|club|a match|matches|his match|her match|games|a growth spurt)',
  // A phone put away for rest: "she hides my phone on holiday so I actually relax" ("he hides my phone so I
  // can relax, he says, but I can't call anyone" stays).
  '(hides|hid|hide|takes|took|puts|put) (away )?my phone (on|during|at|for) (holiday|holidays|date night|dinner|weekends|the weekend|our anniversary|christmas|sundays|family time) ~ so (that )?i (can |could |wil |would |actualy |finaly )?(relax|switch of|unwind|rest|sleep|enjoy|be present)',
  '(hides|hid|hide|takes|took|puts|put) (away )?my phone (for|during|on) (a|my|our) (digital |phone )?detox',
  // A second out of sight: "left my 2yo alone in the bath for a second to grab a towel" (minutes are still read).
  '(left|leave|leaving) (the|my|our|her|his) ({child}) alone (in the bath )?for (a|one|a split|a few|two|#) (second|seconds|sec|secs|moment|moments)',
  // A therapy exercise: "a letter to my younger self".
  '(leter|leters) to (my|your|her|his|our) (younger|future|older|past|inner|teenage|litle|# year old) (self|selves|me|child)',
  // Tears in a healing exercise: "sobbed the whole way through but I feel lighter" ("he kept going while I
  // cried the whole time and I felt relieved when it ended" stays heard).
  '(cried|sobed|crying|sobing) (the whole way through|throughout) (but|and) (i )?(feel|felt|fel) (lighter|so much lighter|cleansed)',
  // Round 25: a workout or an outing "violated" me: "my legs have been violated" after spin, "dragged me to salsa against my will".
  'my (legs|hips|calves|glutes|quads|abs|thighs|hamstrings|lungs|ears|eyes|wallet|bank account|taste buds) (have|has) (been|ben|just been) violated',
  '(dragged|drags|dragging|draged) me (to|along to) (salsa|yoga|pilates|zumba|spin|the gym|a party|church|ikea|shopping|the shops|a wedding|brunch|karaoke|a concert|a gig|the cinema|a musical|parkrun|a hike|a walk|the pub|a festival|the beach|her mums|his mums|line dancing|a spin clas|a dance clas|a bootcamp) (against my wil|kicking and screaming)',
  // Teaching consent, the question alone: "my son asked how you know if someone's too drunk to consent."
  // ("…too drunk to consent, and then said that's what happened to her" stays heard.)
  '(how (do )?(you|u|we|i|they) know|how (can|could) (you|u|i|we) tel|asked (me )?how (you|u|to) (know|tel)) (if|when|whether) (someone|someones|somebody|somebodys|a person|a girl|a guy|a boy|they|theyre|shes|hes|she|he) (is |s |are )?(to|too) drunk to consent $',
  // The same question as the second reading hears it, its frame dropped: "someone's too drunk to consent."
  '(someone|someones|somebody|somebodys|a person) (is |s )?(to|too) drunk to consent $',
  // Round 25: a football joke ("he'll jump off a bridge if Arsenal lose again") and a chore given up ("better off if I stopped making lasagne").
  '(jump|jumps|jumping|throw (himself|herself|myself)) (of|off) (a|the) bridge if (arsenal|spurs|united|city|chelsea|liverpool|everton|celtic|rangers|leeds|the team|we|they|my team|his team|her team|england|scotland|wales) (lose|loses|lost|dont win|go down|get relegated)',
  '(beter of|better off) if i (stoped|stop|quit) (making|cooking|baking|singing|talking about|posting|buying|playing) (my |the |that |this )?(lasagne|lasagna|food|cake|cakes|bread|curry|dinner|karaoke|songs|puns|jokes|memes|music|guitar|bagpipes)',
  // Beaten at a game: "he's gonna murder me at mario kart tonight".
  '({kill}|murder|destroy|thrash|annihilate|slaughter|wreck|smash|whoop) (me|him|her|them|you|us) (at|in) (mario kart|fifa|chess|cards|monopoly|scrabble|uno|pol|darts|tenis|golf|badminton|squash|table tenis|ping pong|bowling|the quiz|pub quiz|trivia|poker|call of duty|fortnite|smash bros|tekken|street fighter|a game|the game|video games|board games|this game|ranked|pickleball|padel|go karting|laser tag|paintbal|crazy golf)',
  // Study and stories about suicide: "an essay on Durkheim's theory of suicide", "how the show handled suicide".
  '(essay|paper|dissertation|thesis|literature review|lecture|module|research|study|documentary|statistics|theory) (on|about|into|of) ~ suicide',
  '(show|film|series|book|song|episode|speech|play|novel) ~~ (handled|handles|about|depicts|portrays|deals with) suicide',
  // Embarrassment: "omg I literally want to die, I waved at the wrong person", "mortified, I want to die".
  '(mortified|cringe|cringing|so embarased|embarasing) ~~ (i )?(literaly |actualy |just )?(want to|wana) die',
  '(want to|wana) die ~~ (mortified|cringe|cringing|so embarased|embarasing)',
  '(omg|oh my god|omfg) (i )?(literaly |actualy |just )?(want to|wana|wanna) die',
  // A threat to leave, not to harm: "he threatens to end the relationship every time we argue" ("threatens
  // to end it" and "threatened to end her life" stay, since "it" or "her" may be a life).
  '(threaten*|threatened|threatening|threatens) to end (the relationship|things|our relationship|the mariage|our mariage|the engagement)',
  '(threaten*|threatened|threatening|threatens) to (leave|dump|break up with|divorce) (me|him|her|us|them)',
  // Sudden death as a figure of speech: "my passwords are in a notebook in case I get hit by a bus" ("if I got
  // hit by a bus I wouldn't be sad" stays a wish).
  '(in case|incase) (i|he|she|you|we|they) (get|gets|got|was|were|am|is) (hit|run over|knocked over|knocked down) by a bus',
  // Work, study and campaigns about domestic abuse: "we screen everyone for domestic abuse", "a school project
  // on domestic abuse", "a domestic abuse advocate writing a training session" (the rest is still read).
  '(project|training|training session|course|module|essay|lecture|workshop|awareness|campaign|policy|research|screen everyone|screening|asking everyone) (on|about|for|into) (domestic (abuse|violence)|coercive control)',
  '(domestic (abuse|violence)) (advocate|advocates|charity|training|awareness|screening|policy|course|module|project|awareness wek|awareness month)',
  // A protective relative's old line: "her dad said he'd kill me if I ever hurt her", "he'd break my legs if I
  // messed her around" (what he did after is still read).
  '(hed|he would|shed|she would|hel|he wil|theyd|they would) ({kill}|murder|break) (me|my legs|my neck|both my legs) if i (ever )?(hurt|hurts|broke|break|mesed|mes|cheated on|cheat on|upset) (her|him|them)( heart| around| about| over)?',
  // Their own door slammed, not a person: "she screamed that she hates me and slammed her door" ("slammed
  // her head against the door" and "slammed her door on my fingers" are still read).
  'slam* (her|his|their) (bedroom |front |back )?(door|doors|laptop|drawer|drawers)( shut| behind (her|him|them))?( $| and| so| then| again| in my face)',
  // Play with water: "we had a water fight and she absolutely battered me with the hose".
  '(water fight|water fights) ~~ (batered|pelted|soaked|drenched|got|hit|destroyed|thrashed) me',
  // A blunt knife: "a butter knife, because she eats peanut butter from the jar".
  'buter knife',
];

/**
 * Fiction and news: a story's characters, not the speaker ("the movie where she gets raped").
 * Blanked like SAFE_PHRASES, except where the harm lands on the speaker right after it: "there
 * was drama when he hit me", "the police report where he choked me", "he has episodes where he
 * chokes me" are the speaker's own life.
 */
export const STORY_PHRASES: readonly string[] = [
  '({story}) (is |was |s |were |thats |that was |that is )?(about|where|in which|when|on|that shows|showing|with|ends with|ended with|ending with|starts with|opens with|has|had|features|featured|depicts|includes|included) ~ ({harmword})',
  '({harmword}) (scene|scenes|storyline|storylines|plot|subplot|arc|trope|tropes|episode|chapter|trigger warning|tw|cw|content warning)',
  '({character}) ~ ({harmword})',
  '(in|on) (the|this|that|a|an|my|his|her|our|their) ({story}|news) ~~ ({harmword})',
  // "that series about a family in Ohio, the one where the husband is abusive".
  '({story}) ~~ the one (where|when|with|in which) ~ ({harmword})',
  '(saw|seen|read|heard|watched|watching|reading) ~ (on|in) the news ~~ ({harmword})',
  // "the film we watched had a suicide in it".
  '({story}) ~~ (had|has|showed|included|includes) (a |an |some )?({harmword}) (in it|scene|storyline|$)',
];

/** Every rule the screen applies. Order does not matter; the most urgent result wins. */
export const RULES: readonly LexiconRule[] = [
  ...SUICIDE_RULES,
  ...SELF_HARM_RULES,
  ...EMERGENCY_RULES,
  ...PLAIN_DANGER_NOW_RULES,
  ...PARTNER_VIOLENCE_RULES,
  ...PLAIN_HARM_RULES,
  ...PLAIN_HARM_TOLD_RULES,
  ...PLAIN_HARM_BY_ME_RULES,
  ...SEXUAL_VIOLENCE_RULES,
  ...PLAIN_SEXUAL_HARM_RULES,
  ...CHILD_ABUSE_RULES,
  ...UNDERSTATED_RULES,
  ...FAREWELL_RULES,
  ...CHILD_SIGN_RULES,
  ...CHILD_EVERYDAY_RULES,
  ...SEXUAL_SIGN_RULES,
  ...CHECK_IN_REPLY_RULES,
  ...PARTNER_COACHING_RULES,
  ...PARTNER_SIGN_RULES,
  ...SUICIDE_ENDING_RULES,
  ...JOKES_MEANT_RULES,
];

/**
 * Every pattern the screen reads, in every list (rules with their `unless` and `unlessNear`,
 * idioms, stories, context markers, suicide cues), and every MACROS word list: for tools that
 * need the lexicon's whole vocabulary, such as the typo-repair word list.
 *
 * @example allPatternSources().includes('kms') // true
 */
export function allPatternSources(): string[] {
  return [
    ...RULES.flatMap((rule) => [...rule.patterns, ...(rule.unless ?? []), ...(rule.unlessNear ?? [])]),
    ...Object.values(MACROS),
    ...Object.values(SUICIDE_CUES).flat(),
    ...CUE_BENIGN,
    ...SAFE_PHRASES,
    ...LOSS_PHRASES,
    ...STORY_PHRASES,
    ...context.NOW_MARKERS,
    ...context.DANGER_NOW,
    ...context.CHILD_SELF,
    ...context.CHILDHOOD_SELF,
    ...context.CHILD_OTHER,
    ...context.GROWN_CHILD,
    ...context.MARRIED_CHILD,
    ...context.THEIR_CHILDHOOD,
    ...context.OWN_PARTNER,
    ...context.THEIR_PARTNER,
    ...context.THIRD_PARTY_FRAMES,
    ...context.PAST_MARKERS,
    ...context.ONGOING_MARKERS,
    ...MISHAP_MARKERS,
    ...IN_EARNEST_MARKERS,
  ];
}
