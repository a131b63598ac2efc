/**
 * Lexicon rules for harm done by someone close, said in the fewest words: "my dad stabbed me",
 * "my husband cut me with glass", "he says he'll kill the kids". One concept, every doer.
 *
 * The category rules grew from styles of writing (stories, pasted texts, hurried notes) and each
 * names its own doers, so a plain sentence could fall between them: in round nineteen, 260 of 600
 * such sentences (twelve doers × fifty harms, test/safety/screen-plain-harm.test.ts) were silent.
 * These rules name the doer once (CLOSE) and the harm once. They are `partner_violence` (violence
 * at home); the screen turns them into `child_abuse` when the speaker or the victim is a child,
 * and into an `emergency` when it is happening now.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import { JOKE_THREAT, SIBLING_SCRAP, SPORT } from './partner-violence.ts';
import type { LexiconRule } from './rule.ts';

/** Hit with news or a bill, not a blow: "my landlord hit me with a rent increase". */
const WORDS_NOT_BLOWS =
  'hit* me with (a|an|the|his|her|their|this|that|some) ~ (rent|bil|bils|fine|charge|increase|invoice|notice|fee|fees|letter|news|question|questions|text|email|request|deadline|joke|guilt trip|lecture)';

/** Grown-ups at home who are not a partner or a parent: a grown child, a flatmate, a carer. */
const HOUSEHOLD_ADULT =
  '(son|daughter|stepson|stepdaughter|grandson|granddaughter|(grown|adult|teenage) (son|daughter)|flatmate|roommate|housemate|lodger|landlord|carer|caregiver|care worker|support worker)';

/** A brother, sister or cousin, whose blows are often a scrap. */
const SIBLING_ONLY = '((big |older |little |younger |twin |step |half )?(brother|sister|bro|sis)|stepbrother|stepsister|cousin|nephew|niece)';

/** A parent called by what a child calls them, with no "my": "Dad used to put cigarettes out on my arm". */
const PARENT_BY_NAME = '(dad|daddy|mum|mummy|mom|mommy|mam|father|mother|stepdad|stepmum|stepmom)';

/** Someone the speaker lives with or is close to: a partner, family, a flatmate, a carer. */
export const CLOSE = `(he|she|they|{partner}|my ({parent}|${SIBLING_ONLY}|${HOUSEHOLD_ADULT}|(mother|father|brother|sister|son|daughter) in law|in laws)|${PARENT_BY_NAME})`;

/** Parts of the body, for harms done to them ("slashed my face", "broke my ribs"). */
const BODY =
  '(face|arm|arms|hand|hands|leg|legs|neck|throat|back|chest|cheek|lip|lips|wrist|wrists|stomach|belly|thigh|thighs|skin|head|ear|ears|finger|fingers|foot|feet|shoulder|side|eye|eyes)';

/** Something sharp used to cut. */
export const BLADE =
  '(a |the |his |her |their |some |broken |kitchen |a broken )?(knife|knives|glas|bottle|blade|razor|razor blade|scissors|box cutter|stanley knife|machete|key|keys|shard|screwdriver|fork)';

/** Bones a blow breaks. */
export const BONE =
  '(arm|arms|rib|ribs|nose|jaw|wrist|finger|fingers|leg|cheekbone|cheek bone|collarbone|collar bone|eye socket|tooth|teeth|toe|toes|hand|ankle|skull|elbow|shoulder|back)';

/** Who may be killed in a threat against the household ("the kids", "my mum", "all of us"). */
const HOUSEHOLD =
  '(the (kids|children|baby|boys|girls|twins|whole family|family)|my (kids|children|baby|babies|son|sons|daughter|daughters|boys|girls|family|mum|mom|mam|mother|dad|father|parents|sister|brother|nan|gran|new (boyfriend|girlfriend|partner))|our (kids|children|baby|son|daughter|boys|girls|family)|us|us al|al of us|everyone in (the|this) house|me and the (kids|children|baby|boys|girls))';

/** Saying, threatening or warning, in reported speech. */
const SAYS =
  '(said|says|saying|told me|tells me|keeps saying|kept saying|threatens|threatened|swore|swears|texted|texts|screamed|screams|shouted|shouts|yeled|yels|warned me|warns me|promised)';

/** He or she will (the future in reported speech, contracted or not). */
export const WILL_DO =
  '(hel|shel|theyl|he wil|she wil|they wil|hed|shed|theyd|he would|she would|they would|hes going to|shes going to|theyre going to|hes gona|shes gona|he is going to|she is going to|hes gonna|shes gonna)';

/** A harmless "kill us" about a mess or lateness ("mum will kill us when she sees the kitchen"). */
const EVERYDAY_FURY =
  '((if|when|once|for) ~ (late|mes|mesy|muddy|mud|forget*|forgot|spil*|spilt|broke|ate|eat*|dishes|noise|wake|woke|sees the|finds the|grades|results|bil|bils|spend*|spent|scratch*|dent*|crash* (the|her|his|my) (car|bike))|(kitchen|living room|lounge|bedroom|carpet|sofa|couch|wal|wals) (is|looks|s) (a )?(mes|state|wreck|disaster))';

/** Things done with care that share a harm's words: a splinter dug out, a haircut, a nail trim. */
const CARE =
  '(by acident|acidentaly|by mistake|splinter|stitches out|nails|fringe|bandage|plaster|first aid|haircut|cut my hair|trim*|shaving|shave|cooking|chopping|peeling|carving|surgeon|surgery|operation|doctor|nurse|dentist|vet)';

/** Tying someone up as a game or in consensual sex. */
const TIED_IN_PLAY = '(kink*|consensual|safeword|safe word|bondage|role play|roleplay|game|games|we agreed|i asked (him|her|them) to|fun|lol|haha|cops and robbers|halloween|escape room)';

/** A toddler or small child lashing out: not the danger this rule is for. */
export const SMALL_CHILD =
  '(toddler|tantrum|meltdown|teething|baby|little one|(1|2|3|4|5|6|one|two|three|four|five|six) (year|yr|years|yrs) old|(#) (month|months) old|(hes|shes|theyre) (only |just )?(1|2|3|4|5|one|two|three|four|five) ($|and|so|but|lol))';

/** Either of the two, for harms no scrap explains ("beat me black and blue"). */
const SIBLING_OR_ADULT = `${SIBLING_ONLY}|${HOUSEHOLD_ADULT}`;

/** Blows in plain words. */
const HIT_PLAIN = '{hit}|bashed|bashes|thumped|thumps|whacked|whacks|battered|batters|kneed|belted|walloped';

/** Beaten with a thing: a belt, a cable, a wooden spoon. */
const BEATEN_WITH =
  '(hit|hits|hiting|beat|beats|beating|whiped|whips|whiping|belted|lashed|thrashed|smacked|smacks|struck|strikes|battered) (me|us|my (back|legs|face|head|arms|hands|bum|butt)) with (a|the|his|her|their|my|an) (belt|buckle|belt buckle|cane|stick|baseball bat|cricket bat|bat|hose|cable|cord|wire|extension cord|charger cable|charger|hanger|coat hanger|rod|iron|pan|frying pan|poker|hammer|bottle|chair|hairbrush|wooden spoon|broom|broom handle|mop|shoe|slipper|sandal|chancla|flip flop|ruler|whip|chain|dog lead|lead|leash|plank|pipe|metal bar|crowbar|spanner|wrench|golf club|rolling pin|kettle)';

/** A parent, a teacher or elder, or a childhood named beside a beating: the child rule's. */
const BEATEN_AS_A_CHILD =
  '({parent}|old man|old lady|pops|papa|mama|mam|step mum|step mom|{carer}|headteacher|head teacher|headmaster|elder|elders|imam|rabbi|monk|nun|nuns|sister (mary|agnes|margaret)|when i was (a kid|little|young|smal|a child|a boy|a girl|#)|as a (kid|child|boy|girl)|growing up)';

/** A pillow fight or a game, not a beating. */
const BEATEN_IN_PLAY = '(playful*|as a joke|jokingly|pilow|foam|inflatable|toy|nerf|snowbal|water balon|by acident|acidentaly|by mistake|game|fight club)';

/** Every rule about plain harm by someone close. */
export const PLAIN_HARM_RULES: readonly LexiconRule[] = [
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A blade, a blow to the head or a bone broken, by someone close ("my dad stabbed me", "he cut me with glass", "she bashed my head against the wall").',
    unless: [SPORT, SIBLING_SCRAP, CARE, SMALL_CHILD, '(playful*|as a joke|jokingly|tickl*|wrestl*|play fight*|horsing around|choked me up|on (a|my|his|her) (food|drink|sweet|water))'],
    patterns: [
      `${CLOSE} ~ (stabbed|stabs|stabing|knifed|knifes|slashed|slashes|sliced|slices|glased|glases) (me|my ${BODY})`,
      `${CLOSE} ~ (cut|cuts|cuting) (me|my ${BODY}) (with ${BLADE}|open|til|until|again|on purpose|$)`,
      `${CLOSE} ~ (cut|cuts|cuting) my ${BODY}`,
      `${CLOSE} ~ (bashed|bashes|bashing|smashed|smashes|smashing|banged|bangs|slamed|slams|cracked|split|rammed|shoved|pushed) my (head|face|skull) (in|open|into|against|on|of|off|through)`,
      `${CLOSE} ~ (bashed|bashes|smashed|smashes|rammed|rams) me (into|against|through)`,
      `${CLOSE} ~ (smashed|smashes|broke|breaks|cracked|cracks) (a|the|his|her|their|my) (bottle|glas|plate|chair|mug|vase|pan|lamp|plank|stick|bat) (over|on|across|against) my (head|back|face|arm|arms|legs)`,
      `${CLOSE} ~ (broke|breaks|broken|fractured|fractures|dislocated|dislocates|snapped|snaps) my ${BONE}`,
      `${CLOSE} ~ (put|puts|held|holds|pushed|pushes|pressed|presses) (a |the |my |his |her )?pilow (over|on|onto|against|into) my (face|head|mouth)`,
      `${CLOSE} ~ (knelt|kneeled|kneels|kneling|stood|stands) on my (neck|throat)`,
      `${CLOSE} ~ (burned|burnt|burns|burning|scalded|scalds|branded|brands) (me|my ${BODY}) (with|on purpose|again|$)`,
      `${CLOSE} ~ (put|puts|putting|stubbed|stubs|stubbing) (a |his |her |their |the )?(cigarette|cigarettes|cig|cigs|ciggie|ciggies|fag|fags|joint|cigar) (out )?(on|into|in) (me|my ${BODY})`,
      `${CLOSE} ~ (strangled|strangles|strangling|throttled|throttles|choked|chokes|choking) me (til|until|so|and|again|every|$)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Harm by car, water or cold by someone close ("my ex tried to run me over", "she held my head under the water", "he locked me out in the snow all night").',
    unless: [SPORT, SIBLING_SCRAP, '(mario kart|video game|game|fortnite|gta|minecraft|roblox|by acident|acidentaly|by mistake|fel asleep|forgot (i was|to unlock|i was out|my key))'],
    patterns: [
      `${CLOSE} ~ ((ran|runs|run) me (over|down|of the road)|(drove|drives|reversed|swerved) (the car |his car |her car |the van |his van )?(at|into|towards) me|tried to run me (over|down|of the road)|(hit|knocked) me (down |over )?with (the|his|her|their|a) (car|van|truck|ute|jeep))`,
      `${CLOSE} ~ (tried to|try to|tries to|tried) (drown|suffocate|smother|gas|bury|strangle|hang) me`,
      `${CLOSE} ~ (held|holds|pushed|pushes|forced|forces|shoved|shoves) (my (head|face)|me) (under|into) (the )?(water|bath|bathwater|sink|toilet|pool|river|sea)`,
      `${CLOSE} ~ (pushed|pushes|shoved|shoves|threw|throws) me out of (the|a|his|her|their|our) (moving )?(car|van|truck|ute|window)`,
      `${CLOSE} ~ (locked|locks|left|leaves|shut|shuts|put|puts) me (out|outside|in the (garden|yard|shed|car|garage|boot|trunk|cellar|basement|attic|loft|cupboard)) ~~ (al night|overnight|in the (snow|freezing)|in my (pyjamas|pajamas|underwear|nightie|nightdress|socks)|with no (coat|shoes|food|water)|for (days|the night|the whole night)|as (a )?punishment)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Tied up and left, or starved, by someone close ("she tied me to the bed and left me", "he starved me for days").',
    unless: [TIED_IN_PLAY, SMALL_CHILD],
    patterns: [
      `${CLOSE} ~ (tied|ties|tying|taped|tapes|cable tied|zip tied|chained|chains) me (up|down|to (the|a|my) (bed|chair|radiator|banister|bannister|pipe|tree|post|table|door)) ~~ (and (left|leaves|locked|locks|went|goes|beat|beats|hit|hits|burned|burns|raped|rapes)|for (hours|days|the night|the whole)|al night|overnight|so i (couldnt|could not|cant)|while (he|she|they) (went|was|were|goes))`,
      `${CLOSE} ~ (starved|starves|starving|starve) me (for|til|until|as|and|$|every|when|because|to|again)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A pet killed to frighten me ("he killed my cat to show me what he could do", "she drowned my dog").',
    unless: [SPORT, '(vet|put down|put to sleep|euthan*|by acident|acidentaly|ran over (my|the) (cat|dog) by acident)'],
    patterns: [
      `${CLOSE} ~ (killed|kils|drowned|drowns|poisoned|poisons|strangled|strangles|hanged|stabbed|stabs|tortured|tortures|set fire to|burned|burnt) my (cat|dog|pet|pets|puppy|kitten|rabbit|bunny|hamster|bird|parrot|horse|budgie|guinea pig) ~~ (to (show|scare|punish|teach|hurt|make|warn)|in front of (me|the kids|the children)|because i|as (a )?(warning|punishment)|and (said|told me|laughed)|so i (would|wouldnt)|if i|when i)`,
      `${CLOSE} ~ (drowned|drowns|poisoned|poisons|strangled|strangles|tortured|tortures|set fire to) my (cat|dog|pet|pets|puppy|kitten|rabbit|bunny|hamster|bird|parrot|budgie|guinea pig)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A threat to kill the household, said or told ("he says he\'ll kill the kids", "she\'s going to kill us all", "he said he would kill me and then himself").',
    hyperbole: true,
    unless: [JOKE_THREAT],
    unlessNear: [EVERYDAY_FURY, SPORT],
    patterns: [
      `${CLOSE} ~ ${SAYS} ~ ${WILL_DO} ({kill}|drown|burn|poison|stab|shoot|strangle|slit (the|my|our) *) ${HOUSEHOLD}`,
      `${WILL_DO} ({kill}|drown|poison|stab|shoot|strangle) ${HOUSEHOLD} $`,
      `${WILL_DO} ({kill}|drown|poison|stab|shoot|strangle) ${HOUSEHOLD} (one day|one of these days|in our sleep|in (my|our|their) beds|tonight|if|when|before|and (then )?(himself|herself|themselves))`,
      `(scared|afraid|terified|frightened|worried|sure|convinced|think|know|feel like) (that )?${WILL_DO} ({kill}|hurt) ${HOUSEHOLD}`,
      `${CLOSE} ~ (is|s|was) (going to|gona|gonna|about to) ({kill}|drown|poison|stab|shoot|strangle) (the (kids|children|baby)|my (kids|children|baby|son|daughter)|our (kids|children|baby|son|daughter))`,
      `${SAYS} ~ ${WILL_DO} (slit|cut) my (throat|neck|face)`,
      `(take|takes|took|taking) (the|my|our) (kids|children|baby|son|daughter|boys|girls) (and|then|and then) ({kill}|drown|poison|hurt) (them|him|her)`,
      `{weapon} ~~ ${SAYS} ~ ${WILL_DO} (use it|use them|use that) on (me|${HOUSEHOLD})`,
      `({kill}|kils|kiling|murder) (me|us|the kids|the children|the baby|my (kids|children|family)|you|u) (and|then|and then) (then )?(himself|herself|themselves|kil (himself|herself|themselves))`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A threat to kill said with a weapon in hand, or a threat against "them" when children are named ("my dad said he\'d kill me, he had a knife in his hand", "the kids aren\'t allowed out because he says he\'ll kill them").',
    hyperbole: true,
    unlessNear: [EVERYDAY_FURY, SPORT, '(cake|bread|onions|veg|vegetables|carving|butter|sandwich|chopping|cooking|dinner (knife|knives)|steak knife)'],
    patterns: [
      `${WILL_DO} ({kill}|stab|cut|hurt|shoot) (me|you|u|${HOUSEHOLD}) & (holding|held|had|has|with|waving|pointing|grabbed|picked up|pulled|pulls|got) (a|the|his|her|their|my) {weapon}`,
      `(il|i wil|i ll|im going to|im gona) ({kill}|stab|cut|hurt|shoot) (you|u) ~~ (my|his|her) ({parent}|{partner}|brother|sister|son|daughter) (said|says|shouted|screamed|yeled|told me) & (holding|held|had|has|with|waving|pointing|grabbed|picked up|pulled) (a|the|his|her|their) {weapon}`,
      `${SAYS} ~ ${WILL_DO} ({kill}|drown|poison|hurt|stab|shoot) (them|him|her) & (kids|children|baby|babies|my son|my daughter|our son|our daughter|the boys|the girls)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A threat of where I will end up ("he said I\'ll end up in the river", "nobody would ever find my body").',
    unless: [JOKE_THREAT, 'body of (work|evidence|water|knowledge|research|writing)'],
    patterns: [
      `${SAYS} ~~ (il|i wil|youl|you wil|youd|you would|id|i would|u wil|ul|ud) (end up|be found|wind up|turn up|go) (in (a|the) (river|canal|ditch|lake|sea|quary|grave|ground|body bag|bodybag|boot|trunk|woods|bin|skip|morgue|box|bog|wel|sewer|dam)|six feet under|in pieces|floating)`,
      `(nobody|no one|noone|no body|they|the police|the cops) (wil|would|wont|wouldnt|ever|could|couldnt|can|cant|never)? ?(ever )?(find|found|finding|wil find|would find) (my|your|ur|the) (body|bones|remains) & ${SAYS}`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Beaten with something, said without naming who ("hit me with the belt again last night"): the thing is the harm. With a parent, a teacher or a childhood in the message the child rule below outranks it.',
    hyperbole: true,
    unless: [SPORT, BEATEN_IN_PLAY, BEATEN_AS_A_CHILD],
    patterns: [BEATEN_WITH],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Beaten with something by a parent, a teacher or a religious elder, or in childhood ("my dad hit me with the belt", "the pastor beat us with a cane"): child abuse, even told later in life.',
    hyperbole: true,
    unless: [SPORT, BEATEN_IN_PLAY, '(in law|in laws|my {partner})'],
    patterns: [`${BEATEN_WITH} & ${BEATEN_AS_A_CHILD}`],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Weight on my chest or neck until I could not breathe or move ("my stepdad sat on my chest till I couldn\'t breathe"). A child or a pet waking me is not it.',
    unless: [SMALL_CHILD, TIED_IN_PLAY],
    unlessNear: ['(woke|wake|waking|got up|get up|alarm|cuddl*|snugl*|breakfast|tickl*|play*|giggl*|cat|dog|puppy|kitten)'],
    patterns: [`${CLOSE} ~ (sat|sits|knelt|kneeled|kneels|stood|stands|lay|lies) on my (chest|neck|throat|back|stomach|face) (til|until|so (i|that i|hard)|while i (begged|screamed|cried|struggled|choked|gasped))`],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Poison tried or put in my food or drink by someone close ("she tried to poison me", "he put bleach in my tea"). Bad cooking joked about is not it.',
    hyperbole: true,
    unlessNear: ['(cooking|cook|cooked|recipe|curry|chil*|spicy|casserole|lasagne|leftovers|burnt|baking|bake|cake|experiment)'],
    patterns: [
      `${CLOSE} ~ (tried to|try to|tries to|tried) poison me`,
      `${CLOSE} ~ (put|puts|putting|slipped|slips|mixed|mixes) (bleach|antifreeze|rat poison|poison|weedkiller|pills|tablets|something|drugs|crushed pills) (in|into) my (tea|coffee|drink|food|dinner|water|meals|juice|wine|soup)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'A grown child, flatmate, lodger, landlord or carer hitting me, or a brother or sister beating me up or hitting me again and again: sometimes a scrap, sometimes not, so the bot asks ("my son hits me when he drinks", "my brother beat me up").',
    hyperbole: true,
    unless: [SPORT, SIBLING_SCRAP, SMALL_CHILD, '(pilow|playful*|as a joke|jokingly|snowbal|water balon|tickl*|wrestl*|play fight*|horsing around|by acident|acidentaly|by mistake|dead arm)'],
    unlessNear: [WORDS_NOT_BLOWS, '(hug|hugs|hugged|cuddl*|excite*|bouncing|jumped on me|running (in|into|past|to))'],
    patterns: [
      `my ${HOUSEHOLD_ADULT} ~ (${HIT_PLAIN}) me`,
      `my ${HOUSEHOLD_ADULT} ~ (pushed|pushes|shoved|shoves) me (over|down|into|against|to the (floor|ground)|out of)`,
      `my (${SIBLING_OR_ADULT}) ~ (beat|beats|beaten|roughed|roughs|duffed|knocked|knocks) me (up|about|around|over|down|senseles|black and blue|unconscious|out)`,
      `my ${SIBLING_ONLY} ~ (${HIT_PLAIN}) me ~~ (every day|everyday|every night|al the time|again and again|over and over|til|until|so hard (that|i)|bleeding|bled|bruise*|black eye|split (my|a) lip|nose bleed|concusion|knocked out|pased out|hospital|a and e)`,
    ],
  },
];
