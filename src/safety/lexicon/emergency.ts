/**
 * Lexicon rules for `emergency`. Emergencies happening now: an overdose taken, a weapon in the room, someone breaking in, serious injury.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Every `emergency` rule the screen applies. */
export const EMERGENCY_RULES: readonly LexiconRule[] = [

  {
    category: 'emergency',
    level: 'imminent',
    note: 'An overdose or poisoning that has already happened.',
    unless: ['(took|take|taken|taking) ~ {pills} (out|of the|from the|out of)'],
    patterns: [
      '(i|ive|i just|just) (cut|slit) my (wrists|wrist|throat)',
      '(took|taken|swalowed|downed|ate|had|popped|drank|chuged) (a bunch of|a lot of|lots of|al (of )?(my|the|his|her)|to many|way to many|a whole|the whole|an entire|like #|[1-9][0-9]|(a )?handful of|every|a bottle of|the bottle of|a box of|a pack of|half the) ~ {pills}',
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
    unless: ['(licen*|hunting|range|colect*|kitchen|cooking|chef|hobby|season|video game|movie|show|carving|turkey|chopping|slicing|dinner|bbq|steak|bread|vegetables|cake)'],
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
    unless: ['(licen*|hunting|range|colect*|kitchen|cooking|chef|hobby|season|video game|movie|show|nightstand|under (the|his|her) (pilow|bed|mattress)|in the (drawer|closet|safe|glovebox)|keeps a|owns a|sleeps with)'],
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
      'blood everywhere',
      '(throwing up|vomiting|coughing up|puking) blood',
      '(turning|turned|lips are|lips turning|face is) blue',
      '(seizing|convulsing|having a seizure)',
      '(house|apartment|building|home|room|kitchen|flat|car) (is|s) on fire',
      '(fire in|fire at) (my|the|our) (house|apartment|building|home|flat)',
      '(cant|can not|cannot) breathe & (chest|heart|throat|swelling|swolen|alergic|lips)',
      '(i|ive|i just) cut ({selfref} )?(way )?to deep',
      'cut {selfref} (way )?to deep',
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone who cannot be woken after pills or drink (not a question about doses).',
    unless: ['how (many|much)', 'would it take', 'if i (took|take)', 'enough to'],
    patterns: ['(wont|cant|isnt|is not|not) (wake|waking) up & ({pills}|drank|overdose*|took|bleeding|breathing|alcohol|vodka|drunk|unconscious)'],
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
    note: 'Bleeding that will not stop (not a small kitchen cut).',
    unless: ['(finger|thumb|paper cut|shaving|onion*|slicing|chopping|nosebleed|nose bleed|period|gums)'],
    patterns: ['(wont|cant|will not|can not) stop (the )?bleeding'],
  },
];
