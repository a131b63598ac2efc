/**
 * Lexicon rules for `suicide`. Suicide: explicit, coded, passive and indirect ways of saying one wants to die, plans, means and farewells, and a partner or friend threatening it.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import { RELATIONSHIP_ACTION, type LexiconRule } from './rule.ts';

/** "Not because I want to die": self-harm or venting explained as not suicidal. */
const NOT_WANTING_TO_DIE = 'not (because|that|cause|cos|coz|like) (i|im|i am) ~ (want|wana|wanted|trying|going|gona) to (die|be dead|kil {selfref})';

/** Being away for a while (a trip, work, hospital), which makes "I won't be here next week" harmless. */
const AWAY_FOR_A_WHILE =
  '(holiday|holidays|vacation|trip|away (for|on|at|with|this|next|til|until|from home)|going away|be away|travel*|abroad|conference|business|camping|festival|visiting|hospital|surgery|course|training|deploy*|honeymoon|flight|flying|moving|move|new job|offline|spending (it|christmas|xmas|the holidays|new year|new years|the day|the wekend) (with|at|in))';

/** A named situation or relationship that "I can't do this anymore" is about. */
const NAMED_SITUATION =
  '(long distance|the distance|this distance|the fighting|the arguing|the arguments|the back and forth|the lying|the lies|the cheating|the job|this job|the commute|the situation|this situation|the relationship|this relationship|this mariage|with (him|her|them|you)|his (mum|mom|mother|family|parents)|her (mum|mom|mother|family|parents)|in laws)';

/**
 * Being away named close to where the risk words are (within a sentence or the next one), not
 * anywhere in a long message: "I won't be here next week. We're off on holiday" is quiet, but
 * "we moved house last spring ... I won't be around to need a plan" stays visible.
 */
const awayNear = (anchor: string): string => `${anchor} ~~ (. )?~~ ${AWAY_FOR_A_WHILE}`;

/**
 * A move to a named new home ("we're going into sheltered housing", "moving into the bungalow near
 * my sister", "our daughter's annexe"), which makes "I won't be here much longer" about the house.
 * A place is always named and the movers are the writer's household or the person spoken of: "moving
 * on", "selling up", "a better place" and "my ex is moving to Spain with the kids" are not it.
 */
const HOUSE_PLACE =
  '(moving|move|moved|going|go) (in|into|to|in to|out to) (a |an |the |our |my |his |her |their )?(daughters |sons |new |smaller |little )?(bungalow|flat|apartment|annexe|sheltered|retirement|new house|new place|spain|portugal|france|florida)';
const HOUSE_MOVE = `((we|were|we are|we re|im|i am|i m|i|hes|he is|shes|she is|theyre|they are|and) (wil |are |is )?${HOUSE_PLACE}|sheltered (housing|flat)|retirement (flat|vilage|bungalow|apartment|complex)|emigrat*)`;

/** Someone who has died ("since Mum passed", "after he died"): who "I want to be with him again" is about. */
const GONE_BEFORE =
  '(({relation}|{partner}|he|she|they|mam|nan|nana|gran|granny|grandad|grandma|grandpa|husband|wife) (has |had |just )?(died|pased away|pased on|pased)|(his|her|their) (death|funeral|grave)|lost (him|her|them)|since (he|she|they) went)';
/** Wanting to join them. */
const TO_JOIN_THEM =
  '(id like to|i would like to|i want to|i wana|i wish i could|im ready to|i am ready to|i long to|i just want to|thinking about|thinking of) (join|joining|be with|being with) (him|her|them) ($|again|now|soon|there|wherever (he|she|they) (is|are))';

/** "Won't be here much longer", "won't be around for the street party": what a house move explains. */
const NOT_HERE_MUCH_LONGER = '(wont|wil not|not|never) be (around|here) ~ (much longer|for long|anymore|next *|for (the|our|their|his|her|my|christmas|next))';
/**
 * A house move close to the words about not being here: named first, within a sentence or the
 * next; or straight after them ("won't be here much longer, going to our daughter's annexe").
 */
const houseMoveNear = (anchor: string): string[] => [`${HOUSE_MOVE} ~~ ~~ (. )?~~ ${anchor}`, `${anchor} ~ ${HOUSE_PLACE}`];

/** Words a despairing sentence turns on: what a named situation must sit close to. */
const DESPAIR_WORDS =
  '(cant|can not|cannot|couldnt|anymore|any more|any longer|point|tired|sick|done|stop|give up|giving up|go on|going on|keep going|continue|continuing|carry on|cary on|hopeless|pointless|too much|way out|worth|future|end it|end this|over it|take it|do this)';

/** Words about being here or gone: what a trip or a move must sit close to. */
const BEING_HERE_WORDS =
  '(here|around|gone|back|away|alive|leave|leaving|much longer|for long|next|sleep|wake|rest|disapear|disapearing|vanish|exist|existing|date|plan|miss|notice)';

/**
 * A named situation (the long distance, the fighting, his mum) close to the despair it explains,
 * or a trip close to the words about not being here, within a sentence or the next: "I can't do
 * this anymore. The long distance is too much" is quiet, but "his family visiting at Christmas"
 * at the top of a long message does not silence "I don't see the point of anything anymore".
 */
const near = (what: string, anchor: string = DESPAIR_WORDS): string[] => [`${anchor} ~~ (. )?~~ ${what}`, `${what} ~~ (. )?~~ ${anchor}`];
const NAMED_NEAR = near(NAMED_SITUATION);
const AWAY_NEAR = near(AWAY_FOR_A_WHILE, BEING_HERE_WORDS);

/** Self-harm explained as "not a suicide thing": the self-harm rules name it, suicide stays out of the way. */
const SELF_HARM_NOT_SUICIDE =
  '(not|isnt|never|wasnt|nothing to do with) (a |about |like a |because of |because im |because i am )?(suicid*|sucidal) & (cut*|scratch*|burn*|bleed*|bled|self harm*|sh|hurt {selfref}|harm {selfref}|pinch*|punch*|bite|biting)';

/** Grief for words never said: "I never got to tell my dad I loved him". */
const GRIEF_UNSAID = '(never|didnt|did not|wish i had|wish id|should have|shouldve|regret not|couldnt) (got to |get to |had the chance to |have the chance to |managed to )?(tel|told|say|said)';

/** A blade in hand "about to cut": self-harm, which the self-harm rules name; suicide stays out of the way. */
const ABOUT_TO_CUT = [
  '(about to|going to|gona|want to|need to|urge to|urges to) cut ({selfref} )?(again|and|but|i|deep|so)',
  '(about to|going to|gona|want to|need to|urge to|urges to) cut ({selfref})? $',
];

/** Headstone and coffin emoji used for embarrassment ("rip my dignity 🪦", "i need a coffin 🪦😭"). */
const TOMBSTONE_JOKES = '(rip|r i p|dignity|roast*|embarras*|cringe|mortified|😭|im dead|im weak|need a (coffin|grave)|bury me|ded)';

/** A romantic line sung or quoted ("the lyric 'I don't want to live without you' ... it's cute"). */
const LOVE_SONG_LINE = '(lyric|lyrics|song|songs|chorus|verse|sings|singing|sang|karaoke|ballad|cute|romantic|sweet) & live without (you|him|her|u)';

/** "I can't live like this" said about the state of a room or a house. */
const HOUSEHOLD_GRIPE = 'live like this ~~ (kitchen|mess|clutter|dishes|laundry|state of|bathroom|noise|builders|renovation|no wifi|wifi|heating|damp|mould|mold)';

/** Harmless endings figurative images also describe: a birthday cake, a power cut, a film, a job. */
const FIGURATIVE_BENIGN = '(birthday|cake|power cut|powercut|storm|blackout|electric*|film|movie|show|series|episode|cinema|theatre|theater|play|job|shift|career|season|relationship|mariage|with (him|her)|divorc*|break up|breakup|split up|quit*|resign*|leaving (him|her|them)|band|gig|tour|holiday|trip|sunburn)';

/** A note left for everyday reasons (on the fridge, in a lunchbox, "back late"). */
const EVERYDAY_NOTE = '((saying|to say|said) sorry for (the|our|that|this|his|her|my) (argument|fight|row|mess|comment|joke|mistake|misunderstanding)|(note|notes|leter) ~~ (on the (fridge|counter|kitchen table|mirror|windscreen)|in (his|her|their) (lunch|lunchbox|bag|pocket)|saying (i|id|il|we) (be|was|am|would be) (home|back|late|out)))';

/** "Here" explained as a place right after it: "not here anymore. in this city, I mean", "here, at this job". */
const HERE_MEANS_A_PLACE =
  '(here|anymore|any more|any longer) (. )?(i mean )?(in|at) (this|the|my|our) (city|town|vilage|country|job|house|flat|apartment|place|area|school|ofice|company|team|band|club|church|neighbourhood|neighborhood|estate|uni|university|colege) ~~ (i mean|i meant|that is|not (life|the world|like that))';

/** Someone calling me by a name or names, not a place or a means calling me to it. */
const CALLED_BY_NAME = '((calling|caling|calls|caled|call) me (by|names|a name|that name|the wrong name))';

/** Harmless uses of a rope, so a rope that is up or ready means climbing, a swing or a tent. */
const ROPE_USES =
  '(swing|climbing|climb|climber|boat|sailing|camping|tent|gym|jump rope|skipping|dog|dogs|puppy|tow|laundry|clothesline|washing line|hammock|tie down|moving|craft|macrame|cat toy|tug|garden|fence|crossfit|battle|abseil*|belay|harness|tarp|zip line|zipline|rope course|ropes course|halloween|decoration*|fairy lights|christmas)';

/** A place, job or contract someone can stop "being here" at: "can't picture being here next year, we're moving". */
const PLACE_OR_JOB =
  '(city|london|new york|moving|move|job|rent|university|uni|colege|degree|mortgage|company|firm|team|office|school|workplace|this place|house|flat|apartment|contract|lease|visa|country|town)';

/** An ordinary dose question: a named ache or a daily dose ("how many ibuprofen does it take to help a headache"). */
const DOSE_QUESTION =
  '(to (help|fix|stop|get rid|ease|treat|work|kick in|sleep|calm)|headache|migraine|fever|cramps|period|toothache|back pain|hangover|per day|a day|every # hours|safe dose|kid|kids|child|dog|cat|vet|baby)';

/**
 * An ordinary dose question named close to the dose words (same sentence or the next), not
 * anywhere in a long message: "the kids are at school" elsewhere must not excuse "how many
 * paracetamol would kill someone my weight".
 */
const DOSE_QUESTION_NEAR = [
  `(how many|how much|dose|doses|dosage|take|taking|tablets|pils|{pills}) ~~ (. )?~~ ${DOSE_QUESTION}`,
  // Backwards, only from the end of the sentence before ("she has a fever. how many can she have"),
  // not from a dog or the kids in a story two sentences earlier.
  `${DOSE_QUESTION} ~ (. )?~~ (how many|how much|dose|doses|dosage|tablets|pils|{pills})`,
];

/** Guns used for sport, hunting or as tools ("my gun is ready for the range on Sunday"). */
const GUN_SPORT = '(range|hunting|hunt|deer|duck|season|clay|target|competition|paintbal|airsoft|nerf|water gun|glue gun|nail gun|staple gun)';

/** "Die alone (with cats) rather than date again": the idiom for staying single, not a wish to die. */
const DIE_ALONE = '(die|dying|be buried) (alone|single|an old maid|a spinster|a virgin) ~~ (cats|rather than|than (date|dating|mary|marying)|before i (date|mary)|no more (dating|men|women|guys|girls))';

/** Existing "in limbo", a situation or arrangement: tired of the situation, not of being alive. */
const EXISTING_IN_A_SITUATION = '(existing|living) in (this|a|the|our|that|some) ~ (limbo|situation|relationship|state|in between|grey area|gray area|holding pattern|arangement|mariage|house|flat)';

/** Not being around while relatives visit: avoiding a visit, not wishing to be gone. */
const WHILE_FAMILY_VISITS = '(when|while|whenever|if) (his|her|their|my|our) ~ (family|parents|mum|mom|dad|mother|father|friends|in laws|sister|brother|relatives|cousins) (visit*|come* (over|round|around|to stay)|are (over|here|round|around|visiting|staying)|is (over|here|visiting|staying))';

/** "What's the point of me apologising if she won't read it": doubting one repair step, not life. */
const POINT_OF_A_STEP =
  'point (of|in) (me )?(apologi*|saying sory|explaining|texting|caling|writing|asking|begging|trying to (fix|explain|talk|make)|fixing|going to counseling|going to therapy|doing (the|these|this) ~ (exercise*|homework)|sending) ~~ if (he|she|they|my {partner}|nobody|no one)';

/** A harmless use of a rope named close to the rope, not a Christmas visit elsewhere in a long message. */
const ROPE_USES_NEAR = [`(rope|ropes|cord|noose) ~~ (. )?~~ ${ROPE_USES}`, `${ROPE_USES} ~~ (. )?~~ (rope|ropes|cord)`];

/** Heights and drops people go to: multi-storeys, bridges, platforms, railings. */
export const A_DROP =
  '(top (level|floor|storey|story|deck)|multi storey|roof|rooftop|bridge|edge|balcony|ledge|cliff|cliffs|viaduct|car park|carpark|parking (garage|structure)|railing|railings|platform|tracks|overpass|quarry)';

/** Heights and drops enjoyed or talked about for harmless reasons: sport, views, prices, fear of heights. */
export const HARMLESS_DROP =
  '(bungee|skydiv*|parachut*|base jump*|cliff div*|diving board|rollercoaster|roller coaster|theme park|zip line|zipline|climbing|abseil*|paraglid*|vertigo|afraid of heights|scared of heights|fear of heights|photo*|the view|sunset|sunrise|sales|prices|temperature|stock*|market|scores|grades|profits|ratings|signal)';

/** Why a stash or a rope is kept for ordinary reasons. */
const ORDINARY_HIDING = '(from (the|my|our) (kids|children|dog|toddler|baby|cat|puppy)|chocolate|sweets|present*|gift*|easter|christmas|surprise|birthday)';

/** Things people tie for ordinary reasons ("tied the cord round the parcel"). */
const TIED_FOR_A_REASON =
  '(parcel|box|boxes|package|shoe|shoes|lace|laces|curtain|curtains|blind|blinds|tomato*|plant|plants|bow|hair|bag|bags|bin|trailer|roof rack|kayak|canoe|christmas tree|sofa|mattress|van|car roof|apron|gown on|robe on)';

/** A cord, belt or lead tied to something overhead it could hang from: "tied my belt to the banister". */
const TIED_TO_A_FIXTURE =
  '(tied|tying|knotted|rigged|hung|hanging) (my|the|a|his|her) ~ (sari|saree|dupata|scarf|sheet|bedsheet|cable|cord|rope|belt|tie|shoelace*|charger|lead|leash|towel|dressing gown) (to|from|on|round|around|over) the (ceiling fan|fan|beam|banister|bannister|rafter|rafters|hook|loft hatch|door frame|doorframe|light fitting|pipe|railing|tree|branch)';

/** Last words to the people left: "forgive me", "goodbye", "this is it", "tell mum I love her". */
export const A_FAREWELL =
  '(forgive me|goodbye|this is it|sorry for everything|love you al|tel (mum|mom|dad|them|the kids|everyone|my *) (i|that i) (love|loved|am sorry|was sorry)|its time|cant do this anymore|cant do this any more)';

/** Ending the relationship because love is gone ("I want to end it. I just don't love him anymore"). */
const LOVE_IS_GONE = '((dont|do not|no longer) (love|want|fancy|trust) (him|her|them|my {partner}) ~ (anymore|any more)|(fel|fallen|falen) out of love)';

/** Getting sober or doing well, which makes "he won't be a problem anymore" harmless. */
const SOBER_OR_WELL = '((quit|stoped|gave up|cut out|off the|of the) (drinking|drink|drugs|gambling|smoking|booze|weed|using)|got sober|sober now|(hes|shes|im|theyre|he is|she is) doing (great|wel|beter|so wel|realy wel|fine))';

/** Round 26: someone else's threat to make my death look like an accident ("he'll kill me and the kids and make it look like an accident") is partner violence, not my plan. */
const THEIR_ACCIDENT = '(he|she|hel|shel|hed|shed|they|theyl|theyd|he wil|she wil|he would|she would|he said|she said) ~~ make it lok like an acident';

/** A goodbye to a place or thing left behind in a move ("goodbye to my old apartment"). */
const GOODBYE_TO_A_PLACE = 'goodbye to (my|the|our|this|that) (old )?(apartment|flat|house|home|job|city|car|hair|couch|ex|phone|twenties|office|school|uni|desk|team|room|bedroom|neighbourhood|neighborhood)';

/**
 * "kms if i fail this chem test 💀": the shorthand tied to a school or everyday trifle in a
 * message that laughs at itself. Laughter alone does not quiet "kms"; it takes both.
 */
const KMS_OVER_A_TRIFLE =
  '(kms|kmsl) ~~ (if|when|cuz|coz|because|bc|over|after|before) ~~ (test|tests|exam|exams|quiz|homework|hw|essay|asignment|coursework|class|lesson|teacher|maths|math|chem|chemistry|physics|bio|biology|english|history|geography|french|spanish|mock|mocks|gcse|gcses|sats|finals|final|midterm|midterms|grade|grades|results|report card|presentation|practice|training|shift|alarm|wifi|game|match|song|album|tickets|concert|episode|season|spoiler|spoilers|group chat|haircut|fringe|outfit|pe|driving test) & (💀|😭|😂|🤣|😩|🙃|lol|lmao|lmfao|haha*)';

/** Being "here" for a party or a match, or it depending on a shift: attendance, not survival. */
const AT_AN_EVENT =
  '((here|around|there|back) (for|at|in time for|by) (the|your|my|his|her|our|their|a|an) (party|wedding|birthday|meeting|dinner|game|match|concert|gig|exam|exams|start|weekend|trip|visit|shift|event|launch|game night|sleepover|prom|formal|reunion|recital|show|play|tournament|race|deadline|appointment)|depends on (my |the |work |his |her )?(shift|shifts|rota|schedule|work|boss|lifts?|train|bus|flight))';

/** Medicines and street drugs by name, beyond the shared {pills} list ("all of mum's leftover morphine"). */
const DRUGS =
  '({pills}|morphine|oramorph|codeine|co codamol|cocodamol|tramadol|oxycodone|fentanyl|methadone|lithium|sertraline|citalopram|fluoxetine|prozac|zoloft|quetiapine|seroquel|olanzapine|diazepam|valium|lorazepam|zopiclone|zolpidem|mirtazapine|amitriptyline|venlafaxine|propranolol|pregabalin|gabapentin|baclofen|insulin|heroin|gear|smack|sleeping tablets|sleepers|painkillers|pain meds|prescription|prescriptions)';

/** Containers a stash of tablets comes in, except a bottle. */
const STASH_CONTAINERS = 'pack|packet|packets|box|boxes|strip|strips|sheet|sheets|blister|blister pack|tub|prescription|supply|stash|bag|baggie|lot';

/** Containers and amounts a stash of tablets comes in. */
const A_STASH = `(${STASH_CONTAINERS}|bottle|month|months|weeks)`;

/** The stash containers without "bottle", which after "necked" or "downed" is usually drink. */
const A_STASH_NOT_A_BOTTLE = `(${STASH_CONTAINERS})`;

/** How much of a stash: "half a", "the whole", "the rest of my". */
const SOME_OF = '(half|most|al|the rest|every|everything in|the whole|a whole|an entire|the entire|a ful) (of )?(a |the |my |his |her )?';

/** What follows a stash told without its contents: a time, "and", "after", not "of bubble wrap". */
const AFTER_THE_STASH = '(on|at|last|yesterday|after|before|when|while|then|and|over|in|tonight|earlier|this|the other|a few|# (days|weeks|hours)|woke|slept|passed out|nobody|no one|noone|didnt|never)';

/** When a quiet past overdose is told: a weekday, a night, a holiday, or how it ended and who knows. */
const AFTER_A_QUIET_OVERDOSE =
  '(on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|last (night|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend|yesterday|the other (day|night)|over (christmas|new year|the holidays|the weekend)|at christmas|(days|weeks|months) ago|nobody knows|no one knows|noone knows|nobody noticed|no one noticed|noone noticed|didnt tell|never told|havent told|not told (anyone|anybody|a soul)|woke up|slept|sleeping it off|passed out|blacked out|(after|during) (the|an|a|our) (argument|fight|row|breakup)|threw up|was sick|still here|hospital|a and e|on purpose|didnt work|wore off|thinks it was|thought it was)';

/** Food, drink and everyday things that come in packs and bottles ("ate half a pack of biscuits"). */
const EVERYDAY_PACK =
  '(pack|packet|packets|box|bottle|strip|sheet|tub|bag|jar) of (biscuits|cookies|crisps|chips|gum|sweets|candy|chocolate*|mints|haribo|cereal|wine|beer|vodka|gin|rum|whisky|whiskey|cider|prosecco|champagne|water|juice|coke|pop|cigs|cigarettes|smokes|fags|vitamins|vitamin *|fish oil|cod liver oil|probiotics|cough sweets|strepsils|rennie|tums|antacids|laxatives)';

/** Every `suicide` rule the screen applies. */
export const SUICIDE_RULES: readonly LexiconRule[] = [
  {
    category: 'suicide',
    level: 'high',
    note: 'Explicit suicide words, coded and algospeak forms.',
    unless: [KMS_OVER_A_TRIFLE, SELF_HARM_NOT_SUICIDE],
    patterns: [
      '{kill} {selfref}',
      'kms',
      'kmsl',
      'suicid*',
      '(suicde|sucide|suiside|suicied|suicidle|sucidal|suicdal|suisidal|sewerslide|sewer slide|sui cide|s uicide|su cide|s icide)',
      'sui (thoughts|ideation|atempt|atempts|plan|urges)',
      'k (il|ll) {selfref}',
      '(self delete|self terminate|delete {selfref}|end {selfref}|offing {selfref}|hang {selfref}|shoot {selfref}|drown {selfref}|overdose on purpose)',
      '(to|gona|wana|going to|il|wil|just|should|could|might|finaly|want to|about to) of {selfref}',
      '(kiled|kils|top|toping|toped|tops) {selfref}',
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
    unless: [
      '(die|died) for (my|you|him|her|them|a|an|the|this|that|some)',
      // A chore or an outing complained about: "I'd die if I had to sit through a whole museum day".
      '(id|i would) die if i (had to|have to|ever had to|was made to|were made to) (sit|sit through|watch|listen to|go to|do|eat|wear|spend|sing|dance|read)',
      NOT_WANTING_TO_DIE,
      DIE_ALONE,
      '(so|too|very|realy|badly) hungover',
    ],
    // Round 15: "he left a voicemail saying you're going to be dead if you go to court" is someone's threat to the writer.
    unlessNear: [
      '(said|says|saying|texted|texts|told me|messaged|wrote|sent|screamed|shouted|voicemail) ~~ (youre|you are|your|ur|u r) (going|gona) (to )?be dead',
      // Said and taken back at once: "I'd rather die than go to counselling. Obviously not literally".
      '(obviously|clearly|of course) not literaly',
      // Afraid of dying, not wanting to: "he was scared he'd die without me forgiving him" (an illness).
      '(scared|afraid|terified|frightened|worried|fear|feared|fears|panicking) (that )?(id|i would|il|i wil|i might|i was going to|im going to|i could) (die|be dead) (without|before|on the|in surgery|on the table|from|of|if (it|the))',
      // Someone else's wish about the writer: "my mum used to say she wished I'd never been born".
      '(she|he|they) (wished|wishes|wish) (i|id) (had )?never (been born|existed)',
      // Contentment, not a wish: "I'd die happy if Leeds won the league".
      '(id|i would|i could|i wil|il) die (a )?happy (if|when|after|once) ~ (won|win|wins|beat|beats|got|get|gets|saw|see|sees|met|meet|came|come|comes|finished|finish|pased|pas|passes|landed|lands|scored|score|league|cup|final|promotion|concert|tickets|married|marry|graduate|graduated|retire|retired)',
      // A family holiday or an outing dreaded: "she'd rather die than spend another Christmas at my mum's".
      '(rather|sooner) (die|be dead|be seen dead) than ~~ (wear|wearing|be seen in|suit|dres|outfit|jumper|christmas|new year|thanksgiving|easter|holiday|holidays|dinner|lunch|brunch|party|wedding|shopping|ikea|mal|concert|karaoke|gym|meeting|camping|cruise|(his|her|my|your|their) (mums|moms|mams|parents|in laws|family)|with (his|her|my|your|their) (mum|mom|mam|parents|in laws|family))',
    ],
    patterns: [
      '(want|wants|wanted|wanna|wana|wanting|going|gona|ready|plan|planning|decided|deserve|deserves|should just|should|need|needs|like) (to )?(die|be dead|not exist|not be alive|stop existing|stop living|not be here)',
      '(wish|hope|hoping|wishing) (i|id) (was|were|could be|would be|be) dead',
      '(rather|better of) (be )?dead',
      '(id|i would|i wish i|wish i) (rather )?(die|died)',
      '(wish|wished|wishing) i (was|were|had) never (been )?born',
      '(wish|wished|wishing) (i|id) (had )?never (been born|been in this world|existed|been here|come into this world)',
      'i (just )?(want|wana|wish) to (die|be dead)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Not wanting to live, nothing to live for, tired of living.',
    unless: ['(want|reason|reasons) to live (in|with|near|at|on|together|abroad|alone|there|here|like that)', 'without (pizza|coffee|chocolate|wifi|internet|netflix|music|my phone)', EXISTING_IN_A_SITUATION, LOVE_SONG_LINE],
    // "Here" said to mean a place: "I don't want to be here anymore - in this city, I mean."
    unlessNear: [
      HERE_MEANS_A_PLACE,
      // Going on with a thing, not with life: "not sure I can keep going with this marriage stuff".
      '(kep going|go on|carry on) (with|in) (this|the|my|our|that) ~ (mariage|relationship|job|course|degree|diet|plan|program*|therapy|stuf|situation|arangement|trust stuf|coaching|exercise*)',
      // A break from people: "I'm going to stop existing for a bit. Off all socials".
      '(stop|stoping) existing (for a (bit|while|few days|week|day)|online|on (socials|social media))',
    ],
    patterns: [
      '(dont|do not|doesnt|does not|dont really|didnt) (want|wana|wanna) (to )?(live|be alive|exist|wake up)',
      '(dont|do not|doesnt) (want|wana|wanna) (to )?be (here|around) anymore',
      // Non-native: "I don't find the reason to live", "I can't find any reason for living".
      '(dont|do not|cant|cannot|can not|couldnt|no longer|never) (find|se|have|know) (the|a|any|one|my) (reason|reasons|purpose) (to|for) (live|living|stay alive|staying alive|go on|going on|wake up|waking up)',
      // "I am not wanting to stay in this world", "I don't want to remain on this earth".
      '(not wanting|dont want|do not want|dont wana|no longer want|not want|am not wanting) (to )?(stay|be|remain|live) (in|on) (this|the) (world|earth)',
      '(not|isnt|aint|arent) worth living',
      '(dont think|not sure|doubt) i can (keep living|go on|live like this|keep going)',
      'no (reason|point) (to|in) (live|living|go on|going on|being alive|be alive|stay|staying alive)',
      '(nothing|no one|nobody) (left )?to live for',
      '(no|any) reason to live',
      '(i|im|just|i just|really|realy) (cant|can not|cannot) (keep|go on) living',
      '(cant|can not|cannot) (keep|go on) living $',
      '(tired|sick) of (being alive|existing|life|being me)',
      '(tired|sick) of living( anymore| any more| like this)? $',
      '(done|finished) (with )?(life|living|being alive|existing)',
      '(stop|stopping) (existing|living)',
      'life (is|isnt|s) (not )?worth (living|it anymore)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Composed wishes: a first-person want/plan followed by a way of saying "be dead".',
    unlessNear: [HERE_MEANS_A_PLACE],
    patterns: [
      '({selfwant}) ~ (to )?({deathwish})',
      '(think|thinking|thought|picture|picturing|imagine|imagining|dream|dreaming|fantasize|fantasizing|fantasise|fantasising) ~ (walking into trafic|my own funeral|my funeral|my death|my own death|dying|being dead|not being alive|kiling {selfref}|how (id|i would|to) (do it|die|end it)|ending (it al|my life|everything))',
      '(if i died|if i was dead|if i were dead|if i wasnt here|if i wasnt around|if i was gone|if i were gone|if i disapeared|if i just disapeared) ~~ (relief|beter|easier|hapier|cope|fine|wouldnt mater|no one would|nobody would|a favor|a favour)',
      '(easier|beter|a relief|hapier|cope beter|fine) ~~ if i (just )?(died|was dead|wasnt here|werent here|wasnt around|disapeared|was gone|were gone|was not here|didnt exist)',
      // Non-native present tense: "better for everybody if I disappear from this earth".
      '(easier|beter|a relief|hapier|fine|free) ~~ if i (just )?(die|disapear|vanish|am gone|am dead|am not here|am not existing|not exist) (from (this|the) (earth|world|life)|forever|for good|$)',
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
      '(swalowing|swalow|taking|take|overdosing on|downing) (al|every|al of) ~ ({pills}|bottle)',
      // "The whole" of a container or of the pills, not a doctor's "take the whole course of tablets" (round 15).
      '(swalowing|swalow|taking|take|overdosing on|downing) the whole (bottle|box|packet|pack|strip|tub|jar|lot|supply|stash|prescription|load|blister) (of )?~ ({pills}|bottle)',
      '(swalowing|swalow|taking|take|overdosing on|downing) the whole ({pills}|bottle)',
      '(how long|how much|how many|which|what|the) ~~ (to bleed out|bleed out|would be enough|is enough|is lethal|is fatal|would be lethal|would be fatal|would kil me|highest bridge|tallest building|highest building)',
      '(researching|looking up|googling|googled|searching|searched|reading about|reading up on|read up on) ~~ (bleed out|overdose|overdoses|lethal|how to die|ways to die|highest bridge|tallest building|enough (pils|meds)|painless)',
      '(step|stepping|walk|walking|jump|jumping|throw {selfref}|throwing {selfref}|lie down|lying down|lay down) (in front of|into|under|on) (a|the|an|oncoming)? ~ (truck|train|bus|car|trafic|subway|tram|metro|lorry|tracks)',
      // Round 26: "after this chat I'm walking onto the tracks".
      '(step|stepping|walk|walking|jump|jumping|lie down|lying down|lay down|throw {selfref}|throwing {selfref}) (onto|on to) the (tracks|train tracks|line|rails|railway line|railway|motorway|train line)',
      '(wish|hope|hoping) (a|that a|some) (car|bus|truck|train|driver) ~ (hit*|run*|kil*) me',
      'the only way to (stop|end|escape) ~ (is|would be) to (die|kil {selfref}|end it|not be here)',
      '(scared|afraid|terified|worried) (of )?what i (might|could|wil|il|would|am going to) do to {selfref}',
      'exit bag',
      '(beter|hapier|easier|fine|relieved|ok|okay) ~~ (once|when|after) (im|i am) (gone|dead)',
      '(counting down|cant wait) ~ (until|til|till) i (can )?(end it|die|go|kil {selfref}|finaly end)',
      '(holding|staring at|looking at|stared at|held) (the|my|a) ({pills}|rope|noose|gun) & (thinking|tempting|tempted|cant stop|for hours|tonight|again|urge|do it|end it)',
      '(to|2) (kil|end) {selfref}',
      '(want|wish|need|ready for) (my life|this life|my existence) to (be over|end|stop)',
      'beter of (not being here|not existing|not alive|not being alive|gone|not around)',
      '(not|never) (have to )?wake up (ever )?again',
      '(hate|despise|cant stand) (being alive|living|existing|my existence)',
      '(i|ive|i have) (attempted|tried) (suicide|to kil {selfref}|to end (it|my life))',
      '(i|ive|i have) attempted (before|once|twice|last year|in the past) (and|but)',
      '(i|ive|i have) attempted (before|once|twice|last year|in the past) $',
      '(not wanting|no longer wanting|dont want|do not want) to be (here|alive|around) (tomorow|anymore|next *|any longer)',
      '(not wanting|no longer wanting) to (be here|be alive|live|exist)',
      '(telling|tels|told|tell|keeps telling|keep telling) me to (die|kil {selfref}|end it|end my life|jump)',
      '(bought|got|have|picked up) ~ ({pills}|rope|gun|noose) & (what im (going to|gona) do|what i have to do|im (going to|gona) do it|im ready|goodbye|bye)',
      '(im|i am) (going to|gona|about to) jump $',
      '(wrote|writing|made|finished|updated) my wil & (bye|goodbye|last|note|{pills}|dont need|wont need)',
      '(plan|planing|planed|planned|thinking of|thinking about) (to )?(overdose|overdosing|od|oding)',
      '(want|wana|wish|ready|time) to rest forever',
    ],
    unless: [
      '(end|ending|finish|finishing) (everything|it al) (with|between|we)',
      'rather die than',
      WHILE_FAMILY_VISITS,
      '(tallest|highest) (building|bridge|tower) ~~ (holiday|honeymoon|trip|the view|visit*|tourist|sightsee*|world)',
      // "I think the relationship is dying": something other than me is what is dying.
      '(relationship|mariage|love|spark|romance|friendship|conversation|plant|plants|phone|battery|laptop|car|business|garden|sex life|hobby) (is|was|s|are|were) (slowly )?dying',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Composed wishes to die or be dead (hyperbole: "lol" cancels).',
    hyperbole: true,
    unless: [NOT_WANTING_TO_DIE, DIE_ALONE],
    patterns: ['({selfwant}) ~ (to )?(die|be dead|dy)', '(want|wana|need|going|ready) (to|2) (die|dy)', '(feel|feeling|felt) like dying'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Composed plans happening now: exhaust fumes, swallowing now, a final post.',
    unless: ['(last|final) (message|text|words|post) (to|for) (him|her|them|my ex|my {partner})', 'block*', '(aircon|air con|keep warm|kept warm|warm up|warming up|heater|defrost*|mechanic)'],
    patterns: [
      '(car|garage) & (exhaust|fumes|hose)',
      'garage & engine running',
      'car & engine running & (closed|shut|locked|door|nights|sit|sat|sitting|tonight|now|alone|hose)',
      'garage & (engine|motor) (on|running|still running)',
      '(going to|gona|about to|im) (swalow|swalowing) (them|it|al of them|the (pils|meds|tablets)|al of it) (now|al|tonight)',
      '(going to|gona|about to|im) (take|taking) (them|it|al of them|the (pils|meds|tablets)|al of it) (al )?(now|tonight)',
      '(going to|gona|about to|im) (take|taking) (them|it) al $',
      '(this (wil be|is)|here is|heres) my (last|final) (post|message|text|words|note|goodbye)',
      '(final|last) (post|goodbye post)',
      '(next|the next) (train|bus|one) & (step in front|jump|throw {selfref})',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 15: a time set for being dead ("I will be dead by 9 tonight, I have decided"); not dead tired, nor dead by the time the bus comes ("lol" cancels).',
    hyperbole: true,
    unlessNear: ['(tired|on my feet|by the time|at this rate|if (this|he|she|they|i|my|the)|workload|shift|exam|exams|deadline|hangover|gym|workout|boss|mum|mom|dad|wife|husband)'],
    patterns: ['(i wil|il|im going to|i am going to|im gona|i am gona) be dead (by|before) (# |midnight|morning|tomorow|tonight|the morning|sunrise|dawn|the weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday|next week|the end of (the|this) (week|month|day))'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Pills counted, lined up or saved, with no time given ("the pills are counted"): the bot asks. Not a week\'s doses in an organiser.',
    unlessNear: ['(for the week|weekly|organiser|organizer|dosette|blister|pharmacy|pharmacist|chemist|prescription|carer|nurse|morning|evening|daily|nan|gran|grandad|grandma|mum|mom|dad|vitamins|expired|out of date|disposal|take back)'],
    patterns: ['(the|my|al the|al my|al) ({pills}|tablets) (are|have ben|been|al) (counted|counted out|lined up|laid out|saved up|stockpiled|stashed)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Pills kept back, said as having them ("I have pills saved up", "my dad told me he has tablets stashed"): the bot asks. Not a holiday supply or a handbag spare.',
    unlessNear: ['(for the week|weekly|organiser|organizer|dosette|pharmacy|pharmacist|chemist|holiday|trip|travel*|abroad|handbag|so (i|he|she|they) (dont|doesnt) forget|migraine*|headache*|period|hay fever|alergy|alergies|expired|out of date|disposal|take back)'],
    patterns: ['(have|has|got|ive got|hes got|shes got|keps|kep|keeping|kept) (a lot of |loads of |lots of |some |al (my|his|her|their) |my |his |her |their )?({pills}|tablets) (saved up|saved|stockpiled|stashed|hoarded|put by)'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 21: on a bridge or a ledge with nothing left to wait for ("police are on the way about what I did and I\'m standing on the bridge. not waiting for them").',
    unlessNear: ['(view|sunset|sunrise|photo*|picture*|selfie|fishing|walk|walking the dog|tourist*|fireworks|parade|marathon|run|jog*)'],
    patterns: ['(im|i am) (standing|stood|sat|sitting) on (the|a) (bridge|ledge|edge|roof|cliff edge|parapet) & (not waiting|police (are )?(on (the|their) way|coming)|goodbye|cant do this|no way out|what i did|end it)'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 21: means a job puts in reach, made ready ("drew up the whole vial … before I push it in", "round\'s chambered … this is it", "I know exactly which of the fluids will do it. Bottle\'s open", on the footbridge over the line with the timetable known).',
    unlessNear: ['(patient|patients|the dog|the cat|the horse|his dog|her dog|their dog|vet said|deer*|stag*|in sight|lads|range ofic*|the target|targets|clay|clays|competition|season|hunt|hunting|watching|spotting|photo*|with my (son|daughter|kids|boy|girl)|saline|flush*|insulin|vaccine*|jab|jabs)'],
    patterns: [
      '(drew up|drawn up|filled|loaded) (a |the |the whole |a whole |my )?(syringe|vial|needle|line) ~~ & (before i (push|go|do it|inject)|push it in|inject (it|myself)|wont feel (it|a thing)|goodbye|someone to know|someone knows)',
      '(round|bullet|shel)s? (is |s )?(chambered|in the chamber) & (this is it|goodbye|sory|forgive me|done with me|cant do this|tel (mum|mom|her|him|them))',
      'i know exactly (which|how much|how many|what) ~~ (wil|would) do it & (locking the door|locked the door|door locked|leter|note|goodbye|sory)',
      '(on|at) the (footbridge|foot bridge|bridge) over the (line|tracks|railway|motorway|dual cariageway) & (timetable|fast one|next train|sory|goodbye|couldnt fix|cant do this)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 21: a dose worked out as "enough to stop my heart", a plan and a date, a level picked at a car park: said plainly by people whose work is near death. With a time, imminent.',
    ifNow: 'imminent',
    unlessNear: ['(wedding|moving|move house|party|holiday|trip|launch|court|hearing|surgery|operation|exam|baby|due date|interview|presentation|patient|patients|the dog|the horse|parking|park|parked|for the car|the view)'],
    patterns: [
      '(counted|counted out|saved|saved up|got|have|stockpiled|drawn up|drew up|ordered|bought|took|taken) ~ enough ~ to (stop my heart|kil me|end it al|end my life|not wake up|never wake up)',
      '(got|have|ive got|made|set) a (plan|date) and a (date|plan|time|method) & (relief|done|ready|end|finaly|over|cant|anymore|tired|want out)',
      '(pick|picking|chose|choose|choosing|picked) (which|the) (level|floor|storey|story|height|spot) & (multistorey|multi storey|car park|carpark|roof|jump|want out|edge|drop)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 21: hints a caring person would ask about ("told her she wouldn\'t have to worry about me much longer", "asked if I was safe and I said yes but honestly I don\'t know anymore", letters written to everyone "just in case").',
    unlessNear: ['(moving|move|leaving|leave|job|contract|visit|staying|stay|uni|flat|trip|holiday|back on my feet|graduat*|pay (you|her|him|them) back|out of (her|his|their) hair|house|christmas|birthday|thank you|thank yous|cover leters?|application*|pen pal*|penpal*|council|mp|complaint*|wedding|invit*)'],
    patterns: [
      '(wont|wouldnt|not) (have to )?worry about me (much|for much|for very much|very much) longer',
      '(ben |im |i am |ive ben )?writing letters to (people|everyone|my family|the people i love|my kids|my children) & (not sure why|get sorted|just in case|in order|before i)',
      'asked (if|whether) i (was|am|m|felt) safe (and|$) ~~ (but|honestly) ~~ (dont know|not sure|lied|wasnt|im not)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 21: a rope or noose already hung up in a place of its own, or pills being counted out now ("rope\'s up in the shed. before I go…", "got her sleeping tablets out to the car and I\'m counting them now").',
    // The writer's own means, even when the pills were someone else's ("her sleeping tablets").
    victim: 'self',
    unlessNear: ['(swing|swings|tyre|tire|climbing|climb|boat|tent|washing|clothes line|hamock|tow|dog|goat|horse|cow|pony|pulley|hoist|decorations|lights|bunting|fairy|christmas|halloween|punching bag|punchbag|boxing bag|gym|rope course|zip line|zipline|vitamins|pocket money|coins|stitches|inventory|stock|stocktake|pharmacy|pharmacist|chemist|dosette|organiser|organizer|for (the|his|her|my) (week|nan|gran|mum|mom|dad))'],
    patterns: [
      '(rope|noose|ligature)s? (is |s |are )?(up|ready|tied|set up|hanging|hung up|in place|al set) ~~ (in|on|from|over) (the|my) (shed|garage|loft|attic|beam|beams|tree|bannister|banister|stairs|woods|barn|rafters|door)',
      '(counting|counted|lining up|lined up) (them|the pils|the tablets|my pils|my tablets|her pils|her tablets|al of them) (out )?(now|right now|as we speak|rn) & ({pills}|tablets|meds)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 21: a note written "so someone knows why", with means or a goodbye beside it.',
    patterns: ['(writing|wrote|leaving|left) (this|a note|this note|a leter|this leter) so (someone|somebody|people|you|they|everyone|she|he) (knows|know|wil know|understands|understand|wil understand) why & ({weapon}|{pills}|rope|goodbye|gone|sory|before i go|not be here|wont be here)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 21: passive wishes said sideways ("if a bus got me tomorrow I wouldn\'t be that bothered", "can\'t picture a future with me still in it", "don\'t want tomorrow"): the bot asks.',
    hyperbole: true,
    patterns: [
      'if (a|the) (bus|car|truck|lory|train) (hit|hits|got|gets) me ~~ (i )?(wouldnt|would not|wont|dont think id) (be )?(that |too |even |realy |al that )?(bothered|mind|care|upset|sad)',
      '(cant|can not|cannot|dont) (realy |even )?(picture|imagine|see) a future (with me|where im|where i am) (stil )?(in it|alive|around|here)',
      '(dont|do not) want (there to be )?(a )?tomorow (to come )?$',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 21: tablets crushed or dissolved into a drink, ready ("I\'ve crushed my heart tablets into a glass by the bed"); with a time, imminent. Not a pill ground for a child, a pet or someone who cannot swallow.',
    ifNow: 'imminent',
    unlessNear: ['(swalow* (them|it|pils|tablets)|cant swalow|hard to swalow|trouble swalowing|for (the|my|his|her) (dog|cat|son|daughter|baby|kid|toddler|nan|gran|mum|mom|dad|patient|patients|resident|residents)|yogurt|yoghurt|jam|apple sauce|applesauce|honey|pharmacist|nurse said|doctor said|gp said|vet said)'],
    patterns: ['(crushed|crush|crushing|ground up|grinding|dissolved|dissolving|mashed) (up )?(al |the whole |a whole |every )?(my |the |of my |of the )?(heart |sleeping |blood pressure )?({pills}|tablets|meds) ~ (into|in) (a |the |my )?(glas|drink|cup|mug|water|juice|bottle|wine|vodka|whisky|whiskey|tea)'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 15: about to swallow the whole lot, with the pills at hand ("my sleeping pills here and I\'m about to take the lot"); not a box taken back to the chemist.',
    unlessNear: ['(back|return*|to the (pharmacy|chemist|shop|store|doctor|gp|surgery|vet|tip|dump|bin|recycling))'],
    patterns: ['(going to|gona|about to) (take|swalow|down|neck) (the lot|the whole lot|the whole (bottle|box|packet|pack|strip|tub|jar)) & ({pills}|tablets|meds|medication)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Being a burden; others better off without me.',
    patterns: [
      '(everyone|everyones|everybody|everybodys|they|theyd|world|worlds|family|al|people|kids|friends|you|yal|everyone else) ~ (better|hapier|easier|fine|okay|ok|beter of) ~ without me',
      'beter of without me',
      '(beter|hapier|easier|fine) ~ if i (wasnt|was not|werent|were not|was gone|were gone|died|was dead|didnt exist|disappeared)',
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
    unless: [
      'wake up (late|early|with|in time|before|at|too|to (the|a|my|his|her)|hungover)',
      'wake (up )?the (baby|kids|neighbours|neighbors|house|dog)',
      awayNear('(around|here|alive|wake up|sleep|asleep)'),
    ],
    // A house move close by, not anywhere in the message: "we're moving into the bungalow, so I won't be here much longer".
    unlessNear: [
      ...houseMoveNear(NOT_HERE_MUCH_LONGER),
      '(here|around) ~ (much longer|for long) ~ (in|at) (this|the|our|my) (house|flat|place|street|estate|area|vilage|town) (i mean|that is)',
      '(here|around|in) (the|this|our|my) (old )?(house|flat|street|estate|vilage|neighbourhood|neighborhood) (much longer|for long|anymore)',
    ],
    patterns: [
      '(want|wana|wish i could|just want to|going to|gona|ready to|time to|let me|i wil) (go to )?sleep forever',
      '(eternal|endless|permanent|forever) sleep',
      '(sleep|sleeping|go to bed|asleep) ~ (never|not|and not|and never) wake up',
      '(hope|wish|pray|praying) (i|that i) (dont|never|wont|do not|will not) wake up',
      'not (going to be|gona be|be) (around|here) (much longer|for long|anymore|next *)',
      '(not|wont|dont plan to|not planing to|not going to) be (around|here|alive) (for|by|at|when|next|much longer|to see)',
      '(not|wont|will not|not going to|not gona) be (around|here|alive) (to|to even) (need|worry|care|face|bother|mater|deal with|have to|pay|explain|se)',
      '(wont|will not) be (around|here) ~ (much longer|for long|anymore|next *)',
      '(dont|do not|cant|cannot) see myself (being )?(here|around|alive)',
      'soon (i|il) (wont|will not) be (a problem|a burden|here|around)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A throat cut as a method. Not when someone else says they will do it: "he told me he would slit my throat" is a threat (plain-harm.ts).',
    unlessNear: ['(hel|shel|theyl|he wil|she wil|they wil|hed|shed|theyd|he would|she would|they would|hes going to|shes going to|hes gona|shes gona|threaten* to|threatens to) (slit|cut) my throat', '(he|she|they|{partner}) (slit|cut) my throat'],
    patterns: ['(slit|slitting|cut|cutting) (my )?throat'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A throat cut as a method, in my own voice, even beside a threat of the same words ("he said he\'d cut my throat so I\'ll slit it myself").',
    // The idiom of refusal: "I'd cut my own throat before voting for him".
    unlessNear: ['(before|rather than|sooner than) (i|id|voting|vote|going|giving|letting|admitting|working|paying|watching|listening|eating|apologi*|saying|asking|wearing|moving|living with|going back)'],
    patterns: [
      '(i|im|il|ill|id|i wil|i would|i am|i want to|i wana|i could|i might|i keep|thinking (of|about)|thought (of|about)|urge to|plan to|planing to) ~ (slit|slitting|cut|cutting) my (own )?throat',
      '(slit|slitting|cut|cutting) (my|it) (own )?(throat )?(myself|my self)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Methods, means and preparation.',
    // A jump "if she doesn't text back" laughed off in the same breath is a joke about a trifle.
    unless: [EVERYDAY_NOTE, '(cat|cats|dog|dogs|kitten|puppy|squirel|bird|parkour|bungee|diving|trampoline) ~~ jump*', 'jump* (of|from) (a|the|my|that) ~ (bridge|roof|rooftop|building|cliff|balcony|ledge|window) (lol|lmao|haha|😂|🤣|💀)'],
    patterns: [
      '(ways|way|how|best way|easiest way|quickest way) to (kil {selfref}|die|end (it|my life)|commit)',
      '(least|most|less)? ?(painless|painful|quick|easy) (way|ways|method|methods) (to )?(die|go|end it|do it)',
      'how many {pills} (does it take|would it take|would i need|do i need|do you need|does one need|to take|is|are) (to )?(die|overdose|od|kil (me|you|someone|a person)|not wake up|never wake up|end it|be fatal|be lethal|go|enough)',
      'how (do|does|would|can|could|should) (you|one|someone|a person|people|i) (kil|end|hang|of) (yourself|themselves|oneself|themself|their life|your life|{selfref}|it al)',
      '(lethal|fatal|deadly) (dose|amount)',
      'jump* (of|from) (a|the|my|that) ~ (bridge|roof|rooftop|building|cliff|balcony|ledge|garage|tower|window|overpass)',
      '(whether|decide|deciding|decided) (whether |if )?to jump',
      'jump in front of (a|the) (train|bus|car|truck|subway)',
      '(drive|driving|crash|crashing|swerve|swerving) ~ (into|of) & on purpose',
      '(slit|slitting|cut|cutting) (my )?(wrists|wrist)',
      '(stockpil*|hoard*|saving up|saved up|collecting|stashing|saving) ~ {pills}',
      '(bought|buy|buying|got|have|has) (a )?noose',
      '(wrote|writing|written) (a|my) (note|leter|leters|notes) (to|for) (my )?(family|kids|mom|parents|everyone|wife|husband|partner|friends)',
      '(going to|gona|wil|il) (overdose|od)',
      '(going to|gona|plan is to|plan to|planing to|wil|il|want to|wana|about to) (take|swalow|down) (al|a bunch of|the whole|every|[1-9][0-9]|al of) ~ {pills}',
      'no way out (but|except|other than|besides) ~ (die|dying|death|suicide|ending it)',
      'end* (it|things|everything) ~ not (the|our|my) (relationship|marriage)',
      'not (the|our|my) (relationship|marriage) ~ (me|myself|my life) $',
      '(need|want) out of (this|my) (life|world)',
      '(thoughts|thinking|think|thought) (of|about) (dying|death|suicide|ending it|not being here|not existing|kiling {selfref}|jumping|hanging {selfref}|overdosing)',
      '(hope|wish|pray|praying|hoping) (i|to) (die|pas away) (in my sleep|soon|tonight|tomorow)',
      '(drive|driving|swerve|swerving|steer|steering) (my car |the car |the truck |the van )?(of|into) (a|the) (cliff|bridge|river|lake|ocean|oncoming trafic|quary|sea|canal|reservoir|dam|harbour|harbor|estuary|oncoming lorry)',
      // "simpler if I just drove into the quarry": the wish, not an accident told after the fact.
      '(if i|i could|i should|i might|i wil|il|id|i would) (just )?(drove|drive|swerved|swerve|steered|steer|crashed|crash) (my car |the car |the truck |the van )?(of|into) (a|the) (cliff|bridge|river|lake|ocean|oncoming trafic|quary|sea|canal|reservoir|dam|harbour|harbor|tree|wal|lorry|pillar|barier)',
      '(giving|gave|give|giving away) (away )?(al )?(of )?my (stuff|things|belongings|posesions|pets) & (wont need|not going to need|dont need|wil not need|after im gone|when im gone)',
      '(said|saying|say) (my )?goodbyes',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Means in hand, on the edge, saying goodbye (a blade in hand "about to cut" is self-harm, left to that rule).',
    unless: [
      ...ABOUT_TO_CUT,
      GUN_SPORT,
      GOODBYE_TO_A_PLACE,
      // A weapon in my hand turned on someone else in the same breath is a threat to them (plain-harm-by-me.ts),
      // not means at hand; "now the knife is in my hand" a sentence later still is.
      'in my hand ~~ (pointed|pointing|waved|waving) (it|the knife|the gun|a knife|a gun) (at|to) (her|him|them|my {partner})',
      // Someone else destroying or taking my medicine in front of me is control, not means at hand.
      '(flush*|throw*|threw|bin|bins|binned|crush*|snatch*|destroy*|confiscat*|empt*|pour*|tip*|stamp* on|took|takes) (away )?(my|the|her|his) ~ ({pills}|meds|medication|tablets|contraceptive*) (in front of me|away|down)',
    ],
    patterns: [
      '({pills}|gun|rope|noose|knife|blade|razor) ~ (in my hand|lined up|is ready|are ready|s ready|in front of me|on my desk|loaded)',
      '(sitting|standing|here|im) with (a|the|my) (gun|rope|pills|knife|blade|razor|noose)',
      // Round 26: "so am i. holding the knife right now and I'm not even scared anymore".
      '(im|i am|sitting here|sat here|just|.) holding (the|a|my) (knife|blade|razor|gun|rope) ~~ (im|i am|and im|and i am) not (even )?(scared|afraid|frightened)',
      '(i have|im holding|i put|holding|i am holding|ive got) (a|the|my) (knife|blade|razor|gun) (to|against|at) my (wrist|wrists|throat|head|neck|temple)',
      'this is goodbye',
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
    patterns: [
      '(standing|sitting|im|i am|been) (on|at) (the|a|this|that) (railway |rail |motorway |river |old |high |car park |train )?(bridge|ledge|roof|rooftop|edge|railing|train tracks|tracks|overpass)',
      // Past tense only "on" a height: "stood on the railway bridge for a long time" (not "at the edge of the pool").
      'i (stood|sat) on (the|a|this|that) (railway |rail |motorway |river |old |high |car park |train )?(bridge|ledge|roof|rooftop|railing|train tracks|tracks|overpass) (for|til|until|and thought|thinking|looking down|staring)',
    ],
    unless: [
      '(fixing|fix|repair*|cleaning|party|bar|terace|view|sunset|sunrise|stars|watching|drinks|dinner|picnic|smoking|coffee|waiting|date|meet*|photos|pictures|lovely|chatting|laughing|fun|romantic|beautiful|fireworks)',
      // Company on the bridge or roof ("on the roof with my friends"), not "my kids are with her" elsewhere.
      '(bridge|ledge|roof|rooftop|edge|railing|tracks|overpass) ~ (with|and) (him|her|my|friends|mates|the kids|us|them)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Despair without explicit words: ask one direct, caring question.',
    unless: [
      // Round 26: the day's work put down ("I'm done with everything for today, off to bed").
      '(done|finished) (with )?(everything|it al|al of it) for (today|tonight|the day|now|this week)',
      ...RELATIONSHIP_ACTION,
      ...NAMED_NEAR,
      POINT_OF_A_STEP,
      HOUSEHOLD_GRIPE,
      // The speaker says what "this" was: "she asked if I meant us and I said no, I meant the job".
      'i (only |just )?meant (the|my|this) (job|work|boss|course|degree|commute|shifts|exams|project|house move|move|renovation|wedding planning|diet)',
    ],
    // Thoughts aimed at someone else are anger, not despair: "really dark thoughts about HER. The other woman."
    unlessNear: [
      '(dark|those|bad|horible|nasty|revenge) thoughts about (her|him|them|the other (woman|man|guy|girl)|the affair partner|my ex|his ex|her ex)',
      // Wanting a row to end well: "I don't want it to end like this" after a fight.
      '(dont|do not|didnt) want (it|this|things) to end (like this|this way|on (a|this|that)|badly|on bad terms)',
    ],
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
      '(give|giving|gave|given) up on (everything|life|myself|living)',
      '(feel like )?giving up on everything',
      '(so|too|just) tired of everything',
      '(nobody|no one|noone) (would|wil|d|wouldve) (even )?(care|notice|miss me) $',
      '(nobody|no one|noone) (would|wil|d|wouldve) (even )?(care|notice|miss me) ~ (if|when) (i|im) ~ ({gone})',
      'hopeless ~ nothing (wil|is going to|s going to)? ?(ever )?(get|be) beter',
      '(i )?(feel|im|am) (so )?hopeless $',
      'ned out $',
      '(im|i am|feel) ~ done with everything',
      'want (the|this) pain to (stop|end|go away) ~ (forever|for good)?',
      '(cant|can not|cannot|dont) see (any|a) future (for {selfref}|for me|anymore|ahead)',
      '(dont|do not|cant) trust {selfref} (tonight|right now|anymore|alone)',
      '(its|it is) time for me to go $',
      '(maybe )?i (il|wil|should) just not wake up',
      '(go away|be gone|leave|disapear) (forever|for good|permanently)',
      '(living|being alive|existing) (is|s|feels) (too|unbearably) (painful|unbearable|much)',
      'life (is|s|feels) (unbearable|too painful to (bear|go on|continue))',
      '(dark|bad|those|scary|intrusive|suicidal) thoughts (again|are back|came back|coming back|wont stop|keep coming)',
      '(having|have|had) (dark|those) thoughts',
      // Translated idioms: "les idées noires", "black ideas" (French, Spanish, Portuguese).
      '(having|have|had|get|getting) (black|dark) (ideas|idea)',
      '(ides|idees) noires',
      '(having|have|had|get|getting) black thoughts',
      'i know what (im|i am) (going to|gona) do $',
      'said (bye|goodbye) to my (dog|cat|pet|family|kids|mom|dad|friends|everyone) & (last time|forever|one last|for good|il miss)',
      '(most|least) (effective|efective|reliable|painles|painful|quick|quickest|fastest|sure|surest) (method|way) $',
      'how (much )?(longer|more) (i can|can i|i wil be able to) (do|take|handle|survive|last) (this|it)',
      '(every day|every night|sometimes|always) i think about how (id|i would|il) do it',
      '(dont|do not) know how (much )?(longer|more) (i can|of this i can) (take|do|handle|last)',
      '(worth|point in) going on',

      '(hope|hoping|wish) i (get|got|would get|could get) (hit|run over|kiled)',
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
    unless: [...RELATIONSHIP_ACTION, '(she|he|they|{partner}) ~ (want|wants|wanted|decided|decides|chose|is going|was going|tried) to end (it|things)', '(moved out|fell for|fallen for|falen for|seeing someone)', 'end (it|things) with', '(end|ending) it (tonight|today|now|tomorow|later)? . with (him|her|his|my|their|the) *', LOVE_IS_GONE, '(the|our|my|this) (mariage|relationship|engagement|situationship|affair) (i mean|obviously)', 'turned into (flatmates|roommates|housemates|strangers)'],
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
    unless: [
      'shot (himself|herself|themselves) in the foot',
      'shoot* (himself|herself|themselves) in the foot',
      // Round 26: a loss long ago, told as family history ("my grandad hanged himself in the 70s").
      '(hanged|shot|kiled|drowned) (himself|herself|themselves) ~ (in the #s|in the (sixties|seventies|eighties|nineties)|decades ago|before i was born|when i was (litle|smal|a kid|a child|young|a baby))',
      '(anime|manga|episode|ep #|the mc|fiction|fictional|character|season finale|in the (show|movie|film|book|series|game|novel))',
    ],
    patterns: [
      '(kil|kiling|kiled|kils|kilin|end|ending|ended|hang|hanging|hanged|shoot|shooting|overdose|top|toping|toped|unaliv*) (himself|herself|themselves|themself|his (own )?life|her (own )?life|their (own )?life)',
      '(to|gona|going to|wil|il|hel|shel|hed|shed|would|might|could) of (himself|herself|themselves|themself)',
      '(take|takes|taking|took) (his|her|their) own (life|lives)',
      '(threaten*) (suicide|to overdose|to od|to kil (himself|herself))',
    ],
  },
  // Warning signs people write without any explicit crisis word: passive death wishes,
  // burden, finality and farewells, arrangements, means, and coercive control described
  // through what the other person does. Each rule keeps a harmless reading in `unless`.
  {
    category: 'suicide',
    level: 'high',
    note: 'Passive death wishes: hoping to die of something, or not to wake or recover.',
    hyperbole: true,
    patterns: [
      '(hope|hoping|hopes|pray|praying|prayed|wish|wishing) ~~ ((let|make|have) me (just )?(not|never) wake up|my (body|heart) (just )?(stop|stops|give up|gives up|gives out|give out|shuts down|shut down|would stop|wil stop)|i (dont|never|wont) (recover|make it|come back|get better) $|i (dont|never|wont) wake up( again| ever| tomorrow| tomorrow morning| in the morning)? $|i (dont|never|wont) (wake up|recover) (again|ever)|(takes|take) me (in my sleep|away|home|tonight)|i die in my sleep|i (get|got) (sick|cancer|hit|run over) and (die|dont|never))',
      '(hope|hoping|wish|wishing|pray|praying) ~ (the|my|this) (plane|flight|car|bus|train) ~ (goes down|crashes|crash|doesnt make it|never lands)',
      'if i ~ (never|didnt|dont|did not) (woke up|wake up|make it through|recover|survive) ~~ (wouldnt mind|be fine|be ok|be okay|be glad|be relieved|a relief|wouldnt care|dont care|not even be sad|wouldnt even be sad|be happy|be grateful)',
      '(wouldnt|would not|dont|do not) (mind|care) if i (didnt|never|dont) (wake up|woke up|make it|recover|survive)',
      'if i (got|get|was|were) (hit|run over|kiled) by (a|the) ~ (wouldnt|would not|not|dont) ~ (sad|mind|care|upset)',
      '(disappointed|upset|angry|sad|annoyed|mad|cry|crying) ~ (im|i am|i was|to be|that im|that i am) still (alive|here|breathing)',
      '(wake|woke|waking) up ~~ (disappointed|sad|angry|upset) ~ still (alive|here|breathing)',
      '(scared|afraid|terrified) of (having to )?(keep|keeping|go on|going on|continue|continuing) living',
      'death (feels|seems|sounds|looks|is) (like )?(the only|my only|a|the) (rest|relief|escape|way out|answer|option|solution|peace|release|mercy)',
      'wish (to|for) (die|death|be dead)',
      '(lost|no|no more|losing|lose|dont have|dont have any) (the )?(will|wish|desire|interest|strength|courage|motivation) (to|for) (live|living|life|go on|keep going)',
      '(tired|sick|exhausted) to (live|be alive|exist|wake up|keep living)',
      '(want|wanting|wana|going|decide|decided|think|thinking|ready) (to )?(stop|finish|close) (with )?(my|my own) (life|live)',
      'my life (is|s) (finish|finished) $',
      '(think|thinking|decide|decided) to end $',
      '(no|not any|dont see a|dont see any|cant see a|cant see any) future for me',
      '(dont|do not|cant|cannot|can not) (realy|even|honestly|actualy|truly) see (a|any) future for (me|{selfref})',
      '(tired|sick|exhausted|weary) of waking up',
      '(dont|do not|cant) (want to|wana) do (life|this life|living) (anymore|no more|any longer)',
      '(dont|do not) want to be (a )?part of (this|the) (world|earth|life) (anymore|no more|any longer)',
      '(done|finished|over) with (this|my) (life|world|existence)',
      '(not|no longer) (scared|afraid) (of|to) (die|dying|death) & (anymore|ready|living|peace|tired|want)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Burden: the people I love would be better off, richer or relieved if I were gone.',
    unless: [WHILE_FAMILY_VISITS],
    patterns: [
      '({better}) ~~ if i ~ ({gone})',
      '(theyd|they would|everyone would|everybody would|they wil|everyone wil|my family would|my kids would|they would al|theyd al|the world would) (al )?be (so much |a lot |far )?(better off|happier|better) $',
      '(life insurance|insurance money|insurance payout|payout) & (better off|without me|if i (die|died|was gone|wasnt)|when im gone|once im gone|only thing|worth more|than with me|than me)',
      '(worth more|more useful|more valuable|worth more to them) (dead|gone)',
      '(be fine|be ok|be okay|be glad|be relieved|wouldnt mind|be happy|be grateful|dont care) if i (never|didnt|dont) (woke up|wake up|make it|recover|survive)',
      '(im|i am|im just|im such|i feel like|feel like) ~ (a )?waste of (space|air|oxygen|a life|life)',
      '(im|i am|im just|i feel like) ~ (a|nothing but a|such a|just a) (weight|drain|problem) (on|to|for) (everyone|everybody|my family|them|people|al of them|my kids|the people)',
      '(drag|drags|dragging) (everyone|everybody|them|my family|people) down & (better off|without me|gone|burden)',
    ],
    hyperbole: true,
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Finality and farewells: last words, saying goodbye quietly, apologies to family.',
    // An everyday apology passed on ("tell my mum I'm sorry I missed dinner") is not a farewell.
    unless: ['(im sory|sory) (i|for|about) ~ (missed|miss|was late|be late|forgot|forgeting|couldnt make|cant make|didnt cal|didnt ring|the mess|dinner|lunch|the party|her birthday|his birthday|being late|shouting|shouted|yeling|yeled|snapped|snaping|raised my voice|lost my temper|was rude|being rude)'],
    // Asking how to apologise is coaching: "How do I tell my husband I'm sorry without it sounding fake?"
    unlessNear: ['(how|best way|ways|help me) (do i|can i|should i|would i|to) (tel|say)'],
    patterns: [
      '(saying|said|say|been saying) goodbye ~~ (without (them|anyone|people|her|him) knowing|one last time|for the last time|for good|properly|while i (can|still can))',
      '(last time|last thing) (you|anyone|u|youl|you wil|they) (wil )?(ever )?(hear|see) (from|of) me',
      '(you|u|youl|nobody|no one) (wont|wil not|never|wil never) (hear|see) (from |of )?me (again|anymore|ever again)',
      'tell my (kids|children|daughter|son|mom|mum|dad|family|parents|sister|brother|wife|husband|girls|boys|{child}) ~~ (im sorry|i love (her|him|them)|(it wasnt|it was not|its not|not) (her|his|their) fault)',
      '(sorry for everything|forgive me for everything) & (love (them|you|you al|you guys|everyone|her|him)|goodbye|not (your|her|his|their|anyones) fault|take care of)',
      '(want|wanted|need) ~ (everyone|you al|my family|them|yal|you guys) to know (that )?i (love|loved) (them|you|each)',
      '(made|reached|come to) (up )?(my|the|a) (mind|decision|choice) & (thank (you|u) for (trying|everything|being)|tried to help|trying to help|sorry for|not (your|anyones) fault|goodbye|no one can|nobody can|dont try|not going to be a problem|its time)',
      '(made|make) up my mind & (not going to be|wont be|no longer be) (a problem|a burden|here|around)',
      '(wil|would|s going to|is going to|its going to) (al )?be over for me',
      '(wil|would|s going to|is going to) (al )?be over (soon|tonight|tomorrow) & (for me|i wont|ill be|il be|no more pain|finaly)',
      '(dont|do not) (think|expect) ~ (make it|be (here|around|alive)|survive|last) ~ (to|til|until|past|through|by|for|see) ~ (new year|christmas|xmas|my birthday|next (year|summer|spring|winter|fall)|summer|spring|winter) $',
      '(when|after|once) (im|i am) (dead|no longer here|not here anymore|not around anymore)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Making arrangements: giving things away, letters, the will, pets, passwords, loose ends.',
    unless: [
      EVERYDAY_NOTE,
      // A note left before a stay with family: "I leave the letter for my husband, I go to my mother for one week".
      '(go|going|went|stay|staying|sleep|sleeping) (to|at|with|by) (my|our) (mother|mum|mom|sister|parents|family|brother|friend|friends|cousin|aunt) ~ (for|until|til|till) (a|one|two|three|the|#|few) ~ (week|weeks|weekend|days|day|night|nights|while)',
      // Estate admin done in the open: "my dad died without a will… power of attorney… she wants to do hers too".
      '(power of attorney|died without a will|(do|write|make|sort) (hers|his|theirs|ours) too|not a warning sign|(our|both) wills)',
      'old (clothes|phone|laptop|toys|books|furniture|sofa|bike|stuff)', '(losing|lost) weight', '(apology|sorry) (letter|leter|leters|note|card)', '(leter|leters) of apology', 'future (kids|children|self|selves|me|baby|grandkids)', 'explaining why i (need|want) (a break|space|time)', '(he|she|they|{partner}|my ex) ~ (gave|giving|gives|given|threw|throws|sold|sels) (away )?(al |most )?(of )?my', ...near('(downsiz*|retir*|moved|moved out|graduation|school|camp|first day|future self|time capsule|abroad|while i|new one|upgrad*|bought a new|got a new|charity|donat*|moving|move|declutter*|outgrown|thrift|selling|sell|garage sale|minimalis*|new (place|apartment|flat|house)|birthday|christmas|thank you|anniversary|valentine*|surgery|holiday|vacation|trip|deploy*|wedding|lunchbox|pen pal|landlord|allerg*)', '(passwords|pasword|paswords|pin|pins|bank details|give|gave|giving|given|away|things|stuff|belongings|posesions|wil|testament|leter|leters|note|notes|pet|pets|dog|cat|rehom*|loose ends|wont need|phone|laptop|acount|acounts|who gets|gets what|list)')],
    // Letters asked for in illness care: "letters for my kids to open at 18, the chemo nurse suggested it".
    unlessNear: ['(chemo|chemotherapy|prognosis|diagnosis|hospice|oncolog*|the nurse suggested|memory box)'],
    patterns: [
      '(giving|gave|give|given|giving away) (away )?(al |most )?(of )?my (stuff|things|belongings|possessions|favorite things|treasures)',
      '(giving|gave|give|given) ~ (my )?(things|stuff|belongings|possessions) away',
      '(giving|gave|give|given) ~~ away & (wont|will not|not going to|dont|wouldnt) (be )?(need|needing) (them|it|any of it|anything|it anymore|them anymore)',
      '(giving|gave|give|rehoming|rehome|found a home for|finding a home for) (away )?my (cat|dog|pet|pets|puppy|kitten|rabbit|bird) & (wont|after|when im gone|better care|mater|anymore|loose ends|cant look after)',
      '(tying|tied|tie|wrap|wrapping|wrapped) up (al )?(my )?loose ends & (peace|ready|goodbye|gone|giving|wont|letters|will|notes|last|calm|before i go)',
      '(put|left|wrote down|writing down|leaving|leave|gave) ~~ (passwords|bank details|pin numbers|pins|account details|insurance papers) ~~ (for|with|to) (my )?({relation}|{child}|{partner}|family|parents|kids|wife|husband|daughter|son)',
      '(wrote|writing|written|write|left|leaving|leave|finished|recorded|recording) ~~ (letter|letters|note|notes|messages|videos) (to|for) ~~ (kids|children|family|everyone|mom|mum|dad|parents|wife|husband|partner|sister|brother|daughter|son|friends|girls|boys|{child}|each of)',
      'my (will|testament) & (who gets|gets the|the dog|the cat|my pets|in order|loose ends|peace|calm|ready|letters|notes|goodbye|gone|wont need|sorted)',
      'who (gets|should have|should get|will get|will have) (what|my things|my stuff)',
      'cancel* ~~ (appointments|plans|subscriptions|therapy|sessions|everything) & (wont need|wont be needing|no point|wont matter|wont be (here|around)|not going to need)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Hopelessness about staying alive: tired of fighting to stay, nothing left to hold on for.',
    unless: ['(fighting|trying|struggling|fight) (with|over|about) ', 'stay (friends|together|in (the|this|a) (relationship|marriage|job))'],
    patterns: [
      '(fighting|trying|struggling|fight|try) to (stay alive|stay here|keep myself alive|keep living|survive|stay)( every day| anymore)? $',
      '(tired|exhausted|sick|done|cant keep|cant|cannot|can not) ~ (fighting|trying|struggling) (to stay alive|to live|to keep going|to survive|to stay|for my life|to be here)',
      '(nothing|no one|nobody|no reason|nothing left|no one left) ~ (to hold on for|to hold on to|to stay for|to keep going for|to fight for|to live for|to keep living for)',
      '(im|i am) done fighting $',
      '(ready|time|want|going|gona|decided) to (just )?let go $',
      'let go of (life|everything|this life|this world|living)',
      '(dont|do not|cant|cannot|can not) see (myself|me) (getting through|surviving|making it through|lasting|living through)',
      '(dont|do not|cant|cannot|can not) see (myself|me) (making it|lasting|living|being (here|around|alive)) (to|til|until|past|beyond|for) (christmas|xmas|new year|my birthday|next (year|month|week|summer|spring)|summer|spring|winter|autumn|fal|the end of)',
      '(dont|do not) want to be here $',
      '(no|dont see a|dont see any|cant see a|cant see any|there is no|theres no) way forward ~~ (except|but|other than) (out|death|dying|ending it)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Despair that may be about life or about a situation: ask.',
    unless: [...RELATIONSHIP_ACTION, 'with (him|her|them|my {partner}|this relationship|us)', 'for (us|the relationship|our relationship|this relationship|the marriage|our marriage)'],
    patterns: [
      '(no|dont see a|dont see any|cant see a|cant see any|there is no|theres no) way forward $',
      '(take|taking|took) the (easy|cowards|coward) way out',
      '(end|ending|stop|finish|put an end to) (my|this|all my|all this) (suffering|pain|misery|torment) $',
      '(its|it is) time (for me )?to go & (not (afraid|scared) anymore|im ready|at peace|goodbye|forgive)',
      '(be|join) (with )?(my|her|him) ~ (again )?~ (wherever (he|she|they) (is|are)|up there|in heaven)',
      '(hiding|hide|hid) ~ (stash|bottle|pills) & (in case|just in case|someday)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Euphemisms for ending one\'s life.',
    patterns: [
      'ctb',
      '(stop|end) (everything|it all) (. )?(permanently|forever|for good)',
      'put (myself|me) out of my misery',
      '(check|checking|checked) out (for good|permanently|of (life|this life|this world))',
      '(plan|planning|planned|figured out|figuring out|found|know) ~ (my|a|the) way out $',
      '(end|ending|stop|finish|put an end to) (my|this|all my|all this) (suffering|pain|misery|torment) (for good|forever|once and for all|permanently)',
      '(end|ending|ended) (it|things|everything|it all) & not (with )?(him|her|them|the relationship|the marriage|us|our relationship) ~~ (me|myself|my life) $',
      '(want|wana|wish|just want|going) ~ (to )?(go to sleep|fall asleep|sleep) and (stay asleep|never wake|not wake|stay that way)',
      '(think|thinking|thought|imagine|imagining|picture|picturing|dream|dreaming) (about|of)? ~ (just )?(not being here|not being around|not existing|not waking up|disappearing for good|it all ending|being gone|no longer being here)',
      '(dont|do not) want to (be )?(in|on) (this|the) (world|earth) (anymore|no more|any longer)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Means and method research: doses, heights, knots, stockpiles, places.',
    unless: ['(safety|first aid|lifeguard|swimming lesson*|for (my|a) (kid|kids|son|daughter|class|essay|story|novel|book|project|paper|assignment|exam))', ...DOSE_QUESTION_NEAR],
    patterns: [
      '(looked up|looking up|look up|googled|googling|google|searched|searching|checked|checking|research*|find out|found out|finding out|reading about|read about|figured out|worked out|asking) ~~ (deadly|lethal|fatal|painless|overdose|poison|poisons|bleed out|drown*|hang*|knot|knots|hold weight|fall from|most deadly|enough to|carbon monoxide|charcoal|helium|exhaust fumes|asphyxia*|suffocat*|how long (it takes|does it take|would it take) to (die|drown|bleed|pass out))',
      '(how (high|tall|far down)|tallest|highest) ~~ (bridge|building|roof|garage|car park|balcony|cliff|tower|drop|floor) & (jump|fall|falling|survive|die|how to get (up|on|to)|roof access|unlocked|thinking|want)',
      '(looked up|looking up|googled|googling|searched|checked|checking|find out|found out|measured) ~~ how (high|tall|far down) ~~ (parking garage|car park|my balcony|the overpass|the cliff|the roof|my roof|my building|our building)',
      'how (many|much) ~~ ({pills}|tablets|sleeping tablets) & (it takes|would it take|does it take|would take|would be enough|is enough|lethal|fatal|deadly|not wake|never wake|to die|kill me|too much|too many|an overdose)',
      '(knot|knots|noose|beam|rope|hook) ~~ (hold|holds|take|support|supports) ~ (weight|my weight|a person|a body)',
      '(hidden|hiding|hid|stashed|stash|keeping|kept|keep|saved|saving|storing|stored|hoarding|collecting|collected) ~~ ({pills}|prescription|tablets|bottle) & (in case i|for when i|when im ready|instead of taking|enough (to|for)|without (anyone|him|her) knowing|i decide|the day|just in case)',
      '(enough|all (my|the)) ~ ({pills}|tablets) ~ (saved|stored|collected|stockpiled|hidden|ready|put away)',
      '(thinking|think|thought|urge|urges|tempted|want|wanted|imagine|imagining|keep|could|easy|on purpose|just) ~~ (swerving|swerve|driving|drive|crashing|crash|steering|steer) ~~ (into|off) ~ (tree|wall|traffic|truck|oncoming|bridge|cliff|pole|barrier|lane|river|lake)',
      '(thinking|think|thought|urge|urges|tempted|want|wanted|imagine|imagining|keep|could|how easy|wish|dream|dreaming) ~~ (jumping|jump|throw myself|throwing myself|falling|fall|stepping|step) (off|from|in front of) ~ (balcony|roof|rooftop|bridge|building|cliff|window|ledge|train|bus|truck|tracks|overpass|parking garage|car park|tower)',
      '(looking at|staring at|stare at|look at|watching|eyeing) (the )?(tracks|trains|drop|edge|water below|ledge|rails|oncoming traffic) & (keep|cant stop|been|for (a while|an hour|hours)|thinking|tempting|tempted|how easy)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A rope bought or at hand, unless for a harmless use in the same or the next sentence (a dog three sentences back does not explain it).',
    unlessNear: ['(swing|climbing|climb|boat|sailing|camping|tent|gym|jump rope|skipping|dog|tow|laundry|clothesline|hammock|tie down|moving|craft|macrame|cat toy|tug|garden|fence|crossfit|battle)'],
    patterns: ['(bought|buy|buying|got|have|has|ordered) (a )?rope'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Alone with the means right now (not about to cut, which is self-harm).',
    unless: ABOUT_TO_CUT,
    patterns: [
      '(sitting|lying|laying|im|i am|here) (in|on) (the|my) (bath|bathtub|tub|bathroom floor|car|bed|roof|floor|garage) with (a|the|my) (razor|blade|knife|rope|noose|gun|bottle of {pills})',
      '{pills} ~ (lined (them )?up|counted (them )?out|laid (them )?out|spread out) ~ (on|in front of)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Someone else making arrangements or saying others would be better off without them.',
    victim: 'other',
    patterns: [
      '(gave|giving|given|give) (away )?(all )?(of )?(his|her|their) (stuff|things|belongings|possessions) & (letter|letters|note|notes|goodbye|scared|worried|strange|weird|wont need)',
      '(says|saying|said|keeps saying|told (me|us)|texted|thinks|believes) ~~ (better off|happier|easier) ~ without (her|him|them)',
      '(he|she|they) ~ (wrote|left) (us|me|everyone) (letters|a letter|notes|a note) & (gave|giving|scared|worried|goodbye|sorry)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Being a burden, in the first person (laughter or a small everyday favour cancels it).',
    hyperbole: true,
    unless: ['(when|whenever|if) i (talk|ask|complain|vent|borrow|need (help|a ride|a favour|a favor)|rant|text|make them)', '(venting|vent|talking|complaining|moaning|going on|ranting) ~~ (about|over) (the|my|our|this) (breakup|break up|divorce|ex|relationship|situation|drama|problems)'],
    patterns: ['(im|i am|i feel|feel|i was|ive become|i have become|i become|being|me) ~ (a|such a|nothing but a|just a|only a) (burden|weight|drain)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Asking someone to look after a pet or child once I am gone (not a trip).',
    unless: ['(weekend|trip|vacation|holiday|away|work|hospital|travel*|abroad|business|for (a|the|two|three|#) *)'],
    patterns: ['(look after|take care of|care for|feed|walk|love) ~~ (when|after|once) (im|i am) gone'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Goodbye or suicide letters and videos (not a leaving party at work).',
    unless: [
      '(leaving|farewell|retirement) (party|do|drinks|card)',
      'from (the|my) (team|class|coworkers|colleagues|students)',
      // A goodbye letter to a partner at an agreed parting: the relationship ends, not a life.
      '(spliting up|split up|breaking up|break up|separating) (amicably|on good terms|as friends)',
      '(moving|move|moved) to diferent (countries|cities|states|continents)',
      // Round 26: a partner's goodbye letter as they move out ("she wrote me a goodbye letter and moved out while I was at work").
      '(goodbye|farewell) (letter|leter|note) ~~ (moved out|moving out|packed (her|his|their) (bags|stuf|things)|moved in with)',
      // Round 25: an amicable parting, or the letter as a coaching exercise ("the goodbye letter exercise is about letting go of old resentments").
      '(separating|spliting up|split up|breaking up|divorcing) ~~ (amicable|amicably|on good terms|as friends)',
      '(goodbye|farewell) (letter|leter|note) (exercise|task|step|homework|activity|prompt)',
      'leting go of (old )?(resentments|anger|the past|grudges|hurt)',
      // A goodbye letter to the relationship or the old life: a closure exercise, not a farewell to life.
      '(goodbye|farewell) (letter|leter|note) ~~ (to|for) (the|our|this|my|that) (relationship|mariage|old life|old self|ex|past|addiction|drinking|affair|marriage)',
    ],
    patterns: ['(goodbye|suicide|farewell) (letter|letters|note|notes|video|post|message|messages|text|emails|email|dms|voice notes)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'More ways of wanting not to be alive, in plain and non-native English.',
    hyperbole: true,
    patterns: [
      '(stop|stopping|quit|quitting) being alive',
      '({better}) ~~ (when|once|after) (im|i am) ~ ({gone})',
      '(dont|do not|never) want to (see|wake up to|face|live) (another|one more|the next) (morning|day|year|birthday|christmas|sunrise)',
      '(rather|prefer to) (not (be alive|exist|be here|live|wake up)|be dead)',
      '(is|its|be|would be) better ~~ (i am|im|if i am|if im|i|if i) (not|no more|no longer) (in this world|here|alive|existing|exist|around|living)',
      '(no|not have|dont have|no have|havent|not any) (a |any |more )?reason (for )?(to )?(live|living|stay alive|go on)',
      '(i )?(want|wana|going|gona|try|tried) to (kill|end) me $',
      '(life|living|this life) (is|s) not for me',
      '(sleep|sleeping|asleep) (and )?(not|never|no more) (to )?wake',
      '({selfwant}) ~~ (and )?not (exist|be here|be alive|wake up) (anymore|any more|any longer|again|ever)',
      'fade away (forever|for good|and (not|never)|completely)',
      'fade away $',
      '(permanent|eternal|final|forever) (nap|sleep|exit|rest|solution|escape)',
      '(log|logging|sign|signing|clock|clocking|tap|tapping) (off|out) (for good|permanently|forever|of life)',
      '(wouldnt|would not|dont|do not) (care|mind) if (a|some|the) (car|bus|truck|train|driver) ~ (hit*|run*|kill*) me',
      'how easy (it would be|it is|itd be|it d be) (to )?(just )?(step|jump|fall|let go|drive|swerve|end it|do it|walk)',
      '(decided|know|feel like|sure|promise) ~ (this|it) (is|will be|s) (going to be )?my last (christmas|birthday|summer|year|day|night|week|new year|weekend)',
      '(i have|ive got|ive made|i made|i got) a plan and a (date|day|time|place) $',
      '(i|ive|i have) (already )?(chosen|picked|set|chose|decided on) (a|the) (date|day) $',
      '(i|ive|i have) (chosen|picked|set|chose|decided on) (a|the) (date|day) (already|now) $',
      '(i|ive|i have) (already )?(chosen|picked|set|chose|decided on) (a|the) (date|day) (it|its|itl|and)',
      '(keep|keeps|kept) (ending up|going|walking|driving) (to|on|at) (the|that) (bridge|roof|ledge|cliff|tracks)',
      '(looking|staring|look|stare|stared|looked) down at (the )?(water|drop|street|road|tracks|ground|traffic) & (bridge|roof|ledge|balcony|edge|keep|cant stop|thinking)',
      '(counting|count|counted) ~~ ({pills}|tablets|how many (are|i have)) & (every night|comfort|enough|in case)',
      '(comfort|comforting|calming|reassuring) (knowing|to know|that) ~~ (there|have them|have it|an option|a way out)',
      '(wont|will not|not going to) (need|be needing) ~~ (anymore|after (this|today|tonight|tomorrow|the weekend)|much longer) & (thank (you|u) for|been kind|goodbye|sorry for|love you|take care)',
      '(get|getting|got|put|putting|have put|sorting) (my |all my )?(affairs|things|everything) in order & (feels like|right time|ready|peace|last|goodbye|gone|who (gets|should have))',
      'goodbye (like|as if) ~ (forever|the last time|for good|never)',
      'on the other side & (not answering|isnt answering|wont answer|not responding|not picking up|isnt picking up|wont pick up|doesnt pick up|phone (is )?off|worried|scared|goodbye)',
      'see (you|yall|u) on the other side $',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Going to a loved one who has died; taking up space someone better could have.',
    unless: ['(job|work|team|class|company|office|apartment|house|flat|room)'],
    patterns: [
      '(want|wana|ready) (to )?go (to|with) (my|her|him) ~~ (in heaven|up there|on the other side)',
      'go where (he|she|they) (went|is|are|has gone|have gone) & (miss|want|wish|be with)',
      '(im|i am|im just|i feel like im|feel like im|i feel like i am) ~ taking up (space|air|oxygen|room)',
      '(i )?(cannot|cant|can not) more $',
      '(ready|time) (for|to) go $',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Third round: saving pills, heights judged, means stared at, eulogies, rescue refused.',
    // "Crashing at her mum's": staying over somewhere, not a car crash.
    unless: [
      '(crash|crashing|crashed) (at|on|with|over|out|in (the|her|his|my|our|their) (spare|guest|bed|room))',
      // Estate admin done in the open: "planning my funeral… my dad died without a will… power of attorney".
      '(power of attorney|died without a will|not a warning sign|(do|write|plan|sort) (hers|his|theirs|ours) too)',
    ],
    // Irish 'it is gas' (it is funny).
    unlessNear: ['(its|it is|thats|that is|was|its pure|its great) (pure |great |mighty |some )?gas'],
    patterns: [
      'saving (them|it|my {pills}) (up )?instead',
      'stopped taking ~ {pills} & (saving|saved|keeping|stockpil*|hiding|collecting)',
      '(think*|daydream*|imagin*|fantasi*|dream*|pictur*|urge|tempted) ~~ (gas|accelerat*|floor it|flooring it|speeding|crash|crashing|going off the road|off the road|off a (cliff|bridge)|into (traffic|a tree|a wall|oncoming|the intersection))',
      '(wonder*|think*|check*|know|sure|measure*) ~~ (if|whether) (its|it is|the *|this|that) ~ (high|tall|deep) enough',
      '(looking at|staring at|stare at|looked at|stared at|look at) (the|my|a) (bottle of )?({pills}|rope|gun|razor|blade|bottle|noose) & (lately|a lot|for hours|every night|again|keep|cant stop|thinking)',
      '(dont|do not) want (anyone )?to (be rescued|be saved|be resuscitated|be revived|be stopped|rescue me|save me|stop me|find me in time)',
      '(writing|wrote|planning|planned|picture|picturing|imagine|imagining|drafting|drafted) (my own|my) (eulogy|funeral|obituary|memorial)',
      '(im|i am|i feel|feel) (already )?(dead|gone) ~~ (waiting|just need|needs) to (catch up|make it (official|real)|finish)',
      '(something happens to me|if i (die|died)|my death) ~~ on purpose',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A partner keeping pills saved up for if I leave.',
    victim: 'other',
    patterns: ['{pills} (saved|stashed|stockpiled|hidden) (up )?~~ (in case|if) i (ever )?(leave|go|break up)'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'A final goodbye (not to a shop, a show or a haircut).',
    // A goodbye to him or her is the relationship ending: "a message to him saying goodbye forever".
    unless: ['goodbye forever to (my|the|this|that|our|him|her|them)', '(goodbye|bye) forever ~ (old|my old) (sofa|couch|car|van|phone|laptop|jeans|trainers|boots|desk|chair|bed|mattress|fridge|telly|tv|coat|jumper|job|flat|house)', '(message|text|letter|note|email|voice note) (to|for) (him|her|them|my ex|my {partner}) ~~ goodbye forever'],
    patterns: ['goodbye forever'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Fourth round: the note or letter drafted or finished, said with nothing more (not an apology or a love letter, round 26).',
    unless: ['(apology|apologise|apologize|sory letter|love letter|cover letter|thank you letter|resignation|complaint|to the council|to (my|his|her|the) (mp|landlord|solicitor|lawyer|boss|teacher|school))'],
    patterns: [
      '(draft|drafting|drafted|started|writing|wrote|finished|finishing) (of )?(my|the) (note|letter) $',
      '(draft|drafting|drafted) (of )?(my|the|a) (note|letter|goodbye)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Fourth round: kindness by not being around, the river taking me, not meant to be here.',
    patterns: [
      '(doing|do|be doing) (everyone|everybody|the world|them|my family) a (favor|favour|kindness|service) by ~ (not being (around|here|alive)|disappearing|dying|being gone|leaving|going)',
      '(let|letting) (the )?(river|sea|ocean|water|waves|lake|current|cold|train|darkness) (take|swallow|carry) me',
      '(stood|standing|stand|sat|sitting) (at|on|near|by) the (edge|ledge|railing|edge of (the|a) (platform|roof|bridge|cliff|building)) ~~ (for a long time|for (an|a) (hour|while)|for hours|thinking|wondering|cant stop)',
      '(stood|standing|stand|sat|sitting) (at|on|near|by) the (edge|ledge|railing) of (the|a) (platform|roof|bridge|cliff|building) ~~ (for a long time|for (an|a) (hour|while)|for hours|thinking|wondering|cant stop)',
      '(lost|lose|losing|have no|no) (all )?hope ~ (nothing|no one|nobody|anymore|for me|left|in (life|living|myself|everything))',
      '(lost|no) (all )?hope $',
      '(walk|walking|swim|swimming|wade|wading) (into|out into|out to) the (sea|ocean|lake|river|water|waves) & (going to|gona|want|tonight|never|forever|not come back|think about|thinks about|thinking about|thought about|and not)',
      '(tired|sick|exhausted) of being (here|around) $',
      '(tired|sick|exhausted) of being (here|around|alive) (at al|anymore|any more|in this world|on this earth|ful stop)',
      '(not|never) meant to (be|live) (on this earth|here|in this world|alive|born)',
      '(relief|peace|peaceful|calm) ~~ (it all being over|being gone|not existing|not being here|being dead|never waking up|it (all )?ending)',
      '(life|living|this life|this world) (is not|isnt|aint) for me',
      'ready to leave (it|this life|this world|life) & (life|world|living|earth)',
      '(swallow|swallowing|take|taking|down|downing) (everything|all of it|it all|whatever) (in|from) (the|my) (medicine cabinet|cabinet|drawer|bathroom)',
      '(can have|can keep|gets|take) my ~~ (wont|will not|not going to) (be )?(using|needing|need) (it|them)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Fourth round: time being up, not coming back, being forgotten, something drastic.',
    unless: near('(trip|vacation|holiday|abroad|city|country|town|job|office|work|school|party)', '(time|back|forget|forgot|forgoten|something|point|continue|go on|carry on|keep going)'),
    patterns: [
      '(my time is up|my time has come|its my time) & (ok|okay|fine|ready|peace|accept)',
      '(sleep|go|leave|disappear) and (not|never) (have to )?come back',
      '(dont|do not) want to (continue|go on|carry on|keep going) $',
      '(forget|forgot|forgotten) (about )?me (in|within|by|after) ~ (a|#) (week|weeks|month|months|day|days)',
      '(do|doing) something (stupid|drastic|permanent|irreversible|final) & (tonight|to myself|scared|going to|gona|might|afraid|urge)',
      '(no|theres no|there is no) point (to|in|of) (any of it|anything|it all|life|living|any of this|going on)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'A last message (not the last text to an ex before blocking them).',
    unless: [
      '(to|for) (him|her|them|my ex|my {partner}|the group|my boss)',
      'block*',
      // Pointing back at an earlier message in the chat ("per my last message", "in your last text").
      '(in|per|since|from|after|before|about|re|said in|mentioned in|like) (my|your|his|her|their|the|our) (last|final) (message|text|words)',
      '(your|his|her|their|our) (last|final) (message|text|words)',
      '(last|final) (message|text) (i|he|she|they|you|we) (sent|wrote|got|read)',
      'famous last words',
      // Round 26: "last message from me on this topic: I forgive you".
      '(last|final) (message|text|words) (from me )?(on|about) (this|the|that) (topic|subject|thread|mater|isue|one|argument|fight)',
      // Grief going over someone's last message: "it's normal to replay the last text".
      '(replay|replaying|replayed|reread|rereading|re read|re reading|go over|going over|keep reading) ~ (the|his|her|their|our) (last|final) (message|text|words|goodbye)',
    ],
    patterns: ['(last|final) (message|goodbye|text|words)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Fifth round: non-native wording, going to God, where it should end, might as well.',
    patterns: [
      '(not|no) (want|wana) (to )?(be alive|live|exist) (more|anymore|no more)',
      '(more happy|more happier|more good|more better|more easy|more free) ~ without me',
      '(only|just) (a )?problem (for|to) (them|everyone|my family|everybody|all)',
      '(want|wana|ready) (to )?go to (god|jesus|allah|heaven)',
      'my life is (finish|finished|over) and',
      '(i )?(could|should|would|will|il) just (not|never) wake up',
      '(nobody|no one) (would|will) (really |even )?(be affected|care|notice|miss me|mind) $',
      'this is where (it|i|my life|everything) (should|will|would|is going to) end',
      '(calm|peaceful|at peace|relieved) ~ since (i|ive) (decided|made (my|the) decision|made up my mind) (everyone|they|people|nobody|no one)',
      '(calm|peaceful|at peace|relieved) ~ since (i|ive) (decided|made (my|the) decision|made up my mind) $',
      '(keep|keeps|kept) (ending up|going|walking|driving) (to|on|at|out to) (the|that) (bridge|bridges|roof|ledge|cliff|cliffs|tracks|edge|train station)',
      '(bridge|bridges|building|buildings|roof|roofs|cliff|cliffs|places) to jump (from|off)',
      '(hope|hoping|wish|pray|praying) ~ (i )?(just )?(dont|wont|never|do not) (survive|wake up from|make it through|come out of)',
      '(might as well|may as well) (make it (real|official|permanent)|be dead|die|end it|not be here|disappear)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Fifth round: sorry for existing, wanting to be gone, checking out.',
    patterns: [
      '(sorry|apologi*|apologis*|apologiz*) (to everyone |to everybody |to them )?for (existing|being alive|being born|living)',
      '(want|wana|wish) (to )?be gone $',
      '(checking|check) out & (serious|for real|not joking|mean it|not kidding)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Sixth round: goodbye to everything, not alive in a year, pills ready, better off in the ground.',
    patterns: [
      '(said|say|saying) goodbye to (everything|everyone|life|it all|the world|everybody)',
      '(have|got) ~ {pills} ready & (tired|tonight|enough|end|done|hold* on|cant|anymore|goodbye|sorry)',
      '(dont|do not) (worry|cry|be sad|blame yourself) (about me )?(after|once|when) (tonight|today|im gone|tomorrow|this)',
      '(better off|happier|rather be|belong) (in the ground|in a grave|six feet under|in a box|in a coffin|underground)',
      '(read*|look* up|googl*|search*|learn*|watch*) ~~ (how to tie a noose|noose|ligature)',
      'for (after|when|once) (im|i am) (not here|not around|gone|no longer here)',
      'needs to know ~~ (after|when|once) (im|i am) (gone|not here|not around)',
      '(do|doing) (them|everyone|everybody|the world) (the|a) (favour|favor|kindness) & (disappear*|die|dying|gone|leave|not here|end)',
      '(want|wish|need) to be with (my|her|him) ~ (baby|son|daughter|husband|wife|mom|mum|dad|mother|father|child|brother|sister) & (miscarriage|died|passed|lost|gone|heaven|angel|grave|funeral)',
      '(letting|let) go (tonight|for good|now)',
      '(im|i am) letting go $',
      'no more (pain|fighting|suffering) & (tonight|letting go|goodbye|for good|forever)',
      '(rid of me) & (relieved|happy|better|glad|wait|would|everyone)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Family better off raised by someone else.',
    patterns: ['(kids|children|son|daughter|family|wife|husband) ~~ better (life|lives|off) ~~ (someone else|somebody else|without me|someone who isnt me)'],
  },
  // Seventh round (terse, slang, narrative, behaviour and voices styles): each rule below is a
  // phrase class, not a sentence; its `unless` keeps the everyday reading of the same words quiet.
  {
    category: 'suicide',
    level: 'high',
    note: 'Coded "unalive" about oneself, even with "lol".',
    patterns: ['(unaliv*|un aliv*) ({selfref}|me)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Coded "unalive" with no object (not an alarm clock, an exam or a character in a show).',
    hyperbole: true,
    unless: [
      '(unaliv*|un aliv*) (this|that|the|those|these|a|an|your|his|her|their|my (alarm|exam|test|boss|phone|laptop|job|homework|ex|clock|printer|plants?))',
      '(anime|manga|show|movie|film|series|episode|ep|book|novel|game|character|characters|mc|fiction|season|finale|plot)',
    ],
    patterns: ['unaliv*', 'un aliv*'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: '"Kill me now" or "please kill me" with no everyday annoyance named (a visit, a meeting, an exam): ask.',
    hyperbole: true,
    unless: [
      ...NAMED_NEAR,
      '(visit*|coming|staying|stay|meeting|meetings|exam|test|work|shift|monday|class|party|dinner|lunch|wedding|boss|homework|traffic|queue|flight|hangover|hungover|drunk|texted|embarras*|cringe|awkward|forgot|spoiled|spoiler|mother in law|mil|barbecue|bbq|invite|invites|inviting|christmas|birthday|family do|camping|festival|road trip|smoke alarm|bridesmaid|dress|outfit|haircut|dentist|root canal|fillings)',
      // Relatives or guests moving in for a while: an annoyance, not a wish to die.
      '(moving|move|moved) in (with (us|me|them)|for)',
    ],
    patterns: ['(please|pls|plz|somebody|someone|god|just) kil me', 'kil me (now|already|please|pls)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Planning an exit from life (not from a job, a lease or the relationship).',
    unless: ['(relationship|mariage|job|company|strategy|financial|adviser|advisor|lease|contract|band|team|group|business|party|house|flat|apartment|divorce|separation|leaving (him|her|them))'],
    patterns: ['(plan|planing|planed|planned|plans) (my|an|our) exit'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A partner, friend or relative threatening a method of suicide, often "if I leave" (reported speech).',
    victim: 'other',
    unless: ['jump (at|on|in|into|ship|start|the gun|through hoops|to conclusions|for joy)', 'at the chance', '(laughing|at the gym|lifting|working out|playing|in the game|embaras*|lol|haha)'],
    patterns: [
      '(he|she|they|hed|hel|shed|shel|theyd|theyl|him|hes|shes|he wil|she wil|he would|she would|e|e go|she a|him go) ~ (jump (if|when|unless|of|from|in front|$)|drive ~ into|drive of|crash (the|his|her|their) car|swalow (everything|al|every|the whole|a bottle|a bunch)|slit (his|her|their) (wrists|wrist|throat)|cut (his|her|their) (wrists|wrist|throat)|throw (himself|herself|themselves)|drink (poison|bleach|sniper|pesticide|antifreeze|rat poison)|overdose|od|hang (himself|herself|themselves)|shoot (himself|herself|themselves)|drown (himself|herself|themselves)|step in front of|walk into (the )?(sea|ocean|river|lake|traffic|water)|let (himself|herself|themselves) die|do something (stupid )?to (himself|herself|themselves)|hurt (himself|herself|themselves)|starve (himself|herself|themselves)|set (himself|herself|themselves) on fire) & (if|unless|the day|when) (i|you|u|mi|we) ~ (leave|left|lef|go|break|dump|dont|ever|end|tel|stop|move|say|do|cal|cancel|refuse|block|see|talk|take|lef)',
      '(threaten*|threat*) ~ (to )?(jump|overdose|od|slit|hang|shoot|drown|drink|swalow|throw (himself|herself|themselves)|crash|drive into|do something (stupid|drastic))',
      '(kiling|kil|ending|end|hurting) (himself|herself|themselves|his life|her life) & (if (i|you|we)|because (i|of me|of you)|my fault|your fault|been thinking|thinking about|talked about|told me|says|said)',
      '(use|using|used) (it|the gun|a gun|that gun|the rope|the blade|the knife|the razor) on (himself|herself|themselves|themself) & (thought|thinking|think|going to|gona|wants to|wanted to|threaten*|about|said|says|told)',
      '(photo|photos|picture|pictures|pic|pics|screenshot|screenshots|video|videos) (of )?(a |the |his |her |their )?(rope|noose|gun|pills|blade|razor|knife|bridge|ledge|pils|tablets) & (your choice|your fault|because of you|if you|this is where|find me|goodbye|bye|sorry|on me|on you|my fault)',
      'this is where (youl|you wil|you|theyl|they wil|they|u) ~ find (me|him|her|my body)',
      '(gun|barrel|pistol|shotgun) (in|to|against) (his|her|their) (mouth|head|temple)',
      '(he|she|they|hes|shes|hel|shel) ~ (going to|gona|about to|wil|is going to) (finish|end|do) it (tonight|now|today|rn|tn) & ({pills}|blade|knife|rope|gun|noose|bridge|photo|goodbye|texted|sent)',
      '(goodbye|bye) ~~ (look after|take care of) & (phone (is |s )?(of|dead)|not answering|isnt answering|wont answer|gun|shotgun|pills|rope|cant reach|not picking up)',
      '(world|everyone|everybody|family|kids|we|us|you) ~~ (beter|better|hapier|easier|fine) (of )?without (her|him|them) & (says|said|saying|keeps|told|texted|thinks|given away|gave away|giving away)',
      '(given|gave|giving|gives) away (al )?(of )?(his|her|their) * & (beter without|beter of|goodbye|note|leter|worried|scared|strange|weird|wont need|for when|not himself|not herself|time comes)',
      '(gun|rope|pills|{pills}|noose) ~~ for when the time comes',
      '(nobody|no one|noone) (would|wil|d) (even )?(miss|care about|notice) (him|her|them) if (he|she|they) ((was|were) (gone|dead|not around|not here)|wasnt (here|around|alive)|died|disappeared)',
      'let (himself|herself|themselves) die',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Someone else talking about suicide or overdose (not a nurse telling of a patient, not the news).',
    victim: 'other',
    unless: ['(patient|patients|nurse|doctor|paramedic|medic|ambulance|shift|ward|at work|on the news|news|documentary|article|podcast|character|show|movie|film|book|series)'],
    unlessNear: houseMoveNear(NOT_HERE_MUCH_LONGER),
    patterns: [
      '(threaten*|keeps saying|kept saying|says|said|talks about|talking about|talked about|mentions|mentioned|texted|told me) ~ (suicide|overdos*|od|kiling (himself|herself|themselves)|ending (it|his life|her life)|jumping|not wanting to live|wanting to die)',
      '(hinting|hints|hinted|keeps saying|says|said) ~~ (wont|will not|not going to) be (around|here) (much longer|for long|anymore|next *)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Drinking poison or pesticide as a way to die, in any English (sniper is a pesticide in Nigeria).',
    unless: ['(by accident|accidentaly|the kid|the dog|the cat|toddler|baby)'],
    patterns: [
      '(drink|drinking|drank|swalow|consume|consuming|consumed|take|taking|eat|eating) (the |some |a bottle of |that |this )?(poison|bleach|sniper|pesticide|insecticide|weed kiler|weedkiler|rat poison|paraquat|gramoxone|antifreeze) & (if|go|wil|gona|want|wan|waan|tonight|end|die|dead|serious|threat*)',
      'sniper & (buy|bought|drink|dey my|dey for|end am|die|kil|tonight)',
      '(i|mi|me) (go|wan|a go|wil) end am',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Wanting to be dead or not here, in Caribbean and West African English.',
    hyperbole: true,
    unlessNear: [HERE_MEANS_A_PLACE],
    patterns: ['(mi|me|i) (waan|wan|want|wana) (dead|ded|die)', '(nuh|no|don|dont|not) (waan|wan|want|wana) (to )?be here (nuh more|no more|any more|anymore|nomore)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Formal or understated wishes not to go on living.',
    unless: ['(relationship|mariage|counsel*|therapy|sessions|with (him|her|them|you|this))', SOBER_OR_WELL],
    patterns: [
      '(do not|dont|no longer|not|cannot|cant|have no|no) (wish|want|desire|care|intend|intention|wil) (to )?(go on|carry on|keep on|continue|keep) (living|existing|with (my|this) life|being alive|to live)',
      '(do not|dont|no longer) (wish|desire|intend) to (live|be alive|exist|be here|wake up)',
      '(shant|wont|will not|not going to|shal not) (trouble|bother|burden) (anyone|anybody|you|them|you al|my family|any of you) (for )?(much longer|long|anymore|any longer|again)',
      '(shant|wont|will not|not going to|shal not) be (a )?(bother|burden|problem|nuisance|trouble|weight) (to anyone |to anybody |to you |to them |to any of you |to my family )?(for )?(much longer|long|anymore|soon|any longer)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Not wishing to be here much longer (not a job, a house or a relationship being left).',
    unless: [...NAMED_NEAR, '(job|work|city|town|country|house|flat|apartment|place|moving|move|relationship|mariage|if (he|she|they)|party|school|uni|team|company|office)'],
    patterns: ['(dont|do not|no longer) (think i )?(wish|want|wana) to be (here|around|alive) (much longer|for long|any longer|anymore)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'It would be easier or peaceful not to wake up, not to exist, to be dead.',
    unless: ['wake up (late|early|at|before|for|on time|in time|so early|with|hungover|in the night|during|again at)', 'wake (up )?(the|my|his|her|our|their) *'],
    patterns: [
      '(easier|beter|simpler|nicer|a relief|kinder|best|more peaceful) ~~ (not to|to not|never to|if i (didnt|dont|never)) (wake up|wake|be here|exist|be alive|live|go on|carry on) $',
      '(hoping|hope|wishing|wish|praying|pray) (that )?i (dont|wont|never|do not|will not) wake up',
      '(im|i am|feel|felt|already) (already )?dead & (catch up|make it official|finish the job)',
      '(angry|disappointed|upset|sad|annoyed|mad|gutted|pised|furious) (that )?i (woke up|survived|made it|lived|am still here|didnt die|wake up) (at al|again|every (day|morning)|$)',
      '(easier|beter|simpler|nicer|a relief|kinder|best|more peaceful) ~~ (not to|to not|never to|if i (didnt|dont|never)) (wake up|wake|be here|exist|be alive|live|go on|carry on) (again|anymore|at al|tomorow|in the morning)',
      '(not existing|not being here|not being alive|being dead|never waking up|not waking up|not waking|dying|death) (sounds|seems|feels|looks|would be|would feel) ~ (peaceful|nice|good|apealing|like a relief|restful|calm|tempting|easier|beter|like rest|like peace|welcome)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A plan to be dead or not alive by some time.',
    // Working out how to do an everyday job: "finally worked out how to do it, the flatpack wardrobe is up".
    unlessNear: ['(without (fighting|arguing|a row|a fight|rowing|shouting)|chores|rota|flatpack|flat pack|wardrobe|ikea|recipe|puzzle|jigsaw|crossword|wordle|homework|printer|the remote|the wifi|router|spreadsheet|excel|tax return|the form|knitting|crochet|the tent|boiler|the code|the app|the level|the boss fight)'],
    patterns: [
      '(plan|the plan|my plan) (is )?(to )?(be dead|die|not be (alive|here|around)|kil {selfref}|go through with it)',
      '(dont|do not) plan (on|to) (be|being) alive',
      '(planing|plan|planed|intend|intending|decided) (on )?not (to )?(be|being) alive',
      '(dont|do not) plan (on|to) (be|being) (here|around) (by|past|after|much longer|for long|next (year|month|christmas|summer)|in a (year|month))',
      '(planing|plan|planed|intend|intending|decided) (on )?not (to )?(be|being) (here|around) (by|past|after|much longer|for long|next (year|month|christmas|summer)|in a (year|month))',
      '(planing|plan|planed|planned|thinking|think|thought|figured out|figuring out|worked out|working out|decided|know|knowing) (in my head )?~ how (id|i would|i wil|il|i could|im going to|im gona|to) (do it|end it|die|go)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A plan with a date, a date "for it", trying again (not a wedding, a move or a couple trying again).',
    // A wedding, a move or a couple's plan in the match's sentence or the next explains the date.
    unlessNear: [
      '(wedding|move|moving|trip|party|holiday|vacation|proposal|propose|surgery|exam|launch|interview|date night|first date|dinner|anniversary|talk to (him|her|them)|tell (him|her|them)|(with|for) (him|her|them|my {partner})|counsel*|therapy|dating|ivf|baby|pregnan*|diet|quit*|smoking|sober|sobriety)',
      '(we|us|together) ~~ (plan|date|day|how|again|before|atempted|tried|it)',
    ],
    patterns: [
      '(got|have|made|ive got|i have|ive made) a plan ~~ (not a date|no date|(a|the|rough) date|(a|the) time|how and when|the means) $',
      '(got|have|made|ive got|i have|ive made) a plan $ & (not a date|no date yet|just not (a|the) date|(a|the|rough) date $)',
      '(decided|figured out|worked out|chosen|picked|know) (exactly )?how $ & (right (night|day|time|moment)|need|when|ready|nerve|date)',
      '(i|ive|i have|id) atempted (twice |once |three times |# times )?(before|in the past|last year) & (back|again|creeping|thinking|want|urge*)',
      '(tried|atempted) (it )?before $ & (thinking|think|thought|might|want|tempted) ~ (about |of )?(trying|try|doing it) again',
      '(picked|set|chose|chosen|have|got|decided on) (a|the) (date|day) for it',
      '(the|my) plan (is )?~ (set|ready|in place|made|decided|sorted) & (waiting|after|until|til|once|when)',
      '(tried|atempted) (it )?before ~~ (thinking|think|thought|might|want|going|planing|wondering|tempted) ~ (about |of )?(trying|try|doing it|atempt*) again',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Method research: how many it would take, comparing methods, heights without nets or railings, "not for swimming".',
    unless: ['(phone|laptop|plant|plants|fish|lol|haha|lmao)', '(dangerous|safety|council|complain*|report*|kids school|for (my|a) (kid|kids|son|daughter|class|essay|story|novel|book|project|paper|assignment))', ...DOSE_QUESTION_NEAR, THEIR_ACCIDENT],
    patterns: [
      '(looked up|look up|looking up|googled|googling|searched|searching|checked|checking|asked|asking|wondering|wonder|research*|reading|read) ~~ how (many|much) (it would|would it|it wil|does it|it takes|it d|would) ~ (take|be enough|kil)',
      'how (many|much) ~ ({pills}|paracetamol|tylenol|of (them|these|those|my {pills})) (would|does|wil|do) (it|you|one|i) ~ (take|need)',
      '(train|bridge|pills|rope|gun|jumping|overdose|hanging|the tracks|the roof|the river|drowning|pils|tablets) or (the )?(train|bridge|pills|rope|gun|jumping|overdose|hanging|tracks|roof|river|drowning|pils|tablets) & (quicker|faster|easier|painles|hurt les|more certain|surer|would work|work beter|les painful|more painful)',
      '(bridge|bridges|cliff|cliffs|building|buildings|roof|roofs|car park|parking garage|platform|platforms|path|balcony|balconies|overpass|parts) ~~ (dont|doesnt|without|have no|has no|with no) ~ (nets|net|railing|railings|barrier|barriers|fence|fences|cameras|guard rail|guardrail|grates|suicide nets)',
      '(if|whether) (its|it is|the *|this|that|thats|it would be|itd be|itl be) ~ (high|tall|deep|cold) enough & (bridge|roof|building|drop|floor|balcony|cliff|water|river|looked up|checked|wonder*|measur*|jump|fal)',
      'not for (camping|swimming|sailing|climbing|fishing|hiking|boating|scouts|the (boat|garden|gym|dog|swing)) & (knot*|rope|tide*|water|cold|height|bridge|cliff|drop|pills|{pills}|how (many|long|high|deep|cold)|pier)',
      '(look|looks|looked|make it look|it wil look|itl look|itd look) like an accident & (if i|when i|i could|i can|i go|pays out|insurance|my car|i drive|i crash|so they|so nobody|kids)',
      'life insurance & (suicide clause|two year|2 year|pays out|pay out|paid up|exclusion|looks like an accident|accident)',
      '(would|could|wil|can|it|they|d) ~ (hold|take|support|bear) my weight & (rod|beam|rail|hook|fan|pipe|banister|bannister|rope|knot|closet|wardrobe|door|loft|attic|stairwell|light fitting|tree|branch)',
      '(checked|which|looked|found|whether|know) ~~ (floors|floor|level|levels|roof|sides|parts|bridge|bridges) ~~ (open (sides|side|edges|edge|top|access)|roof access|unlocked|no (nets|railing|railings|barrier|barriers))',
      'how long (it takes|does it take|would it take|it would take|til you|until you|before you) to (die|drown|bleed out|pas out|suffocate|lose consciousnes)',
      '(practi*|learning|learn|learnt|learned|tying|tie|tied|youtube) ~~ (knot|knots|noose) & (not for|on my own|alone|in secret|dont ask|for me|weight)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A place that keeps calling: bridges, tracks, water, heights; working up to it.',
    // A person calling me by a name: "the pills make her foggy and she keeps calling me by her sister's name".
    unlessNear: [CALLED_BY_NAME],
    unless: ['(holiday|vacation|trip|view|photo*|picture*|sunset|sunrise|walk the dog|dog walk|run|running|jog*|cycle|cycling|commute to work is)'],
    patterns: [
      '(bridge|river|water|edge|tracks|train|ledge|cliff|sea|ocean|drop|rope|pills|roof|lake|quarry|void) ~~ (keeps |keep |is |been |kept |always )?(calling|pulling|whispering|beckoning|caling) (me|to me|my name)',
      '(working|work|worked|building) (myself )?up (to it|the (courage|nerve|guts) to (do it|jump|go through|end it))',
      '(look|looking|looked|stare|staring|stared|peer*) (down|over the edge) ~~ (for a long time|for ages|for hours|a long time|for a while|for ages) & (top floor|roof|rooftop|bridge|ledge|balcony|edge|cliff|parking garage|car park|platform|overpass)',
      '(keep|keeps|kept|been) (ending up|going|walking|driving) (to|on|at|out to) (the|that) (railroad crossing|railway crossing|level crossing|train tracks|tracks|platform|quarry|pier|bridge|cliff|cliffs|roof|ledge)',
      '(railroad|railway|level) crossing & (waiting|wait|sit|sitting|sat|park*) & (gates|barrier|train|come down)',
      '(stand|standing|stood) ~~ edge & (platform|bridge|cliff|roof|rooftop|ledge|tracks|balcony|building|car park|quarry|train|drop) & (dont|not|didnt|never) (step|stepping|stepped) back',
      '(not|wont|never|im not) (stepping|step|going to step|gona step) back (this time|tonight|today)',
      '(walk|walking|swim|swimming|wade|wading|go|going) (into|out into|out to) the (sea|ocean|lake|river|water|waves) ~~ (and )?(just )?(not|never|keep) (turning (around|back)|coming back|come back|walking|swimming|going)',
      '(walk|go|step|walking|going) (to|of|over) the edge & (when i finish|after i send|going to|gona|tonight|now|tel (her|him|them))',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Preparations that read as leaving: passwords left out, things given away "before I go", pets rehomed without telling why, a will at a young age.',
    // Near the preparation words only: a trip or "trust" elsewhere in a long message must not excuse them.
    unless: near('(trust|transparen*|so (she|he|they) can (check|see|look)|nothing to hide|open book|rebuild*|holiday|vacation|trip|deploy*|surgery|hospital stay|work trip|travel*|moving|new job|new one|upgrad*|bought a new|got a new)', '(passwords|pasword|paswords|pin|pins|bank details|give|gave|giving|given|away|things|stuff|belongings|posesions|wil|testament|leter|leters|note|notes|pet|pets|dog|cat|rehom*|loose ends|wont need|phone|laptop|acount|acounts|who gets|gets what|list)'),
    patterns: [
      '(passwords|password|bank pin|pin number|pin numbers|bank details|spare keys|account details|login*) & (just in case|wont need|in case (anything|something) happens|if (anything|something) happens|when im gone|after im gone|on the fridge|for after|where i keep)',
      '(gave|give|giving|given|paid off|sold|emptied|transfer*|left) & (wont|will not|not going to|shant) (need|be needing|be using|use) (any of )?(it|them|this|that|those|any of it|anything)( anymore| again| where im going)? $',
      '(gave|give|giving|should have|can have|to have|have them|have it|keep them|keep it|take them|take it) ~~ (before i go|when im gone|after im gone|once im gone) $',
      'rehom* (my|the|our) (dog|cat|pets|pet|puppy|kitten|rabbit|bird|horse) & (didnt tel|not telling|wont tel|havent told|real reason|why im (really )?|wont need|wont be|after im|anymore)',
      '(found|finding|find|rehoming) (a )?(good |new |loving |nice )?(home|homes|someone) (for )?(my|the|our) (dog|cat|pets|pet|puppy|kitten|rabbit|bird|horse) & (didnt tel|not telling|wont tel|havent told|real reason|why im (really )?|wont need|wont be|after im|anymore)',
      '(take|have|look after|keep|get|care for|feed) my ~~ if (anything|something) (happens|happened|were to happen) to me & (meant it|mean it|i meant|serious|not joking|for real|soon|wont be long)',
      '(they|she|he|everyone|people) (think*|thought) (im|i am|its) (just )?(decluttering|clearing out|having a clear out|being generous|moving|minimalis*|spring cleaning) & (giving|gave|give|given) ~ away',
      '(made|wrote|writing|done|did|sorted|drew up|drawn up|updated) (a|my) (will|testament) & (not for (the )?(distant |far )?future|im [1-3][0-9]|soon|wont need|peace|goodbye|letters|ready|not going to need|in case|(gave|give|giving|given) (away )?~ my (guitar|bike|car|watch|tools|records|games|console|dog|cat|stuff|things|collection|gear|medals))',
      '(nothing|no one|nobody|nothing else|nothings|nothing left|no reason) ~ (keeping|keeps|holding|to keep|wil keep|would keep|left keeping|holds) me (here|alive|going|around|in this world)',
      'who (would|d|wil|is going to|gets to|should) (get|have|take) (what|my things|my stuff|my stuf|my belongings|my *)',
      '(need to know|needs to know|would need|wil need|would have to know) ~~ without me & (writing|wrote|list|written|everything|passwords)',
      '(leter|note|card) ~~ (not (her|his|their|your) fault|why i did (it|this)|for after)',
      '(i|ive|im|been|i have|i am|just) ~ (written|wrote|writing|rewrit*|finished) (a|the|my) note $',
      '{pills} & (im|i am|ive been|been|i) (saving|hoarding|stockpil*|collecting|stashing|keeping) (them|it)',
      '{pills} ~~ (ive been|been|i was|im|i|i am|ive) (collecting|saving|hoarding|stockpil*|stashing|hiding) & (found|nothing|in case|behind|under|enough)',
      '(goodbye|farewel) (emails|email|dms|voice notes|voicemails|videos) & (schedul*|send|sent|deleted|writing|wrote|recorded)',
      'in a way that (felt|feels|was|fel) (final|like (a )?goodbye|like the last time)',
      '(glovebox|glove box|drawer|desk|pilow) ~~ for after $',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Quieter preparation: insurance read for no reason, a list of reasons to stay crossed off, plans stopped past a date.',
    unlessNear: ['(baby|mortgage|new house|broker|agent|quote|premium|for the kids future|renew*)'],
    unless: ['(with|beside|next to) (him|her|them|you|my {partner}|someone|anyone)'],
    patterns: [
      'life insurance ~~ (for no (real )?reason|read the whole|just because|checked|how much (it|they) (pays|pay)|payout)',
      '(reasons|reason) to (stay|live|keep going|stay alive) & (crossed of|crosed of|ran out|last one|none left|no more|running out)',
      '(stopped|stoped|no point|dont bother|quit) (making )?(plans|planing) (past|beyond|after|for after) ~ (next|this|the|my) ~ (month|week|year|summer|christmas|birthday|spring|winter)',
      '(dont|do not|cant|cannot|never) ~ see (myself|me) (there|getting (old|older)|growing (old|older)|being (old|older)|any older|old|past (#|thirty|forty|fifty|next))',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Means ready now: the rope up, pills in hand or in a pile, the car running in a closed garage, after I send this.',
    // Only near the means: a dog or a mortgage mentioned earlier in a long message explains no rope.
    // A car's service, not the fire service: "nineteen years on the fire service, I know how quiet CO is".
    unlessNear: [...ROPE_USES_NEAR, '(mechanic|running rough|repair*|fix*|(its|a|the|car|cars|van|annual|due a|due for|booked (in )?for) service|servicing|mot|warm* up|defrost*|jump start|battery)', GUN_SPORT],
    patterns: [
      '(rope|ropes|noose|nooses|guns|gun) (is |s |are )?(already )?(ready|up|set up|tied|loaded|in place|sorted|hung|hanging) & (it|this|tonight|tonights|today|once|when|after|sorry|tel someone|someone|bye|goodbye|fr|now|the day|the night|ready|sat|sitting|car|garage|in my hand)',
      '(noose|nooses) (is |s |are )?(already )?(ready|up|tied|hung|hanging|done|made|set up)',
      // Means in hand and the house empty for a stretch: "i have the rope and nobody's home till sunday".
      '(got|have|ive got|i got|bought|found|hid|hidden|stashed|saved|kept) (the|a|my|some) (rope|noose|gun) & ((nobody|noone|no one|nobodys|noones) (is |s )?(home|here|in|around|back) (til|until|till|for|al|this)|(home|house) (alone|to myself|empty) (til|until|till|for|al|this)|(everyone|they|parents|mum|mom|dad|my (mum|mom|dad|parents|family|flatmate|roommate|housemate)) (is |s |are |re )?(away|gone|out) (til|until|till|for the|al))',
      '((enough|al (my|the)|a stash of|a pile of) {pills}|{pills} (saved|stashed|hidden|hid)|(saved|stashed|hid|hoarded|stockpiled) (up )?(my|the|some|al (my|the)) {pills}) & ((nobody|noone|no one|nobodys|noones) (is |s )?(home|here|in|around|back) (til|until|till|for|al|this)|(home|house) (alone|to myself|empty) (til|until|till|for|al|this)|(everyone|they|parents|mum|mom|dad|my (mum|mom|dad|parents|family|flatmate|roommate|housemate)) (is |s |are |re )?(away|gone|out) (til|until|till|for the|al))',
      '(got|have|ive got|put|hung|tied|set) (the|a|my) (rope|noose) (up|set up|sorted|ready|tied|in place)',
      '({pills}|tablets|bottle|tablet|pils) ~ (lined|counted|laid|spread|set|piled|pile) (them )?(up|out)? ~ (on|in front of|beside|next to|by|around|in a pile|ready)',
      '(every|each|al the|al my) (tablet|pill|pils|{pills}) ~~ (pile|heap|lined up|in front of me|on my bed|on the table|counted)',
      '(taking|take|swalow*|down*) (them|it|al of them|them al|the lot) (once|when|after|as soon as) ~~ (asleep|gone|leaves|left|out|goes|sleeping) & ({pills}|tablet|tablets|bottle|pile)',
      '(engine|engines|motor|car|cars) (is |s |still )?(running|on) $ & garage',
      '(engine|engines|motor|car|cars) ~~ (running|on) & ((closed|shut|locked) garage|garage (door )?(is |s )?(shut|closed|locked|down))',
      'in (the|my) (car|garage) ~ in (the|my) (garage|car) & (engine|engines|motor|running|exhaust|hose|fumes)',
      '(sat|sitting|siting|im|i am|here) in (the|my) (closed |locked |shut )?garage & (car keys|keys|engine|hose|exhaust|tonight|tonights it|thats it)',
      '(when|after|once|as soon as) i (finish|send|post|hit send on) (this|writing)',
      '(writing|wrote|finishing|finished|leaving) (the|my|a) (note|leter) (now|tonight|then) & (thats it|its done|goodbye|bye|then)',
      '(tonights|tonight is|today is|todays|this is) the (night|day) & (bye|goodbye|sorry|whoever reads|rope|{pills}|tablets|gun|done with everything|forgive|empty|mate|doing it)',
      '(tonights|tonight is|todays|today is) it $',
      'this is it $ & ((thanks|thank you|thank u) for (trying|everything) $|sorry $|goodbye|bye|love (you|u)|forgive me)',
      '(posted|sent|wrote|recorded) (my|a) (goodbye|goodbyes|farewel) $',
      '(going to|gona|about to) (step|jump) (of|in front) $ & (train|platform|station|bridge|roof|ledge)',
      '(next|the next) train ~~ (minutes|mins|min) & (not stepping back|stepping (of|in front)|jump|step (of|in front)|this time)',
      '(everything|al the {pills}|al my {pills}|the whole bottle|al of (them|it)) & (house is empty|once (he|she|they)|when (he|she|they)) & (taking|take|swalow*|doing it|tonight)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Holding the means right now (not tablets a pharmacist got wrong).',
    unless: ['(pharmac*|prescri*|doctor|chemist|wrong ones|dose|dosage|organiser|organizer|vitamin*|for (my|his|her) (mum|mom|dad|nan|gran|son|daughter|kid|kids))'],
    patterns: [
      '(holding|im holding|have|got|ive got|staring at|looking at) (the|my|al (the|my)|a handful of|a fistful of|al of (the|my)) ({pills}|tablet|tablets|rope|noose|gun|razor|blade) (now|rn|right now|tonight|in my hand|in my hands) & (al of them|every|al|doing it|tonight|sorry|goodbye|bye|enough|its time)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Means hinted at: a hose for the exhaust, a gun bought "for me", pills taken or meant on purpose, thoughts of using them.',
    unless: ['(garden|car wash|washing the car|fixed|fix|repair*|mechanic|for protection|hunting|range|club)'],
    patterns: [
      '(hose|tube|tubing|pipe) ~~ (fits|fit|attach*|from|to|into|onto|on) (the )?exhaust',
      '(bought|got|own|have|keep|kept) (a |the |his |her )?(gun|pistol|shotgun|rifle|handgun) & (i )?(dont (shoot|hunt)|for (me|myself)|not for (protection|hunting|sport|shooting|the range)|use it on|so low|feeling low|been low)',
      '(took|taken|swalowed|downed|overdosed) ~~ on purpose',
      '(swalowed|took|taken|downed) (a |the )?(whole|entire|al|al of|a load of|a bunch of|a handful of|loads of|a lot of) ~ ({pills}|strip|packet|bottle|box) & (woke up|hospital|on purpose|meant to|didnt work|wasnt enough|survived|angry|disappointed)',
      '(meant|going|wanted|planed|planned|want|tempted|thought about|thinking about) to use (it|them|the razor|the blade|the gun|the rope|the pills) on (my (wrists|wrist|throat|self)|{selfref}|me)',
      '(idea|ideas|thought|thoughts|thinking|think|thought about|tempted|urge|urges) (of|about|by)? ?(using|use|turning) (it|them|the (gun|pistol|rifle|shotgun|rope|pills|razor|blade|knife)) (on|against) (my (wrists|wrist|throat|self|head)|{selfref})',
      '(thought|thinking|think) (about|of) (taking|swalowing|downing) (them|it|the (whole|lot)|every|al) & ({pills}|bottle|tablets|antidepres*)',
      '(hold|holding|held) my breath ~~ (underwater|under water) & (wasnt playing|not playing|not a game|serious|on purpose|how long)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Passive wishes and numbness about being alive: stopped caring, why bother, envying the dead, waiting for it to end.',
    unless: [...NAMED_NEAR, '(lol|haha|lmao)', 'life of (lies|lying|secrets|crime|luxury|sin)', POINT_OF_A_STEP, WHILE_FAMILY_VISITS],
    patterns: [
      '(stopped|stop|dont|do not|dont really|no longer|stoped) (care|caring) (whether|if) (im|i am|i die|i wake up|i make it) ~ (alive|or not|dead|live|die|wake up)',
      '(stopped|stop|dont|do not|dont really|no longer|stoped) (care|caring) (whether|if) (i|im|i am) (live or die|live or not|die|wake up|make it|am alive|alive|survive)',
      '(stopped|stoped|no longer|not) (seeing|imagining|picturing) (a|any|my) future',
      '(stopped|stop|dont|do not|dont really|no longer|stoped) (care|caring) (what|whatever) (happens|wil happen|hapens) to me',
      '(anyone|anybody|nobody|no one|noone|someone|people|they|anyone at al) (would|wil|d|wouldve|even)? ~ (care|notice|clock it|realise|realize|miss me|mind) ~~ if i ~ ({gone})',
      '(calmer|quieter|simpler|lighter|easier|beter|hapier|grand|fine|relieved|safer|richer) ~~ if i ~ (wasnt|werent|was not) (around|here|alive)',
      '(theyd|they would|everyone|everybody|they|yal|you|family|kids) ~~ (grand|alright|al right|sound) ~ without me',
      '(everything|life|it al|anything|al of it|living|existing|my life) (feels|is|seems|s|feel) (so |completely |totaly |just |kind of |kinda |pretty |realy )?(pointles|meaningles)',
      '(what|whats) ~ (the )?point (of|in) (carying on|going on|waking up|getting up|living|being alive|staying|me|any of it|trying anymore)',
      'no point (in )?(carying on|going on|waking up|getting up|living|being alive|staying alive)',
      'see (the|a|any) point (no more|anymore|any more|in anything|of anything|of any of it|in any of it)',
      '(why|whats the point) ~ (bother|bothering) (w |with )?(anything|at al|life|living|getting up)',
      '(why|dont know why) (im|i am) still (bothering|alive|breathing|trying)',
      '(cant|can not|cannot) (do|take|handle|keep (doing|going)|go on|last) (this|it|like this)? ~ much longer',
      '(weary|tired|sick|exhausted|worn out) of (it al|everything|everyting|life|this life|this world)',
      '(weary|tired|sick|exhausted|worn out) of living $',
      '(want|wana|wish i could|just want to|just wana) (to )?(disappear|disapear|vanish) $',
      '(want|wana|wish i could|just want to|just wana) (to )?(disappear|disapear|vanish) (ngl|tbh|sometimes|honestly|rn|fr|for real)',
      'face of the (earth|planet) & (never come back|forever|for good|permanently|want|wana|wish)',
      '(disappearing|disappear|vanish*|fade*) & (part of me wants|i want|wana|wish) ~~ (permanently|forever|for good)',
      '(switch|turn|shut) (of|down|it al of|everything of) & (permanently|forever|for good|for ever|never (come|turn) back)',
      'how (quiet|peaceful|easy|nice|restful|calm|simple|good) (it|everything) (would|d|wil) be if i (just )?(stopped|stoped|wasnt here|wasnt around|was gone|disappeared|didnt wake up|went away)',
      '(make|made) it (stop|end) (yourself|myself|on my own|for good)',
      '(not|never) (having|have) to (do|face|live|wake up to|get through|deal with) (any more|another|one more|anymore) (weeks|days|mornings|years|week|day|morning|year|tomorows)',
      '(no|any) more tomorows',
      '(hoping|hope|wish|wishing|praying|pray) ~~ (shows|is|its|comes back|turns out) ~ (something )?(bad|serious|terminal|cancer) & (out of my hands|so i|over|dont have to)',
      '(hoping|hope|wish|wishing|praying|pray) ~~ (get|got|have|had|catch|be in) ~~ (sick|il|an accident|a crash|cancer|hit) & (so (it|its|it wil be|it al)|and (die|not|never)|be over|its over|it al ends)',
      '(winding down|coming to an end|nearly over|almost over|running out) (for me|for myself)',
      '(waiting|wait) (for )?(it al|everything|my life|life|al this|al of this) to (end|be over|stop)',
      '(no|cant see (the|any)|dont see (the|any)) light at the end of (the|this) tunnel',
      'might as well (not exist|not be alive|not be around)',
      '(went|go|going) al the way & (ghost|dead|gone|disappear*|already)',
      '(what is|whats) the use (of )?(me )?(living|being alive|going on|trying|existing|me)',
      '(not much|no|litle|no real|isnt much|not any|not a lot of) reason (to|for me to) (stil )?(be here|be alive|stay|live|go on|keep going|carry on)',
      '(given|give|giving|gave) up on (my (whole )?life|my life)',
      'how (much )?(longer|more) (i can|i want to|i wil|il|i could|can i) ~ (keep going|go on|carry on|live|be here|keep living|hold on)',
      '(go|go away|leave|disappear|walk away|vanish) ~~ and (not|never) (come|coming) back & (tired|soul|everything|want|wish|cant)',
      '(sleep|go to sleep|fall asleep) and (stay|remain) (gone|asleep|under)',
      'nothing (left )?for me (here|in this world|anymore)',
      'no future & not for me',
      '(me|myself) included & (point|living|here|alive)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Wanting to sleep forever or for a very long time (not after a long shift or a party).',
    unless: [...NAMED_NEAR, '(lol|haha|lmao)', '(shift|week|workout|party|trip|flight|exam|exams|hangover|hungover|drunk|jet lag|jetlag|after (that|this|the|my)|weekend|lie in)'],
    patterns: ['(want|wana|wish|wish i could|just want to) ~~ (sleep|nap) (for )?(like )?(forever|a (realy |very |realy realy |very very )?long time|and never wake|for good)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Envying people who get to stop or die (not those who retire or quit a job).',
    unless: ['(work*|retire*|job|shift|smoking|drinking|early|at #|school|uni)'],
    patterns: ['(envy|jealous of|envious of) (people|those|the ones|anyone|everyone|the dead|dead people) & (stop|die|died|dead|get to go|dont wake up|pas away|passed|rest)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Done with everything, not (just) with the relationship: said to rule the relationship reading out.',
    patterns: [
      '(done|finished|over it) ~~ (with|w) everything & not (just )?(with )?(him|her|them|the relationship|us|my {partner}|this relationship)',
      '(done|finished) $ & not with (him|her|them) & with everything',
      '(not|nt) (with|w) (him|her|them|the relationship|us) ~ (with|w) (life|living|everything|it al|existing)',
      '(done|finished) (w|with) (life|living|existing|being alive)',
      '(what is|whats) the use $',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Sorting out who gets my things (not dividing things in a break-up).',
    unless: ['(divorc*|split|spliting|separat*|custody|breakup|break up|broke up|we|our|ex|moving)'],
    patterns: ['(ive|i have|i|been) ~ (sorted|decided|figured|worked|sorting|deciding) (out )?who (gets|wil get|should get|should have|takes|can have) ~ (my|the) (dog|cat|stuff|things|car|guitar|guitars|records|books|clothes|belongings|pets)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Eighth round: pills put aside, dangerous doses, surviving a fall, the wheel turned, a car hoped for, not expecting to be around.',
    unlessNear: [
      '(kids|child|children|toddler|baby|dog|cat|pet|safety|childproof|lock*|stunt|parkour|company|job|work|team|office)',
      // Someone else getting rid of my medicine: "she throws my pills down the sink, then tells the doctor I'm not taking them".
      '(throws|threw|flushes|flushed|pours|poured|bins|binned) (my|his|her) ({pills}) (down|away|out|in the bin|in the toilet|in the sink)',
    ],
    unless: ['(news|movie|film|show|documentary|lol|haha)', 'wake up (hungover|late|early|at|before|for|on time|in time|with)'],
    patterns: [
      '({pills}|prescriptions|prescription|tablets|pils|doses) & (instead of taking (them|it) (and|so|$)|putting (them )?aside|put aside|setting (them )?aside|set aside|keeping (them )?back|not taking them (and|so|$))',
      '(putting|put|setting|set|keeping|kept|squireling|tucking|tucked) (aside|away|back) ~~ ({pills}|tablets|prescription*|doses|pils)',
      '(medicines|medications|meds|pills|drugs|{pills}|tablets) ~~ (most|more|how|which are|are) (dangerous|deadly|lethal|toxic|fatal) ~~ (large|high|big|too many|too much|amounts|doses|overdose)',
      '(if|whether|could|can|would|chances|odds) ~ (you |i |someone |a person )?(survive|survivable) ~~ (fal*|jump*|a fal) (from|of) ~ (floor|storey|story|bridge|roof|building|balcony|height|metres|meters|feet|ft)',
      '(think|thinking|thought|urge|urges|tempted|imagine|imagining) ~~ (turning|turn|jerking|jerk|yanking|yank|swerving) the (steering )?wheel (into|towards|toward|hard|sharply|and|just) & (bridge|traffic|truck|lorry|tree|wall|motorway|highway|oncoming|over the (edge|side|bridge))',
      '(think|thinking|thought|urge|urges|tempted|imagine|imagining) ~~ (turning|turn|jerking|jerk|yanking|yank|swerving) the (steering )?wheel $ & (bridge|traffic|truck|lorry|tree|wall|motorway|highway|oncoming|over the (edge|side|bridge))',
      '(hope|hoping|wish|wishing|pray|praying) ~~ (a|some|the) (car|bus|truck|lorry|train|driver|plane) ~~ (hit*|run* (me )?over|kil*|crash* into) me',
      '(dont|do not) (think|expect) (il|i wil|im going to|i am going to|id|i would) be (around|here|alive) (for )?(much longer|long|next (year|month|christmas|summer))',
      '(pray|praying|hope|hoping|wish|wishing) (not to|to not|never to|i never) wake up',
      // "sleep in" is blanked as an idiom before rules run, so the car and engine carry this one.
      'the car with the (engine|motor) (on|running) & (peaceful|forever|wake|garage|hose|end it|go to|fumes|exhaust)',
      '(like|as if) (she|he|they|i|im|shes|hes) (wont|wil never|would never|isnt going to|is never going to|doesnt expect to|not going to) (see|be seeing) (them|us|you|me|anyone|people|her|him) again & (goodbye|giving|gave|hug*|said|saying|away)',
      '(wrote|written|writing|left|leaving|gave|sent) ~ (out )?(my )?(passwords|password) & (cancel*|sorted (my|out my) (finances|affairs|money)|end of (a|the) chapter)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Ninth round: no wish or feeling to live, gone for good, fastest ways to go, a borrowed razor in the bath.',
    patterns: [
      '(dont|do not|no longer|dont even) feel like (living|being alive|existing|staying alive)',
      '(dont|do not|no longer|dont even) feel like going on (anymore|any more|like this|with life)',
      '(dont|do not|no longer|dont even) feel like going on $',
      '(not having|having no|havent got|dont have|do not have|not have) (any |a |the )?(wish|wil|desire|want|reason|motivation) (to|for) (live|living|life|go on|keep going|be alive)',
      '(everyone|everybody|they|theyd|world|family|people|kids|you al|yal|al of them) ~~ (better|beter|happier|hapier|easier|fine|relieved|lighter) ~~ if i (just )?(dipped|dip|went|left|go|disappeared|vanished|was gone) (for good|forever|permanently)',
      '(fastest|quickest|easiest|painless|painles|surest|least painful|simplest) (way|ways|method|methods) (to|of) (die|dying|end it|check out)',
      '(fastest|quickest|easiest|painless|painles|surest|least painful|simplest) (way|ways|method|methods) to go $',
      '(in|on) (the|my) (bath|bathtub|tub|bathroom floor|car|bed|roof|floor|garage) with (a|the|my|his|her) (* )?(razor|blade|knife|rope|noose|gun) & (sorry|goodbye|bye|tonight|now|its time|cant|love)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Having decided to "do it" on a day, with no object named: ask. With "tonight" it is imminent.',
    ifNow: 'imminent',
    // Only near the decision: "what I wanted to ask" about chores later in a message names no plan.
    unlessNear: [...NAMED_NEAR, '(tel|telling|propose|proposing|break up|quit|ask|asking|talk|move|apply|the test|it with|exam|interview|surgery|tattoo|haircut|marathon|run|party|presentation)'],
    patterns: ['(decided|made up my mind|ive decided|i have decided) ~~ (going to|gona|wil|il) do it (on|this|next|tonight|tomorow|at|when|after|before|once)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'The kids better off with only the other parent (not a custody arrangement being discussed).',
    unless: ['(custody|co parent*|coparent*|one house|two houses|shared care|weekends|every other|mediat*|lawyer|solicitor|court|school|move (in|out)|moving)'],
    patterns: ['(kids|children|family|son|daughter|wife|husband) ~~ (easier|beter|hapier|calmer) (life|lives|off|time) with (just|only) (their|his|her) (dad|mum|mom|father|mother)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Thoughts named by euphemism: the s word, thoughts about not being alive, topping myself.',
    patterns: [
      '(s word|the s word|s thoughts) & (thoughts|thinking|back|again|ideation|ones)',
      '(thoughts|thinking|think|ones) ~~ (about|of) (not being (alive|here|around)|dying|being dead|not existing)',
      '(thinking|thought|think) ~ (about|of|bout) (🪦|⚰)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A headstone or coffin emoji with wanting, soon, me or mine (laughter cancels it).',
    hyperbole: true,
    unless: [TOMBSTONE_JOKES],
    patterns: ['(🪦|⚰) & (want|ready|where i|belong|soon|bye|goodbye|me|mine|end|over|thinking|not joking|fr|tbh)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'A headstone emoji on its own: ask.',
    hyperbole: true,
    unless: [TOMBSTONE_JOKES],
    patterns: ['🪦'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Turning back from a trip or holiday reading explicitly ("not like a trip"): going for good.',
    patterns: ['not (like |meaning |as in )?(a |on a |on )?(trip|holiday|vacation|getaway|break) & (go|leave|disappear|never come back|gone|for good)'],
  },
  // Round 2 (questions, lives, masked): desire to die told as a question, wrapped in a joke or
  // a change of subject, or in the words of older people, carers, farmers and soldiers.
  {
    category: 'suicide',
    level: 'high',
    note: 'A wish to die insisted on as "not a joke" (laughter does not cancel it).',
    unless: ['die (of|from|laughing)', '(want|wana|wanna) to die (for|of|laughing|on this hill)', NOT_WANTING_TO_DIE],
    patterns: [
      '(want|wana|wanna|wanting|wish|ready) (to )?(die|be dead|not exist|not be alive|kil {selfref}|end it al|end my life) & (not (a |even |actualy )?jok*|no joke|no kidding|not kidding|i mean it|actualy mean it|unles)',
      '(voice|voices|thoughts|brain|head|mind) ~~ (says|say|saying|tels|telling|keeps saying|whispers|whispering) (that )?(i|me) (should|to|need to|deserve to|must|ought to) (just )?(die|kil {selfref}|end it|be dead|not be here|disapear)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Plans, dates and means named inside a joke, an aside or a question (not a wedding date).',
    unless: [...near('(wedding|party|move|moving|surgery|holiday|trip|due date|birthday|anniversary|appointment|court|hearing|interview|exam|launch|baby|shower|date night|first date|second date|tinder|hinge)', '(date|day|plan|mine|mines|drive|crash|swerve|steer|ram|stockpil*|hoard*|saving|stashing)'), THEIR_ACCIDENT],
    patterns: [
      '(picked|chosen|chose|set|decided on) (the|a|my) (date|day) & (mine|mines) (is |s )?(the|on|tomorow|next|this|in|friday|saturday|sunday|monday|tuesday|wednesday|thursday)',
      '(i|i realy|i actualy|but i) (do|did) have a plan $',
      '(asked|asks|ask) (me )?(if|whether) i (have|had) a plan & (lied|i do|yes|i did|said no|told (her|him|them) no)',
      '(im|i am|i wil|il|gona|going to|planing to|plan to|about to) (drive|crash|swerve|steer|ram) ~~ (into|of|off) ~ (wall|tree|quarry|cliff|bridge|river|lake|oncoming|traffic|truck|pole|barrier|lorry|semi)',
      '(stockpil*|hoard*|saving up|saved up|colecting|stashing|squirel*|keeping back) ~~ (morphine|oxycodone|oxy|codeine|tramadol|fentanyl|opioids|opiates|methadone|lithium|amitriptyline|antifreeze|pesticide|his (meds|pils|tablets)|her (meds|pils|tablets)|(mums|moms|dads|nans|grans) (meds|pils|tablets|medication))',
      '(swalowed|swalow|took|taken|downed|necked|chuged) (the|a) (whole|entire) (bottle|pack|packet|box|strip|blister) ~ $',
      '(swalowed|swalow|took|taken|downed|necked|chuged) (the|a) (whole|entire) (bottle|pack|packet|box|strip|blister) (of )?({pills}|morphine|oxy|codeine|tramadol|sleepers|sleeping tablets)',
      '(swalowed|took|taken|downed) (the|a) (whole|entire) (bottle|pack|packet|box) (anyway|and|lol|haha|now|already|just|tel)',
      '(keep|kept|been|started|start) (looking up|googling|searching|checking|reading up on|researching) ~~ how (high|far|tall|deep|long) ~~ (fal|drop|jump|building|bridge|water|has to be|needs to be)',
      '(is there|theres|there is|whats|what is|know) (a|an|any|the) (painless|peaceful|gentle) way $',
      '(painless|peaceful|quiet|easy|quick|gentle) way (out|to go) $',
      '(painless|peaceful|gentle) way (out|to go|to do it)',
      '(make|making) (it|my death|this|my suicide) (look|seem|appear) like (an|a) (accident|heart attack|natural)',
      'goodbye ~~ without (him|her|them|anyone|anybody|my *) (figuring out|knowing|finding out|realising|realizing|suspecting|noticing|guessing|working out)',
      '(figuring out|figure out|knowing|know|finding out|find out|realising|realizing|guess|guessing|suspect) what (im|i am|i was) (going to|gona|planing to|about to) do & (goodbye|bye|before|note|letter|last|tel (him|her|them))',
      '(think*|keep thinking|imagin*|pictur*|dream*) ~~ (shotgun|gun|rifle|pistol|pils|rope|noose|bridge|tracks|train|cliff|drop|razor) & how (quick|fast|easy|simple|painless|peaceful) (it|itd|it would|that would|it d|itl)',
      '(wish|wishes|wished|wishing) (i|id|he|she) (hadnt|had not|didnt|did not|never) (survived|made it|woken up|woke up|pulled through|made it out|come through)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Sitting on a bridge railing or roof edge for a long time, or again (not for a view or a photo).',
    unless: ['(view|sunset|sunrise|photo*|picture*|selfie|fishing|picnic|drinks|beer|smoking|with (him|her|them|my|friends|the))'],
    patterns: [
      '(sat|stood|sitting|standing|perched|climbed (onto|over)|climbing (onto|over)) (on|at|by|onto|over) (the|a|this) (bridge|roof|balcony|cliff|overpass|car park) (edge|ledge|railing|rail|railings|barrier|parapet|wall) & (for (an|a|two|three|#) (hour|hours|while)|for hours|again|thinking|wondering|cant stop|last night|every night)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Wishing I had not come back from a war, a deployment or a tour (not from a holiday).',
    unless: ['(holiday|holidays|vacation|trip|abroad|honeymoon|festival|camping|weekend|break|beach|spain|france|italy|the pub|party|lunch|gym|shops|store|the office|work)'],
    patterns: [
      '(wish|wishes|wished|wishing) (i|id|he|she) (hadnt|had not|didnt|never) (come|came|made it) (back|home) from',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Not picturing myself alive or here by some time (not a move, a job or a lease ending).',
    unlessNear: [PLACE_OR_JOB],
    unless: [...AWAY_NEAR],
    patterns: ['(cant|cannot|can not|dont|do not) (see|picture|imagine) (myself|me) (being )?(alive|here|around|living) ~ (in|next|by|at)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Rather vanish than face things; death or never waking sounding nice; nobody noticing I was gone (laughter cancels).',
    hyperbole: true,
    unless: [...AWAY_NEAR, '(for a (day|night|week|weekend|while|bit|few))'],
    patterns: [
      '(rather|prefer to) (just )?(disapear|vanish|not exist|not be here|be gone|fade away) (than|instead|$)',
      '(dying|death|being dead|not waking up|never waking up|sleeping forever|not existing|disapearing forever|dying in my sleep) (sounds|sound|seems|feels|looks) (so |realy |kind of |kinda )?(nice|good|peaceful|apealing|tempting|restful|beter|like (a )?relief)',
      '(my kids|my family|my children|my friends|anyone|anybody|everyone|people|the world|they) (wouldnt|would not|wont|will not|dont|do not) (even )?(notice|care|miss me) (if|when) i (just )?(disapeared|faded|was gone|were gone|vanished|died|wasnt here|wasnt around|stoped existing|didnt exist)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Means set aside for a day or for bad news; medicine stopped to let death come; a weapon I think about using.',
    unless: [
      '(for the week|weekly|organiser|organizer|dosette|blister pack|pharmacy|pharmacist|prescription (is|was) ready)',
      '(on|against) (him|her|them|an intruder|intruders|a burglar|burglars|anyone who|someone who|whoever)',
      '(self defen*|protect*|hunting|deer|range|target practice|clean*|colection|colector|hobby)',
      '(doctor|gp|nurse|consultant) (said|told|stoped|changed|took)',
    ],
    patterns: [
      '({pills}|rope|noose|gun|pistol|revolver|rifle|shotgun) (are|is|s) (al )?(sorted|ready|set|counted|set aside|put aside) (for|by) (sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorow|the weekend|next week|the day|the date|my birthday|the anniversary|when)',
      '({pills}|rope|noose|gun|pistol|revolver|rifle|shotgun) ~~ ready (for|if|in case) ~~ (diagnosis|results|scan|test results|biopsy|news|comes back|goes bad|gets worse|cant cope|i cant|he cant|she cant|the end)',
      '(stoped|stop|quit|stopping|skipping|skiped|refusing|not taking) (taking )?(my|his|her) ~ ({pills}|medication|insulin|meds|tablets|treatment|dialysis|chemo|inhaler|heart pils|blood thinners) & (let nature|nature take|let it happen|let god|take me|ready to go|(dont|doesnt) want to (live|be here|go on)|join|no point|to die|so (i|he|she) (die|dies|can die|go|goes)|speed (it|things) up|get it over with|wont be long)',
      '(gun|pistol|rifle|shotgun|revolver|{pills}|rope|razor|blade|knife) & (think|thinking|thought|thinks) (about|of) using (it|them)( on {selfref})?( at night| every night| again| more and more| a lot)?',
      '(think|thinking|thought|thoughts) (about|of) (kiling|ending|hurting|topping) (yourself|oneself|your life|your own life) & (normal|is it|every day|everyday|a lot|constantly|al the time|do you|does anyone|anyone else|wrong|bad|weird|ok|okay)',
      '(if|when|after) (you|u|someone|a person|one|i) (kil|kils|kiled|end|ends) (yourself|themselves|oneself|themself|{selfref}|your life|their life|my life) & (pension|insurance|payout|pay out|wil|mortgage|benefits|estate|inheritance|funeral cost*)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Weighing leaving against being dead; means that keep catching my eye (not a swing or a tool).',
    unlessNear: [ROPE_USES, CALLED_BY_NAME],
    unless: ['(shop|store|window|sale|buy|buying|price|ebay|amazon|hunting|range)'],
    patterns: [
      '(left|leave|went|moved out|walked out|divorced) ~~ (or|than) (if )?i ((was|were|am|was just) (dead|gone for good|not alive|no longer alive)|died|killed {selfref}|ended it|disapeared for good)',
      '(rope|noose|beam|rafters|gun|rifle|shotgun|pistol|{pills}|tracks|bridge|ledge) ~~ (keeps|kept|keep) (catching my eye|calling (to )?me|pulling me|drawing me)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'How many pills it would take, with no ache, dose or piece of writing named (laughter does not cancel it).',
    unless: [...DOSE_QUESTION_NEAR, '(story|novel|book|essay|screenplay|script|character|fiction|for (my|a) (class|project|paper|assignment))'],
    patterns: ['(how many|how much) {pills} (would it take|does it take|would kil|would be lethal|is lethal|is fatal|would be fatal|to overdose|for an overdose)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Ending both our lives: a carer or partner thinking of taking someone else with them.',
    patterns: ['(end|ending|ended|take|taking|took) (both (of )?)?our (own )?lives', '(kil|kiling) (us|both of us) (both|and then {selfref}|then {selfref}|and {selfref}) & (i|im|ive|id|il|me)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Giving away belongings while saying I will not need them (not a clear-out or a move).',
    unless: ['(old|outgrown|spare) (clothes|phone|laptop|toys|books|furniture|sofa|bike|stuff)', '(charity|donat*|declutter*|moving|move|new (place|house|flat|apartment)|downsiz*|retir*|baby|maternity|thrift|garage sale|selling|sell)'],
    patterns: [
      '(giving|gave|give|given|handing|handed) ~~ (away|out) & ((dont|do not|not) plan (to|on) need*|(wont|not going to|will not) (be )?(need|needing)|wont have (a )?use for|no use for (them|it|any of it) (where|soon|after)|after im gone|when im gone|before i go|wont be around)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Joining a loved one who has died, with refusing food or care (an elder "going to join Nan").',
    unless: ['(join|joining) (her|him|them|my *|his *) (for|at|in the|on the|on a) (lunch|dinner|tea|cofee|walk|trip|holiday|call|zom|game|match|party)'],
    patterns: [
      '(join|joining|be with|see|go to|going to|go and be with) (nan|nana|gran|grandma|grandad|grandpa|mum|mom|dad|my (late )?(wife|husband|mum|mom|dad|son|daughter|partner)|his (late )?(wife|husband|mum|mom|son|daughter)|her (late )?(husband|wife|mum|mom|son|daughter)|them) & (stoped eating|stop* eating|not eating|refus* (food|to eat|his meds|her meds|medication|treatment|to take)|on purpose|in heaven|up there|soon|wont be long|ready)',
      '(stoped|stop*|refus*|quit) (eating|taking (his|her|my) (meds|medication|pils|insulin)|drinking) ~~ on purpose & (die|dying|join|ready to go|gone|be with|heaven|lord|god|wants to go)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Someone threatening "next time I won\'t stop" (cuts, pills, wrists sent as photos).',
    patterns: [
      'next time (she|he|they|i|il|shel|hel|theyl) ~ (wont|will not|not going to|might not|wil not) (stop|be so lucky|wake up|fail|survive|mes up|cal) & (wrist|wrists|cuts|cut|{pills}|blade|razor|bled|bleed*|overdose|od|hospital|rope|jump|bridge)',
      '(sends|sent|sending|texts|texted) (me )?(photos|pictures|pics|videos|snaps) of (her|his|their) (wrists|cuts|arm|arms|scars|pils) & (next time|fault|if i|unles|goodbye|threat*|dont|wont)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Someone with the means saying it is better this way, then silence; waiting for an empty house with the means in hand.',
    unless: ['(broke up|break up|breakup|split up|divorc*|moved out|move out)'],
    patterns: [
      '(i have|ive got|i got|got|have|has) (the|a|his|her|my) (gun|pils|rope|noose|knife|{pills}) & (better this way|sory|goodbye|bye|forgive|love you) & (not picking up|isnt picking up|not answering|isnt answering|wont answer|wont pick up|phone (is )?of|no answer|texted|text|message)',
      'better this way & (not picking up|isnt picking up|not answering|isnt answering|wont answer|wont pick up|phone (is )?of|gun|pils|rope|noose)',
      '({pills}|rope|noose|gun|blade|razor) ~ (already )?in (your|my) (hand|hands) & (waiting|right now|thats now|its now|tonight|rn)',
      'waiting (for|til|until) (the house|everyone|them|the kids|my (wife|husband|parents|mum|mom|dad|family)) to (be empty|leave|go out|fal asleep|go to sleep|be asleep|go to bed) & ({pills}|rope|noose|gun|blade|razor|do it|end it|bottle)',
      '(car|truck|van|ute|pickup|suv|jeep) & engine (running|on|stil running|going) & (shed|garage|barn|doors shut|door shut|doors closed|door closed|windows up|note|hose|sealed)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Doubting life is worth it, asked as a question or slipped into an aside.',
    unlessNear: [PLACE_OR_JOB],
    unless: [...NAMED_NEAR, ...AWAY_NEAR, AT_AN_EVENT],
    patterns: [
      'is (life|living|this life|any of it|it al) ~ (even |realy |actualy )?worth (it|living|going on|continuing|the (efort|pain|struggle))',
      'what the point (of|in) (any of this|anything|it al|life|living|going on|being here|trying) (is|even is) ~ (anymore|now|any more)',
      '(idk|dont know|not sure) what the point (of|in) (any of this|anything|it al|life|living|going on|being here) (is|even is)',
      '(dont|do not|cant|cannot) see (why|the reason|a reason|any reason) (i|to|id) (should )?(keep going|carry on|go on|keep living|stay alive|bother anymore|stick around)',
      'why (i should|should i) (even )?(bother|keep going|carry on|go on|keep living|stay alive) (anymore|any more|any longer|at al)',
      '(not sure|dont know if|doubt|unsure if) (mine|my life|my one) (should|wil|does|can|is going to) & (life|living|go on|goes on|continue|keep going)',
      '(not sure|dont know if|doubt|unsure if) i (should|want to) (go on|keep going|carry on|keep living|stick around|be here)( anymore| much longer)? $',
      '(cant|cannot|can not|dont|do not|couldnt) (picture|imagine|envision|see) (myself |me )?(being )?(stil )?(here|alive|around) (in|by|at|next|this time|past|beyond) ',
      '(not sure|dont know if|idk if|i dunno if|dunno if|no idea if|not even sure if|doubt|unsure if|dont think) (i|il|ill|youl|you|im|youre) (wil )?(stil )?(even )?(be )?(here|around|alive) (to|for|by|next|much longer|tomorow|then|in (a|#) (year|years|month|months|week|weeks))',
      '(quiet|silent|dark|stil|black) (permanently|forever|for good)',
      'permanently (quiet|silent|dark|stil|asleep|gone)',
      '(im|i am) (just |basicaly |already |only )?a ghost in my (own )?life',
      '(what if|if) i (just )?(didnt|dont|did not|do not|stoped|stop|never) (turn|turned|turning|brake|braked|braking|steer|steered|steering)( the wheel)?',
      // Round 15: "I think about just not turning the wheel on the bend".
      '(think|thinking|thought|imagine|imagining|tempted|picture|picturing) (about |of )?(just )?(not|never) ((turning|turn) the (steering )?wheel|braking|brake|steering|steer) ~~ (bend|corner|curve|bridge|motorway|cliff|tree|wall|lorry|truck|oncoming)',
      '(what if|if) i (just )?(stepped|step|jumped|jump|let go|leaned|swerved|swerve|kept walking|kept driving) & (edge|platform|bridge|train|balcony|roof|cliff|traffic|ledge|railing|tracks)',
      '(anyone|anybody|you|u|does anyone|do you) (else )?(ever )?(just )?(wish|wishes|want|feel like) (they|you|u)? ?(could )?(just )?(to )?(disapear|vanish|not exist|stop existing|fade away|fade out|not wake up|sleep forever) (for good|forever|completely|permanently|and never)',
      '(wish|want) (i|to) (could )?(just )?(disapear|vanish|fade away|fade out) (for good|forever|completely|permanently)',
      '(would|wil|wd) (anyone|anybody|my kids|my family|they|people|my (wife|husband|partner|friends)) (even )?(notice|care|miss me) (if|when) i (just )?(disapeared|faded|was gone|were gone|vanished|died|wasnt here|wasnt around|stoped existing|didnt exist)',
      '(faded|fade|fading|disapeared|disapear|vanish|vanished) (out of|from) (their|his|her|everyones|your|my (kids|familys)) (lives|life) (completely|forever|for good|altogether)',
      '(sleeping|slept) forever',
      '(ready to go|ready to die|ready for (the end|death)|take me) (whenever|any time|anytime|any day) ~~ (lord|god|jesus|allah|he wants|he likes|comes)',
      'sooner (would be|is|wd be) (fine|better|beter|welcome|ok|okay|a relief) & (go|die|lord|god|take me|gone|heaven|ready)',
      '(dont|do not|cant|cannot) see (a|any) future (where|in which|that) ~ (better|gets better|im ok|im okay|im happy|i want)',
      '(fantasi*|dream*|think*|imagin*) (about|of) (just )?not waking up',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Tenth round, formal wording: thoughts of not continuing, thinking of dying daily, method research, medication saved up to take at once.',
    unlessNear: [PLACE_OR_JOB],
    unless: [...NAMED_NEAR, ...RELATIONSHIP_ACTION, '(continuing|going on|carying on) (with|in|at) (the|this|our|my|these|those|it|them|him|her|therapy|counseling|treatment)'],
    patterns: [
      '(thoughts|thinking|thought|ideas|fantasies) (of|about) not (continuing|going on|carying on|being alive|existing|living|waking up|surviving)',
      '(think|thinks|thinking|thought) (about|of) (dying|being dead|not being alive|death|killing (herself|himself|{selfref})) (every day|daily|al the time|constantly|nonstop|most days|every night|every single day) & (how|plan*|method*|ways|way|often|lately|counselor|counselor|therapist|worse)',
      '(research*|looked up|looking up|googl*|reading up on|read up on|reading about|looking into|looked into|compared|comparing) (diferent |various |painles |quick |quickest |easy |reliable )?(methods|ways to go) $',
      '(research*|looked up|looking up|googl*|reading up on|reading about|looking into|looked into) (diferent |various |painles |quick |quickest |easy |reliable )?(methods|ways to go) (online|lately|at night|again|for (weeks|days|hours)|every night|since)',
      '(acumulat*|stockpil*|hoard*|saving up|saved up|stashing|stashed|squireling|keeping back|kept back|holding back|not taking) ~~ ({pills}|prescri*|medication|doses|tablets) & (al at once|in one go|at once|together|at the same time|al of it|the lot|with a view|rather than taking|instead of taking|just in case|for when)',
      '(take|taking|swalow*) (it|them|the lot|everything) al (at once|in one go|together|at the same time) & ({pills}|prescri*|medication|doses|tablets)',
      '(leters|leter|note|notes|video|videos) ~~ (explaining|to explain|saying|telling (them|him|her)) why i (had to|have to|needed to|must|chose to) (go|do it|do this|end it|end things)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Tenth round: a plan to make it all stop, arrangements with apologies, the will and insurance left to someone with a sorry.',
    unlessNear: ['(the )?(noise|snoring|fighting|arguing|calls|texts|messages|harasment|bulying|spam|leak|itching|ringing|barking|construction)', '(moving|emigrat*|relocat*|new (house|flat|apartment|country|city|job))'],
    unless: [...RELATIONSHIP_ACTION],
    patterns: [
      '(a|the|her|his|my|have a|has a|got a) plan (to|for how to) (make (it|everything|this) (al )?stop|end (it al|everything)|stop (it al|everything)|not be here|be gone)',
      '(wil|insurance|policy|pension|savings) & sory it (had|has) to (be|end) (this|that|like this|like that) way',
      '(wil|insurance|policy) ~~ (in your name|to you|yours|goes to you|go to you|is for you) & (sory|goodbye|forgive|love you|this way|when im gone|after im gone)',
      '(cancel*|closed|close|closing) (al )?(my )?(subscriptions|acounts|gym membership|phone contract|direct debits|memberships) & (rehom*|gave away|given away|giving away|wil|pasword*|leters|not be here|not be around|not to be here|insurance|goodbye)',
      '(whole|entire|ful|full) bottle ~ in my hand',
      '(this is|this wil be|thats|its|here is|heres) (my |the )?(last|final) (entry|journal entry|check in|checkin|log|page|diary entry)',
    ],
    ifNow: 'imminent',
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Tenth round, vague or formal: no purpose in continuing, wishing to cease to exist, life in general not only the marriage, not being put up with much longer, making arrangements, running out of reasons.',
    unlessNear: [PLACE_OR_JOB],
    unless: [GRIEF_UNSAID, ...NAMED_NEAR, ...AWAY_NEAR, ...RELATIONSHIP_ACTION, '(continuing|going on|carying on) (with )?(the|this|our|these|my) (relationship|mariage|therapy|counseling|sessions|course|conversation|argument|talks|app|exercises|job|degree)'],
    patterns: [
      '(see|find|feel) (the |any |a )?(purpose|point|reason|sense|meaning) (in|of|to|for) (continuing|going on|carying on|living|being here|existing|staying alive|keeping going)',
      '(point|purpose) (of|in) ~~ (or|and) (anything|everything|any of it|life|living) $',
      '(wont|wil not|not going to|wil no longer) (have to|need to|be stuck|be forced to) ~ (put up with|deal with|worry about|look after|care for|sufer|tolerate|carry|suport) me (for )?(much longer|anymore|any more|any longer|for long|soon)',
      '(shes|hes|she is|he is|im|i am|ive been|shes been|hes been|theyre|been) (quietly )?(making|sorting|sorting out) (some )?(final )?arrangements $',
      '(shes|hes|she is|he is|im|i am|ive been|shes been|hes been|theyre|been) (quietly )?(making|sorting|sorting out) (some )?(final )?arrangements (and|then|but|lately|again)',
      '(running out of|ran out of|run out of|out of|no more) reasons( to (live|stay|keep going|go on|be here|get up|try|hold on))? ($|thats al|left)',
      '(nobody|no one|noone) (would|wd|wil|would even|wil even) (notice|care|miss me) (if|when) i (just )?(slipped away|slip away|was gone|were gone|died|wasnt here|disapeared|faded|stoped existing|vanished)',
      '(just )?waiting for (it|it al|everything|life|this life|my life) to (be over|end|finish|stop)( $| (already|soon|for good))',
      '(tel|tels|let) ~~ (that )?i (always )?loved (her|him|them|you|al of you|each of you|each of them) $',
      '(if|when|after) (he|she|they|my {partner}) (leaves|goes|walks out|dumps me|ends it|moves out|files) & (dont think|doubt|not sure|probably wont) (il|ill|i wil|id|i would) (stick around|be around|be here|stay alive|last)',
      '(gratitude|reasons to (live|stay|keep going)|things im grateful for|good things) & (thats it $|cant think of (anything|any more|anything else|a single)|came up (empty|blank)|drew a blank)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Tenth round: "not the relationship, me" or "life in general": the message itself rules the relationship reading out.',
    patterns: [
      '(cant|cannot|can not|not think i can|dont think i can|unable to) ~ (do this|keep doing this|keep going|go on|carry on|cary on|keep at this|take this|take it) & ((life|living|existing) (in general|itself|as a whole)|i mean (me|life|living|existing|everything)|not (just |only )?(the|my|our|this) (relationship|mariage|job|breakup|divorce|situation) $)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Tenth round: wishing to cease to exist; someone saying it would be easier if they were not here.',
    unless: ['cease (to exist|existing) (at work|in meetings|socialy|online|on social media|to (him|her|them))'],
    patterns: [
      '(wish*|want*|would like|long|longing|like) ~ (to )?cease (to exist|existing|to live|living|to be)',
      'he ~~ (thinks|think|says|said|feels|felt|mentioned|told me|keeps saying|wonders) ~~ (easier|beter|simpler|a relief|more peaceful|kinder) ~~ if he (just )?(were not|was not|werent|wasnt|were no longer|was no longer) (here|around|alive)',
      'she ~~ (thinks|think|says|said|feels|felt|mentioned|told me|keeps saying|wonders) ~~ (easier|beter|simpler|a relief|more peaceful|kinder) ~~ if she (just )?(were not|was not|werent|wasnt|were no longer|was no longer) (here|around|alive)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Tenth round: tried once before and thinking of trying again (not IVF, a diet, quitting or dating).',
    unless: [...RELATIONSHIP_ACTION, '(ivf|diet*|quit*|smoking|vaping|rehab|therapy|counsel*|dating|pregnan*|baby|exam|test|driving|app|getting back together|get back together|marathon|recipe|business|startup|interview|with (him|her|them))'],
    patterns: [
      '(tried|atempted) (once|before|once before|last year|years ago|in the past) ~~ (thinking about|think about|thought about|might|want to|going to|could|tempted to) (try*|do it) again',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Eleventh round: a drop thought about or pictured, how easy the railing would be, stepping off a platform pictured, the tallest car park or trains that do not stop looked up.',
    unless: [HARMLESS_DROP, '(honeymoon|holiday|vacation|trip|tourist|sightsee*|tour|school project|homework|quiz)'],
    patterns: [
      `(think*|thought|pictur*|imagin*|fantasi*) (about|of) (the drop|the fal|the jump|jumping|going over|how far down|how high (up )?it is) & ${A_DROP}`,
      'how easy (the )?(railing|railings|barrier|fence|ledge|drop|jump) (would be|is|looks|would be to)',
      'how easy it (would be|is|would be) to (jump|step (of|in front)|go over|climb over|let go|fal)',
      '(pictur*|imagin*|think* about|fantasi*|dream* about) ~ (stepping|stepped|jumping|jumped|faling|walking|leaning|stepping out) (of|in front|onto|into|over) & (platform|train|tube|express|tracks|bridge|roof|ledge|balcony|lorry|bus|trafic|edge|cliff)',
      '(looked up|look up|looking up|searched|searching|googl*|research*|checked) (the )?(tallest|highest) (car park|carpark|multi storey|building|buildings|bridge|bridges|point|cliff|cliffs|tower|roof|rooftop)',
      '(trains|train|express|expreses|fast trains) (that )?(dont|do not|doesnt|does not|wont|never) stop (at|here|through) & (looked|look|checked|googl*|research*|found out|timing|times|what time|how fast)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Eleventh round: at a height or parked at a drop with a letter, a last message or "tonight I\'ll do it"; a gun on my lap; a cord tied.',
    unless: [HARMLESS_DROP, GUN_SPORT, '(clean*|oil*|unload*|safe|locked|lock box)', '(propos*|date night|first date|gig|concert|premiere|launch|debut|wedding|ask* (him|her|them) (out|to)|move in|moving in|tel* (him|her|them) (how|that|about|i|im))', ...RELATIONSHIP_ACTION],
    patterns: [
      // Starts at the place, not at "on"/"at", so the screen only runs it on messages naming a drop.
      `${A_DROP} & ((tonight|today|now|rn) ~ (il|i wil|im going to|im gona|gona|i) (do it|jump|go over|end it)|(il|i wil|im going to|im gona|gona) (do it|jump|go over|end it) (tonight|today|now|rn)|(leter|letters|note|notes) (for|to) (my|the) (wife|husband|partner|kids|children|mum|mom|dad|family|son|daughter|sister|brother|parents|{partner})|last thing (im|i am|il|i wil|i) ~ (typing|writing|saying|sending|type|write|say|send))`,
      'last thing (im|i am|il|i wil|i) (ever )?(typing|writing|sending|type|write|send) (to anyone|to anybody|ever $)',
      '(gun|pistol|rifle|shotgun|revolver|firearm|handgun|glock|sidearm|service weapon|twelve gauge|# gauge|#) (is )?(on|in|across|acros|over|under) my (lap|knee|knees|hand|hands|mouth|chin|chest)',
      '(unlocked|open|on the latch) so (whoever|the police|they|paramedics|the ambulance) ~ (wont|doesnt|dont) have to (break|kick|force|smash)',
      'whoever finds (me|my body) (first|please|sory|im sory|dont|should|$)',
      '(doing|do|gona do|going to do) it (within|in) (the|an|the next) hour & (leters|leter|note|notes|goodbye|unlocked|whoever|{pills}|rope)',
      '(tonights|tonight is|todays|today is) the (night|day) & (not asking (for|u|you)|just telling|goodbye|sory|love you|its time|everythings sorted|everything is sorted|al sorted|made up my mind|mind is made up|stop being)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Eleventh round: a cord or rope already tied (not a parcel, a boat or a swing).',
    unless: [ROPE_USES, TIED_FOR_A_REASON],
    patterns: [
      '(tied|tying|knotted|rigged) (the|a|my) (cord|rope|noose|belt|dressing gown cord) (already|to the (banister|bannister|beam|door|loft hatch|ceiling|rail|hook|stairs|light fitting|pipe)|(round|around) my neck)',
      '(ive|i have|already) tied (the|a|my) (cord|rope|noose|belt)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Eleventh round: someone else posting a goodbye on a story, overdoses called accidents, goodbye voicemails, planning to crash the car, wishing they had never been born.',
    victim: 'other',
    unless: [
      '(flight|trip|holiday|vacation|moving|abroad|deploy*|honeymoon|emigrat*)',
      '(leaving|quitting|quit|taking a break from|break from|detox|deleting|deactivat*) ~ (twitter|instagram|insta|facebook|tiktok|social media|socials|snapchat|the app)', '(goodbye|farewel) (to )?(the|our|her|his|their|my) (old )?(house|flat|apartment|place|job|school|uni|city|country|town|show|series|account|followers|fans|team|colleagues|class)'],
    patterns: [
      '(posted|post|posts|put|wrote|shared|uploaded|left) (a |an )?(goodbye|farewel|final) (message |post |video |note )?(on|to) (her|his|their) (private |close friends )?(story|stories|insta|instagram|facebook|snap|snapchat|tiktok|page|wall|status)',
      '(overdose|overdoses|ods|od) ~~ (swears|swore|says|said|claims|claimed|insists|insisted|pretends|keeps saying) ~~ (accident|accidents|accidental|a mistake|mistakes)',
      '(voicemail|voice mail|voice note|voice message|video|message) (saying|to say) goodbye to (the kids|the children|us|everyone|me|his|her|their)',
      '(talking|talks|talked|keeps talking|threaten*) about crashing (the |his |her |their )?(car|van|truck|lorry|motorbike) (into|of|on purpose)',
      '(he|she|they|{partner}|{relation}) ~~ (planing|plans|plan|going|gona|wants|want|threaten*|talks about|talking about|talked about) to crash (the |his |her |their )?(car|van|truck|lorry|motorbike|bike)',
      // The same person wishing it of themselves: "he wishes she'd never been born" is a parent's cruelty to a child, not a wish to die.
      '(she|shes) ~ (wish|wishes|wished|wishing) (shed|she had|she) never (been born|existed|been here)',
      '(he|hes) ~ (wish|wishes|wished|wishing) (hed|he had|he) never (been born|existed|been here)',
      '(they|theyre) ~ (wish|wishes|wished|wishing) (theyd|they had|they) never (been born|existed|been here)',
      '(he|she|they|{partner}|{relation}) ~ (sent|send|sends|snapchat*|texted|posted) (me )?(a )?(pic|picture|photo|video|selfie|snap|image) (of )?(a |the |his |her |some )?(rope|noose|pills|tablets|bridge|ledge)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Eleventh round: an attempt nobody knows about, wishing they had let me finish it, a note I still mean, a stash being added to, a means hidden, asking to be put down like a pet, no longer being everyone\'s problem.',
    unless: [ORDINARY_HIDING, '(problem|problems) (solver|solving|fixer)'],
    patterns: [
      '(tried|atempted) to end (it|things|it al) & (nobody knows|no one knows|noone knows|(thinks|think|thought|believes) (i|it) (had|was)|food poisoning|hospital|a and e|woke up|survived|didnt work|failed|stomach pumped|icu|{pills}|overdos*)',
      '(wish*|should have|shouldve|why didnt (they|you|he|she)) ~ (let|left) me (finish it|finish the job|die)',
      'wish* ~ (hadnt|had not|didnt|never) (found|saved|revived|stoped) me',
      '(found|read|saw|discovered|finds) my (note|leter|leters|notes|goodbye (note|leter)) & ((stil|realy|truly|actualy) mean|meant) (it|every word|what i (wrote|said))',
      '(stash|stockpile|hoard|secret supply) (of )?~~ ({pills}|painkillers|prescription*|meds) & (adding|been saving|saving|colecting|hidden|hiding|secret|nobody knows|dont know why|just in case|for months|for weeks)',
      '(asked|ask|wish*|want*) ~~ (do the same|the same) (for|to) me & (put ~ (down|to sleep)|euthanas*|vet)',
      '(put|putting) me (down|to sleep) (too|as wel|next|aswel) & (vet|euthanas*|dog|cat|pet)',
      '(stop|stoped|stoping) being (everyones|everybodys|the familys) (problem|burden)',
      '(this is|this wil be|thats) (probably |likely |maybe |definitely |realy )?the last thing (il|i wil|i) (ever )?(write|send|type|say) (to|for|you|u)',
      '(gave|give|giving|given|rehomed|rehoming|left|dropped) ~~ (dog|cat|pet|pets|puppy|kitten|rabbit|bird|guitar) & (temporary|for a while|for a bit|for now) ~ (its not|it isnt|it wont be|its permanent)',
      '(beter of|hapier|lighter|easier|at peace|relieved) with out me',
      'with out me in (it|this world|the world|their lives|their life|your life|the picture)',
    ],
    ifNow: 'imminent',
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Eleventh round: a rope, cord, hose or pills found hidden (not presents, sweets or a swing rope).',
    unless: [ORDINARY_HIDING, ROPE_USES],
    patterns: ['(hiding|hid|hides|hidden|stashing|stashed) (the|a|his|her|their) (rope|noose|pills|tablets|gun) (in|under|behind|at|from)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Eleventh round: "look after your mum for me" said as a farewell (not a favour asked for a day, an evening or a trip).',
    unless: [...AWAY_NEAR, '(while|until|til|this weekend|tomorow|tonight|next week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|after school|for (the|an|a) (day|weekend|week|night|afternoon|evening|hour|bit)|on shift|shopping|school run|(can|could|would) (you|u))'],
    patterns: ['look after (your|my|our|the) ~ (mum|mom|mother|dad|father|kids|children|sister|brother|family|nan|gran) for me'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Eleventh round: tired in a way sleep or a holiday does not touch (not a new baby, an illness or a situation).',
    unless: [...NAMED_NEAR, '(baby|newborn|toddler|insomnia|jet lag|pregnan*|night shifts|anemi*|anaemi*|thyroid|long covid|flu|chemo|doctor|gp|blood test)', 'tired (of|with) (his|her|their|the|this|my|our|your)'],
    patterns: ['tired ~ (sleep|rest|naps|a nap|holidays|a holiday|a lie in|weekends|a weekend) (doesnt|wont|cant|dont|never|can not|does not) (fix|touch|help|cure|reach|sort)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Eleventh round, half-said: tired in a way sleep does not fix, halfway gone, wanting out of everything, not around to keep a promise, not bothering to carry on, a policy checked, checking out for good, saying I am safe when asked, a crisis line rung, "look after your mum for me", standing too close to the edge, my attempt.',
    unless: [
      ...AWAY_NEAR,
      HARMLESS_DROP,
      '(baby|newborn|toddler|insomnia|jet lag|pregnan*|night shifts|anemi*|anaemi*|thyroid|long covid|flu|chemo|doctor|gp|blood test)',
      '(carying on|going on) (with|at|in|to|about)',
      '(hotel|airbnb|hostel|cabin|library|cart|basket|group chat|groupchat|social media|instagram|twitter|facebook|tiktok)',
      '(((im|i am) a|i) volunteer*|volunteer (for|at|with)|volunteering|fundrais*|donat*)',
      '(while|until|til|this weekend|tomorow|next week|for the (day|weekend|week|night|afternoon|evening)|on shift|shopping|school run)',
      '(exam|test|driving|recipe|baking|cake|bread|interview|marathon|ivf|diet|record|goal|score|penalty|save)',
    ],
    patterns: [
      '(like|fel|feel|feeling) (a )?ghost & ((halfway|half way|half|already|mostly|partly) gone|dont belong|fading|disapear*|not (realy )?here)',
      '(im|i am|like im|like i am|fel|feel) (halfway|half way|mostly|partly) gone',
      '(want|wana|need|wanted) out & (of|from) (everything|life|it al|existing|this world|being alive) $',
      '(want|wana|need|wanted) out of (life|existing|this world|being alive|existence)',
      '(wont|wil not|isnt going to|is not going to|not going to) be around to (keep|se|fix|make|hold) (it|them|that|my|those|the)',
      '(dont know|not sure|unsure|no idea) (if|whether) (id|i would|i wil|il|i) (even )?(bother|want to bother) (carying on|going on|living|staying alive|waking up|keeping going|getting up)',
      '(why|whats the point|point in) (even )?(bother|bothering) (carying on|going on|living|staying alive|being alive|waking up)( $| anymore| any more)',
      'if (anything|something) (happened|happens|were to happen) to (me|him|her|them) & (keeps|keep|kept|been|always) ~ (checking|rechecking|double checking|rereading|reading|asking about|looking at|going over) ~ (policy|insurance|life cover|payout|pension)',
      '(check|checking|checked) out (of (it al|everything|life|this life|existence|this world) )?(for good|permanently|forever)',
      '(asks|asking|asked|ask) (me )?(if|whether) (im|i am|i was|id be|i fel|i feel) safe & ((keep|always|just|lie|lied|lying) ~ (say|saying|tel|telling|yes|im fine)|what else (do|can|would) (you|u|i) say|so (they|she|he) (leave|stop|wil stop|let|dont))',
      '(told|tel|tell|telling|said to|lied to) (the|my) (crisis team|counselor|therapist|doctor|gp|psychiatrist|nurse|volunteer|samaritans) (that )?(im|i was|i am|i felt|i fel) (fine|ok|okay|safe) & (so (they|she|he)|because|what else|lie|lied|lying|not fine|hung up|leave me alone)',
      // Volunteering on a crisis line is blanked by SAFE_PHRASES; ringing one is a sign to ask about.
      '{contacted} (the )?(samaritans|988|lifeline|papyrus)',
      '{contacted} (the|a|that|some|an|another) (suicide|crisis|mental health crisis) (line|lines|hotline|helpline|text line|textline|chat|chatline|team)',
      '(stand|standing|stood|step|get|getting|lean|leaning|linger*) (closer|too close|so close|right up|as close as) to the (edge|tracks|yelow line|platform edge|railing|drop) & (platform|train|tube|tracks|bridge|roof|ledge|balcony|cliff|than i should)',
      'my (last |first |second |recent |suicide )?attempt (in|last|earlier|back in|#|$)',
      '(wish*|want*|would like|like) ~ (to )?(seize|sieze|cese|sease) (to exist|existing|to live|living|to be)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Means kept under my pillow (moved here in round six: not when they are hidden there to keep them from a partner who frightens me).',
    unless: [
      '(so|in case|incase) (he|she|they|my {partner}) (cant|doesnt|wont|dont|couldnt|cannot) ~ (get|find|take|reach|use|have)',
      '(from|away from) (him|her|them|my {partner}) $',
      '{perp} (gets|get|got|has|had) (a look|angry|nasty|mean|scary|violent|handsy|rough) ~~ (drinks|drink|drinking|drunk|lately|when)',
    ],
    patterns: ['({pills}|rope|razor|blade|gun) ~ under my (pillow|mattress)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round six: an overdose told quietly in the past tense ("swallowed half a pack on sunday, nobody knows"), with no drama and no medicine named.',
    unless: [EVERYDAY_PACK, '(to|into|in) the (tip|bin|car|loft|shop|post|recycling)', '(years ago|when i was (younger|a teen|a teenager|at school|in school)|doing (wel|beter|great|fine|ok|okay) now|recovered|in recovery|clean now|sober now)', '(died|passed away|funeral|rip|we lost (him|her|them))', '(by mistake|by acident|acidental*|double dose|doubled up|forgot i had (taken|already))'],
    patterns: [
      // No medicine named: the container must not be "of" something else ("a whole sheet of bubble wrap").
      `(swalowed|downed|necked|popped|took|taken|done|did) ${SOME_OF}${A_STASH_NOT_A_BOTTLE} ${AFTER_THE_STASH} & ${AFTER_A_QUIET_OVERDOSE}`,
      `(swalowed|downed|necked|popped|took|taken|done|did) ${SOME_OF}${A_STASH_NOT_A_BOTTLE} $ & ${AFTER_A_QUIET_OVERDOSE}`,
      // "Necked half a bottle" is usually drink; only swallowing or popping a bottle reads as tablets.
      `(swalowed|popped) ${SOME_OF}bottle ${AFTER_THE_STASH} & ${AFTER_A_QUIET_OVERDOSE}`,
      `(swalowed|popped) ${SOME_OF}bottle $ & ${AFTER_A_QUIET_OVERDOSE}`,
      `(swalowed|downed|necked|popped|took|taken) (half|most|al|the rest|every|the whole|a whole|an entire|the entire) (of )?(a |the |my |his |her |mums |dads |nans )?(${A_STASH} (of )?)?~ ${DRUGS} & ${AFTER_A_QUIET_OVERDOSE}`,
      `(i|ive|i have|she|he|they|hes|shes) (overdosed|oded|od|od d|took an overdose|took an od) & ${AFTER_A_QUIET_OVERDOSE}`,
      `(overdosed|oded|od d) & ${AFTER_A_QUIET_OVERDOSE}`,
      `(overdosed|oded|od|od d) on (my|his|her|the|mums|moms|dads|nans) ~ ${DRUGS} & ${AFTER_A_QUIET_OVERDOSE}`,
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round six: the whole box, bag or stash thought of as a way out, never coming round, hoarding a prescription to swallow the lot.',
    unless: [ORDINARY_HIDING, SOBER_OR_WELL, '(headache|migraine|fever|cramps|period pain|toothache|back pain|hangover|safe dose|per day|a day|vet)'],
    patterns: [
      `(the whole|a whole|the entire|an entire|al the|al of the|the rest of the) ${A_STASH} (of )?(my |the |his |her )?${DRUGS} & (thinking|think|thought|want|wana|going to|gona|plan*|tempted|urge*|next|tonight|goes down|go down|wash* (it|them) down|with (the|a) (bottle|drink|wine|vodka|whisky))`,
      `(doing|do|take|taking|use|using|shoot|shooting|snort*|swalow*|down*) (the|a|my) (whole|entire) (bag|batch|stash|lot|gram|baggie|bottle|box|packet|pack|strip|supply) & (never|not) (wake|waking|come|coming|came) (up|round|around|to|back)`,
      `never (wake|waking|come|coming) (up|round|around|to) & (${DRUGS}|bag|fix|dose|overdose|od|using|high|whole)`,
      `(hoard*|stockpil*|stash*|saving up|squirel*|storing up|stored up|been storing) (his|her|their|my) ~ ${DRUGS}`,
      `(hoard*|stockpil*|stash*|saving up|squirel*) & (swalow|take|down|neck) (the|them) (lot|whole lot|al)`,
      '(hel|shel|theyl|il|he wil|she wil|i wil|going to|gona|wants to) (swalow|take|down|neck) (the lot|the whole lot|them al|al of them) & (before|if|when|once|rather than)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round six: named medicines lined up or laid out with a drink, a cloth tied to a fan or beam with a chair ready, letters written and "doing it" once the house is quiet.',
    // Only near the means: "we have a dog" or "good morning" earlier in a message explains no sari tied to a fan.
    unlessNear: [
      ROPE_USES,
      TIED_FOR_A_REASON,
      '(balloon*|bunting|banner|streamer*|fairy lights|decoration*|photo*|costume|halloween|party)',
      // A week of tablets sorted into a pill organiser is care, not a stockpile.
      '(organiser|organizer|dosette|pill box|pilbox|pill case|weekly|daily|each day|every day|morning|breakfast|dose box|blister pack|carer|pharmacist|nurse)',
    ],
    patterns: [
      `${DRUGS} ~ (lined up|laid out|counted out|in a pile|piled up|set out) & (table|bed|desk|floor|counter|wine|vodka|whisky|drink|glass|tonight|now|ready)`,
      TIED_TO_A_FIXTURE,
      '(standing|stood|stand|im) on (the|a) (chair|stool) & (tied|rope|noose|fan|beam|cord|sari|saree|scarf|forgive me|goodbye)',
      '(leters|letters|notes|note|leter|goodbyes|goodbye leters) (are|is|have ben|has ben|al) (written|writen|done|finished|sealed|ready) & ((im|i am) doing it|i do it|its happening|tonight|(once|when) the house)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'A cord tied to a fixture, or a chair stood on beside one, with a farewell: a dog lead or a chore explains the cord, never the goodbye ("tied the dog lead to the banister, standing on the chair. forgive me").',
    unlessNear: ['(balon*|bunting|baner|streamer*|fairy lights|decoration*|costume|haloween|party|christmas|swing|hamock)'],
    patterns: [
      `${TIED_TO_A_FIXTURE} & ${A_FAREWELL}`,
      `(standing|stood|stand|im) on (the|a) (chair|stool) & (tied|rope|noose|cord|lead|belt|fan|beam|banister|bannister) & ${A_FAREWELL}`,
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round six: someone else gone off with a gun or rope saying the speaker will be better off, or a farewell passed on in the past tense ("tell mum I loved her").',
    victim: 'other',
    unless: [GUN_SPORT, '(clean*|oil*|fix*|mend*|pest*|rabbits|rats|foxes|crows|pigeons|vermin|shooting club)', GRIEF_UNSAID],
    patterns: [
      '(gone|went|goes|going|locked (himself|herself|themselves)) (to|in|into|out to|down to|up to) (the|his|her|their) (shed|garage|barn|woods|loft|attic|car|bathroom|field|river|bridge|cliff|cliffs) with (the|a|his|her|their) (shotgun|gun|rifle|pistol|rope|pills|tablets|belt|cord|hose)',
      '(beter of|better off|hapier|richer|fine|okay|ok) with (his|her|their|the) (pension|insurance|life insurance|payout|death in service|wil|inheritance)',
      '(hel|shel|theyl|he wil|she wil|they wil|he would|she would|hed|shed|is going to|s going to|is gona|s gona|threaten*|threatens to|says hel|says shel) (drink|swalow|take|eat) ~ (bleach|poison|pesticide|rat poison|weed kiler|weedkiler|antifreeze|sniper|gramoxone|paraquat|kerosene|phenyl|insecticide)',
      '(tel|tell) (mum|mom|dad|my mum|my mom|my dad|the kids|my kids|her|him|them|everyone|my sister|my brother|nan|gran) (that )?(i|he|she) (loved|always loved) (her|him|them|you|everyone|them al)',
    ],
    ifNow: 'imminent',
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round six, care and family: stopping treatment so it can be over, leftover morphine saved up, asking how much of a named medicine is too much, a bag and tape, a well or canal to jump in, giving things away since a diagnosis, accounts set up for after I am gone, a post scheduled so people know why.',
    unless: [
      ...DOSE_QUESTION_NEAR,
      '(swim*|swam|paddl*|dare|dared|summer|fun|lol|lmao|haha*|😂|🤣)',
      '(lost weight|gained weight|put on weight|declutter*|clear out|minimalis*|moving house|too smal|dont fit|charity shop|outgrown)',
      // Old medicine saved up to hand back for safe disposal.
      '(pharmacy|chemist|disposal|dispose|take (them|it) back|hand (them|it) in|return (them|it))',
    ],
    patterns: [
      `(stop|stopping|stopped|refus*|skip*|skiping|coming of|come of|quit*) (my |his |her )?(dialysis|insulin|chemo|treatment|transplant meds|heart meds|${DRUGS}) ~~ (so (it|this|everything|that it) (can|wil|would|could) (just )?(be over|end|stop)|so i (can|wil|would|could) (just )?(die|go|slip away)|hoping (i|it|he|she) (wont|dont|never|doesnt|would) (wake up|be over|end|die))`,
      `saving (up )?(his|her|their|my|mums|moms|dads|nans|grans) ~ (leftover|old|spare|unused|extra|left over) ~ ${DRUGS}`,
      `how (many|much) (of )?(his|her|their|my|the|mums|dads)? ?~ ${DRUGS} ~~ (would be|is|would|is) (too (much|many)|lethal|fatal|enough to)`,
      '(plastic bag|bag over (his|her|their|my) head) & (tape|duct tape|cable tie|zip tie|helium|nitrogen|found (him|her|them))',
      '(jump|jumping|throw {selfref}|throw (himself|herself)) (in|into|down) (the|a) (well|canal|dam|reservoir) & (if|than|rather|wil|il|going to|gona|force*|mary*|wedding|threat*)',
      '(giving|gave|give|given) away (al |most )?(of )?(my|his|her) * & (diagnosis|diagnosed|terminal|prognosis|since the (scan|results)|for after|before i go)',
      '(memorialis*|memorializ*|legacy contact|memorial (page|account|setings)) & (after (im|i am) gone|when (im|i am) gone|once (im|i am) gone|for after|set (it|my|up))',
      '(scheduled|queued|schedule|set up) (a |my )?(post|tweet|message|messages|email|emails|text|texts|video) ~~ (so (people|everyone|they|you|my family) (know|knows|understand|wil know|wil understand) (why|what hapened|it wasnt|its not|i was)|for after|explaining why|goodbye)',
    ],
    ifNow: 'imminent',
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round six: a parent who thinks their baby or child would be better off with another mother or father.',
    unless: [WHILE_FAMILY_VISITS, '(nursery|childminder|babysitter|daycare|for the (day|weekend|night|afternoon)|while i (work|am at work|study))'],
    patterns: [
      '({child}) (would|wil|d|is|are) (be )?(so much |far |much )?(beter of|hapier|safer) with (a|another|some|any) ~ (mum|mom|mother|dad|father|parent|family|woman|man) (who isnt me|than me|instead of me|other than me|not me)',
      '({child}) (would|wil|d) (be )?(so much |far |much )?(beter of|hapier|safer) with(out)? (anyone|anybody|someone|somebody) (but|else but|other than|else than|except) me',
      '({child}) (deserves|deserve) (a beter|someone beter|somebody beter|a beter (mum|mom|mother|dad|father|parent)) & (should go|should leave|should disapear|not here|gone|without me|than me)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round six: research on forums and sites about methods, already knowing which one.',
    unless: [...DOSE_QUESTION_NEAR, '(essay|paper|thesis|dissertation|research project|training|course|module|volunteer*|moderat*|report*|journalis*)'],
    patterns: [
      '(forum|forums|site|sites|subredit|subredits|reddit|threads|groups|videos|pages) (about|on|for|discusing|listing|comparing) (methods|ways to (die|go|end it)|how to (die|end it|do it)|painles ways)',
      '(know|decided|picked|chosen|chose) (which|what) (one|method|way) (id|i would|il|i wil|i) (pick|choose|use|go with|do) & (method|methods|way|ways|forum|forums)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round six: nobody who would miss me, or notice or check, if I vanished (even "offline").',
    unless: [WHILE_FAMILY_VISITS, '(lol|lmao|haha*|😂|🤣)', 'if i (vanished|disappeared|disapeared|went missing|was gone|were gone) (for|from|during|at|on|til|until) (a|an|the|#|work|school|lunch|dinner|class|the party|the group chat) (bit|day|days|week|weeks|hour|hours|weekend|month|minute|minutes|shift|party|meeting|chat)'],
    patterns: [
      'if i (vanished|disappeared|disapeared|went missing|was gone|were gone|died|wasnt here|stopped existing) ~~ (nobody|no one|noone|not one person|not a single (person|soul)|no body) (would|d|wil|will|even) ~ (notice|miss|check|care|dm|text|message|ask|come looking|look|know)',
      '(nobody|no one|noone|not one person|not a single (person|soul)) (would|d|wil|will) ~ (notice|miss me|check on me|care|dm|text) ~~ if i (vanished|disappeared|disapeared|went missing|was gone|were gone|died|wasnt here|stopped existing)',
      '(who|who would|who wil|who d) (even |realy |actualy )?(miss|mis|notice|care about) (me|it if i)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round six, half-said: not really wanting to be around, nobody who would miss or check on me if I vanished, asking God to take me, better just gone, the point of me, wishing an illness would hurry up, not caring what happens now, not seeing myself doing decades of this, tired of living since something happened.',
    unless: [
      ...AWAY_NEAR,
      WHILE_FAMILY_VISITS,
      // Out of the way of a visit or a job: "easier if I'm not here when the movers come".
      '(if|when) (im|i am) not (here|around|home|there|in) (when|while|for|during|until|til|at|on) (the|his|her|their|my|he|she|they) ~ (come|comes|coming|arive*|visit*|movers|party|delivery|inspection|viewing|builders|plumber)',
      ...near(NAMED_SITUATION.replace('|his (mum|mom|mother|family|parents)|her (mum|mom|mother|family|parents)|in laws', '')),
      ...RELATIONSHIP_ACTION,
    ],
    patterns: [
      '(dont|do not|doesnt) (realy|even|actualy|just|truly|honestly) (want|wana|wanna) (to )?be (here|around|alive) (anymore|any more|now)',
      '(god|lord|alah|alahu|jesus|universe|ya alah|ya rab|ya rabi|bhagwan) (please |pls |just |please just |just please )?take me (now|already|away from (here|this|this world|this life)|instead)',
      '(god|lord|alah|jesus|universe|ya rab|ya rabi|bhagwan) (please |pls |just |please just |just please )?take me $',
      '(should|could|might as wel|may as wel|better) (just )?be gone $',
      '(should|could|might as wel|may as wel) (just )?be gone (for good|forever|already|then|too)',
      '(disapear|vanish|be gone|go away) (and|to) stop being (the|a|their|everyones|my familys|the familys|his familys|her familys|this familys|our familys) ~ (shame|burden|problem|disapointment|embarasment|failure)',
      '(whats|what is|what was) (even )?the point of me (in|here|being|at al|anymore|now|then)',
      '(whats|what is) (even )?the point of me $',
      '(wish|hope|hoping|wishing|pray|praying) (the|my|this) (cancer|ilnes|disease|tumour|tumor|ms|als|mnd|dementia|condition|heart) (would|wil|could|just) (just )?(hury up|hury|finish me|finish me of|take me|get it over with|win|be quick|be quicker)',
      '(dont|do not|no longer) (much |realy |even )?care (what hapens|what happens|what becomes of me) (to me|now|anymore|any more|tbh|honestly)',
      '(dont|do not|no longer) (much |realy |even )?care (what hapens|what happens|what becomes of me) $',
      '(dont|do not|no longer) (much |realy |even )?care (if|whether) i (live or die|die|wake up|make it|survive)',
      '(dont|do not|no longer) (much |realy |even )?care (if|whether) (im|i am|i stay) (alive|dead)',
      '(cant|can not|cannot) (se|imagine|picture) {selfref} (doing|living|lasting|surviving|making it|being alive|living like this|going on) ~ (decades|years|another (year|decade|ten years|twenty years)|much longer|the rest of my life) (of this|like this)',
      '(tired|sick) of living (since|because|cause|cuz|coz|now|these days|lately|tbh|honestly|anymore|any more|at this point)',
      '({better}) ~~ if (im|i am|i was|i were) ({gone})',
    ],
  },
  // Round seven (second-language English, replies mid-conversation, unheard voices, long
  // messages): each rule is a phrase class; its `unless` keeps the everyday reading quiet.
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: setting oneself on fire, pouring petrol or kerosene over oneself (not a bonfire, not burnout).',
    unless: ['(bonfire|bbq|barbecue|garden waste|leaves|rubbish|stubble|lawnmower|generator|car|tank|out at work|burn* {selfref} out|burnout)'],
    patterns: [
      '(pour|pours|poured|pouring|douse|douses|doused|dousing|throw|throws|threw|throwing|cover|covered) (petrol|gasoline|kerosene|diesel|paraffin|fuel|lighter fluid) (on|over) ({selfref}|herself|himself|themselves|themself)',
      '(pour|pours|poured|pouring|douse|doused|dousing) (petrol|gasoline|kerosene|diesel|paraffin|fuel|lighter fluid) ~~ (burn|burns|burning|light|lights|set|sets) ({selfref}|herself|himself|themselves|themself)',
      '(douse|douses|doused|dousing|soak|soaked|soaking|drench*|cover|covered|covering) ({selfref}|herself|himself|themselves|themself) (in|with) (petrol|gasoline|kerosene|diesel|paraffin|fuel|lighter fluid)',
      '(set|sets|setting|light|lights|lighting|lit) ({selfref}|herself|himself|themselves|themself) (on fire|alight|ablaze)',
      '(burn|burns|burning|burned|burnt) ({selfref}|herself|himself|themselves|themself) (alive|to death)',
      'self immolat*',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: a gun in the mouth in soldier and police slang ("eat my pistol", "put a bullet in my head"), said of myself.',
    hyperbole: true,
    unless: ['(if i (have|had|ever have) to|rather than|before i (sit|watch|listen|go|do|hear)|than (sit|watch|listen|go|hear) (through|to))', GUN_SPORT],
    patterns: [
      '(eat|eats|eating|ate|eaten) (my|a|his|the|her|their) (gun|pistol|rifle|shotgun|piece|sidearm|service weapon|revolver|glock|barrel|bullet)',
      '(i|il|id|i wil|i would|i could|im going to|im gona|gona|going to|want to|wana|thought (about|of)|think (about|of)|thinking (about|of)|picture|pictured|picturing) ~ (put|puting|putting|stick|sticking|stuck) (a|the|my) (bullet|gun|pistol|barrel|muzzle|shotgun|rifle|round) (in|into|to|through|against|under) my (head|brain|brains|mouth|temple|skull|chin)',
      '(i|il|id|i wil|i would|i could|im going to|im gona|gona|going to|want to|wana|thought (about|of)|think (about|of)|thinking (about|of)) ~ (blow|blowing) my (brains|head) (out|of)',
      '(suck|sucking|sucked|sucks) (on )?(a|the|my) (barrel|gun|pistol|shotgun|rifle|revolver)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round seven: a whole bottle or pack of medicine just taken, minutes ago or now.',
    unless: [...DOSE_QUESTION_NEAR],
    patterns: [
      `(taken|took|swalowed|swalow|downed|necked|had) ${SOME_OF}${A_STASH} (of )?(my |his |her |the )?${DRUGS} & ((minutes|mins|min|an hour|half an hour|hour) ago|just now|just (took|taken|swalowed|downed)|right now|rn|tonight|few minutes|starting to (fel|kick|work)|kicking in|feling (calm|sleepy|drowsy|dizzy|weird|strange)|let me go|dont cal|no ambulance|regret it|goodbye|bye)`,
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round seven: the means at hand and "doing it" before someone comes home or wakes.',
    victim: 'self',
    unless: [GUN_SPORT, '(clean*|oil*|unload*|lock box|gun safe|locked away|hid it from (him|her|them))', EVERYDAY_NOTE],
    patterns: [
      '(gun|pistol|rifle|shotgun|revolver|handgun|rope|noose|{pills}|tablets|pils) & (im|i am|il|i wil|im going to|im gona|gona|going to) (do|doing) it (before|when|once|as soon as|while|after) (he|she|they|everyone|everybody|the kids|nobody|no one|noone|my {partner}|my (mum|mom|dad|parents|wife|husband|flatmate|roommate)) ~ (gets|get|comes|come|is|are|back|home|asleep|wakes|wake|leaves|leave|goes|go|out)',
      '(gun|pistol|rifle|shotgun|revolver|handgun) ~~ (in front of me|on my lap|beside me|next to me) ~ (now|loaded|ready)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: dying by my own hand, asking God to take my soul or life, ending my days (non-native and faith wording).',
    patterns: [
      '(do it|end it|end my life|end my days|die|kil {selfref}|take my (own )?life|finish it|finish my life) (by|with) my own hands?',
      '(by|with) my own hands? $ & (die|death|take|end|kil|soul|life|do it)',
      '(ask|asking|asked|beg|begging|begged|pray|praying|prayed|pray to) ~ (god|alah|the lord|lord|jesus|him|heaven|the universe) ~ (to )?(take|takes|taking|took) (my soul|my life|my breath|me away|me home|me now|me already)',
      '(end|ending|finish|finishing|close|closing) (my|my own) days',
      '(cut|cuting|slit|sliting|open|opening) (my )?(veins|vein|arteries|artery)',
      // A farewell passed on in the past tense: "tell my son his papa loved him".
      '(tell|tel) ~~ (that )?(his (papa|dad|father|daddy|baba)|her (mama|mum|mom|mother|mommy|mummy)|their (dad|mum|mom|papa|mama|father|mother)) (loved|always loved|realy loved) (him|her|them)',
      // Non-native "finish myself" for kill myself; "finish himself" of someone else.
      '(finish|finishing|finished) ({selfref}|himself|herself|themselves|themself) (of|$|if|when|tonight|because|with (a|the|my|his|her) (rope|gun|pils|{pills}|knife))',
      '(wil|il|going to|gona|want to|wants to|wana|threaten*|say*|said) (finish|finishing) ({selfref}|himself|herself|themselves|themself)',
      '(think|thinking|thought|decide|decided|want|wanting) (to|of|about) (end|ending|finish|finishing) (my days|my life|with my life|my own life)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: foreign-language wishes to die said in code-switched English (Tagalog, Spanish, French, German, Italian, Portuguese).',
    hyperbole: true,
    patterns: [
      'gusto ko (nang|na|ng)? ?mamatay',
      '(quiero|kiero) (morir|morirme|matarme|estar muerta|estar muerto)',
      '(je veux|jveux|j veux) (mourir|me tuer|en finir)',
      '(ich wil|ich mochte) (sterben|nicht mehr leben)',
      '(voglio|vorei|vorrei) (morire|ucidermi|farla finita)',
      '(quero|queria) (morrer|me matar)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: a wish to die said together with no reason left to live (laughter elsewhere in the message does not cancel it).',
    patterns: [
      '({selfwant}|gusto ko) ~ (to )?(die|be dead|mamatay) & ((no|no more|not any|nothing|without) (reason|reasons|purpose) ~ (to live|to stay|left|anymore|any more|$)|nothing (left )?to live for)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: a goodbye letter left for the family with "tonight", "I do it" (non-native present tense for a plan).',
    ifNow: 'imminent',
    unless: [EVERYDAY_NOTE, awayNear('(note|leter|leters|notes)')],
    patterns: [
      '(leave|left|leaving|put|wrote|write|writing|written|finished|finish) (a|my|the|last) (note|leter|leters|notes|last leter) ~ (for|to) (my )?(family|kids|mom|mum|mother|father|dad|parents|children|son|daughter|wife|husband|sister|brother) & ((tonight|today|now) (i|il|i wil) do it|(i|il|i wil) do it (tonight|today|now)|when (they|she|he) (find|finds|read|reads)|goodbye|forgive me|its time)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: not planning or expecting to be around by a season or a date ("I don\'t plan on being around for harvest"), not leaving a party early.',
    unless: [awayNear('(around|here|alive)'), '(around|here|there) (for|at) (the|your|his|her|their|our|a|an) ~ (party|wedding|meeting|dinner|game|match|concert|gig|visit|reunion|event|barbecue|bbq|do|drinks|christening|funeral|rehearsal|launch|interview|shift)', '(leave|leaving|head|heading|go|going|duck|ducking|slip|slipping) (out |of |home )?(early|before)'],
    patterns: [
      '(dont|do not|not) (plan|planing|intend|intending|expect|expecting) (on|to) (be|being) (around|here|alive) (for|by|at|when|next|much longer|to see|til|until|past|come|this)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: not opening my eyes again, going to a dead parent or child in the grave, not continuing this life.',
    unless: ['(this|my) life (of|with|in) (lies|lying|secrets|him|her|them|crime|this (house|mariage|relationship|job|city|country))'],
    patterns: [
      '({selfwant}|wish|wishing|hope|hoping|pray|praying|sleep and|sleep) ~ (not|never) (to )?(open|opening) my eyes (again|anymore|any more|ever)',
      '(close|closing|shut|shutting) my eyes and (not|never) (open|wake|opening|waking)',
      '(go|going|join|joining|be|lie|lying) (to|with|beside|next to) (my|her|his) ~ (mother|mum|mom|father|dad|wife|husband|son|daughter|baby|child|brother|sister|parents) in (the|her|his|their) (grave|ground|cemetery)',
      '(dont|do not|not) (want|wana|wanting) (to )?(continue|go on with|carry on with|cary on with) (this|my) life',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: looking at the means every day (a rope in the shed, a gun in the drawer), not a gun safe.',
    unless: [`(rope|ropes) ~~ (. )?~~ ${ROPE_USES}`, `${ROPE_USES} ~~ (rope|ropes)`, `(gun|pistol|rifle|shotgun|revolver) ~~ (. )?~~ ${GUN_SPORT}`, '(gun|guns|rifle|shotgun) (safe|cabinet|licence|license|locked|lock box)'],
    patterns: [
      '(rope|ropes|noose|gun|pistol|rifle|shotgun|revolver) ~~ (look|looking|looked|stare|staring|stared|check|checking|go and look|go look) (at )?(it|them) ~ (every|each|al) (morning|night|day|evening|time)',
      '(every|each) (morning|night|day|evening) ~ (look|looking|stare|staring) at (the|my|that) (rope|noose|gun|pistol|rifle|shotgun)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven: putting my affairs in order so nobody else has to (not with a solicitor for a retirement or a move).',
    unless: ['(solicitor|lawyer|notary|estate planning|retirement|retiring|pension|financial adviser|financial advisor|accountant|tax return|taxes|downsiz*|moving|the move|emigrat*|new job)'],
    patterns: [
      '(sort|sorting|sorted|put|putting|got|getting|get) (out )?(my|al my) affairs (in order|sorted|straight|so|before|now|$)',
      '(sort|sorting|sorted|put|putting|got|getting|get) (out )?(my|al my) affairs $',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: an attempt nobody has been told about ("I haven\'t told anyone I tried last month"), not trying to quit or trying again with him.',
    unless: ['i (tried|atempted) ~ (to|with|for|on|at|calling|ringing|texting|talking|asking|quitting|stopping|dating|therapy|counseling|counselling|her|him|them|that|this|everything|my best|hard|harder|again with|it with)'],
    patterns: [
      // Starts at "i tried" so that "doesn't know" before it is not read as negating the attempt.
      'i (tried|atempted) (last (week|month|year|night|time|summer|winter|spring|autumn|fall)|a few (days|weeks|months) ago|# (days|weeks|months|years) ago|in (january|february|march|april|may|june|july|august|september|october|november|december)|once|twice|$) & (told|tell|telling|know|knows|knew|found out|find out|noticed|secret|hospital|a and e|survived|woke up)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven, non-native English: jumping in the river or under a train as a plan, "this week I will do it" after "I cannot anymore", not needed in this world, a child entrusted "if something happen to me" with a plan nobody knows.',
    unless: ['(swim*|summer|cool of|cool down|holiday|hot|heat|fun|bungee|wetsuit|paddle|beach|pool|dare|for charity|polar plunge)'],
    patterns: [
      '(i|il|i wil|im going to|im gona|gona|going to|want to|wana|thinking to|think to|thinking of|thinking about|ready to|decided to) ~ (jump|throw {selfref}|drown {selfref}) (in|into|of|from|under|in front of) (the|a) (river|sea|lake|canal|wel|ocean|dam|reservoir|bridge|building|roof|train|trains|bus|truck|lorry|metro|tracks|cliff|balcony|window)',
      '(this week|tonight|tomorow|this weekend|today|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (i|il|i wil|i am going to|im going to) (do it|finish it|end it) & ((cannot|cant|can not) (anymore|any more|continue|go on|take it)|(i|i have|ive|im|i am) (finished|finish|done) $|goodbye|forgive me)',
      '(not|no longer|no more) (needed|wanted|welcome|necessary|useful) (in|on) (this|the) (world|earth|life)',
      '(this|the) (world|earth) (doesnt|does not|dont) (need|want) me',
      '(if|when) (something|anything) (happen|happens|hapens|hapen|happened) to me & (what i (plan|planed|am planing|decided|have decided)|what (im|i am) (planing|going to do|gona do)|my plan)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round seven: the rope or gun bought and waiting for the house to empty (non-native "I already buy the rope").',
    unless: [ROPE_USES, GUN_SPORT],
    patterns: [
      '(bought|buy|buyed|got|have|already have) (the|a) (rope|noose|gun|pistol) & (waiting|wait|when|once|after|until|til) (for )?(the kids|the children|everyone|everybody|my (wife|husband|family|kids|children|son|daughter)|they|he|she) ~ (go|goes|gone|leave|leaves|left|sleep|asleep|out|to school|to work)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven: "I cannot anymore" and "I cannot do this longer" with nothing named (non-native despair).',
    unless: [...NAMED_NEAR, ...RELATIONSHIP_ACTION, '(job|shift|diet|gym|course|exam|study|studying|commute|renovation|wedding|planing)'],
    patterns: [
      '(i )?(cannot|cant|can not) (anymore|any more) $',
      '(i )?(cannot|cant|can not) (do this|do it|continue|go on|take it|carry on) (longer|more) $',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven, unheard voices: granting a parent\'s wish for a dead child, knowing what dose would do it (nurses, police), God forgiving me if I stopped, sitting with a service pistol, had enough of this life.',
    unless: [GUN_SPORT, '(clean*|oil*|unload*|on duty|on shift|at work|qualif*|training)', 'forgive me (if|for) i (stop*|quit*|end*) (the|this|our|my|seeing|going|talking|texting|drinking|smoking)'],
    patterns: [
      '(get|gets|getting|got|have|has) (his|her|their) wish & (dead|die|died|never (been )?born|rather have|better off without)',
      '(know|knows|worked out|work out|figured out) (exactly )?(what|which|how much) (dose|amount|drug|drugs|medication|meds|insulin|morphine|height) (would|wil|could|is going to) (do it|be enough|kil|be fatal|be lethal|finish)',
      '(god|alah|jesus|the lord|he) (would|wil|might|could) (forgive|understand) (me )?(if|when|for) i (just )?(stoped|stop|ended|end|went|go|did it|do it|left|leave|took my|take my)',
      '(sits|siting|sat|sit|holds|holding|held|staring at|stares at|stared at) ~ with (his|her|their|my|a|the) (service pistol|service weapon|service revolver|gun|pistol|rifle|shotgun|revolver|sidearm) (for hours|every night|in the dark|alone|again|and)',
      '(had|have had|has had|ive had|shes had|hes had|i have had) enough of (this |my |her |his )?(life|living|being alive|existing|this world)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven: not expecting to see a birthday or an age ("she says she won\'t see 30").',
    unless: ['(degrees|mph|kmh|km h|percent|per cent|%|minutes|mins|pounds|dolars|euros|followers|likes|subscribers|points|score)'],
    patterns: [
      '(wont|will not|not going to|not gona|never going to|dont think (i|il|she|he|they|shel|hel) (wil )?) (see|make it to|reach|live to|live past|get to) (#|twenty|thirty|forty|fifty|sixty) $',
      '(wont|will not|not going to|not gona|never going to) (see|make it to|live to) (my|her|his|their) (next )?(birthday|# birthday|#th birthday)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: a friend or relative giving away their things while posting "not long now" or saying goodbye (not a move, a clear-out or selling).',
    victim: 'other',
    unless: ['(moving|move|moved|emigrat*|declutter*|clear out|clearing out|charity|donat*|food bank|car boot|selling|sold|sell|ebay|vinted|upgrad*|new one|minimalis*|downsiz*|spring clean*|grew out|grown out|outgrown)'],
    patterns: [
      '(giving|gave|give|gives|given) away (his|her|their) ~ (stuff|things|belongings|possessions|games|console|clothes|records|guitar|collection|gear|medals|tools|jewelery|jewellery) & (not long|posting|posts|posted|goodbye|wont need|last time|strange|weird|worried|worrying|scared|quiet|cryptic|for good|final)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven: only the kids keeping me here; going through the motions until I can stop.',
    patterns: [
      '(only|one|last) (reason|thing|person|people) (im|i am|that keeps me|keeping me) (still )?(here|alive|going|around|breathing|hanging on)',
      '(until|til|till) i (can|get to|am alowed to|m alowed to) (stop|go|rest|leave|die|sleep) (for good )?$',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: thinking about joining the dead (fallen mates, the "22 a day", a late wife), not joining them for dinner.',
    victim: 'self',
    unless: ['(join|joining) (them|him|her|my *) (for|at|in the|on the|on a|on) (lunch|dinner|tea|cofee|walk|trip|holiday|call|zom|game|match|party|drinks|a drink|facebook|the trip|the team)'],
    patterns: [
      '(think|thinks|thinking|thought|dream|dreaming|wish|wishing|want|wana|ready) (about|of|to)? ?(joining|join|becoming one of) (them|him|her|my (mates|brothers|buddies|boys|unit|squad|wife|husband|son|daughter|mum|mom|dad)|the #) & (# a day|vet|vets|veteran*|tour|tours|deploy*|fallen|lost|kiled|died|dead|gone|suicid*|grave|graves|funeral|heaven|buried|passed|(didnt|never|did not) (come|make it) (back|home))',
      '(22|twenty two) a day & (understand|get it|get why|joining|join|one of them|next|me too|every day)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round seven: the means as the answer ("the shotgun would sort a lot of problems"), knowing how many it would take, saving medicine up, not safe with myself.',
    unless: [GUN_SPORT, '(rabbit|rabbits|fox|foxes|pest|pests|vermin|rats|crows|pigeons|squirels|deer|the dog|snake|weeds|garden|leak|pipe|plumbing|tap|toilet|shelf|curtain|tent|boat)'],
    patterns: [
      '(gun|shotgun|rifle|pistol|revolver|rope|noose|pils|{pills}) (would|could|wil|might|d) (sort|solve|fix|end|take care of|sort out) ~ (my )?(problems|problem|everything|al of (it|this)|things|the lot|it al)',
      '(know|knows|worked out|figured out|calculated|counted) (exactly )?how many (id|i would|i wil|il|it would take|it takes|it would|i need|i would need|to take|would do it|would be enough)',
      `${DRUGS} ~~ (saving|saved|stockpil*|hoard*|stash*|squirel*) (it|them) (up|away)`,
      '(not|dont feel|never feel|dont|do not feel) safe (with|from|around|alone with) {selfref}',
      '(its|it is) (me|myself) (that )?(im|i am|i) (not|dont feel|do not feel) safe (with|from|around)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven: not having to do this much longer, done for good after a list of errands, wanting to be finished with everything.',
    unlessNear: [PLACE_OR_JOB],
    unless: [...NAMED_NEAR, ...AWAY_NEAR, '(commute|shift|shifts|course|contract|lease|transfer|notice|exam|exams|treatment|chemo|therapy|visa|court|the case|diet|renovation|training|probation|night shifts|school run)', ...RELATIONSHIP_ACTION],
    patterns: [
      // No "soon" here: it squashes to "son" ("my son won't have to deal with this anymore").
      '(i|il|soon i) (wont|will not|dont|do not) have to (do|deal with|face|bear|endure|put up with|carry|live|feel) (this|it|any of this|life|al this|al of this|any of it) (much longer|for much longer|for long|anymore|any more)',
      '(and|then|after that) (im|i am|il be|ill be|i wil be) (done|gone|finished) (. )?(for good|forever|permanently)',
      '({selfwant}) ~ (to )?be (finished|done) with (everything|it al|life|al of it|living|existing|this world)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven: wanting to drop off the map or the face of the earth (not for a week away).',
    unless: [awayNear('(map|face of the earth|radar|planet|earth)'), '(map|face of the earth|radar|planet|earth) ~ for (a|the|one|two|#|few|couple of) ~ (week|weeks|weekend|day|days|while|bit|month)'],
    patterns: [
      '({selfwant}) ~ (drop|fal|disapear|vanish) (of|from) (the )?(map|face of the earth|radar|planet|earth) (and|so|forever|for good|$)',
      '({selfwant}) ~ (drop|fal|disapear|vanish) (of|from) (the )?(map|face of the earth|radar|planet|earth) $',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round seven, half-said: the sense of continuing, God keeping me here, carrying this life, no me left, getting out of this alive, dropping off the map, the point of an old man starting over, rather dead than in a care home.',
    // No message-wide `unless`: each pattern carries its own harmless reading (a named object
    // after "the sense to continue" fails the `$`), so a long message about work, holidays or
    // the relationship cannot switch these off.
    patterns: [
      '(whats|what is|wheres|where is) (even )?the (sense|use|meaning|purpose|point) (to|of|in|for) (continue|continuing|carry on|cary on|carrying on|go on|going on|keep going|keep living|live|living|stay|staying|exist|existing|wake up|waking up|be here|being here|be alive|being alive) ((anymore|any more|like this|now) )?$',
      '(no|not any|dont se any|dont se the|cant se any|cant se the) (sense|use|meaning|purpose) (to|of|in) (continue|continuing|carry on|cary on|carrying on|go on|going on|keep going|keep living|live|living|stay alive|staying alive|exist|existing|be alive|being alive) ((anymore|any more|like this|now) )?$',
      'why (is )?(god|he|alah|the lord|the universe|life) (is )?(stil )?(keep|keeps|keeping|kept|let|lets|leting) me (here|alive|around|living|breathing|on this earth)',
      '(how long|how much longer|how long more) (i can|can i|i wil|wil i|i could) (carry|cary|bear|stand|endure|suport|survive|take|continue) (this|my) (life|existence|living)',
      '(cant|can not|cannot|no more) (carry|cary|bear|stand|endure) (this|my) (life|existence) (anymore|any more|any longer|more|longer)?',
      '(theres|there is|is there|isnt|is not|not) (even )?(a|any|no|much of a) me left',
      '(nothing|not much|very litle|hardly anything|barely anything) (left )?of me (left)? ~ (to (fix|save|give|love)|anymore|$)',
      '(cant|dont|do not|cannot|can not) see (how|a way|any way) (i|im going to|i can|i wil|to|for me to) (get|make it|come|getting|coming) out of (this|it|here) alive',
      '(not|never|wont|am not) (getting|get|going to get|gona get|make it|making it|come|coming) out of (this|it|here) alive',
      '(whats|what is) (even )?the point of (a|an|someone|somebody|people like me|a man like me|a woman like me|me) ~ (# year old|old|aged|my age)? ?(man|men|bloke|guy|fela|fellow|woman|lady|widow|widower|git|codger|person)? ?(starting over|starting again|going on|carrying on|caring on|cary on|trying again|living)',
      '(rather|sooner) (be )?(dead|die|in the ground|in (my|her|his|the|a) grave|six feet under|buried) (than|then) ~~ (care home|nursing home|old peoples home|old folks home|retirement home|a home|hospice|assisted living|a burden|wheelchair|nappies|depend on|depending on)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Quiet signs the old backstop used to catch and the rules had not: someone else wanting to disappear, asking whether living like this is worth it, life holding no meaning, a part of me that has already decided, done waiting for better.',
    unless: ['(disappear|vanish) ~~ (for a (weekend|week|bit|few days)|on holiday|on a trip|to (the|a) (beach|cabin|mountains|coast|island|lake|country|spa|retreat))'],
    patterns: [
      '({relation}|he|she|they) (says|said|keeps saying|told me) ~ (just )?(wants|wanted) to (disappear|vanish|not exist|stop existing)',
      '(i|i just|just) (want|wana|wanted|need) to (disappear|vanish) for a while',
      '(is|was) (it|any of it|life) (even|realy|truly)? ?worth (it )?(living|being alive|staying alive|carrying on|going on)',
      '(is|was) it (even|realy)? ?worth it ~ (living|being alive|to live|to keep living) (like this|this way|anymore)',
      '(life|my life|living|existence) (has|holds|had) no (meaning|point|purpose|value) (for me|to me|anymore|any more|now|$)',
      '(life|my life) (is|feels) (meaningles|pointles|purposeles) (for me|to me|anymore|now|$)',
      '(part|piece|bit) of me (thats|that is|that has|has|that) (already )?(decided|made up its mind|made its mind up|chosen) $',
      '(part|piece|bit) of me (thats|that is|that has|has|that) (already )?(decided|made up its mind|made its mind up|chosen) i think',
      '(done|finished|tired of|sick of) waiting for (things to get |it to get |life to get |life to )?(better|get beter|improve)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A plan to end it timed for after a duty is done (an exam, a wedding, the kids grown), or worked out so as not to leave a mess, when the message is about life rather than the relationship.',
    patterns: [
      '(plan|planing|going|gona|decided) to end (it|it all|things|my life|everything) (after|once|when) ~~ & (life|living|no meaning|no point|no reason|nobody needs me|no one needs me|burden)',
      '(how|way|ways) to end (it|it all|things|everything|my life) without (leaving a mess|leaving any mess|being a burden|burdening|causing trouble|anyone having to)',
      '(went|walked|drove|go|going|been going|keep going) (up |down |out )?to the (bridge|cliff|cliffs|cliff edge|edge|tracks|railway|train tracks|roof|top floor|car park roof|overpass|river) ~~ (just to look|stood there|stod there|looking down|looked down|thinking about it|to se how high)',
    ],
  },
  // Round eight, figurative language: families of images a careful reader agrees mean dying —
  // sleep without waking, going home to God, the burden laid down, the light going out, the
  // water taking me, the credits rolling — `possible` where vague, `high` with a plan or means.
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round eight, figurative: sleep without waking, the light going out, the credits rolling, a better memory than a person, tired in the other way, the only way out.',
    unless: [FIGURATIVE_BENIGN, ...NAMED_NEAR, 'tired ~~ tired of (his|her|their|the|this|our|my|him|them|you|work|everyone)', '(good innings|good run|good long life|full life|long life)'],
    patterns: [
      '(drift|drifted|drifting|slip|sliped|slipping|nod|noded|doze|dozed|float|floated) (of|away|under) ~~ (and )?(not|never|didnt|dont|wouldnt|did not) (drift|come|wake|waking|coming|drifting|float|floating) (back|up) (again|ever|$)',
      '(stop|stoped|stopping|quit) waking up (altogether|for good|forever|at al|ever again) ',
      '(wish|want|wana|ned|rather|long|longing|ready) ~~ stop waking up $',
      '(the|that) (big|long|eternal|endles|forever|final) (sleep|rest|nap) & (wish|want|wana|dream*|ready|long for|longing|crave|craving|disapointed|nerve)',
      '(let|leting|lets|ready to let|might just let|gona let|going to let) (it|my light|the light|my candle|the candle|my flame|the flame|the fire|my fire) (go out|burn out|die|fade out|die out|gutter out) ',
      '(burning|burnt|burned) out (. )?~~ (might|gona|going to|ready to|should|could) (just )?let (it|myself|me) $',
      '(ready|waiting|time|want|wana|wish) (for )?(the )?(credits to rol|curtain to (fal|come down|close)|final curtain|rol the credits|end credits)',
      '(id|i would|i d|i) (make|be|would make) a beter (memory|ghost|angel|photo|photograph|headstone|eulogy|story) (than|then) (a person|a living (one|person)|alive|me)',
      'not (slep|sleepy|physicaly|body|bedtime|nap|normal|regular|the sleepy kind of) tired',
      '(starting to |begining to )?(look|looks|looking|feel|feels|seem|seems) like the only (way out|exit|door out|option left|answer left) $',
      '(light|candle|flame|fire|spark) (inside me|in me|in my (soul|heart|eyes|chest)) ~ (going|go|burning|burn|flickering|fading|gone) out ~~ (let it|wont fight it|not fighting it|ready|dont want to (relight|save) it)',
      '(god|lord|the lord|the good lord|jesus|alah) (can|could|may|should|wil|is welcome to) (take|cal) me (any ?time|now|home|whenever (he|she) (likes|wants)|tonight|today)',
      '(everyone|everyones|everybody|everybodys|they|the family|my family|the kids|you al|al of them) ~~ (float|swim|breathe|sail|move|live) ~ (easier|lighter|higher|freer|beter) (if|once|when|without) (i|me)',
      '(done|finished|tired|sick|fed up) (with|of) (the |this |gods )?waiting (room|around to die|for (the end|death|god to take|the lord to take))',
      '(rope|swing|beam|banister|bridge|balcony|tracks|cliff|ledge|belt|cord|gun|shotgun|{pills}) ~~ (looks|look|looking|seems|seem) diferent (to me )?(now|these days|lately)',
      '(disapear|vanish|go away|be gone) (and|to) make (it|things|life) (easy|easier|simpler|beter) for (everyone|everybody|you al|them al|the family|al of you)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round eight, figurative with intent: blowing the candle out myself, God calling me home and not waiting, the sea or river taking me, the burden laid down by the water, my last sunset, not meaning to be around to take a pet back.',
    unless: ['(birthday|cake|power cut|powercut|blackout|film|movie|show|series|episode|cinema|holiday|trip|vacation|honeymoon|cruise|swim|swiming|surf*|paddle*|kayak*)'],
    patterns: [
      '(blow|snuf|put|pinch) (it|my candle|the candle|my light|the light|my flame|the flame|me) out (myself|for good|myself for good) & (candle|wick|flame|light|burn*)',
      '(ready|want|wana|longing|waiting|time|praying) (for (him|god|the lord|jesus|heaven) )?to (cal|take|bring|fetch) me home & (not (planing|going|gona|waiting)|(wont|cant) wait|my own|help (him|it) along|speed (it|things) up|get around to it|(dont|do not) want to wait|{pills}|rope|tonight)',
      '(not|never|wont|im not|i am not) (planing|going|gona|intending) (on )?(to )?wait (for|until|til) (him|god|the lord|jesus|it|my time|heaven) ~~ (to )?(get around to it|cal me|take me|come)',
      '(im|i am|il|i wil|i want to|i wana|i ned to|im ready to|ready to|time for me to|its time to) (just )?(go|going|gona go) home to (jesus|god|the lord|my lord|heaven|glory|my maker|the father|my father in heaven)',
      '(the )?(sea|river|ocean|water|waves|lake|loch|tide|current|canal) (that )?(it )?(can|could|wil|to|should|may|is going to|gets to) (have|take|keep|swalow) me',
      '(walk|walking|walked|wade|wading|step|stepping) (in|into the (water|river|sea|ocean|lake|loch|waves|canal)) (after it|and (not|never) (come|coming) (back|out)|and keep (going|walking)|with stones|with rocks)',
      '(lay|laying|laid|put|puting|set|seting) (my|this|the) (burden|burdens|load|cross) down & (river|sea|water|lake|for good|forever|walk* in|the end|rope|{pills})',
      '(lay|laying|laid|put|puting|set|seting) down (my|this|the) (burden|burdens|load|cross) & (river|sea|water|lake|for good|forever|walk* in|the end|rope|{pills})',
      '(this is|this wil be|tonight is|watching|watched|seing) my (last|final) (sunset|sunrise) $',
      'my (last|final) (night|day|morning|sunset|sunrise) (on earth|alive|breathing|on this earth|in this world)',
      '(dont|do not|wont|not) (intend|plan|planing|expect|expecting|going|gona) (on )?(to )?(be|being) (around|here|alive) (to|for when|when) (take|pick|get|colect|fetch|have|see) (her|him|them|it|the dog|the cat) (back|again|home)',
      '(paswords|pasword|pins|pin numbers|logins) ~~ & (insurance|life insurance|policy|funeral|songs|hymns|the wil)',
      '(saving|saved|stockpil*|hoard*|stashing|stashed|colecting|colected) (them|those|it|{pills}|boxes|packets) (up )?(since|for) (#|a|weeks|months|january|february|march|april|may|june|july|august|september|october|november|december|christmas|summer|spring|autumn|winter) & (pharmacist|pharmacy|chemist|big box|boxes|packets|{pills}|prescription)',
      '(poems|poem|poetry|songs|drawings|diary|journal|notes|posts) & (arent|isnt|not|are not|is not) (poems|a poem|poetry|songs|metaphors|a metaphor|figurative|just words|a joke|jokes) ~ (theyre|its|they are|it is) (a )?(plan|plans|instructions|a note|notes|goodbye)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round eight: on the wrong side of a bridge rail, or going home to God, a last sunset, doing it once someone leaves, with the means ready now.',
    patterns: [
      '(im|i am|standing|stood|siting|sat|now|climbed) ~~ (on )?the (wrong|far|outside) side of the (rail|railing|railings|barrier|parapet|guardrail|safety rail|bridge)',
      '(going|go|gona go) home to (jesus|god|the lord|my lord|heaven|my maker) & (tonight|right now|now|today) & ({pills}|bottle|rope|gun|said my prayers|note|goodbye)',
      '(this is|tonight is) my (last|final) (sunset|sunrise|night) & (everything i ned|in the car|parked|{pills}|rope|hose|gun|where nobody|where no one)',
      '(doing|do|il do) it (when|once|after|as soon as) (he|she|they|everyone|the kids|my {partner}|mum|dad) (leaves|goes|has gone|is gone|are gone|left|falls asleep|are asleep|is asleep|goes out) & ({pills}|rope|blade|note|goodbye|se you never|in my bag)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round eight, someone else in figures and quotes: joining the dead in the ground or the angels, a coffin or funeral threatened "if you", done waiting though not sick while sorting a will, passwords left with the insurance, pills saved up from the chemist.',
    victim: 'other',
    unless: ['(one day|some day|someday|when (my|her|his|their|the) time comes|eventualy|plot|buried next to|of old age)', '(while|when) (im|i am|hes|shes|were|we are|theyre) (at|away|out|on) (work|school|the gym|holiday|a trip|shift|nights)', '(during|on) (shifts|my shift|his shift|her shift|nights)'],
    patterns: [
      '(join|joining|be with|go be with|lie with|lie next to|be next to|be beside|go to) ~ (in the (ground|grave|earth|churchyard|cemetery)|under the (ground|earth|soil)|with the angels|with the lord)',
      '(go|gona go|going to go|shel go|hel go|il go|wil go|shed go|hed go) (be )?with the angels',
      '(fold|folded|folding|put|go|going|sink|sinking|tuck*) into the (earth|ground|dirt|soil) & (plan|plans|wil|going to|want|ready|soon|threat*|if (i|you))',
      '(pick|picking|choose|choosing|chose|pay|paying for|plan|planing|organi[sz]ing|organis*|organiz*|arange*|buy|buying) (out )?(a |my |the )?(cofin|casket|funeral|headstone|grave|urn|plot) (for me|for him|for her)? & (if|unless|when) (you|u)',
      '(youl|you wil|youd|you would|your gona|you are going to|youre gona|youre going to) (be )?(bury|burying|buried|at my funeral|planing my funeral|identifying my body|finding my body|find my body)',
      '(isnt|is not|not|hes not|shes not|wasnt|arent) (sick|il|dying|unwel) & (sorting|sorted|writing|wrote|updating|updated|changed|changing|made|making|doing) (out )?(his|her|their) (wil|will|afairs|papers|things|funeral)',
      '(look after|take care of|feed) (the|my|our) (dog|cat|kids|children|girls|boys) & ((phone|mobile) (is|s|was|went) (dead|switched of|straight to voicemail)|(phone|mobile) went of|switched (his|her|their) phone of|(not|isnt|wont|hasnt) (answering|picking up|answered|replied)|cant reach (him|her|them))',
      '(made|make|making) (my |her |his |their )?peace with it & ((wont|not|isnt|doesnt|wasnt) (pick|picking|answer*)|phone (is |s )?(of|dead)|last (text|message))',
      '(jump|jumping|throw (myself|himself|herself)) (of|from) the (multistorey|multi storey|car park|carpark|parking garage|flyover|overpass|tower block|top floor) & (if (you|i|u)|unless|on you|your fault)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round eight: "not leaving you, leaving everything": leaving life, not the partner (even when the listener took it for the job).',
    patterns: ['(not|im not|i am not) leaving (you|him|her) ~ (im|i am|just) leaving (everything|everyone|it al|this world|this life)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round eight, regional Englishes: "do myself in", "kill miself" (Caribbean), "a want tae die" (Scots), "you\'ll find me in the river" said as a threat.',
    unless: ['(gym|back|knee|lifting|running|hamstring|shoulder|laughing|lol|haha|lmao) ~~ (do|doing|did) ({selfref}|miself|maself|mahself|masel|mysel|mesel) in', '(do|doing|did) ({selfref}|miself|maself|mahself|masel|mysel|mesel) in ~~ (gym|back|knee|lifting|running|hamstring|shoulder|laughing|lol|haha|lmao)'],
    patterns: [
      '(do|doing|did|gona do|going to do|il do) ({selfref}|miself|maself|mahself|masel|mysel|mesel) in',
      '(kil|kiling|end|ending|top|toping|hang|hanging|drown|drowning) (miself|maself|mahself|masel|mysel|mesel)',
      '(a|ah|i|just) (want|wana|wish) (tae|ta) (die|dee|be deid|be dead|no be here)',
      '(youl|you wil|theyl|they wil|someone wil|u wil|ul|youre gona|your gona) (find|be finding) (me|my body) (in|at|under|on|hanging in|hanging from|floating in) (the )?(river|water|sea|lake|canal|woods|garage|shed|bottom|tracks|bath|bathtub|loft|attic|quarry)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round eight, regional euphemisms for dying said as a wish or plan: cark it, pop my clogs, kick the bucket, snuff it, shuffle off, push up daisies (laughter cancels).',
    hyperbole: true,
    unless: ['(laughing|lol|haha|lmao|😂|🤣|embaras*|cringe|old age|one day|some day|someday|when im (#|old|ninety|a hundred)|car|phone|laptop|fridge|washing machine|printer|boiler|battery|plant|van|truck|engine|telly|tv)'],
    patterns: [
      '(ready|want|wana|wish|might|gona|planing|thinking of|thinking about|fixing|finna) (just )?(to )?(cark it|carking it|pop my clogs|poping my clogs|snuf it|snufing it|shufle of this mortal coil|shufling of this mortal coil|push up (the )?daisies|pushing up (the )?daisies)',
      '(ready|want|wana|wish|might|gona|planing|thinking of|thinking about|fixing|finna) (just )?(to )?(kick|kicking) the bucket (early|soon|now|tonight|already|and|so|tbh|honestly|$)',
      '(cark|pop|kick|snuf) (it|my clogs|the bucket) (early|on purpose|soon|tonight|myself|by my own hand)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round eight, regional and quoted half-said: sorry when I\'m gone, tell my mam I\'m sorry, can\'t be arsed with living, nah want live again, won\'t have to worry about me much longer.',
    unless: [...AWAY_NEAR, FIGURATIVE_BENIGN],
    patterns: [
      '(be|wil be|youl be|yous|youse|yousel be|yal be|you al be|theyl be) ~ sory when (im|i am|ive) (gone|dead|not here|not around|in the ground) (and|then|for good|forever|$)',
      '(tel|let) (my |me )?(mam|mum|mom|ma|mammy|mummy|maw|dad|da|nan|kids|wee ones|babies|family) (im sory|i love (her|him|them)|i loved (her|him|them)|goodbye) (for everything|$)',
      '(be arsed|be bothered|be fashed) (wi|with) (livin|living|life|being alive|existing|breathing) (anymore|any more|anymair|nae mair|now|$)',
      '(nah|na|nuh) (wan|want|wana) (to )?(live|dey live|be alive|wake up) (again|anymore|no more|nuh more|$)',
      '(wont|will not|dont|aint gona|aint gon) (have to|need to|gota|haf to|hafta) (worry|stres|deal|bother|put up) (about|bout|over|with) me (much longer|for long|anymore|any more|soon|after (tonight|this))',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round eight, quoted: "you\'ll come home and I won\'t be breathing", the letters written and left in a drawer or envelope.',
    unless: ['(cover letter|cover letters|aplication|aplications|thank you (letters|notes|cards)|christmas cards|wedding|invitations|invites|love letters to (him|her|you))'],
    patterns: [
      '(youl|you wil|you|someone wil|theyl) (come home|wake up|walk in|get back|find me|open the door) ~~ (and )?(i|il|he|she|il be) (wont|wil not|not|isnt|wont be) (be )?(breathing|alive|here anymore|moving|waking up)',
      '(ive|i have|hes|shes|he has|she has|theyve|they have) (written|wrote|finished|done) (the|my|his|her|their) (letters|goodbye letters|notes|last letters) & (drawer|envelope|for the kids|for each of|one for each|when (im|hes|shes|theyre) gone|afterwards|after (im|hes|shes) gone)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 9: a moment chosen or a note to be found after; means kept "for later"; no reason left to carry on; a plan for how.',
    // A plan for a surprise, a move or a break-up is not a plan to die.
    unlessNear: ['(took|takes) me out (of (this|the|here|my)|to (dinner|lunch|a|the)|for (dinner|lunch|a|drinks|coffee))', '(surprise|proposal|propose|party|wedding|gift|present|renovat*|moving|trip|holiday|tel (him|her|them|my|the)|break up|breakup|leave (him|her|them)|quit|business|project|presentation|speech|exam|course|relationship|mariage|with (him|her|them|us|this))'],
    patterns: [
      '({pills}|rope|ropes|noose|blades|razor|razors|gun) & (this is the window|tonights the night|tonight is the night|the time is now|now or never|its time now)',
      '(wrote|written|writing|left|leaving|put) ~ (a )?(note|notes|letter|letters) & (find|read|open) (it|them) (after $|afterwards|when im gone|once im gone|after im gone)',
      '(going to|gona|about to|ready to|wil|il) (finish|end) it (al )?(before|tonight|now|while|when) & ({pills}|blades|blade|razor|razors|rope|noose|gun)',
      'if (a|some|the) (car|bus|truck|lory|train|driver|plane) (took|takes|hit|hits|ran|runs|wiped|knocked) me (out|over|down)? ~~ (i )?(wouldnt|would not|not) (even )?(be )?(that |to |very |even |realy )?(upset|mind|care|bothered|sad|fight it|complain)',
      '(dont|do not|cant|cannot|no longer) (realy )?se (much |any |a |the |no )?(reason|point) (to|in|for) (carry on|cary on|carying on|going on|go on|keep going|continue|continuing) $',
      '(keeping|kept|kep|hiding|hid|holding on to|held on to|saving|saved) ~ ({pills}) & (for later|for (one|a) day|for when (the time comes|i need (it|them)|its time)|for the right (time|moment))',
      '(been |keeps |kept |started |was |is )(planning|ploting|working out|researching|figuring out) how (shed|hed|theyd|id|she would|he would|they would|i would) do it',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 10: a note of sorry or goodbye and now no answer.',
    patterns: ['(left|wrote|sent|posted) (a |me a |us a )?(note|letter|text|message) ~~ (sorry|goodbye|bye) & (not answering|not picking up|isnt answering|wont answer|cant reach|cant get hold|phone (is |s )?(of|dead)|cant find (her|him|them))'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 11: a goodbye sent in someone\'s own words and pasted in: the pets and the car given away and "all sorted", "look after mum" from a father who never texts like that, where to find him "with a rope".',
    unless: ['(moving|move|moved|emigrat*|new job|abroad|travelling|traveling|deployment|deployed|posting|retir*|downsiz*|holiday|trip|gap year)'],
    patterns: [
      '(gave|given|giving|took|dropped) (the|my|his|her) (dog|cat|pets|pet|puppy|kitten) (to|round to|over to) ~~ & (sold|selling|al sorted|everything sorted|thanks for everything|goodbye|look after|sorry for everything|wont need)',
      '(look after|take care of) (my|our|the) (mum|mom|kids|children|boys|girls|dog|cat|wife|husband) (for me)? ~~ & (sorry (for everything|i wasnt|he wasnt|she wasnt|i was not)|never texts like that|goodbye|al sorted|thanks for everything)',
      '(find|found) (me|him|her) in the (garage|shed|loft|attic|woods|bathroom|car|barn) with (a|the|his|her|my) (rope|gun|shotgun|pills|hose|belt|cord)',
      '(rather|want to|wana|wanna|just want to|id like to) (sleep|drift of|drift off) (and|&|to) (slip away|never wake|not wake up|fade)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 11: a sorry-for-everything goodbye and then silence.',
    patterns: ['sorry for everything ~~ & (not answering|isnt answering|wont answer|not picking up|isnt picking up|cant reach|cant get hold|phone (is )?of|gone quiet|no one can reach)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 11: found with something round my neck, told in passing.',
    patterns: ['(found|caught|walked in on|saw) me with (a|the|my|his|her) (belt|rope|cord|noose|scarf|tie|cable|dressing gown cord) (round|around) my neck'],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 13: at a height right now with a goodbye, or shut in with a poison and saying they will take it.',
    patterns: [
      '(im|i am|i m) (on|up on|at the top of|standing on|sat on|sitting on) (the )?(roof|rooftop|ledge|edge of the (roof|bridge|cliff)|bridge|top floor|multi storey|car park roof|cliff|cliffs) ~~ & (goodbye|couldnt fix|cant do this|cant go on|cant take (it|this)|forgive me|jump|sorry for everything|tel ~~ (sorry|i loved))',
      '(locked|locks|shut|barricaded) (himself|herself|themselves|{selfref}) (in|into) (the |a |his |her |my )?(shed|garage|bathroom|car|room|bedroom|loft|toilet) (with|and has) (the |a |some |his |her )?(weedkiller|bleach|antifreeze|poison|pills|tablets|rope|gun|knife|blades|razor|pesticide|rat poison|hose)',
      '(weedkiller|bleach|antifreeze|poison|pesticide|rat poison) ~~ (going to|gona|gonna|about to|says hel|says shel|threatening to|shouting (hes|shes|he is|she is) going to) (drink|swalow|take) (it|them|the lot)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 13: an attempt owned in passing, a plan worked out and a day chosen, not meaning to be around, a belt and a chair.',
    // Plans and tries at everyday things: "worked out how she'd do it, the proposal", "an attempt at baking".
    unlessNear: ['(proposal|propose|surprise|party|wedding|speech|recipe|baking|flatpack|puzzle|jigsaw|level|homework|presentation|project|diy|marathon|driving test|exam)'],
    patterns: [
      '(i|he|she|they) (made|had made) (an|a) (suicide )?atempt (in|last|back|a (few|couple)|when|after|before) & (overdos*|od|{pills}|tablets|nobody knows|no one knows|never told|hospital|ward|survived|end (it|my life)|kil {selfref}|die|dead|rope|noose|suicid*)',
      '(think|thinking|thought) about (trying|doing it) again & (atempt*|overdos*|od|{pills}|rope|noose|end it|ended it|kil {selfref}|suicid*|die|dead)',
      '(worked|figured|planed|planned|thought) out (exactly )?how (shed|hed|theyd|id|she would|he would|they would|i would) do it',
      '(dont|do not|cant|cannot) (see|know) why (id|i would|i should|i d) (bother|keep) (carrying on|carying on|going on|living|being alive|waking up|staying alive)',
      '(stood|standing|got up|climbed) on (a|the) (chair|stool|bucket|step) with (a|the|my) (belt|rope|cord|scarf|cable|tie|dressing gown cord)',
      '(rather|prefer to) not (wake up|be alive|be here|exist) (every|each|most|some) (morning|day|night)',
      '((if|without) (it wasnt|it werent|it was not|i didnt have|i did not have|not for) (for )?(the|my) (dog|cat|kids|children|son|daughter|mum|mom|pets)) ~~ (id|i would|i d) (have )?(given up (by now|long ago|years ago|already)|be gone|not be here|have ended it|have gone|be dead)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 13: not planning to be around to see it (not a move, a posting or a trip).',
    unless: ['((im|i am|i m|were|we are) (leaving|going|moving|off|flying|shiping out|emigrating|relocating) (for|to|abroad|overseas|away|out)|(my|our|his|her) (deployment|posting|move|relocation|transfer|visa)|long distance)'],
    patterns: [
      '(not|never) (planning|planing|expecting|intending|going) (on|to) (be|being|stick|sticking|hang|hanging) (around|here) (long enough|much longer|for long|past|til|till|until|to see)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 13: "checking out early" said after a loss (not a hotel or a shop).',
    unless: ['((check|checking|checked) out early (from|of) (the |a |our |my )?(hotel|airbnb|hostel|party|work|the office|gym|shop|store|library)|check out time|checkout)'],
    patterns: ['(checking|check|checked) out early & (divorce|worried|worrying|bugging|scared|dark|life|split|breakup|funeral|lost (his|her|my) job)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 13: "you\'ll be fine without me" said over and over.',
    patterns: [
      '(keep|kept|keeps|always) (saying|telling (him|her|them)) (things like )?(youl|you will|youd|you would|theyl|he|she) be (fine|better|happier|beter of|ok|okay) without me',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 14: whether an overdose hurts; rope bought with a cover story; a lorry wished into me.',
    unlessNear: ['(patient|patients|nurse|doctor|paramedic|ward|on the news|documentary|article|podcast|film|book|series|coursework|essay|exam|revision|pharmacology|first aid)'],
    patterns: [
      '(does|do|would|wil|will|is|if) (a |an )?({pills} )?(overdose|overdosing|od|hanging|drowning) (hurt|hurts|painful|take long|quick|work)',
      '(bought|buying|got|ordered|picked up) (a |some |the |a length of )?(rope|charcoal|hosepipe|hose) & (told|said|pretended|say|telling) ~~ (it was for|its for|was for|for the garden|for camping|for the car) & (its not|it isnt|it is not|it wasnt|not realy|lied)',
      '(easier|beter|better|relief|wouldnt mind|hope|wish|pray|be nice) ~~ (if|when|that) (a |the |some )?(lorry|truck|bus|car|train|van|tram) (just )?(hit me|hits me|ran me over|runs me over|took me out|ploughed into me|ploughs into me)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 14: at a cliff, a bridge or the tracks and not coming back (not a walk home by bus).',
    unlessNear: ['(bus|taxi|lift|uber|train|boat|ferry|the long way|that way|same way|too far|mud|muddy|midges|tired|knees|blisters|shortcut|short cut|circular|loop|route|cafe|pub|back there|back again)'],
    patterns: ['(cliff|clifs|cliff path|bridge|viaduct|river|the sea|the lake|the tracks|railway|reservoir|quarry|pier|harbour wall) ~~ (im |i am |and im |and i am )?(not|never) (walking|coming|going|turning) back'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 14: not being anyone\'s problem this time next month; no point in being around; arrangements made and a watch left; the inheritance sooner; outstayed a welcome on this earth.',
    patterns: [
      '(this time next (week|month|year)|by (next|the end of the) (week|month|year)|soon|after (christmas|my birthday|the wedding|this week)) ~ (i|il|ill|he|hel|she|shel|they|theyl) (wont|wil not|will not|not|no longer) be (your|our|a|anyones|anyone s|their|his|her|my|everyones|the familys) (problem|burden|worry|headache)',
      '(made|making|sorted|sorting|put in place) (his|her|my|their|al the|al his|al her|final)? ?arangements & (very low|been low|so low|depressed|(im|i am|i m) to have (his|her) *|left me (his|her) *|(giving|gave|given) (his|her|my) (things|stuf|possessions) away|not eating|stopped eating)',
      '(get|have|inherit) (their|the|my|his|her|our) (inheritance|money|house|insurance) (sooner|earlier|quicker|faster) (if|when) (i|he|she|they) (wasnt|werent|was not|were not|was gone|were gone|died|am gone|wasnt around|wasnt here|was dead)',
      '(outstayed|overstayed|outlived) (my|his|her) (welcome|use|usefulnes|time) (on this earth|in this world|on earth|in this life|on this planet) & (gone|giving|gave|given|no one|nobody|everyone|tired|alone|lonely|low|ready)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 14: no point in being around (not staying on at a party or at work).',
    unlessNear: ['(party|work|office|shift|pub|club|meeting|wedding|event|queue|match|game|gig|overtime)'],
    patterns: ['(no point|pointless|no reason) (in |of )?(me|him|her|them) (being|staying|sticking) (around|here|alive)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 14: older people who stop eating until they die, pull out a drip, or keep a late husband\'s tablets and say they are ready to go.',
    patterns: [
      '(stop|stopped|stopping|refusing|refuses|refused|not) (eating|food|drinking|to eat|to drink) (until|til|till|so) (he|she|i|they) (dies|die|died|is dead|are dead|am dead|can die)',
      '(tried|trying|tries|keeps trying) to (pul|rip|take) out (her|his|my|their) (drip|tube|line|cannula|feeding tube|oxygen) & (die|let (her|him|me) (go|die)|had enough|ready to go|end it|no point)',
      '(keeping|saving|hoarding|stockpiling|kept|saved|hoarded|stockpiled|squirreling away|stashing|stashed) (up )?(her|his|my|their|the|some|al)? ?(old |late )?(husbands |wifes |mums |dads |mothers |fathers )?({pills}) & (ready to go|had enough|want to die|wants to die|been (very |so )?low|no point|end it|not (want|wanting) to be here|a burden|tired of living)',
      '(asking|begging|begs|asks|asked|begged|keeps asking) ~ (staff|nurses|carers|doctor|me|us|them)? ?to (let|help) (her|him|me|them) die',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 14: a dead or absent relative\'s tablets kept back, or tablets asked for by someone who says they are ready to go: worth one caring question.',
    // Kept for an ache of one's own: "keeping my dad's old painkillers for when my back flares up".
    unlessNear: ['(flare up|flares up|flared up|my back|my knee|my neck|my shoulder|migraine*|headache*|period pain|toothache|hangover*)'],
    patterns: [
      '(keeping|saving|hoarding|stockpiling|stashing|stashed|hoarded|stockpiled|squirreling away) (up )?(her|his|my) (old |late )?(husbands|wifes|mums|moms|dads|mothers|fathers|partners) (old )?({pills})',
      '(ready to go|had enough of (life|living)|tired of living|wants to die|wants to go now) ~~ (. )?~~ (asked|asking|asks|begged|begging|wants|wanted) (me )?to (get|buy|fetch|bring|pick up) (her|him|them) (some |more |extra )?({pills})',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 14: a car left running in a shut garage.',
    patterns: ['(car|engine|van|motor) (is )?(runing|running|on|ticking over) in (the|a|our|my) (garage|lock up|closed garage) & (door|doors) (is |are )?(shut|closed|down|locked)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 14: wanting to join someone who has died.',
    patterns: [
      `${GONE_BEFORE} ~~ (. )?~~ ${TO_JOIN_THEM}`,
      `${TO_JOIN_THEM} ~~ (. )?~~ ${GONE_BEFORE}`,
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 16, phones and money: a goodbye posted on a story and no reply since; "I won\'t need it" with a PIN or the phone now off.',
    patterns: [
      '(posted|posts|put up|put|shared|uploaded|tweeted|wrote|left) ~~ (sorry for everything|goodbye (everyone|al|world|to everyone|for ever|forever)|bye everyone|black square|farewel (everyone|al|world)) ~~ (story|status|insta*|facebook|fb|twitter|tiktok|snap*|whatsapp|page|wal|profile) & ((wont|not|isnt|hasnt|stoped) (reply|replying|replied|answer|answering|answered|picking up|read)|phone (is )?(of|dead|switched of|going (straight )?to voicemail)|cant (reach|get hold of))',
      '(wont|wil not|not going to|wont be) (need|needing) (it|them|this|that|my *|any of (it|this|that)|the (car|acount|pin|money|house|keys|password|pasword|cards))( anymore| any more| again)? & (phone (is )?(of|now of|switched of|dead|going (straight )?to voicemail)|not (answering|picking up|replying)|wont (answer|pick up|reply)|cant (reach|get hold of)|pin|pasword|password|passcode|bank details|my wil|life insurance)',
    ],
    unlessNear: ['(moved|moving|new (car|job|phone|one|acount|card)|upgrad*|sold|selling|bought|cancel*|subscription|retir*|graduat*|expired|closed|closing|switching|switched banks)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 16, LGBTQ+ lives: not expecting to reach an age, no future where I am me, giving a family that would rather have a dead child what they want.',
    victim: 'self',
    // Getting somewhere on time, a score or a goal, and a future with the partner in doubt.
    unlessNear: ['(trafic|late|on time|pm|am|oclock|minutes|mins|train|bus|flight|meeting|party|dinner|work|gym|ofice|shop|clas|lecture|deadline|finish line|final|semi*|round|level|score|points|folowers|subscribers|likes|goal|kg|lbs|miles|km|steps|pregnant|with (him|her|them|you)|together|this relationship|(where|in which) (we|us)|mariage|this job|this town|this house)'],
    patterns: [
      '(dont|do not|cant|cannot|doubt) (really )?(think|se|imagine|believe) (i|il|ill) (wil |ever )?(make it|live|last|be around|be here|get) (to|til|till|until|past) (1[89]|[2-9][0-9]|my #|my #s|christmas|next year|my birthday|the summer|next summer|graduation|thirty|forty|twenty *)',
      '(dont|do not|cant|cannot|never) (really )?(se|imagine|picture) (a|any) (future|life) (where|in which) (i|im|i am|i get to|i can)',
      '(give|giving|gave) (them|him|her|everyone|my (parents|family|mum|mom|dad)) what (they|he|she) (want|wants|wanted) & (rather (have|be) a dead|better (of|off) dead|better off without|wish (i|you) (was|were) dead|wish (i|you) (had|d) never been born|dead (son|daughter|child|kid))',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 16: "I\'ll make it easy for everyone then", said after a row: the bot asks.',
    patterns: ['(il|i wil|im going to|im gona|let me|ok il|fine il) (just )?make (it|things|this|life) (easy|easier) for (everyone|everybody|al of you|you al|you both|everyone else|the lot of you)( then| now)?($| \\.)'],
    unlessNear: ['(move out|moving out|leave the house|pack|stay at|sofa|divorce|sign|pay|sell|split|custody|organi*|cook|tidy|clean|schedule|rota|list|plan|calendar|spreadsheet|lifts|pick up|drop of)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 17, new parents and recovery: means ready once the baby is safe, taking the baby too, a bad batch hoped for, an overdose wished to have worked, not seeing myself reach an age, being found after a binge, the drink welcome to finish me, a funeral planned young.',
    unlessNear: ['(renovat*|kitchen|garden|wedding|party|holiday|trip|budget|presentation|speech|exam|essay|move|moving|business|proposal|surprise|birthday|game|match|recipe)'],
    patterns: [
      '(got|have|ive got|bought|found|hid|hidden) (the|a|my) (rope|noose|gun|pils|pills|tablets) ~~ (need|want|waiting for|wait for|once|when|after|as soon as) ~~ (the baby|the kids|the children|the boys|the girls|my (baby|son|daughter|kids)) ~ (somewhere safe|safe|looked after|at (my|her|his) (mums|moms|sisters|nans)|with (my|her|his) (mum|mom|sister|nan|dad))',
      '(go to sleep|sleep forever|not wake up|die|end it|be gone|disapear) and (take|taking) (the baby|the kids|the children|them|my (baby|son|daughter|kids)) with (her|him|me)',
      'hoping (the|this|my) (next )?(batch|bag|gear|hit|dose|line|score) (is|wil be|s|turns out) (bad|bunk|laced|too strong)',
      'wish* (the|my|that) (overdose|od|attempt) (had )?(worked|had worked|did it|did the job|finished me)',
      '(dont|do not|cant|cannot) se myself (getting|making it|living|lasting) (to|til|until|past) (1[89]|[2-9][0-9]|next year|christmas)',
      '(theyl|they wil|someone wil|somebody wil|someonel|hel|shel|they would|theyd) find me ~~ (dead|gone|too late|cold)',
      '(theyl|they wil|someone wil|somebody wil|someonel|hel|shel|they would|theyd) find me ~ (after|when|once) ~ (a|the|my|i) ~~ (it wil be over|itl be over|itl al be over|it wil al be over)',
      '(drink|drinking|booze|drugs|gear|the bottle) (wil|is going to|is gona|l) (finish me of|finish me off|kil me|be the death of me) & (fine with (it|that)|ok with (it|that)|dont care|wouldnt mind|cant come soon enough|sooner the beter)',
      'before i go through with it & (die|dead|when im gone|after im gone|my funeral)',
      '(plan|planing|planed|planned|organising|organizing|arranging) (out )?(my|your) own funeral & (only (1[0-9]|[2-5][0-9])|picked the songs|writen to|leters|goodbye|young)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 17, new parents: people "like me" who should not be allowed to live; not the rent in London.',
    unlessNear: ['(live (in|here|there|with|near|like|on|at|off)|rent|mortgage|house prices)'],
    patterns: [
      '(people|mums|moms|mothers|dads|fathers|parents|women|men|someone|girls|guys) like me ~~ (shouldnt|should not|dont deserve to|do not deserve to|have no right to) (be allowed to )?(live|exist|be alive|be here|breathe)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 17, found by the coaching-question check: a day decided on for "it", said and left there ("I\'ve decided I\'m going to do it on Sunday."), unless the task is named beside it.',
    unlessNear: ['(tidy*|clear* out|paint*|decorat*|the loft|tel (him|her|them)|talk to (him|her|them)|the conversation|propos*|quit|resign|hand in|leave (him|her)|move out|the move|garden|bake|diet|the test|the exam|the jump|skydiv*|bungee|the marathon|the race|the haircut)'],
    patterns: ['(ive|i have|i) (decided|made up my mind|made my mind up) ~ (im going to|im gona|il|i wil|to|that im going to|that il) (do it|go through with it) (on|this|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight|tomorow) $'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 17, recovery: a partner drinking all day who sends "look after the boys" and then goes silent.',
    victim: 'other',
    patterns: [
      '(look after|take care of|look out for|kis) (the|our|my) (boys|girls|kids|children|baby|dog) (for me)? & (wont answer|not answering|isnt answering|phone (is )?(of|dead)|cant reach|missing|gone out|drinking al day|left the house)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 18, rural and isolated lives: the means made ready (a rifle cleaned, letters written), a wish to be at the bottom of the dam, a drop or an edge thought about, "I\'m next" after mates who died.',
    unlessNear: [
      '(fishing|swim*|boat|kayak|diving|dive|photos|picnic|walk the dog|sunset|paddle*)',
      // Gone somewhere else, a rope put to work: "mates are gone now, moved abroad", "the rope for the swing".
      '(moved|moving|abroad|married|engaged|emigrat*|retired|left town|uni|university|pregnant)',
      '(swing|hamock|bikes|washing|tarp|tyre|tire|punching bag|boxing bag|plants|lights|decorations|bunting)',
    ],
    patterns: [
      '({weapon}|guns|rifles|shotguns|pistols) ~ (cleaned|loaded|out|ready|in the (ute|truck|car|shed)) & (letters|letter|notes|note) ~~ (writen|writen out|done|ready|for (her|him|them|the kids|the boys|the girls|jen|mum|my *))',
      '(beter of|rather be|belong|ought to be) (at the bottom of|under|in) (the |a )?(dam|river|lake|sea|quarry|ocean|creek|water|ground)',
      '(thinking|think|thought|wonder|wondering|wondered) (about )?(just )?(leting|leting it|driving|steering|rolling|sending) (it |the (tractor|ute|truck|car|rig|lorry) )?(go )?(over|of|into) (the )?(embankment|edge|cliff|bank|drop|river|dam|gorge|ravine|bridge)',
      '(might|could|wil|gona|going to) ~ (just )?step (of|of of) (the )?(edge|side) (of )?(the )?(pit|cliff|roof|bridge|quarry|platform|boat)',
      '(past|over|acros|by) the (bridge|cliff|quarry|dam|gorge|overpas|viaduct) (and|n) (wonder|think|thinking|wondering) about (it|jumping|stoping|going over)',
      '(going|gona|heading|driving) to the ~ (quarry|cliff|cliffs|bridge|gorge|dam) (tonight|today|later) & i know (the edge|where|the spot|how)',
      '(mates|friends|boys|lads|blokes|guys|brothers|everyone|al) ~~ (are )?(gone|dead|died|passed) ~~ (im|i am|il be|i wil be|i must be|prob (be )?|probably) next',
      '(mates|friends|boys|lads|blokes|guys|brothers|everyone|al) ~~ (gone|dead|died|passed|topped themselves|kiled themselves) & (im|i am|il be|i wil be|i must be) next (honestly|tbh|probably|prob|i reckon|i think)? ?$',
      '(rope|noose|cord|belt) (over|on|around|from|tied to) (the|a) (beam|rafter|rafters|banister|branch|hook|pipe) & (cut (it|me) down|found me|pulled me down|almost hapened|not sory)',
      '(dont|do not) ~ want to (come (back )?(up|back|home|out) from|survive|make it through) (the |my )?(next )?(shift|rotation|deployment|swing)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 18: saying goodbye while telling people a cover story ("told her I am going home. I am not going home"), giving away what they love.',
    patterns: [
      '(told|tel|telling|thinks|think) ~ (im|i am) (going|moving|heading) & (gave|giving|given|give) (away )?~~ (my|her|him|them) & (im|i am) not( going| moving)?( home| there| anywhere)? $',
      '(gave|given|giving|give) (away )?~ (my|his|her) ~ (dogs|dog|horse|horses|saddle|guns|tools|saws|bracelet|rings|ring|coat|guitar|medals|quad|bike|truck|ute) ~~ (and|then) (sold|gave|given) & (alone|by himself|by herself|on (his|her) own|no phone|guns|gun|rifle)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 18, someone else: a farewell ("thanks for everything", "sorry for everything, look after my dogs") and then silence, or with a weapon to hand.',
    patterns: [
      '(thanks for everything|thank you for everything|sory for everything|you were the best of us|look after (my|his|her) (dogs|dog|kids|cat|horse|boys|girls)) & ((not|hasnt|hasnt been|isnt|wont|stoped) ~ (answering|answered|picking up|replying|replied)|phone (went|is|was|now) (of|dead|straight to voicemail)|service (pistol|rifle|weapon)|{weapon}|guns)',
      '(his|her|their) (last|latest) (facebook |fb |insta |instagram )?(post|message|text|status) ~~ (calling|goodbye|farewel|so long|see you on the other side) & (hasnt|havent|not|no one has|nobody has) ~ (turned up|shown up|ben sen|heard|answered|answering|replied|come home|ben home)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 18, short messages: means hidden from oneself, enough of something to do it, a tomorrow that will not come, a gun already out, the kindest thing being to remove myself.',
    patterns: [
      '(hid|hide|hiding|locked|lock) (up |away )?(the|my|al the|al my) ~ (knives|knife|blades|razors|{pills}|guns|gun|rope|belts|cords) (away )?from (myself|me)',
      '(theres|there is|have|got|ive got|i have|i got) enough ({pills}|ketamine|insulin|drench|sheep drench|poison|heroin|gear|pentobarbital|green dream|euthanasia solution|tablets|of them|of it) ~~ to do it',
      '(tomorrow|tomorow|next week|christmas|new year) (wont|wil not|isnt going to|is not going to) (happen|come) for me $',
      '(wont|wil not|isnt going to|is not going to) be a (tomorrow|tomorow|next week|next christmas|next year) for me',
      '(put|hid|hide|locked|lock|gave|taken|took) ~~ (knives|knife|blades|razors|{pills}|guns|gun|rope|belts|cords) ~~ so (i|that i) (cant|cannot|wont|dont) (get at|get to|reach|use|find|grab) (them|it)',
      '(have|got|holding|took|taken) the (gun|rifle|pistol|shotgun|revolver|handgun|service pistol) out & (not ok|not okay|cant do this|cant anymore|rn|right now|tonight)',
      '(kindest|best|right) thing ~~ (remove|rid) (myself|the world of me|them of me|everyone of me)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 18: someone says they have a plan and will not say what; no reason to wake up. The bot asks.',
    patterns: [
      '(said|says|told me) (she|he|they) (has|have|had|got|s got) a plan (and|but) ~ (wont|wil not|wouldnt|not|refuses to) (tel|say)',
      '(why|no point|no reason) ~ (do i |i )?(even )?bother (waking up|living|breathing|being alive)',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Not staying for what comes next ("if they make me redundant I\'m not sure I\'ll stick around", "I won\'t be around for the baptism"). The bot asks; trips, moves and jobs are set aside.',
    hyperbole: true,
    unlessNear: ['(spending (it|christmas|xmas|the holidays|new year|new years|the day) (with|at|in)|holiday|vacation|trip|travel*|abroad|moving|move|moved|flight|flying|festival|wedding abroad|work trip|conference|away (for|on|at)|new job|stay (with|at)|visiting|at work|working|shift|on call|in hospital for|annexe|annex|new (place|house|flat|home)|downsiz*|bungalow|care home|retire*|deploy*|posting|tour|leaving for|long distance|rotation|semester|lease|tenancy|heat|weather|(stick around|be here|be around|last) ~ (at|in|with|on) (this|the|my|that) (job|company|firm|team|place|office|role|club|band|course|project|contract|town|city|house|flat|school|uni))'],
    patterns: [
      '(not sure|dont think|doubt|wont|not going to|probably wont|might not|may not|dont know if) (il |i wil |i would |id |i |ill )?(stick around|be around|be here|be alive|last) ($|for|to (see|find|get|watch|meet|make it)|til|until|after|much longer|long enough|that long)',
      '(wont|will not|am not going to|im not going to|not gona) (stick around|be around|be alive) (for|to see) (the|his|her|their|my|our) (baptism|christening|wedding|birth|birthday|graduation|exams|results|court date|hearing|trial|anniversary|christmas|new year|summer|holiday)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A room booked with no checking out ("I\'ve booked a hotel for friday and I\'m not planning to check out"). Not a late checkout.',
    patterns: ['(booked|book|booking|got) ~~ (hotel|room|airbnb|cabin|b and b|motel) & (not (planing|going|gona) to check out|wont (be )?check* out) ($|ever|at al|this time|alive)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A note that says who takes the dog or the things ("a note in my locker saying where the dog should go").',
    unlessNear: ['(sitter|dog sitter|cat sitter|pet sitter|neighbour|neighbor|while (we|im|i am) away|holiday|trip|food|walks|feeding)'],
    patterns: ['(note|letter|leter) ~~ (says|saying|with|explaining|telling (them|him|her|you)) ~~ (where|who) (the|my) (dog|dogs|cat|cats|pets|kids|children|things|stuff|money|car|plants) (should|wil|is to|are to|can) (go|get|have|live|be looked after)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Picturing being found, and it being easier ("I keep thinking the cleaner will find me one morning and that would be easier than another shift").',
    hyperbole: true,
    unlessNear: ['(asleep|sleeping|snoring|on the sofa|hungover|drunk|naked|in my pyjamas|embarasing|embarassed)'],
    patterns: ['(think|thinking|imagine|imagining|picture|picturing|wonder|wondering) ~~ ((wil|would|is going to|gona|wil be the one to|would be the one to) find me|finding me|finds me|found me) ~~ (easier|beter|beter of|a relief|relieved|dead|cold|hanging|gone|over|at peace|for good|not breathing)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'The dead envied, or a wish to go the way they went ("some days I envy him for being dead", "I wish I could just disappear like she did", after a death).',
    hyperbole: true,
    patterns: [
      '(envy|envied|envious of|jealous of|jelous of) (him|her|them|the dead|people who (are dead|died|have died|got to die)|my *|my * *) ~ (for )?(being dead|dying|getting to die|not having to (feel|be here|live|wake up)|being gone)',
      '(wish|wished|want|wanted) ~ (disapear|go|be gone|die|leave) like (she|he|they|my (mum|mom|dad|brother|sister|friend|wife|husband|son|daughter|partner|best friend)) did & (died|dead|late|funeral|grave|passed|suicide|kiled (herself|himself|themselves)|took (her|his|their) (own )?life)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Still wanting to do it after a method was found out, or pills stockpiled with a time in mind ("mum found my searches about overdoses... i still want to do it", "been stockpiling since the funeral and i think this weekend").',
    unless: ['(toilet roll|loo roll|food|tins|water|snacks|firewood|nappies|diapers|formula|shopping|marathon|race|tattoo|skydive|bungee)'],
    patterns: [
      '(stil|stil realy|stil just) (want|wana|wanna) (to )?(do it|go through with it|end it) & (overdos*|pills|tablets|kil {selfref}|suicid*|rope|search history|searches)',
      'stockpil* ~~ (and )?(i think )?(this weekend|tonight|tomorow|soon|on (sunday|monday|tuesday|wednesday|thursday|friday|saturday)|next week|friday|saturday|sunday)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Medicine stopped so that God or nature decides when I go ("I stopped taking my meds because I want God to decide when I go").',
    patterns: ['(want|let|leave it (up )?to|letting|leaving it to) (god|nature|fate|the universe|allah) (to )?(decide|take me|choose) (when|if) ~ (i go|i die|its my time|i am taken|i get taken) & (stoped|stopping|stop|quit|not taking|skiping|skipped) ~ ({pills}|meds|medication|tablets|insulin|treatment)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Someone else\'s goodbye: sorry for the mess I will find, or a letter saying sorry left with the car gone or cliffs talked about.',
    hyperbole: true,
    unlessNear: ['(party|parties|cleaning|clean up|kitchen|kids|puppy|renovation|decorat*|builders|moving|garage|service|mot|repair*)'],
    patterns: [
      'sorry (for|about) (the mes|what) (youl|you wil|you|theyl|they wil|someone wil|whoever|u wil|ul) (find|finds|sees|see)',
      '(left|leaving|wrote|written) (a|the) (letter|leter|note) (saying|that says|sayin|to say) (sorry|goodbye|im sorry) & ((car|phone) (is |s |was )?(gone|of|off|missing) ($|and)|not answering|cant reach|missing|cliffs|cliff|bridge|the river|the sea|the tracks)',
    ],
  },
];
