/**
 * Lexicon rules for `child_abuse`. Child abuse: harm to a child, or to the speaker as a child (physical, sexual, severe neglect).
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Every `child_abuse` rule the screen applies. */
export const CHILD_ABUSE_RULES: readonly LexiconRule[] = [

  {
    category: 'child_abuse',
    level: 'high',
    note: 'Harm to a child (the speaker\'s child, sibling, or a child they know).',
    victim: 'other',
    patterns: [
      '{child} ~ (is|are|being|gets|getting|got|was|were) (abused|hit|beaten|hurt|molested|neglected|touched)',
      '(neglect|neglected|neglecting|neglects) ~ {child}',
      '(leave|leaves|left|leaving) (their|his|her|the|my|our) {child} (alone|home alone|locked)',
      '{child} ~ (alone for days|home alone for days|always starving|starving and alone|never fed|no food)',
      '{child} & (keep (it|this|that|our|things) (a )?secret|sexual (messages|pictures|photos)|nudes|naked|inapropriate (messages|pictures|touching))',
      '(sending|sends|sent|asking) ~ # (year|yr)s? old ~ (sexual|nudes|naked|inapropriate)',
      'sexual (messages|pictures|photos|texts) ~ {child}',
      '{child} ~ (bruises|flinches|scared to go home|afraid to go home)',
      'child abuse',
      'signs of (abuse|neglect|being abused|being hit|sexual abuse) & {child}',
      '{parent} ~ (touch*|molest*|rap*|abus*|hit|hits|beat*|burn*) ~ (my|our) (sister|brother|sisters|brothers|siblings|sis|bro)',
      '({child}|baby) ~~ (no one (is )?home|nobody (is )?home|no adults)',
      '({child}|baby) ~~ (home alone|left alone|alone) (for|al) (days|hours|a week|the weekend|nights|night|overnight|day)',
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
      '{parent} ~ ({hit}|burn*|cut*|twist*|scratch*|pinch*) my (hand|hands|arm|arms|face|leg|legs|back|skin|head|fingers)',
      '(my )?{parent} ~ ({hit}|hurt|hurts|touched|touches|touching|molested|lock*|starv*|threw|throws|burn*) (me|us)',
      '{parent} (used to|would) ~ ({hit}|hurt|touch) (me|us)',
      '(abused|molested|beaten|hit) (as|when i was) (a )?(kid|child|little|young|teen|teenager)',
      '(abused|molested|beat|hit|hurt|touched) (me|us) (as|when i was|when we were) (a )?(kid|kids|child|children|little|young|teen|teenager)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child\'s disclosure without abuse words: secrets, visits at night, things done to me.',
    victim: 'self',
    unless: ['(surprise|party|present*|gift*|christmas|recipe|proposal|engagement|pregnan*|lottery)'],
    patterns: [
      '({parent}|{carer}) ~~ (come|comes|came|sneaks|snuck|creeps|crept|walks|walked|barges|barged|gets|got) (into|in|in to) ~ (my|the) (room|bed|bedroom|bathroom|shower) & ((im|i am|only) (1[0-7]|[5-9])|scared|uncomfortable|secret|touch*|dont like|afraid|lock the door|locks the door|pretend)',
      '({parent}|{carer}) ~~ (says|said|tells me|told me) ~~ (its|it is|this is|that is|what we do is|its just) (our|a) (special |little )?secret',
      '(what|things) (we do|he does|she does|they do|he did|she did|happens|happened) ~~ (our )?(special |little )?secret',
      '(keep|keeping|kept|keeps) (it|this|secrets|a secret|our secret|quiet) ~~ (what|about what) (he|she|they|we) (does|do|did)',
      '({parent}|{carer}) ~ (does|did|doing|do) (things|stuff|something) (to|with) me',
      '({carer}) & touch* (me|my) ~ (leg|legs|thigh|knee|waist|back|hair|face|chest|butt|body) & ((im|i am|only) (1[0-7]|[5-9])|uncomfortable|secret|after class|alone|dont like)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child telling someone that a parent hurts them.',
    victim: 'other',
    patterns: ['{child} ~~ (told me|tells me|says|said|told (her|his) (teacher|mom|mum)) ~~ ({parent}) ~ ({hit}|hurts|hurt|touches|touched|beats) (her|him|them)'],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Harm done to a child (a threat to harm one, made to control me, is partner violence).',
    victim: 'other',
    unless: [
      'if i ~~ ({kill}|hurt|drown|harm|get rid of|poison|take|took|kil) ~ (my|the|our) ({child}|kids|children)',
      '({kill}|hurt|drown|harm|poison|get rid of|kil) ~ (my|the|our) ({child}|kids|children) ~~ (if i|unless i|when i|or else)',
    ],
    patterns: [
      '({hit}|hurt|hurts|hurting|molest*|touch*|touches|touching|rap*|throw|threw|throws|throwing|push*|shov*|starv*|burn*|lock*|neglect*) (my|our|his|her|their|the|a) {child}',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'More child disclosures: paid for silence, a carer touching or watching a child.',
    unless: ['(surprise|party|present*|gift*|christmas|recipe|proposal|engagement|touch base|touches base|lottery)'],
    patterns: [
      '(gives|gave|give|pays|paid|buys|bought) me ~~ (to not tell|not to tell|to keep quiet|to keep (it|this) (a )?secret|so i dont tell|so i wont tell|to stay quiet)',
      '(not to|to not|never to) tell (anyone|anybody|mum|mom|my (mum|mom|dad)|the teacher)? ?(what|about what) (he|she|they) (does|did|do)',
      '{carer} ~~ touch* (her|him|them|me|my (daughter|son|kid|child)) ~ (in the|at|when|while|private*|inappropriately|changing|locker|shower|alone|during|after)',
      '{carer} ~~ touch* (her|him|them|me) $',
      '({parent}|{carer}) ~~ (watches|watched|watching|looks at|films|filmed|spies on) me ~~ (shower|bathroom|changing|undress*|naked|through the|sleep|bath)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Fourth round: secrets kept with a trusted adult, touching games.',
    unless: ['(surprise|party|present*|gift*|christmas|board|video|card|chess)'],
    patterns: [
      '(keep|keeping) (our|the|my) (hugs|kisses|messages|texts|chats|photos|pictures|meetings|time together|special time) (a )?secret & ({carer}|{parent}|teacher|coach|leader|older|grown|(im|i am) (1[0-7]|[5-9]))',
      '(plays|played|playing|play) ~ (touching|secret|special|naked|private|doctor) (game|games)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Sixth round: a child saying someone hurt them, an adult asking a child to meet alone.',
    victim: 'other',
    patterns: [
      '{child} ~~ (says|said|told me|tells me) ~~ (hurt|hurts|touched|touches|hit|hits) (her|him|them)',
      '{child} & bruises on (her|his|their) (bottom|butt|back|legs|arms|face|neck|private*)',
      '(asking|asks|asked|wants|told|telling) ~~ ({child}) ~~ (to meet|to see|meet) (him|her|them|up) ~ (alone|in secret|secretly|without)',
    ],
  },
];
