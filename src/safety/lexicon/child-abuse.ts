/**
 * Lexicon rules for `child_abuse`. Child abuse: harm to a child, or to the speaker as a child (physical, sexual, severe neglect).
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import { CHILD_AGE, CHILDHOOD, GROWN_CHILD, KID, MINOR_NOW, NOT_A_PARTNER, TEEN_PAST } from './context.ts';
import type { LexiconRule } from './rule.ts';

/** The speaker is a child now or talks about their childhood ("im 14", "when i was 7", "growing up"). */
const ME_AS_CHILD = `(${MINOR_NOW}|${CHILDHOOD})`;

/** The speaker's teenage years, only with an adult who is not a partner in the message ("when i was 15 my stepdad"). */
const TEEN_WITH_ADULT = `${TEEN_PAST} & ${NOT_A_PARTNER}`;

/** Any sign that the person harmed is or was a child: the speaker's age or childhood, or a child named. */
const A_CHILD = `(${MINOR_NOW}|${CHILDHOOD}|${KID})`;

/** Adults who groom: carers outside the family, older men, strangers online ("he" counts: most reports say it). */
const ADULT =
  '({carer}|teacher|coach|tutor|pastor|priest|youth (pastor|leader|worker)|leader|instructor|trainer|boss|manager|man|men|guy|adult|older|grown|stranger|someone online|online|uncle|stepbrother|step brother|stepdad|step dad|stepfather|he|hes|him|his)';

/** Things used to beat a child with ("with the belt", "w extension cords", "wid di iron cord"). */
const IMPLEMENT =
  '(belt|belts|belt buckle|extension cord|extension cords|cord|cords|iron cord|electric cord|wire|wires|hanger|hangers|coat hanger|wooden spoon|spoon|stick|sticks|cane|canes|switch|paddle|slipper|slippers|chancla|whip|rod|hose|cricket bat|baseball bat|bat|shoe|shoes|ruler|broom|whatever|whatevers|anything|bottle|fists|pipe|poly pipe|hose pipe|rubber hose|strap|straps|leather strap|strop|razor strop|stockwhip|horsewhip|riding crop|jug cord|chain|chains|dog chain|dogs chain|dog lead|rope|plank|branch|cable|charger cable|phone charger|sjambok|tawse|birch|stick of wood|piece of wood)';

/** What gets thrown at a child in anger ("throws things at", "chucks bottles at"); a ball or a pillow is play. */
const THROWN =
  '(things|stuff|shit|bottles|plates|cups|glasses|objects|whatever|whatevers|anything|everything|shoes|a shoe|his shoe|her shoe|a bottle|bottles|a plate|a glass|a cup|a mug|mugs|knives|a knife|his phone|her phone|the remote|a chair|chairs|furniture|books|a book|hot *|bleach|boiling *|a lamp|ashtrays|an ashtray|a belt|keys|his keys|her keys)';

/** Harm done to "me"/"us": blows, throwing, hair-pulling, sexual touching, being made to do things. */
const HARM_TO_ME = [
  '{hit} (me|mi|us)',
  '(hurts|hurting|whoop*|whup*|flog*|caned|canes|belted|belts|thrash*|batter*|tortur*|molest*|grope*|groped|fondl*|rape*|raped|fingered|sad|saed|sa d) (me|mi|us)',
  `(throw*|threw|chuck*|hurl*|flung) ${THROWN} at (me|mi|us)`,
  '(throw*|threw|chuck*|slam*|shov*|push*|fling*|flung) (me|mi|us) (against|into|onto|on to|across|down|off|out of)',
  '(pull*|yank*|rip*) (out )?(my|mi) hair',
  '(starv*|smother*|suffocat*|drown*) (me|mi|us)',
  'beat* the (shit|crap|hell|life|living daylights|snot) out of (me|mi|us)',
  'handsy (with|wit|w) (me|mi|us)',
  '(hand|hands|fingers) (down|in|inside|up|under) (my|mi) (pants|knickers|underwear|trousers|shorts|skirt|shirt|top|bra|pyjamas|pajamas|pjs)',
  '(wouldnt|wont|doesnt|didnt|dont) (feed|let (me|us) eat) (me|us)',
  '(groom*|exposes himself|exposed himself|flashes|flashed) (me|mi|us)',
  '(grab*|yank*|twist*|squeez*|pinch*|drag*) (my|mi) (arm|arms|wrist|wrists|neck|throat|hair|face|ear|ears) ~ (hard|til|till|until|so|bruise*|marks|and)',
  '(drag*|grab*|pull*|yank*|pick*|lift*|hold*|held) (me|us) ~ by (the|my|mi|our) (hair|neck|throat|ear|ears|collar)',
  'touch* (me|mi|us)( (in|on|under|down|when|while|at|weird|wrong|wrongly|inapropriat*|sexual*|there|places|and|every|again|private*|between|al|where|i|he|she|it|like|if|too|sometimes|alot|a lot|[^a-z0-9 .]*)|$)',
  '(bad|weird|private|secret) touch* (on|to)? ?(me|mi|us)',
  // Tied or chained up: "tied me to the post", "left us tied up in the yard", "chained me to the bed".
  '(tied|tie|ties|tying|chained|chains|chaining) (me|mi|us) (up|to|in|down|onto)',
  '(left|leave|leaves|leaving|kept|keep|keeps|keeping|found) (me|mi|us) (tied|chained|tied up|chained up)',
  // Shut in a room on bread and water: "kept me in my room for a week with just bread".
  '(kept|keep|keeps|keeping|locked|locks|shut|shuts) (me|mi|us) (in|inside|up in|locked in) (my|mi|our|the|a) (room|bedroom|cupboard|closet|cellar|basement|shed|attic|loft|garage) ~~ (with|on) (just|only|nothing but) (bread|water|bread and water|scraps|rice)',
].join('|');

/** Being made to do something no child should be made to do (sexual or cruel). */
const MADE_TO =
  '(. (the|a|my) (garage|shed|car|cold|yard|garden|basement|celar|closet|doghouse|rain|snow|bathtub)|' +
  '(sleep|sleeping|stay|stand|standing|sit|kneel|spend the night|live) ~ (outside|in the (garage|shed|car|cold|yard|garden|basement|celar|closet|doghouse|rain|snow)|on the (porch|balcony|doorstep)|al night|overnight|for hours|without (food|slep|sleping|eating|a coat|shoes))|' +
  '(watch|look at) ~ (porn|p rn|p|sex|dirty (videos|movies|pictures|pics)|him (eat|touch *|naked|jerk *|masturbat*)|her (eat|naked)|them eat)|' +
  'sit (on|in) (his|her) lap|(take|have) (a )?(bath|baths|shower|showers) with (him|her|them)|(shower|bathe|bath|undress|change|get changed|get dressed) (with the door (open|unlocked)|in front of (him|her|them)|while (he|she|they) (watch*|stay*))|(shower|bathe|bath) with (him|her|them)|' +
  '(strip|undress|get naked|get undressed|take (off )?(my|her|his|their|our) (clothes|pyjamas|pajamas|pjs|pants|shirt|top|underwear|knickers|nightie))|' +
  '(touch|rub|kiss|hold|lick) (him|her|his|it) ~ (there|private*|down there|penis|dick|privates|under)|' +
  '(do|doing) (stuff|things|sexual (stuff|things)|sex (stuff|things)|it|naughty (stuff|things)|things like that|stuff like that) with (him|her|them)|' +
  '(keep|kep|kept) (secrets|a secret|it (a )?secret|things secret|our secret))';

/** Masked second-person talk about being a child: "you know when you're 8 and…", "because you're a kid". */
const YOU_AS_CHILD = `((youre|you are|ur|you were|when your) (only |just |like |still )?(${CHILD_AGE}|a kid|a child|a little (kid|girl|boy)|little|a minor|underage)|your ${CHILD_AGE} (and|$))`;

/** Adults or older relatives who may harm a child (for cues that need one in the message). */
const ADULT_OR_KIN =
  '({parent}|{carer}|cousin|older cousin|brother|stepbrother|step brother|uncle|grandpa|teacher|coach|adult|grown up|grownup|older|man|guy|stranger|neighbour|neighbor|family friend)';

/** Adults in a role of trust or much older than a child: a relationship with a child is abuse. */
const ADULT_ROLE =
  '({carer}|teacher|coach|tutor|pastor|priest|youth (pastor|leader|worker)|instructor|trainer|boss|manager|stepdad|step dad|stepfather|uncle|grown man|grown woman|adult|older (man|guy|woman)|(2[0-9]|[3-9][0-9]) (year old|yo)|(mums|moms) (boyfriend|bf)|family friend|babysitter|nanny)';

/** A child biting or hitting another child at nursery or school: a parenting worry, not abuse. */
const KID_ON_KID = `(${KID}|toddler|he|she|mine|my one) ~ (bit|bites|biting|hit|hits|hitting|kicked|kicks|kicking|pushed|pushes|shoved|scratched|scratches|punched|slapped|smacked) (a|another|the other|other|his|her|a few|two) (kid|kids|child|children|boy|boys|girl|girls|toddler|toddlers|baby|classmate|classmates|friend|friends) ~~ (at|in|during|on) (nursery|school|daycare|preschool|kindergarten|the park|playgroup|the playground|playtime|soft play|class|football|practice|swimming|a playdate|the playdate)`;

/** A child held back from a road or a fire: "grabbed my toddler by the arm to stop her running into the road". */
const HELD_FROM_DANGER =
  '(to stop|before|so) (him|her|them) ~ (running|run|stepping|step|walking|walk|darting|dart|going|go|ran|stepped) (into|in front of|out into|onto|across|out in front of) (the )?(trafic|road|street|a car|car|cars|a bus|bus|pol|river|canal|fire|oven|hob|cooker)';

/**
 * When a blow or threat "at a child" is something else: children squabbling, a game beaten at, or
 * a threat to the kids used to control me (that is partner violence).
 */
const NOT_HARM_TO_A_CHILD: readonly string[] = [
  KID_ON_KID,
  'beat* ~~ (at|in|to) (chess|fifa|cards|monopoly|the race|a race|race|games|a game|the game|football|soccer|tennis|basketball|scrabble|uno|mario kart|board games|a board game|running|swimming|checkers|pool|darts|golf|everything|arm wrestling|video games|connect four|the car|the bathroom|the top|the punch|the finish)',
  'if i ~~ ({kill}|hurt|drown|harm|get rid of|poison|take|took|kil) ~ (my|the|our) ({child}|kids|children)',
  '({kill}|hurt|drown|harm|poison|get rid of|kil) ~ (my|the|our) ({child}|kids|children) ~~ (if i|unless i|when i|or else)',
];

/** An older partner's age (19 and up) beside a young teen or child's ("you were 30 and i was 14"). */
const OLDER_AGE_19 =
  '((he|she|you|they|hes|shes|youre|theyre|(he|she|you|they) (was|were|is|are)|(boyfriend|bf|girlfriend|gf|partner|ex|man|guy)s?( (is|was))?) (only |like |about |around |nearly |almost |at least |over )?(19|[2-9][0-9])( (year|yr|years|yrs) old| yo)?( (and|but|when|while|i|im|n|at the time|then|now|btw|so|he|she)|$)|(a|an|this|some) (19|[2-9][0-9]) (year old|yr old|years old|yo)( (man|guy|woman|bloke|dude|teacher|coach))?)';
/** An older partner's age (22 and up), used beside a 16 or 17 year old. */
const OLDER_AGE_22 =
  '((he|she|you|they|hes|shes|youre|theyre|(he|she|you|they) (was|were|is|are)|(boyfriend|bf|girlfriend|gf|partner|ex|man|guy)s?( (is|was))?) (only |like |about |around |nearly |almost |at least |over )?(2[2-9]|[3-9][0-9])( (year|yr|years|yrs) old| yo)?( (and|but|when|while|i|im|n|at the time|then|now|btw|so|he|she)|$)|(a|an|this|some) (2[2-9]|[3-9][0-9]) (year old|yr old|years old|yo)( (man|guy|woman|bloke|dude|teacher|coach))?)';
/** Me or her at 15 or under. */
const MINOR_AGE_YOUNG =
  '(i was|im|i am|i m|shes|she is|she was|hes|he is|he was|my (daughter|son) (is|was)) (only |just |barely |like )?(1[0-5]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)';
/** Me or her at 16 or 17. */
const MINOR_AGE_TEEN = '(i was|im|i am|i m|shes|she is|she was|hes|he is|he was|my (daughter|son) (is|was)) (only |just |barely |like )?(1[67]|sixteen|seventeen)';
/** Words that make two ages a couple rather than siblings or a parent. */
const ROMANCE =
  '(relationship|dating|dated|date|dates|boyfriend|girlfriend|bf|gf|boyfriends|girlfriends|seeing (him|her|each other)|sleeping|slept|sex|together|going out|pics|nudes|photos|kissed|kissing|groom*|maried|engaged|love|my first|first time)';
/** "between the ages of eight and twelve", "from age 6 to 10". */
const CHILD_AGES_RANGE = `(between|from) (the )?ages? (of )?${CHILD_AGE} (and|to|until|til|till|through) ${CHILD_AGE}`;
/** A baby given by age in weeks or months ("my 6 month old"). */
const INFANT = '(# ?(month|week|months|weeks|mo|m) old|newborn|newborns|infant|infants|baby|babys|toddlers)';
/** Someone else's childhood: "when she was 9", "he was only seven". */
const THEY_WERE_A_CHILD = `(she|he|they) (was|were) (only |just |about |around )?${CHILD_AGE}`;
/** A named child, or "my boy"/"my girl" as parents say it. */
const KID_OR_MY_BOY = `(${KID}|(my|our|his|her|their) (boy|girl|lad|lass|wee one|kiddo|kiddos)|(my|our|his|her|their|the) (boys|girls|bairns|bairn|weans|wean|wee ones|littlies|little uns|young uns|kiddies|youngsters))`;

/** A parent's partner or a step-parent: a harm or a secret from one of them is child abuse ("mum's new boyfriend", "nan's husband", "my stepmum"). */
const PARENTS_PARTNER =
  '((mums|moms|mams|mothers|nans|nanas|grans|grandmas|dads|fathers) (new )?(boyfriend|bf|husband|partner|fiance|fella|man|girlfriend|gf|wife)|stepdad|step dad|stepfather|stepmum|step mum|stepmom|step mom|stepmother)';
/** Anyone who parents the speaker: a parent, a parent's partner, a step-parent. */
const HOME_ADULT = `({parent}|${PARENTS_PARTNER})`;
/** Things that mark a child when used to hit them, without "anything"/"whatever" (too vague alone). */
const BEATING_TOOL =
  '(belt|belts|belt buckle|extension cord|cord|cords|wire|hanger|coat hanger|wooden spoon|stick|cane|switch|paddle|slipper|chancla|whip|rod|hose|ruler|strap|leather strap|jug cord|poly pipe|pipe|chain|stockwhip)';
/** Older relatives who may make a child do sexual things ("my older brother", "my cousin"). */
const OLDER_KIN =
  '(brother|stepbrother|step brother|cousin|uncle|grandpa|grandad|granddad|grandfather|{parent}|stepdad|step dad|stepmum|stepmom)';
/** Being told to do sexual things to or with someone. */
const MADE_SEXUAL =
  '(makes|made|make|forces|forced|force|gets|got|tells|told|pressures|pressured) (me|us) (to )?((do|doing) (stuff|things|it|sexual *|that stuff|those things|that|weird (stuff|things)) (to|with|for) (him|her|them)|(touch|rub|suck|lick|kiss) (him|her|his|it|them)|watch ~ (porn|him|her|them)|(get|getting) naked|(take|taking) (off )?(my|our) (clothes|pants|top|shirt|underwear))';
/** Being taken from home by the authorities, which a child fears if they tell. */
const TAKEN_INTO_CARE = '(put|puts|putting|take|takes|taken|took|send|sends|sent) (me|us) (in|into|to) (care|foster care|a foster home|a home|a group home|foster)';

/** How long a child was shut in or left: "all weekend", "whole weekends", "for hours", "days at a time". */
const SHUT_IN_FOR =
  '(al (day|night|weekend|week|afternoon|evening)|for (hours|days|the weekend|the night|a day|a week|whole *|entire *)|overnight|(whole|entire) (day|days|night|nights|weekend|weekends|week|weeks|afternoons|evenings)|(hours|days) at a time|without (food|water|eating))';

/** A teen's age opening a message or clause: "16 and my coach says…". */
const TEEN_LEAD = '(1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) (and|n|&|but) (my|mi|i|im)';

/** Where children are online: games, apps, chats. */
const ONLINE_PLACE =
  '(online|game|games|gaming|fortnite|roblox|minecraft|discord|snapchat|snap|instagram|insta|tiktok|whatsapp|telegram|xbox|playstation|ps4|ps5|chat|chats|app|acount|dms|dm|messages|messaging|texting|squad|server|headset|voice chat|group chat)';

/** Someone clearly grown up, met through a game or an app. */
const ONLINE_ADULT =
  '(grown man|grown woman|grown up|adult|adults|older (man|guy|woman|boy|lad|player|players|dude|men)|much older|stranger|strangers|(1[89]|[2-9][0-9]) (year old|yo|y o)|a (man|guy|bloke) (from|on|in|he|she|who|called)|some (man|guy|bloke))';

/** What a groomer does: gifts and game money, asking when the parents are out, secret or deleted chats, moving to a private app. */
const GROOMING_MOVE =
  '(gift cards|gift card|robux|v bucks|vbucks|skins|game credit|credits|top ups|topups|codes|(what time|when|if|whether) ~ (his|her|their|your|my) (parents|mum|mom|dad|mam|mummy|mommy|daddy|family) ~ (get|gets|are|is|go|goes|leave|leaves|home|out|away|work|asleep)|home alone|alone (at home|in (his|her|your|my|the) (room|bedroom))|where (he|she|they|you|i) (lives|live)|what school|which school|(delete|deletes|deleting|deleted|clear|clears|clearing|cleared|hide|hides|hiding|hid) ~ (the |our |his |her |their )?(chats|chat|messages|texts|dms|conversation|conversations|history)|secret (chat|acount|phone|app|instagram|insta|snapchat|snap|tiktok|discord|profile|number|sim)|(calls|call|called) (him|her) ~ (boyfriend|bf|girlfriend|gf)|(sends|sent|send|sending) (him|her|them|me) (money|cash|gifts|presents|stuff)|(wants|wanted|asked|asking|asks|trying|keps asking|begging) to meet|(turn|switch|put|turned) on (his|her|your|their|my|the) (camera|cam|webcam)|(dont|not to|never) tell (your|his|her|their|my) (parents|mum|mom|dad)|(move|moved|switch|switched|talk|talking|chat) ~ (on|to|over) (snapchat|snap|whatsapp|discord|telegram|private)|(pics|pictures|photos|selfies|videos) of (him|her|himself|herself|you|yourself|me|myself)|what (he|she|you|i) (looks like|look like|is wearing|wear|wears)|(webcam|camera on|cam on)|meet (up|him|her|them|in person|irl))';

/** What a medical or school lie covers up: an injury. */
const INJURY =
  '(arm|arms|wrist|wrists|leg|legs|ribs|rib|eye|eyes|face|head|nose|bruise|bruises|burn|burns|marks|injuries|injury|fingers|finger|hand|hands|collarbone|shoulder|back|neck|black eye|lip|ear|teeth|tooth|stitches|cast)';

/** Medicine and care a child depends on. */
const CHILD_MEDS =
  '(insulin|inhaler|inhalers|epipen|epi pen|meds|medication|medications|medicine|tablets|antibiotics|seizure (meds|medication|medicine)|chemo|treatment|injections|feeds|feeding tube|oxygen|nebuliser|nebulizer|hearing aids|glasses|wheelchair|adhd meds|ritalin|concerta)';

/** Reasons a carer gives for withholding care that make it deliberate: punishment, or faith instead of medicine. */
const WITHHELD_ON_PURPOSE =
  '(punish*|as (a )?punishment|on purpose|deliberately|to teach (him|her|them|me) a lesson|so (she|he|they|i|we) (learn|learns|behave|behaves)|when (she|he|they|i|we) ~ (bad|naughty|misbehave*|answer* back|talk* back|cries|cry|cried|wet*)|(god|prayer|prayers|pray*|faith|church|allah|jinn|evil|spirit|spirits|devil|herbs|natural remedies|healer|elders) ~~ (heal|heals|cure|cures|fix|fixes|wil|instead|says|said|decide*)|instead of (her|his|their|my) ~ (insulin|meds|medication|medicine|treatment|inhaler))';

/** Why someone would refuse a hurt child the doctor: a serious injury, faith healing instead, or fear of questions. */
const CARE_REFUSED_BECAUSE =
  '(broken|broke|bleeding|infected|infection|abscess|seizure*|fits|(couldnt|cant|can not) (walk|breathe|see|eat|move)|fever ~ for (# days|days|a week|weeks)|(wont|isnt|not|stopped|stoped) (feed|feeding|eat|eating|drink|drinking|wake|waking)|floppy|dehydrated|(getting|got|geting) worse|pray*|god|faith|jinn|evil|curse|spirits|devil|healer|find out|(see|notice|ask about) (the )?(bruises|marks|burns)|ask questions|asking questions|social services)';

/** Every `child_abuse` rule the screen applies. */
/** Someone too drunk, high or out of it to look after anyone ("passed out on the sofa", "still drunk"). */
const OUT_OF_IT =
  '(passed out|pased out|out cold|unconscious|comatose|off (his|her|their) face|out of it|out of (his|her|their) (head|mind|skul)|wasted|smashed|hammered|paralytic|blind drunk|drunk|stil drunk|stoned|high|gouching|nodding off|sleeping it off|on the floor again|sleeping on the floor)';

/** A child left to cope alone: making their own dinner, unable to wake the adult, alone all night, locked out. */
const LEFT_TO_COPE =
  '(made (his|her|their|my|our) own (dinner|tea|food|breakfast|lunch|bottle)|(couldnt|cant|could not|cannot|wouldnt|would not) wake (him|her|them|daddy|mummy|mommy|mum|dad|mom|mama|papa|up)|look* after (the|his|her|their|my|our) (baby|brother|sister|siblings|little *|younger *)|(on (his|her|their) own|alone|by (himself|herself|themselves)) (al|for|overnight|til|until|in the (flat|house))|locked (him|her|them|me|us) out|wander*)';

/** Drugs used, not named: injecting, lines, crack or meth smoked. */
const USING_DRUGS =
  '(injects|injecting|injected|inject|shooting up|shoots up|shot up|snorting|snorts|snorted|doing lines|does lines|did lines|(smokes|smoking|smoked|smoke) (crack|meth|heroin|gear|spice|ice|rocks)|cooking meth|cooks meth|using (drugs|gear|heroin|meth|crack))';

/** A child in the next room or in sight while drugs are used, or made to watch. */
const A_CHILD_PRESENT = `(in front of|with|around|next to|near|while) ~ (the|my|our|his|her|their) ~ (kids|children|baby|toddler|son|daughter|boys|girls|${CHILD_AGE} (year|yr) old|${CHILD_AGE}yo|little one|little ones)`;

export const CHILD_ABUSE_RULES: readonly LexiconRule[] = [
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Harm to a child (the speaker\'s child, sibling, or a child they know).',
    victim: 'other',
    patterns: [
      '{child} ~ (is|are|being|gets|getting|got|was|were) (abused|hit|beaten|hurt|molested|neglected)',
      '{child} ~ (is|are|being|gets|getting|got|was|were) touched (inapropriat*|sexual*|there|down there|in (her|his|their) private*|by (a|an|the|his|her|my|our|their) (man|woman|adult|teacher|coach|stranger|boy|neighbour|neighbor|relative|uncle|cousin|family friend|babysitter|nany|older *|grown *))',
      '(neglect|neglected|neglecting|neglects) ~ {child}',
      '(leave|leaves|left|leaving) (their|his|her|the|my|our) {child} (alone|home alone|locked)',
      '{child} ~ (alone for days|home alone for days|always starving|starving and alone|never fed|no food)',
      '{child} & (keep (it|this|that|our|things) (a )?secret|sexual (messages|pictures|photos)|inapropriate (messages|pictures|touching))',
      '(sending|sends|sent|asking) ~ # (year|yr)s? old ~ (sexual|nudes|naked|inapropriate)',
      'sexual (messages|pictures|photos|texts) ~ {child}',
      '{child} ~ (scared to go home|afraid to go home)',
      '{child} ~~ bruises & (hits|hit|hurt|hurts|pinch*|grab*|daddy|mummy|nana|stepdad|stepmum|stepmom|boyfriend|girlfriend|babysitter|nany|teacher|coach|does it|did it)',
      'child abuse',
      'signs of (abuse|neglect|being abused|being hit|sexual abuse) & {child}',
      '{parent} ~ (touch*|molest*|rap*|abus*|hit|hits|beat*|burn*) ~ (my|our) (sister|brother|sisters|brothers|siblings|sis|bro)',
      '({child}|baby) ~~ (no one (is )?home|nobody (is )?home|no adults)',
      '({child}|baby) ~~ (home alone|left alone|alone) (for|al) (days|hours|a week|the weekend|nights|night|overnight|day)',
      '(gone|away|left (them|alone)|alone) for days & {child}',
      '(told|tels|asks|asked|makes|made) (her|him|them|my {child}) (not to tel|to keep ~ secret|to hide)',
      '(shook|shakes|shaking|shaken) (the|my|our|his|her)? ?(baby|infant|newborn|him|her) (hard|so hard|violently|until)',
      // Not fed at all, not "won't feed the kids fast food" (a rule about which food is parenting).
      '(dont|doesnt|never|wont|didnt) feed (me|us|them|the kids|him|her|my {child}|their {child})( (for|al|at al|properly|enough|anything|unless|until|til|when|if|and|so|because|cause|bc|most|half|on (purpose|time))|$)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A parent or carer harming me (the speaker is or was a child).',
    victim: 'self',
    // "going on about his mum and he slapped me": his mother is a topic, he is the one hitting.
    unless: [
      '(his|her|their|your) {parent} (and|but|so|then) (he|she|they) ~ ({hit}|hurt|hurts|threw|throws|burn*|lock*)',
      // A co-parent named through the child ("mi baby father", "my kids' dad") is a partner or ex, not my parent.
      '(baby|babys|kids|childrens|sons|daughters) (father|daddy|dad|fada|mother|mama|mum|mom|madda)',
    ],
    patterns: [
      '{parent} ~ ({hit}|burn*|cut*|twist*|scratch*|pinch*) my (hand|hands|arm|arms|face|leg|legs|back|skin|head|fingers|stomach|belly|tummy|bump|ribs|chest|mouth|nose|ear|ears|neck|eye|eyes)',
      '(my )?{parent} ~ ({hit}|hurt|hurts|touched|touches|touching|molested|starv*|threw|throws|burn*) (me|us)',
      '{parent} (used to|would) ~ ({hit}|hurt|touch) (me|us)',
      // "Dad flogged us", "mum would leather me", "my father thrashed us if…"
      '(my )?{parent} ~ (flog*|thrash*|belted|belts|belting|caned|canes|leathered|leathers|walloped|wallops|walloping|lashed|lashes|tortur*|batter*) (me|us)',
      '(abused|molested|beaten|hit) (as|when i was) (a )?(kid|child|little|young|teen|teenager)',
      '(abused|molested|beat|hit|hurt|touched) (me|us) (as|when i was|when we were) (a )?(kid|kids|child|children|little|young|teen|teenager)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A parent or carer locking me in or out (being locked out by accident, or without keys, is no harm).',
    victim: 'self',
    unless: [
      '(his|her|their|your) {parent} (and|but|so|then) (he|she|they) ~ lock*',
      '(acident*|by mistake|mistakenly|forgot|forgets|forgeting|didnt (realise|realize|know|notice|hear|se)|not knowing|without (realising|realizing|knowing)|keys|key|spare key|locksmith)',
    ],
    patterns: ['(my )?{parent} ~ lock* (me|us)'],
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
      '(what|things) (we do|he does|she does|they do|he did|she did|happens|happened) ~~ ((our|a) (special |little )?secret|(special|little) secret|secret between)',
      '(keep|keeping|kept|keeps) (it|this|secrets|a secret|our secret|quiet) ~~ (what|about what) (he|she|they|we) (does|do|did)',
      '({parent}|{carer}) ~ (does|did|doing|do) (things|stuff|something) (to|with) me',
      '({carer}) & touch* (me|my) ~ (leg|legs|thigh|knee|waist|back|hair|face|chest|butt|body) & ((im|i am|only) (1[0-7]|[5-9])|uncomfortable|secret|after class|alone|dont like)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child telling someone that a parent hurts them (a grown son or daughter telling me is not a child).',
    victim: 'other',
    unless: [...GROWN_CHILD],
    patterns: ['{child} ~~ (told me|tells me|says|said|told (her|his) (teacher|mom|mum)) ~~ ({parent}) ~ ({hit}|hurts|hurt|touches|touched|beats) (her|him|them)'],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Harm done to a child (a threat to harm one, made to control me, is partner violence).',
    victim: 'other',
    // Kids kept out of a room for a surprise: "I locked the kids out of the kitchen so I could bake his cake".
    unlessNear: ['(locked|lock|locking|shut|shutting) (the|my|our) ({child}) out of (the|my|our) (kitchen|ofice|study|lounge|living room|dining room|bedroom|spare room|workshop) ~~ (so (i|we) (could|can|coud)|while (i|we)|to (bake|cook|wrap|work|clean|paint|finish|decorate|hide|set up))'],
    unless: [
      ...NOT_HARM_TO_A_CHILD,
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
    note: 'Sixth round: a child saying someone hurt them, an adult asking a child to meet alone ("my daughter, 26, says her husband hits her" is partner violence).',
    victim: 'other',
    unless: [...GROWN_CHILD],
    patterns: [
      '{child} ~~ (says|said|told me|tells me) ~~ (hurt|hurts|touched|touches|hit|hits) (her|him|them)',
      '(asking|asks|asked|wants|told|telling) ~~ ({child}) ~~ (to meet|to see|meet) (him|her|them|up) ~ (alone|in secret|secretly|without)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child (the speaker now, or as a child) hurt by someone: "im 12. my big brother hurts me", "my cousin abused me when i was 7".',
    victim: 'self',
    unless: ['(play|playing|played|games|sparring|wrestl*|tickl*) & (lol|haha|jk|joking|fun)'],
    patterns: [
      `(${HARM_TO_ME}) & ${ME_AS_CHILD}`,
      `(${HARM_TO_ME}) & ${TEEN_WITH_ADULT}`,
      `({parent}|{carer}|{partner}|he|she|they|brother|sister|stepbrother|stepsister|cousin) ~~ (broke|fractured|dislocated|burned|burnt|scalded|split) (my|mi) (arm|wrist|nose|ribs|rib|leg|jaw|finger|fingers|hand|hands|skin|back|collarbone|lip|head) & ${ME_AS_CHILD}`,
      `({parent}|{carer}|{partner}|he|she|they|brother|sister|stepbrother|stepsister|cousin) ~ (broke|fractured|dislocated|burned|burnt|scalded|split) (my|mi) (arm|wrist|nose|ribs|rib|leg|jaw|finger|fingers|hand|hands|skin|back|collarbone|lip|head) & ${TEEN_WITH_ADULT}`,
      `({hit}|whack*|whoop*|whup*|whip*|flog*|cane*|belt*|thrash*|batter*|spank*|smack*|beat|beaten|beat*) (me|mi|us|him|her|them|dem|${KID}) ~ (with|wid|w|wit) ~ ${IMPLEMENT} & ${A_CHILD}`,
      `(get*|got|was|were|being|been|gettin) (beat|beaten|whipped|whooped|hit|flogged|caned|belted|smacked|thrashed|battered) ~ (with|w|wid|wit) ~ ${IMPLEMENT} & ${ME_AS_CHILD}`,
      `(get*|got|was|were|being|been|gettin) (beat|beaten|whipped|whooped|hit|flogged|caned|belted|smacked|thrashed|battered) ~ (with|w|wid|wit) ~ ${IMPLEMENT} & ${TEEN_WITH_ADULT}`,
      `(used|uses|use|using|took|takes) (a|an|the|his|her|di|my) ~ ${IMPLEMENT} (on|to (hit|beat|whip)) (me|mi|us|him|her|them|my|his|her|our) & ${A_CHILD}`,
      `(make*|made|making|forc*|told|tels|telling) (me|mi|us) (to )?${MADE_TO} & ${ME_AS_CHILD}`,
      `(make*|made|making|forc*|told|tels|telling) (me|mi|us) (to )?${MADE_TO} & ${TEEN_WITH_ADULT}`,
      `(walk*|come*|coming|came|barge*|sneak*|snuck) (in|into|in to) (on me|my (room|bedroom|bed|bathroom|shower)|the (bathroom|shower) (when|while) (i|im)) & ${ME_AS_CHILD} & (at night|when|while|every|late|in the night|wont leave|doesnt leave|watch*|stares|keps|kep|always|on purpose|gets in|get in|touch*)`,
      `(walk*|come*|coming|came|barge*|sneak*|snuck) (in|into|in to) (on me|my (room|bedroom|bed|bathroom|shower)|the (bathroom|shower) (when|while) (i|im)) & ${TEEN_WITH_ADULT} & (at night|when|while|every|late|in the night|wont leave|doesnt leave|watch*|stares|keps|kep|always|on purpose|gets in|get in|touch*)`,
      `(gets|got|getting|climbs|climbed|climbing|crawls|crawled) (in|into|in to) (my|mi) bed & ${MINOR_NOW}`,
      `(watch*|films|filmed|filming|record*|spy*|spies|peep*|perv*|stares at|staring at) (on )?(me|us) (change|changing|get changed|geting changed|undress*|shower*|bathing|naked|get dressed|geting dressed|in the (shower|bath|bathroom)|through the (crack|keyhole|door|window|gap)) & ${ME_AS_CHILD}`,
      `(watch*|films|filmed|filming|record*|spy*|spies|peep*|perv*|stares at|staring at) (on )?(me|us) (change|changing|get changed|geting changed|undress*|shower*|bathing|naked|get dressed|geting dressed|in the (shower|bath|bathroom)|through the (crack|keyhole|door|window|gap)) & ${TEEN_WITH_ADULT}`,
      `(lock*|shut) (me|us|in|up) ~ (closet|cupboard|basement|celar|shed|garage|attic|cage|crate|room|bedroom|bathroom|car|boot|trunk|doghouse|kenel) & (al (day|night|weekend|week)|for (hours|days|the weekend|the night|a day|a week)|overnight|without (food|water|eating)|no food) & ${ME_AS_CHILD}`,
      `(lock*|shut) (me|us|in|up) ~ (closet|cupboard|basement|celar|shed|garage|attic|cage|crate|room|bedroom|bathroom|car|boot|trunk|doghouse|kenel) & (al (day|night|weekend|week)|for (hours|days|the weekend|the night|a day|a week)|overnight|without (food|water|eating)|no food) & ${TEEN_WITH_ADULT}`,
      `(take*|took|taking) (our|my|mi|the) food away & ${ME_AS_CHILD}`,
      `(take*|took|taking) (our|my|mi|the) food away & ${TEEN_WITH_ADULT}`,
      `((my|a|the|our) (car|van|tent|park|shed|garage)|on the (street|streets)|rough|outside) ~ (al (winter|summer|year|month|week)|for (weeks|months|a year|a month|years)) & ${ME_AS_CHILD}`,
      `((my|a|the|our) (car|van|tent|park|shed|garage)|on the (street|streets)|rough|outside) ~ (al (winter|summer|year|month|week)|for (weeks|months|a year|a month|years)) & ${TEEN_WITH_ADULT}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Abused as a child, said in the passive ("i was sa\'d as a kid by my moms ex"), or a step-parent or relative touching me.',
    victim: 'self',
    patterns: [
      '(stepdad|step dad|stepfather|step father|stepbrother|step brother|uncle|grandpa|grandad|granddad|mums boyfriend|moms boyfriend|mums bf|moms bf|stepmum|stepmom|step mum|step mom) ~ touch* (me|mi|us)',
      `(was|got|been|being|get|getting) (sad|saed|sa d|molested|abused|raped|groped|fondled|assaulted|sexualy abused|sexualy assaulted|beaten|battered) ~~ by & ${ME_AS_CHILD}`,
      `(was|got|been|being|get|getting) (sad|saed|sa d|molested|abused|raped|groped|fondled|assaulted|sexualy abused|sexualy assaulted|beaten|battered) ~~ by & ${TEEN_WITH_ADULT}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child comes back from a visit hurt: "son came back from his dads with bruises".',
    victim: 'other',
    unless: ['(soccer|football|rugby|hockey|climbing|trampoline|playground|bike|scooter|fell off|karate|judo|camp)'],
    patterns: [
      '{child} ~~ (came|comes|come|got|gets) (back|home) ~~ (with|covered in|had|has) ~~ (bruises|bruise|a black eye|black eyes|welts|burns|a burn|a split lip|finger marks|belt marks|handprints) & (says|said|did it|does it|told me|wont say|wont explain|cant explain|no explanation|fell|dad|mum|mom|dads|mums|moms|father|mother|fathers|mothers|girlfriend|boyfriend|stepdad|stepmum|partner)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A blow or sexual act aimed straight at a named child: "hit their little boy", "doing sexual stuff to my 10 year old brother" (games won are not).',
    victim: 'other',
    unless: [
      ...NOT_HARM_TO_A_CHILD,
      '(wil|would|gona|going to|threaten*|threatens|threatened to|said he would|says he wil|hel|shel) ({hit}|hurt|harm|beat|kill|kil) (my|our|the)',
    ],
    patterns: [
      `({hit}|hurt|hurts|hurting|whip*|whack*|whoop*|flog*|starv*|burn*|beat*|beating|molest*|grope*|fondl*) ${KID}`,
      `beat* the (shit|crap|hell|life|living daylights|snot) out of (him|her|them|${KID}) & ${KID}`,
      `handsy (with|wit|w) (her|him|them|${KID}) & ${KID}`,
      `(busted|split|fat|bloody|bleeding|black|broken|swollen) (lip|nose|eye|arm|wrist|ribs|jaw|face) ~~ (from|cause of|because of|off) (our|my|his|her|their|the) ~ ({parent}|{partner}|stepdad|stepmum|stepmom|babysitter|nany|uncle|aunt|grandpa|grandma) & ${KID}`,
      `(says|said|saying|told me|tels me|telling me|keps saying) ~~ (hurts|hurt|touches|touched|touch|pokes|poked|licks|licked|rubs|rubbed) (my|her|his) (bum|butt|bottom|private*|fanny|willy|front bottom|wee wee|vagina|penis|peepee|down there|minnie|foof|winkie) & ${KID}`,
      `(leave*|left|leaving) (the|my|our|his|her) (baby|newborn|infant|toddler|little one|kids|kid) ~~ (all day|all night|for hours|for days|overnight) & (without|no|never) (changing|feeding|food|fed|a nappy|nappy|diaper|changed|water|checking)`,
      `(doing|does|did|do|done) (sexual|sex|naughty|bad|inapropriate|dirty|weird) (stuff|things|stuf) (to|with|on) (me|mi|her|him|them|${KID}) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Cruelty no discipline explains, wherever it is reported: kneeling on rice, head held under water, shaking a baby.',
    // Smothered with love: "my mother in law smothers our kids with presents".
    // Smothering as hovering: "he says I'm smothering him" after his heart attack.
    unlessNear: [
      '(smother*|drown*) ~ (with|in) (presents|gifts|love|kises|atention|afection|hugs|cuddles|praise|sweets|candy|toys|kindnes|compliments|money)',
      '(says|said|saying|feels like|felt like|tels me|told me) (im|i am|i was|youre|you are) (smothering|suffocating) (him|her|them|me)',
    ],
    patterns: [
      `(smother*|suffocat*|drown*|strangl*|chok*|poison*) ${KID}`,
      // With a pronoun the act must be done or tried, not wished in anger at an adult ("I want to strangle her").
      `(smothered|smothers|smothering|suffocated|suffocates|suffocating|drowned|drowns|drowning|strangled|strangles|strangling|choked|chokes|choking|poisoned|poisons|poisoning|(tried|tries|trying|try) to (smother|suffocate|drown|strangle|choke|poison)) (him|her|them) & ${KID}`,
      // Made to kneel, not kneeling to tie a lace or garden: "my son knelt on the gravel to tie his shoelace".
      '(made|makes|make|making|forced|forces|force|had to|has to|have to|has (me|him|her|them)|had (me|him|her|them)) ~ (knel*|kneel*) on ~ (rice|salt|beans|gravel|peas|bottle caps|stones|corn)',
      '(knel*|kneel*) on ~ (rice|salt|beans|dried peas|bottle caps|corn)',
      '(hold*|held|push*|shov*|put*|keps|kep|forc*|dunk*) (his|her|their|the|our) ~ head (under|in|into|down in|down) ~ (water|bath|bath water|bathwater|toilet|sink|pool|tub|trough|water trough|bucket|barrel|tank|dam|creek|river|pond|basin)',
      // "my head" only beside a parent, a carer or a childhood: "he held my head under the bath water" after a row is a partner's.
      '(hold*|held|push*|shov*|put*|keps|kep|forc*|dunk*) (my|mi) ~ head (under|in|into|down in|down) ~ (water|bath|bath water|bathwater|toilet|sink|pool|tub|trough|water trough|bucket|barrel|tank|dam|creek|river|pond|basin) & ({parent}|{carer}|uncle|aunt|auntie|nan|gran|granny|brother|sister|when i was|as a kid|as a child|growing up|(im|i am|i was) (1[0-7]|[1-9]) )',
      '(shake*|shook|shaking|shaken) (the|my|our|his|her|a|their) (baby|newborn|infant|toddler|little one|# month old|# week old)',
      '(shake*|shook|shaking) (him|her|them) (when|til|till|until|hard|so hard|violently|to make|to get|because|every) & (baby|newborn|infant|toddler|# (year|month) old|# yo|crying|cries|cry)',
      '(hand|hands|fingers|arm|arms|feet|foot) (under|into|in) (the )?(hot|boiling|scalding) (water|tap|bath) & {child}',
      '(twist*|pinch*|yank*|burn*|scald*) (my|our|his|her|the|their) (sons|daughters|kids|toddlers|babys|childs|stepsons|stepdaughters|nephews|nieces) (ears|ear|arm|arms|hand|hands|fingers|skin|face|legs)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Someone hurting a named child: "throws things at my 6 year old", "slapped her across the face. shes nine", "drags them by their hair".',
    victim: 'other',
    // "he's great with the kids, he just grabs my arm hard enough to leave marks": the marks are mine.
    unless: ['(grabs|grabbed|grab|grabbing|squeezes|squeezed|holds|held|pins|pinned|twists|twisted|pinches|pinched) my (arm|arms|wrist|wrists|neck|throat|face|shoulder|shoulders|hand|hands|leg|legs) ~~ (marks|bruises)'],
    patterns: [
      `(throw*|threw|chuck*|hurl*|flung) ${THROWN} at (him|her|them|${KID}) & ${KID}`,
      `(threw|throws|throw|throwing|chuck*|slam*|shov*|push*|pushed|fling*|flung|hurl*) (him|her|them|${KID}) (against|into|onto|on to|across the room|down the stairs|off|out of|to the (floor|ground)) & ${KID}`,
      // "drags her round by the hair" is about a child only when the message names one.
      `(drag*|grab*|pull*|yank*|pick*|lift*|hold*|held) ${KID} ~ by (the|his|her|their) (hair|neck|throat|ear|ears|collar)`,
      `(drag*|grab*|pull*|yank*|pick*|lift*|hold*|held) (him|her|them) ~ by (the|his|her|their|it) & (${KID}|{child}) & (hair|neck|throat|ear|ears|collar)`,
      `(drag*|yank*) (him|her|them|${KID}) ~ by (the|his|her|their) (arm|arms|leg|legs|ankle)`,
      `{hit} (her|him|them) (across the face|in the face|so hard|til|till|until|black and blue|bloody|in the (head|stomach|mouth|ribs)|to the (floor|ground)) & ${KID}`,
      `(shov*|push*) (her|him|them) (around|about) & ${KID}`,
      `(leave|leaves|left|leaving) (marks|bruises|welts|a mark|a bruise|scars|red marks|belt marks|handprints|hand prints)( (on (him|her|them|his|her|their|my|our|the)|and|when|with|al)|$) & ${KID}`,
      `(rough|too rough|violent|aggressive|heavy handed) with (her|him|them|${KID}) & ${KID} & (marks|bruise*|hurt|drag*|whack*|grab*|hit*|left|leaves|shov*|push*|throw*|threw|crying|scared)`,
      `(lock*|shut) (him|her|them|${KID}) ~ (closet|cupboard|basement|celar|shed|garage|attic|cage|crate|room|bedroom|car|boot|trunk|doghouse|kenel) & (al (day|night|weekend|week)|for (hours|days|the weekend|the night|a day|a week)|overnight|without (food|water|eating)|no food)`,
      `(give*|gave|giving|feed*|fed|slip*|spik*) ${KID} ~ (sleping pills|sleping tablets|slep meds|alcohol|vodka|drugs|weed|xanax|valium|diazepam|nyquil)`,
      '(mistreat*|tortur*|terroris*|terroriz*|brutalis*|brutaliz*) (my|our|his|her|their|the) ~ (kid|kids|child|children|son|sons|daughter|daughters|baby|stepkids|stepson|stepdaughter)',
      `(makes|made|make|making) (us|them|him|her|me) watch (him|her|them) eat & ${A_CHILD}`,
      `(dont|doesnt|never|wont|stoped|stopped) (buy|buys|get|gets|give|gives|make|makes|cook|cooks) ~ (food|groceries|dinner|meals) & ${A_CHILD}`,
      `(lock*|padlock*) (the )?(fridge|food|kitchen|pantry|cupboards|cupboard|food cupboard) & ${A_CHILD}`,
      `so (she|he|they|i|we) (cant|can not|cannot|doesnt|dont|never) (eat|get food|have food|have dinner) & ${A_CHILD}`,
      `(only|just) (eat|get to eat|get food|get fed|eat properly|have food|get a meal|get meals) (at|from) school`,
      `(leave*|left|leaving|gone|away) ~~ alone ~ (for|al) ~ (week|weeks|days|weekend|weekends|nights) & (no food|without food|w no food|nothing to eat|hungry|starving|little (bro|brother|sister|sis)|lil (bro|brother|sister|sis)|baby|toddler)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child made to sleep outside, kneel, watch porn, strip or keep secrets (camping and sleepovers are not).',
    victim: 'other',
    unless: ['(camping|tent|sleepover|campout|glamping|time out|timeout|time-out)'],
    patterns: [`(make*|made|making|forc*) (him|her|them|${KID}|the (boys|girls|kids)) (to )?${MADE_TO} & ${KID}`],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Sexual harm to a child: touching, watching, undressing, bathing against their will, sexual games.',
    unless: [
      '(himself|herself|themselves|normal for (his|her) age|phase|nappy change|diaper change|doctor|pediatrician|paediatrician)',
      // A parent's bath-time video of the kids splashing.
      '(first bath|so cute|adorable|splash*|bubbles|bath toys|for (grandma|grandpa|nana|gran|nan|the grandparents))',
    ],
    patterns: [
      `touch* (her|him|them)( (in|on|under|down|when|while|at|weird|wrong|wrongly|inapropriat*|sexual*|there|places|and|every|again|private*|between|al|where|i|he|she|it|like|if|too|sometimes|alot|a lot|[^a-z0-9 .]*)|$) & ${KID}`,
      `(bad|weird|private|secret) touch* (on|to)? ?(her|him|them|my|me) & ${A_CHILD}`,
      `(under|inside|down) (his|her|their|my|mi|the) (clothes|pyjamas|pajamas|pjs|pants|shorts|underwear|knickers|shirt|top|skirt|dress|nightie|nightgown|trousers|jeans|covers) & (touch*|tickl*|hand|hands|game|games|plays|put*|reach*|feel*|felt|rub*) & ${A_CHILD}`,
      `(walk*|come*|coming|came|barge*|sneak*|snuck) (in|into|in to) (on (her|him|them)|(her|his|their) (room|bedroom|bed|bathroom|shower)|the (bathroom|shower) (when|while) (she|he|they|shes|hes)) & ${KID} & (at night|when|while|every|late|in the night|wont leave|doesnt leave|watch*|stares|keps|kep|always|on purpose|gets in|get in|touch*)`,
      `(walk*|come*|coming|came|barge*|sneak*|snuck|go|goes|going|went|creep*|crept) (in|into|in to) (her|his|their|(my|our|his|her) ~ (sons|daughters|stepdaughters|stepsons|kids|nieces|nephews|childrens)) (room|bedroom|bed|bathroom) & ${KID} & (at night|in the night|late|every night|when (she|he|they) (is|s|are)? ?(asleep|sleping|changing|in the shower)|wont leave|touch*)`,
      `(watch*|films|filmed|filming|record*|spy*|spies|peep*|perv*|stares at|staring at) (on )?(her|him|them|the (boys|girls|kids)) (change|changing|get changed|geting changed|undress*|shower*|bathing|naked|get dressed|geting dressed|in the (shower|bath|bathroom)|through the (crack|keyhole|door|window|gap)) & ${KID}`,
      `(make*|made|making|forc*|told|tels|telling|asks|asked) (her|him|them|${KID}|the (boys|girls|kids)) ~ (to )?(strip|undress|get naked|get undressed|take (off )?(her|his|their) (clothes|pyjamas|pajamas|pjs|pants|shirt|top|underwear|knickers|nightie)|(do|doing) (stuff|things|sexual (stuff|things)|it) with (him|her|them)|sit (on|in) (his|her) lap|watch (porn|p rn|sex))`,
      `(bath*|bathes|bathing|showers|showering|washes|washing) ${KID} & (asked (him|her) to stop|wont stop|doesnt (want|like)|dont (want|like)|uncomfortable|told (him|her) (no|to stop)|hates it|crying|cries|scared|insists ~~ (himself|herself|alone|on (his|her) own|locked|lock|door shut))`,
      `(does|did|do|doing|plays|played|play|playing) (the|a|this|that|their) (scary|bad|secret|weird|naughty|special|tickle|touching|private|naked) (thing|things|game|games) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Grooming and exploitation of a minor: asking for pictures, sexual messages, secrets kept with an adult, a much older "boyfriend".',
    unless: [
      '(pics|pictures|photos|posters|cards|autographs) of (his|her|their|a|the|my) (new )?(kit|uniform|team|medal|medals|trophy|certificate|homework|project|artwork|favourite|favorite|fave|fav|footballer|player|idol|celebrity|singer|band|team|dog|cat|puppy|horse|pet|friends|outfit|drawing|drawings)',
      '(pics|pictures|photos|videos|vids|snaps) (of|from) (the|my|our|his|her) (baby|babies|kids|kid|children|family|trip|holiday|house|dog|cat|wedding|party|grandkids|grandkid|grandchildren|school play|concert|game)',
      // "who starts dating at 68?": the age is the speaker's, and "my kids" are grown.
      '(dating|date|dates|single|online dating|apps|back out there|widowed|divorced) ~ (at|aged|at age|at the age of) ([4-9][0-9])'],
    patterns: [
      `(ask*|beg*|pressur*|make*|made|making|wants|wanted|keps|kep|tels|told|get*|got|forc*) ~ (send|sending|for) ~ (pics|pictures|photos|nudes|naked *|videos|vids|snaps|selfies|mine) & ${A_CHILD}`,
      `(ask*|beg*|pressur*|make*|made|making|wants|wanted|keps|kep|tels|told|get*|got|forc*) ~ (send|sending|for) ~ (pics|pictures|photos|nudes|naked *|videos|vids|snaps|selfies|mine) & ${TEEN_PAST}`,
      `(send*|sent) (me|mi|her|him|them|${KID}) ~ ((pics|pictures|photos|videos|vids|snaps) of (himself|herself|his *|him naked|it)|(dick|nude|naked|explicit|sexual|dirty) (pics|pictures|photos|videos|messages|texts|snaps)) & ${A_CHILD}`,
      `(send*|sent|show*|showed) ~ (nudes|nude (pics|pictures|photos)|naked (pics|pictures|photos|videos)|porn|p rn|dick pics|explicit (pics|pictures|photos|videos|messages)|sexual (pics|pictures|photos|videos|messages)) (to|at) (me|mi|${KID}) & ${A_CHILD}`,
      `(messag*|text*|dm*|snap*|chat*|talk*|sext*) ~~ (sexual*|dirty|inapropriat*|explicit|about sex|sexy) & ${A_CHILD}`,
      `(keep|keping|kept|keps) (it|this|that|things|everything|us) (between (us|them|the two of (us|them)|him and me|her and me|you and me)|(our|a) (little |special )?secret|secret|quiet) & ${ADULT} & ${A_CHILD}`,
      `(told|tels|telling|asked|asks|made|makes) (me|her|him|them|${KID}) (not to|to not|never to|dont|shouldnt) tell & ${ADULT} & ${A_CHILD}`,
      `(i|she|he) (shouldnt|mustnt|cant|cannot|isnt alowed to|am not alowed to) tell (my|her|his) (parents|mum|mom|dad|mother|father) & ${ADULT} & ${A_CHILD}`,
      `(boyfriend|girlfriend|bf|gf|dating|seeing|talking to|sleeping with|hooking up with|going out with|crush) ~ (is|s|hes|shes|who is|whos|a|was)? ?(2[0-9]|[3-9][0-9])( year old| yo| years old)? & ${A_CHILD}`,
      `(2[0-9]|[3-9][0-9]) (year old|yo|y o|years old) (boyfriend|girlfriend|bf|gf|lover) & ${A_CHILD}`,
      `(2[0-9]|[3-9][0-9]) (year old|yo|y o|years old) (man|guy|woman|adult|dude) & ${A_CHILD} & (messag*|text*|dm*|snap*|pics|photos|meet*|dating|sleping|touch*|asking|asks|asked)`,
      `(im|i am|me|i was) ~ mature for (my age|(1[0-7]|[5-9])|a # year old|someone my age) & ${ADULT}`,
      `(rub*|massag*|strok*|caress*) (my|mi|her|his) (shoulders|back|legs|leg|thigh|thighs|neck|hair|knee|knees|chest|butt|bum|inner *) & ${ADULT} & ${A_CHILD} & (uncomfortable|mature|secret|alone|after class|dont like|weird|creepy|keps|kep|always|every)`,
      `(kissed|kising|kisses|kiss|made out with|making out with) (me|her|him|them|${KID}) & (teacher|coach|tutor|pastor|priest|youth|leader|instructor|trainer|man|guy|adult|older|stranger|boss|manager|neighbour|neighbor) & ${A_CHILD}`,
      `(teacher|coach|tutor|pastor|priest|youth leader|instructor|trainer|boss|manager|man|guy|adult|neighbour|neighbor) ~~ (messag*|text*|dm*|snap*|meet*|meeting|picks (her|him|me) up|drives (her|him|me)|buys (her|him|me)|gifts) ~~ (her|him|them|me) & (kissed|kising|kiss|secret|dont tell|not to tell|alone|after school|at night|midnight|late at night|between (us|them)|delete) & ${A_CHILD}`,
      `(told|tels|telling|asked|asks|saying|says|said|made|makes|wants) ~~ (not to|never to|to not) tell & ${ADULT} & ${A_CHILD}`,
      `(gives|gave|give|giving|pays|paid|buys|bought|offers|offered) (me|mi|her|him|them|${KID}) ~ (money|cash|gifts|sweets|candy|presents|vapes|things|stuff) ~ (to|for|if) ~ (hug|kiss|touch|cuddle|sit on|show|send|take (off|my|her|his)|keep quiet|not tell)`,
      `(being|was|been|were|got|getting|is) groomed & ${A_CHILD}`,
      `(shows|showed|showing|shown|flashed|flashes|exposed) (me|mi|her|him|us|them|${KID}) (his|her) (penis|dick|privates|private parts|private part|bits|willy|thing|cock|boobs|breasts) & ${A_CHILD}`,
      `(naked|nude|exposes (himself|herself)|exposed (himself|herself)|flashes|flashed|(shows|showed|showing) (me|her|him|us|them) his (penis|dick|privates|private parts|private part|bits|willy|thing|cock)|touches himself|touching himself) ~~ (in front of|to|at) (me|us|her|him|them|${KID}) & ${A_CHILD}`,
      `(boyfriend|girlfriend|bf|gf|dating|seeing|sleping with|hooking up with|going out with) ~ (is|s|hes|shes|who is|whos|a|was)? ?(1[89]) & (im|i am|iam|mi|shes|she is|hes|he is|is|s) (only |just )?(1[0-5]|[5-9]|eleven|twelve|thirteen|fourteen|fifteen)`,
      `(get|gets|getting|got|trying to get|tries to get|keeps trying to get|kep trying to get) (me|mi|her|him|them) (alone|on my own|by myself|on (her|his) own) & ${ADULT} & ${A_CHILD}`,
      `(gets|getting|got|get|takes|taking|took|keps getting|kep getting) ${KID} (alone|by (himself|herself|themselves)|on (his|her|their) own|away from|somewhere alone|into his car|to his (house|place|room)) & (man|guy|stranger|coach|teacher|neighbour|neighbor|{carer}|someone|older|adult|he)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Children hurt in someone else\'s home, heard or seen from next door.',
    victim: 'other',
    patterns: [
      '(kid|kids|child|children|boy|girl|baby|little ones) (next door|upstairs|downstairs|across the (street|road|hal)|in the (flat|apartment|house) (next door|upstairs|downstairs|across)) ~~ (beaten|beat|hit|geting hit|get hit|hurt|abused|whiped|smacked|screaming (in pain|for help|stop)|crying for help|bruises|marks)',
      '(neighbours|neighbors|neighbour|neighbor|next door) ~~ ({hit}|whip*|smack*|beat*|beating|scream* at) (their|his|her|the) (kids|kid|children|child|son|daughter|baby|little *)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Warning signs a child may be harmed, with no act named: unexplained bruises, fear of a visit, secrets, hunger.',
    victim: 'other',
    unless: [
      '(soccer|football|rugby|hockey|climbing|trampoline|playground|bike|scooter|fell off|wrestling with|karate|judo)',
      // Clumsy toddlers, a blood condition, a boring house with no wifi: ordinary reasons.
      '(clumsy|bruises easily|learning to walk|just started walking|haemophilia|hemophilia|leukemia|leukaemia|anaemia|anemia|blood test|boring|bored|no wifi|wifi|no internet|homesick|misses (his|her|their) friends)',
    ],
    patterns: [
      `(bruises|bruise|marks|welts|burns|black eye|black eyes|red marks|handprint|hand print|scabs) & ${KID} & (says (she|he|they) fell|fell|wont say|wont tell|wont talk|doesnt know how|no explanation|explain|strange|scared|every time|from (his|her|their) (dads|mums|moms)|comes back|came back|came home|comes home|home from|weekend|visit|always (has|got|having)|keps (getting|having)|(went|goes|gone|go) (quiet|silent|red|pale)|clam* up|shut* down|changes the subject|(says|said|claims|claimed|insists|insisted) (it was|(she|he|they) (fell|walked|tripped|slipped|did it))|alone with (him|her|them))`,
      `(doesnt|dont|wont|refuses to|refused to|scared to|afraid to|terified to|begs not to|hates to|(scared|afraid|terified|frightened|petrified) of) (want to |wana |wanna )?(go|stay|going|staying|be left|being left|visit|visiting|be) ~ (to|at|with|back to|home|alone with) ~ (dads|mums|moms|fathers|mothers|stepdads|stepmums|stepmoms|grandpas|grandads|grandparents|grandmas|grans|nans|nanas|uncles|aunts|aunties|cousins|babysiters|babysitter|nany|nanys|childminder|childminders|house|place|home|him|her|them|there) & ${KID} & (wet the bed|wets the bed|weting the bed|bedweting|weting (herself|himself|themselves)|wet (herself|himself)|nightmares|wont say why|wont tell me|doesnt want to tell|wont talk about|scared|terified|flinch*|cries|crying|clings|cling*|hides|quiet|withdrawn|secrets|what happens there|since (he|she|my {partner}) moved in)`,
      `(doesnt|dont|wont|refuses to) (want to |wana |wanna )?(tell|say|talk about) ~ (what happens|what hapened|what goes on|why) & ${KID} & ((his|her|their) (dads|mums|moms|stepdads|grandpas|uncles)|drop off|visit|there|since (he|she|my {partner}) moved in)`,
      `flinch* (when|if|whenever) (he|she|they|my {partner}|someone|anyone|(his|her) (dad|mum|mom|stepdad|stepmum)) ~ (raises|yels|moves|comes|walks|lifts|gets|shouts|reaches) & ${KID}`,
      `(make*|made|making|tels|told|asks|asked|wants) (her|him|them|${KID}) (to )?(keep|kep|kept) (secrets|a secret|it (a )?secret|things secret|our secret) & ${KID}`,
      `(kid|kids|child|children) (next door|upstairs|downstairs|across the (street|road|hal)) ~~ (no food|hungry|starving|alone for|left alone|home alone|no shoes|outside at (night|#))`,
      `(took|takes|take|taking) it out on ${KID}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 2 (about a child or my childhood): a parent selling or withholding a child\'s medicine; a burn used as punishment; "what he did to me when I was 7"; naked "wrestling".',
    // "what my dad did to me was leave": abandonment told as a wound, not abuse.
    unless: ['did to (me|us) ~~ (was|is) (leave|leaving|walk out|walking out|abandon*|move away|moving away|cheat*|divorc*|lie|lying|forget|forgeting)'],
    patterns: [
      // Medicine taken from a child to sell or use: "my mum's been sharing my insulin with her boyfriend to sell it".
      `(sell*|sold|sharing|shares|shared|steal*|stole|stolen|withhold*|withheld|pawn*|trade*|traded|using up|uses up|used up) ~ (my|mi|his|her|their|our) ~ (insulin|inhaler|inhalers|epipen|epi pen|meds|medication|medications|medicine|pills|prescription|prescriptions|adhd meds|seizure meds|antibiotics|ritalin|adderall|concerta) & (${ME_AS_CHILD}|${KID}) & ({parent}|mum|mom|dad|mums|moms|dads|parents|she|he|they) & (sell*|sold|money|cash|high|drugs|for (herself|himself|themselves)|(her|his|their) (boyfriend|girlfriend|bf|gf|mates|friends|habit)|hospital|run out|ran out|without (it|them|my|any))`,
      // A burn or scald as punishment: "held his hand on the stove", "pressed my arm to the iron".
      `(held|holding|holds|hold|put|puts|putting|pressed|presses|pressing|forced|forces|forcing|shoved|pushed|pushes|stuck|sticks) (his|her|their|my|mi|our|${KID}) ~ (hand|hands|arm|arms|fingers|finger|face|foot|feet|palm|palms|head|leg|legs|tongue) (on|onto|against|under|in|into|over|to) (the |a |an |his |her )?(stove|hob|cooker|burner|iron|radiator|oven|heater|fire|flame|flames|candle|lighter|kettle|hot *|boiling *|scalding *|stovetop|stove top|grill|fireplace|cigarette|cig) & ${A_CHILD}`,
      `(punish*|disciplin*|teach (him|her|them|me|us) a lesson|taught (him|her|them|me|us) a lesson) ~~ by (burn*|holding|hold|locking|starv*|beating|hitting|whipping|tying|tied|not feeding|making (him|her|them|me|us) (kneel|sleep|stand|eat|drink)|cutting|choking|drowning|scalding|putting (his|her|their|my) (hand|hands|head|face)) & ${A_CHILD}`,
      // "what my grandpa did to me when I was 7", "the stuff my uncle used to do with us"
      `(what|the things|the stuff|things|stuff|everything) ~ ({parent}|{carer}|cousin|brother|stepbrother|step brother|grandfather|grandpa|uncle|he|she|they|them|him) ~ (did|does|done|used to do|would do|was doing|kept doing|made me do) (to|with) (me|mi|us) & (${ME_AS_CHILD}|${TEEN_PAST} ~ (my|his|her|our|a|an|the) ~ ${ADULT_ROLE})`,
      // Naked "wrestling", "playing", "cuddling" with a child.
      `(wrestl*|play|plays|played|playing|cuddl*|lie|lay|lying|laying|sleep|sleeps|slept|bath|baths|bathe|bathed|shower|showered|swim|swam|tickl*|roll*) (with|around with|on) (me|mi|us|her|him|them|${KID}) ~ (naked|nude|with no clothes( on)?|with (his|her|their|our) clothes off|in (his|her|their) (underwear|boxers|pants)) & ${A_CHILD}`,
      `(would|used to|kept|kep|always) (get|got|be|take (his|her) clothes off) ~ (naked|nude|undressed) ~~ (with|in front of|next to|on top of) (me|us|her|him|them) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 2: a child made to "do things" by someone who says nobody will believe them (not chores or homework).',
    unless: ['(chores|homework|housework|dishes|laundry|tidy|clean my room|revision|revise|study|practice|piano|violin|sport|sports|football|soccer|swimming|church|vegetables|veggies|exercise|workout)'],
    patterns: [
      // "makes me do things", "made us do stuff and said no one would believe us"
      `(makes|made|making|make|forces|forced|forcing|gets|got) (me|mi|us|you|u) (to )?do (things|stuff|sexual (things|stuff)|bad (things|stuff)|weird (things|stuff)|gross (things|stuff)|things i dont|stuff i dont|things (i|we) didnt|stuff (i|we) didnt|what (he|she|they) (want|wants|wanted)) & (${ME_AS_CHILD}|${YOU_AS_CHILD}|${TEEN_PAST} (my|his|her|our) ${ADULT_ROLE})`,
      `(no one|nobody|noone|no body) (will|would|wil|is going to|is gona|ever) ~ believe (me|mi|you|u|us|her|him|them) & (says|said|saying|tels|told|telling|warns|warned|threaten*) & (${ME_AS_CHILD}|${KID}|${YOU_AS_CHILD}) & ${ADULT_OR_KIN}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 2: an adult sexual with a child: "her coach has been having sex with her", sexual messages to a niece, wanting to shower with a 10 year old, "she wanted it" about a 12 year old, secret games with a grown-up, a cult "blessing" girls when they turn 12.',
    unless: [
      '(sex ed|sex education|sexual education|sexual health|health class|the talk|birds and the bees|consent (class|lesson|education)|medical|vaccin*|surgery|treatment|tattoo|piercing|data|gdpr|photo consent|school trip)',
      '(hide and seek|hide n seek|surprise|birthday|santa|christmas|treasure hunt|scavenger hunt)',
      // An affair between adults: "my husband has been sleeping with our neighbour" (the kids are only mentioned).
      '{partner} ~~ (been|is|was|s|has|had) (sleeping|having sex|having an affair|cheating|hooking up|shagging) with (our|the|a|my) (neighbour|neighbor|babysitter|nanny|boss|manager|trainer|instructor|tutor|coach|teacher|family friend|pastor|cousin)',
    ],
    patterns: [
      `${ADULT_ROLE} ~~ (having sex|had sex|has sex|have sex|sleeping|slept|sleeps|hooking up|hooked up|sexting|in a relationship|dating|going out|kissing|kissed|making out|made out|doing it|messing around|fooling around) (with |w )?(her|him|them|me|mi|us|${KID}) & ${A_CHILD}`,
      `(having sex|had sex|sleeping with|slept with|hooking up with|hooked up with|in a relationship with|dating|going out with|making out with|made out with|sexting|kissing) (with |w )?(my|her|his|their|a|an|the|our|this) ~ ${ADULT_ROLE} & ${A_CHILD}`,
      // "a secret relationship with my 35 year old coach, I'm 13", "my tutor says I'm his secret girlfriend".
      `(secret|special|private) (relationship|boyfriend|girlfriend|bf|gf|dating|thing) ~~ ${ADULT_ROLE} & ${A_CHILD}`,
      `${ADULT_ROLE} ~~ (secret|special|private) (relationship|boyfriend|girlfriend|bf|gf|dating|thing) & ${A_CHILD}`,
      // Sexual messages or pictures between an adult and a child, in any word order.
      `(messages|messaging|texts|texting|dms|chats|chatting|emails|snaps|pics|pictures|photos|videos|images) & (sexual|sexualy|explicit|pornographic|x rated|nudes|nude|naked) & ${KID}`,
      // "wants to shower with my 10 year old daughter", "insists on bathing with her"
      `(boyfriend|bf|girlfriend|gf|partner|fiance|stepdad|step dad|stepfather|stepmum|stepmom|uncle|grandpa|{carer}|man|guy|he|she) ~~ (wants|wanted|insists|insisted|keeps asking|keps asking|keeps trying|keps trying|asked|asks|tries|tried|likes|offered|offers|begs|begged) (on |to )?(shower|showering|bath|bathe|bathing|take (a )?(bath|shower)|get in the (bath|shower)|sleep|sleeping|share a bed|sharing a bed|cuddle in bed) (with|beside|next to) (my|his|her) ~ (# (year|yr|years) old|#yo|# yo|daughter|son|stepdaughter|stepson|niece|nephew|granddaughter|grandson|kid|kids|child|girl|boy)`,
      // "can a 12 year old consent?", "he says she wanted it" about a child.
      `(can|could|does|do|is|would|did) (a|an|my|her|his|our)? ?(# (year|yr|years) old|#yo|# yo|${CHILD_AGE} (year|yr|years) old|child|kid|minor|preteen|girl|boy) ~ (consent|give consent|agree to (it|sex))`,
      `(says|said|saying|claims|claimed|insists|insisted|told me|tels me|swears) (that )?(she|he|they) (wanted it|asked for it|was asking for it|liked it|enjoyed it|led (him|her|them) on|came onto (him|her|them)|seduced (him|her|them)|consented|was wiling|started it) & ${KID}`,
      // "a grown-up tells you it's a secret game", "our special game" with an adult.
      `(secret|special|private|naughty|tickle|touching|naked|quiet) (game|games) & (grown up|grownup|grown ups|adult|adults|older|${ADULT_OR_KIN}) & (${A_CHILD}|${YOU_AS_CHILD}|my childhood)`,
      // An adult in a role of trust buying a child underwear, or asking or paying them to pose for pictures.
      `(buys|bought|buying|gives|gave|giving|sends|sent|got|gets|getting) (her|him|them|me|mi|${KID}) ~ (lingerie|underwear|thongs|a thong|bikinis|a bikini|sexy *|sex toys|a sex toy|condoms) & ${ADULT_ROLE} & ${A_CHILD}`,
      `${ADULT_ROLE} ~~ (ask*|beg*|pressur*|wants|wanted|told|tels|offer*|paid|pays|paying|bribe*) ~~ (send|sending|take|taking|pose for|posing for|pose in|posing in|model for|modeling for|modelling for) ~ (pics|pictures|photos|videos|vids|snaps|selfies|nudes|a photo|a picture|a video|shoot|shoots|photo shoot) & (shirtless|topless|naked|nude|underwear|lingerie|bikini|swimsuit|in (his|her|their) (pants|knickers|bra|boxers)|no clothes|secret|dont tell|not to tell|private|sexy|alone|bedroom|money|cash|paid) & ${A_CHILD}`,
      `tickl* (him|her|them|me|mi|${KID}) ~ (weird|weirdly|wrong|funny|strange|down there|there|under (his|her|their|my)|in (his|her|their|my) (private*|pants|underwear)|between (his|her|their|my) legs) & ${A_CHILD}`,
      // A group "blessing", "initiating", "marrying off" the girls or boys at an age.
      `(men|adults|elders|leaders|uncles|priests|pastors|grown ups|older (men|boys)|the (man|leader|pastor|priest|prophet|elder|guru)) ~~ (the|us|al the|young|little) (girls|boys|kids|children) (when|once|as soon as|after|before|at) (they|we)? ?(turned|were|hit|reached|got to|age)? ?(1[0-7]|[5-9]|twelve|thirteen|fourteen|eleven|ten|nine) & (flinch*|never told|never (talked|spoken|spoke)|trauma*|abus*|touch*|nightmare*|secret|ashamed|shame|dirty|cult|commune|compound|sect|normal|creepy)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 2: grooming by a trusted adult (gifts, lifts home alone, "tickled him weird"); a child locked in a crate; a child heard begging "please stop".',
    victim: 'other',
    unless: ['(tickle fight|tickle fights|tickling game|lol|haha|birthday|christmas|secret santa|end of (term|season|year))'],
    patterns: [
      `(giving|gives|gave|give|buying|buys|bought|getting|gets|got|sending|sends|sent) (him|her|them|${KID}) ~ (gifts|presents|money|cash|a phone|phones|sweets|candy|vapes|alcohol|jewelry|jewellery|clothes|lingerie|underwear) & (alone|secret|weird|special|favourite|favorite|dont tell|not to tell|tickl*|touch*|(driving|drives|drove|takes|took|taking|picks|picked|picking) (him|her|them) (home|up|back)|sleepover|hotel|his (house|place|car)) & ${ADULT_ROLE} & ${KID}`,
      // Sleeping or being shut in a dog crate or cage.
      `(locks|locked|locking|puts|put|putting|shuts|shut|keeps|kept|keeping) (him|her|them|me|us|${KID}) ~~ (in|inside) (a|the|his|her|their|our) ~ (dog crate|crate|cage|kennel|dog bed|dog basket|doghouse|dog house) & ${A_CHILD}`,
      // "makes him sleep in the dog crate" (SAFE_PHRASES blanks "sleep in", so the place is matched on its own).
      `(makes|made|make|making|forces|forced|forcing) (him|her|them|me|us|${KID}) & (dog crate|dog cage|kennel|dog bed|dog basket|doghouse|dog house|a cage|the cage|a crate|the crate) & ${A_CHILD}`,
      // A child heard crying "please stop" while an adult screams.
      `(crying|cries|cried|screaming|screams|screamed|sobbing|begging|begs|begged|pleading|yelling|shouting) ~~ (please stop|stop it|stop daddy|stop mummy|stop mommy|no daddy|no mummy|no mommy|dont hit me|it hurts|im sorry im sorry|sorry sorry|help me|let me out) & ${KID} & ({parent}|(her|his|their) (dad|mum|mom|father|mother|stepdad|stepmum|stepmom)|screaming|shouting|yelling|bang*|thud*|slap*|smack*|through the wall)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 2: a child always left outside in the cold or rain, or a parent refusing a sick child care.',
    victim: 'other',
    unless: ['(playing|plays|loves|likes|enjoys|football|soccer|camping|puddles|splashing|school run|waiting for the bus)'],
    patterns: [
      `(always|often|every (day|night)|left|locked|kept|shut) ~ (outside|out) ~ (in the (rain|cold|snow|dark)|at night|after dark|without (a coat|shoes|food|a jacket)|in a t shirt|in (her|his|their) (pyjamas|pajamas|pjs|nappy|diaper)) & ${KID}`,
      `({parent}|mum|mom|dad|she|he|they) ~ (wont|doesnt|refuses to|refused to|never|didnt|wouldnt) (take|let) (me|mi|us|him|her|them) (to|go to|see) (the|a) (doctor|doctors|hospital|dentist|gp|er|a and e) & (${ME_AS_CHILD}|${KID}) & (sick|ill|bleeding|broken|hurt|pain|infection|fever|weeks|months|teeth|tooth|rotten)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 2: a child "forgotten" at meals, an adult getting into a child\'s bed or checking them at bath time, bruises hidden before nursery sees them.',
    unless: [
      '(junk|sweets|sugar|candy|fast food|mcdonalds|takeaway|meat|dairy|gluten|vegetables|veggies|dessert|pudding|after # ?pm|past #|late|before bed|nightmare*|thunder*|storm|scared of the dark|when (he|she|they|i) (was|were|is|are) (sick|ill|poorly))',
    ],
    patterns: [
      `(forgets|forgot|forgeting|doesnt|dont|wont|never|refuses to|refused to|stoped|stopped|barely|rarely|hardly ever) (to )?(feed|feeds|fed) (him|her|them|me|mi|us|${KID}) & ${A_CHILD}`,
      `(${ADULT_ROLE}|grandpa|grandad|granddad|grandfather|stepbrother|step brother) ~~ (gets|got|getting|climbs|climbed|climbing|crawls|crawled|comes|came|lies|lays|lay|slips|slipped|sneaks|snuck) (in|into|in to|under the covers in) (bed|my bed|the bed|her bed|his bed) (with|beside|next to) (me|mi|us|her|him|them) & ${A_CHILD}`,
      `(${ADULT_ROLE}|grandpa|grandad|granddad|grandfather|stepbrother|step brother) ~~ (checks|checked|checking|watches|watched|watching|looks at|looked at|inspects|inspected|inspecting|washes|washed|washing|comes in on|walks in on) (her|him|them|me|mi|us|${KID}) ~~ (bath|bathtime|bath time|shower|showering|changing|getting changed|undress*|naked|in the bath) & (hates|doesnt like|dont like|didnt like|uncomfortable|scared|weird|cries|crying|wont stop|told (him|her) to stop|asked (him|her) to stop) & ${A_CHILD}`,
      `(bruise|bruises|marks|welts|burns|black eye|handprint|handprints|hand prints) ~~ (before|so that|so) ~ (nursery|school|daycare|preschool|kindergarten|the teacher|teachers|social (worker|workers|services)|the doctor|anyone|nobody|no one|her (mum|mom|dad)|his (mum|mom|dad)) ~ (sees|see|notices|notice|asks|finds out|find out)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: an adult much older than a child in a "relationship" ("he was 30 and I was 14", "im 17 and my boyfriends 24").',
    patterns: [
      `${OLDER_AGE_19} & ${MINOR_AGE_YOUNG} & ${ROMANCE}`,
      `${OLDER_AGE_22} & ${MINOR_AGE_TEEN} & ${ROMANCE}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: harm told through its aftermath: cover stories for injuries, injuries that look inflicted, old fractures found, records of explained-away hospital visits.',
    unless: ['(who is|whos|shes|she is|hes|he is|theyre|they are|aged|age) (1[89]|[2-9][0-9])', '(pregnan*|# weeks|weeks pregnant|weeks along|my bump|unborn|before the baby (comes|is born|arrives|is here)|due (date|in))', '(seatbelt|seat belt|car seat|car crash|the crash|car accident|trampoline|football|rugby|soccer|hockey|climbing|playground|sports|karate|judo|gymnastics|skiing)'],
    patterns: [
      // "i keep saying i fell off my bike. its my mums boyfriends belt", "told the social worker i tripped"
      `(marks|bruise*|black eye|burns|burn|cast|broken|fracture*|stitches|injur*|welts|nurse|doctor|teacher|social worker|school) & (say|saying|said|says|told|tell|tells|telling|pretend*|explain*|lie|lied|lying) ~~ (i|he|she|they|we) (fell|tripped|slipped|walked into|bumped into|fell off|fell down|fell over|ran into|banged (my|his|her|their) head) & ${A_CHILD} & ({parent}|{partner}|boyfriends|girlfriends|belt|foster|carer|made me|told me to|hits|beat*|hit)`,
      // Institutions stepping in: "on a child protection plan because of what my ex did", "taken into care after her dad broke her arm".
      `(child protection (plan|register|case|conference|investigation|order|inquiry)|emergency protection order|section 47|(taken|took|put|placed|went|go|gone) ~ into (care|foster care)) & (because|after|what (he|she|they|my *) (did|does|done)|{hit}|broke|broken|hurt|abus*|neglect*|touch*|drugs|drink*|injur*|fracture*|bruise*)`,
      `(police|social services|social worker|social workers|detective|officer|officers|the school) ~~ (interview*|spoke to|questioned|talked to|asked) ~~ (about|regarding) (what|the things) ~ ({parent}|{carer}|grandad|grandpa|uncle|stepdad|step dad|stepfather|stepbrother|cousin|boyfriend|he|she|they) ~ (did|does|had done|has been doing|was doing) & ({child}|${KID}|${INFANT})`,
      `(fracture|fractures|bleed|bleeding|bruises|bruise|bruising|burns|injuries|injury) ~~ (wasnt|was not|isnt|is not|werent|were not|couldnt have been|couldnt be|not|cant be) (from|caused by|an) (a|the)? ?(fall|accident|accidental) & ({child}|${KID}|${INFANT})`,
      // "his burns look like cigarette ends", "marks consistent with being grabbed"
      `(burns|burn|marks|bruises|bruise|bruising|scars|injuries|injury|welts|fractures) ~~ (look|looks|looked|looking|consistent|shaped|in the shape|pattern|matched|match|matches) (like|with|of) ~~ (cigarette|cigarettes|cig|cigs|lighter|belt|buckle|hand|handprint|fingers|finger marks|fingertips|grip|bite|bite marks|iron|cord|rope|teeth|fists|knuckles|non accidental|abuse|inflicted|being (grabbed|hit|slapped|beaten|shaken|squeezed|kicked|punched|held)|someone ~ (grabbed|hit|slapped|kicked|punched|squeezed|bit|burned|burnt|held|pinched|twisted|gripped))`,
      `(non|not) accidental & ({child}|${KID}|${INFANT})`,
      // "a skeletal survey found old fractures nobody knew about", "severe untreated injuries"
      // "old" only right before a break: "my 5 year old bruises easily" is no finding.
      `(old|older|healing|healed) (fractures|fracture|broken bones|breaks|rib fractures|injuries|head injury|bleeds) & ({child}|${KID}|${INFANT})`,
      `(multiple|unexplained|untreated|several) ~ (fractures|fracture|broken bones|bruises|burns|injuries|head injury|bleeds|bleed on the brain|rib fractures) & ({child}|${KID}|${INFANT})`,
      `(explained away|covered up|lied about|lied to (the )?(doctors|doctor|hospital|nurses|school|teachers|teacher|social worker|social workers|police)|made up (stories|excuses|a story)) & (hospital|a and e|er|injur*|bruise*|broken (arm|arms|bones|bone|wrist|leg|ribs|nose|jaw)|fracture*|burns|black eye|stitches|marks) & ${A_CHILD} & ({parent}|{carer}|mother|father)`,
      // "the marks on my back ... its my mums boyfriends belt"
      `(marks|bruises|welts|bruising|scars|lines|stripes) (on|all over|across|down) (my|mi|his|her|their) ~ (back|legs|arms|bum|butt|bottom|body|thighs|chest) & (belt|buckle|cord|wire|hanger|stick|cane|slipper|whip) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: foster carers and care staff hurting a child in their care (being in care means being a child).',
    victim: 'self',
    patterns: [
      `(foster (carer|carers|mum|mom|dad|parent|parents|family|home|mother|father|brother|sister)|care home|group home|childrens home|residential home|key worker) ~~ ({hit}|push*|shov*|threw|throw*|hurt*|lock*|starv*|touch*|grab*|drag*|burn*|molest*|abus*) (me|us|mi)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: a parent failing to protect a child, said to the child ("im sorry i didnt stop your stepfather when he hit you", "i didnt believe you about coach dan. you were eleven").',
    victim: 'other',
    unless: ['(mean|strict|unfair|rude|grades|homework|detention|told (me|you|her|him) off|vase|diet|phone|curfew)'],
    patterns: [
      `(didnt|did not|couldnt|could not|never|wasnt there to) (stop|stoped|protect (you|her|him|them|me|us) from|protected (you|her|him|them|me|us) from) (your|her|his|their|my|our|the) ~ (${ADULT_OR_KIN}|{partner}|stepfather|stepmother) ~ (when|from) ~ ({hit}|hurt|hurting|touch*|abus*|molest*|beat*|rap*) (you|her|him|them|me|us)`,
      `(didnt|did not|wouldnt|would not|refused to|never|dont|do not) believ* (you|her|him|them|me|mi|us) (about|when (you|she|he|they|i|we) (told|said|tried)) ~ (${ADULT_ROLE}|${ADULT_OR_KIN}|what (he|she|they) (did|was doing|does|had done|used to do)) & (${A_CHILD}|${YOU_AS_CHILD}|${THEY_WERE_A_CHILD})`,
      // "i knew what my husband was doing to our daughter and i didnt stop him"
      `(knew|know|knowing|found out|find out) (what|about what) ~~ (was doing|did|does|has been doing|had been doing|used to do|were doing) (to|with) (our|my|his|her|their) ~ ({child}|kid|kids|children|girl|girls|boy|boys) & (didnt|did not|never|couldnt|did nothing|stayed|kept quiet|said nothing|let it)`,
      `(told|tell|telling|tel) (the|my|a|her|his) (teacher|school|nurse|school nurse|social worker|police|counsellor|counselor|doctor) about (the|my|his|her|our) (bruises|marks|burns|cuts|black eye|hitting|beatings|belt|what (he|she|they|dad|mum|mom) (does|did)) & {parent} ~ (says|said|told me|calls me|called me|blames|blamed|shouted|screamed) ~~ (ruin*|liar|lying|trouble|taken away|break up|destroy*|family|punish*|grass|snitch)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: severe neglect: a baby left in a cot all day or in their own mess, no food at home, a parent spending it all on drink.',
    victim: 'other',
    unless: [
      '(i like|i want|likes|he likes|she likes|they like|wil eat|fussy|picky|healthy|vegan|veggie|junk|snacks|nice food|good food|decent food|fancy|treats|takeaway)','(slept|sleeps|sleeping|sleep) (through|til|until|well|all night|# hours)', '(sleep training|nap|naps|napped|napping|self settle|cry it out|crying it out|controlled crying)'],
    patterns: [
      `(left|leaves|leaving|leave|lying|lies|lay|stuck|kept|stays|stay) ~ (in|alone in) (her|his|their|the|a|my|mi|our) (cot|crib|pram|buggy|stroller|car seat|carseat|highchair|high chair|playpen|bouncer|moses basket|bassinet|own (mess|filth|poo|wee|nappy|nappies|diaper|vomit|sick|urine)) ~~ (all day|for hours|for days|days|unchanged|without (food|feeding|being (fed|changed)|a bottle|changing|anyone)|while (she|he|they|my *) ~ (drinks|drank|drinking|sleeps off|slept off|passed out|high|out|at the pub|gets high|got high|goes out|went out))`,
      `(nappy|diaper|nappies|diapers) (rash )?(is |s |was |were |are )?(bleeding|raw|blistered|infected|soaked|overflowing|leaking|never changed|not changed) & (left|hours|days|never|drunk|drink|asleep|passed out|all day|high)`,
      `(same|dirty|soiled|wet|full|soaked) (nappy|diaper|nappies|diapers|pad|pads|pull ups|pullups|incontinence pads) (all day|for hours|for days|overnight|since (yesterday|last night|this morning)|til|until|while) & ({child}|${KID}|${INFANT})`,
      `(hasnt|havent|not|hadnt) (eaten|had (a )?(proper |hot )?meal|had anything to eat|had a proper meal) (properly )?(in|for) (days|a week|two days|three days|# days) & ${A_CHILD}`,
      `(drinks|drank|gambles|gambled|spends|spent|smokes|smoked|snorts|snorted) (all|al of) (the|our|his|her)? ?(money|benefits|wages|giro|universal credit|child benefit) & ${A_CHILD}`,
      // "theres never food at ours", "we havent had food at home for days. im 11"
      `(never|no|isnt|nothing|not (any|enough)|havent had|hasnt been|without) (any )?(food|anything to eat|dinner|meals|groceries|food in the (house|fridge)) (at|in) (home|ours|our (house|place|flat)|the (house|flat|fridge)) & ${A_CHILD}`,
      `(havent|hasnt|not|no|dont|didnt) (had|have|been)? ?(any )?food ~ (for days|in days|all week|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend|last week)) & ${A_CHILD}`,
      `(spends|spent|spending|blows|blew|drinks|drank|gambles|gambled|puts) (it all|all (the|our|the food|the benefit|the child benefit) *|the (food|shopping|rent) money|our (food|dinner) money) ~~ (pub|drink|booze|drugs|gambling|bookies|slots|weed|vodka|wine|betting) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: an adult showing a child porn, asking a child to bathe or share a bed, "bath secrets", calling a child worthless and shutting them in, sexually inappropriate with a child, lifts home that stop in lay-bys.',
    unless: ['(surprise|birthday|present|presents|gift|gifts|christmas|party|santa|recipe)'],
    patterns: [
      `(show*|showed|shown|play*|put on|puts on) (me|mi|him|her|them|us|${KID}) ~ (porn|p rn|porno|sex videos|sex films|dirty (videos|movies|pictures|pics|films)|naked (pictures|photos|videos|pics)|nudes|sexual (videos|pictures|images|films)) & ${A_CHILD}`,
      `(asked|asks|asking|wants|wanted|invited|invites|told|tells|made|makes|insists|insisted|keeps asking) ${KID} (to )?(bathe|bath|shower|take a (bath|shower)|get in the (bath|shower)|sleep|share a bed|get into bed|cuddle in bed|undress|get undressed|sit on his lap|sit on her lap) (with|beside|next to|in front of) (him|her|them)`,
      `(bath|bathtime|bath time|bed|bedtime|shower|tickle|tickling|touching|naked|nappy|sleepover|nap|naptime|nap time|grown up|grownup|cuddle|cuddling) (secret|secrets) & ${A_CHILD}`,
      `(comes|came|coming|goes|went|creeps|crept|sneaks|snuck|walks|walked|gets|got) (in|into|in to) (her|his|their) (room|bedroom|bed) (at night|in the night|every night|late at night|when (she|he|they) (is|s|are|was|were) (asleep|sleeping)) & ({child}|${KID}) & (withdrawn|scared|afraid|says|said|told|stepfather|stepdad|step dad|uncle|grandfather|grandpa|boyfriend|partner|lodger|cousin|brother)`,
      `sexualy (inapropriate|abusive|explicit|suggestive) (with|to|towards|toward|around|in front of) (her|him|them|me|us|${KID}) & ${A_CHILD}`,
      `(calls|called|calling|call) (him|her|them|${KID}) ~ (worthless|useless|stupid|pathetic|disgusting|a waste|a mistake|a burden|a freak|retarded|an idiot|fat|ugly|dumb|thick|a retard) & ${KID} & (every day|all the time|constantly|always|every time|daily|wont let|locks|lock*|hits|hit|screams|shouts|yells|wish* (he|she|they) (was|were|had) never)`,
      `(wont|doesnt|never|dont) let (him|her|them|${KID}) (out of|leave) (his|her|their|the) (room|bedroom) ~~ (except|apart from|unless|for (days|weeks)|all (day|weekend|week)|only for school) & ${KID}`,
      `${ADULT_ROLE} ~~ (lifts|lift|rides|ride|drove|drive|drives|driving|took|take|takes|taking|picked|picks) & (lay by|layby|laybys|lay bys|pulled over|pull over|pulls over|parked up|park up|parks up|somewhere (quiet|dark|secluded|private)|the woods|back seat|his (house|flat|place) instead|the long way) & (${A_CHILD}|${TEEN_PAST})`,
      `${CHILD_AGES_RANGE} & (abus*|molest*|rap*|assault*|beat*|beaten|groom*|touch*|hit|hurt|interfered)`,
      `(abuse|abused|beatings|violence|beaten|molested|hit|hurt|battered) (by|from|at the hands of) ~ ({parent}|{carer}|uncle|stepbrother|step brother|grandfather|grandpa) & ${ME_AS_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 4: a parent making a child sleep in a shed or car, or throwing a minor out to sleep rough.',
    victim: 'self',
    unless: ['(trip|road trip|camping|festival|holiday|tent|sleepover|glamping)'],
    patterns: [
      // "sleep in" is blanked as an idiom, so "makes me sleep in the shed" reads "makes me . the shed".
      `{parent} ~ (makes|made|forces|forced|making|forcing) (me|us|mi) (to )?(. |(sleep|stay|spend the night|spend nights) (outside )?(in )?)(the|a|my|our|his|her) (garden |back |tool |dog |old )?(garage|shed|car|yard|garden|basement|cellar|doghouse|kennel|porch|van|cupboard|closet)`,
      // "my parents kicked me out at 15" ("kicked me out" is blanked as an idiom too).
      `({parent}|they|she|he) ~ (. |(threw|thrown|chucked|turfed|put|kicked) (me|us) out ~ )(at|aged|when (i|we) (was|were)) (only |just )?(1[0-7]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) & (homeless|street|streets|rough|(a|the) (park|car|tent|shelter|hostel|bus station)|sofa|couch|nowhere to (go|live|sleep|stay)|friends (sofa|couch|floor|house)|because (im|i am|i was|i) ~ (gay|trans|pregnant|bi|lesbian|queer)|for being (gay|trans|pregnant|bi|queer|lesbian)|weeks|months)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 4: a child who comes back quiet, hurt or sworn to silence from time with an adult; flinching or scared around one; thuds and yelling.',
    victim: 'other',
    unless: [
      '(tired|exhausted|jet lag|long drive|missed (him|her|them)|misses (him|her|them)|sad to leave|homesick|didnt want to leave|wanted to stay|(great|good|lovely|brilliant|fun) time|had fun|loved it|sugar)',
    ],
    unlessNear: ['(dog|dogs|bark*|thunder|fireworks|loud (noise|noises|bang|bangs)|balloon*|hoover|vacuum|hand dryer|bees|wasps|spiders|needles|injection|dentist|ball|nipped)'],
    patterns: [
      `(comes|came|come|coming|gets|got) (back|home) ~~ (quiet|withdrawn|silent|upset|scared|terified|crying|clingy|wont (say|talk|tell|speak)|doesnt (say|talk|speak)|not (himself|herself|themselves)|bruised|with (bruises|marks|a (cut|split|fat|busted|swolen|bloody) lip|a black eye|burns|a burn)) & ${KID_OR_MY_BOY} & (takes|took|taking|alone with|stays with|stayed with|sleepover|trip|trips|visit|visits|weekend|weekends|(his|her|their) ~ (dads|mums|moms|uncles|grandpas|grandads|stepdads|house|place)|from (his|her|their) ~ (house|place)|disciplines|disciplined|punish*|not alowed to (say|tell)|wont say (why|what|anything)|secret)`,
      `flinch* (around|near|when|whenever|if|at) ~ (his|her|their|my|the) ~ ({parent}|stepdad|step dad|stepmum|stepmom|uncle|grandpa|grandad|babysitter|nany|boyfriend|girlfriend|{partner}) & ${KID_OR_MY_BOY}`,
      `${KID_OR_MY_BOY} ~ (flinches|flinched|flinching)`,
      `(kids|children|${KID_OR_MY_BOY}) (are|is|s|get|gets|seem|seems|always|were|was) ~ (scared|terified|frightened|afraid|petrified) of (him|her|them|(his|her|their|my|our) ~ ({parent}|stepdad|step dad|stepmum|stepmom|uncle|grandpa|{partner}))`,
      `(hear|heard|hearing) (a|the)? ?(thud|thuds|bang|bangs|slap|slaps|smack|smacks|thump|thumps|crash|crashes) & ${KID_OR_MY_BOY} & (yel*|shout*|scream*|hard on|angry|rage|temper) & ({partner}|{parent}|he|she)`,
      `(neighbour|neighbor|neighbours|neighbors|next door|downstairs|upstairs) (kid|kids|child|children|boy|girl|baby|toddler) & (no food|left alone|home alone|no shoes|(nobody|no one|anyone|noone) (feeds|fed|feeding|looks after|checks on|is looking after) them|doesnt get fed|dont get fed|never fed|never get fed|skin and bone)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'imminent',
    note: 'Round 4: someone drunk, raging or armed who has the children with them now and threatens to hurt them.',
    victim: 'other',
    unless: ['(lol|lmao|haha|jk|joking|film|movie|game)'],
    patterns: [
      `(hes got|he has|shes got|she has|theyve got|has got|got|took|taken|has taken|grabbed|snatched|has) (my|our|the) ~ (kids|children|{child}|baby|boys|girls) & (drunk|high|wasted|off (his|her) face|raging|screaming|yeling|{weapon}) & (hel|he wil|shel|she wil|theyl|going to|gona|threaten*|says|saying|screaming|yeling|shouting) ~ (hurt|harm|{kill}|kil|drown|drive ~ (of|off|into)|crash) ~ (them|the kids|my kids|the baby|him|her|us)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 5: a teen naming a parent, step-parent or parent\'s partner who hurts, locks out, marks or silences them.',
    victim: 'self',
    unless: ['(his|her|their|your) {parent} (and|but|so|then) (he|she|they) ~ ({hit}|hurt|hurts|threw|throws|burn*|lock*)'],
    patterns: [
      `${PARENTS_PARTNER} ~~ (${HARM_TO_ME})`,
      `${HOME_ADULT} ~~ (lock*|shut*|kick*|put*|leave*|left) (me|us) (out|outside) ~~ (al night|overnight|for the night|in the cold|in the rain|in the snow|frezing|til (morning|the morning)|until (morning|the morning))`,
      `${HOME_ADULT} ~~ (leave*|left|leaving) (marks|bruises|welts|scars|lines|red marks|belt marks|cuts) & ${BEATING_TOOL}`,
      `${BEATING_TOOL} ~~ (leave*|left|leaving) (marks|bruises|welts|scars|lines|red marks|cuts) & ${HOME_ADULT}`,
      `${HOME_ADULT} ~~ (cover|hide|covering|hiding) (it|them|the (bruise|bruises|marks|mark)) ~ (with|w) (make up|makeup|concealer|long sleeves|a hoodie) & ({hit}|hurt*|bruise*|marks)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 5: a trusted adult\'s secret with a threat if the child tells; a relative making a child do sexual things; fear of being taken into care for telling.',
    victim: 'self',
    unless: [
      '(surprise|party|present*|gift*|christmas|birthday|recipe|proposal|engagement|pregnan*|lottery|santa)',
      // A team's tactics are kept from the other side, not from a child's parents.
      '(play|plays|tactic*|strategy|formation|lineup|line up|set piece|set pieces|game plan|other team|the opposition|our rivals|quiz|test|exam|answers|grades|results)',
    ],
    patterns: [
      `(${ADULT_ROLE}|${PARENTS_PARTNER}|{parent}) ~~ secret & ((if|when) (i|we) (tell|told|say|said|report) ~~ (kicked off|kick me off|in trouble|hurt|punish*|kil|kill|drop*|bench*|hate me|leave|my fault|believe|sent away|send me away|take me away))`,
      `(${ADULT_ROLE}|${PARENTS_PARTNER}|{parent}) ~~ (our (special |little )?secret|secret between us|just between us|keep (it|this|us) (a )?secret|keep (it|this) between us) & (not to tell (anyone|anybody|my (mum|mom|dad|parents)|mum|mom|dad|my parents)|(dont|cant|never) tell (anyone|anybody|my (mum|mom|dad|parents)|your (mum|mom|dad|parents)))`,
      `(${ADULT_ROLE}|${PARENTS_PARTNER}) ~~ (our|a|the|his|her) (special|private|secret|extra|one on one) (practice|practices|lesson|lessons|training|time|session|sessions|game|games|hugs|cuddles|massage|massages) & (secret|dont tell|not to tell|(if|when) (i|we) tell)`,
      `${OLDER_KIN} ~~ ${MADE_SEXUAL}`,
      `(if|when|once) (i|we) (tell|told|say|report|speak up) ~~ ${TAKEN_INTO_CARE}`,
      `(if|when|once) (i|we) (tell|told|say|report|speak up) ~~ (take|takes|taken|took) (me|us) away & (${HOME_ADULT}|what (he|she|they) (does|did|do)|school|teacher|social worker*|social services|police)`,
      `${TAKEN_INTO_CARE} & (tell|told|say|report) & what (he|she|they) (does|did|do|is doing|has done)`,
      `${TAKEN_INTO_CARE} & (tell|told|say|report) & about what ~ (does|did|do|is doing|has done)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 5: an adult grabbing or shaking a child hard enough to mark them (not held back from the road).',
    victim: 'other',
    unlessNear: [HELD_FROM_DANGER],
    patterns: [
      `(grab*|yank*|drag*|squeez*|shook|shake*|shov*|pinch*|twist*) ${KID_OR_MY_BOY} ~~ (so hard|hard|marks|mark|bruise*|bruising|finger marks|til|until|by the (arm|arms|wrist|neck|hair|throat|ear))`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'imminent',
    note: 'Round 5: a child hiding now from a parent who is drunk or violent, often with younger siblings.',
    victim: 'self',
    unless: ['(lol|lmao|haha|jk|hide and seek|hide n seek|surprise|game)'],
    patterns: [
      `(hiding|hide|hid|locked ourselves|barricaded) ~~ (with|w) (my|mi) (little|litle|lil|baby|younger|smal|kid) (brother|sister|bro|sis|brothers|sisters|siblings) & ${HOME_ADULT} & (drunk|wasted|high|{hit}|threw|throws|throwing|smash*|rag*|scream*|yel*|hurt*)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child shut in a locked closet or room for whole weekends ("from inside a locked closet").',
    unless: ['(escape (room|game)|escape rooms|game|games|hide and seek|hide n seek|lol|haha|reading)'],
    patterns: [
      `(in|inside|from inside|into) (a|the|my|mi|our|his|her|their) (locked|padlocked|bolted) (closet|cupboard|wardrobe|room|bedroom|basement|celar|shed|garage|attic|cage|crate|dog crate|bathroom|car|boot|trunk|box|kenel) & ${SHUT_IN_FOR} & ${A_CHILD}`,
      `(lock*|shut) (me|us|him|her|them|in|up) ~ (wardrobe|box|dog crate|cupboard under the stairs) & ${SHUT_IN_FOR} & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child made to lie to a hospital, doctor or school about an injury ("had to lie at a&e about my arm again", "made me say i fell").',
    unless: ['(cut myself|cuting myself|self harm*|my cuts|relapse*|i cut|i burn myself|burning myself)'],
    patterns: [
      `(lie|lied|lying|lies) ~ (at|to) (the )?(hospital|a e|a and e|er|emergency room|doctor|doctors|gp|nurse|nurses|teacher|teachers|school|social worker|police|clinic|dentist) ~~ (about|how) (my|mi|the|her|his|their|how (i|she|he|they) (got|hurt|broke|did)) ~ ${INJURY} & ${A_CHILD}`,
      `(made|makes|make|told|tels|telling|forced|forces|forcing) (me|us|him|her|them|${KID}) ~ (say|tell ~) ~ (i|we|he|she|they) (fel|walked into|tripped|slipped|fel of|was clumsy|bumped into|ran into|hurt (myself|himself|herself|themselves)) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: an adult trading a child\'s medicine, food or lifts for access to their room or body; a coach or adult demanding nudity alone behind a locked door.',
    unless: ['((my|her|his|our) (mum|mom|dad|parent|parents) (was|were|is|are|stayed|sat) (there|in the room|present|with (me|her|him|us))|chaperone)'],
    patterns: [
      `(gives|give|gave|lets|let|buys|bought|pays|paid|feeds|fed) (me|us|her|him|them) ~~ (if|unless|as long as|when|once) (i|we|she|he|they) ~ (let|lets) (him|her) ~ (in|into|in to) (my|mi|our|her|his|their) (room|bed|bedroom|shower|bath|bathroom) & (${HOME_ADULT}|${OLDER_KIN})`,
      `(gives|give|gave|lets|let|buys|bought|pays|paid|feeds|fed) (me|us|her|him|them) ~~ (if|unless|as long as|when|once) (i|we|she|he|they) ~ (let|lets) (him|her) ~ (in|into|in to) (my|mi|our|her|his|their) (room|bed|bedroom|shower|bath|bathroom) & ${ADULT_ROLE} & ${A_CHILD}`,
      `(gives|give|gave|lets|let|buys|bought|pays|paid|feeds|fed) (me|us|her|him|them) ~~ (if|unless|as long as|when|once) (i|we|she|he|they) ~ (let|lets) (him|her) (touch|watch|film|photograph|kiss|feel|see (me|us|her|him) (naked|undress*|change|changing|in the (shower|bath))) & (${HOME_ADULT}|${OLDER_KIN})`,
      `(gives|give|gave|lets|let|buys|bought|pays|paid|feeds|fed) (me|us|her|him|them) ~~ (if|unless|as long as|when|once) (i|we|she|he|they) ~ (let|lets) (him|her) (touch|watch|film|photograph|kiss|feel|see (me|us|her|him) (naked|undress*|change|changing|in the (shower|bath))) & ${ADULT_ROLE} & ${A_CHILD}`,
      `(${ADULT_ROLE}|physio|photographer|agent|scout) ~~ (naked|nude|undres*|strip*|in (my|our|her|his|your|their) (underwear|pants|knickers|bra|boxers)|with (no|nothing) on|take (off )?(my|our|her|his|your|their) (clothes|top|shirt|pants|underwear|bra)) & (lock*|alone|(his|her) (office|room|house|flat|car|van|studio)|secret|dont tell|not to tell|no one else|nobody else|just (us|the two of us)|without (my|her|his|your) (parents|mum|mom|dad)|after (practice|training|class|school|everyone (left|leaves))) & (${A_CHILD}|${TEEN_LEAD})`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child made ill so doctors believe they are sick (pills, salt, lies to doctors), or a child\'s medicine withheld to punish them or for faith healing.',
    patterns: [
      `so (the )?(doctors|doctor|nurses|hospital|gp|specialists|they) (would|wil|could|d)? ?(think|thought|believe|belive|see|find|say) (i|we|he|she|they) (was|were|am|is|are|had|has|have)? ?(sick|il|unwel|dying|disabled|epileptic|alergic) & (make*|made|making|forc*|gave|give*|giving|put*|swalow|pils|pills|tablets|salt|laxatives) & ${A_CHILD}`,
      `(make|makes|made|making|keep|keps|kept|keping) (me|us|him|her|them|${KID}) (sick|il|throw up|vomit) (on purpose|deliberately|for attention|for sympathy) & ${A_CHILD}`,
      `(lied|lies|lying|lie) (to )?(the )?(doctors|doctor|nurses|gp|hospital|specialists) ~~ (i|we|he|she|they|im|hes|shes|about (my|his|her|our)) ~ (sick|il|symptoms|seizures|fits|alergies|condition|ilnes*|disability) & (surgery|surgeries|operations|tests|wheelchair|feeding tube|tube|pils|pills|medication|meds|attention|sympathy) & ${A_CHILD}`,
      `(${HOME_ADULT}|${OLDER_KIN}|{carer}|nan|nana|gran|grandma) ~ (keps |kept |always |often |sometimes |keeps )?(forget*|forgot|refus* to (give|let)|wont (give|let)|doesnt (give|let)|dont (give|let)|never (gives|lets)|stop*|skip*|hide*|hid|hiding|withhold*|withheld|take* away|took away|ration*|water* down|watered down|throw* away|threw away|flush*|bin*|binned) ~ (her|his|their|my|mi|our|him|them|me|us|any|the) ~ ${CHILD_MEDS} & (${WITHHELD_ON_PURPOSE}|(came|comes|come) back ~ (il|sick|unwel|poorly)|ended up in (hospital|a e|er|intensive care)|hospital stays?|dka|ketones|asthma attack|colapsed) & ${A_CHILD}`,
      // Medicine as a reward for good behaviour: "only gives him his inhaler when he says sorry".
      `(only|just) (gives|give|gave|lets (me|us|him|her|them) have) (me |us |him |her |them )?(her|his|their|my|mi|our) ~ ${CHILD_MEDS} (when|if|once|after|unless|until|til) (she|he|they|i|we) ~ (says sorry|say sorry|said sorry|apologi*|behave*|begs|beg|begged|does (what|as) (she|he|they) (says|wants|tels)|earns it|earn it|is good|are good|am good|does (her|his|my|their) chores) & ${A_CHILD}`,
      `(wont|refuses to|refused to|wouldnt|never|didnt|doesnt|dont|wil not|would not) (take|took|let (me|us|him|her|them) (go|see|get|have)) ~ (me|us|him|her|them|${KID})? ?~ (to )?(the )?(doctor|doctors|hospital|a e|a and e|er|dentist|gp|clinic|treatment|surgery|chemo|specialist|insulin|medicine|medication|meds|physio|therapy|appointments|hospital appointments|check ups) & ${CARE_REFUSED_BECAUSE} & ${A_CHILD}`,
      `(wont|refuses to|refused to|doesnt|dont|never|stopped|stoped|wouldnt) ~ (give|giving|gives) (her|him|them|me|us|${KID}) ~ ${CHILD_MEDS} & (${WITHHELD_ON_PURPOSE}|${CARE_REFUSED_BECAUSE}) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 6: online grooming signs: a grown-up in a game or app sending a child gift cards, asking when the parents are out, chats the child deletes.',
    victim: 'other',
    unless: ['(cousin|uncle|aunt|auntie|grandad|grandpa|grandma|nan|gran|godfather|godmother|family friend) (sends|sent|gave|gives|bought|buys) ~ (gift cards|gift card|robux|v bucks|vbucks)'],
    patterns: [`${ONLINE_ADULT} & ${ONLINE_PLACE} & ${GROOMING_MOVE} & ${A_CHILD}`],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child hit whenever they disobey, a group of children beaten with a stick by a teacher, a child pinched or slapped "as a joke", screamed at and shaken, filmed in the bath by an adult.',
    victim: 'other',
    unless: [...NOT_HARM_TO_A_CHILD, '(match|game|score|goal|goals|points|tournament|league|final|race|quiz|penalties)', '(cheeks|cheek|giggl*|tickl*)'],
    patterns: [
      `{hit} (her|him|them) (if|when|whenever|every time|each time|for) (she|he|they) & ${KID}`,
      `({hit}|whack*|whip*|flog*|cane*|belt*|thrash*|batter*|spank*|smack*|beat*) (the|al the|those|these|his|her|their|our) (boys|girls|kids|children|pupils|students|little ones) ~ (with|wid|w|wit) ~ ${IMPLEMENT} & (${KID}|madras*|school|clas|church|mosque|temple|sunday school|teacher|imam|pastor|priest|monk|coach|nursery|daycare)`,
      `(pinch*|slap*|smack*|flick*|kick*|shov*|chok*|drag*|shak*|spank*|dunk*|burn*|hit|hits|hitting|punch*|whack*) (him|her|them|${KID}) ~ (as a joke|for fun|for a laugh|to be funny|for laughs|for (the )?(camera|views|tiktok|likes|content)|to toughen (him|her|them) up|to make (him|her|them) (tough|tougher|a man|stronger)) & ${KID}`,
      `(scream*|yel*|shout*|swear*) at (him|her|them|${KID}) (and|then|while|n) ({hit}|pinch*|shak*|shov*|push*|drag*|grab*|yank*|kick*|smack*|slap*|spank*|throw*|threw) (him|her|them) & ${KID}`,
      `(videos|video|vids|clips|footage|recording|recordings) of (her|him|them) ~~ (hitting|slaping|pinching|hurting|kicking|shoving|shaking|draging|smacking|spanking|choking|punching|beating) (him|her|them|${KID}) & ${KID}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: an adult filming or photographing a child naked, in the bath or changing, found hidden or done by a non-parent (a proud parent\'s bath-time clip is not).',
    victim: 'other',
    unless: ['(first bath|cute|so cute|adorable|funny|splash*|bubbles|for (grandma|grandpa|nana|gran|nan|the grandparents|the family)|family (chat|group|album)|milestone)'],
    patterns: [
      `(films|filmed|filming|records|recorded|recording|photograph*|(takes|took|taking|take) (pictures|photos|pics|videos|vids) of) ${KID} ~ (in the (bath|shower|bathroom|toilet)|naked|nude|undres*|changing|geting changed|get changed|in (his|her|their) (underwear|pants|knickers)) & (found|hidden|hid|secret*|without (me|my|her|his|them|anyone) (knowing|knowledge)|on (his|her|their) (phone|ipad|laptop|computer|tablet|drive|camera)|deleted|boyfriend|girlfriend|stepdad|step dad|stepfather|stepmum|stepmom|uncle|babysitter|nany|lodger|{carer}|neighbour|neighbor|stranger|man|guy|sends|sent|shares|shared|posted|online)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 6: a child back from a visit who says they are not allowed to tell about special baths, games or what happens there.',
    victim: 'other',
    unless: ['(surprise|present*|gift*|christmas|birthday|party|santa|test|exam|answers|quiz|spoiler*|ending|episode|score|grades|boyfriend|girlfriend|crush)'],
    patterns: [
      `(not|isnt|arent|wasnt|werent|never) (alowed|supposed|meant|permited) to (tel|say|talk about|mention) & ${KID_OR_MY_BOY} & (dads|mums|moms|stepdads|stepmums|stepmoms|uncles|grandpas|grandads|grandparents|babysiters|nanys|childminder|coach|teacher|tutor|pastor|priest|imam|(his|her) (dad|uncle|stepdad|stepmum|coach|grandad|grandpa)|special|secret|game|games|bath|baths|bathtime|shower|showers|cuddle*|sleepover*|tickl*|massage*|what happens|what hapened|what (he|she|they) (does|did))`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child married off or sent abroad to marry, or forced into marriage.',
    patterns: [
      `(make*|made|making|forc*|sending|send|sent|taking|take|took|arang*|promised|promise|promising|giving|gave|give|sel*|sold) ~~ (me|us|her|him|them|${KID}) ~~ (to )?(mary|be maried|get maried|wed|be wed|be engaged|get engaged|nikah) & (man|husband|cousin|older|(1[89]|[2-9][0-9])|abroad|back home|country|village|took my phone|passport|dont want|didnt want|wont let|forc*|arang*) & ${A_CHILD}`,
      `(maried|marry|mary|marying|wed) (me|us|her|him|them|${KID}) (of|away) & ${A_CHILD}`,
      `(forc*|pushing|push*|pressur*) (me|her|him|them|${KID}) (into|to) (a |an )?(forced |arranged )?(mariage|mary|get maried|be maried|wed) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: burns on a child\'s soles, palms or bottom, or a hurt child refused a doctor, with an adult\'s story that doesn\'t fit.',
    victim: 'other',
    unless: ['(sunburn|sun burn|sunburnt|beach|sand|pavement|barefoot|sparkler*|bonfire|campfire|fireworks|eczema|stove|oven|kettle|bbq|barbecue|chemo|radiation|monkey bars|rope|friction|climbing|carpet burn|hot chocolate|spilled|spilt)'],
    patterns: [
      `(cigarette burns|burn marks|burns|burn|scald|scalds|scald marks|blisters) (on|to|al over|across) ~ (sole|soles|feet|foot|palms|palm|hands|hand|bottom|buttocks|bum|back|legs|arms|chest|tummy) & ${KID} & (alone with|says (it was|she|he|they)|said (it was|she|he|they)|claims|claimed|wont say|cant explain|no explanation|nobody knows|nurse|teacher|doctor|school|social worker|stepdad|stepmum|stepmom|boyfriend|girlfriend|babysitter|nany|childminder|uncle)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: beating a child with a belt, slipper or stick defended as culture, faith or upbringing ("normal back home", "the bible says").',
    victim: 'other',
    unless: ['(match|game|score|goal|tournament|league|race|quiz)'],
    patterns: [
      `({hit}|whack*|whoop*|whip*|flog*|cane*|belt*|thrash*|spank*|smack*|beat*|hitting|beating) ~ (kids|children|boys|girls|him|her|them|me|us|${KID}) ~ (with|wid|w) ~ ${IMPLEMENT} & (normal|culture|cultural|tradition*|back home|in our (country|culture|family|religion)|where (we|they|he|she|i) (come|are) from|bible|quran|koran|god|religio*|scripture|spare the rod|how (i|we|he|she|they) (was|were) (raised|brought up)|discipline*|respect) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a girl or teen kept home from school to cook, clean, work or be married off; a disabled child left in soiled pads.',
    // A partner keeping me home is partner violence, whoever's kids I look after.
    unless: ['(husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|hubby|ex) ~ (keep*|kept|took|take*|pulled|stops|stopped) (me|us)'],
    patterns: [
      `(keep*|kept|pulled|pull*|took|take*|taken|stopped|stops|stoped) (me|us|her|him|them|${KID}|my (sister|brother|cousin|niece|nephew|sisters|brothers)) ~ (home|out of school|off school|from school|from going to school) ~~ ((get|getting) (her|him|me|them) (engaged|maried)|to mary|engaged|maried|since (her|my) (period|periods)|because (she|i) ~ (girl|period|periods)) & (${A_CHILD}|school)`,
      `(keep*|kept|pulled|pull*|took|take*|taken|stopped|stops|stoped) (me|us|her|him|them|${KID}|my (sister|brother|cousin|niece|nephew|sisters|brothers)) ~ (home|out of school|off school|from school|from going to school) ~~ (to (cook|clean|work|look after|care for|mind|help (in|at|with))|ful time|for good) & (ful time|for good|every day|most days|al the time|for (weeks|months|a year|the year)|weeks|months|anymore|any more|no longer|since|girl|girls|period|instead of school) & (${A_CHILD}|school)`,
      `(not|isnt|hasnt been|havent been|wasnt|arent|no longer) alowed (to go )?(to )?(back to )?school & (period|periods|girl|girls|cook|clean|work|mary|maried|engaged|husband|look after|bruise*|marks) & ${A_CHILD}`,
      `(left|leaves|leave|leaving|lying|sitting|sits|sat|lies) (in|with) ~ (soiled|dirty|wet|soaked|ful|same|unchanged) (pads|pad|nappy|nappies|diaper|diapers|pull ups|pullups|clothes|sheets|bedding) ~~ (al day|for hours|for days|overnight|since|til|until|al weekend) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: FGM: a girl taken "back home" to be cut, circumcision planned for a daughter, FGM done to me as a child.',
    unless: ['(essay|article|documentary|campaign|awareness|research|news|charity|training|course|lecture|podcast|report|(the|a|new|uk|us) law (on|against|about))'],
    patterns: [
      `(fgm|female genital mutilation|female genital cutting|female circumcision|khatna|khafd|sunna circumcision) & (${A_CHILD}|girl|girls|daughter|daughters|niece|granddaughter|my girl)`,
      `circumcis* (her|our daughter|my daughter|the girls|girls|my niece|my girl|my granddaughter|our girl|my sister|my little sister|my stepdaughter)`,
      `(daughter|girl|girls|niece|granddaughter|stepdaughter) ~~ circumcis*`,
      `(to be|to get|be|get|getting|being|was|were|got) cut & (back home|ceremony|tradition*|village|cutter|circumcis*|initiation|the (elders|women|aunties|grandmothers)|this summer|the holidays|our culture|the family (says|wants|insists)) & (girl|girls|daughter|niece|granddaughter|${A_CHILD})`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child called a witch or possessed and starved, beaten or tied up to drive the spirit out.',
    unless: ['(halloween|costume|dressed (up )?as|fancy dress|film|movie|game|book|story|lol|haha|play|pretend)'],
    patterns: [
      `(exorcism|exorcis*|deliverance|cast out|casting out|drive out|driving out|beat out|beating out|get (the|a|an) (demon|devil|spirit|jinn|djinn|evil) out|(is|was|being|im|hes|shes|are|were) (a witch|possessed|cursed|a demon|bewitched|evil)) & (starv*|beat*|{hit}|tie|tied|ties|tying|burn*|chain*|whip*|cane*|fasting|no food|without food|held (him|her|me|them) down|hold (him|her|me|them) down|pin*|cold water|al night|for days|locked|lock*|cut|cuts|bleed*) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: sextortion of a minor: threats to share a child\'s nudes unless they pay or send more; a child\'s location shared with men who turn up.',
    // Safety talk with a child: "if someone threatens to share pics, tell me".
    unless: ['(if|what if|in case|whenever) (someone|anyone|somebody|a stranger|they|people|a person) ~ (threaten*|blackmail*|asks|ask|tries|try)', '(talked|talk|talking|taught|teaching|warned|warning|told|tel) (to )?(my|our|her|him|them) ~~ (what to do|never|always tell|tell (me|us))'],
    patterns: [
      `(threaten*|blackmail*|extort*|sextort*|says (hel|he wil|shel|she wil|theyl|they wil)|going to|gona) ~~ (share|post|send|leak|spread|show|put) ~~ (nudes|nude|pics|pictures|photos|videos|vids|images|naked *) & ${A_CHILD}`,
      `(blackmail*|sextort*|extort*) (me|him|her|them|${KID}) ~~ (pics|pictures|photos|nudes|videos|vids|images) & ${A_CHILD}`,
      `(want|wants|wanted|demand*|asking for|asks for|asked for) (more|money|cash|gift cards|more (pics|pictures|photos|nudes|videos)) ~~ (or|otherwise|else|unless|if not) ~~ (post|share|send|leak|show|tel|spread) & (pics|pictures|photos|nudes|videos|vids|images) & ${A_CHILD}`,
      `(shares|shared|sharing|gives|gave|giving) (her|his|their|${KID}) ~ (location|address|live location|snap map|school|number|phone number) (with|to) (his|her|their) ~ (mates|friends|men|guys|people online|strangers) & (turn up|turned up|turns up|show up|showed up|shows up|waiting|outside|followed|follow|messag*|contact*) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: child labour: a child made to work late every night or instead of school.',
    unless: ['(paid|pays|pocket money|wage|wages|saturday job|weekend job|part time|work experience|homework|schoolwork|chores chart)'],
    patterns: [
      `(made|forced|makes|forces|make|force) (to )?work ~~ (til|until|till|every night|al night|instead of school|no school|every day|for no pay|for nothing|unpaid|falling asleep|fals asleep|before school|after school ~ (til|until|till)) & ${A_CHILD}`,
      `(made|forced|makes|forces|make|force) (me|us|him|her|them|${KID}) (to )?work ~~ (til|until|till|every night|al night|instead of school|no school|every day|for no pay|for nothing|unpaid|falling asleep|fals asleep) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child sedated or dosed to keep them quiet or asleep, tied or strapped down, a pregnant girl hit in the belly, a cast or hearing aid taken off.',
    unless: [
      '(vet|mri|scan|anaesthetic|anesthetic|doctor prescribed|prescribed|as prescribed|surgery|operation)',
      // "drugged her drink" at a bar is sexual violence against an adult.
      'drugged (her|his|their|my) (drink|drinks)',
      '(wheelchair|car seat|carseat|high chair|highchair|buggy|pram|stroller|harness|seatbelt|seat belt|for the bus|shoelaces|bandage|splint|game|pretend|lol|haha|play|dressing up)',
    ],
    patterns: [
      `(sedates|sedated|sedating|sedate|drugs|drugged|drugging|dopes|doped|doping) (him|her|them|${KID}) & ${KID}`,
      // "my son is 19 months old and his dad shook him": shaking a baby, however it is worded.
      '(shook|shakes|shaking|shaken) (him|her|them) $ & (# (month|week|months|weeks) old|# (months|weeks)|newborn|infant|baby|babies)',
      `(gives|gave|give|giving|slips|slipped|puts|put) ${KID} ~ (benadryl|piriton|phenergan|nytol|antihistamine*|sleping *|cough syrup|vodka|whisky|rum|gin|brandy|wine|beer|nyquil) ~~ (so (he|she|they) ~ (quiet|shuts up|shut up|behave*|stay out of|stays out of)|to (make|keep|get) (him|her|them) ~ (slep*|quiet|calm|knocked out)|every night|al the time|so (she|he|i|they|we) can go out)`,
      `(ties|tied|tie|tying|straps|strapped|strap|straping|chains|chained|chaining|cuffs|cuffed|handcuf*|duct tape*|taped) (him|her|them|${KID}) ~ (to|in|onto|down) ~ (the|his|her|their|my|a) ~ (chair|bed|cot|crib|radiator|table|pole|post|tree|door|pipe|bannister|banister) & ${A_CHILD}`,
      `(ties|tied|tie|tying|straps|strapped|strap|straping|chains|chained|chaining|cuffs|cuffed|handcuf*|duct tape*|taped) (me|us|my (little |younger |baby )?(brother|sister|brothers|sisters|cousin)) ~ (to|in|onto|down) ~ (the|his|her|their|my|a|our) ~ (chair|bed|cot|crib|radiator|table|pole|post|tree|door|pipe|bannister|banister) & (${HOME_ADULT}|${A_CHILD}|autistic|meltdown*|disabled)`,
      `(by|from|kept|keps|keeps|was|is|started|stop|stoped) (hitting|punching|kicking|beating|stamping on|jumping on|pushing on|pressing on) (my|her|mi) (belly|stomach|tummy|bump) & (pregnan*|abortion|miscar*|baby|get rid of) & ${A_CHILD}`,
      `(cut|took|ripped|pulled|removed|takes|rips|cuts) (off )?(his|her|their|my|mi) (cast|splint|brace|hearing aids|hearing aid|feeding tube|oxygen)( off)? & (didnt need|doesnt need|dont need|said|says|wont let|refused) & ${A_CHILD}`,
      `(his|her|their|my|mi) (cast|splint|brace|hearing aids|hearing aid|feeding tube) (cut|taken|ripped|pulled|removed) off & (didnt need|doesnt need|dont need|said|says|wont let|refused) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 6: a child caring for siblings while a parent is always drunk or high, no doctor in years.',
    patterns: [
      `({parent}|${PARENTS_PARTNER}|she|he|they) ~ (always|is always|s always|constantly|every day|every night|never sober|al the time) ~ (drunk|high|wasted|passed out|off (her|his|their) face|out of it|asleep) & (i|we) ~ (feed|fed|look after|take care of|care for|make (dinner|food|tea|breakfast)|get ~ (ready for|to) school) ~ (my|our|mi) ~ (sisters|brothers|siblings|sister|brother|sis|bro|baby) & ${ME_AS_CHILD}`,
      `(havent|hasnt|never|not|wasnt|werent) (seen|ben to|been to|had|taken to) (a|the) (doctor|dentist|gp) (in|for) (years|ages|# years) & (drunk|high|drinks|drugs|wont take|never takes|doesnt care|dont care|neglect*|no one|nobody|on (my|our) own|i (feed|look after|care for|take care of)) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 7: severe neglect in plain words: children not fed or changed ("the kids aren\'t fed unless I\'m there", "nappy not changed all day"), food withheld as punishment, left alone for whole days.',
    victim: 'other',
    unless: ['(lol|lmao|haha|jk|joking)', '(sweets|candy|chocolate|junk|fast food|mcdonalds|snacks|crisps|chips|sugar|dessert|pudding|ice cream|in the car|in the lounge|in (his|her|their) room|on the sofa|on the couch|before dinner|before tea)'],
    patterns: [
      `({child}|${KID_OR_MY_BOY}) ~ (arent|are not|isnt|is not|wasnt|werent|not|never) (being |getting )?(fed|changed|washed|bathed)( (unless|until|til|for|al|properly|at al|most|some|half|when|if)|$)`,
      '(nappy|nappies|diaper|diapers) ~~ (not|hadnt|hasnt|wasnt|werent|never|isnt|havent) (been )?changed ~~ (al day|since (morning|yesterday|last night|breakfast)|for hours|in hours|for (a|the) whole day|for days|in days)',
      `(doesnt|dont|wont|didnt|never|not) (let|letting|allow|allowing) (them|him|her|the kids|the children|${KID_OR_MY_BOY}) (eat|have (food|dinner|tea|supper|lunch|breakfast|meals|a meal|anything to eat)) & (misbehav*|naughty|bad|punish*|answer* back|talk* back|lesson|thinner|losing weight|lost weight|hungry|starv*|skin and bone*) & ${A_CHILD}`,
      `(losing weight|lost weight|thinner|skin and bone*|underweight|so thin|wasting away) & (not alowed|no food|hungry|starving|wont feed|doesnt feed|dont feed|not fed|not being fed|isnt fed|no meals|locks the (fridge|food|cupboard|pantry)) & ${KID_OR_MY_BOY}`,
      `(leave|leaves|left|leaving) (them|him|her|the kids|the children|${KID_OR_MY_BOY}) (alone|on their own|on (his|her) own|by themselves|home alone|locked in) ~~ (for|al) (whole |entire )?(days|day|hours|nights|night|evening|evenings|weekend|weekends)`,
      // A child frightened of an adult at home and wetting the bed or hiding from him again.
      `${KID_OR_MY_BOY} & (afraid|scared|terified|frightened|petrified) of (my|her|his|their|the) ({partner}|{parent}|stepdad|step dad|stepmum|stepmom|uncle|grandad|grandpa|boyfriend|girlfriend|new (man|partner|boyfriend)) & ((wets|wetting|wet|weting) the bed|hides (when|from|under)|hiding (when|from|under)|flinch*)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 7: told by the one it happened to: beaten with something alongside a parent as a child, married off as a child.',
    patterns: [
      // An adult and me beaten with something as a child: "beat my mother and me with the dog's chain".
      `({hit}|whip*|flog*|belt*|thrash*|batter*) ~ (and|n) (me|us) ~ (with|w) ~ ${IMPLEMENT} & ${ME_AS_CHILD}`,
      // Married as a child: "from twelve I was married to an elder", "married off at 13".
      `(i was|we were|she was|was|got|get|being) (maried|married off|maried off|given|promised|wed) (off )?(to|at|aged) ~ (elder|an elder|man|an old man|an older man|the leader|the prophet|(his|my|a) cousin|(1[0-5]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)) & ${A_CHILD}`,
      `(maried|married off|wed) (at|aged|at age) (1[0-5]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)( (and|to|by|because|i|we|she|he|in|my|years|year|yrs|yo|off|as|when|while)|$)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 7: warning signs told by a worried parent or neighbour: a child wetting the bed again or gone quiet after visits, an adult who makes me uneasy offering to take a child off alone, children alone while the adults go drinking.',
    victim: 'other',
    unless: ['(lol|lmao|haha|jk|joking)', '(uti|infection|diabetes|doctor says (its )?(normal|a phase)|new baby|new sibling|potty training)'],
    patterns: [
      `({child}|${KID_OR_MY_BOY}|my (daughters|sons)) & (wets|wetting|weting|wet|started wetting) the bed (again)? & (since|wont (say|tell|talk)|doesnt (say|tell)|scared|afraid|frightened|hides|hiding|quiet|weekends|visits|stays|staying|comes home|comes back|when (he|she))`,
      `(offers|offering|offered|keeps asking|asks|asked|wants|wanted|wanting) (to )?(take|have|babysit|drive|pick up|mind|look after) (her|him|them|${KID}) ~~ (on (his|her|their) own|alone|by (himself|herself)|just the two of them|without (me|us)|overnight|for sleepovers) & (creep*|skin crawl|uneasy|uncomfortable|weird|my gut|something (about|off)|the way (he|she) looks|looks at (her|him|my)|stares at|worried|dont trust|do not trust) & ${KID}`,
      `(${KID}|kids|children) & (alone|on their own|by themselves|home alone) & (go|goes|went|going|are|is|were|out|off) ~ (drinking|to the pub|partying|clubbing|to the pokies|playing the pokies|plays the pokies|to the casino|gambling|on a bender|to the bar|getting high)`,
      `(children|kids|child|${KID}) ~ (always|constantly|often|are always) (hungry|starving|crying alone|dirty and hungry)`,
      // An adult telling of childhood vaguely: "when I was little there were things he did that weren't right".
      `${ME_AS_CHILD} & ((things|stuff|something) (he|she|they|{parent}|uncle|grandad|grandpa|cousin|brother|stepbrother|neighbour|neighbor) (did|done|used to do|would do)|({parent}|uncle|grandad|grandpa|cousin|brother|stepbrother|neighbour|neighbor|he|she) (did|done|used to do|would do) (things|stuff|something)) & (werent right|wasnt right|not right|shouldnt have|dont want to say|cant say|cant talk about|feel sick|never told|dont know if i remember)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'imminent',
    note: 'Round 7: an adult getting a belt or strap out to "teach the kids a lesson" when they get home.',
    victim: 'other',
    unless: ['(lol|lmao|haha|jk|joking|film|movie|show|book|trousers fell|too tight)'],
    patterns: [
      `(taken|took|takes|taking|got|getting|gets|pulled|pulling|has) (his|her|the|a) (belt|strap|cane|wooden spoon|slipper|jug cord|stick) (off|out|ready) & (teach|give|gives|giving|going to (beat|belt|whip|thrash|leather)) (them|him|her|the kids|the boys|the girls|${KID}) (a )?(real |proper |good |right )?(lesson|hiding|thrashing|beating|belting|whipping)? & ${KID_OR_MY_BOY}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Bruises on a child\'s bottom, back, legs or face (not from sport or play, which a parent mentions as the cause).',
    victim: 'other',
    unless: [...GROWN_CHILD, '(football|footy|rugby|soccer|hockey|karate|judo|taekwondo|boxing|trampoline|climbing|playground|skate*|bike|scooter|fell off|tough game|match|the game|sports|p e|gym class)'],
    patterns: [
      '{child} & (bruises|handprints|hand prints|handprint|hand print|finger marks|fingermarks|belt marks|welts) on (the (backs|back) of )?(her|his|their) (bottom|butt|back|legs|arms|face|neck|thighs|private*)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round eight, quoted: an adult flattering a child as "mature for 13", or a coach or teacher telling a child to delete their messages.',
    victim: 'other',
    unless: [...GROWN_CHILD],
    patterns: [
      `(youre|ur|you are|u r|shes|hes|she is|he is) (so |realy |very |quite )?mature for (1[0-7]|your age|her age|his age|a # year old|a ${CHILD_AGE}) & ((2[0-9]|[3-9][0-9]) (yr|yrs|year|years|yo)|older|grown|adult|man|guy|coach|teacher|tutor|snap*|dm*|messag*|texting|texts|pics|photos|meet up|secret)`,
      `(delete|hide|clear|wipe) (these|this|them|it|the (messages|texts|chats|pics|photos)|our (chats|messages|texts)) ~ (after|when|before|once|so) & (coach|teacher|tutor|pastor|priest|youth (leader|worker|pastor)|instructor|trainer|babysitter|scout leader|mentor) & ({child}|${KID})`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 9: someone "did things to me" when the speaker was a child.',
    patterns: [
      '(did|done|doing|used to do) (things|stuf|stuff) to me & ((i was|when i was|since i was|from when i was|from) ([1-9]|1[0-4]|little|a kid|a child|young|smal)|(as|when i was) a (kid|child|girl|boy))',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 10: harm told in the passive or as an act an adult repeats, by a child or about a childhood ("got punched where it won\'t show. 13 btw").',
    // Knocks in play or sport, and bullying by other children, are not abuse by an adult.
    unlessNear: ['(ball|puck|frisbee|swing|door|car|bike|wave|in (football|rugby|hockey|cricket|baseball|pe|gym|the game|the match|training|practice|dodgeball|a fight at school)|at school by|by (a|another|some|this) (kid|boy|girl|classmate|ball))'],
    patterns: [
      `(get|got|gets|geting|was|were|been|being|am|im) (punched|kicked|hit|beaten|beat|slapped|whipped|burned|burnt|strangled|choked|shoved|belted|caned|starved|scalded|locked (in|out)|tied up) & ${ME_AS_CHILD}`,
      `(hit|beaten|whipped|belted|burned|burnt|thrashed|kicked|punched|scalded) ~~ by (my|our|his|her) ({parent}|{carer}|stepdad|stepmum|stepmom|step dad|step mum|grandad|grandpa|grandma|nan|uncle|aunt|auntie) & ${A_CHILD}`,
      `({hit}|punched|punches|kicked|kicks|pinch*) ~~ where ((it|they|the bruises|bruises|marks|the marks) (wont|dont|doesnt|wouldnt|cant|wil not|would not) show|(nobody|no one|people|anyone) (can|cant|wil|would|wont) se) & (${ME_AS_CHILD}|${KID}|${PARENTS_PARTNER})`,
      `(pours|poured|pour|throws|threw|chucks|chucked) (cold |freezing |ice |boiling |hot )?water (on|over) (me|us|her|him) & ${A_CHILD}`,
      `(eat|eating|ate) ~ (off|on|from) the (kitchen |bathroom |dirty )?floor & ${ME_AS_CHILD}`,
      `(eat|eating|ate) ~ (next to|with|like) the dog & ${ME_AS_CHILD}`,
      `(flicks|flicked|flicking|hits|hit|pinches|pinched|twists|twisted|pulls|pulled|slaps|slapped|beats|beat|whips|whipped|squeezes|squeezed|hitting|pinching|twisting|slapping|beating) (me|us|our|her|him|them|his|their) ~~ (til|till|until) (they|it|i|we|he|she) (bleed|bled|bleeds|bruise|bruised) & (${A_CHILD}|${PARENTS_PARTNER})`,
      `(held|hold|holds|holding|put|puts|pushed|shoved|press|pressed|presses|pressing|forced|forces) (my|her|his|our) (hand|hands|arm|arms|fingers|face) (over|on|onto|near|in|into|against) (the )?(gas|gas ring|hob|stove|cooker|flame|fire|candle|iron|kettle|boiling|hot|radiator|heater) & (${A_CHILD}|grew up|my childhood)`,
      `(tie|tied|ties|tying|chained|chain|chains) (her|him|them) (to|up) & (${A_CHILD}|foster|birth (dad|mum|mom|father|mother|parents))`,
      `(locked|shut|kept|put) (me|us|him|her)? ?(in|inside) (the|a) (coal shed|shed|cupboard|closet|cellar|basement|garage|attic|boot|kennel|dog kennel|cage|bathroom) & (${ME_AS_CHILD}|grew up|my childhood)`,
      `(told|called|caled) (me )?(i was|me) ~ (thick|useless|worthless|stupid|nothing|a mistake|ugly|a burden) ~~ (every day|every single day|al the time|my whole childhood) & (${ME_AS_CHILD}|grew up|my childhood)`,
      `(back|home) ~ with (bruises|marks|a black eye|burns|welts|a split lip|fingermarks) & (${KID}|(the|our|my) kids)`,
      '(bruises|marks) (shaped like|like|in the shape of) (fingers|fingerprints|a hand|hands|handprints|fingertips)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 10: neglect: not fed, left alone in danger, no doctor for an injury, a parent using in front of the kids, a child given drugs or drink.',
    patterns: [
      `(dont|do not|didnt|never|wont) (get|got) fed & ${ME_AS_CHILD}`,
      '(hides|hiding|steals|stealing|takes|eats) (bread|food|everyones leftovers|leftovers) & (never|nothing) (anything |any food )?(to eat|at home|in the house)',
      `(left|leaves|leave|leaving) (our|my|her|his|their|a|the) (# month old|# year old|#yo|baby|toddler|newborn|kid|kids|son|daughter|little one|children) ~ (strapped in|alone|home alone|in the car) ~~ (for|al) (hours|two hours|three hours|# hours|the night|night|day|al day|al night)`,
      `(dont|do not|doesnt|wont|didnt) (believe in|take (me|us) to|let (me|us) (se|go to)) (a |the )?(doctors|doctor|hospital|dentist|gp) & (swolen|black|infected|broken|pain|bleeding|fever|hurts|puss|pus) & ${ME_AS_CHILD}`,
      '(mum|mom|mam|dad|mums|moms|dads|parents|mother|father) ~~ (needles|syringes|nodding off|out of it|pased out|always asleep|using) & (get my (sister|sisters|brother|brothers|siblings) (ready|to school|dressed|fed)|(changing|change|changed) (my )?(sister|brother|the baby)?s? ?(nappies|nappy|diapers|diaper))',
      `(gives|gave|makes|made) (me|us|her|him) (her|his|their)? ?({pills}|sleeping pils|vodka|alcohol|weed|drugs) ~~ (so|while|when) & ${A_CHILD}`,
      `(giving|gives|gave|buys|bought) me (vodka|alcohol|drink|drinks|booze|beer|cider|weed|drugs|pills|vapes) & ${ME_AS_CHILD} & (him|his|he|man|adult|friend|van|car)`,
      '(filthy|dirty|soaked|soiled|ful|stinking) (nappy|nappies|diaper|diapers) & (always|alone|al day|never changed|out in the)',
      `(tel|tels|told|telling) (her|him|me) nobody (wants|loves|wanted|loved) (her|him|me) & ${A_CHILD}`,
      `(not alowed|not allowed|never alowed|cant|wont let (me|us)) (to )?eat (at the table|with (them|us|the family|everyone)|dinner with) & ${ME_AS_CHILD}`,
      `(makes|made|tels|told) (me|us) (to )?lie to (the )?(social worker|social workers|teacher|teachers|police|doctor|nurse|school|hospital)`,
      `if i (tel|say|told|said) & ((theyl|they wil|theyd|they would|social services wil|theyre going to|they are going to) take (me|us) away|(il|i wil|id|we wil|wel) (go|be sent|be put|get put|end up) (to|in|into) (a home|care|foster care)|take (me|us) into care) & ${ME_AS_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 10: grooming and sexual abuse told by a child or an adult noticing: a secret game, sitting on a lap, clothes off, "more grown up than other girls", sold.',
    patterns: [
      `(makes|made|wants|wanted|asks|asked|tels|told|gets) (me|us|her|him) ~~ sit on (him|her|his lap|her lap|his knee|her knee) & (${ME_AS_CHILD}|${KID})`,
      `sit on (him|her|his lap|her lap|his knee|her knee) ~~ (nobodys home|no ones home|nobody is home|no one is home|when (were|we are|im|i am) alone|when mum|when mom) & ${ME_AS_CHILD}`,
      `(not alowed|not allowed|mustnt|must not|cant|not supposed|never alowed) to tel & (game|games|secret|what (he|she|they) does|what happens|at night) & ${ME_AS_CHILD}`,
      `(not alowed|not allowed|mustnt|cant|not supposed) to tel & (it hurts|hurts when|bleed*|sore) & ${ME_AS_CHILD}`,
      '(babysitter|nanny|childminder|au pair|stepbrother) ~ (made|makes|make) (me|us) ~ (take|strip|undress|film*|touch*)',
      `(says|said|tels|told|keeps saying) (me )?(im|i am|i was|im so|im more|i look) ~ (grown up|mature|older) (than|for) ~ (girls|boys|kids|age) & ${ME_AS_CHILD}`,
      `((share|keep|keeping|shared) (a|our|the) (special )?secret|(a|our) (special )?secret (to keep|between us|just between)) & (${ME_AS_CHILD}|${KID}) & ({carer}|pastor|priest|youth (pastor|leader|worker)|leader|choir|scout*|teacher|coach|uncle|god wanted|stepdad|mums boyfriend|moms boyfriend|he|him)`,
      `(under|inside|up) (her|his|my) (nightie|nightdress|pyjamas|pajamas|pjs|knickers|pants|underwear|skirt) & (${KID}|${ME_AS_CHILD}|secret|year #|class)`,
      `((sold|traded|pimped|lent|gave) (me|her|him|us)|(was|were|got|been) (sold|traded|pimped|lent|given)) (to|for) ~ (dealer|a man|men|his mates|a night|money|drugs) & (${A_CHILD}|${TEEN_PAST})`,
      `(sends|sent|buys|bought|gives|gave) (her|him|me) (gift cards|money|presents|robux|vbucks|v bucks|credit|a phone) & (online|game|app|video cal|meet|alone|just (her|him)|secret) & ${KID}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 11: grooming and abuse of a child told without the words: an adult who comes in when I shower, a secret more special than mum\'s, a lift from the end of the road not to be told, sweets for looking, marks explained as falls, bruises I am not allowed to explain, meals only at school.',
    unless: ['(birthday|christmas|surprise|present for (mum|mom|dad|daddy|mummy)|party|gift for)'],
    patterns: [
      `({parent}|stepdad|stepbrother|uncle|grandpa|grandad|{carer}|mums boyfriend|moms boyfriend|he|she) ~ (comes|came|walks|walked|barges|bursts) in (when|while|whenever) (i|im|i am|i was|she|shes|he|hes) ~ (shower*|in the shower|in the bath|bath|changing|geting changed|geting dresed|undresed|naked) & ${A_CHILD}`,
      `(picking|pick|picks|collect*) (me|her|him|u|you) up ~~ & (not to tel|dont tel|do not tel|without telling|cant tel) ~ (mum|mom|dad|my (mum|mom|dad|parents)|your (mum|mom|dad|parents)|anyone|parents) & ${A_CHILD}`,
      `(our|a|the|its our|its a|their|his|her) secret ~~ (special|more special|just (for|between) us|dont tel|not to tel|cant tel|mustnt tel) & (grandpa|grandad|uncle|stepdad|coach|teacher|tutor|{carer}|daddy|man|neighbour|neighbor|his friend) & ${A_CHILD}`,
      `(gives|gave|give|buys|bought) (her|him|me|them) (sweets|candy|money|presents|toys|treats|chocolate) (if|when|for) (she|he|i|they) (shows|showed|show|lets|let|touches|touched|sits on)`,
      `(uncles|grandpas|grandads|dads|stepdads|his|mans|neighbours|neighbors|coachs) (willy|penis|thing|privates) (goes|gets|went|got) (big|hard)`,
      `(the )?bruises (are|were) from (dad|mum|mom|my (dad|mum|mom|stepdad|stepmum|stepmom)|him|her) & (not alowed to (say|tel)|if anyone asks|say (i|it) (fel|was))`,
      `(came|comes|come) (back|home) ~~ with (a mark|marks|a bruise|bruises|a cut|a black eye) ~~ (said|says|told me) (he|she|they) (fel|slipped|tripped|walked into) & (few times|again|always|every time|keeps)`,
      `(only|just) (eat|get fed|have food|get to eat|eats) at (school|nursery|breakfast club|the club) & ${A_CHILD}`,
      `(leave|leaves|left|leaving) (me|us) and my ~~ alone for (days|nights|the weekend|a week|weeks)`,
      `(drive|drove|drives|driving) me home alone and (stop|stopped|park|parked|pul over|pulled over) & ${A_CHILD}`,
      `(told me|said|says|tels me) (we were|we are|im|i was|i am) (so )?special & (couldnt tel|cant tel|not tel|dont tel|secret|never tel|just us) & ${A_CHILD}`,
      `(told me|said|says|tels me) (we were|we are|im|i was|i am) (so )?special & (couldnt tel|cant tel|not tel|dont tel|secret|never tel|just us) & ${TEEN_WITH_ADULT}`,
      `(man|guy|boy|someone|person|he) (i met|from) (online|the game|a game|discord|roblox|snapchat|insta|tiktok) ~~ (is at|at the|waiting|wants me to (come|meet)|come meet|meet him) & ${A_CHILD}`,
      `(send|sent|sending|asks for|asked for|wants) ((him|me|her|them) )?(a )?(pic|pics|photo|photos|picture|pictures|video) (in|of) (my|your|ur|her) (school )?(uniform|pyjamas|pjs|underwear|bra|knickers|bikini|swimsuit)`,
      `(mature for (your|ur|my|her|his) age|not like the (kids|girls|boys) (at|in) (your|ur|my|her|his) (school|class)|(your|ur) parents (dont|wont|wouldnt) (get|understand) (you|u) like (i|me) (do)?)`,
      `(dont|do not|never) tel (your|ur) (parents|mum|mom|dad) ~~ & (add (me|him)|whatsapp|snap|snapchat|discord|meet|pic|pics|photo|secret|delete|cool)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 11: a child\'s fear shown, not told: stiff when an adult comes near, terrified of bath time, an adult\'s messages deleted, a 9-month-old smacked to learn, dinner withheld as punishment.',
    patterns: [
      `(went|goes|go|going|gets|got) (stiff|rigid|silent|really quiet|white|pale) (when|whenever|if) (his|her|my|the) ({parent}|uncle|stepdad|grandpa|grandad|coach|teacher|neighbour|neighbor|babysitter) (went|goes|came|comes|gets|got|walked|walks) (near|close|in)`,
      `(terified|terrified|scared|afraid) of (bath time|bathtime|the bath|bedtime|going to (his|her|their|dads|mums|moms|grandpas) (house|place|room)) & (locked|lock|cries|cried|screams|door|since)`,
      `(not|isnt|wont be|wasnt) (feeding|fed|giving (him|her|them) (dinner|food|tea)) (him|her|them)? ~~ (until|til|till|unless) (he|she|they) (says|say|said|apologi*|learns|behave*)`,
      `(no|without) (dinner|tea|food|supper) (for|until|til|unless) ~~ & ${KID}`,
      `(had to|have to|needed to) (slap|smack|hit|shake) (him|her|them) ~~ (wouldnt stop crying|wont stop crying|kept crying|to learn|needs to learn|# (months|month|weeks))`,
      `(fine|ok|okay|alright) on their own & ([1-6] and [1-7]|(they are|theyre|kids are|aged) ([1-6]|two|three|four|five|six) $|([1-6]|two|three|four|five|six) (year|yr|years) old|toddler|baby)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 11 (run-ons): tickling that does not stop behind a locked door, a teacher "in a relationship" with a pupil, private lessons at his house with no parents.',
    patterns: [
      '(tickl*|wrestl*) ~~ (even when|when|while|after) (she|he|they) (screams|scream|screamed|says|said|yels|begs|begged|cries|cried) (stop|no) & (locks the door|locked the door|lock the door|door locked|stepdad|uncle|grandpa|grandad|{carer}|mums boyfriend|moms boyfriend)',
      `(teacher|coach|tutor|{carer}|youth (leader|worker|pastor)|instructor) ~ (has been|is|was|s been) (sleeping with|having sex with|dating|seeing|in a relationship with|going out with) (him|her|me|my (son|daughter|brother|sister|kid)) & ${A_CHILD}`,
      `(private (lessons|sessions|coaching|tutoring)|one on one|extra (sessions|lessons|training)|sleepover) ~~ (at his (house|place|flat)|no parents|without (her|his|their|my) parents|just the two of (them|us)) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 11 (run-ons): a small child says a parent does not wake up.',
    patterns: [`(mummy|mommy|mum|mom|daddy|dad|mama|papa) (doesnt|dont|wont|didnt|does not|would not|wouldnt) wake up & ${A_CHILD}`],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 13: a baby shaken, a child shut in the dark or left locked in alone, made to eat off the floor, small children filthy and starving while a parent sleeps or uses, a child given gifts and asked to his room, a childhood of being left and going hungry.',
    // Sheltering from a storm is no punishment: "we put the kids in the cellar during the tornado warning".
    unlessNear: ['(storm|tornado|hurricane|air raid|shelter|siren|sirens|bomb|bombs)'],
    patterns: [
      `(shakes|shook|shaking|shaken) (our|my|the|her|his|their) (baby|${CHILD_AGE}|toddler|newborn|son|daughter|little one|boy|girl|# (year|month|yr) old|#yo)`,
      `(shut|shuts|locked|locks|put|puts) (him|her|them|my (son|daughter|boy|girl)|the (kids|children)) in (a |the )?(dark )?(room|cupboard|closet|cellar|shed|bathroom|basement|garage) ~~ & (naughty|punish*|scared|wet (himself|herself)|crying|screaming|${A_CHILD})`,
      `(${KID}|child|she|he|they) ~ (is |are |was |were |gets |get |being )?(always |often |regularly )?left (locked )?(inside |in the (house|flat|room|car) )?(al )?alone & ${A_CHILD} & (screaming|banging|crying|locked|hours|nights|days|no food)`,
      `(eat|eats|eating|ate) (his|her|their|the) (dinner|food|tea|meals?) (off|of|from) the floor & ${A_CHILD}`,
      '(same nappy|same nappies|nappy rash) & (sleeps al day|using again|drunk|high|wasted|passed out|no food|nothing to eat|left alone|on (their|his|her) own|starving|hungry)',
      `(same clothes for days|always starving|always hungry|came back (filthy|hungry|starving)) & (sleeps al day|using again|drunk|high|wasted|passed out|no food|nothing to eat|left alone|on (their|his|her) own) & ${A_CHILD}`,
      `(giving|gives|gave|buys|buying|bought) (her|him) (free )?(airtime|credit|data|phone credit|gifts|presents|a phone|money|sweets|vapes) ~~ & (come to his|his (room|house|flat|place|car)|after school|alone|dont tel|secret) & ${A_CHILD}`,
      `(left|leaving) (me|us) (on (my|our) own|alone|by (myself|ourselves)) for days & (${CHILDHOOD}|i was (only |about |like )?${CHILD_AGE}|cereal|no food|went hungry)`,
      `(mums|moms|mams) (boyfriend|boyfriends|fella|partner) (used to )?(hit|beat|batter|belt|slap|punch) (me|us)`,
      `(my )?(mam|mammy|ma|da|mum|mom|mother|father|dad) (used to )?(batter|leather|belt|thrash|wallop) (us|me) ~~ (til|till|until|with)`,
      '(cousin|uncle|brother|stepbrother|grandad|grandpa) ~ (started|used to|would) (come|coming) (into|in) (the|my) (bathroom|bedroom|room|bath|shower) (when|while) i ~~ & (# |was (only |about )?#|it went on|years|never told|never said)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 14: old words for childhood sexual abuse (interfered with, did things to me); children left to fend for themselves, wandering the street in nappies at night, strapped in a pushchair all day; cold baths and a poker; a sex offender babysitting.',
    patterns: [
      `(interfered|interfering|interferes|interfere) with (me|us|her|him|them|my (son|daughter|kids|children|brother|sister|grandson|granddaughter)) & ${A_CHILD}`,
      `(did|does|doing|would do) things to (me|us|her|him) (in|at|when|behind|after) & (${A_CHILD}|vestry|sunday school|at school|choir|scouts)`,
      `(left|leaves|leaving|having) to fend for (themselves|himself|herself) & (${A_CHILD}|kids|children|baby|toddler|son|daughter|grandkids|grandchildren|grandson|granddaughter|little ones)`,
      '(baby|toddler|toddlers|kids|children|little ones|# year old|# yr old) ~~ (out|wandering|walking|playing|alone) (in |on |down |around |along |up )?the (street|streets|road|roads|estate|main road) ~~ (at (midnight|night|# in the morning|# am)|in (their |his |her )?(nappies|nappy|diapers|diaper))',
      '(strapped|left|kept|leaves|leaving) (him|her|them)? ?in (the|his|her|a|their) (pushchair|buggy|pram|highchair|high chair|car seat|cot|playpen) (al day|for days|al night|day and night)',
      '(put|puts|putting) (us|me) in (cold|freezing|ice cold|icy|scalding|boiling) (baths|bath|showers|shower|water) & (as kids|as children|when (i|we) (was|were) (little|smal|kids|children|young|#)|growing up|used to|our (dad|father|mum|mother|stepdad|stepmum|parents))',
      '(beat|beats|beating|hit|hits|hiting|thrashed|whipped|belted) (us|me) with (a|the|his|her) (poker|belt|stick|cane|slipper|shoe|wooden spoon|hose|cable|buckle|bat|strap|ruler) & (as kids|as children|when (i|we) (was|were) (little|smal|kids|children|young|#)|growing up|our (dad|father|mum|mother|stepdad|stepmum|parents))',
      '(sex offenders? register|registered sex offender|sex offender|on the register for) & (babysit*|looking after|look after|alone with|staying with|sleepover|minding|childminding|moved in with)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 14: a child who will not go near one adult and has started wetting the bed again; a hungry child out late with marks on the arms.',
    patterns: [
      '(wets|wetting|started wetting|wet) the bed (again)? & (wont|doesnt want to|refuses to|scared to|screams when|cries when) (sit on|go near|be left with|go to|stay with|be alone with|see) (his|him|her|uncle|grandad|my|her mums|his mums)',
      '(no coat|no shoes|dirty clothes|same (dirty )?clothes|thin as a rake|skin and bone|always out late|out til late|out till late) & (marks|bruises|burns|welts) on (his|her|their) (arms|legs|face|back|neck)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 16: pictures of children found that are not okay; a little one left in yesterday\'s nappy.',
    patterns: [
      '(pictures|photos|images|videos|pics|vids|folder|folders|files) of (kids|children|litle girls|litle boys|young girls|young boys|minors|underage *|teenage girls|teen girls|schoolgirls) ~~ (not ok|not okay|arent ok|arent okay|wrong|inapropriate|shouldnt|naked|indecent|sexual|disgusting|sick)',
      '(still|left|siting|sat|lying) in (yesterdays|last nights|the same|a soaking|a sodden) (nappy|nappies|diaper|diapers)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 17, drink and drugs: a child left to cope while the adult is drunk, high or passed out; driven drunk; made to watch drugs used or given them.',
    unlessNear: [
      '(film|show|series|episode|book|novel|character|game|when i was drunk at a party|sleepover|camping|festival|insulin|diabetic|diabetes|knitting|sewing|vaccine|epipen|epi pen)',
      // Round 24: the baby with family for the evening ("we left the baby with my mum while we went to the pub").
      '(with|at) (my|his|her|our|their) (mum|mom|mam|nan|nana|gran|grandma|granny|grandparents|parents|in laws|inlaws|sister|brother|aunt|auntie|aunty|babysitter|nany|childminder) (while|whilst|and|for|so|when)',
    ],
    patterns: [
      `${OUT_OF_IT} ~~ (. )?~~ ${LEFT_TO_COPE} & ${A_CHILD}`,
      `${LEFT_TO_COPE} ~~ (because|cos|cause|as|while|when) ~~ ${OUT_OF_IT} & ${A_CHILD}`,
      `(drives|drove|driving|drive|driven|takes|took) (them|the (kids|children|baby|boys|girls)|(my|our|his|her) ~ (kids|children|son|daughter|baby|toddler|boys|girls|${CHILD_AGE} (year|yr) old|${CHILD_AGE}yo)) ~~ (drunk|stil drunk|high|stoned|over the limit|wasted|smashed|after (drinking|a bottle|a few|using))`,
      `(drunk|stil drunk|high|stoned|over the limit|wasted) ~ (drives|drove|driving|behind the wheel) ~~ (with )?(them|the (kids|children|baby)|(my|our|his|her) ~ (kids|children|son|daughter|baby|toddler))`,
      `${USING_DRUGS} ~~ ${A_CHILD_PRESENT}`,
      '(let|lets|leting|made|makes) (the|our|my|his|her) ~ (kids|children|son|daughter|baby|boys|girls) (se|watch) (him|her|them) (inject|use|shoot up|snort|smoke crack|take drugs|get high|do lines)',
      `(gave|gives|giving|give|gets|got) (our|my|his|her|the|a) (${CHILD_AGE} (year|yr) old|${CHILD_AGE}yo|toddler|baby|(little|young) (one|boy|girl|son|daughter)) ~ (beer|beers|vodka|cider|wine|whisky|a joint|joints|weed|a spliff|drugs|shots|alcohol|lines|a line|pils)`,
      '(whisky|whiskey|brandy|rum|gin|vodka|alcohol|calpol and gin) (on|in|into|rubbed on) (his|her|their|the babys) (gums|bottle|milk|formula)',
      `(goes|went|gone|going|leaves|left) (out )?(to score|to get (gear|drugs|high|wasted|a fix)|to the (pub|bookies|casino)) & (${KID}|baby|toddler) & (doesnt come back|didnt come back|for (hours|days|# days|the night|the weekend)|al night|overnight|alone|on (their|his|her) own|drinking (buddies|mates)|using (buddies|mates))`,
      `(mummy|mommy|mum|mom|mama|daddy|dad|papa)s? (is |s )?(sleeping|asleep|lying|passed out|colapsed) on the (floor|bathroom floor|kitchen floor) & ${A_CHILD}`,
      `(left|leaves|leaving) with (his|her|their|my|our) ~ (drinking|using|drug|junkie) (buddies|mates|friends|pals) & ${A_CHILD}`,
      `(hungry|no food|nothing to eat|starving|no dinner) ~~ (because|cos|cause|as|while) ~~ (spends|spent|spend|spending) (the|al the|al|our|his|her) (money|benefits|wages) on (drink|drugs|booze|gear|(her|his) medicine|bets|betting|gambling|the machines|scratch cards|the bookies)`,
      `(found|finds|finding) (his|her|their) ~ (dads|mums|moms|fathers|mothers|parents|stepdads|stepmums)? ?(needles|syringes|gear|crack pipe|stash|works) & ${A_CHILD}`,
      `(hide|hid|hiding|used to hide) ~~ when ~ ({parent}) ~ (came|got|comes|gets|come|get|would come) (home|back|in) & (what was coming|what would hapen|what hed do|what shed do|from the pub)`,
      `(take|took|takes|taking) it out on (me|us) ~ with (whatever|anything|the nearest|his belt|her belt|a belt) & ${ME_AS_CHILD}`,
      `(being |was |were )?left (alone|on my own|by myself|on our own) ~~ (at|aged|when i was) ${CHILD_AGE}`,
      `(cant|doesnt|dont|couldnt|cannot) remember (the rest|anything|what hapened|most of the night) & (gave (her|him|me) (drinks|a drink|shots|something|pils)|spiked|drink was spiked) & ${A_CHILD}`,
      `(dealing|selling drugs|runing drugs|county lines|carying (drugs|gear|packages)) (for|to) ~~ (his|her) ~ (dads|mums|uncles|brothers|mates|older *) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 17, drink and drugs: a parent who drinks or uses while the children are in their care; the bot asks.',
    patterns: [
      '(drinks|drinking|gets drunk|got drunk|uses|using|gets high|got high) (when|while|whenever) (he|she|they) (has|have|had|is looking after|looks after|minds|is minding) (the|our|my) ~ (kids|children|baby|son|daughter|boys|girls)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 17, new parents: a baby hurt by a carer seen on camera, an injury nobody will explain, a crying baby threatened.',
    patterns: [
      `(caught|saw|seen|watched|filmed) (her|him|them|the (nany|childminder|babysitter|au pair)|(my|our) (partner|husband|wife|mum|mother in law)) ~~ (pinching|hitting|slapping|shaking|smacking|yanking|throwing|forcing (a|the) (bottle|food|dummy)|covering (his|her) (mouth|face)) & (baby|toddler|newborn|little one|${KID})`,
      `(showing|showed|shows|show) (our|my|his|her|the|a) ~ (${CHILD_AGE} (year|yr) old|${CHILD_AGE}yo|little|young|kid|child|cousin|niece|nephew) ~ (things|stuf|videos|pictures|porn|vids|images) ~~ (phone|laptop|ipad|tablet|computer) & (bad|not ok|wrong|sexual|porn|naked|shouldnt|inapropriate)`,
      `(baby|toddler|kids|children|little ones|${INFANT}) ~~ (crying|screaming) (for hours|al night|al day|for ages) & (goes out|went out|out al night|nobody comes|no one comes|alone|on (their|its|his|her) own|left)`,
      `left (my|our|the|her|his) ~ (baby|toddler|kids|${INFANT}|${CHILD_AGE} (month|year|yr) old|# month old) in the car ~~ (while i|to) ~ (ran|run|nipped|popped|went|go) & (boiling|hot|heat|# (min|mins|minutes|hours))`,
      `(pushed|shoved|threw|grabbed|smacked|hit|slapped|yanked) (her|him|my (toddler|baby|son|daughter)) ~~ (so hard|too hard) ~~ (she|he) (fel|hit|banged|flew) & (toddler|baby|${KID})`,
      `(burn|burns|bruise|bruises|bruising|fracture|broken (arm|leg|rib|ribs)|marks|bite mark|bite marks) (on|to) (his|her|their|the babys|my babys) (foot|feet|leg|legs|arm|arms|face|back|bottom|head|ribs|tummy|chest|neck|ear|ears|hand|hands) & (cant explain|cannot explain|no explanation|neither of us can explain|doesnt know how|dont know how|no idea how|wont say how|wont tel me how|angry when i ask|gets defensive|wont let me take (him|her) to)`,
      '(shut (it|her|him|the baby) up|make (it|her|him|the baby) stop) (or|before) (i|il|i wil|he|hel|she|shel|il do it|i do it)',
      '(pilow|cushion|blanket|hand) (over|near|on) (her|his|the babys) (face|mouth|cot|crib) & (crying|cries|screaming|wont stop|shut|quiet)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 17, new parents: thoughts or a voice about harming the baby; the bot asks, and never assumes the worst of the parent.',
    patterns: [
      '(flashes|thoughts|images|pictures in my head|visions|a voice|voices|urges) ~~ (of |about |telling me to |to )?(dropping|drop|hurting|hurt|harming|harm|drowning|drown|smothering|smother|shaking|shake|throwing|throw|get rid of|getting rid of) (her|him|them|the baby|my baby|my son|my daughter)',
      '(hearing|hear|heard) (a )?(voice|voices) & (get rid of|hurt|harm|kil|drown|smother|drop) (her|him|the baby|my baby|it)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 18, short messages: a child and an adult with the ages given ("im 14 hes 26", "my 14yo is talking to a 30yo"), a child made to do adult things, a grown-up who visits or comes into a child\'s bed, a hand put on his lap, a teacher or coach who asks for secrets.',
    unlessNear: ['(surprise|party|present|presents|gift|birthday|christmas|santa)'],
    patterns: [
      `(im|i am|am|shes|she is|my (daughter|son|sis|sister|bro|brother|niece|nephew) is) ${CHILD_AGE} (and |n |but )?(hes|he is|shes|she is|hes like|shes like) (1[8-9]|[2-9][0-9])`,
      `${CHILD_AGE} ?(yo|year old|years old) ~~ (talking to|chatting (to|with)|messaging|texting|dating|seeing|meeting) (a|an|this) (1[8-9]|[2-9][0-9]) ?(yo|year old|years old)`,
      `(im|i am|am) ${CHILD_AGE} ~~ (he|she|they) (wants|want|keeps asking for|asked for|asks for) (pics|pictures|photos|nudes)`,
      `(makes|made|making|forces|forced) (her|him|them|me|us|${KID}) (to )?do (adult|grown up|grownup) (stuf|things) & ${A_CHILD}`,
      `(makes|made|making|forces|forced) (me|us) (to )?do (sexual|private|nasty) (stuf|things) & ${ME_AS_CHILD}`,
      `(visits|visited|comes to|came to|gets in|gets into|got into|climbs into|comes in|came in|comes into|keeps coming into) (her|his|my|their) (bed|room|bedroom) ~ (at night|when|after) & (${HOME_ADULT}|his dad|her dad|their dad|his mum|her mum|uncle|moms bf|mums bf|moms boyfriend|mums boyfriend) & ${A_CHILD}`,
      `put (her|his|their|my) hand (on|in) his (lap|crotch|privates|pants|trousers) & ${A_CHILD}`,
      `((my|our|his|her|their|the) )?(teacher|coach|tutor|youth leader|scout leader|priest|pastor|imam|instructor|youth worker|pe teacher) ~~ (asked|asks|told|tels|wants) (me|him|her|them) (to )?(keep|not tel|not to tel|not (to )?mention) ~ (secrets|secret|it from|anyone|us|mum|dad|our parents|his parents|her parents) & (${A_CHILD}|me)`,
      `(corner|cornered|corners|coner*) me ~~ (kis|kised|kising|touch|touched|touching|grope|groped) & ${ME_AS_CHILD}`,
      `(did|do|doing) (things|stuf) (to me )?(that )?(i )?(didnt|did not|couldnt) understand & ${ME_AS_CHILD}`,
      `(cig|cigarete|cigarette|ciggy) (burns|burn marks) & (${A_CHILD}|boy|girl|in my class|at school|classmate)`,
      `(arranging|arranged|planing|forcing|seting up|fixed) (her|his|my|their) (mariage|wedding|engagement) ~~ (to|with) (a|an|some) (man|older man|guy|stranger|woman) & ${A_CHILD}`,
      `(mariage|wedding|engagement) (is being|being|is|was|has ben) (arranged|planed|fixed|set up) ~~ (to|with) (a|an|some) ~ (man|guy|stranger|woman) & ${A_CHILD}`,
      `(burns|burn|bruises|marks|injuries) ~ (nobody|no one|noone|nobodys) (explains|explained|wil explain|can explain|has explained)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 18: a teacher or coach who keeps messaging a child privately; not about practice or homework. The bot asks.',
    unlessNear: ['(practice|training|match|game|homework|lesson|lessons|schedule|session|class|kit|times|timetable|rota|fixture*|grades|exam*|assignment*|cancel*)'],
    patterns: ['(my|our|his|her) (teacher|coach|tutor|youth leader|instructor) (keeps|has been|is) (dming|messaging|texting|snapchatting|dm) (me|him|her) $'],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 18: children left to feed themselves, a child nobody feeds, a child always bruised or hurt after visits, screaming and thuds next door, a parent who throws things at us, made to sleep in the garage, left in a car all day or outside a pub, sent to school hungry, a teacher who keeps messaging, a stranger offering a child a ride. The bot asks.',
    unlessNear: [
      '(football|rugby|hockey|footy|soccer|trampoline|climbing|bike|scooter|skate*|playground|fel of|fell of|tripped|clumsy|camping|sleepover|a tent|holiday)',
      // A child who won't eat, children at play: "he won't eat breakfast", "they're playing a game".
      '(wont eat|refuses to eat|picky|fusy|skips breakfast|playing|a game|games)',
    ],
    patterns: [
      `({parent}|mum|mom|dad) (drinks $|drinks (al day|every day|too much|a lot|constantly)|is drunk|is always drunk|is high|is never home|sleeps al day|is always out) ~~ (we|i) (feed|fed|cook for|look after) (ourselves|myself|my (little )?(brother|sister|sis|bro|siblings))`,
      `(nobody|no one|noone|{parent}|mum|mom|dad) (doesnt|dont|never|wont|isnt|feeds|fed) ~ (feed|feeding|fed)? ?(my|the|her|his|their|my cousins) ~ (${KID}|sis|bro|sister|brother)`,
      `(${KID}|kid|kids) (next door|in my class|at school|down the road|upstairs|downstairs) ~~ (always|constantly|covered in|keeps (having|turning up with)|has|had) ~ (bruised|bruises|bruising|burns|marks|black eyes|a black eye|welts)`,
      `(bruises|marks|burns|bruising) (after|every time (he|she) comes back from|when (he|she) comes back from) ~ (weekends|weekend|visits|contact|staying|a weekend) (at|with) (his|her|their) (dads|mums|fathers|mothers|dad|mum)`,
      `(${KID}|kid|kids|child) (next door|upstairs|downstairs|in the next flat) ~~ (screaming|crying|sobbing|wailing) & (thuds|thud|smacks|slaps|hitting|bruises|get of (him|her|me))`,
      `({parent}|mum|mom|dad) (screams|yels|shouts) (and|n) (throws|chucks|hurls) (things|stuf|plates|stuff) at (us|me|my (brother|sister|sis|bro))`,
      `({parent}|mum|mom|dad|stepmom|stepmum) (makes|made|forces|forced) (me|us|my ~ (sis|bro|sister|brother)|her|him|them) ~ sleep (in the|on the|outside) ?(garage|shed|car|porch|yard|garden|bathroom floor|dog bed|kennel)?`,
      `left (my|the|her|his|our|their) ~ (${KID}|brother|sister|bro|sis|kids|children) in (the )?car (al day|for hours|al night|al afternoon|outside the (pub|bar|club|casino|bookies))`,
      `(kids|children|${KID}) (are |were )?left in the car (outside|at) (the )?(pub|bar|club|casino|bookies|betting shop)`,
      `(wearing|wears|wore|in) long sleeves (in|during|even in) (summer|the heat|hot weather|july|august|a heatwave) & (${KID}|boy|girl|teenage|teen|son|daughter) & (screaming|yeling|shouting|thuds|hit|bruise*|marks|strict)`,
      `(comes|goes|turns up|arrives|sent|sends (him|her|them)) (to|at) school (hungry|filthy|dirty|with no (food|lunch|coat)|in the same clothes)`,
      `offered (my|our|the|a) ~ (${KID}|kid|girl|boy|daughter|son) ~ (a ride|a lift|sweets|lolies|candy|chocolate) & (a man|some man|strange man|a guy|some guy|stranger|a bloke|not from here|dont know him|didnt know him|parks near)`,
      `offered (her|him|them) ~ (a ride|a lift|sweets|lolies|candy|chocolate) & (a man|some man|strange man|a guy|some guy|stranger|a bloke|not from here|dont know him|didnt know him|parks near) & ${A_CHILD}`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'An adult who messages a child and asks for secrecy, or gives gifts kept secret ("the youth worker keeps DMing him telling him not to tell me they talk"). Not a surprise for a birthday.',
    unlessNear: ['(surprise|present for (me|mum|mom|dad|the parents|his (mum|mom|dad)|her (mum|mom|dad))|birthday|party|mothers day|fathers day|christmas|for the parents)'],
    patterns: [
      `({carer}|youth worker|leader|club leader|scout leader|adult|grown man|older man|older guy|older woman) ~~ (dm|dms|dming|dmed|messag*|texts|texting|texted|snapchat*|snaps|whatsapp*) ~~ (him|her|them|my (${KID}|kid|kids|child|son|daughter)) ~~ (not to tel|dont tel|keep it (a )?secret|secret|delete)`,
      `(gives|gave|buys|bought|sends|sent) (him|her|them|my (${KID}|kid|son|daughter)) (gifts|presents|money|sweets|things|stuff|vapes|phone credit) ~~ (secret|not to tel|dont tel|between them|between us) & ({carer}|leader|coach|teacher|tutor|adult|man|neighbour|neighbor|uncle|family friend)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child left with no adult: out at midnight with no coat, a baby crying for hours with nobody home ("neighbour\'s kids are out in the stairwell till midnight, no coats, and I never see an adult").',
    patterns: [
      `(kids|children|little (boy|girl|one|ones)|${KID}) ~~ (out|outside|alone|on (their|his|her) own|left) ~~ (til midnight|until midnight|after midnight|al night|for hours|since yesterday|for days) & (no adult|no one (home|there|comes|has ben)|nobody (home|there|comes|has ben)|never see (an adult|a grown up|anyone come)|no coats|no coat|unsupervised|on (their|his|her) own)`,
      `(no one|nobody|noone) (has |s )?(ben|been|was|is) (home|in|there)( next door| upstairs| downstairs| in that flat| over there)? (since|for) ~ (yesterday|days|# days|last night|the weekend) & (baby|toddler|kids|children|${KID}|crying)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Heard through the wall: a child screamed at, then thuds ("I hear his mum screaming at him and then thuds, most nights").',
    unlessNear: ['(telly|tv|game|football|match|dropped|fell over|furniture|moving)'],
    patterns: [`(hear|heard|hearing|can hear) ~~ (screaming|shouting|yeling) at (him|her|them|the (kid|kids|boy|girl|child|lad|lass)) ~~ (thuds|thud|banging|bangs|slaps|smacks|crash|thumps)`],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child\'s injury that does not match the story told ("a child with a burn that doesn\'t match what mum says").',
    hyperbole: true,
    patterns: [`(burn|burns|bruise|bruises|injury|injuries|fracture|fractures|marks|broken arm|broken leg) ~~ (doesnt|dont|didnt|does not|do not|did not) (match|fit|add up|line up) ~~ (story|what|explanation|says|said|told) & (${KID}|kid|kids|child|children|son|daughter|boy|girl|baby|toddler|pupil|patient|foster)`],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child made to sleep in a garage or a shed ("the last family made him sleep in the garage"). Not camping out.',
    unlessNear: ['(camp*|tent|sleepover|fort|adventure|treat|lol|haha|fun|wanted to|asked to|begged to)'],
    patterns: [
      `(made|makes|make|forced|forces) (him|her|them|my (${KID}|kid|son|daughter)|the (kids|children|boy|girl)) (to )?(sleep|live|stay) (in|on) (the|a) (garage|shed|car|cellar|basement|balcony|yard|kennel|dog bed|cupboard|porch)`,
      // "me" only as a child: "he makes me sleep in the car" from a grown-up is a partner's punishment.
      `(made|makes|make|forced|forces) me (to )?(sleep|live|stay) (in|on) (the|a) (garage|shed|car|cellar|basement|balcony|yard|kennel|dog bed|cupboard|porch) & ((im|i am|i was) (1[0-5]|[5-9]) |when i was|as a kid|growing up|{parent})`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A lodger, a mother\'s boyfriend or another grown man who is not a parent going into a child\'s room at night, whatever the excuse, or a young girl dropped off by older men ("the lodger keeps going into my 11 yo\'s room at night").',
    patterns: [
      `(lodger|tenant|houseguest|house guest|family friend|mums boyfriend|moms boyfriend|grown man|a man) ~~ (goes|going|went|comes|coming|came|sneaks|sneaking|snuck|creeps|creeping|crept|keeps going|keeps coming) (into|in to|in) ~ (my|her|his|the) ~ (${KID}|kid|kids|daughter|son|girls|boys|yo|year olds|sister|brother|sis|bro|stepdaughter|stepson|niece|nephew)s? (room|bedroom|bed) ~~ (at night|night|when (im|i am|we are|were) asleep|late)`,
      `(girl|boy|kid|teen|lad|lass) (of )?(about |around |maybe )?(1[0-7]|#) ~~ (dropped of|picked up|collected|driven|taken) (by|in) ~ (older|grown|diferent|different) (men|man|guys|blokes)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'A grown-up who showered with the children ("a counsellor showered with the boys and it was a secret game"): the bot asks. Communal showers after a match are not it.',
    unlessNear: ['(at the same time|communal|same time|changing rooms|team showers)'],
    patterns: [`({carer}|counsel*|leader|instructor|coach|priest|pastor|man|adult|teacher|volunteer) ~~ (showered|showers|showering|bathed|naked|undressed) with (the|my|his|her|some) (boys|girls|kids|children|son|daughter)`],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A parent who made a child watch them hurt someone ("my dad made me watch while he beat my mother"): told later in life too.',
    unlessNear: ['(film|movie|match|fight on tv|boxing|wrestling|ufc|mma|game|documentary|news)'],
    patterns: ['({parent}|dad|daddy|mum|mom|mam|father|mother|stepdad|stepmum|stepmom) ~~ (made|makes|forced|forces|would make) (me|us|my (brother|sister|brothers|sisters)) (to )?watch (while|as|when|him|her|them) ~~ ({hit}|hurt*|rape*|raping|kil*|drown*|tortur*|strangl*|stab*)'],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'A parent telling a child they wished the child had never been born, or had died: the bot asks ("my mum used to say she wished I\'d never been born").',
    patterns: [
      '({parent}|dad|daddy|mum|mom|mam|father|mother|stepdad|stepmum|stepmom) ~~ (said|says|say|saying|told me|tels me|would tel me|screamed|shouted|yeled) ~~ (she|he|they) (wished|wishes|wish) (i|id) (had )?(never (been born|existed|had me)|died|was dead|were dead)',
      '({parent}|dad|daddy|mum|mom|mam|father|mother|stepdad|stepmum|stepmom) ~~ (said|says|say|saying|told me|tels me|screamed|shouted|yeled) ~~ (i was|im) (a mistake|an acident|the worst thing that ever happened|why (she|he|they) (drank|drinks|was unhappy))',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'A child gagged to keep quiet ("the babysitter put tape over my toddler\'s mouth"): not a craft or a plaster on a cut.',
    unlessNear: ['(craft|crafts|plaster|bandage|lip balm|mouth guard|costume|game|pretend|for a photo|halloween|lol|haha)'],
    patterns: [
      `(put|puts|putting|stuck|sticks|taped|tapes|taping|gagged|gags) (tape|duct tape|gaffer tape|sellotape|masking tape|a sock|a cloth|a gag|something)? ?(over|on|across|in|around) (my|the|his|her|their|our) (${KID}|kid|kids|child|children|son|daughter|baby|toddler|toddlers|little ones|boy|girl|sons|daughters)s? (mouth|mouths)`,
      `(gagged|gags|gaging) (my|the|his|her|their|our) (${KID}|kid|kids|child|children|son|daughter|baby|toddler|boy|girl)`,
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 21, told by the adult who did it: a small child lifted or yanked by one limb, a child shut in a room with no food ("Grabbed our toddler by one arm and held him off the ground", "I lock him in his room with no tea").',
    unlessNear: ['(giggl*|laugh*|playing|play|game|fun|aeroplane|airplane|wheelbarow|swing|swings|tickl*|rough and tumble|he loves it|she loves it|they love it)', HELD_FROM_DANGER],
    patterns: [
      '(grabed|swung|lifted|held|yanked|draged|pulled|picked) (up )?(our|my|the|his|her) {child} (up )?(by|off the ground by) (one|his|her|the|their) (arm|arms|wrist|leg|legs|neck|hair|ear|ears)',
      '(lock|locks|locked|locking|shut|shuts) (him|her|them|{child}) in (his|her|their|the|a) (room|bedroom|cupboard|shed|garage|closet|wardrobe) ~~ (no|without) (tea|dinner|food|supper|lunch|breakfast|meal|meals|water)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 21: children left alone all weekend or all night ("Left my 6 and 3 year old home alone all weekend"); not teenagers old enough to be.',
    unlessNear: ['(1[3-9]|teen|teens|teenage*|teenager*|old enough|grown up|grown ups|adults|uni|university)'],
    patterns: ['({child}|baby) ~~ (home alone|left alone|alone) al (weekend|night|day|wek)'],
  },
  {
    category: 'child_abuse',
    level: 'high',
    note: 'Round 22: the belt taken to the children, a child made to sleep on the floor as punishment, a parent who "used to" hit told years later, a grown man taking a young teen to his flat.',
    patterns: [
      '{parent} ~~ (take|took|takes|taking|tok) the belt to (us|me|him|her|them|the kids|my (brother|sister))',
      '(shed|hed|she would|he would|she wd|he wd|used to) (take|tok) the belt to (us|me|the kids|my (brother|sister))',
      '(makes|made|make|making) (my|the|our|his|her) (# year old|# yr old|#yo|{child}) sleep (on the|in the) (flor|kitchen flor|shed|garden|garage|car|bath|halway|cupboard|porch|landing)',
      '{parent} (used to|would|wd) ~~ (punch|hit|beat|kick|slap|belt|thrash|batter|strangle|choke) (me|us)',
      '(1[8-9]|[2-6]#) (year old|yr old|yo) (lad|man|guy|bloke|boy) & (shes|hes|she is|he is|theyre|they are) (only |just )?(1[0-5]|[5-9]) ($|year|yr|yo|years|and) & (flat|car|house|vapes|drink|alcohol|buying|gifts|taking her|taking him|picks her up|picks him up)',
    ],
  },
  {
    category: 'child_abuse',
    level: 'possible',
    note: 'Round 22: children without food in the house, a doctor refused, a trusted adult\'s "sleepovers" remembered: ask.',
    patterns: [
      '(never|never any|theres never|there is never) food (in )?(for|in the house for) (the|my|our) ({child})',
      '(wont|refuses to|doesnt|never) take (them|him|her|the kids|my {child}) to the (gp|doctor|doctors|hospital|dentist)',
      '{carer} ~~ (take|took|tok|invite|invited|have|had) (me|us|just me|me and) ~~ (slepovers|slep overs|stay over|stay the night) & (when (i|we) (was|were)|used to|aged|at #|# year old)',
    ],
  },
];
