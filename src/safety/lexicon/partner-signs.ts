/**
 * Lexicon rules for a partner's violence told through what surrounds it: the marks covered
 * ("concealer that covers the purple ones", "the bruises are from him, not the cupboard"), the
 * story told at A&E, the hole in the door a foot from a head, a threat said softly ("you'll find
 * out what happens"), keys and ID taken, a night in the car for a coffee bought, a dog that hides
 * when he comes home.
 *
 * Round twenty-three's dev file of partner violence said sideways (risk-dev-eggshells) heard 75 of
 * 120 at first contact: the rules waited for "he hits me". Each rule names the thing around the
 * harm and one more sign that it is a person's doing, so a love bite, a fall off a bike, a
 * rollercoaster grip or a couple's shared spreadsheet stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Marks on a body that someone may hide. */
const MARKS = '(bruise|bruises|mark|marks|black eye|fingermarks|finger marks|handprint|hand print|the purple ones|purple ones|yelow ones|the swelling|split lip|fat lip)';

/** Every rule about a partner's violence told through what surrounds it. */
export const PARTNER_SIGN_RULES: readonly LexiconRule[] = [
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Marks said to be from him or her, or hidden so family will not know who did it: "the bruises are from him, not the cupboard", "she\'ll know it\'s him".',
    unless: ['(love bite|lovebite|hickey|hickeys|rugby|footbal|boxing|sparing|martial|judo|karate|mma|training|tackle|paintbal|rolercoaster|tatoo)'],
    patterns: [
      `${MARKS} (are|is|were|was|came) (from|of|because of) (him|her|my {partner}|them) ($|ok|okay|not|and|alright|if)`,
      `(hide|hiding|cover|covering|hid|covered|conceal*) ~~ ${MARKS} ~~ (from|so) ~~ & ((shel|hel|theyl|she wil|he wil|theyl) know (its|it was) (him|her|them)|(its|it was|they were) (from )?(him|her) )`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A door or lid slammed on my body: "my husband slammed the door on my hand".',
    patterns: ['({perp}|he|she|they) ~ (slam*|shut|kicked) (the|a|my|his|her) (door|car door|drawer|window|boot|lid|laptop) (on|onto) (my|me) ~ (hand|hands|fingers|finger|arm|arms|foot|feet|leg|legs|head|wrist)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Make-up bought or worn to cover the bruises: "a concealer that actually covers the purple ones".',
    unless: ['(love bite|lovebite|hickey|tatoo|dark circles|under eye|under my eyes|eye bags|acne|spots|pimples|birthmark|scar from (my|the) (surgery|operation|op)|veins|rosacea|eczema)'],
    patterns: ['(concealer|foundation|make up|makeup|colour corector|color corector) ~~ (covers|cover|hides|hide|covering|hiding) (the )?(purple ones|yelow ones|bruises|bruise|black eye|fingermarks|finger marks|marks on my (neck|arms|face|wrists))'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'The story told at A&E, to work or to family for an injury someone else did: "\'I fell again\' is what I told A&E", "telling work it was rugby".',
    patterns: [
      '(i fel|fel again|fel down the stairs|walked into a door|walked into the door|ran into a door|the cupboard door|clumsy again) ~~ (is what i told|what i told|is what i tel|is what we told|what we told|i told) (a e|the hospital|the doctor|the doctors|the nurse|the nurses|er|the er|work|my boss|my mum|my mom|everyone|the gp|them|people)',
      '(cracked|broken|bruised|fractured) (rib|ribs|jaw|nose|wrist|eye socket|cheekbone) & (battered|beaten|beats|hit|hits|punched|kicked) (by|me) & (teling|told|tel|say|said) (work|my boss|everyone|people|them) (it was|i got it)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A blow that just missed a head: a hole punched in the door a foot from my head, a plate thrown inches from my face.',
    unless: ['(bird|birds|bal|footbal|cricket bal|golf bal|frisbee|drone|wasp|bee|seagul|branch|tree|wind|storm)'],
    patterns: [
      '(punched|punches|smashed|kicked|put|made) (a )?hole (in|through) ~ (wall|door) ~~ (from|next to|beside|near|by|above|over|from where|where) my (head|face)',
      '(threw|throws|thrown|hurled|swung|swings|punched|smashed|fist) ~~ (inches|centimetres|a fot|an inch|millimetres) (from|off|away from) my (head|face)',
      '(holes|hole) in the (wall|walls|door|doors) & (geting|get|getting) closer to (where i|me|my head)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A threat said softly: "you\'ll find out what happens", "you know what happens if you leave", "if I talk to the police I\'ll regret it", "accidents happen to mums who forget their place".',
    unless: ['(mix|mixing|recipe|reading|read on|keep reading|kept reading|book|story|film|episode|season|chapter|experiment|science|characters|plot|ending|spoiler|spoilers|game|level)'],
    patterns: [
      '(said|says|saying|told me|tels me|warned|warns|whispered|whispers|reminded me|reminds me) ~~ (il|ill|i wil|i would|id|youl|you wil|you know|youd|il soon|youd soon) (find out|se|know|learn) what (hapens|wil hapen|hapened) (if|when|next time)',
      '(you know|u know) what hapens (if|when) (you|u) (leave|ever leave|try to leave|walk out|tel anyone|tel someone|say anything|talk to (anyone|someone|the police|your (mum|mom|family|friends)))( me| him| her)? ($|again)',
      '(said|says|told me|warned|warns) ~~ (if|when) i (talk|speak|go|tel|say anything|say a word) to (the )?(police|oficers|cops|coppers|social workers|social services|my family|my mum|my mom|anyone|a lawyer|a solicitor|the neighbours) ~~ (il|ill|i wil|youl|you wil|id|youd) (regret it|be sory|pay for it|pay|find out)',
      '(acidents|acident) (hapen|can hapen|do hapen) to ~~ (who|whose|that) ~~ (forget their place|know their place|cros (me|him|her)|talk back|run their mouth|open their mouth|snitch|grass|leave)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Violence said without the plain word: knocked out, "lucky he only uses his open hand", thrown down the hall by my collar, my arm squeezed numb under the table, my blood on his shirt.',
    unlessNear: [
      '(quiz|final|finals|tournament|competition|contest|league|cup|knockout|boxing|sparing|spar|mma|ring|rugby|tackle|wrestl*|training|judo|karate|play fight*|playfight*|rough hous*|rolercoaster|ride|labour|labor|birth|contractions|horror|scary (film|movie)|turbulence|injection|jab|dentist|water|pool|sea|river|road|trafic|cliff|saved)',
    ],
    patterns: [
      '(he|she|{partner}) ~ (knocked|knocks) me (out|unconscious|clean out|sparko|to the flor|to the ground)',
      '(only|just) (uses|used|use) (his|her) (open hand|palm|belt|fists|fist|flat hand)',
      '(threw|throws|thrown|dragged|drags|pulled|yanked|shoved|hauled) me ~~ by (my|the) (colar|hair|neck|throat|hod|hoodie|top|shirt|clothes)',
      '(squeezes|squeezed|squeze|grips|gripped|pinches|pinched|twists|twisted|digs (his|her) nails into) my (arm|wrist|hand|leg|thigh|knee) ~~ (til|until|so hard|hard enough) ~ (it goes numb|it went numb|goes numb|went numb|it bruises|it bruised|i cry|i cried|i bruise|i bruised)',
      '(my blod) (on|al over) (his|her) (shirt|hands|top|clothes|jeans|face)',
      '(went|been|was|sent|got|did time|did years) (inside|down|to prison|to jail|locked up) for (breaking|hitting|hurting|stabbing|beating|strangling|choking|atacking|asaulting|assaulting) (me|my)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Someone heard being hurt by their partner: thuds and begging her to stop, a partner who sits holding the axe looking at me, a partner who found the refuge.',
    victim: 'other',
    unlessNear: ['(tickl*|laugh*|singing|the song|spoilers|talking|playing|game|games|joke|joking)'],
    patterns: ['(begging|begs|begged|pleading|pleads|pleaded) (her|him|them) to stop & (thud|thuds|bang|bangs|banging|screams|screaming|crying|hear|heard|through the wal|cut|bleeding|bruise|bruised)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A weapon brought out and held while looking at me, or when I speak of leaving; a partner who turned up at the refuge.',
    patterns: [
      '(comes back|came back|sits|sat|walks around|stands|stod|sitting|standing) ~~ (with|holding) (the|an|a|his|her) (axe|knife|gun|hamer|machete|bat|shotgun|rifle|cleaver) & (looking at me|staring at me|stares at me|looks at me|when i|if i|whenever i|every time i|divorce|leave|leaving)',
      '(he|{partner}|my ex|her ex|his ex) ~ (found|turned up at|showed up at|came to|parked outside|sat outside|waited outside|was waiting outside|was outside) (the|my|our|her|his) ~ (refuge|safe house|shelter)',
      'how (he|she|they) (found|knew about|got the address of) (the|my|our|her) ~ (refuge|safe house|shelter)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Keys, ID or phone taken so the writer cannot leave; a lock on the outside of our bedroom door; a night in the car for money spent without asking.',
    unless: ['(dog|puppy|cat|toddler|the kids room|nursery|child lock|baby gate|share (one|a|the) car|sharing (one|a|the) car|borrow|borowed|borrowed)'],
    patterns: [
      '({partner}|he|she) (tok|takes|has taken|hides|hid|keps|kept) my (keys|car keys|pasport|id|phone|charger|bank card|cards|purse|wallet|shoes) & (locked in|cant leave|couldnt leave|til (hes|shes|he|she)|until (hes|shes|he|she)|so i cant|so i couldnt|wont give (it|them) back|trapped)',
      '(lock|bolt|latch) ~ on the outside & (bedroom|our room|my room) & ({partner}|he|she|fited|fitted|put)',
      '(makes|made|make) me sleep in the car',
      'if i ~~ (i have to|ive got to|i had to|i must) sleep (in the car|outside|on the flor|in the shed|in the garden)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Control to ask about: seeing friends withheld as the price of trust, "we only need each other", location on at all times or he goes strange, every purchase to be approved, an ex who still has a key and things have moved, my things found broken after a fight.',
    unless: ['(we both|both of us|each other agred|we agred|mutual|our choice|by choice|for safety|hiking|festival|nights out|when we travel)'],
    patterns: [
      '({partner}|he|she) (says|said|decided|wants|told me) ~~ (i|we) (dont|do not|wont|cant|can not) (get to|alowed to|be alowed to) (se|meet|talk to|visit|go out with) (my|our) (friends|family|mum|mom|sister|sisters|parents|mates)',
      '(says|said|tels me|told me) (we|i) (only|just) need each other & (friends|family|anymore|any more|no one|nobody|alowed|mates)',
      '(location|find my|life360|tracking) ~~ (on al the time|at al times|al the time|24 7|every minute) & (goes weird|gets weird|gets angry|goes mad|kicks of|loses it|turn it of|turned it of|switch it of|switched it of)',
      '(aprove|sign of on|ok) (any|every|al) (spending|purchase|purchases|penny|shop)',
      '(dont|do not|never) (have|had|get) (my own|a) bank (account|card) & (him|her|he|she|{partner}|gives me|alowance|what i need)',
      '{partner} ~~ (still )?(has|got|kept|kep) a key & (moved|been moved|been in|missing|gone through)',
      '(find|found|wake up to) my (stuf|things|phone|guitar|belongings|clothes) (broken|smashed|ripped|cut up|destroyed|snapped) & ({partner}|he|she) & (fight|fights|row|rows|argument|arguments|angry|mad|goes quiet)',
      '(broken|smashed|breaks|smashes|destroyed|destroys) (things|stuf) i love',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Fear at home to ask about: scared to go home, the dog hides when he comes in, how do I stop provoking him, saying sorry for things I did not do to keep the evening calm, rough when we argue.',
    unlessNear: ['(family is coming|in laws|inlaws|exam|results|report card|mes|party|guests|lol|haha|turkey|dinner party|surprise|bil|bils|parking ticket|hover|vacuum|fireworks|thunder|postman|vet|work|manager|boss|colleague|colleagues|customer|customers|job|ofice|groomer|groomers|vet|vets|bath|walk)'],
    patterns: [
      '(scared|afraid|terified|frightened|dread|dreading|petrified) (to go|of going|going|to get) home & ({partner}|he|she|him|her|they|them)',
      '(how (do|can) i|i need to|trying to|want to) (stop|avoid|not be) (provoking (him|her)|seting (him|her) of|triggering (him|her)|making (him|her) (angry|mad))',
      '(the )?dog (hides|cowers|shakes|runs away|hid|shakes) ~~ (when|whenever|as soon as) (he|she|my {partner}) (comes|gets|walks)',
      '(apologis*|apologiz*|say sory|saying sory) (for|about) (things|stuf) (i )?(didnt|did not|never) do & (calm|peace|so (he|she)|or (he|she)|night|evening|kick of|kicks of)',
      '(gets|get|got|can get|goes) (a bit |bit |quite |a litle |realy |so )?(rough|handsy) (when|if|after) (we (argue|fight|row|disagre|have a row)|(he|she)s? (drinks|drunk|angry|mad|had a drink|been drinking))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 26: a threat said as a picture of me dead ("this ends one way, with you in the ground"); a laugh cancels it, and so does the idiom "you\'ll be in the ground before you see that money".',
    hyperbole: true,
    unlessNear: ['(in the ground|six feet under|in a box|in a cofin) (before|by the time)'],
    patterns: [
      '(says|said|saying|told me|tells me|teling me|texted|threatens|threatened|warned|warns|keps saying) ~~ (you|u|ya|youl|youd) ~ (in the ground|six feet under|in a box|in a cofin|in a body bag|in the morgue)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 26: play and sport turned on me ("we do jiu jitsu together and he uses it on me at home when I disagree", "he always ends it by punching me for real", bruises he "calls training"), and being thrown into the wall by him.',
    patterns: [
      '(uses|used|using|practises|practices|practised|practiced|tries|tried) (the |his |her )?(it|them|moves|holds|chokes|locks|throws|what (he|she) (learned|learnt)) on me ~~ (at home|when (i|we)|if i|after (a|an|we))',
      '(punching|punches|punched|hitting|hits|kicking|kicks|kicked|slapping|slaps|slapped|choking|chokes|choked) me (for real|properly|too hard) & (play fight*|playfight*|wrestl*|rough hous*|mesing about|sparing|spars|spar)',
      '(black eye|black eyes|bruise|bruises|bruised|bruising|split lip|cant lift my arm|broken (nose|rib|ribs|finger)) & (calls|call|called|says|said) it (training|sparing|play|playing|a game|mesing about|banter|a joke|rough play)',
      '(him|her) (throwing|shoving|pushing|slamming|smashing) me (into|against|at|across|down|onto) (the|a) (wall|door|floor|stairs|table|wardrobe|car|fridge|counter|radiator)',
      // Round 26: "my sister's bloke put her head through the kitchen door".
      '(put|puts|putting|shoved|smashed|pushed|rammed|slammed) (my|her|his) head (through|into|against) (the|a) ~ (door|wall|window|glass|table|mirror|cupboard|radiator)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 26: play-fighting that has got rough, a temper that frightens me, "you won\'t get the chance" to leave, a warning I would regret going out. The bot asks.',
    hyperbole: true,
    patterns: [
      '(play fight*|playfight*|play fighting|wrestling|rough housing|tickle fight*|sparing|spars) ~~ (rougher|to rough|doesnt stop|wont stop|not (always )?sure (hes|shes|he is|she is) joking|hurts me|bruises)',
      '(scared|afraid|frightened|terified) of (how angry (he|she) gets|(his|her) temper|what (he|she) (might|could|wil|would) do)',
      '(leave|leaving|left) & (he|she) (said|says|told me|texted|replied) (you wont|you will not|youl never|you wil never|you wont ever) (get|have) (the|a) chance',
      '(he|she) (said|says|told me|warned me|texted) (id|i would|il|i wil|youd|you would|youl|you wil) regret it if (i|you) (go|went|went out|go out|leave|left|see|saw|talk|talked|tell|told|call|called|text|texted|meet|met)',
    ],
  },
];
