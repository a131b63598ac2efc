/**
 * Lexicon rules for a child's harm as others see it and as grown-ups remember it: welts seen at a
 * sleepover, a child who hides food or will not go back to a parent's house, a teacher's messages
 * at midnight, "the scout leader made us do things in his tent", "mum sold me to men from 11".
 *
 * Round twenty-two's dev file of child abuse in many voices (risk-dev-childhood) heard 81 of 120
 * at first contact, and every blind set of the round heard child abuse least (0.625–0.67). Each
 * rule names the sign and what makes it a child's harm (an age, a parent, a carer, the past), so
 * ordinary discipline, play and safe adults stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** An age or a time that makes the one harmed a child. */
const YOUNG =
  '(when (i|we) (was|were) (about |only |just )?((1[0-5]|[1-9])|litle|smal|young|a kid|kids|a child|a boy|a girl|in (primary|juniors|year #|scouts|cubs|brownies))|growing up|as a kid|as kids|as a child|aged (1[0-5]|[1-9])|from (1[0-5]|[1-9]) (to|til|until)|(1[0-5]|[1-9]) (year old|yr old|yo)|(im|i was) (1[0-5]|[1-9]) )';

/** Every rule about a child's harm as seen or remembered. */
export const CHILD_SIGN_RULES: readonly LexiconRule[] = [
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Marks of a beating on a child, a child dragged by the hair, threatened with drowning or harm if they tell, locked out at night, humiliated in public, kept from food behind a padlock.',
    unlessNear: ['(play|playing|game|games|rugby|football|wrestl*|trampoline|fel|fall|fell|tree|bike|nettles|brambles|halloween|fancy dres|costume)'],
    patterns: [
      '(covered in|ful of|al over) (belt marks|welts|bruises|cigarette burns|burns) & ({child}|friend|boy|girl|lad|bairn|kid|kids|pupil|class|school)',
      '(welts|belt marks|strap marks) (on|acros|al over|down) (the )?(backs of |back of )?(his|her|their) (back|backs|legs|bum|arms|bottom)',
      'drag* (the|my|our|his|her) (boy|girl|{child}|lad|wee one|bairn|litle one) ~~ by (his|her|their) hair',
      '(told|tels|said to|threatened|warned) (our|my|the|his|her) (# year old|{child}|boy|girl|bairn) (hed|he would|shed|she would|he wil|she wil|hel|shel|theyd|they would) (drown|kil|hurt|beat|stab|hit|burn|smash)',
      '({child}|kids|children|litle ones|bairns) ~~ (banging|knocking|crying|screaming) to be let in & (at night|midnight|# ?pm|no coats|no coat|no shoes|for hours|weeks|every night)',
      '(made|makes|make|making) (me|him|her|them|us|my {child}) (wear|hold|carry) a sign',
      '{parent} & (padlock|padlocked|lock|locks|locked) (on )?(the )?(fridge|food cupboard|cupboards|kitchen) & (deserve food|havent eaten|not eaten|no food|hungry|starving)',
      '{parent} ~~ (hold|held|holds|holding|put|puts|pushed) (my|ur|your|his|her|their) hand (on|over|to|onto|against) the (stove|hob|cooker|iron|fire|flame|kettle|heater|radiator)',
      '(photograph*|filming|filmed|taking pictures of|taking photos of|recording) ~~ (girls|boys|kids|children|teens|{child}|one of the (girls|boys|kids)) ~~ (underwear|naked|in the bath|undresed|in the shower|changing)',
      '(gives|gave|giving|buys|bought|buying) (them|the kids|my {child}|young teens|teens|the girls|the boys|her|him) (boze|alcohol|vodka|drink|weed|drugs|vapes|pils) & (teens|young|# year old|underage|under age|kids|girls|boys|schoolgirl*|schoolboy*)',
      'does sex (to|with) (her|him|me|them)',
      '(sending|sends|sent|selling) (photos|pics|pictures|videos|nudes) (of (herself|himself|themselves) )?to (an older|a grown|an adult|a much older|a) (man|men|woman|guy|stranger|bloke) & (money|pays|paid|gifts|presents) & ({child}|# year old|teen|teenager|school)',
      '(was|got|been|being|i was) groomed (by|online|from|when|at) & (#|teacher|coach|tutor|priest|pastor|leader|older|man|men|uncle|friend|stepdad|online|when i was|abuse*)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Remembered from childhood: made to do things in a tent or a car, sold to men, left alone for days when a parent drank, alone with a coach who says it is how you get picked.',
    patterns: [
      `(made|make|makes|making) (me|us) do (things|stuff|stuf) ((in|to|with|on|for|under) (his|her|him|me|us|each other|them|the)|(i|we) (didnt|dont|couldnt|did not)|$) & ${YOUNG}`,
      `(sold|pimped|rented) (me|us|her|him) (out )?(to|for) (men|him|them|a man|old men|her friends|his friends|drugs|money) & ${YOUNG}`,
      `(leave|left|leaves|would leave) (me|us) ~~ (for days|for a wek|for the weekend|on our own for days|alone for days) & ${YOUNG}`,
      '(alone with (him|her)|just me and (him|her)|on my own with (him|her)) & {carer} & (feels wrong|felt wrong|weird|uncomfortable|dont like|secret|dont tel|picked|favourite|special|stretches)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Signs to ask about: a child who hides from a parent or food under a pillow, will not go back to a house, starts locking the door since someone moved in, an adult who messages a child late or wants the parent away.',
    unlessNear: ['(homework app|class dojo|parents evening|team app|whatsapp group|group chat|the parents|hide and seek|play|playing|game|laugh*|tickl*|giggl*|lol|haha)'],
    patterns: [
      '{child} ~ (hides|hide|hiding|hid) from (his|her|their) (dad|mum|mom|stepdad|stepmum|father|mother|mums boyfriend|dads girlfriend)',
      '(hides|hiding|hoards|hoarding|steals|stealing) food (under|in) (his|her|their) (pilow|bed|room|pockets|bag|wardrobe)',
      '({child}|he|she) ~~ (doesnt|does not|wont|refuses to|didnt) (want to )?(go|go back|stay) (to|at) (his|her|their) (dads|mums|moms|fathers|mothers|grandads|nans|stepdads) & (because|cos|scared|frightened|afraid|cries|crying|quiet|wont say|wont tel)',
      '(started|starts|starting) locking (her|his|their) (bedroom )?door & (partner|boyfriend|stepdad|moved in|new (man|bloke|partner))',
      '(teacher|coach|tutor|youth leader|pastor|instructor|manager) ~ (messages|dms|texts|snaps|snapchats|cals) (her|him|my {child}) ~~ (at night|# ?pm|midnight|late at night|on (instagram|snapchat|tiktok|whatsapp))',
      '{carer} ~ (keps|keeps) (texting|messaging|dming|snapchatting|caling) (him|her|my {child}) (directly|privately|at night|late)',
      '(adult|grown|older) (account|man|woman|guy|bloke|stranger|person|user) ~~ (sending|sends|sent|gives|giving|gifting|buying) ~ (gifts|money|presents|coins|credit|roses|tokens) & ({child}|# year old|teen|tiktok|live|stream*)',
      '(grown man|older man|man|bloke|guy|he|coach|teacher|tutor|instructor) ~~ as long as (im|i am|her mum is|her dad is|his mum is|his dad is|youre|you are|were) not (there|around|watching)',
      'screams in (their|his|her) faces? (til|until) (they|he|she) (shake|shakes|shook|cry|cries|cried)',
    ],
  },
];
