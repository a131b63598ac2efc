/**
 * Lexicon rules for `emergency`. Emergencies happening now: an overdose taken, a weapon in the room, someone breaking in, serious injury.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import { HURT_IN_WORDS } from './context.ts';
import type { LexiconRule } from './rule.ts';

/** When the event itself is dated weeks or years back ("pulled a knife on me last week"); other dates in a long story do not count. */
const WHEN_PAST = '(last (week|month|year|weekend|summer|winter|spring|autumn|christmas)|(days|weeks|months|years|year|month|week) ago)';
/**
 * Words that put an overdose in the last hours, not a life ago ("I just took an overdose", not "I
 * took an overdose when I was 15"): needed before "took an overdose" counts as one happening now.
 */
const NOT_LONG_AGO = '(just|tonight|today|this (morning|afternoon|evening)|an hour ago|# (minutes|mins|hours|hrs) ago|right now|now|help|scared|dizzy|sleepy|sick|feel|cant|what do i do|sory|goodbye|bye)';
/** Medicines by name, beyond the shared {pills} list ("taken all my lithium"). */
const MEDS =
  '({pills}|lithium|sertraline|citalopram|fluoxetine|prozac|zoloft|quetiapine|seroquel|olanzapine|diazepam|valium|lorazepam|codeine|tramadol|morphine|oxycodone|fentanyl|methadone|amitriptyline|propranolol|co codamol|cocodamol|nurofen|panadol|acetaminophen|naproxen|pregabalin|gabapentin|zopiclone|mirtazapine|venlafaxine|heart (meds|pills|tablets)|blood pressure (meds|pills|tablets)|sleeping tablets|anti depressants|antidepressants)';
/** A weapon incident dated in the past: partner violence, not an emergency now. */
const WEAPON_PAST = `(pulled|had|held|waved|grabbed|pointed|threatened me with) ~~ {weapon} ~~ ${WHEN_PAST}`;
/**
 * How long abuse has gone on, as second-language and everyday English put it: "since years",
 * "since 5 years", "from long time", "for months", "all our marriage".
 */
const DURATION =
  '((since|for|from|over|through) (years|yrs|months|ages|decades|so long|a long time|long time|very long|many (years|months)|# (years|yrs|months)|the (start|begining|wedding)|we (got )?(married|maried|met))|(all|whole|throughout) (our|my|the) (marriage|relationship)|(every|each) (day|night|week|weekend)|al the time|whenever (he|she|they))';
/** An overdose dated in the past: not an emergency now. */
const OVERDOSE_PAST = `(${WHEN_PAST} ~~ (swalowed|took|taken|downed|overdosed|oded|od)|(swalowed|took|taken|downed|overdosed|oded) ~~ ${WHEN_PAST})`;
/** Someone who could be dangerous inside or at the home. */
export const INTRUDER = '({perp}|someone|someones|somebody|somebodys|some one|an intruder|intruder|a man|a guy|some guy|some man|a stranger|strangers|people|men)';
/** Places in and around a home where a dangerous person can be. */
const AT_HOME =
  '(outside|here|# (minutes|mins|min) away|on (his|her|their) way (here|over|to (me|my|our|the))|nearly here|almost here|heading (here|over|to (my|our))|at (the|my|our) (door|window|house|work|place|gate)|in the (house|driveway|yard|garden|hallway|hall|car park|parking lot|kitchen|living room|lounge|next room|other room)|in my (room|house|driveway|yard|garden|flat|apartment|home)|downstairs|upstairs|coming|on the (porch|doorstep|stairs|landing)|outside my (door|house|window|flat|apartment|room|work|car|place))';
/** "Is in / got into / broke into" the home. */
const INSIDE =
  '((in|inside|got in|got into|broke in|broke into|broken into|has broken into|came into|walked into|let (himself|herself|themselves) into) (my|the|our) (house|home|flat|apartment|place|room|bedroom|building|hallway|kitchen|living room)|inside|broke in|has broken in|is breaking in|breaking in|kicked (the door )?in|let (himself|herself|themselves) in)';
/** Hiding or shut in somewhere while a danger is in the home. */
const HIDING =
  '(hiding|hidin|barricaded|locked (myself|us) in|locked the door|im locked in|were locked in|typing (this )?(under|from inside|from the|in the)|(im|i am|were|we are|kids are|sat|sitting|curled up|crouched|crouching|huddled|lying|laying) ~ under the (table|bed|desk)|' +
  '(texting|typing|messaging|writing) (you |this )?(from|in) (the|my|a) (laundry|laundry room|bathroom|bathrom|closet|wardrobe|cupboard|toilet|loo|basement|attic|garage|car|shed|pantry))';
/** A past good deed: "had to call 999 for a man who collapsed at the bus stop". */
const CALLED_FOR_A_STRANGER =
  '(had to|i|we|he|she|they|helped|proud (of me|of him|of her)|so proud) (call|caled|called|ring|rang|phone|phoned) (911|999|000|112|an ambulance|the ambulance|paramedics) for (a|an|some|this|the|an old|an elderly) (man|woman|guy|lady|stranger|person|passenger|customer|cyclist|kid|boy|girl|old *|elderly *|runner|jogger|driver|student)';
/** Laughter and everyday reasons that make a fire/smoke or breathing phrase harmless. */
const HARMLESS_SMOKE = '(toast|cooking|burnt (the )?(toast|food|dinner|pizza|popcorn)|bbq|barbecue|vape|vaping|weed|cigar|shisha|hookah|incense|candle|bonfire|campfire|fireworks|concert|smoke machine|fog machine|fire drill|drill|movie|film|game|dream)';

/** Every `emergency` rule the screen applies. */
export const EMERGENCY_RULES: readonly LexiconRule[] = [
  {
    category: 'emergency',
    level: 'imminent',
    note: 'An overdose or poisoning that has already happened.',
    unless: [
      '(took|take|taken|taking) ~ {pills} (out|of the|from the|out of)',
      OVERDOSE_PAST,
      '(overdosed|oded|od|overdosing) on (the )?(sarcasm|chocolate|sugar|caffeine|coffee|netflix|romance|drama|love|cheese|cake|sweets|candy|tv|memes|work|kindness|compliments|carbs|junk food|pizza|feelings|emotions|cuteness|nostalgia|jealousy|attention|gym)',
      '(rather|might as well|make me want to|could|would|id) ~ (drink|drank|swalow|eat) ~ (bleach|poison)',
      // A threat made to keep someone ("if I leave") is suicide risk, not a poisoning that has happened.
      '(says|said|saying|threaten*|texted|swears|swore|told me|keeps saying|wil|hel|shel|hed|shed|gona|going to) ~ (drink|swalow|take|eat) ~~ (if|unless|when|the day) (i|we|you|mum|mom|dad|she|he|they) ~ (leave|leaves|go|goes|divorc*|break|dump*|end|cal|tel|move)',
      '(if|unless|when|the day) (i|mi|me|we|you|yu|u) ~ (leave|lef|leaves|go|goes|divorc*|break|dump*|end|cal|tel|move) ~~ (drink|swalow|take|eat) ~ (bleach|poison|pesticide|rat poison|weed kiler|weedkiler|antifreeze|sniper|gramoxone|paraquat)',
      // "if I marry him he will drink the pesticide": a threat about the future, not a poisoning now.
      '(hel|shel|theyl|he wil|she wil|they wil|he would|she would|they would|hed|shed|is going to|s going to|is gona|s gona) (drink|swalow|take|eat) ~ (bleach|poison|pesticide|rat poison|weed kiler|weedkiler|antifreeze|sniper|gramoxone|paraquat|kerosene|phenyl)',
    ],
    patterns: [
      '(i|ive|i just|just) (cut|slit) my (wrists|wrist|throat)',
      `(took|taken|swalowed|downed|ate|had|popped|drank|chuged|necked|after taking|after swalowing|after downing) (a bunch of|a lot of|lots of|loads of|a load of|al (of )?(my|the|his|her)|to many|way to many|a whole|the whole|an entire|like #|(about |around |nearly |over |almost |maybe )?[1-9][0-9]|(a )?handful of|every|a bottle of|the bottle of|a box of|a pack of|half (the|a|of)|a strip of|a sheet of|the rest of) ~ ${MEDS}`,
      '(took|swalowed|downed|popped) ([1-9][0-9]|like #) ~ (of them|of those)',
      // The pills left unnamed but their effect told: "I took all of it. The whole bottle. The room's spinning", "she said 'I took all of them', now she's slurring".
      '(took|taken|swalowed|downed) (al of (it|them|those|my|her|his)|al of em|the (whole|entire) (bottle|box|pack|packet|lot|tub|strip|jar)|the lot|every (single )?(one|pil|tablet)) & (spinning|dizzy|slurring|slurred|not making sense|drowsy|so sleepy|cant keep (my|her|his|their) eyes open|heart (is )?racing|racing heart|throwing up|vomit*|being sick|cant feel|going numb|numb|fading|cant stand|cant wake|wont wake|passed out|blurry|seeing double|everything (is )?going (dark|black))',
      // Round 25: the medicine cabinet emptied with the medicines named ("…paracetamol and his blood pressure pills").
      `(took|taken|swalowed|downed|necked) (everything|every thing|al of it|whatever was) (in|from) (the|my|our|mums|dads) (cabinet|medicine cabinet|bathroom cabinet|medicine cupboard|cupboard|drawer|medicine box|first aid box) ~~ ${MEDS}`,
      // Round 24: "counted every pill out of my weekly box and swallowed the lot about 20 mins ago".
      `(swalowed|downed|necked|took|taken) (the lot|them al|al of them|every (single )?one|every last one) & ${MEDS}`,
      `(took|taken|swalowed|downed|ate|popped|necked|had|after taking|after swalowing|after downing) (my|the|a|his|her|our) (whole|entire|full) (bottle|box|pack|packet|strip|tub|blister pack|prescription|supply|stash) (of )?~ ${MEDS}`,
      '(i|ive|i have|i just|she|he|they|just|has|have|friend|mate|boy|girl|{relation}|{partner}) (just )?(overdosed|oded|od d|od)',
      // Round 21: "I just took an overdose" was silent (only "overdosed" was heard); past ones stay out (OVERDOSE_PAST).
      `(took|taken|had|done|did) (an|a|another) (overdose|od) & ${NOT_LONG_AGO}`,
      // Present-tense "drink bleach" is often a threat rather than a poisoning; it stays here until
      // the suicide rules name it, because silence would be worse than the wrong category.
      '(drank|drunk|drink|swalowed|ate|took|downed|chuged|necked) ~ (bleach|antifreeze|poison|rat poison|drain cleaner|weed kiler|weedkiler|pesticide|insecticide|phenyl|phenol|kerosene|paraffin|petrol|gasoline|lighter fluid|battery acid|detergent|tide pod|tide pods|washing up liquid|dettol|lye|caustic soda|nail polish remover|antifreze)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'An overdose with its signs: blue lips, passed out, not responding, foaming, fitting.',
    unless: [
      OVERDOSE_PAST,
      '(from the cold|so cold|freezing|slushie|lipstick|popsicle|ice pop|blue raspberry|swimming|the pool)',
      '(rage|anger|angry|mad|furious|fury|jealous*|yeling|screaming)',
      // Round 26: a fitting for clothes, not a fit: "wedding dress fitting and the zip won't go up".
      '(dress|suit|bridal|wedding|bra|costume|uniform|kilt|tux|tuxedo) fitting',
      // Sex or touching while I was passed out is a past sexual assault told, not an overdose now.
      '(sex|raped|rape|touched|groped|asaulted|undressed|on top of me|inside me|did stuff|did things|filmed|photos) ~~ (while|when|after) (i|im|i am|i m) (was )?(passed out|pased out|blacked out|unconscious)',
    ],
    hyperbole: true,
    patterns: [
      '(lips|face|skin|fingers|fingertips|nails) ~ (going|turning|turned|are|is|look|looks|gone|went) (blue|purple|grey|gray)',
      '(hes|shes|theyre|he is|she is|they are|baby is|{child} is|{relation} is|{partner} is) (turning|going|gone|turned) (blue|purple|grey|gray)',
      // "she's blue and slumped over", "he's grey and not moving"
      '(hes|shes|theyre|he is|she is|they are|baby is|{child} is|{relation} is|{partner} is|(his|her|their) lips are) (blue|purple|grey|gray) (and|n) ~ (slumped|not breathing|unresponsive|limp|colapsed|passed out|unconscious|not moving|cold|wont wake|floppy|wont answer|not answering)',
      '(fitting|having a fit) (on the (floor|ground|bed)|and|rn|right now|again|help)',
      '(wont|cant|isnt|not|aint) (come|coming) (round|around|to) & (floor|fiting|fit|seizure|{pills}|fel (down|over|of|and hit|backwards)|drank|passed out|unconscious|blood|hit (his|her|their) head)',
      '(passed out|pased out|blacked out|colapsed|unconscious|unresponsive|limp) & (foaming|not breathing|stopped breathing|blue|wont wake|cant wake|seizing|shaking|fiting|convulsing|vomit*|throwing up|choking|{pills}|drank|overdose*|oded|od|bleach|poison)',
      'foaming at the mouth',
      '(not|isnt|aint|wont|stopped|stoped|is not) (responding|responsive|waking up) & ({pills}|overdose*|oded|od|drank|bleach|poison|passed out|colapsed|unconscious|breathing|blue|fel|floor|ground|seizure|fiting|limp|foaming|blood|bleeding|(cant|wont|couldnt|can not|cannot) wake)',
      '(is|s|hes|shes|im|theyre|she is|he is|i am) overdosing',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone with a weapon, breaking in, or attacking right now.',
    victim: 'self',
    unless: [
      '(licen*|hunting|range|colect*|cooking|chef|hobby|season|video game|movie|show|carving|turkey|chopping|slicing|dinner|bbq|steak|bread|vegetables|cake)',
      '(rabbits|foxes|pests|vermin|clay pigeons|clays|targets|crows|roos|kangaroos|wild pigs|fixing|building|the fence|firewood|chopping wood|putting up|hanging)',
      // "I'm sitting here with the gun": the weapon is in my own hand (suicide rules).
      '(im|i am|i m) (sitting|siting|sat) (here |alone )?(with|w) (a |the |my )?{weapon}',
      WEAPON_PAST,
      CALLED_FOR_A_STRANGER,
      // A weapon turned on themselves is a suicide threat (suicide rules), not an intruder.
      'in (his|her|their) mouth',
      '(to|against) (his|her|their) (own )?(head|temple)',
      'in (her|his|their) (bag|purse|handbag|drawer)',
      // "last time she was holding a knife": a past scene told to explain a threat (partner rules).
      '(last time|the last time|that time|the time|back then|once) ~~ (he|she|they|my {partner}) (was|were) (holding|waving|carrying)',
      // "the officer told my kids 'always call 999 if something's wrong'": safety advice, not a call now.
      '(always|remember to|know (how )?to|knows (how )?to|taught|teach|teaching|learned|learnt|when to|how to) (call|ring|dial|phone) (911|999|000|112)',
    ],
    patterns: [
      // Articles are often dropped in a second language or a hurry: "outside my door with knife", "in the yard with the shotgun".
      `${AT_HOME} ~ (with|w|wth|wit|wid|wiv|has|holding) (a |his |her |the |big |sharp )?{weapon}`,
      '{perp} ~ (is holding|holding|grabbed|pulled out|took out|waving|got out|picked up|brandishing) (a|his|her|the|my|our) (kitchen |big |steak |bread |carving |hunting |pocket )?{weapon}',
      '{perp} (has|have|got|is holding|s holding|holding|grabbed|pulled|pulled out|took out|is waving|s waving|waving|got out|picked up|just grabbed|has grabbed|s grabbed|s got|has got) (a|his|her|the|my|our) (big |huge |sharp |large |long )?(kitchen |big |sharp |huge |large |long |steak |bread |carving |hunting |pocket )?{weapon}',
      '(gun|knife|rifle|pistol|weapon) (pointed|pointing|aimed) at (me|us|my)',
      // "sharpening a knife and saying tonight's the night for me"
      '{perp} ~ (sharpening|sharpens|sharpened|loading|loads|loaded|cleaning|cleans) (a|his|her|the|my|our) ~ {weapon} & (tonight|right now|rn|for me|kil|staring|glaring|looking at me|says|saying|threaten*|warns|warned|next|my turn)',
      '{perp} ~ (breaking|banging on|pounding on|kicking|battering|trying to (break|get|kick)) ~ (door|window|in|down)',
      'call (911|999|000|112)',
      '(broke|breaking|broken|broke in) (into|in to) (my|our) (house|home|apartment|place|room|flat)',
      '(hes|shes|{partner} is|someone is|theyre) (hitting|choking|beating|attacking|strangling|hurting|kicking|stabbing|raping) (her|him|them|my *) & (right now|rn|now|help|what (do|should|can) i do|next room|other room|i can hear|as we speak|as i type|downstairs|upstairs)',
      // "someone's breaking in", "he's trying to get in through the back window"
      `${INTRUDER} ~ (breaking|trying to break|forcing (his|her|their|a) way|smashing (his|her|their) way|has broken|just broke) in $`,
      `${INTRUDER} ~ (breaking|trying to break|trying to get|forcing (his|her|their|a) way|climbing|smashing (his|her|their) way) (in|into (my|the|our) (house|home|apartment|flat|room|bedroom|place|caravan|trailer|window)) (now|rn|right now|through|thru|via|from|the|downstairs|upstairs|and|while|as)`,
      `${INTRUDER} ~ (climbing|climbed|coming|came|getting|got|crawling|breaking|broke) (in|into|through) (my|the|our) (window|windows|back door|front door|bedroom window|kitchen window|patio door)`,
      '(kicked|kicking|smashed|smashing|broke|breaking|forced|forcing) (the|my|our) (door|window|back door|front door|bedroom door) (in|down|open) & (coming|here|inside|hiding|rn|right now|help|stairs|upstairs|downstairs|in the house)',
      `${INTRUDER} ~ (banging on|pounding on|kicking|hammering on|punching|bashing|smashing|trying to (break|get|kick)) ~ (door|window|doors|windows) & (kil|hurt|scared|terified|help|rn|right now|hiding|wont leave|screaming|yeling|(caled|caling) (the )?(police|cops|911|999|000|112))`,
      // "someone is trying the handle of my bedroom window right now"
      `${INTRUDER} ~ (trying|tries|trying to open|rattling|jiggling|turning|testing|forcing|smashing|breaking|kicking|bashing|punching) (the|my|our) ~ (handle|handles|door|doorknob|knob|lock|locks|window|windows) & (right now|rn|home alone|im alone|hiding|scared|terified|help|what do i do|this (second|minute|instant)|as we speak|as i type)`,
      // "banging on the door with a bat", "smashing the window with a hammer"
      '(banging|pounding|hammering|kicking|bashing|smashing|hitting) (on )?(the|my|our) (front |back |bedroom |bathroom |kitchen )?(door|window|windows|doors) ~ (with|w) (a|his|her|the) {weapon} & ({perp}|someone|somebody|outside|hiding|scared|terified|help|right now|rn|this (second|minute)|kil|hurt|screaming|yeling|drunk|wont leave)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'An attack told in the present ("he is hitting me"), unless it has gone on for years ("he is hitting me since years" is ongoing abuse: partner rules) or the hurt is in words ("hurting me with his lies").',
    victim: 'self',
    unless: [DURATION, HURT_IN_WORDS],
    patterns: ['(hes|shes|he is|she is|{partner} is|{partner} s|someone is|theyre|they are) (hitting|choking|beating|attacking|strangling|hurting|kicking|stabbing|raping|shooting) me'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A dangerous person inside the home while I hide ("ex is in my house, hiding in the wardrobe").',
    victim: 'self',
    unless: [
      '(lol|lmao|haha|in laws|inlaws|surprise party|hide and seek|hide n seek|game|awkward|cringe|embarased|embarasing)',
      'hiding from (the|this|that|our|a|his|her) (conversation|talk|argument|chat|topic|problem|issue|truth|feelings|questions)',
    ],
    patterns: [`${INTRUDER} (is |s |has |just |still |has just |is still )?${INSIDE} & ${HIDING}`, `${INTRUDER} ~ ${AT_HOME} & ${HIDING}`],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'An attack that has just happened while the attacker is still here, or that left serious injuries ("my son came home bleeding from his ear" tells of a harm already over).',
    unless: ['(lol|lmao|haha|pilow|nerf|fifa|game|play fight|playfight|tickl*)', '(came|comes|come) (home|back) (from (school|nursery|daycare|class|his *|her *|their *|the *) )?bleeding'],
    patterns: [
      '(just|has just|s just|ve just|have just) (hit|beat|beat up|beaten|beaten up|punched|slaped|kicked|choked|strangled|stabbed|shot|attacked|raped|headbuted|threw|thrown|pushed|shoved) & (still (here|in the|inside|home|outside|around|in my|at the|in our)|locked (myself|me|us) in|hiding|(hes|shes|theyre) (here|back|coming back)|(took|taken|smashed|broke) my phone)',
      '(hes|he has|shes|she has|theyve|they have) (thrown|pushed|kicked|beaten|punched|stabbed|strangled|choked|shoved) (me|her|him) & (broken|bleeding|blood|cant (move|breathe|get up|stand)|locked (the|me|us)|taken my phone|still here)',
      '(chok*|strangl*) ~~ (until|til|till|to the point) ~ (passed out|blacked out|lost consciousness|went unconscious|fainted) & (come round|came round|came to|(cant|can not|cannot) (swallow|breathe|talk|speak)|just woke up|woken up on|right now|rn)',
      '(beat*|hit*|stab*|chok*|strangl*|attack*|kick*|punch*) (her|him|them) & (now now|as we speak|as i type|(she|he) (don )?faint*|fainted|passed out|knocked (her|him|them) out|knocked out|unconscious)',
      'bleeding (from|out of) (my|his|her|their|the) (head|ear|ears|mouth|eye|eyes|neck|chest|stomach|belly|back)',
      'blood (coming|pouring|gushing|pumping|spurting|streaming|runing) (from|out of) (my|his|her|their|the) (head|ear|ears|mouth|eye|eyes|neck|chest|stomach)',
      '(cant|can not|cannot) see out of (one|my|her|his|their|the) ~ eye & (hit|punch*|beat*|blood|bleeding|fel|kicked|attacked)',
      '(cant|can not|cannot) feel (my|his|her|their) (legs|arms|body|face|neck) & (crash*|ditch|fel|falen|accident|hit|pushed|thrown|stairs|car|wreck)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 6: a pregnant woman just hit in the stomach and bleeding, cramping or not feeling the baby move.',
    unless: [`${WHEN_PAST}`, '(when i was pregnant with|during my (last|first|previous) pregnancy|years ago|back then)'],
    patterns: [
      `(just|has just|s just|tonight|today|rn|right now) ~ ({hit}|kicked|punched|pushed|shoved|threw|stamped on|jumped on) ~ (me|my) ~ (stomach|belly|bump|tummy|down the stairs) & (pregnant|# weeks|# weks|my bump|the baby) & (bleeding|blood|cramps|cramping|contractions|waters|(cant|can not) feel (the|my) baby|baby (isnt|hasnt|stopped|stoped|not) moving)`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 6: a small child who swallowed drugs, medicine or a household poison and now shows signs.',
    victim: 'other',
    patterns: [
      `({child}|toddler|baby|kid|little one|he|she) ~~ (got into|ate|swalowed|drank|got hold of|chewed|has eaten|has swalowed|found and (ate|swalowed|drank)) ~ (my|the|some|a|our|an|al the|half (a|the)|grandmas|nans|grans|dads|mums|moms) ~ (${MEDS}|methadone|bleach|detergent|pods|tide pods|washing pods|batteries|button battery|battery|magnets|vape|vape juice|weed|edibles|gummies|antifreeze|alcohol|vodka|cleaning *|rat poison|poison|drugs|fentanyl|heroin|iron tablets|dishwasher tablets) & ({child}|toddler|baby|little one|# (year|month) old|#yo) & (floppy|sleepy|drowsy|unresponsive|wont wake|not waking|cant wake|vomit*|throwing up|fiting|seizure|fit|struggling to breathe|breathing (weird|funny|slow|strange)|blue|limp|pale|unconscious|out of it|foaming|drooling|crying in pain|how many|how much|poison control|poisons|what do i do)`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Fire, smoke or petrol with someone trapped or threatening to light it.',
    hyperbole: true,
    unless: [HARMLESS_SMOKE],
    patterns: [
      '(smoke|fire|flames|burning) ~~ (cant|can not|cannot|unable to|no way to) (get out|escape|breathe|open (the|my) (door|window))',
      '(smoke|fire|flames) & (cant|can not|cannot|unable to) (get out|escape|open the door) $',
      '(filing|filed|full|fils) (up )?(with|of) smoke',
      '(smoke|flames) (everywhere|coming (under|through|from|in)|pouring) & (cant|trapped|locked|stuck|help|get out|now|rn)',
      '(trapped|stuck|locked in|locked me in|locked us in) & (fire|smoke|flames)',
      '(on fire|fire|flames|smoke) & (cant|can not|cannot) (get to|reach) (my|the|our) ~ (room|bedroom|kids|baby|son|daughter|mum|mom|dad)',
      '(fire|flames|smoke) & (is|s|are|re) still (inside|in there|in the (house|building|flat|room|apartment))',
      '(poured|pouring|splashed|spraying|sprayed|dousing|doused|covered) ~~ (gas|gasoline|petrol|lighter fluid|kerosene|paraffin|fuel|accelerant) & (lighter|matches|match|light it|burn|set fire|on fire|flame|threaten*)',
      '(set|setting|lit|lighting) ~~ (on fire|alight|ablaze|fire to) & (still (here|outside|in|there)|outside (my|the)|right now|rn|(hes|shes|theyre) (here|outside|coming))',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Weapons mentioned with someone present and signs of threat.',
    victim: 'self',
    unless: [
      '(licen*|hunting|range|colect*|cooking|chef|hobby|season|video game|movie|show|nightstand|under (the|his|her) (pilow|bed|mattress)|in the (drawer|closet|safe|glovebox)|keeps a|owns a|sleeps with)',
      // A habit ("sometimes when he's drunk", "whenever we argue") is partner violence, not this minute.
      '(sometimes|whenever|every time|everytime|used to|in the past|(when|if) (hes|shes|theyre|he is|she is|he gets|she gets|they get|we (argue|fight)) ~ (drunk|angry|mad|high|jealous|upset|argue|fight))',
      WEAPON_PAST,
      'in (his|her|their) mouth',
    ],
    patterns: [
      '(he|she|hes|shes|{partner}) ~~ (and|with|has|got|holding) a (gun|knife|rifle|pistol|machete|weapon) & (kids|car|here|outside|threaten*|says|going to|gona|now|drunk|pointed|pointing)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A threat to crash the car with me in it, while driving.',
    // A habit told afterwards ("whenever we argue he drives fast… he did it again on Sunday") is partner violence, not this drive.
    unless: ['(whenever|every time|everytime|each time) (we|i|he|she) ~ (argue|fight|row|disagree|say|says|talk|get in)', 'did it again (on|last|yesterday|the other)'],
    patterns: [
      '(says|saying|threatening|threatens|screaming|yeling|shouting|going to|gona|trying to|wil|hel|shel) ~~ (crash|wreck|kil|drive|swerve) ~~ (us|both|the car|into|of) & (with me in|me in the car|im in the car|in the car with|pasenger|highway|motorway|speeding|# mph|#mph|doing #|(with|w) (her|him|them|us|the (kids|baby)|my *|our *) in (the|his|her) (car|truck|van)|(got|has|took|taken) (my|our|the) ({child}|kids) (in the car|and))',
      // "he's got the kids in the car, he's drunk and says he'll drive us off the road"
      '(drive|drives|driving|crash|crashing|wreck|swerve|run) ~~ (of|off) the (road|bridge|cliff|highway|motorway) & (kids|{child}|us|me|her|him|them) & (drunk|drinking|wasted|high|in the car|in his car|in her car|car keys|just drove)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A medical emergency.',
    // Words or tears choked on: "I'm choking on all the things I never said".
    unlessNear: ['(choking|choke|choked) on (al |so many )?(the |my |his |her |those |these )?(things|words|tears|silence|anger|rage|regret|guilt|pride|secrets|lies|feelings|what (i|he|she))'],
    patterns: [
      '(wont|cant|can not|cannot) wake (him|her|them) up',
      '(he|she|they|{relation}|{partner}) (wont|cant|didnt|isnt) wake up',
      '(he|she|they|{relation}|{partner}) (wont|cant|isnt) respond',
      // Round 15: "she didn't respond" is a text left unanswered ("didn't respond for 4 hours") unless a body is described.
      '(he|she|they|{relation}|{partner}) (didnt|did not) respond & (floor|found (him|her|them)|unconscious|breath*|colapsed|shook|shaking|limp|pale|blue|pulse|ambulance|999|911|112|not moving|eyes|lying (there|on)|on the ground|slumped|fainted|fit|seizure|wont wake)',
      '(unconscious|choking on)',
      'bleeding (a lot|out|heavily|badly|everywhere|so much)',
      'bleeding (realy|so|very|super|extremely) (badly|bad|heavily|much)',
      'bleeding ~ from (his|her|their|my) (wrist|wrists|neck|throat|arm|leg|head|thigh|stomach) & (badly|bad|a lot|heavily|wont stop|cant stop|so much|everywhere|deep|help|pouring)',
      'blood everywhere',
      '(throwing up|vomiting|coughing up|puking) blood',
      '(seizing|convulsing|having a seizure|having seizures|had a seizure)',
      '(house|apartment|building|home|room|kitchen|flat|car) (is|s) on fire',
      '(fire in|fire at) (my|the|our) (house|apartment|building|home|flat)',
      '(is|s|hes|shes|just) drinking ~ (bleach|antifreeze|poison|rat poison|drain cleaner|weed kiler|pesticide|phenyl|kerosene|lighter fluid)',
      '(i|ive|i just) cut ({selfref} )?(way )?to deep',
      'cut {selfref} (way )?to deep',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone not breathing, not responding, or having a heart attack or stroke (not "I literally stopped breathing" at a crush, or "mum will have a heart attack").',
    unless: [
      '(crush|cute|gorgeous|😳|🥰|😍|when (he|she|they) (looked at me|smiled|kissed me|texted|walked in))',
      // Feeling-words: "I can't breathe when we argue" describes distress, not a body in danger.
      '(cant|can not|cannot) breathe (when|whenever|every time) (we|he|she|they|i) ~ (argue|fight|talk|think|se|fought|argued|am|get)',
      // "I can't breathe under it anymore": pressure in a relationship, not a body short of air.
      '(cant|can not|cannot) breathe (under|around|with|in) (it|this|that|him|her|them|all|the pressure|the weight|this relationship|this mariage|this house)',
      '(feel|feels|felt|feeling) like (i|we) (cant|can not|cannot) breathe',
      // A feeling so strong it takes the breath: "I hate him so much I can't breathe", "so angry I can't breathe".
      '(hate|love|miss|resent) (him|her|them|it|this|you) (so much|that much) (that )?i (cant|can not|cannot) breathe',
      'so (angry|upset|hurt|mad|furious|jealous|gutted|betrayed|humiliated) (that )?i (cant|can not|cannot) breathe',
      // Round 26: laughter takes the breath ("tickles me until I can't breathe from laughing", "laughing so hard he can't breathe").
      '(cant|can not|cannot|couldnt|could not) breathe (from|for|with) (laughing|laughter|giggling|giggles)',
      '(laughing|laughed|giggling) so (hard|much) (that )?(i|he|she|we|they) (cant|can not|cannot|couldnt|could not) breathe',
    ],
    unlessNear: [
      // Panic told as panic: "I thought I was having a heart attack but the GP said it's panic".
      '(thought|felt like|was sure) ~ (i was|im|i am) having a (heart attack|stroke) ~~ (panic|anxiety|gp said|doctor said|doctors said|it was just)',
    ],
    patterns: [
      '(not|isnt|stopped|stoped|cant|cannot|can not|aint) (breathing|breathe)',
      // A person must be named: "just not waking up" on its own is a wish (suicide), not a body.
      '(he|she|hes|shes|they|theyre|him|her|baby|{child}|{relation}|{partner}|{parent}|mums|moms|dads|grandad|granddad|nan|nana|gran|papa|uncle|aunt|patient|body) ~ (wont|isnt|is not|aint|not) waking up',
      '(having|is having|s having|just had|s had|has had|think (hes|shes|im|theyre) having) (a )?(heart attack|stroke)',
      '(cant|can not|cannot) breathe & (chest|heart|throat|swelling|swolen|alergic|lips)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone not responding, when the message is not about texts or calls going unanswered.',
    unless: ['responding to (me|my|our|any|her|his)', '(ghost*|left on read|left me on read|read receipt*)', '(texted|mesaged|dmed) (him|her|them)'],
    patterns: ['(wont|isnt|is not|aint|stopped|stoped) (responding|responsive)', '(hes|shes|theyre|he is|she is|they are) not (responding|responsive)'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone collapsed (not flopping on the sofa after a long day).',
    unless: [CALLED_FOR_A_STRANGER, 'colapsed (on|onto|into) (the|my|our|a) (sofa|couch|bed|chair|armchair)', '(slept|sleeping|nap|naped|wiped out|exhausted|knackered) ', '(deal|plan|plans|business|company|marriage|relationship|talks|market|roof|tent|cake|souffle) ~ colapsed'],
    patterns: ['colapsed'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A fall or blow after which someone is not moving.',
    patterns: [
      '(not|isnt|aint|stopped|stoped) moving $ & (fel|falen|fall|droped|colapsed|jumped|hit (his|her|their) head|knocked|crash*|stairs|pushed|thrown)',
      '(on the (floor|ground|pavement|road)|at the bottom of the stairs|slumped|limp) ~ (and )?(not|isnt|aint|stopped|stoped|wont) (moving|responding|waking up|answering) & (fel|falen|fall|droped|colapsed|hit (his|her|their) head|knocked|crash*|stairs|pushed|thrown|drunk|{pills}|drank|blood|bleeding)',
      '(his|her|their) breathing (sounds|is|s|seems|looks) (weird|strange|funny|wrong|shallow|raspy|gurgly|gurgling|rattly) & (fel|falen|fall|colapsed|hit (his|her|their) head|knocked|stairs|{pills}|drank|overdose*|not moving|unconscious|wont wake)',
      '(hes|shes|theyre|he is|she is|baby|{child}|body) ~ (not|isnt|aint|stopped|stoped|wont|cant) (moving|move) & (fel|falen|fall|droped|colapsed|jumped|jump|hit (his|her|their) head|knocked|crash*|stairs|pushed|thrown|wont wake|limp|blue|bleeding|blood|unconscious|passed out)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone who cannot be woken after pills or drink (not a question about doses).',
    // "hoping I won't wake up" is a wish to die (suicide rules), not someone who cannot be woken.
    unless: ['how (many|much)', 'would it take', 'if i (took|take)', 'enough to', '(hoping|hope|wish|wishing|praying|pray) (that )?(i|il) (dont|wont|never|will not|do not) wake',
      // A plan or threat about later ("when is enough I will not wake up", "she'll swallow every pill and not wake up") is suicide risk, not someone unconscious now.
      '(i wil|il|ill|shel|hel|theyl|she wil|he wil|they wil|would|going to|gona|want to|wanna|and|to) (not|never) wake'],
    patterns: ['(wont|cant|isnt|is not|not) (wake|waking) & ({pills}|drank|overdose*|took|bleeding|breathing|alcohol|vodka|drunk|unconscious)'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Stabbed or shot, heavy bleeding.',
    patterns: ['{perp} ~ (just )?(stabbed|shot) me (and|in the|in my|with|twice|again)', '{perp} ~ (just )?(stabbed|shot) me $', '(so much|lots of|a lot of|too much) blood'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Hiding while someone wrecks the home or threatens to get at me ("hiding in the bathroom, he is smashing the house and says he will kill me when he gets in").',
    victim: 'self',
    unless: ['(lol|lmao|haha|hide and seek|hide n seek|surprise party|in laws|inlaws|spider|wasp|mouse|rat|game|awkward|cringe)'],
    patterns: [
      `${HIDING} & {perp} ~~ (smashing|smashed|breaking|kicking|banging|bashing|trashing|wrecking|destroying|punching|throwing) ~ (up )?(the|my|our|everything|things|stuff|door|doors|walls|house|place|flat)`,
      `${HIDING} & (hel|he wil|shel|she wil|theyl|they wil|says (hel|shel|he wil|she wil|theyl)|going to|gona|threaten*) ~ ({kill}|kil|hurt|get|beat|finish) (me|us)`,
      `${HIDING} & (when|once|if|before) (he|she|they) (gets|get|breaks|break) (the door|in|through|it) ~ (open|down|in)?`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A weapon being pointed or aimed now, at me, the children or a pet ("pointing it at the dog and saying I\'m next").',
    victim: 'self',
    unless: ['(lol|lmao|haha|nerf|water (gun|pistol)|toy|video game|paintbal*|airsoft|laser tag|finger|fingers|camera|phone)', WEAPON_PAST],
    patterns: [
      '(pointing|aiming|waving|pointin) (it|that|a|the|his|her|their|my) ~ (at|in) (me|us|my|our|the|him|her|them|his|everyone) & ({weapon}|shotgun|service weapon|firearm|loaded)',
      '(says|saying|said|told me) (im|i am|were|we are|youre) next & ({weapon}|shotgun|service weapon|firearm|loaded|pointing|aiming)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Strangled or choked just now and still struggling to breathe or feel a limb: a medical emergency even when they stopped.',
    unless: ['(lol|lmao|haha|choked on (my|his|her|a|the|some|food|water)|choking on|kink|consensual|we agreed)', '(last (week|month|year)|(weeks|months|years) ago|used to)'],
    patterns: [
      '(strangled|choked|strangling|choking|throttled) (me|her|him|them) & ((hard|difficult|struggling|trouble|hurts|painful) (to )?(breathe|breath|breathing|swallow)|(cant|can not|cannot|couldnt) (breathe|feel (my|his|her)|swallow|talk|speak)|just now|minutes ago|a minute ago|an hour ago|voice (is|s) (gone|hoarse|weird))',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Swallowed something dangerous, unconscious in water, or a drunk driver who has just taken a child (a medical or road emergency now).',
    unless: [
      '(lol|lmao|haha|jk|joke|pride|words|my words|feelings|tears|anger|nerves)',
      '(last (week|month|year)|(weeks|months|years) ago|used to|when i was)',
      '(wasnt|isnt|wasn t|was not|is not|not|never|hadnt|hasnt) (drunk|drinking|been drinking|high)',
    ],
    patterns: [
      '(swallowed|swallowing|just swallowed|has swallowed|ate) (a|an|the|some|his|her|my|two|three|#)? ?(button )?(battery|batteries|magnet|magnets|coin|coins|laundry pod|laundry pods|tide pod|tide pods|dishwasher tablet|dishwasher tablets|razor blade|glass|needle|pin|screw|nail)',
      '(passed out|unconscious|unresponsive|fainted|colapsed|face down|slumped|not moving) ~ in the (bath|bathtub|tub|pool|water|lake|river|sea|canal)',
      '(cant|can not|cannot) (get|pull|lift) (her|him|them|my *) (out|up) & (bath|bathtub|tub|pool|water|lake|river|sea|canal|passed out|unconscious)',
      '(got|has|took|taken|grabbed|put|has got) (my|our|the) ~ ({child}|kids|children|baby|daughter|son|girls|boys) ~ (in|into) (the|his|her|their) (car|truck|van) & (drunk|wasted|hammered|high|been drinking|drinking|over the limit|off his face|off her face) & (drove off|sped off|driving off|speeding off|took off|driving|drove|speeding|just left|keys)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Gas in a locked home, or swelling after a sting or food allergy (anaphylaxis).',
    unless: ['(lol|lmao|haha|fart*|farting|gas prices|gas station|gas bill|petrol station|gassy|bloated|indigestion)'],
    patterns: [
      // "smell gas all through the flat and my partner is passed out", "not answering, door's locked, I can smell gas"
      '(smel*|smells|stinks|reeks) ~ gas & (passed out|unconscious|wont wake|cant wake|not waking|unresponsive|colapsed|not moving|(not|isnt|wont) (answering|answer|opening|open)|no answer|(door|doors) (is |s |are |re )?locked)',
      '(smel*|smells|stinks|reeks) ~ gas & (locked (us|me|them|the (doors|windows|door|window)|al the (doors|windows)|every (door|window))|wont let (me|us|them) (out|leave)|trapped|cant (get out|leave)|lighter|matches|light it|sealed|taped)',
      '((turned on|left on|switched on|turning on|opened|opens|opening) (all )?(the )?(gas|oven gas|gas taps|gas rings|hob|cylinder|gas cylinder|gas bottle|gas tank|gas valve|valve|stove|cooker)|(the )?gas (is|s) (open|on|leaking|hissing)) & (eyes (are |s )?(burning|stinging)|dizzy|(cant|can not|cannot|struggling to) breathe|locked (us|me|them|the (doors|windows|door|window)|al the (doors|windows)|every (door|window))|wont let (me|us|them) (out|leave)|trapped|cant (get out|leave)|lighter|matches|light it|sealed|taped)',
      '(face|throat|tongue|lips|mouth|eyes|neck) ~ (swelling|swollen|swelled|closing|puffing up|puffed up|blowing up) & (stung|sting|bee|wasp|hornet|alergic|alergy|peanut|peanuts|nuts|shellfish|epipen|epi pen|(cant|can not|cannot|struggling to) (breathe|swallow)|wheez*)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Medical signs that need an ambulance now: stroke signs, a head injury with confusion or vomiting, a diabetic low, a floppy child with a high fever, a person with dementia missing in the cold.',
    unless: [
      '(lol|lmao|haha|jk|last (week|month|year)|(weeks|months|years) ago|used to|when i was)',
      '((hes|shes|theyre|he is|she is|they are|seems|seemed) (fine|ok|okay|alright|al right)|confused (why|about|by|at|as to))',
    ],
    patterns: [
      '(face|mouth|smile) ~ (drooping|droopy|drooped|droops|lopsided|droping on one side) & (slur*|arm|weak|confused|cant (speak|talk|lift|move)|stroke|suddenly)',
      '(fel|fallen|falen|fell|hit|banged|smashed|knocked) ~ (his|her|their) head & (confused|being sick|vomit*|throwing up|drowsy|wont wake|cant wake|unconscious|not making sense|seizure|fiting|cant remember|blood|bleeding)',
      '(diabetic|diabetes|insulin|blood sugar|sugar levels|hypo) & (not making sense|slurring|wont wake|cant wake|passed out|unresponsive|sweating and shaking|shaking and sweating|fiting|seizing|colapsed)',
      // Heart attack signs: "he's gone grey and clutching his chest and can't talk".
      '(clutching|clutches|clutched|grabbing|grabbed|gripping|gripped|holding) (his|her|their|my) (chest|heart|left arm) & (grey|gray|pale|blue|sweating|sweaty|cant (talk|speak|breathe|stand)|colapsed|on the floor|fel|fell|not making sense|passed out|wont wake)',
      '(gone|going|turned|turning) (grey|gray|blue|purple) & (cant (talk|speak|breathe)|not breathing|clutch*|colapsed|wont wake|cant wake|unconscious|on the floor)',
      '(temperature|temp|fever) ~ (of |is |at )?(4[0-2]|10[4-7]) & (floppy|limp|wont wake|cant wake|rash|fiting|seizure|not responding|blue|wont drink|not drinking)',
      '(dementia|alzheimers) & (wandered|gone missing|is missing|went missing|cant find (her|him|them)|been gone) & (freezing|cold|dark|night|hours|snow|rain|river|road)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Bleeding that will not stop (not a small kitchen cut).',
    unless: ['(finger|thumb|paper cut|shaving|onion*|slicing|chopping|nosebleed|nose bleed|period|gums)'],
    patterns: [
      '(wont|cant|will not|can not) stop (the )?bleeding',
      '(the )?bleeding (wont|will not|doesnt|does not|isnt going to|cant be|hasnt|has not) (stop|stoped|stopping|be stoped)',
      // "it's soaking through the towel": blood through a dressing is too much to wait on.
      '(soaking|soaked|soaks|bleeding|bled|blood (is |s )?(coming|seeping|going)) (through|thru) (the|a|my|his|her|another|two|three|#) ~ (towel|towels|bandage|bandages|tea towel|shirt|clothes|sheets|plasters|dressing|dressings|gauze|tissues|jumper|hoodie)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 4: danger told by what is happening this minute: a car rammed, hands round a throat next door, screams then silence, an ex at the refuge gate with something in his hand, a child who drank something from under the sink.',
    unless: ['(lol|lmao|haha|jk|film|movie|show|episode|game|dream|dreamt|nightmare)', WEAPON_PAST, OVERDOSE_PAST],
    patterns: [
      // "my ex just rammed my car with me and the kids in it"
      '(rammed|rams|ramming|crashed into|smashed into|drove into|driving into|reversed into|(drove|driving|drives|reversed|smashed) (his|her|their|the) (car|van|truck) into) (mine|us|me|(my|our|the) (car|van|taxi|bike)) & ({perp}|ex|someone|a man|a car) & (just|right now|rn|now|getting out|coming|following|still|with (me|us|the kids|my kids|the baby|the kids) in)',
      '(run|ran|running|trying to run|tried to run|forced|forcing|drive|driving|rammed|ramming|pushed|shunted) (us|me|my car|our car) (off|of) the (road|motorway|highway) & (just|right now|rn|now|following|behind (me|us)|still|help|(walking|coming) (over|towards|to)|getting out)',
      // "he's got his hands round her throat in the next room, I can hear her choking"
      '(hands|hand|arm|arms|belt|rope|cord) (round|around|on|at|across) (her|his|their|my|my (mums|moms|mothers|sisters|dads|fathers|brothers|friends|nans|grans|nanas|wifes|husbands)) (throat|neck) & (next room|right now|rn|i can hear|as we speak|as i type|help|what (do|should|can) i do|choking|cant breathe|going blue|turning blue|upstairs|downstairs)',
      // Screaming, then silence, with the partner still there: "I think she might be dead."
      '(think|afraid|scared|worried|terified) (that )?(she|he|they|shes|hes|theyre|my {relation}|my neighbour|my neighbor|the neighbour|the neighbor) (might|could|may|is|s)? ?(be )?(dead|dying|badly hurt|seriously hurt|unconscious) & (screaming|screams|thud|thuds|bang|banging|crash|silent|silence|quiet|husband|boyfriend|partner|wife|girlfriend|hit|beat*|fight|fighting)',
      '(screaming|screams|shouting|banging|thuds|crashing|fighting) ~~ (now|then|suddenly|and now) ~ (it|its|everything|the flat|the house) ~ (silent|quiet|gone quiet|gone silent|stopped) & (his|her|their) ~ (car|van|truck|husband|boyfriend|partner) ~ (still|outside|there)',
      '(screaming|screams|shouting|banging|thuds|crashing|fighting|crying) (stopped|has stopped|just stopped|suddenly stopped|went quiet|went silent|cut off|goes quiet) & (his|her|their) ~ (car|van|truck) ~ (still|outside|there|here)',
      // "he keeps hitting my sister in the next room right now"
      '({perp}|my {relation}s (husband|boyfriend|partner|wife|girlfriend)) (is |s |keeps |just |wont stop |still )?(hitting|choking|beating|attacking|strangling|hurting|kicking|stabbing|punching|throttling) (her|him|them|my *) & (right now|rn|as we speak|as i type|i can hear (it|her|him|them)|what (do|should|can) i do)',
      // Nobody has seen her for days, curtains shut, a smell: someone may be lying hurt inside.
      '(hasnt|havent|not|isnt|wont|nobody has|no one has) (answered|answering|been seen|seen (her|him|them)|picked up|opened the door|opening the door|replied) & ((curtains|blinds) ~ (shut|closed|drawn)|a smell|the smell|post ~ piling up|milk on the doorstep) & (days|since|al week|two days|three days)',
      // "pulled up outside the refuge and he's walking to the gate with something in his hand"
      '(with|holding|carrying|got|has) (something|a thing|an object|what looks like (a|an) *) in (his|her|their) (hand|hands|pocket) & (outside|at the (gate|door|window)|pulled up|walking (to|towards|up)|coming (to|towards|up)|refuge|shelter) & ({perp}|ex|someone|a man)',
      // "my son drank something from under the sink and he's throwing up and floppy"
      '(drank|drunk|swalowed|ate|eaten|got into|licked|had) ~ (under the sink|from the (cupboard|shed|garage|cleaning cupboard)|cleaning (stuff|products|spray|fluid)|cleaner|chemical*|washing up liquid|dishwasher|medicine cabinet|my (pills|tablets|meds)|(nans|grans|nanas|grandmas|grandads|dads|mums|moms) (pills|tablets|meds)) & (throwing up|vomit*|floppy|drowsy|limp|wont wake|cant wake|burning|foaming|sleepy|cant breathe|struggling to breathe|choking|being sick|fitting|seizure|blue|unresponsive)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 4: a break-in happening "at this moment" in formal words, or a self-inflicted cut that will not stop bleeding.',
    patterns: [
      `${INTRUDER} ~ (breaking|trying to break|forcing (his|her|their|a) way|smashing (his|her|their) way) (in|into (my|the|our) (house|home|apartment|flat|room|bedroom|place|caravan|trailer)) (at this (moment|minute|very moment|time)|as we speak|as i (type|write)|currently|at present)`,
      '(cut|cuts|cutting) ~ (deeper|to deep|too deep|deep) & (bleeding|blood) ~ (wont|will not|doesnt|does not|cant|can not|not) (stop|stoping)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 11: the one to fear is at the house right now, told after their own words were pasted ("open the door… I\'ll kick it in") or in a few words of the writer\'s own.',
    patterns: [
      '(hes|shes|theyre|he is|she is|they are|my ex is|someone is|somebody is) (outside|at the door|at my door|at the back door|at the window|in (my|the) (garden|yard|driveway|hallway|stairwell)) ~~ (banging|bangin|hammering|pounding|kicking|trying the (door|handle|windows))',
      '(hes|shes|theyre|he is|she is|they are|my ex is) (outside|at the door|at my door|in (my|the) (garden|yard|driveway)) (right now|rn|now) & (kick it in|open the door|let (him|her|them|me) in|scared|terified|shaking|hiding|blocked|order|injunction|police|locked)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 13: a deep cut that will not stop bleeding, told by someone with them now.',
    patterns: [
      '(cut|slit|slashed|sliced) (his|her|their|my) (wrist|wrists|arm|arms|throat|leg|neck) ~~ & (blood|bleeding) ~~ (wont|will not|doesnt|does not|isnt|cant|can not) (stop|stopping)',
      '(blood|bleeding) ~~ (wont|will not|isnt|doesnt) stop (even with|with|after|despite) (a |the |my )?(tea towel|towel|pressure|pressing|cloth|bandage|shirt)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 14: a whole bottle taken and barely awake; thirty tablets just taken and feeling strange.',
    patterns: [
      '(taken|took|swalowed|had) (a |the )?(whole|entire|ful) (bottle|packet|box|pack|tub|strip) (of )?(her |his |my |the |mums |dads )?({pills}|something|them|it) & (barely awake|not waking|wont wake|cant wake|unconscious|pased out|not breathing|breathing (funny|strange|weird|slow)|strange|dizzy|sleepy|drowsy|floppy|not making sense|what do i do|help)',
      '(just |ive |i have |i |shes |hes |she |he )(taken|took|swalowed|had) (like |about |around |maybe |nearly |over )?(1[0-9]|[2-9][0-9]|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred) (of )?(my |her |his |the |my mums |my dads |mums |dads )?({pills}) & (strange|dizzy|scared|sleepy|sick|throwing up|vomit*|heart (is )?(racing|pounding)|cant breathe|weird|funny|drowsy)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 16: everything in the cupboard already taken, told on a call that slurred or said goodbye.',
    patterns: [
      '(took|taken|swallowed|has taken|had taken|just took|downed) (everything|al|al of (it|them)|the lot|the rest|whatever) ~~ (cupboard|cabinet|medicine|pils|pills|tablets|meds|drawer|bathroom|first aid) & (slur*|said (bye|goodbye)|to say (bye|goodbye)|hung up|not making sense|drowsy|unconscious|cant wake|wont wake)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 17: an overdose taking hold now (methadone or tablets and breathing slowing), someone blue on the floor by a needle, a whole prescription taken minutes ago, bleeding after the waters break, a floppy feverish baby.',
    patterns: [
      '(took|taken|had|done|used) (too much|to much|way too much|too many|a lot) ~~ (methadone|pils|pills|tablets|meds|gear|heroin|insulin|prescription|sleeping) & (fuzzy|breathing (is |s )?(slow|slowing|weird|shallow)|cant breathe|going dark|pasing out|passing out|blacking out|cant stay awake|cant fel|numb)',
      '(lips|face|skin|fingers|fingertips) (are |is |s |were |was |going |turning |gone |turned )?(blue|grey|gray) & (on the floor|not breathing|wont wake|needle|unconscious|colapsed)',
      '(took|taken|swallowed|had|taking) (my|the|a|her|his) (whole|entire|ful) (prescription|bottle|box|pack|packet|strip|month) ~~ (minutes ago|mins ago|an hour ago|hours ago|# (minutes|mins|hours) ago|just now|right now)',
      'waters (just )?(broke|went|have gone|gone|have broken) & (blood|bleeding|cant reach|not answering)',
      'rash ~~ (doesnt|dont|does not|wont|isnt) (go away|fade|disapear) ~~ glass',
      '(floppy|limp) & (burning up|fever|temperature|wont wake|rash|not feeding|grey|blue) & (baby|toddler|newborn|infant|little one|# (month|week) old)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 17: tablets taken within the hour and the writer now sick, dizzy or scared; not a dose taken for a headache that is easing.',
    // "I took them an hour ago": "them" is the tablets, not someone else at risk.
    victim: 'self',
    unlessNear: ['(headache|migraine|cold|flu|period|cramps|toothache|back pain|hangover|beter|prescribed|as directed|the doctor said|the gp said)'],
    patterns: [
      '(took|taken|swallowed|had) (them|the lot|al of them|# of them|# paracetamol|# pils|# tablets) ~~ (an hour ago|hours ago|minutes ago|mins ago|this morning|last night|earlier) & (sick|dizzy|scared|what happens|drowsy|vomit*|throwing up|shaking|(fel|feling|feels) (weird|funny|strange|wrong|numb|of|odd|floaty))',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 18: someone who has just stabbed or shot themselves, a door being smashed in now, poison from the shed just drunk.',
    patterns: [
      '(just|has just|hes just|shes just|he just|she just) (stabed|shot|hanged|hung|slit) (himself|herself|themselves|his (wrists|throat)|her (wrists|throat))',
      '(hes|shes|theyre|he is|she is|they are|someone is|someones) (smashing|kicking|breaking|bashing|busting|booting) (the|my|our) (front |back |bedroom |bathroom )?door (down|in)',
      '(drank|drunk|swalowed|took|downed|had) ~~ (paraquat|weedkiler|weed kiler|bleach|antifreeze|anti freeze|pesticide|poison|rat poison|sheep drench|drench|roundup|glyphosate|slug pelets) & (just|ago|min|mins|minutes|hour|dont know why|im typing)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A door forced or a window broken by someone who is still here ("my landlord has pushed my door in and is in the flat now shouting, I\'m in the bathroom"). Not a plumber with a jammed lock.',
    unlessNear: ['(plumber|locksmith|jammed|stuck|lost (my|the|his|her) key|locked out|fixing|repair*|firefighter|fire brigade|police|paramedic)'],
    patterns: [
      `${INTRUDER} ~~ (pushed|forced|kicked|smashed|broke|broken|bashed|busted) (my|the|our) (door|front door|back door|window|lock) ~~ & (still here|is in|in the (flat|house|room)|in now|im in the (bathroom|bedroom|kitchen|loo|toilet)|please help|help me|hiding|im alone)`,
      `${INTRUDER} ~~ (trying to|tries to|is trying to) (force|kick in|break|get through|smash) (my|the|our) (door|window|lock) & (still here|im alone|alone|please|help)`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A message that all of the pills are taken, from someone alone or not answering ("my sister just texted \'taken all of them\' and she\'s alone").',
    unlessNear: ['(photos|pictures|pics|selfies|exams|tests|shifts|biscuits|cookies|sweets|chocolates)'],
    patterns: ['(texted|messaged|said|sent|wrote) ~~ (taken|took|swalowed|downed) (al of them|al of it|the lot|everything|them al|the whole (box|bottle|packet)) & (alone|on (her|his) own|not answering|wont answer|isnt answering)'],
  },
  {
    category: 'emergency',
    level: 'possible',
    note: 'Round 21: "I took an overdose" with nothing to say when: asked whether they are in danger now. Not one dated long ago.',
    victim: 'self',
    unless: [OVERDOSE_PAST, '(when i was|as a (kid|teen|teenager|child)|at (uni|school|university)|in (19|20)#|back (in|then)|used to|years ago|once|before i met|survived|recovery|recovered)'],
    patterns: ['(i|ive|i have) (took|taken|had) (an|a) (overdose|od) $'],
  },
];
