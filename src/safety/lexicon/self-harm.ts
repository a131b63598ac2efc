/**
 * Lexicon rules for `self_harm`. Self-harm without suicidal intent: cutting, burning, hitting oneself, relapses and urges.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** "Myself" in every spelling, including Caribbean and Scots forms ("miself", "masel"). */
const ME = '({selfref}|miself|maself|mahself|masel|mysel)';
/** Body parts people hurt on purpose. */
const BODY =
  '(arms|arm|forearm|forearms|wrists|wrist|legs|leg|thighs|thigh|skin|stomach|belly|tummy|hips|hip|body|ribs|chest|shoulders|shoulder|ankles|ankle|calves|calf)';
/** Words for self-harm itself, including shorthand and censored spellings ("sh", "s/h", "c*tting"). */
const SH = '(sh|s h|self harm|selfharm|self harming|self injury|cuting|c ting|cut ng)';
/** Marks a wound leaves: "until it bleeds / blisters / welts / breaks the skin". */
const WOUND =
  '(bleed|bleeds|bled|bleeding|blister|blisters|blistered|welt|welts|welted|bruise|bruises|bruised|bruising|raw|splits|split|scar|scars|scarred|break the skin|breaks the skin|broke the skin|breaking the skin|burns|burned|burnt)';
/** Self-inflicted injuries named as things ("my cuts", "the burns"). */
const INJURIES = '(cuts|scars|burns|wounds|sh|s h|self harm|fresh cuts|sh scars|cut marks|burn marks)';
/** Everyday reasons skin gets hurt, which make the wound patterns harmless. */
const ACCIDENTAL =
  '(shav*|cooking|chopping|slicing|kitchen|on the (oven|stove|hob|kettle|pan|iron|grill)|out of the oven|baking|bbq|barbecue|ironing|sunburn*|sunbath*|clumsy|accidentally|accident (at|in|with|when|on)|oops|rose|roses|bush|thorn*|branch|cat|cats|dog|dogs|kitten|puppy|garden*|fence|nail|eczema|itch*|rash|hives|mosquito*|bug bite*|psoriasis|allerg*|chickenpox|chicken pox|shoes|boots|heels|guitar|hike|hiking|running|marathon|gym|training|climbing|surgery|operation|tattoo|piercing|acne|stretch marks|c section|birthmark|fell of|fell over|tripped)';
/** Things a person burns or marks their own skin with. */
const HOT_TOOL =
  '(lighter|lighters|cigarette|cigarettes|cig|cigs|ciggie|ciggies|matches|match|hot spoon|hot knife|hot iron|an iron|the iron|hot metal|hot coin|hot wax|boiling water|candle|hair straighteners|straighteners|curling iron|ice|bleach|rubber band|hair tie|elastic band)';

/** Sharp or hot things a person marks their own skin with, named in figures ("another entry with the compass"). */
const SHARP = '(compass|razor|blade|blades|pin|safety pin|needle|scissors|glass|sharpener|knife|lighter)';

/** Cutting something out of a diet, a budget or a life ("cutting carbs", "cutting contact"), not skin. */
const EVERYDAY_CUTTING =
  'cuting (out |back on |down on |back |down |of )?(the )?(carbs|sugar|gluten|dairy|meat|alcohol|booze|caffeine|coffee|calories|snacks|class|classes|corners|costs|hair|hours|ties|contact|grass|lawn|wood|paper|fabric|onions|coupons|my losses|the cord|him|her|them|people|back|down|out)';

/** Every `self_harm` rule the screen applies. */
export const SELF_HARM_RULES: readonly LexiconRule[] = [
  {
    category: 'self_harm',
    level: 'high',
    note: 'Cutting, burning, punching or hurting oneself on purpose.',
    // A short list on purpose: every word here silences the whole rule, even in a long message
    // that also discloses self-harm. "I could slap myself" is an idiom for regret, not an injury.
    unless: [
      '(shav*|cooking|chopping|slicing|kitchen|so clumsy|im clumsy|by accident|accidentally|oops|rose|bush|thorn*|branch|the cat|my cat|the dog|my dog|kitten|puppy|garden*|fence|nail|eczema|itchy|rash|mosquito*|psoriasis|on the (oven|stove|iron|kettle|pan))',
      '(could|should|wana|want to|wanted to|felt like) ~ (slap|punch|smack|kick) {selfref}',
      'bit my (tongue|lip)',
      // Asked and said no: "my therapist asked if I have thoughts of hurting myself and I said no".
      '(asked|asks|ask|asking) (me )?(if|whether) ~~ (hurting|harming|hurt|harm|cuting|cut) {selfref} & (i )?(said|say|told (her|him|them)) no $',
      '(asked|asks|ask|asking) (me )?(if|whether) ~~ (hurting|harming|hurt|harm|cuting|cut) {selfref} & (i )?(said|say|told (her|him|them)) no (honestly|truthfuly|and (i )?meant it|and its true)',
      // Long behind me: "I used to self harm as a teenager but that's twenty years behind me now".
      '(used to|as a teen*|when i was (a teen*|younger|at school|a kid)|in my teens) ~~ & (behind me|years (clean|free)|long (time )?ago now|(#|ten|fifteen|twenty|thirty) years ago|havent (done it|self harmed|cut) (since|in (years|a long time|decades)))',
      // Burnout: "burning myself out at work".
      `(burn|burning|burned|burnt|burns) ${ME} out`,
      EVERYDAY_CUTTING,
    ],
    patterns: [
      `(cut|cuting|cuts|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hiting|starve|starving|harm|harming|hurt|hurting|bruise|bruising|scald*) (${ME}|my ${BODY})`,
      // Blows someone else could give ("she punched my arm") count only on "myself" or after "I".
      `(punch|punching|punched|punches|slap|slaping|slaped|slaps|smack|smacking|smacked|bite|biting|bit|stab|stabing|stabed) ${ME}`,
      // Beating myself with something, often as a parent once did: "I beat myself with a belt when I make a mistake".
      `(beat|beats|beating|whip|whips|whipping|whiped|lash|lashing|hit|hits|hiting|strike|striking) ${ME} (with|using) (a |the |my |his |her )?(belt|stick|hairbrush|cable|cord|shoe|slipper|ruler|wire|hanger|coat hanger|spoon|wooden spoon|rope|chain)`,
      // Not a blow to something soft that tired the arms: "I punched a cushion until my arms ached".
      `i ~ (punch|punched|slap|slaped|smack|smacked|bite|bit|stab|stabed|claw|clawed) (at |into |hard at |hard into |down on |down into |on |myself in |myself on |myself across |myself over )?my ${BODY}`,
      'self (harm|harms|harming|harmed|injury|injuring|injure|injures|mutilation|mutilates)',
      'selfharm*',
      '(cutting|cut) again',
      '(been|started|start|keep|stop|stoped|urge to|urges to|back to) cuting',
      `(relapse|relapsed|relapsing|urge|urges|clean from|clean of|days clean|months clean|weeks clean) ~ ${SH}`,
      '(sh|s h|self harm) (again|urges|urge|scars|cravings|thoughts|relapse|streak)',
      '(telling|tels|told|tell|keeps telling|keep telling) me to (hurt|cut|harm|burn|punish) {selfref}',
      '(bang|banging|bangs|hit|hiting|slam|slaming) my head (on|against|into) (the|a) (wal|floor|door|desk|tiles|mirror|sink)',
      '(punch*|hit*|bang*|cut*|burn*|bleed*|hurt*|scratch*) ~ on purpose',
      '(🔪|🩸|🗡) & (again|tonight|want|wana|cut|urge|{selfref}|relapse*|arm|wrist|skin|need)',
      'want to cut $',
      '(carve*|carving|etch*|scratch*|slice*|slicing) ~ (into )?my (arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach|hip|hips)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Punishing myself, when the message also says how.',
    patterns: ['punish* {selfref} & (hit*|cut*|burn*|bang*|punch*|blade|razor|bleed*|bruise*|scratch*|starv*|physical*|nails|bite|biting|lighter|wall)'],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Punishing myself, unsaid how: the bot asks (but "punishing myself with guilt" is remorse).',
    unless: [
      'punish* {selfref} ~ (with|by feeling|through|in my head with) ~ (guilt|shame|regret*|overthinking|thoughts|memories|replaying)',
      'punish* {selfref} (for|over|about) (the affair|cheating|lying|what i did|hurting (him|her|them)|my mistakes|everything|it|that|this)',
    ],
    patterns: ['punish* {selfref}'],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Knife and blood emoji together, without words.',
    patterns: ['(🔪 🩸|🩸 🔪|🔪 🔪|🩸 🩸)'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Someone else hurting themselves.',
    victim: 'other',
    unless: [EVERYDAY_CUTTING],
    // Near the match only (round 15): an accident told elsewhere in the message ("cut herself on the glass last week") must not hide "she's been cutting again".
    unlessNear: ['cut* (himself|herself|themselves|themself) (shaving|cooking|chopping|slicing|on (the|a|some) (glass|knife|tin|can|paper|mandoline|grater|saw|chisel|fence|nail))'],
    patterns: [
      '(cut|cuts|cuting|harm|harms|harming|hurt|hurts|hurting|burn|burns|burning|scratches|starving|starves|starve) (himself|herself|themselves|themself)',
      '(has been|is|s|been|keeps|started) (self harming|cuting)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Someone else injuring their own body ("my friend scratches her arms raw", "my brother cut his wrists").',
    victim: 'other',
    // A wrist caught on something is an accident: "she sliced her wrist on a tin can".
    unlessNear: [ACCIDENTAL, '(wrist|wrists) (open )?on (a|an|the|some|broken|a broken) (broken )?(glas|tin|can|window|jar|lid|plate|mug|wire|metal|sheet|edge|blade of the)'],
    patterns: [
      // Wrists cut or slit need no more said: "my brother cut his wrists", "she slit her wrists last night".
      '(she|shes|he|hes|they|theyre|{relation}|{partner}|{parent}|{child}|mate|pal|buddy|flatmate|housemate) ~ (cut|cuts|slit|slits|slashed|slashes|sliced|slices|opened) (her|his|their) (own )?(wrist|wrists)',
      // "my friend scratches her arms raw", "she's been burning her arms with cigarettes"
      `(she|shes|he|hes|they|theyre|{relation}|{partner}) ~ (cut*|burn*|scratch*|carv*|bit|bites|biting|punch*|pick*|claw*) (her|his|their) (own )?${BODY} & (raw|bleed*|bled|${HOT_TOOL}|blade|razor|on purpose|again|scars|hide|hiding|hides|secret|been|keeps|started|conceal*|sleeves|anxious|upset|stressed|whenever|every time|showed me|shows me|(not|isnt) (about )?(dying|suicid*)|when (her|his|their|she|he|they) ~ (ignore*|fight*|argue*|shout*|yel*|leave*|left|dump*|broke up))`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Self-harm described through relapse, wounds, or pain sought to feel something.',
    unless: [
      // Shaving excuses a cut only as its cause ("nicked myself shaving"), not a razor taken from a shaving kit.
      '(cooking|kitchen|gardening|garden|paper cut|surgery|tattoo|piercing|flowers|fresh cut (flowers|grass))',
      '((cut|cuts|nick|nicks|nicked) ~~ (while|when|from) shaving|shaving (cut|cuts|nick|nicks|rash|my (legs|face|head)))',
      '(dog|cat|puppy|kitten|hamster|parrot|horse|baby|toddler) ~ (bit|bites|biting|scratched|scratches)',
    ],
    patterns: [
      '(relapse*|slipped|slip up|slipped up) & (blade|razor|cut|cuts|cutting|sh|s h|scars|burn|burning|burned|lighter|wrist|wrists|arms|thighs|self harm)',
      '(punch*|hit*|bang*) ~ (wall|walls|door|doors) ~ (until|til|till|so) ~ (bleed|bleeds|bled|bruise|bruises|break|broke|hurts|feel something|feel it)',
      '(so|just to|to) (that )?i (can )?feel something & (hurt|cut|punch|burn|bleed|pain|bite|scratch|hit|pressed|press|held|hold)',
      '(bite|biting|bit|bites|pinch|pinching) (myself|my (arm|arms|hand|hands|wrist|lip|skin)) ~~ (until|til|till|bleed|bruise|bruises|hurts|on purpose|punish)',
      '(fresh|new|deep|open) (cuts|wounds|burns)',
      'cuts (on|all over) my (arms|thighs|legs|wrists|stomach|hips|arm|thigh|leg|wrist|body)',
      'my (arms|thighs|legs|wrists|stomach|hips|skin) (are|is) ~ (covered in|full of) ~ (cuts|scars|burns)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Hurting my skin until it leaves a mark: scratching, biting, rubbing, snapping, hitting until it bleeds, blisters or bruises.',
    // Someone else holding the hot thing to me is abuse, which other rules name ("dad's been pressing the iron on my arm").
    unlessNear: [ACCIDENTAL],
    unless: ['{perp} ~ (hit|hits|punched|scratched|bit|bites|pinched|kicked) (me|my)', `(dads|mums|moms|stepdads|{parent}|{perp}) (has |ben |keps |kept |was |is |always |has ben |wil )?(press*|put|puts|puting|hold|holds|holding|held|touch*|stub*|burn*) ~~ ${HOT_TOOL}`],
    patterns: [
      `(scratch*|pick*|bite|biting|bit|bites|claw*|dig|digs|digging|dug|rub|rubs|rubbing|rubbed|scrub*|snap*|press*|hold|holds|holding|held|hit|hits|hiting|punch*|bang*|slam*|pinch*|tear*|tore|pull*|burn*) ~~ (until|til|till|hard enough to|enough to|so hard (it|they|that)) ~ ${WOUND}`,
      `(scratch*|pick*|claw*|scrub*) (at )?(my|her|his|their) ${BODY} raw`,
      // "pressed a hot spoon into my thigh", "I hold ice on my skin", "burn my forearm with a lighter"
      `(press*|put|puts|puting|hold|holds|holding|held|touch*|lay|laid|stub*) ~~ ${HOT_TOOL} ~~ (on|onto|into|against|to) my ${BODY}`,
      `(burn*|scald*|mark*|scrub*|rub*|snap*) ~ (${ME}|my ${BODY}) ~ with (a |the |my |some )?${HOT_TOOL}`,
      `(scrub*|rub*|wash*|pour*) ~ my ${BODY} ~ (with|in) (bleach|acid|drain cleaner|boiling water|salt)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Blades used on myself, skin picked to bleeding, pain sought to stop feeling.',
    patterns: [
      '(using|used|use|take|took|taking) (a|the|my) (razor|blade|lighter|knife|scissors|compass) (on|to) (myself|my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|skin|stomach|hips|hip|body))',
      '(picking|pick|pulling|scratching) (at )?my (skin|scabs|arms|face|lips) ~~ (until|til|till) ~ (bleed|bleeds|bled|raw|marks)',
      '(want|need|wana|have) to (feel|cause) (physical )?pain (so i|to not|so i dont|instead)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Third round: making myself bleed, tools used on wrists, urges after time clean.',
    patterns: [
      '(make|making|made|makes) myself (bleed|bruise)',
      '(using|used|use|take|took|taking) (a|the|my) (razor|blade|lighter|knife|scissors|compass|pencil sharpener|sharpener) ~ (on|to|against) (myself|my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|skin|stomach|hips|hip|body))',
      '(without|no) (sh|s h|self harm|cutting) & (urges|urge|tempt*|want to|close to|relapse*)',
      '(weeks|days|months|years) (without|no|free of|clean from|clean of) (sh|s h|self harm|cutting)',
      // A clean streak counted: "I haven't cut in 40 days", "not burned myself for two weeks".
      `(havent|have not|hasnt|not|didnt) (cut|cuted|burned|burnt|self harmed|sh|hurt ${ME}|cut ${ME}|burned ${ME}) (in|for) (#|a|one|two|thre|four|five|six|ten|a few|a couple of) ~ (days|weeks|months|years|day|week|month|year)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round seven: a cut or burn on myself told with why or how little ("not deep", "I just needed to feel it"), even with a kitchen knife.',
    unless: ['(cooking|chopping|slicing (the|an|a|some)|dinner|onion*|vegetables|bread|by acident|accidentaly|oops|clumsy|shaving)'],
    patterns: [
      `(cut|cuted|cuting|burn|burned|burnt|burning|sliced|scratched|stabed) (${ME}|my ${BODY}) & ((i )?(just )?(needed|need|wanted|want|had) to feel (it|something|pain|the pain|anything|real|alive)|not (deep|that deep|to deep)|on purpose|to punish|as punishment)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round seven: arms cut up badly enough for stitches; blades found hidden in a child\'s or partner\'s things (a pencil case, a drawer).',
    unlessNear: [ACCIDENTAL],
    unless: ['(craft*|art class|art project|stanley|box cutter|carpet|dt class|design and technology)'],
    patterns: [
      `(cut|cuted|sliced|slashed|carved|scratched|torn|tore) up my ${BODY}`,
      `(cut|cuts|cuted|cuting|wound|wounds|sliced) ~~ (need|needs|needed|might need|should get|should have had) (stitches|steri strips|glue|butterfly stitches|stiches) & (on purpose|again|${ME}|hide|hiding|(dont|do not|wont|cant) (want to )?go|nobody|no one|sleeves|relapse*|this time)`,
      '(found|find|finding|discovered|keep finding) (blades|razor blades|razors|a blade|a razor|sharpener blades|a sharpener blade) (in|under|hidden in|taped (to|under)|inside) (her|his|their) ~ (pencil case|room|drawer|bag|wallet|purse|pillow|mattress|phone case|sock|socks|bra|makeup bag|tampon box|desk|school bag|schoolbag|wardrobe|bathroom)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Nails dug into skin until it bleeds.',
    patterns: ['(dig|digging|dug|press*|claw*) (my )?(nails|fingernails) (into|in) my (arms|arm|skin|wrists|legs|thighs|hands|stomach) & (until|til|bleed|marks|hurts|punish|on purpose)'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Slamming or hitting my own hand or head on purpose.',
    patterns: ['(slam*|smash*|crush*|bang*|hit*|punch*|burn*|cut*) my (hand|hands|fingers|head|arm|arms|fist|wrist|leg) ~~ on purpose'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Self-harm named in shorthand or censored ("sh\'d again", "s/h", "c*tting"), relapse after a clean streak.',
    patterns: [
      '(c ting|cut ng|c t ng|s lf h rm|s lf harm|self h rm)',
      '(shd|sh d|s hd|s h d) (again|last night|tonight|today|yesterday) $',
      '(shd|sh d|s hd|s h d) (again|last night|tonight|today|yesterday) (after|tho|though|but|only|bc|because|when|and)',
      `(relapse*|broke|broken|lost|ruined|ended|reset|restarted) ~~ (streak|clean|days|weeks|months) & (sh|s h|self harm|selfharm|self harming|self injury|cuting)`,
      `(because of|bc of|bc|cuz of|cos of|coz of|due to|from) (my )?(sh|s h|self harm|selfharm)`,
      `(c t|cut|cuted|cuting) ${ME} again`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Hiding or being found out about self-harm injuries ("my bf found my cuts", "how do you hide cuts on your wrists"); not a chef\'s hands covered in little burns (round 15).',
    unlessNear: [ACCIDENTAL, '(chef|chefs|cook|baker|butcher|welder) ~~ (hands|fingers) (are |were )?(covered|ful) (in|of)'],
    patterns: [
      `(hide|hiding|hid|hides|cover|covering|covered|covers|conceal*) ~~ (my|the|your|her|his|these|those|old|fresh|new)? ?${INJURIES}`,
      `(found|saw|seen|sees|noticed|notices|spotted|asked about|asks about|asking about|knows about|found out about|discovered|finds) (my|the) ${INJURIES}`,
      `(found|saw|seen|sees|noticed|notices|spotted|asked about|asks about|asking about) (the )?(marks|cuts|scars|burns) on my ${BODY}`,
      '(found|finding|finds|find|saw|seen|took|takes|taking|threw out|throws out) (my|the) (blades|razor blades|sh kit|stash of blades)',
      `(hide|hiding|hid|cover|covering) ~~ my (arms|wrists|legs|thighs) & ${SH}`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Injuries owned as self-inflicted ("the bruises on my legs are from me", "I gave myself these burns").',
    patterns: [
      '(bruises|bruise|cuts|burns|marks|scars|scratches|wounds|welts) ~~ (are|were|is|was|came) (from|by) (me|myself|me doing it)',
      '(bruises|cuts|burns|marks|scars|scratches|wounds|welts) (that )?i (gave|did|made|do|give) (myself|to myself|on myself)',
      '(gave|give|giving) {selfref} ~ (bruises|cuts|burns|a bruise|a black eye|marks|scars|welts|a burn)',
      '(cuts|burns|bruises|injuries|marks|scars|welts) (are|were|is|was) self inflicted',
      'self inflicted (cuts|burns|bruises|injur*|marks|scars|welts)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Cutting described as small or controlled ("just cut a bit", "only a little tho").',
    patterns: [
      'i ~ (cut|cuted|burned|burnt|scratched) (a bit|a litle|a litle bit|only a bit|only a litle|just a bit|just a litle|lightly|not deep|not that deep|not to deep|only surface|just surface|a few times) $',
      'i ~ (cut|cuted|burned|burnt) (a bit|a litle|only a litle|just a bit|lightly|not deep|not that deep|not to deep) (tho|though|but|again|this time|last night|today|tonight|yesterday|nothing)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Keeping tools for self-harm ready ("a razor blade in my wallet for bad days").',
    unless: ['(shav*|self defen*|box cutter|stanley|craft*|hobby|at work|for work|carpet|cardboard)'],
    patterns: [
      '(keep|keeps|keeping|kept|carry|carries|carrying|carried|hide|hides|hiding|hid|stash*|hoard*|save|saving) ~ (razor|razors|blade|blades|razor blade|razor blades|sharpener blade|sharpener blades) & (bad days|in case|for when|wallet|purse|bra|sock|socks|phone case|under my (bed|pilow|mattress)|in my (room|bag|drawer|desk|pencil case)|secret|nobody knows|just need|need it)',
    ],
  },
  {
    category: 'self_harm',
    level: 'imminent',
    note: 'A blade or lighter in hand, about to be used now.',
    unless: ['(cake|bread|cooking|vegetables|onion*|chop*|slic*|kitchen|dinner|box|tape|string|package|parcel|rope|paper|fabric|hair|tag|ribbon|wrapping|shav*|candle|birthday|lol|😂|ties|him of|her of|them of)'],
    patterns: [
      '(blade|blades|razor|razor blade|knife|lighter|scissors|glass|shard) (in (my )?hand|in my hands|ready|on my (arm|wrist|skin|thigh|leg)|against my (arm|wrist|skin|thigh|leg)) & (cut|cuting|burn|gona|going to|about to|now|rn|right now|tonight|sh|s h|cant stop|need to)',
      `(holding|got|have|grabbed|took out|getting|get) (the|a|my) (blade|blades|razor|razors|razor blade|lighter) & (about to|gona|going to|right now|rn|tonight) & (cut|burn|sh|s h|${ME}|again)`,
      `(about to|bout to|abt to) (cut|burn|sh|s h) (${ME}|again|my ${BODY})`,
      `(about to|bout to|abt to|gona|going to) (cut|burn) $ & (blade|razor|lighter|knife)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Meaning to cut or burn soon ("thinking about cutting tonight").',
    patterns: ['(thinking about|thinking of|want to|wana|gona|going to|tempted to|might|planing to|plan to) (cut|cuting|burn|burning|sh|s h) (tonight|again|rn|today|later|after)'],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Covering arms or legs so no one sees them: the bot asks (unless it is about looks, tattoos or skin conditions).',
    unless: ['(fat|flaby|hairy|tatoo*|skinny|thin|eczema|psoriasis|sunburn*|acne|birthmark|stretch marks|self conscious about (my )?(weight|size))'],
    patterns: [
      `(long sleeves|hoodie|hoodies|jumper|jumpers|sweater|sweaters|bracelets|wristbands|cardigan) ~~ (so|to|because|bc|cos|cuz|in case) ~~ (no one|noone|nobody|he|she|they|people|{partner}) ~~ (sees|see|notices|notice|asks|ask|can see|finds|find) ~ (my )?(arms|wrists|thighs|legs|cuts|scars|marks)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Vague urges and pulls towards self-harm ("itching for the blade", "wanting to feel pain on purpose", "doing stuff to myself").',
    hyperbole: true,
    unless: ['(shav*|tattoo|piercing|gym|workout|massage|spicy)'],
    patterns: [
      '(itching|itch|craving|crave|craves|miss|missing|long|longing|yearning|reaching|reach) (for )?(the|my|a) (blade|blades|razor|razors|lighter)',
      '(want|wanting|wanted|need|needing|crave|craving|urge to|urges to|tempted to) ~ (feel|cause|inflict) (physical )?pain ~ (on purpose|again)',
      `(doing|did|do|done|started doing|went back to doing|back to doing) (stuff|things|bad things|the (old|same) (stuff|things)) to ${ME} & (used to|again|as a (teen|teenager|kid)|not going into|(dont|do not) want to (say|talk about|go into)|wont go into|old habits|hide|hiding|scars|marks|sleeves|physical*|hurt*)`,
      `(dig|digging|dug|claw*) ~ (my )?(nails|fingernails) (into|in) my ${BODY}`,
      `(urges|urge|tempted|craving|cravings) (to|for) (cut|burn|sh|s h|self harm|hurt ${ME}) $`,
      `(urges|urge|tempted|craving|cravings) (to|for) (cut|burn|sh|s h|self harm|hurt ${ME}) (again|so|tonight|are|is|rn|right now|bad|realy)`,
      // An old urge returning: "the old urge to cut came back after the hearing".
      `(urges|urge|craving|cravings|itch|pull) (to|for) (cut|burn|sh|s h|self harm|hurt ${ME}) (came|come|comes|coming|crept|creeping|creeps|has come|have come|kicked|kicks|returned|returning|returns|hit|hits|hiting|was|were|got|gets|won|wins|back|started)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Cutting or burning as the way I cope ("the only thing that calms me down is the razor", "is it normal to cut when we fight").',
    unless: ['(hair|grass|lawn|cake|board|costs|budget|edit*|film|onion*|paper|fabric|coupon*|ties|cord|corners|class|carbs|sugar|calories|the line|the call|signal|power|music|engine)'],
    patterns: [
      '(only thing|only way|one thing|thing) (that )?(calms|helps|numbs|works|stops|gets) ~~ (is|are) (the )?(razor|razors|blade|blades|cuting|burning|lighter|hurting {selfref}|cuting {selfref}|pain)',
      '(razor|blade|cuting|burning {selfref}|hurting {selfref}) (is|s) (the )?(only thing|only way|what) (that )?(calms|helps|numbs|works|gets)',
      '(is it normal|is it ok|is it okay|normal|ok|okay|bad) (to|that i|if i) (cut|burn|scratch {selfref}|hurt {selfref}|hit {selfref}) (when|whenever|every time|after|if|because|to cope|to calm)',
      '(i|i only|i stil|i sometimes|i just|i always) (cut|burn) ({selfref} )?(when|whenever|every time|after we|to cope|to calm|to numb|to feel)',
      '(the )?(cuting|self harm|sh|self harming) ~ (again|started again|is back|came back|happened again) & (hid|hide|hiding|sleeves|arms|wrists|thighs|nobody|no one|relapse*|clean|again)',
      'happened again ~~ the (cuting|self harm|sh|burning {selfref})',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Head-banging asked in the general "you" ("does anyone else bang their head on the wall when it gets too much"), not a toddler\'s tantrum.',
    unless: ['({child}|toddlers|babies|tantrum*|teething|the dog|the cat)'],
    patterns: ['(bang|banging|bangs|hit|hiting|slam|slaming) (their|your|ur) (head|heads) (on|against|into) (the|a) (wal|wals|floor|door|desk) & (anyone|anybody|do you|does everyone|is it normal|normal|when (i|im)|me too)'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Formal wording: deliberately injuring or harming myself, or doing it to cope.',
    unlessNear: [ACCIDENTAL],
    patterns: [
      `(deliberately|intentionaly|purposely|purposefuly|knowingly) (injur*|harm*|hurt*|wound*|cut*|burn*|bruis*) ${ME}`,
      `(injur*|harm*|hurt*|wound*|bruis*) ${ME} ~ (on purpose|deliberately|intentionaly|to cope|as a (way|means) (of|to) cop*|when (things|it) get* (bad|too much))`,
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Hints: sleeves kept on in the heat for a reason, a way of coping that leaves marks.',
    unless: ['(fat|flaby|hairy|tatoo*|skinny|thin|eczema|psoriasis|sunburn*|sun cream|skin cancer|acne|birthmark|stretch marks|aircon|air con|office|uniform|dress code|modest*|hijab|religio*|mosquito*|bugs|ticks)'],
    patterns: [
      '(long sleeves|hoodie|hoodies|jumper|jumpers|sweater|sweaters|cardigan|wristbands|bracelets|jeans) ~~ (in|even in|during|when its|at the) (summer|the heat|hot weather|july|august|a heatwave|heatwave|beach|pool) & (reason|hide|hiding|so no one|nobody|no one|noone|why|cover*)',
      '(way|ways|method|methods) (of|to|for) cop* & (leave|leaves|left|leaving) (marks|scars|bruises|a mark|cuts|burns)',
      'cop* ~~ (that|which|they|it) (leave|leaves|left) (marks|scars|bruises|a mark)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Eleventh round: biting or hitting my own arm, banging my wrists or head on something when it gets bad, cutting only where clothes cover, my arms a mess and hidden, a blade kept "just in case".',
    unlessNear: [ACCIDENTAL],
    unless: ['(acident*|by mistake|didnt se|didnt notice|low (door|ceiling|beam)|door frame|cupboard|tripped|slipped)'],
    patterns: [
      `(bite|biting|bit|bites|bang*|hit|hiting|hits|slap*|scratch*|punch*|cut|cuts|cuting|burn*|claw*|pinch*|smack*|thump*|whack*) my own (${BODY}|head|face|jaw|cheek|cheeks|temple|temples)`,
      `(bang|banging|banged|bangs|slam|slaming|slamed|smash*|hit|hiting) my (wrists|wrist|arms|arm|hands|hand|fists|fist|knuckles|legs|thighs|head) (against|on|into|of) (the|a|my) ~ (wal|wals|floor|door|desk|table|tiles|tile|mirror|sink|radiator|counter|worktop|bathtub|bath|steering wheel) & (when|whenever|every time|until|til|till|hard|anxiety|anxious|guilt|angry|panic|overwhelmed|too much|on purpose|punish*|bruise*|bleed*|to feel)`,
      '(cut|burn|scratch) (only )?(where|somewhere|places|spots|bits) ~~ (cover|covers|hide|hides|see|notice|show)',
      `my ${BODY} (are|r|is|look|looks) (a mess|covered|cut up|all cut up|scarred|torn up|wrecked|shredded) & (sleeves|hide|hiding|cover|covering|noticed|notice|nobody|no one|secret|last (few )?(weeks|days|months)|again)`,
      '(blade|razor|razors|blades|razor blade) (in|inside|under|behind|hidden in|kept in|tucked in) my & (just in case|in case|havent used|not used|used it|use it|clean|relapse|fels close|close)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Eleventh round: someone else scratching, biting or hitting themselves with something or until it marks (not a dog with fleas).',
    victim: 'other',
    unlessNear: [ACCIDENTAL],
    unless: ['(fleas|itch*|eczema|rash|chickenpox|chicken pox|mosquito*|bites)'],
    patterns: ['(scratching|scratched|scratch|biting|bites|bit|hitting|hits|hit|punching|punches|punched) (himself|herself|themselves|themself) ~ (with|on purpose|until|til|till|raw|bleed*|again|since|when|whenever)'],
  },
  {
    category: 'self_harm',
    level: 'imminent',
    note: 'Eleventh round: a blade or razor out right now, trying not to use it (not shaving).',
    unlessNear: [ACCIDENTAL],
    patterns: [
      '(got|have|ive got|holding|took|taken|get|got out) (the|a|my) (blade|razor|razor blade|blades|razors) (out|in my hand|next to me|beside me|on my lap|ready|right now|rn)',
      // Holding it and fighting the pull: "holding the blade and it's really hard not to use it".
      '(got|have|ive got|holding|im holding|took out|got out) (the|a|my) (blade|razor|razor blade|blades|razors|lighter) & (hard not to|trying not to|trying so hard not to|not to use|to use it|stop myself|stoping myself|dont know if i can stop|wont use|not going to use|(hasnt|havent|not) used it yet)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round six, through phones and apps: self-harm videos watched before doing it, cuts shared in a server or group chat, new blades bought where no one will see.',
    unlessNear: [ACCIDENTAL],
    unless: ['(editing|edit|edits|youtube channel|my channel|premiere|final cut|capcut|budget|profit|profits|tips|haircut*|hair cut*|pay cut*|price cut*|cuts to|funding)'],
    patterns: [
      '(cutting|cuting|self harm|selfharm|sh|burning) (videos|vids|video|pics|photos|pictures|content|posts|hashtags|tags|acounts|reels|edits) & (before i|then i|after that i|makes me want|make me want|urge*|relapse*|do it|trigger*)',
      '(share|sharing|shared|post|posting|posted|send|sending|sent|show|showing|showed) (our|my|their|each others) (cuts|scars|burns|wounds|fresh cuts) & (server|discord|group|chat|gc|pics|photos|pictures|online|app|acount|acounts|insta|tiktok|snap)',
      '(new|more|fresh|spare|extra) (blades|razor blades|razors|blade|razor) & (hide|hid|hiden|hidden|secret|so (mum|mom|dad|he|she|they|no one|nobody|my {partner}|my (mum|mom|dad|parents)) (wouldnt|doesnt|cant|wont|dont|didnt) (se|find|know|notice)|marks|sleeves|cut|cuts|again|relapse*)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round six: a healing wound or surgical site opened or made to hurt on purpose (stitches, staples, drip sites, scabs).',
    // Not ACCIDENTAL: it excuses a scar by naming surgery or a c-section, which is where these wounds are.
    unless: ['(accidentaly|by acident|by mistake|in my sleep|while (i was )?asleep|itch*|clumsy|oops)', '(nurse|doctor|midwife|gp|surgeon|physio|dressing|dressings|pharmacist) ~~ (said|says|told|asked|checked|removed|took out)'],
    patterns: [
      '(picking|pick|picked|picks|pulling|pulled|pull|ripping|ripped|rip|tearing|tore|tear|opening|opened|reopening|reopened|reopen|scratching|scratched|poking|poked|digging|dug) (at )?(my )?~ (stitches|staples|sutures|scab|scabs|wound|wounds|incision|scar|scars|dressing|drip site|drip sites|cannula site|line site|burns|cuts) ~~ (on purpose|deliberately|til|until|so it|so they|to make)',
      '(picking|pulling|ripping|tearing|opening|reopening|scratching) (at )?(my )?~ (stitches|staples|sutures|scab|scabs|wound|wounds|incision|scar|scars|cuts) (open|out|apart) & (on purpose|deliberately|keep|kept|again|dont know why|cant stop|why)',
      '(reopen*|re open*|ripped open|tore open|cut open|picked open) (my )?~ (stitches|staples|sutures|scar|scars|wound|wounds|incision|cuts) & (again|on purpose|deliberately|cant stop|keep)',
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Round six: pain sought on my own body: pressing bruises to make them hurt more, pinching myself or digging nails in so I do not cry, the "old habit" with razors coming back.',
    unlessNear: [ACCIDENTAL],
    unless: ['{perp} ~ (press*|pinch*|dug|dig*|claw*) ~ (me|my)', '(buy*|bought|order*|shav*|colect*|steal*|stole|losing|lose|lost|sharing|share) ~ (razors|razor|blades|lighters|lighter)', '(massage|physio|stretch*|acupressure|trigger point|foam roll*)'],
    patterns: [
      '(press*|push*|poke*|poking|squeez*|pinch*|hit*|slap*|dig*) & to make (them|it|myself|me) (hurt|sting|ache|bleed|bruise) (more|worse|again)',
      '(press*|push*|poke*|poking|squeez*|pinch*|hit*|slap*|dig*) & to make (them|it|myself|me) (hurt|sting|ache|bleed|bruise) $',
      '(pinch|pinching|pinched|pinches|dig|digging|dug|digs|claw|clawing|clawed) (and (dig|pinch|claw) )?(my )?(nails|fingernails|nail) (in|into) ({selfref}|my (skin|arm|arms|leg|legs|thigh|thighs|wrist|wrists|stomach))',
      // Nails in the palm is also a common habit of nerves: only with a sign it is meant to hurt.
      '(pinch|pinching|pinched|pinches|dig|digging|dug|digs|claw|clawing|clawed) (and (dig|pinch|claw) )?(my )?(nails|fingernails|nail) (in|into) my (hand|hands|palm|palms) & (so i (dont|wont|cant|wouldnt|didnt) (cry|scream|break down|fal apart)|til|until|bleed*|marks|punish*|hurts|to feel)',
      '(pinch|pinching|pinched|pinches) {selfref} ~~ (so i (dont|wont|cant|wouldnt|didnt)|to (stop|not|keep from)|until|til|hard|bruise*|marks|cry|crying|panic*)',
      '(old|bad|usual) (habit|habits) ~~ (razor|razors|blade|blades|cutting|lighter|burning|sharpener|scissors)',
      '(the )?(one|thing) with the (razors|razor|blades|blade|lighter|sharpener)',
    ],
  },
  {
    category: 'self_harm',
    level: 'imminent',
    note: 'Round six: a blade already out or not yet used ("haven\'t cut yet but I\'m about to").',
    unlessNear: [ACCIDENTAL],
    unless: ['(cake|bread|vegetables|onion*|parcel|box|tape|paper|fabric|hair|tag|ribbon|wrapping|grass|hedge|lawn|coupon*)'],
    patterns: [
      '(havent|have not|not) (cut|burned|burnt|hurt {selfref}|done it) yet (but|and) & (about to|going to|gona|wil|want to|urge*|blade|razor|lighter)',
      '(blade|blades|razor|razors|razor blade|lighter) (is |are )?(out|ready|waiting) (on|next to|beside|by|in|and) & (now|rn|tonight|about to|cut|urge*|havent|going to|gona|bath|bathroom)',
    ],
  },
  // Round eight, figurative and quoted: skin written on like a diary, a lighter "talking" to a
  // wrist, arms painted red, a clean streak from the blade broken, marks owned as done with a razor.
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round eight, figurative: skin as a diary or canvas written on with something sharp, a lighter or blade "talking to" my wrist, arms painted red, a streak clean from the blade broken, knuckles split on a wall, marks I did with a razor.',
    unlessNear: [ACCIDENTAL],
    unless: ['(tattoo*|ink|henna|face paint|body paint|costume|halloween|festival|paint brush|paintbrush|pen|marker|biro)'],
    patterns: [
      `my (skin|skins|arms|arm|thighs|wrists|legs) ((is|s|are|re) )?(a|my|like a) (diary|journal|notebook|canvas|page|pages|tally|scoreboard|calendar) & ${SHARP}`,
      `(wrote|write|writing|writes|carve*|etch*|scratch*) ~~ (on|into|in) my ${BODY} ~~ (with|using) (a|the|my) ${SHARP}`,
      `(let|lets|leting) (the|my|a) (lighter|flame|cigarette|blade|razor|compass|knife) (talk|speak|kis|touch|meet|say hello|do the talking) (to|with|on)? ?(my )?${BODY}`,
      `(paint|painting|painted|colour*|color*|turning) my ${BODY} red`,
      '(clean|free|sober|of) (from|of) (the )?(blade|blades|razor|razors|cuting|sh|self harm|lighter|burning) & (broke|broken|slip*|relapse*|again|lost|reset|yesterday|last night|tonight)',
      '(punch*|hit*|bang*|smash*|slam*) (the |a )?(brick )?(wal|wals|door|mirror|window|tree) (until|til) (my )?(knuckles|fist|fists|hand|hands|fingers) & (myself|on purpose|again|every time|anyone knows|to feel|punish*)',
      `i do (it|this|that) to myself & (punch*|hit*|bang*|cut*|burn*|scratch*|knuckles|bruises|marks|blade|razor|lighter)`,
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Round eight, half-said: old habits knocking with the box or blade out again, wanting to feel something sharp, banging my head when stressed.',
    unless: ['(smok*|cig*|vape|vaping|drink*|bottle|text* (him|her|my ex)|my ex|cheese|taste|flavour|flavor|wine|cheddar|sauce)'],
    patterns: [
      'old habit* (are |is )?(knocking|calling|creeping|coming|back|whispering|pulling|itching) & (box|kit|tin|blade*|razor*|sleeves|drawer|arms|skin|lighter)',
      '(want|need|wana|crave|craving|long|ache) (just )?to (fel|feel) (something|anything|the) (sharp|sting|bite of|burn|edge)',
      '(bang|bangs|banging|hit|hitting|smack*) my head ~~ (when|if|whenever) (im|i am|i get|i feel|things get|it gets) (stres*|angry|upset|overwhelmed|mad|frustrated|anxious|to much|bad)',
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Round eight, someone else: banging their head with bruises to show for it, bloody tissues found with a blade after a clean streak.',
    victim: 'other',
    unless: ['({child}|hes #|shes #|toddler|baby|tantrum|# (month|year|yr)s? old|football|rugby|header|concussion|fell|tripped|accident)'],
    patterns: [
      '(bang|bangs|banging|hit|hits|hitting) (his|her|their) head & (bruise*|bump*|forehead|marks|on purpose|when (hes|shes|theyre|he is|she is|he gets|she gets|they get))',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round eight: marks owned as done with a razor or blade (even after telling someone it was the cat), bloody tissues found with a blade.',
    unless: ['(shav*|craft*|haircut|hair|paper|fabric|cardboard|parcel|tape|stencil|lino|carving wood|whittl*)'],
    patterns: [
      `(did|made|done|do) (them|these|those|the marks|the cuts|this|that|it) ~ (with|using) (a|the|my) ${SHARP} & (marks|cuts|scars|${BODY}|sleeves|myself)`,
      '(found|find|finding|spotted) (the |his |her |some )?(blody|bloodied|blood stained|bloodstained|blood soaked) (tisues|tisue|towel|towels|plasters|bandages|sheets|socks|rags|wipes) & (blade|blades|razor|razors|clean|sleeves|cuts)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round eight, regional: "slashing up" (British slang for cutting), scraping or cutting "me arms" with a blade.',
    unlessNear: [ACCIDENTAL],
    unless: ['(prices|price|tyres|tires|budget|costs|rates|sale|wages|funding|the bush|brambles|hedge)'],
    patterns: [
      `(slashing|slash|slashed|slashes) (up|${ME}|me ${BODY}|my ${BODY}) (again|last night|tonight|and|$)`,
      `(scrape|scraping|scraped|scratch*|cut|cuting|slice*|carve*|slash*) (me|my) ${BODY} (with|using) (a|the|my|me) ${SHARP}`,
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round eight, quoted: cuts or burns getting deeper or worse each time.',
    unlessNear: [ACCIDENTAL],
    unless: ['(budget|funding|cuts to|job cuts|pay cuts|spending|the council|government|staff)'],
    patterns: ['(cuts|burns|marks|scratches) (are|were|is|was|getting|got|keep getting) (deeper|worse|bigger|longer) (this time|each time|every time|now|than (before|last time))'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 9: a razor or blade drawn along my skin, or "lines", told in passing.',
    unlessNear: ['(shave|shaving|shaved|beard|stubble|barber|haircut|fade|eyebrow*|legs|leg)'],
    patterns: [
      '(razor|blade|blades) & (just |only )?(a couple of|a few|some|two|three|only|just) (lines|cuts)',
      '(runing|ran|run|runs|draging|draged|drag|drew|drawing|pressed|pressing) (the |a |my )?(razor|blade|compass|scisors|glass|knife) (along|across|over|into|on) my (arm|arms|wrist|wrists|thigh|thighs|skin|stomach|hip|hips)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 10: sleeves kept down so nobody sees the cuts.',
    patterns: ['(sleeves|long sleeves|hoodie|hoodies|jumper|jumpers|bracelets|plasters) ~~ (so|to stop|so that) (she|he|they|no one|nobody|mum|mom|dad|people|anyone|my (nan|mum|mom|dad|gran)) (wont|doesnt|cant|dont|wil not|never|wouldnt) (se|notice|find) (the|my) (cuts|scars|marks|burns)'],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 14: burning the backs of the hands with the kettle when it all gets too much; hair pulled out in chunks.',
    unlessNear: ['(by acident|acidentaly|acident|cooking|baking|making (a )?(tea|cup|brew|coffee)|spilt|spilled|splashed|ironing)'],
    patterns: [
      '(burning|burn|burnt|burned|scalding|scald|scalded) (the backs of )?(my|his|her) (own )?(hands|arms|wrists|legs|skin|fingers|thighs) with (the|a|my) (kettle|iron|lighter|cigarette|cigarettes|hob|match|matches|hot water|curling tongs|straighteners) & (when|because|to|too much|cant cope|notice|punish|feel|again|on purpose)',
      '(pulling|pul|pulled|ripping|rip|ripped|tearing|tore) (out )?(my|his|her) (own )?hair (out )?(in (chunks|clumps|handfuls))',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 17: nails dragged down the face, walls and legs punched on purpose when craving or not coping, how deep to cut.',
    patterns: [
      '(scrape|scraping|scraped|scratch|scratching|scratched|claw|clawing|clawed|dig|digging|dug) (my )?(nails|fingernails) (down|into|across|through) (my )?(face|arms|skin|legs|wrists|chest|neck)',
      'i ~ (punch|punched|punching|hit|hiting|bang|banging) (walls|the wal|my (own )?(legs|thighs|head|face|arms)) & (on purpose|to fel|craving|cant cope|cant take|bruises everywhere|so it hurts|until it hurts)',
      '(how deep|too deep) ~~ (cut|cuts|cutting) & (doing it again|wouldnt stop|bleeding|my (arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin|stomach))',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 18: pulling my hair out until there is a bald patch, punching my own thighs until they bruise, cutting that feels better than crying.',
    patterns: [
      // Not the idiom ("pulling my hair out over this spreadsheet"): a bald patch or a bleeding scalp says it is real.
      '(pul|puling|puled|pull|pulling|pulled|tear|tearing|tore) (out )?(my )?(own )?hair( out)? & (bald patch|bald patches|bald spot|bald spots|scalp (bleeds|bled|bleeding))',
      '(pul|puling|puled|pull|pulling|pulled|tear|tearing|tore) (out )?(my )?(own )?hair( out)? ~~ (bald|bleed|bleeds|bled|patch|patches) $',
      '(punch|punching|punched|hit|hiting|pinch|pinching|scratch|scratching|claw|clawing) my (own )?(thighs|thigh|legs|arms|stomach|belly|head) ~~ (bruise|bruises|bleed|bleeding|so (i|that i) (dont|wont) cry|under the table)',
      'cuting (feels|helps|is) ~ (beter|the only thing|easier|good)',
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Hurting my own body to hold feelings in: pulling out my hair when guilt comes, biting my hand to leave marks so I would not cry. The bot asks.',
    hyperbole: true,
    unless: ['(by acident|acidentaly|eating|crisps|food|extensions|weave|wig|braids|clip ins|grey hairs|gray hairs|split ends)'],
    patterns: [
      '(started|start|keep|kept|been|cant stop|can not stop|have been) (pulling|puling) out my (own )?hair ($|when|whenever|and|til|until|again|in (clumps|chunks|handfuls)|during|because|from|at night|every)',
      '(bit|bite|biting|bites) my (own )?(hand|hands|arm|arms|wrist|wrists|fingers|thumb) ~~ (marks|mark|bleed|bled|blood|bruise*|so i (wouldnt|didnt|wont|dont|couldnt) (cry|scream|feel))',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 26: picking the blade or razor up again ("then I pick up the blade again"); not shaving or a craft knife at work.',
    unless: ['(shave|shaving|legs|beard|stanley|craft|carpet|box cuter|lino|skate|skates|blender|mower)'],
    patterns: ['(pick|picked|picking|reach for|reached for|reaching for|grab|grabbed|grabbing) (up )?(the|my) (blade|razor|blades) (again|back up|once more)'],
  },
];
