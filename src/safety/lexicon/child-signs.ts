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
  '(when (i|we) (was|were) (about |only |just )?((1[0-5]|[1-9])|litle|smal|young|a kid|kids|a child|a boy|a girl|in (primary|juniors|year #|scouts|cubs|brownies))|growing up|as a kid|as kids|as a child|as a (litle )?(boy|girl)|aged (1[0-5]|[1-9])|from (1[0-5]|[1-9]) (to|til|until)|(1[0-5]|[1-9]) (year old|yr old|yo)|(im|i was) (1[0-5]|[1-9]) )';

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
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Cruelty seen or shown: tape over a child\'s mouth, a child dangled over a balcony, lifted by the neck, shut in a cupboard as punishment, scrubbed with bleach, left in a hot car for hours, taken one at a time into a van.',
    unlessNear: [
      '(play|playing|game|games|hide and seek|fort|den|costume|fancy dres|halloween|craft|art project|birthday party|magic trick|sleepover|christmas dinner|nap|naps|napping|snoring|quiz)',
      '(for a (second|sec|moment|minute)|two seconds|grab a towel|(he|she) was fine|from the (dog|cat|puppy|horse|hamster)|(dog|cat|puppy|horse|hamster) bite)',
    ],
    patterns: [
      '(duct tape|gafer tape|selotape|masking tape|tape) (over|on|acros) (his|her|their) mouths? & ({child}|boy|girl|kid|kids|# year old|backchat*|cry|crying|quiet)',
      '(dangle|dangles|dangled|dangling) ~ (him|her|them|{child}|boy|girl|baby|toddler|litle one) ~ (over|out of|of|from) (the|a) (balcony|window|bridge|edge|railing|railings|stairs|banister|stairwel)',
      '(grabs|grabbed|grab|holds|held|lifts|lifted|picks|picked|pins|pinned) (him|her|them|my {child}|the {child}|his {child}|her {child}|the boy|the girl|the lad) (up )?by (the|his|her|their) (neck|throat) & ({child}|boy|girl|lad|kid|kids|# year old|son|daughter|u1#|under #)',
      '(shut|shuts|lock|locks|locked|put|puts|puting|locking|shutting) (me|him|her|them|us|my {child}) (in|into|inside|under) (the|a) (cupboard|cupboard under the stairs|closet|celar|basement|dog cage|cage|kenel|boot|car bot|wardrobe|coal shed) & ({child}|# year old|bad|naughty|punish*|when i was|as a kid|growing up|hes #|shes #|five|six|seven|eight)',
      '(scrub|scrubs|scrubbed|scrubbing|washed|washes|bathed) (me|him|her|us|them) (with|in) bleach',
      '(bite marks|bitemarks|bite mark) ~~ (adult|grown up|grownup|adult sized|adult size|too big for a (child|kid|toddler))',
      '(adult|grown up|grownup) (sized |size )?(bite marks|bitemarks|bite mark)',
      `(put|locked|shut|left|kept) (me |us )?down there (for|al) ~ (nights|night|days|hours|weekend|weekends) & ${YOUNG}`,
      `(tied|strapped) (to|up to) (the|a|my) (bed|bed frame|chair|radiator|banister|cot|pipe|table leg) & ${YOUNG}`,
      '(makes|made|make|making) (me|us|him|her|them|me and my (brother|sister|brothers|sisters)) (sleep|stay) (in the shed|outside|in the garden|in the garage|in the coal shed|in the kenel|on the doorstep) & (angry|punish*|bad|naughty|no blanket|cold|were (1[0-5]|[1-9])|im (1[0-5]|[1-9]))',
      '(makes|made|make|making) (me|us|him|her|them) (stand|sit|kneel) (in|under) (the bath|a bath|the shower|a cold shower|cold water) ~~ (when (im|i am|were|we are|hes|shes) (bad|naughty)|as (a )?punishment|to punish|if i cry|if we cry)',
      '(left|leaves|leave|leaving) (her|his|my|our|the) (# month old|# (month|months) old|baby|toddler|# year old|newborn|infant) (alone|on (his|her) own) in the (bath|bathtub|tub|pool|paddling pool)',
      '({partner}|he|she|mum|mom|dad|they) (pushes|pushed|takes|took|withholds|witholds|keps|kept) (the |her |his |our |the babys |our babys |her babys |his babys )?(bottle|feed|feeds|food|milk) (away|from (her|him)) & (weight chart|losing weight|lost weight|eat when|learns|learn to|# months|# month old)',
      `(mum|mom|dad|mother|father) ~ (passes out|passed out|pases out) & (cant wake|can not wake|wont wake) & (im|i am) (1[0-5]|[5-9])`,
      '(leave|left|leaves|leaving) (me|us|the kids|the baby|our baby|my baby|the {child}|my {child}|our {child}|him|her|them) ~~ in the car ~~ (for hours|hours|over an hour|for an hour|pub|bokies|casino|drank|drinking|# degrees|in sumer|in the heat)',
      '(takes|tok|taking|taken) (them|the kids|kids|the girls|the boys|him|her|the younger ones) ~~ (one at a time|on (his|her|their) own|alone) ~~ (into|in|to) (his|her|the) (van|car|flat|house|shed|room|tent|caravan)',
      '(told|tels|telling|tel) (him|her|them|my {child}) (not to|to not|never to) (mention|tel|say) ~~ (sleepover|sleepovers|the flat|his flat|his place|the texts|the messages|the money|the gifts|the presents) ~~ (to us|to me|to mum|to his mum|to her mum|to his dad|to her dad|to his parents|to her parents|to anyone)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Neglect remembered or seen: not fed as a child, eating from bins, a child asking for the dog\'s biscuits, a baby crying for days behind a door no one answers, kids left out in the cold at night. Not a childhood of poverty where a parent went without.',
    unlessNear: ['(camping|festival|holiday|game|games|joke|joking|lol|haha)', '(poor|poverty|skipped (meals|her meals|his meals)|went without|couldnt aford|could not aford|no money|food bank|foodbank|skint)'],
    patterns: [
      `(wasnt|werent|was never|were never|never got|didnt get|did not get) fed ($|as a kid|as kids|growing up|properly|for days|most days|regularly|unles) & ${YOUNG}`,
      '(wasnt|werent|was never|were never) fed as (a kid|kids|a child|children)',
      `(eat|ate|eating|eats|eaten) (out of|from) (the )?(bins|bin|rubish|dumpsters|dumpster|trash) & ${YOUNG}`,
      '({child}|girl|boy|kid|kids|toddler|she|he) ~~ (asked|asks|asking|begged|begs|begging) ~~ (for|if (she|he|they) could have) ~~ (the )?(dogs|dog|cats) (biscuits|fod|food|bowl)',
      '(baby|babies|toddler|infant|newborn) ~~ (crying|screaming|cry|scream) ~~ (for (two|2|three|3|a couple of|# ) days|al day and al night|day and night for|for days) & (no one|nobody|havent sen|not sen|never sen|no answer|doesnt answer|dont answer|locked|nobody comes|no one comes)',
      '({child}|kids|children|toddler|litle ones|he|she) ~~ (outside|out on the step|on the step|on the doorstep|locked out) ~~ (at # ?pm|til midnight|at midnight|in the cold|no coats|no coat|no shoes|al night) & (again|every night|third night|second night|most nights|nights this wek|the mum|the dad|parents|car is there)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Remembered from childhood, told without the plain word: "do things in the tent", "call me downstairs to help him with something", "I must have wanted it".',
    unless: ['((like|such as) (stories|games|marshmalows|cards|puzles|crafts|woodwork|fishing|homework|board games|cooking|camping)|loved it|best memories|god memories|fond memories|so much fun)'],
    patterns: [
      `(do|did|doing|does) (things|stuf|stuff) (to me |to us |with me )?(in|under|at) (the|his|her) (tent|car|van|shed|garage|bedroom|room|caravan|celar|basement|bathroom|office|study) & ${YOUNG} & (uncle|auntie|aunts|husband|boyfriend|grandad|grandpa|stepdad|step dad|coach|leader|neighbour|priest|teacher|cousin|{parent}|used to)`,
      `(must have|musta|must of) wanted it & ${YOUNG}`,
      `(call|caled|calls|would cal|used to cal) me (downstairs|upstairs|into (his|her) room|to his room|to the shed|to the garage) ~~ (help|helping) (him|her) (with something|with a thing|with stuf|$) & ${YOUNG}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Signs to ask about: an adult who gives a child gifts, money or lifts and wants it secret, tells them to delete chats, or hangs around school gates; a young child touching themself a lot or speaking of a "secret game"; a child who flinches at a raised hand; "another accident" at a parent\'s house; a child always hungry, always in the same clothes, or out alone after dark; shut in a room for a weekend; hiding under the bed when a parent raged.',
    unlessNear: ['(surprise|party|present for (me|mum|dad|you)|birthday|christmas|santa|father christmas|ice cream van|ice cream man|tooth fairy|hide and seek|game night|board game|footbal|training|practice|growth spurt|after school|after swimming|teenage boy|teenager|camp|festival|school trip|residential|holiday|lol|revise|revising|revision|exams|halloween|trick or treat*|easter|tag|just a game|wet the bed|wets the bed|wet (herself|himself|themselves)|potty|toilet training|toileting|bed wetting)', '(at|from|during|in|of) (trampolin*|rugby|skiing|climbing|gymnastics|hockey|footbal|sport|swimming|a bike|her bike|his bike)'],
    patterns: [
      '(keep|kep|keps) (their|our|the|these|those|his|her) (phone cals|cals|chats|messages|texts|talks|visits|meetings|sessions) (a )?secret & ({child}|# year old|hes #|shes #|boy|girl)',
      '(just the two of them|just him and (my|her|him)|just (him|her) and (my|our) {child}|on (his|her) own with (him|her)) & ({carer}|pastor|coach|leader|priest|uncle) & (invited|invites|wants to take|asked to take|trip|retreat|camping|sleepover|weekend|overnight)',
      '{carer} ~~ (private|one to one|one on one|alone) ~~ (sessions|lessons|stretching|massage|massages|training) & (blinds down|door locked|locked the door|(his|her) ofice|came out crying|cries|wont go back|secret|dont tel)',
      `(something|stuf|things) (hapened|went on|happened) (with|to me with|when i was alone with) ~ ({carer}|uncle|neighbour|cousin|older (boy|kid|cousin)|stepdad|grandad|family friend) & ${YOUNG}`,
      // Round 24: "my stepson hides in the wardrobe when his mum's car pulls up".
      '({child}|he|she|they) (hides|hid|goes and hides|runs and hides|runs of and hides|freezes|froze) ~ (in (the|his|her|their) (wardrobe|closet|cupboard|room)|under (the|his|her|their) bed|behind the (sofa|couch)) (when|whenever|as soon as|every time) (his|her|their|my) ({parent}|mums|moms|dads|stepdad|step dad|stepmum|stepmom|stepmums|stepdads|grandad|uncle) ~ (gets home|comes home|comes in|walks in|car pulls (up|in)|pulls up|is home|gets in|shouts|raises (his|her) voice|drinks|has ben drinking)',
      '(telling|tels|told|asks|asked|makes|made|keps telling) (her|him|them|my {child}) (to )?(delete|hide|clear) (their|the|our|those|his|her|al the) (chats|messages|texts|dms|snaps|conversations)',
      '(secret|hidden|second|spare|burner) phone & (adult|older|grown|man|number|unknown) & ({child}|# year old|# yr old|#yo|teen|school)',
      '({carer}|man|bloke|guy|stranger|older (man|boy|lad)) ~~ (gives|gave|giving|offers|offered|keps offering|bought|buys) (her|him|his|them|the kids|kids|the younger kids|my {child}) ~~ (sweets|candy|money|cash|vapes|gifts|lifts|a lift|expensive|designer|worth|quid|trainers|a phone|a new phone)',
      '(hanging|hangs|hung) (around|round|about) ~ (school gates|school gate|the gates|playground|primary) ~~ (kids|children|litle ones|girls|boys|pupils)',
      '(touching (herself|himself) (a lot|al the time|constantly)|pulling (her|his) (pants|knickers|trousers|pyjamas) down|secret game|words for private parts|words for (her|his) private parts)',
      '(flinch|flinched|flinches|cowered|cowers|ducked|ducks) ~~ (when|if|every time) ~~ (reached|reach|raise|raised|moved|move|lift|lifted|went to|put my hand) & ({child}|girl|boy|kid|kids|toddler|pupil|# year old|playdate|sleepover)',
      '(second|third|another|yet another) (acident|injury|bruise|black eye|fal) (this|in a|in the same) (month|wek|fortnight) & ({child}|her place|his place|at (his|her) dads|at (his|her) mums|ex)',
      '(always|constantly|every day) (seems |looks )?(starving|hungry|famished) & (sneak*|steal*|lunchbox*|bins|thin|skinny|same clothes|asks for food|begs)',
      '(same|dirty|grubby|smely|filthy) (clothes|uniform) (every day|al wek|again|for days|daily) & ({child}|pupil|pupils|kid|girl|boy|class|school)',
      '(always|often|every night|again) ~~ (outside|out) on (his|her|their) own ~~ (after dark|at night|til late|in the dark)',
      `(shut|lock|locked|kept) (me|us) in (my|our|the) (room|bedroom) (for|al) (the whole|whole|days|the weekend|a weekend|weekends|# days|al day|the day) & (${YOUNG}|{parent}|grandparents|nan|gran|grandad)`,
      `(hiding|hid|hide|used to hide) (under|in) (the|my) (bed|wardrobe|closet|cupboard) & (angry|shouting|drunk|rage|raging|scared|frightened|when (he|she|mum|dad|mom)) & ${YOUNG}`,
    ],
  },
];
