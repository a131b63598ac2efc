/**
 * Lexicon rules for danger happening now, said in the fewest words: "my dad is kicking the door
 * in", "my husband is on his way here to kill me", "someone just stabbed me", "he's dragging me to
 * the car". All `emergency` at `imminent`: the bot urges emergency services first.
 *
 * The older emergency rules named partners and intruders; a grid of nine doers (partners, a
 * parent, a brother, a flatmate, someone, a man) × fifteen harms now (test/safety/screen-plain-harm.test.ts)
 * left 71 of 135 short of `imminent` in round nineteen, 27 of them silent. Like plain-harm.ts,
 * these name the doer once and the harm once.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import { INTRUDER } from './emergency.ts';
import { JOKE_THREAT, SIBLING_SCRAP, SPORT } from './partner-violence.ts';
import { CLOSE, SMALL_CHILD } from './plain-harm.ts';
import type { LexiconRule } from './rule.ts';

/** Anyone who may be doing harm now: someone close, or a stranger. */
const DOER = `(${CLOSE}|${INTRUDER}|a woman)`;

/** Is doing it (contracted or not). */
const IS = '(is|s|are|re|keeps)';

/** Who else may be harmed in front of me. */
const OTHERS_AT_HOME =
  '(my (mum|mom|mam|mother|dad|father|sister|brother|kids|children|son|daughter|baby|nan|gran|wife|husband|partner|girlfriend|boyfriend|dog|cat)|the (kids|children|baby|dog)|our (kids|children|son|daughter|baby))';

/** Said while it happens: "right now", "rn". */
const NOW = '(right now|rn|now|as we speak|at the moment|atm|as i type|as im typing)';

/** A game, a sport or a joke that uses the same verbs ("kicking my butt at fifa right now"). */
const PLAY = '(fifa|fortnite|mario kart|game|games|xbox|playstation|cards|chess|monopoly|tickl*|play fight*|playful*|wrestl*|pilow fight|snowbal|water fight|lol|haha|lmao)';

/** Every rule about danger now, said plainly. */
export const PLAIN_DANGER_NOW_RULES: readonly LexiconRule[] = [
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Being beaten, choked or dragged off now, by anyone ("my dad is strangling me", "my brother is choking me rn", "he\'s dragging me to the car").',
    hyperbole: true,
    unless: [SPORT, SIBLING_SCRAP, SMALL_CHILD, PLAY],
    unlessNear: ['(late|wedding|party|shopping|shops|match|gym|church|mass|dinner|in laws|ikea|park|beach|zoo|dentist|doctors|every (day|night|week)|always|for (years|months)|lately|since)'],
    patterns: [
      `${DOER} ~ ${IS} (hitting|beating|punching|kicking|strangling|choking|stabbing|attacking|smothering|burning|throttling|battering|raping|hurting) (me|us) ($|${NOW}|and|again|so)`,
      `${DOER} ~ ${IS} (dragging|forcing|puling|bundling|carrying|shoving|pushing) me (to|into|in|toward|towards) (the|his|her|their|a) (car|van|truck|boot|trunk|bedroom|basement|cellar|garage|shed|woods)`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone else at home being hurt now ("my dad is beating my mum right now", "he is hurting the kids right now").',
    hyperbole: true,
    unless: [SPORT, SIBLING_SCRAP, PLAY],
    patterns: [`${DOER} ~ ${IS} (hitting|beating|punching|kicking|strangling|choking|stabbing|attacking|smothering|hurting|battering|throttling) ${OTHERS_AT_HOME} ~ ${NOW}`],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'A harm just done, or one that has left me unable to move ("someone just stabbed me", "he just pushed me down the stairs and I can\'t move", "shot me in the leg"). Not a nerf gun or a photo shoot.',
    unless: [SPORT, SIBLING_SCRAP, SMALL_CHILD, PLAY, '(by acident|acidentaly|by mistake|cooking|shaving|splinter|nerf|paintbal*|airsoft|water (gun|pistol)|bb gun|laser tag|camera|photo shoot|photoshoot)'],
    patterns: [
      `${DOER} ~ (just|has just|hes just|shes just|just now) (stabbed|shot|knifed|slashed|strangled|choked|glased) (me|my *)`,
      `${DOER} ~ (just|has just|hes just|shes just) ~ ({hit}|pushed|threw|shoved|dragged|knocked) ~~ (cant|can not|cannot|couldnt) (move|get up|stand|feel my|see|stop the bleeding|breathe)`,
      `(stabbed|shot|knifed|slashed|glased) me ~~ (bleeding|blood everywhere|lot of blood|cant stop the bleeding|wont stop bleeding)`,
      `(shot|stabbed|knifed) me (in|through) (the|my) (leg|legs|arm|arms|chest|stomach|belly|back|head|face|neck|shoulder|side|hand|foot|gut|ribs)`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone on the way, or at the door, to kill or hurt me ("my husband is on his way here to kill me", "my brother is kicking the door in", "my dad has a gun and is coming here now").',
    hyperbole: true,
    unless: [JOKE_THREAT, PLAY],
    patterns: [
      `${DOER} ~ ${IS} (on (his|her|their) way|coming|driving|heading|walking|running) (here|over|round|back|to (my|our|the) (house|flat|place|work|school)) ~~ (to )?({kill}|hurt|get|finish|beat|stab|shoot) (me|us|the kids|my (kids|children|family|mum|mom))`,
      `${DOER} ~ ${IS} (trying to )?(break|breaking|kick|kicking|smash|smashing|bash|bashing|force|forcing|bang|banging on) (in|down|into (my|the|our) (house|flat|home|room|place)|(the|my|our) (front |back |bedroom |bathroom )?(door|window|windows))`,
      `{weapon} & ${DOER} ~~ ${IS} (coming|on (his|her|their) way|heading|driving) (here|over|round|back|to (my|our|the) (house|flat|place))`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 21: someone at home holding a weapon to someone else\'s throat or head right now ("My dad\'s got a knife to my mum\'s throat in the kitchen").',
    unlessNear: [PLAY, '(film|movie|show|scene|play|stage|costume|fake|toy|prop|halloween|photo|picture)'],
    patterns: [`(${CLOSE}|he|she|they)s? (has |s |is )?(got|holding|holds) (a |the |his |her )?{weapon} (to|at|against) (my|her|his|their) ~ (throat|neck|head)`],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 21: an overdose just taken, said in two words and a goodbye ("Took them all. Sorry.").',
    victim: 'self',
    unlessNear: ['(sory (for|about|if|to|i|that)|late|delay|photos|pictures|pics|kids|dogs|boxes|bags|to the (tip|shop|park|vet|school|charity))'],
    patterns: ['(took|tok|swalowed|downed) (them|the lot) (al )?$ & (sory|goodbye|bye|love you|forgive me) $'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 21: a baby or child gone floppy, blue or silent after a shake, a fall or a blow ("I just shook the baby and he\'s gone floppy and isn\'t crying").',
    unlessNear: ['(asleep|sleepy|sleeping|nap|milk drunk|tired|toy|doll|teddy|puppy|kitten)'],
    patterns: ['(baby|toddler|{child}) ~~ (gone|is|s|went|has gone) (al )?(floppy|limp|blue|grey|gray|unresponsive|not breathing|wont wake|not waking) & (shook|shaken|shake|dropped|fel|hit|threw|banged|smothered)'],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 21: someone lying hurt who does not answer, or bleeding from the ear or head after a blow ("he\'s on the floor and not answering me", "blood coming out his ear").',
    unlessNear: [PLAY, '(piercing|pierced|ear infection|nosebled|nose bled|nose bleed|period|grazed|graze|scraped|paper cut|shaving|stage|costume|fake blood|film|movie|show|game)'],
    patterns: [
      '(blood|bleding) ~ (coming out|pouring out|out of|from) (of )?(his|her|their) (ear|ears|head|skul) & (not answering|not responding|not talking|not moving|wont wake|unconscious|pased out|knocked out|on the floor|on the ground|pined under)',
      '(he|she|they|hes|shes|theyre) (is |are |s |re )?(on the floor|on the ground|lying there|not moving) ~~ (not answering|not responding|wont answer|wont wake|cant wake|not breathing|unresponsive)',
      '(not answering|not responding|wont wake up|unresponsive|not breathing) ~~ (on the floor|hit (his|her|their) head|blood|bleding)',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Locked in and unable to get out ("he has locked me in and I can\'t get out").',
    unless: ['(by acident|acidentaly|by mistake|jammed|stuck|broken (lock|handle)|locksmith|lost (my|the) key|lol|haha|escape room)'],
    patterns: [`(locked|trapped|shut|barricaded) me in ~~ (cant|can not|cannot|couldnt) (get out|escape|leave|open)`],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Round 22: someone else being beaten now, heard through a wall or watched from a window ("I can hear him smashing her head against something", "he\'s still kicking her", "he\'s got my sister by the neck in the car park").',
    unlessNear: [PLAY, '(every (night|day|time|wekend|wek|evening|morning)|most nights|always|often|sometimes|used to|al the time)'],
    patterns: [
      '(can hear|hearing|i hear) (him|her|them|someone|somebody|the neighbour|the neighbor|my neighbour|my neighbor) (smashing|hitting|beating|kicking|strangling|choking|hurting|attacking|throwing) (her|him|them|someone|his|their)',
      '(hes|shes|theyre) (stil )?(kicking|punching|stamping on|stomping on|beating|strangling|choking|smashing) (her|him|them) & (on the ground|on the flor|blod|bleding|screaming|right now|rn|outside|car park|street|can hear|watching)',
      '(hes|shes|theyve|he has|she has) (got|grabed) (my|his|her|the) (sister|mum|mom|mam|brother|wife|girlfriend|friend|mate|dad|neighbour|neighbor) by the (neck|throat|hair) & (outside|right now|rn|watching|car park|street|window)',
      '({partner}|he|she) (is |s )?outside (the house |my house |the door |the flat )?with (a|the) (can of petrol|petrol can|petrol|jery can|knife|gun|machete|axe|hammer|lighter)',
    ],
  },
];
