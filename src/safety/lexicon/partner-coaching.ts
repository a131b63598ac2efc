/**
 * Lexicon rules for a partner's violence that surfaces in the middle of trust-repair coaching, told
 * in passing and often blamed on the writer: "I let him hit me when he needs to, we agreed that's
 * fair", "it ended with him dragging me by my hair into the bedroom", "one lie = one slap", "he
 * hasn't hit me since Tuesday", a lighter held to my hand "so I can't lie".
 *
 * Round twenty-five's dev file of such messages (risk-dev-partner-coaching) heard 70 of 100 at first
 * contact. The older rules wanted the doer as a subject ("he hit me"); here the doer is an object
 * ("let him hit me", "him dragging me"), the harm is framed as the exercise, or the violence is told
 * by its absence. Each rule names the act and the one doing it, so a play punch over a pun and
 * keys taken after three pints stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Days and times a blow is counted from: "he hasn't hit me since Tuesday". */
const SINCE_WHEN = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last wek|the weekend|last weekend|last night|# days|the # th|christmas|my birthday)';

/** Every rule about a partner's violence told mid-coaching. */
export const PARTNER_COACHING_RULES: readonly LexiconRule[] = [
  {
    category: 'partner_violence',
    level: 'high',
    victim: 'self',
    note: 'Round 25: the doer named as an object or the harm set as a price: "I let him hit me when he needs to", "ended with him dragging me by my hair", "one lie = one slap", "hasn\'t hit me since Tuesday", "he\'ll hurt me like last week".',
    unlessNear: ['(pilow fight|play fight*|playful*|as a joke|jokingly|tickl*|wrestl*|pun|puns|laughing|lol|haha|boxing|sparring|martial|rugby|kickboxing|the game|in the game|dance|dancing|yoga|gym|party|shops|shopping|wedding|salsa|slap on the wrist|notification*)'],
    patterns: [
      '(let|letting|lets|allow|allowing|allowed) (him|her|them) ({hit}|hurt|punish|slap) me',
      '(him|her) (dragging|draging|yanking|shoving|hitting|slapping|punching|kicking|choking|strangling|throttling|pinning) me',
      `(hasnt|has not|havent|have not|hasn t) ({hit}|hit|slapped|punched|kicked|choked|pushed|shoved|hurt|touched) me (since|for) ${SINCE_WHEN}`,
      '(one|each|every|1) (lie|mistake|slip|text|lie told) ~ (one|a|1) (slap|punch|hit|smack|kick|belt|shove)',
      '(hel|he wil|he would|hed|shel|she wil|she would|shed) hurt me (like|again|the way) (last|he did|she did|before|the other)',
      '(i|i probably|i kind of|i kinda) (deserved|earned|had) (the|that|a|it) ~ (slap|punch|smack|shove|beating|hiding|black eye|bruise|bruises|coming)',
      '(only|just) (one|a|1) (shove|slap|punch|push|smack|kick) & (he|she|said sorry|today|this wek|rated|score)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 25: harm set up as part of the repair: kept locked in the bedroom for days "so I can\'t meet anyone", a pillow held over my face "to show me what it felt like", a lighter held to my hand, "break both my legs", a doctor refused for the burn, a gun on the table during "trust talks".',
    patterns: [
      '(kept|keps|keeping|locked|locks|has locked|shut) me (locked )?(in|inside) (the|my|our|his|her) (bedroom|room|house|flat|bathroom|cellar|shed|spare room) & (days|hours|al night|cant (meet|leave|go|get out)|wont let|so i)',
      '{perp} ~ (holding|held|holds|put|puts|pushing|pressing|presses) (a|the|his|her) (pilow|cushion|bag|towel|hand|plastic bag) over my (face|mouth|nose)',
      '{perp} ~ (holds|held|holding|put|puts|presses|pressed) (a|the|his|her) (lighter|cigarette|iron|flame|match|candle|hot spoon) (to|on|against|near|under) my (hand|hands|arm|arms|skin|face|leg|legs|fingers)',
      '(break|snap|smash) (both )?(my|your|ur) (arms|legs|fingers|wrists|kneecaps|knees) & (hel|he wil|she wil|shel|next time|or else|if i|if you|said|says|threaten*)',
      '(not allowed|wont let me|doesnt let me|wouldnt let me|isnt letting me) (to )?(se|go to|visit|cal|get) (a|the) (doctor|gp|hospital|a and e|nurse) & (burn|injury|wrist|bruise*|cut|stitches|raise questions|questions|keep this between|broken)',
      '(swollen|bruised|broken|sprained|cracked) ~~ (where|from where|after) (he|she|they) (twisted|grabbed|squeezed|bent|yanked|stamped on|slamed|slammed) (it|them)',
      '(squeezed|squeezes|twisted|twists|bent|crushed|crushes) ~~ (til|until) my (fingers|finger|hand|wrist|arm) (cracked|broke|snapped|popped)',
      '{perp} ~ (smashed|broke|cracked|brought) (a |the )?(wine |beer )?(bottle|glass|plate|mug|chair|lamp) (over|on|acros|into|down on) my (head|face)',
      '(keps|keeps|kept|puts|put|had|has|leaves) (his|her|a|the) (gun|knife|rifle|pistol|shotgun|machete) (on|beside|next to|in) ~ (table|lap|bed|hand|him|her) & (so i know|serious|warning|scare me|trust talks|talks|remind me|in case i)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 25: control or a threat told as part of the repair: ask. "She has to OK what I wear now", "he closed my own bank account", "the only car key till I earn it back", "or else", "I\'ll regret it if I ever lie again", pushing both ways, both of us with marks after the fight.',
    unlessNear: ['(had (# |three |two |a few |too many )?(pints|drinks|beers)|drunk|over the limit|was right|fair enough|agreed|we both (chose|decided|agreed)|joint account|lol|haha|joking|kids|children|boys|girls|siblings|queue|playground|school|paintbal*|laser tag|rugby|football)'],
    patterns: [
      '(has to|have to|must|gets to) (ok|okay|aprove|approve|check|choose|pick|sign of on) what i (wear|eat|say|post|spend|buy)',
      '(closed|froze|frozen|emptied|cancelled|canceled|took over|drained) my (own )?(bank account|account|card|cards|savings)',
      '(has|kept|keeps|took|taken|holds) the only (car key|key|keys|bank card|card|phone) & (earn|til|until|trust|back)',
      '(said|says|told me) ~~ (or else|(il|i wil|youl|you wil|id|youd) regret it if (i|you) ever)',
      '(pushing|shoving|pushes|shoves|hitting) (both ways|each other)',
      'both (ended up|got|had|have) (with )?(marks|bruises|scratches|cuts|black eyes) (after|from) (the|a|our) (fight|row|argument)',
    ],
  },
];
