/**
 * Lexicon rules for a child's harm told in everyday family talk, without the words "abuse", "hit"
 * or "neglect": the punishment itself (a cupboard for the weekend, a mouth taped shut, a brick held
 * overhead, made to eat their sick), the hunger (food from the bins, no electric for a week,
 * watered-down formula), the grown-up who keeps a child back alone with gifts and a secret, and the
 * injury whose story does not fit (two broken arms at four months, burns the shape of a sock).
 *
 * Round twenty-five's dev file of child abuse in everyday family talk (risk-dev-child-everyday)
 * heard 58 of 100 at first contact. Each rule names the act and what makes it a child's harm (an
 * age, a child named, a parent or carer), so time-outs, a phone taken away, first aid under a cold
 * tap and a coach's agreed lift stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import { KID } from './context.ts';
import type { LexiconRule } from './rule.ts';

/** A child named: the one punished or kept. */
const A_CHILD_NAMED = `(${KID}|(my|our|his|her|their|the) (boy|girl|lad|lass|boys|girls|kids|litle one|wee one|bairn|stepson|stepdaughter|foster son|foster daughter))`;

/** A child named, or "him"/"her" after one was. */
const THE_CHILD = `(${A_CHILD_NAMED}|him|her|them)`;

/** How long or why a child is shut away: "him" or "them" in a cupboard is only a child's punishment with one ("put them in the cupboard" is also the shopping). */
const AS_PUNISHMENT =
  '(for (hours|days|the night|al night|the whole|whole|the weekend|al weekend|al day)|as (a )?punishment|when (he|she|they) (cries|cry|wets|wet|swears|misbehave*|answers back|is naughty|are naughty|was naughty|were naughty)|if (he|she|they) (cries|cry|wets|wet|swears|misbehave*|answers back))';

/** Grown-ups in charge of a child outside the home: their keeping a child back alone is a sign. */
const IN_CHARGE =
  '(manager|boss|teacher|pe teacher|coach|instructor|tutor|leader|scout leader|youth leader|youth worker|pastor|priest|choirmaster|trainer|mentor|lifeguard|driver|neighbour|neighbor|uncle|family friend|friend of (the family|my dads|my mums))';

/** Every rule about a child's harm told in everyday family talk. */
export const CHILD_EVERYDAY_RULES: readonly LexiconRule[] = [
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 25: a cruel punishment told as routine: shut in a cupboard for the weekend, mouth taped or burned with hot sauce, a brick held overhead, made to eat sick, to sleep on the landing, to kneel on rice, to ask to use the toilet, to fight a sibling for the belt, tied in a bin bag.',
    unlessNear: ['(game|games|play|playing|pretend|hide and seek|hide n seek|sardines|fort|den|costume|halloween|prank|challenge|lol|haha|joke|joking|camping|tent|hut|festival|hostel|airport|storm|tornado|hurricane|air raid|shelter)'],
    patterns: [
      `(puts|put|putting|locks|locked|locking|shuts|shut|keeps|kept|leaves|left) ${A_CHILD_NAMED} (in|inside) (the |a )?(cupboard under the stairs|dog crate|dog cage|cage|kennel|car boot|boot of the car)`,
      // A cupboard, a cellar or a shed is also where children play or shelter: a length of time or a reason makes it a punishment.
      `(puts|put|putting|locks|locked|locking|shuts|shut|keeps|kept|leaves|left) ${THE_CHILD} (in|under|inside) (the |a )?(cupboard|cupboard under the stairs|closet|cellar|basement|coal shed|shed|crate|cage|kennel|car boot|boot of the car) ~ ${AS_PUNISHMENT} & ${KID}`,
      `(tape|tapes|taped|taping) (${THE_CHILD} )?(his|her|their|the (toddlers|kids|babies|childrens)) (mouth|mouths) (shut|closed|up)`,
      `(hot sauce|chili|chilli|tabasco|soap|vinegar|mustard|pepper|washing up liquid) (in|into|on) (his|her|their|the kids|my|our) (# ?yos |# year olds |{child}s |sons |daughters |kids |babys |toddlers )?(mouth|tongue) & ${KID}`,
      '(mouth|lips) ~~ (tape|tapes|taped|taping) (it|them) (shut|closed)',
      '(stand|stands|standing|stood|kneel|kneels|kneeling|knelt) ~~ (holding|hold|with) (a |the )?(brick|bricks|books|chair|weights|bucket) (over|above|on) (his|her|their) head',
      '(kneel|kneels|kneeling|knelt|kneling) (on|in) (rice|dried peas|peas|salt|gravel|bottle caps|lego|grit)',
      `(hold|holds|holding|held) (her|his|their) arms (out|up|above (her|his|their) head|out straight) ~~ (for hours|for an hour|for ages|til|until|as (a )?punishment|if (they|she|he) (drop|drops|let|lets)|starts again) & ${KID}`,
      `(makes|made|make|making|forces|forced|force) (${THE_CHILD}|me|us) (to )?eat (it |his |her |their |the |my |our )?(own )?(sick|vomit|puke)`,
      `(makes|made|make|making) ${THE_CHILD} sleep (on|in|out on|out in) (the )?(landing|bare floor|floor|garage|shed|hallway|doorstep|garden|kennel|bathroom floor|porch)`,
      `(sleeps|slept|sleep|sleeping) on (a |the )?bare (floor|floorboards|boards|mattres) & (${KID}|foster|at (his|her|their) last (place|home|house))`,
      '(ask|asking|asks) permision (to use|to go to|for|before using) the (toilet|lo|bathroom) & (punish*|belt|hit|smack*|beaten|in trouble|wet*|shouted at)',
      '(makes|made|make|making) (them|the kids|the boys|the girls|my sons|our sons|our kids|my kids|the children|him and his (brother|sister)) fight (each other|one another|it out) & (belt|loses|loser|lost|punish*|strap|beat*)',
      `(put|puts|putting|tied|ties|stuffed|stuf) (her |him |them )?in (a|the|one) bin bag & (${KID}|tip|tied the top|misbehave*|naughty)`,
      '(gets|get|got|getting|gave|give|gives) (the|them the|him the|her the|us the|me the) (buckle end|buckle)',
      `(hair|plaits|braids) (hacked|chopped|cut|shaved) of & (ugly|punish*|too (pretty|ugly)|as a punishment|because (she|he)) & ${KID}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 25: a child going hungry at home: eating out of bins, fed "when they remembered", no food or electric for days with no grown-up seen, watered-down formula, meals taken away for a wrong answer.',
    unlessNear: ['(power cut|outage|storm|camping|fasting|ramadan|lent|diet)'],
    patterns: [
      `(eats|eating|ate|eat|takes|took) (food )?(out of|from) (the )?bins & (${KID}|foster|school|hungry)`,
      '(fed|feds|feed|feeds|get fed|gets fed|got fed) (when (they|she|he|anyone) (remember*|bother*|felt like it|could be bothered)|once a day|scraps|leftovers from the (dog|cat))',
      `(no|without) (electric|electricity|food|heating|gas) (for|in|since) (a wek|a week|weeks|days|# days|over a wek|ages) & ${KID} & (never see|no adult|no grown up|nobody|alone|on (her|his|their) own|eats dry|dry cereal|hungry|starving|begs|asks for food)`,
      '(watered down|waterd down|diluted|watering down|watering) (the )?(formula|bottles|baby milk|milk) & (baby|babys|infant|weight|gaining|not gaining|health visitor|money|weed|drugs|drink|cant afford|spends)',
      `(not allowed|isnt allowed|arent allowed|no|goes without|go without) (her |his |their )?(tea|dinner|food|supper|lunch|breakfast|to eat|meals) (if|when|until|unless|because|for) ~~ (wrong|bad|misbehave*|cries|cried|wets|wet|swears|forgets|answer|sum|sums|spelling) & (weight|hungry|starving|thin|skinny|lost|bins|days|${KID})`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 25: a grown-up in charge of a child (a manager, coach, teacher, leader, instructor) who keeps them back alone, with gifts, cash, changing or massages, and a secret.',
    patterns: [
      `${IN_CHARGE} ~~ (keeps|kept|keeping|kep|asks|asked) (her|him|them|my {child}|our {child}) (back|behind|late) & (secret|alone|on (his|her) own|office|change|changing|cash|swets|gift*|present*|close|after hours|lock*|massage*)`,
      `what (they|we|he and (she|her)|she and (he|him)) do (together )?is (their|our) (litle )?secret & (${KID}|${IN_CHARGE})`,
      '(private lesons|private lessons|one to one|1 to 1|extra lesons|extra lessons|extra training|massage|massages) ~~ (at his|at her|at their|his flat|his house|his place|no parents|without (parents|me|us|his mum|her mum)|not to (tel|mention|say))',
      `(invit*|takes|taking|took|brings|brought) (a|the|my|our|this) (# ?yo|# year old|{child}|boy|girl|lad|lass|kid) ~~ (to|into|back to) (his|her) (caravan|flat|house|car|tent|room|office|van|boat) (on (his|her|their) own|alone|by (himself|herself|themselves)) & (gift*|bought|buys|console|phone|money|cash|terified|scared|frightened|secret|swets)`,
      `(has|makes|made|had|lets) ${THE_CHILD} (change|get changed|undres*|strip) (in|at) (his|her) (office|car|house|flat|van|room)`,
      `(did|does|do|doing|served|was in prison|went to prison|got # years|inside) ~~ (for|over) (something|stuf|stuff|what he did) (to do )?with (his|her|a|the) ~ (litle girl|litle boy|daughter|son|stepdaughter|stepson|niece|nephew|{child}|kids) & (alone with|on (his|her) own with|by (himself|herself) with|just the two of them|babysit*|bond|saturdays|weekends|sleepover) ~ ${THE_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 25: sexual harm told sideways: a parent who sleeps in a child\'s bed and keeps her undressed, "stuff he called practising", "tickle games I don\'t like", an older child\'s "wrestling" behind a shut door that ends in tears, a body "checked" with the door locked.',
    // Children playing together, told as play: "they wrestle with the door shut and she cries when she loses lol".
    unlessNear: ['(loses|lost|lose|wins|won|win|lol|haha|each other|play fight*|siblings|twins)'],
    patterns: [
      `(sleeps|sleeping|slept|sleep|gets) in (her|his|their) bed & (pyjamas of|pajamas of|pjs of|nightie of|nighty of|nightdres of|knickers of|underwear of|no clothes|naked|undres*|secret|dont tel|lonely) & (${KID}|daddy|stepdad|uncle|grandad|her dad|his dad)`,
      '(do|did|does|doing) (stuff|stuf|things) (he|she|they) (called|cals|caled) (practi*|games|a game|training|our secret|special)',
      '(tickle|tickling|wrestling|bath|bath time|bathtime|special) (games|game) (i|she|he|they) (dont|doesnt|didnt|do not) (like|want)',
      `(wrestling|wrestles|wrestle|tickling|tickles|playing|plays|games) ~~ (in (her|his|their) room|in the bathroom|behind a closed door|with the door (shut|closed|locked)) & (cries|cried|crying|wont say|scared|doesnt want|hates|upset|quiet after) & ${KID}`,
      `(checking|checks|checked|inspect*|examin*) (her|his|their|our|my|the) ~ (body|bodies|privates|private parts) & (door locked|locked|alone|every night|bathroom|bedroom|shower) & ${KID}`,
      '(not|no more) (the|that|our|his|her) (special )?game (tonight|again|today|please) & (bath|bed|bedtime|panicked|scared|cried|crying)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 25: an injury to a small child whose story does not fit, a child burned or thrown, a toddler given drink: two broken arms at four months, burns in a neat sock shape, "does the burning with his lighter".',
    unlessNear: ['(pretend|play|playing|game|doll|dolls|teddy|lol|haha|cream|sun cream|suncream|sunburn|sunburnt|at birth|during (the )?birth|delivery|brittle bone*|seatbelt|seat belt|car seat|lanyard|sock marks|elastic|headphones|swing)'],
    patterns: [
      `(two|three|# ) (broken|fractured) (arms|legs|bones|ribs|wrists) & (# (month|months|week|weeks|mo) (old|and)|baby|newborn|infant|${KID}) & (says|said|say|claim*|rolled|fel|fell|clumsy|dont know how|no idea how)`,
      '(a |his |her |their )?(broken|fractured|cracked) (leg|arm|ribs|rib|skull|femur|colarbone|collarbone|wrist) & # (month|months|week|weeks|mo) (old|and) & (says|said|claim*|rolled|fel|fell|dont know how|no idea how)',
      `(burns|burn|scalds|scald|burn marks) ~~ (sock|socks|glove|gloves|neat|straight|perfect|ring|circles|round) (shape|shaped|lines|line|edges|marks) & (${KID}|litle one|toddler|baby)`,
      `(does|did|doing) the burning & (lighter|cigarette|fag|iron|matches|${KID})`,
      `(loop|loop shaped|looped|cable|cord|wire|buckle|belt) (shaped )?(mark|marks|bruise|bruises|welt|welts|lines) & (cable|charger|cord|wire|belt|buckle|hanger|flex) & (${KID}|boy|girl|pupil)`,
      `(used|uses|using|took|takes) (the|a|his|her|their) (charger|phone charger|charger cable|charging cable|cable|cord|wire|extension lead) (on (him|her|them|me)|to (hit|whip|beat)) & (${KID}|boy|girl|pupil|mark|marks)`,
      '(burns|burned|burnt|burning|burn) (her|him|them|the kids|my {child}|our {child}) ~~ (with|using) (his|her|their|a) (lighter|cigarette|fag|iron|matches|match)',
      `(lager|beer|vodka|wine|alcohol|cider|whisky|whiskey|rum|boze|gin|weed) (in|into) (her|his|the|their|our) (bottle|sippy cup|beaker|juice|milk)`,
      `(get|got|gets|getting) (our|my|the|his|her|their) (# yo|# year old|baby|toddler|{child}|litle one) (drunk|high|stoned|pisd|wasted)`,
      `(throws|threw|throwing|chucks|chucked|slams|slammed|slaming) (their|his|her|our|my|the) (boy|girl|son|daughter|lad|{child}|kid|stepson|stepdaughter|baby) (against|into|acros|down) (the )?(wall|floor|door|room|stairs|furniture|radiator)`,
      `(booted|kicked|shoved|threw|dragged|yanked) (my|our|his|her) (son|daughter|boy|girl|lad|{child}|kid|stepson|stepdaughter) & (next time|il|hel|he wil|he would|hed|break (his|her) (jaw|neck|arm|legs|face|nose))`,
      `(holds|held|hold|holding|puts|put|putting) (the baby|the kid|the toddler|him|her|them|${KID}) under (the )?(cold )?(tap|shower|water) & (screams|scream|screaming|cries|cry|crying|punish*|resets|reset|shut up|stop crying|naughty|tantrum)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 25: a parent telling a child now that they wish the child had never been born, or that the split is their fault.',
    patterns: [
      `(wish|wishes|wished) (shed|hed|theyd|she had|he had|they had|you had|youd) never (been born|existed) & (texts|texted|tels|told|says to|said to|screams at|screamed at|shouts at|shouted at|messages|writes to) (our|my|his|her|their) ~ (# yo|# year old|{child}|boy|girl)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 25: signs to ask about: a partner who thinks a child needs "a proper hiding", "sort him out the way her dad sorted her", a child who curls up when a parent\'s voice rises, bruises "again" with a clumsy story, a child always at ours at teatime, a parent who insists on bathing an older child and gets angry when offered help, a drawing of a naked man, a new phone nobody explains, behaviour changed after a stay.',
    unlessNear: ['(lol|haha|joke|joking|film|movie|book|story|my own (childhood|parents)|turns out|turned out|saved up|birthday|christmas)'],
    patterns: [
      `(a |the )?(proper|good|real) (hiding|smacking|beating|thrashing|belting) & ({partner}|he|she|they) & (${KID}|the kids|my kids|our kids|my son|my daughter)`,
      '(smacking|hitting|spanking|a hiding|the belt|the slipper) (is|is just|never) (fine|ok|okay|what they need|hurt (anyone|me|us|him|her)|to learn)',
      'sort ((him|her|them|our lad|our boy|our girl|our {child}|my {child}|the kids) out|out (him|her|them|our lad|our boy|our girl|our {child}|my {child}|the kids)) ~~ (the way|like|how) (her|his|my|their) (dad|father|mum|mother|mam|stepdad) (sorted|did|used to)',
      `(curls up|cowers|cower|flinches|flinch|freezes|freeze|shakes|trembles|wets (himself|herself)) ~~ (when|whenever|every time|as soon as) (his|her|their|my|the) (dad|dads|mum|mums|mom|moms|mam|mams|stepdad|stepdads|stepmum|father|fathers|mother|mothers|{parent}|mums boyfriend|dads girlfriend)`,
      `(bruise|bruises|marks) ~~ (again|third time|fourth time|every time|another one|each time) & (says|said|claims|claimed|reckons) (she|he|shes|hes|theyre|they) (is |are |was )?(just )?(clumsy|fel|fell|falls|fall)`,
      `(always|every day|most days|every night) (at ours|round ours|at our house|at our place) (at|around|for) (tea|teatime|dinner|mealtimes|meal times) & (leftovers|hungry|starving|food home)`,
      `(takes|take|asks to take|asks if (she|he) can take) (the )?(leftovers|food) home & ${KID}`,
      `(insists|insisted|insisting) on (bathing|washing|showering|changing|drying) (our|my|his|her|the) ~ (daughter|son|girl|boy|stepdaughter|stepson) ~~ (angry|mad|furious|cross|snaps|wont let|refuses|alone|locks|lock)`,
      `(draws|drawing|drew|drawn) (a )?(man|men|person|grown up|adult) (with no clothes|naked|without clothes) & (${KID}|wont say|wont tel)`,
      `(new phone|new iphone|cash|money|gifts|trainers|vape|vapes) ~~ (wont|doesnt|refuses to) (say|tel me|tell me) (who|where) & (${KID}|daughter|son|teen|teenager)`,
      `(behaviour|behavior|whole personality|mood|personality) (changed|has changed|is different|went) (after|since) (a|the|her|his|that) (sleepover|visit|weekend|stay|trip|camp|holiday) & (refuses|wont|scared|doesnt want|begs not) (to )?(go back|return|go again)`,
      `(says|said|claims|claiming|pretends|reckons) (hes|shes|he is|she is|theyre|to be) (only )?(1[5-9]|twenty) & (gifts|presents|sending|sends|money|vouchers|skins|robux|v bucks|vbucks) & ${KID}`,
      `(cries|crying|screams|screaming|cried) (for hours|al night|every night|for ages|non stop) ~~ (never|nobody|no one|noone) (hear|see|sees|comes|goes|checks|goes to) & (toddler|baby|${KID})`,
    ],
  },
];
