/**
 * Lexicon rules for `sexual_violence`. Sexual violence: rape, assault, sex without consent however it is described, and intimate images shared without consent.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

// Word lists shared by the rules below (spliced into patterns; MACROS holds the cross-category ones).

/** Words that put a message in a sexual setting. */
const SEXUAL =
  '(sex|sexual|sexualy|in bed|bed|bedroom|anal|oral|blowjob|blowjobs|bj|head|intercourse|relations|conjugal|naked|undres*|condom|intimate|intimacy|fuck*|penetrat*|making out|made out|make out|hook up|hooked up|hooking up|(his|her) way with me|it in|(sleep|slept|sleeping|sleeps) (with|w) (me|him|her)|on top of me|inside me|touch*|kis*|clothes|pants|underwear|knickers|my body|every night|at night|my period)';

/** Ways of refusing or being unable to agree ("i push her away" keeps the "i", so the speaker is the one refusing). */
const REFUSAL =
  '(said no|say no|saying no|said stop|saying stop|say stop|kept saying (no|stop)|told (him|her|them) (no|to stop|not to|i didnt want|i dont want|i wasnt|i was not|im not|i was tired|i was on my period)|asked (him|her|them) to stop|begged|begging|crying|cried|(i |if i |when i |i kept |i keep )?(pushed|pushing|push) (him|her|them|his hands|her hands) (away|of)|pulled away|froze|frozen|safe word|safeword|(im|i am|i was|i) not agre*|i no agre*|wasnt in the mood|not in the mood|wasnt ready|not ready|didnt want (it|to|that)|dont want (it|to|that)|refuse*|wasnt sure|too drunk|pased out|asleep|changed my mind|(wanted|asked) to stop|(say|said|saying|told (him|her|them)|tel (him|her|them)|teling (him|her|them)) (it hurts|it hurt|that hurts|it was hurting)|(said|told (him|her|them)) (i was|im|i am) (tired|sore|sick|exhausted|on my period))';

/** Ways of saying the other person went on regardless. */
const WENT_ON =
  '(kept going|keeps going|kept on going|kept on|did it anyway|does it anyway|do it anyway|did anyway|kept at it|carried on|carries on|went ahead|goes ahead|didnt stop|wouldnt stop|doesnt stop|did not stop|would not stop|continued|continue|continues|didnt care|doesnt care|didnt listen|wouldnt listen|not listening|doesnt listen|ignored (me|it)|just did it|did it regardless|still did it|proceeded|proceeds|persisted|persists|(keeps|kept|keep) trying (anyway|again|even)|(he|she|they|hed|shed) (just )?(tries|tried) (anyway|again))';

/** Intimate images and videos. */
const INTIMATE_MEDIA =
  '(nudes|nude *|(naked|topless) (pics|photos|pictures|images|videos|vids|selfies|snaps|shots)|(fake|deepfake|deep fake|ai|photoshoped|edited) (nude|nudes|naked *|porn*|sex (video|tape|pics))|(intimate|private|explicit|sexy|spicy|x rated|sexual|compromising) (pics|photos|pictures|photographs|images|videos|vids|snaps|content|clips|selfies|footage|recordings|material|video|vid|photo|pic|picture|clip|image|recording|tape)|the private ones|(my|her|his) onlyfans *|onlyfans (content|pics|photos|videos|vids)|sex tape|sextape|sex (video|videos|vid|vids)|(video|videos|vid|vids|photo|photos|pic|pics|picture|pictures|clip|clips|footage|tape|snaps|images) of (us|me|her|him) ~ (having sex|in bed|naked|nude|doing it|asleep|sleeping|in the shower|showering|in the bath|undres*|geting changed|changing|topless|in my underwear|in my bra|in lingerie)|(videos|vids|pics|photos|tapes|clips) (we|i) (made|took|filmed|recorded)|(pics|photos|pictures|videos|vids|snaps|selfies) (i|we) (sent|gave|showed) (him|her|them|each other))';

/** Passing images on to other people or places. */
const PASSED_ON =
  '(distribut*|disseminat*|shared|sharing|shares|share|posted|posting|posts|leaked|leaking|leaks|uploaded|uploading|uploads|spread|spreading|showed|showing|shows|show|forwarded|forwarding|airdropped|screenshoted|screenshotted|circulat*|pased (them|it)? ?around|pasing (them|it)? ?around|put (them|it|my *|a video *|videos *|a vid *|pics *|photos *) ~ (on|online|up)|fake (account|profile|instagram|insta|page|snapchat|snap|tiktok|twitter|facebook|onlyfans|acount)|(sell|sells|selling|sold)|(going|went|goes) (round|around)|doing the rounds)';

/** The sexual act itself, narrower than SEXUAL (no "bed", "at night", "touch"). */
const SEX_ACT =
  '(sex|sexual|sexualy|intercourse|penetrat*|fuck*|oral|anal|blowjob|inside me|on top of me|had his way|had her way|made love|making love|conjugal)';

/** Not able to agree: asleep, drunk, drugged, unconscious. */
const INCAPABLE =
  '(asleep|sleeping|pased out|unconscious|blacked out|black out|blackout|out of it|out cold|drugged|to drunk|so drunk|very drunk|realy drunk|blind drunk|paralytic|legless|wasted|intoxicated|alcohol|not awake|half asleep|barely conscious|not in a (position|state|fit state) to|sedated|under (anaesthetic|anesthetic|anaesthesia|anesthesia|general)|knocked out|heavily medicated|(had|drank|drunk) (way |far |much |a bit )?(to much|so much|to many|a lot|loads)( to drink)?)';

/** Sending images on: "sent it to his mates", "forwarded them round". */
const SENT_ON =
  `(${PASSED_ON}|(sent|sends|sending|send|forwarded|forwards|texted|whatsapped|snapped|airdropped) (it|them|that|those|these|the (video|videos|vid|pics|photos|pictures|clip|clips|footage)) (to|round|around))`;

/** A body still healing or ill: after birth, surgery, in treatment or pain. */
const HEALING =
  '(postpartum|post partum|after (the|giving) birth|gave birth|had the baby|after the baby|just had (a|the|my) baby|stitches|c section|csection|episiotomy|tearing|surgery|my operation|the operation|my procedure|mastectomy|hysterectomy|chemo|endo|endometriosis|miscarriage|stil bleding|bleding|in pain|fever|flu|my back|spasm|recovering|healing)';

/** Work, housing, study or papers someone holds power over. */
const LEVERAGE =
  '(promotion|job|contract|renewal|raise|shifts|hours|rota|grade|grades|reference|visa|rent|role|position|bonus|pay|keep my job|my job|tenancy|lease|placement|internship|scholarship|papers|sponsor*)';

/** Every `sexual_violence` rule the screen applies. */
export const SEXUAL_VIOLENCE_RULES: readonly LexiconRule[] = [
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Rape and sexual assault, named.',
    patterns: [
      '(rape|raped|rapes|raping|rapist|rapey)',
      'r (pe|ped|pes|ping|pist)',
      'sexualy (assault*|abus*|harass*|violated|coerced)',
      'sexual (assault|abuse|violence|harassment|coercion)',
      '(groped|gropes|groping|grope)',
      // Forced sex named outright, in any list or aside ("2) why he keeps forcing sex 3) book holiday").
      'forc* (sex|oral|anal|intercourse|himself on|herself on)',
      'forced (it|himself|herself) (on|onto|into) (me|her|him)',
    ],
    unless: ['rape (seed|seeds|oil)', 'forc* sex (ed|education)'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Molesting, named (a non-molestation order is a court order, not a disclosure).',
    patterns: ['molest*'],
    unless: ['non molestation'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Forced or pressured sex, no consent.',
    patterns: [
      '{perp} ~ forced me $',
      '{perp} ~ forced me (and|into it)',
      'forc* (himself|herself|themselves) (on|onto|into) me',
      'forc* me (to have sex|into sex|to sleep with|to do sexual|to do stuff|to have intercourse|to touch him|to touch her|to give him|to watch porn|into bed)',
      '(make|makes|made|making|pressure|pressures|pressured|pressuring|guilts|guilted|coerce*) me (into )?(have sex|having sex|sex|sleep with|sleeping with|do sexual|doing sexual|sexual)',
      '(has|had|have|having) sex with me (while|when) i (was |am )?(asleep|passed out|unconscious|drunk|sleeping|high|blackout)',
      '(has|had|have|having|does it|did it|starts|started|does stuff|did stuff|does things|did things) ~ (with|to)? ?(me )?(while|when|whilst) (i|im|i am|i was|i m) ~ (pretending|pretend|pretended) (to (sleep|be asleep)|im asleep|i was asleep)',
      'sex with me ~~ (asleep|passed out|unconscious|blacked out|sleeping)',
      '(said|say|saying|told him|told her) no (and|but) (he|she|they) (didnt|did not|wouldnt|kept going|didnt stop|continued|did it anyway)',
      'didnt stop when i said no',
      '(didnt|did not|couldnt|could not|never) consent',
      '(doing|did|does) (stuff|things|sexual things|something|sexual stuff) to me & (asleep|sleeping|passed out|unconscious|drunk|couldnt move|froze|woke up)',
      '(touched|touches|touching|groped) (me|my) ~ (without|when i|while i|inapropriately|down there|in my sleep|private*|breasts|chest|butt|ass|crotch|genitals|between|thigh|thighs)',
      // Grabbing is sexual when it is me or an intimate part; "grabbed my neck when i tried to leave" is violence, not assault.
      '(grabbed|grabbing|grabs) my (breasts|breast|boobs|boob|chest|butt|bum|ass|crotch|genitals|private*|thigh|thighs|dick|penis|balls) ~ (without|when i|while i|inapropriately|down there|in my sleep|private*|breasts|chest|butt|ass|crotch|genitals|between|thigh|thighs)',
      // "grabbed me by the throat when i tried to leave" is violence (partner rules), not assault.
      '(grabbed|grabbing|grabs) me (from behind |again |there |and )?(without|when i|while i|inapropriately|down there|in my sleep|private*|breasts|chest|butt|ass|crotch|genitals|between|thigh|thighs)',
      '(touched|touches|touching) me (when|while|without|there|inapropriately|at night|and)',
      '{perp} touched me $',
      '(keeps|kept|always) (grabbing|touching|groping) my (butt|ass|breasts|chest|crotch|thigh|legs)',
      '(drugged|roofied|spiked) (me|my drink|my drinks)',
      '(touches|touched|touching|groped|gropes|groping) (her|him|them) ~ (private*|inapropriately|genitals|down there|breasts|chest|butt)',
      '(was|got|been|i was|think i was) (drugged|roofied|spiked)',
      '(assaulted|attacked|used) me ~ (at a party|while i was (drunk|asleep|passed out|high)|when i was (drunk|asleep|passed out|high))',
      '(drugged|drunk|passed out|asleep) (and|then) (assaulted|raped|attacked|used)',
      '(woke up|wake up|woken up) (naked|undresed|with no clothes|without (my )?clothes) & (cant remember|dont remember|no memory|blacked out|drugged|didnt consent|someone|next to)',
      '(woke up|wake up|woken up) with my (pants|clothes|underwear|jeans|skirt|dress) (off|missing|gone|pulled down) & (no memory|cant remember|dont remember|drink|drugged|blacked out|he|she|someone)',
      '(wouldnt|didnt|did not|would not|wont) stop (when|after|even when|even after) i (said no|told (him|her|them) to stop|cried|asked (him|her) to stop|begged)',
      '(abus*|molest*|touch*|asault*) (me|her|him|them) sexualy',
      '(forc*|made|makes|make|pressur*) me ~ (in bed|sexual|sex|i didnt want|after i said no)',
      '(wouldnt|didnt|doesnt|wont) take no for an answer & (sex|touch*|bed|kis*|body|clothes)',
      '(took off|removed|pulled down|pulled of|ripped of|ripped off) my (clothes|pants|underwear|shirt|dress|skirt|bra) & (asleep|pased out|drunk|unconscious|said no|didnt want|stop|froze|forc*)',
      '(demands|demanding|pressur*|keeps asking for|kept asking for|begs for|threaten*) ~ (nudes|naked (pics|photos|pictures))',
      'blackmail* ~ (nudes|pics|photos|videos|sex)',
      '(i was|got|been|ive been|i got|just got) (sexualy )?assaulted',
      '(i was|i feel|felt|got|been) (so )?violated',
      '(having sex with|on top of|inside|undresing) me & (asleep|woke up|wake up|pased out|unconscious|drunk|sleeping)',
      '(push*|pressur*|guilt*|coerc*) me (to|into) (have sex|having sex|sex|sleep with|sleeping with)',
      '(hand|hands|fingers) (down|up|in|inside|under) my (pants|shirt|skirt|dress|underwear|top|jeans)',
      '(pay|paying|trade|trading) ~ (with|for) (sex|sexual favors|sexual favours)',
      '(traded|trade|trading|exchange|exchanging) (sex|sexual favors|sexual favours) for',
      '(sex|sexual) ~ (after|even after|when) i (cried|said no|told (him|her) to stop|was crying)',
      '(did|does|done|doing) (things|stuf|something|bad things|sexual things|stuf i didnt want) to me & (when i was|as a (kid|child)|growing up|younger|litle|cant talk about|didnt want|asleep|pased out|drunk)',
      'took advantage of me & (drunk|asleep|pased out|high|wasted|unconscious|sleeping|couldnt say no)',
      '(exposed|flashed) (himself|herself|themselves) to me',
      '(leaked|posted|shared|spread) (our|my) (sex tape|nudes|intimate *)',
      '(filmed|recorded) (us|me) ~ without (me knowing|my knowledge|asking|my permision|consent|my consent|telling me)',
      '(film|films|filming|record|records|recording|tape|tapes|taping|taped) (us|me) ~ without (me knowing|my knowledge|asking|my permision|consent|my consent|telling me) & (sex|in bed|bedroom|naked|nude|intimate|during|having sex|shower|undres*|hooking up|hook up)',
      '(makes|made|make|forces|forced) me (sit on his lap|touch him|touch her|undres*|get naked|watch porn|send (pics|nudes|photos|pictures|videos|naked *|photos of *|pictures of *))',
      '(asked|asks|asking|wants|wanted|told|pressur*) me to send (pics|nudes|photos|pictures|naked *|him pics|her pics)',
      '(i )?froze & (sex|touched|he kept going|undress*|on top of me)',
      '(shared|sent|posted|leaked|spread|showed) ~ my (nudes|naked (photos|pics|pictures)|(intimate|private) (photos|pics|pictures|images|videos)|sex tape|pics to)',
      'threaten* to (post|share|leak|send) my (nudes|pics|photos|videos)',
      '(post|share|leak|send|show) my (nudes|pics|photos|videos|naked *) ~ (if|unless) i',
      '(comes|came|sneaks|snuck|creeps|crept) (into|in) my (room|bed) & (touch*|grope*|groping|undress*|get in bed)',
      'didnt want (it|to) & (sex|slept with|touched|pressured)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sex or touching I refused, pressured with guilt, duty or conditions, or while I could not consent.',
    // "say no to her mother-in-law": a no to someone's relative is not a no to sex.
    unless: ['(say|saying|said|says) no to (her|his|my|their) (mother|mum|mom|father|dad|parents|family|boss|friend|friends|sister|brother|in laws|mother in law|father in law|kids|children|relatives)'],
    patterns: [
      'touch* me ~~ (even though|although|after|when) (i|ive|i have|id) ~ (asked|told|begged|said) ~ (not to|no|to stop|stop)',
      '(i|ive|i have) (asked|told|begged) (him|her|them) (not to|to stop) ~ (touch*|having sex|sex)',
      'if i (loved|love|really loved|cared about|cared for) (him|her|them|you) ~~ (sex|sleep with|say no|have sex|do it|give (him|her) what)',
      'if i (loved|love|really loved|cared about|cared for) (him|her|them|you) (i )?(wouldnt|would not|would never|wont|would) ~ (say no|refuse|deny|turn (him|her) down|have sex|sleep with)',
      '(say|saying|said|says) no to (sex|him|her) & (if i loved|angry|punish*|duty|owe|wont let me|sulk*|mad|makes me|guilt*|pressur*)',
      '(refuse|refused|refusing|deny|denied|turn (him|her) down|turned (him|her) down) ~ (sex|him|her) & (punish*|angry|mad|wont let me|forces|makes me|duty|owe)',
      '(my|a wifes|wifely|marital|his|her|a husbands) (duty|obligation|right) & (sex|bed|let him|lie there|sleep with|have sex)',
      'owe (him|her|them) (sex|my body)',
      '(wont|doesnt|didnt|never|not) (let|leave) me ~~ (until|unless|til) i (have sex|sleep with|give in|do it|let (him|her))',
      '(until|unless|til|or else|if i dont) i? ~ (have sex|sleep with (him|her)|give (him|her) (sex|what (he|she) wants))',
      '(i was|was|im|i am) (so )?(passed out|asleep|unconscious|blacked out|too drunk|so drunk|out cold|sleeping|drugged) & ((slept|had sex|did (it|things|stuff)|was on top|took advantage|undressed|touched|having sex) (with|to|of|me)|on top of me|inside me)',
      '(made|makes|make|forced|forces|pressured|pressures) me ~ (do|doing) (things|stuff|sexual things|sexual stuff) (i|that i) (said no to|didnt want|dont want|hate|hated|wouldnt (do|agre*))',
      '(keeps|kept|always|wont stop) (grabbing|touching|groping|feeling) me & (fire|complain|uncomfortable|dont want|said no|stop|report|tell|boss|manager|coworker|supervisor|teacher|coach|secret)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'More coerced sex: giving in after violence, head pushed down, no need to ask, pictures shared.',
    unlessNear: ['(chores|homework|housework|garden|dishes|laundry|cleaning|errands|gym|exercise|under the water|pool)'],
    unless: ['take no (for an answer )?(about|on|over|when it comes to|re) (moving|the|a|his|her|our|their|where|what|which|money|buying|selling|getting|going|having (a|another) (baby|kid|child))', '((look|looked|looking|i look) (awful|terrible|bad|fat|gros|ugly|rough|horible|so bad)|unflattering|double chin|bad angle|from (the|our|my) (trip|holiday|vacation|wedding|graduation|birthday|hike|reunion|work do))'],
    patterns: [
      '(last time|when|whenever|if) i (said|say) no (he|she) ~ (punched|hit|hurt|screamed|yelled|got (angry|violent|mad)|slapped|threatened|broke|smashed|threw|hits|punches|yells|screams) & (let (him|her)|sex|bed|gave in|give in|do it)',
      '(push*|pull*|forc*|shov*|hold*|held) my head (down|toward|towards|to) & (pull away|pulled away|said no|didnt want|stop|even when|crying|gag*)',
      '(wont|doesnt|didnt|never|not) take no & (married|wife|husband|sex|bed|ask|body|touch)',
      '(married|husbands|wives|wife|husband) ~ (dont|do not|doesnt|shouldnt) (need|have) to ask',
      '(sends|sent|shares|shared|posts|posted|shows|showed|leaks|leaked|spreads|spread) (pictures|pics|photos|videos|vids|images) of me ~~ (without (asking|my (permission|consent)|me knowing)|naked|nude|sexy|intimate|private)',
      '(wont|doesnt|didnt|never) stop (until|til|unless) i (give in|let (him|her)|do it|say yes|have sex|sleep with)',
      '(makes|made|forces|forced|make) me (do|doing) (stuff|things|something|sexual things) (in|at|when|to|with)',
      '(makes|made|forces|forced|make) me (do|doing) (stuff|things|something|sexual things) $',
      '(asking|asks|asked|wants|wanted|begging|begs|keeps asking) me for (pictures|pics|photos|videos|naked *|selfies) & (grown|man|guy|stranger|online|discord|snapchat|instagram|(im|i am) 1[0-7]|secret|dont tell|delete|naked|private|body)',
      '(asking|asks|asked|wants|wanted|begging|begs|keeps asking) me for nudes',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Third round: pretending to sleep, not ready and ignored, made drunk, no right to refuse.',
    unless: ['(surprise|present for|birthday for|christmas (present|presents|surprise|gift|gifts)|proposal|propose|proposing)'],
    patterns: [
      '(pretend|pretending|pretended) (to be|im|i am|i was|that im) (asleep|sleeping) & (touch*|trying|tries|tried|hoping (he|she|they|hel|shel|theyl|hed|shed)|(doesnt|didnt|wont|wouldnt) stop|leave me alone|so (he|she|they) (wont|doesnt|wouldnt|didnt|leaves|left)|avoid (sex|him|her|it)|get out of (it|sex)|hands|on top|sex)',
      '(said|told (him|her)) (i|that i) (wasnt|was not|am not|im not|didnt want|dont want) ~ (ready|in the mood|comfortable|want to) (and|but) (he|she|they) ~ (didnt|did not|wouldnt) (listen|care|stop|wait)',
      '(gets|got|get|getting|makes|made) me (drunk|high|wasted) & (fight it|say no|resist|sex|bed|touch*|take advantage|do what (he|she) wants)',
      'cornered me & (hands on me|touch*|grab*|kiss*|grop*)',
      '(cant|can not|cannot|not allowed to|dont get to) say no (because|since|cause) ~~ (together|married|his|her|dating|boyfriend|girlfriend|husband|wife|partner)',
      '(gave in|give in|went along with it) ~~ (because|cause|cos|since|out of) ~~ (scared|afraid|fear|terrified)',
      '(not to|to not|never to|dont|shouldnt) tell ~~ about (our|what) ~ (time together|secret|games|special|we do|he does|she does|happens)',
      '(gives|buys|bought|gave) me (gifts|presents|money|things) & (not to tell|secret|dont tell)',
      '(brother|sister|stepbrother|step brother|cousin|{parent}|{carer}|he|she) ~~ (comes|came|gets|got|climbs|climbed|sneaks|snuck|creeps|crept) (into|in|in to) my bed & (scared|afraid|uncomfortable|dont want|pretend|secret|touch*|(im|i am) (1[0-7]|[5-9]))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Fourth round: kept in a car until, rent paid another way, grooming messages.',
    unless: ['(surprise|present for|birthday for|christmas (present|presents|surprise|gift|gifts)|proposal|propose|proposing)'],
    patterns: [
      '(wouldnt|wont|didnt|would not) let me (leave|go|out|get out) ~~ (until|unless|til) i (did|do|had|have|gave|give|let) ~ (stuff|things|sex|him|her|something|it)',
      '(pay|paying|cover) (some of |part of |the rest of |half of |half )?(the |my )?(rent|bill|bills|debt|fees|it|for it) (another|a different|some other|in other) (way|ways)',
      '(delete|deleting|hide|clear) (them|the messages|our messages|the texts|our chats|the chat) & ({parent}|{carer}|man|guy|he|she) & ((im|i am) (1[0-7]|[5-9])|secret|dont tell|pretty|beautiful|sexy|body)',
      '(says|saying|tells me|told me) (im|i am) (pretty|beautiful|sexy|hot|mature) & ((im|i am) (1[0-7]|[5-9])|secret|delete|dont tell)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Fifth round: sex after no, kept going after stop, quid pro quo, shown sexual videos.',
    patterns: [
      '(do|does|did|have|has|had) sex with me (when|after|even when|even though|although) i (say|said|told (him|her)) (no|stop|i dont want)',
      '(said|told (him|her)|begged (him|her) to|asked (him|her) to) stop ~~ (and|but) (he|she|they) ~ (kept going|didnt stop|did not stop|wouldnt stop|continued|carried on|kept on)',
      '(promotion|job|raise|grade|rent|role|contract|pass|visa|hired|fired|keep my job) ~~ (if|unless) i (sleep|slept|have sex|had sex|hook up|hooked up|go to bed|went to bed) with',
      '(showed|shows|show|sent|sends|made me watch|makes me watch) (me )?(videos|pictures|photos|pics|movies|porn|images) (of naked|of people having sex|of sex|with naked|sexual|porn|nude)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sixth round: forcing it in bed, refusing condoms.',
    patterns: [
      '(in bed|in the bedroom|sexually|sex) & (forces it|forced it|forcing it|forces me|forced me)',
      '(wont|refuses to|doesnt|never) (wear|use) (a )?condom & (beg|ask|asked|said no|want (him|her) to|even though|force*|angry|makes me)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Coded words for rape and assault: grape, SA (normalised "SA\'d" reads "sad", "s/a\'d" reads "s ad").',
    unless: ['(juice|vine|vines|harvest|jely|jam|soda|flavor|flavour|seds|bunch|tomatoes|fruit|wine|ate|eat|eating|snack)'],
    patterns: [
      '(graped|grapd|graping|gr ped|gr pd|r ped|g rape*)',
      '(flashbacks|trauma|survivor|victim|after|since|reported|report|about|of) (of |from )?(the |my |a |that )?grape $',
      '(flashbacks|trauma|survivor|victim|nightmares) (of|from|about|after) (the|my|a|that) grape',
      '(flashbacks|trauma|survivor|victim|after|since|reported|report|about|got|was|been) (of |from )?(the |my |a |that )?grape (and|but|by|at|last|when|in|on|happened|thing|trauma)',
      '(sad|s ad|s a d) (by|me|him|her|them)',
      '(was|got|been|being|get|getting) (s ad|s a d|s a)',
      '(count|counts|counted|considered|is (it|that|this)|was (it|that|this)) (as )?(sa|s a) $',
      '(sa|s a) (survivor|victim|trauma|happened)',
      '(got|was|been|get|getting) sad (at|during|after) ~ (party|club|bar|frat|festival|concert|gig|rave|date|sleepover) & (shaking|traumat*|police|report*|flashback*|violated|drugged|spiked|cant stop shaking|cant sleep|scared|consent|believe me|tell (anyone|someone|my))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Non-consent told without naming it: a refusal or being unable to agree, and the other person went on.',
    unless: [
      '(tickl*|wrestl*|pilow fight|play fight*|propos*)',
      // Taking food or things: "takes what he wants from the fridge at night".
      '(takes|took|taking|take) what (he|she|they) (wants|want|wanted|likes) (from|out of|of) (the |my |our |his |her )?(fridge|kitchen|cupboard|cupboards|pantry|shop|store|wallet|purse|plate|menu|buffet|acount|bank|drawer|wardrobe|closet)',
      '(stop|stoped|stoping|kept|keeps|keep) (talking|texting|caling|messaging|complaining|laughing|going on about)',
      // An everyday thing done over my no or while I slept: "he went ahead and bought the car", "rearranged the kitchen".
      '(while|when) i (was |am |m )?(asleep|sleeping|at work|out|away) ~~ (rearang*|cleaned|tidied|cooked|fixed|ordered|binged|hover*|vacuum*|did the (dishes|laundry|washing|shoping)|ate (the|my|al)|finished (the|my) (show|series|season|episode|cake|pizza|book))',
      '(went ahead|goes ahead|did it anyway|still did it|anyway) ~ (and )?(bought|booked|ordered|invited|painted|sold|signed|spent|paid|cooked|planed|adopted|quit|rented|renovated)',
      '(paint*|decorat*|renovat*|redid|redo|redecorat*|clean*|tidied) (the|our|my|his|her) (bedroom|bed)',
      '(my|a|our) (friend|friends|bestie|best friend|sister|brother|mum|mom|dad|roommate|flatmate|cousin) (took|carried|brought|drove|walked|got) me (home|to)',
    ],
    patterns: [
      `${REFUSAL} & ${WENT_ON} & ${SEXUAL}`,
      '(said|saying|say|told (him|her|them)|kept saying) (no|stop) & (kept going|keeps going|kept on going|carried on|did it anyway|does it anyway|went ahead)',
      '(said|saying|say|told (him|her|them)|kept saying|begged (him|her|them) to) (no|stop) & (he|she|they) ~ (didnt|wouldnt|did not|would not|doesnt) stop $',
      '(he|she|they) ~ (didnt|wouldnt|would not|did not) stop $ & (said|saying|say|told (him|her|them)) (no|stop)',
      '(said|told (him|her|them)) (i was|im|i am|i wasnt|im not|i was not|i didnt|i dont) ~ (tired|sore|sick|exhausted|on my period|in the mood|ready|want (it|to)|feeling it) & (he|she|they) ~ (did it anyway|does it anyway|kept going|keeps going|went ahead|carried on|didnt stop|wouldnt stop|didnt care)',
      '(kept|keeps|kept on|keep) (pushing|pressuring|nagging|pestering|begging|asking|on at me|going on) ~~ (gave|give|giving) in & (didnt want|dont want|make it stop|leave me alone|shut (up|him up|her up)|stop asking|get it over with)',
      '(kept going|carried on|caried on|didnt stop|wouldnt stop|went ahead|did it anyway|kept on) (even though|even tho|even when|even after|although|while|when) i ~ (was crying|cried|started crying|said no|said stop|told (him|her|them) (no|to stop)|begged|froze|was frozen|was asleep|was shaking|pushed (him|her|them))',
      '(told|telling|begged|begging|asked|asking) (him|her|them) to stop (and|but|so) ~~ (didnt|wouldnt|did not|would not) $',
      '(he|she|they|{partner}) ~ (did it|does it|had sex|has sex|did stuff|does stuff|did things|does things) ~ (even though|even tho|even when|even after|although|while|when) i ~ (was crying|cried|started crying|said no|said stop|told (him|her|them) (no|to stop)|begged|froze|was frozen|was asleep|was shaking|pushed (him|her|them))',
      '(wants|does|starts|tries|wanted|did|started|tried) (it|sex|stuff|things) (when|while|whilst) (im|i am|i was|i|im still|i was still) ~ (asleep|sleeping|half asleep|pased out|unconscious|blackout|blacked out)',
      '(doesnt|didnt|never|wont|wouldnt|did not|does not) (wait for me to|ask (me )?(first|before)|check (if|that) i) ~ (say yes|agre|agreed|consent|wake up|want)',
      '(made|makes|make|forced|forces|force|pressured|pressures|pushed|guilted) me (to )?(give|giving|do|perform|go down|suck) ~ (blowjob|blowjobs|bj|bjs|head|oral|handjob|handjobs|hand job|on (him|her))',
      '(wake|woke|waking|woken) up ~~ (he|she|they|hes|shes) ~ (is|was|were|are)? ?(already )?(doing it|having sex|on top|inside|touching me|doing (stuff|things) to me)',
      '(im|i am|i was|i|i m) (asleep|sleeping|pased out|unconscious|blacked out|out cold) & (doing it|takes me|took me|did it to me|does it to me|do it to me|he is doing|she is doing|starts doing)',
      '(takes|took|taking|take) me ~ (even when|when|while|even though|even if|although|whenever) i ~ (cry|cried|say no|said no|refuse|am crying|was crying|dont want|didnt want|beg|begged|push (him|her) away)',
      '(takes|took|taking|take) what (he|she|they) (wants|want|wanted|likes) & (bed|bedroom|sex|my body|at night|in bed|whenever)',
      '({partner}|wives|husbands|woman|women|girlfriends|boyfriends) (cannot|cant|can not|can never|could never|cant ever|may not|may never|isnt allowed to|is not allowed to|isnt supposed to|is not supposed to|mustnt|must not|must never|doesnt|does not|shouldnt|should not|never|wouldnt|would not|has no right to) (refuse|say no|deny) (him|her|the husband|the wife|her husband|his wife|their|sex|her body|his needs)',
      '({partner}|wives|husbands|woman|women|girlfriends|boyfriends) (cannot|cant|can not|can never|could never|cant ever|may not|may never|isnt allowed to|is not allowed to|isnt supposed to|is not supposed to|mustnt|must not|must never|doesnt|does not|shouldnt|should not|never|wouldnt|would not|has no right to) (refuse|say no|deny) $',
      '({partner}|wives|husbands|woman|women|girlfriends|boyfriends) (cannot|cant|can not|can never|could never|may not|may never|isnt allowed to|is not allowed to|isnt supposed to|mustnt|must not|must never|shouldnt|should not|never|has no right to) (refuse|say no|deny) (so|and|which is why|thats why) (i|we) ~ (dont|never|do not|just|stoped|cant)',
      '(lost|lose|no|dont have|have no|gave up|forfeited) (the |my |any |a )?right to (say no|refuse|deny (him|her))',
      '(just )?(lie|lay|lying|laying) there (until|til|till|and wait|while|waiting for) ~ (he|she|its|it is|it was|they) ~ (over|finished|finishes|done|stops)',
      '(got|gets|get|climbed|climbs|was|lay|laid|rolled|rolls) on top of me ~ (while|when|even though|even after|after|although) i ~ (saying no|said no|crying|cried|asleep|sleeping|told (him|her) (no|to stop)|pushed|pushing|froze|begged|begging|struggl*|trying to (get|push))',
      '(make|makes|made|making|forced|forces|pressured|pressures|coerced|coerces) (her|him|them) (to )?(have sex|sleep with|do sexual|into sex|into having sex|into sleeping with|perform|give him (head|a blowjob|oral))',
      '(she|he|they) (was|were|is) (too drunk|too high|too out of it|passed out|pased out|asleep|unconscious) & (had sex with (her|him|them)|made (her|him|them) have sex|slept with (her|him|them)|took advantage|did (stuff|things|it) to (her|him|them))',
      '(rubbing|rubbed|rubs|pressed|pressing|presses|grinding|grinded|grinds) (himself|herself|his (crotch|body|dick|junk|penis|thing|erection)|her (crotch|body)) (on|against|into|up against|all over) me',
      'assaulted me ~ (on|after|during) (our|a|the|my) ~ (date|night out|hookup|hook up)',
      '(keeps|kept|always|keep) (grabing|touching|groping|squeezing|slapping|pinching) (my|her) (bum|butt|ass|arse|boobs|tits|breasts|chest|crotch|privates|bottom|backside|thigh|thighs)',
      '(woke|wake|woken|waking) up (with|to) (my|her|his|their|a|some) ~ (having sex|on top|inside|touching)',
      '(wouldnt|didnt|did not|would not|wont|doesnt) stop (when|after|even when|even after|even though|while) i (started |was |kept |began )?(crying|cried|sobbing|shaking|woke up|woke|pushed (him|her|them)|pushing (him|her|them)|pulled away|froze|tried to (leave|get away|push)|used (the|our|my) (safe word|safeword)|said (no|stop)|told (him|her) (no|to stop))',
      `(wouldnt|didnt|did not|would not|wont|doesnt|does not|never) stop (when|after|even when|even after|even though|even if|while) i (cry|say (no|stop)|tel (him|her|them) (no|to stop|it hurts)|push (him|her|them) away|beg|am crying|m crying|start crying|freze|ask|ask (him|her|them) to stop) & ${SEXUAL}`,
      // "'no' is just foreplay to him", "he thinks no means yes".
      '(he|she|they|{partner}) ~ (thinks|think|thought|says|said|acts like|acted like|treats|believes|decided) ~ (no|my no) (is|means|just means|is just|was|meant) (just )?(foreplay|yes|try harder|maybe|keep going|playing hard to get)',
      '(no|my no) (is|means|just means|is just|was|meant) (just )?(foreplay|yes|try harder|keep going|playing hard to get) (to|for) (him|her|them|my {partner})',
      // "he did it again while I was passed out" (asleep alone is too everyday without "to me").
      '(he|she|they|{partner}) ~ (did|does|do|done) it (again |anyway |agan )?(while|when|whilst) (i|im|i was|i am|i m) ~ (pased out|unconscious|blacked out|out cold|blackout drunk)',
      '(safe word|safeword|safe signal|red light|said red|say red|saying red|(tap|taps|taped|taping) out) & (didnt stop|wouldnt stop|doesnt stop|wont stop|kept going|keeps going|keep going|goes to far|went to far|going to far|ignored|ignores|ignoring|didnt care|doesnt care|carried on|carries on|did not stop|does not stop|pretends not to hear|pretended not to hear|laughs|laughed)',
      '(froze|frozen) & (didnt stop|wouldnt stop|kept going|carried on|did it anyway|inside|on top|his hands|her hands)',
      'took (my silence|her silence|his silence|their silence|silence|me not (saying|fighting) ~|her not (saying|fighting) ~|him not (saying|fighting) ~) as (a )?(yes|consent)',
      // "took it as a yes" is everyday talk ("I said maybe and she took it as a yes") without a body or bed nearby.
      'took (that|it) as (a )?(yes|consent) & (froze|frozen|sex|bed|touch*|kiss*|undress*|on top|inside|his hands|her hands|clothes|didnt want|cried|crying|asleep|drunk|stop)',
      '(pushed|pushing|push|moved|moving|pulled|pulling) (his|her|their) (hand|hands) (away|of|out) & (kept|putting (them|it) back|put (them|it) back|again|didnt stop|wouldnt stop|kept going|tried again)',
      '(saying|said) no & (push|pushing|pushed|shove|shoving|shoved|fight|fighting) (him|her|them) (of|away)',
      '(get|put|stick|push|force) it in & (stop|said no|saying no|didnt want|crying|wasnt ready|not ready|hurt)',
      '(said yes|agreed|consented|only wanted|only agreed) to (kising|kisses|making out|cuddling|cuddles|fooling around|oral|touching|coming (in|over|up)|a masage|sleep over|sleeping over|sleep in (his|her) bed|share a bed|sharing a bed) & (not (to )?(anything|more|sex|the rest|that)|didnt care|kept going|did it anyway|went further|pushed further|didnt stop|wouldnt stop)',
      `(said|told (him|her|them)) (i|that i) (wanted|want|needed|need) to stop & (didnt $|wouldnt $|kept going|didnt stop|wouldnt stop|carried on|kept on) & ${SEXUAL}`,
      '(even though|even tho|even when|even after|although|after) (i|id) ~ (said no|told (him|her|them) no|said stop|told (him|her|them) to stop|begged|asked (him|her|them) to stop) & (did it|does it|just did|went ahead|kept going|forced|had sex|has sex|sex)',
      '(didnt|did not|never) (want|ask for|agree to|agre to) (it|that|any of (it|that)) & (happened|didnt ask|without asking|doesnt ask|never asks|at night|last night|in bed|sex|stop|touch*|again)',
      '(too drunk|to drunk|so drunk|too high|too out of it|too wasted) to (consent|say (yes|no)|know what|stop (him|her|them|it)|fight|push (him|her)|move|agree)',
      '(too drunk|to drunk|so drunk|too wasted|too high|blackout drunk|blacked out) & ((dont|cant|do not|didnt) remember (agreing|saying yes|consenting|wanting)|took me to (his|her|their) (room|bed|place|car)|(he|she|they) didnt care|did (stuff|things|it))',
      '(did|does|doing|tried|tries|done) (stuff|things|something|anything) (i|that i) (didnt|never|did not|dont|wouldnt|would never|would not) (agre to|agred to|agred|consent*|want|ask for|say yes to)',
      '(did|does|doing|done|do) (stuff|things|something|it|sexual things|sexual stuff) (to|with) (me|her|him|them) ~ (while|when|whilst) (i|she|he|they) (was|were|am|is) ~ (out of it|asleep|pased out|drunk|unconscious|blacked out|high|wasted|sleeping|out cold)',
      '(tel|teling|told|say|said|saying) (him|her|them)? ?(it hurts|it hurt|that hurts|its hurting|it was hurting) & (kept going|keeps going|carried on|carries on|didnt stop|doesnt stop|wouldnt stop|wont stop|does it anyway|did it anyway)',
      '(had sex|slept with (him|her|them)|sleep with (him|her|them)|have sex|did it|do it|did stuff) ~~ (because|cause|cos|bc|since|so|out of) ~~ ((scared|afraid|terrified) (of (him|her|them|what)|(he|she|they)d)|fear|(he|she|they) ~ (wouldnt|wont|would not) (let me (leave|go|out|sleep)|stop|leave me alone|take no))',
      '(stoped|stop|gave up|no point|dont bother) (saying no|fighting (back|it|him|her)|resisting|refusing|pushing (him|her) away) & (sex|forces|forced|in bed|whenever (he|she) wants|use|body|let (him|her)|asault*|rape*|takes me|took me|on top|inside|it hurts)',
      'my body (is|belongs to) (his|hers|theirs|him|her) ~ (to use|whenever|for (him|her)|to do)',
      '(sex|has sex|had sex|do it|does it|takes it) ~ whenever (he|she|they) (wants|want|feels like it|likes) & (no point|stoped saying no|cant say no|dont want|doesnt matter|no diference|use|my body|forces|crying|say no|said no|saying no|refuse*)',
      '(walked|came|barged|burst|snuck|crept|broke) (in|into) ~~ (while|when) i (was|am) ~ (in the shower|showering|changing|geting (dresed|changed)|undresed|naked|asleep|sleeping|in bed) & (grabed|grabing|touched|touching|groped|groping|felt) (me|my)',
      'tried to (kis|touch|undres|grope|feel|take of my) & (pushed|pinned|held|shoved|threw|dragged|forced|cornered|grabed) me',
      '(touched|touches|touching|grabed|grabs|felt) (me|my *) ~ (under|up|inside|in) my (dress|skirt|shirt|top|clothes|pants|underwear|jeans|shorts|knickers|panties|bra|boxers|trousers)',
      '(hand|hands|fingers) (down|up|in|inside|under) my (knickers|panties|bra|boxers|trousers|shorts)',
      '(woke|wake|woken|waking) up ~~ ((his|her|their|a|someones) (hand|hands|fingers) (in|on|down|inside|up|under)|(him|her|them|someone|somebody|he|she|they) (having sex|on top|inside|touching)|with (him|her|them|someone) (having sex|on top|inside))',
      '(woke|wake|woken|waking) up ~~ (naked|undresed|with (my|her|his|no|our) clothes (of|missing|gone)|with no clothes|sore|hurt down there|bleding down there|in (a strangers|someones|his|her|a random) (bed|room|place)) & (drunk|drink|drinks|drugged|spiked|dont remember|cant remember|no memory|party|stranger|didnt know|wont talk|blacked out|bar|club)',
      '(hurt|hurts|sore|bleding|pain) down there & (drunk|drugged|spiked|woke up|dont remember|cant remember|party|bar|club|he|she|they)',
      '(drugged|rofied|spiked) (at|by|in|on|last|and|then|me|her|him|$)',
      '(hold|held|holding|holds) (har|her|dem) down & (forc*|sex|rape*|inside|undres*|clothes|on top)',
      'forc* (har|her|him|dem|them|me) ~ (at (di|the|a) (party|club|bar|dance)|in (di|the|his|her) (room|car|bed))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Held down for sex (physical violence without a sexual cue stays partner violence).',
    unless: ['(tickl*|wrestl*|pilow fight|play fight*|lol|haha|swon|punch*|slap*|hit me|hits me|kick*|chok*|strangl*|beat me|beats me)'],
    patterns: [
      '(held|holds|hold|holding|pinned|pins|pin|pining) me down & (sex|had sex|inside|on top|undres*|clothes|pants|skirt|did it|kept going|keeps going|begged|said no|said stop|didnt want|touch*|forced|wasnt that bad|flashback*|keep telling myself|assaulted|on (our|a|the|my) ~ date|(keep|kept|cant stop|couldnt stop) (washing|showering|scrubbing)|scrub* {selfref}|scrubbed (my skin|myself)|(feel|felt) (so )?(dirty|disgusting))',
      '(held|holds|hold|holding|pinned|pins|pining|kept|keeps) (my )?(wrists|arms|hands|legs) (down|above|pinned) & (didnt want|said no|told (him|her|them) (no|to stop|i didnt)|begged|sex|bedroom|in bed|touch*|clothes|stop|kept going|keeps going|it hurts)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Forced, pressured or owed sex: duty, debts, threats, worn down until yes.',
    unless: [
      '(duty|obligation|insist*|pressur*|push*|nag*|pester*|badger*|guilt*|beg*|forc*|hound*|sulk*) ~~ (chores|homework|housework|dishes|laundry|cleaning|gym|exercise|dinner with|his parents|her parents|the wedding|puppy|dog|holiday|vacation|trip|the car|a car)',
      '(to|go to|going to) (the )?(gym|homework|housework|dishes|laundry|exercise|church|mosque)',
    ],
    patterns: [
      '{perp} ~ (forces|forced|force|forcing) (me|himself|herself|themselves) (when|whenever|every|at night|if|even|after|while|again|most nights|sometimes|anyway|on me)',
      '{perp} ~ (forces|forced|force|forcing) (me|himself|herself) $',
      'insist* on (relations|sex|it|intimacy|having sex|sleeping together|conjugal *) & (refuse*|dont want|didnt want|say no|said no|not in the mood|tired|even when|even though|crying|sick|begged)',
      'duty as (a|his|her|your|my) (wife|husband|spouse|partner) & (does it anyway|did it anyway|forces|forced|dont want|didnt want|make me|makes me|tired|refuse*|say no|said no|sex|bed|relations|let him|let her)',
      '(guilt trip*|guilt triping|guilt triped|nag*|badger*|pester*|push*|pressur*|beg*|harases|harased|manipulat*|sulk*|hound*|coerc*) ~ (me )?(into|for) (sex|anal|oral|a threesome|threesomes|blowjobs|blowjob|bj|head|sleeping with|having sex|it in bed|things in bed|stuff in bed|relations)',
      `(pressur*|push*|nag*|pester*|badger*|guilt*|hound*|beg*|goes on|went on|keeps on|kept on|sulk*|whin*|wears me down|wore me down|keeps asking|kept asking|asks and asks|asked and asked) ~~ (till|until|til|untill) i ~ (give in|gave in|say yes|said yes|say fine|said fine|let (him|her|them)|cave|caved|do it|did it|sleep with|slept with|have sex|had sex) & ${SEXUAL}`,
      '(pressures|pushes|nags|pesters|badgers|guilts|hounds|begs) me ~~ (till|until|til|untill) i (give in|say yes|say fine|let (him|her|them)|cave) $',
      '(pressur*|push*|nag*|pester*|badger*|guilt*|hound*|beg*|wears me down|wore me down|going on|goes on|went on) ~~ (till|until|til|untill) i ~ (give in|gave in|say yes|said yes|say fine|said fine|let (him|her|them)|cave|caved) & (lay there|lie there|laid there|lying there|laying there|stared at the ceiling|stare at the ceiling|hated|hate it|didnt want|dont want|felt (sick|used|dirty|disgusting|gros|violated|numb)|cried|crying)',
      '(say|said|saying) no & (till|until|til|untill) i ~ (give in|gave in|say yes|said yes|cave|caved|let (him|her|them))',
      '(wouldnt|wont|didnt|would not|refused to|not|never) (leave|go|go home|get out|let me (go|leave|sleep)|take me home|drive me home|unlock) ~~ (until|til|till|unless) i ~ (slept|sleep|had sex|have sex|hooked up|hook up|gave in|give in|let (him|her)|did it|do it)',
      '(if|unless) i (dont|didnt|wont|wouldnt|do not|did not|refuse to|refused to) (sleep|have sex|hook up|go to bed|do it|do stuff|go|come|send) ~ (with|w|to (the |a |his |her )?(hotel|room|bed|place|flat|apartment)|nudes|pics|more) ~~ (hel|hed|he wil|he would|shel|shed|she wil|she would|theyl|theyd|they wil|il|i wil|i would|id|i) ~ (lose|dump|leave|break up|tell|post|send|share|fire|hurt|kick|cheat|out me|expose|report|evict|deport|take|find someone)',
      `(says|said|told me|tells me|telling me|saying) (i|you) (owe|owed) (him|her|them|me) & ${SEXUAL}`,
      '(i|you) (owe|owed) (him|her|them|me) (this|it|sex|that) & (sex|let (him|her)|when (he|she) wants|stop|crying|in bed|bed)',
      '(owe|owed) (him|her|them) & (didnt take no|wouldnt take no|doesnt take no|wont take no)',
      '(wouldnt|didnt|doesnt|wont) take no for an answer & (owe*|dinner|date|drunk|party|his room|her room|his place|her place|came over|that night|his car)',
      '(you|u) (cant|cannot|can not|dont get to|arent allowed to) (say|said) no (now|anymore|to me|after|once|when|because|since)',
      '(you|u) (cant|cannot|can not|dont get to|arent allowed to) say no $',
      '(says|said|tells me|told me|telling me|keeps saying) (i|that i) (cant|cannot|can not|am not allowed to|im not allowed to|dont get to|have no right to) say no',
      '(cant|can not|cannot|not allowed to|dont get to|no right to) say no ~ (because|since|cause|cuz|bc|cos|coz) ~~ (together|married|his|her|dating|boyfriend|girlfriend|husband|wife|partner|bf|gf)',
      '(made|makes|make|forced|forces) me (do|doing) (things|stuff|something|sexual things|sexual stuff) on (camera|cam|video|facetime)',
      '(gets|got|get|getting|makes|made) me (drunk|high|wasted) & (did (stuff|things|it)|didnt agre*|didnt consent|didnt want|woke up|dont remember|took advantage)',
      '(gets|got|get|getting|makes|made) me (so |realy |blackout |black out |super |too |very |stupid |falling down |paralytic )(drunk|high|wasted) & (sex|did (stuff|things|it)|didnt agre*|didnt consent|didnt want|woke up|dont remember|took advantage|couldnt (move|stand|talk|say no)|on top|inside|touch*)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Stealthing: a condom removed or refused without agreement.',
    patterns: [
      '(took|takes|take|taking|pulled|pulls|slipped|slips|ripped|rips) (the |his |her |a )?condom of',
      '(took|takes|take|taking|pulled|pulls|slipped|ripped) of (the|his|her|a) condom',
      '(removed|removes|remove|removing) (the |his |a )?condom',
      'condom (of|came of) & (without (telling|asking|me knowing)|didnt tell|never told|on purpose|halfway|found out|didnt know)',
      '(stealthed|stealthing|stealth) (me|her|him)?',
      'condom & (took|takes|pulled|slipped) it (of|out) & (halfway|without (saying|telling|asking)|didnt (say|tell)|on purpose|found (it|out))',
      // "partway through I realised he'd taken it off", "slipped it off without asking" (the condom named once, earlier).
      'condom* & (taken|taking|take|had taken|pulls|pulling|slips|sliped|slipping|ripped|rips|removed|removes|got rid of) it (of|out)? ?~~ (partway|part way|halfway|half way|midway|in the middle|without (saying|telling|asking|me knowing|my knowledge)|didnt (say|tell|ask)|never (said|told|asked)|on purpose|realised|realized|noticed|found out)',
      '(slipped|sliped|slips|took|takes|pulled|pulls) it (of|out) ~~ (partway|part way|halfway|half way|midway|in the middle) ~~ (without (saying|telling|asking|me knowing)|didnt (say|tell|ask)|never (said|told|asked)|on purpose)',
      '(partway|part way|halfway|half way|midway|in the middle) ~~ (without (saying|telling|asking|me knowing)|didnt (say|tell|ask)|never (said|told|asked)|on purpose) & condom*',
      '(wanted|asked for|asked (him|her) to use|asked (him|her) to wear|insisted on|said (he|she) had to use) (a )?condom & (without (one|a condom|it)|did it anyway|angry|refused|wouldnt|didnt (use|wear))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Intimate images shared, posted or threatened without consent.',
    unless: ['(deleted|delete) (all )?(our|the|my) (pics|photos) & fresh start', '((look|looked|looking|i look) (awful|terrible|bad|fat|gros|ugly|rough|horible|so bad)|unflattering|double chin|bad angle|from (the|our|my) (trip|holiday|vacation|wedding|graduation|birthday|hike|reunion|work do))', '(so cute|cutest|adorable|snor*|drool*|mid sneeze|with the (dog|cat|puppy|kitten|baby))'],
    patterns: [
      `${PASSED_ON} ~~ ${INTIMATE_MEDIA}`,
      `${INTIMATE_MEDIA} & ${PASSED_ON}`,
      `${INTIMATE_MEDIA} & (sent|sends|sending|send|forwarded) (them|it|those|these|my *) ~ (to|around) ~ (his|her|their|everyone|people|friends|mates|boys|family|group|whole|coworkers|school|class|strangers|my|guy|guys|man|men|girl|woman|someone|somebody|chat|groupchat|boss)`,
      `(sent|sends|sending|send|sending out|forwarded) ~~ ${INTIMATE_MEDIA} ~~ (to|around|with) ~ (his|their|everyone|people|friends|mates|boys|family|group|whole|coworkers|school|class|strangers|work)`,
      '(sent|sends|sending|keeps sending|forwarded) my (nudes|pics|photos|naked *|videos) (to|around)',
      '(video|videos|vid|vids|photo|photos|pic|pics|clip|footage) of (us|me) & (filmed|recorded|took|posted|shared|uploaded|put) & (without (asking|me knowing|my (knowledge|permision|consent|ok)|telling me|consent)|never (agred|said ok|said yes|consented|gave (consent|permision))|didnt (agre|say ok|consent|know))',
      '(video|videos|vid|vids|pics|photos|clip) of (us|me) ~~ (porn|website|site|internet|reddit|onlyfans|discord|group chat|server)',
      '(filmed|films|recorded|records|filming|recording) (us|me) (during|having|while (we|we were|i was)) ~ (sex|in bed|having sex|naked|asleep|showering)',
      `(threaten*|(says|saying|said|keeps saying) (hel|hed|he wil|he would|hes going to|hes gona|shel|shed|she wil|she would|shes going to|shes gona|theyl|they wil)|wil|gona|going to) (to )?(leak|post|send|share|show|upload|release|expose|put out) ~ ${INTIMATE_MEDIA}`,
      '(threaten*|says (hel|hed|he wil|he would|shel|shed|she wil|she would|theyl|they wil)|wil|gona|going to) (to )?leak (it|them|everything|the (video|videos|pics|photos)) ~~ (if|unless|when) i',
      '(leak|post|send|share|show|upload) my (nudes|pics|photos|videos|naked *) ~~ (if|unless) i',
      '(hints|hinting|hinted|reminds me|reminding me|threaten*|says) ~~ (still (has|have|got|keeps) (them|my|the|those|some)|kept (them|my|the|those))',
      '(photo|photos|pic|pics|picture|pictures|video|videos) of me ~ (naked|nude|asleep|sleeping|undresed|topless) & (showed|shared|sent|posted|friends|mates|joke|without)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Unsure whether it was consent: drunk and unsure, did not say no but did not want it, gave in to end it.',
    unless: [
      '(tickl*|lol|haha)',
      // Love asked to be proved by something else: "prove it by meeting his parents".
      'prove it by (meeting|moving|buying|paying|quiting|getting|coming|spending|cooking|lending|marying|converting|visiting|changing|cuting|deleting|blocking|giving (up|him money|her money)|leaving|introducing|posting)',
    ],
    patterns: [
      '(not sure|dont know|unsure|cant remember|dont remember|no idea|dont even know|idk|i dunno|dunno|not even sure) (if|whether) i (consented|said yes|agred|agreed|wanted (it|to)|said no)',
      '(didnt|did not) (realy )?want (it|to) (but|and) (i )?(didnt|did not|never|couldnt) say no',
      '(didnt|did not|never) say no (but|and) ~ (didnt|did not) (realy )?want (it|to)',
      '(dont|cant|do not|cannot) (realy )?remember (how i|getting|going|ending up|how we) ~ (ended up|got|end up) ~ (in|into) (his|her|their|a strangers|someones) (bed|room)',
      '(what happened|that night|counts as|count as) & (i|id) ~ (drunk|to drink|wasted|out of it|blacked out|high) & (he|she|they) (hadnt|wasnt|was sober|didnt drink|was fine)',
      '(until|till|til) i ~ (gave|give) in (so|just so|to make) (he|she|they|hed|shed|theyd|it) ~ (leave me alone|stop|shut up|back off)',
      '(gave|give) in $ & (easier than|not worth|to avoid|keep the peace|than the fight|than fighting|than arguing)',
      '(went|go|going) along with it ~~ (even though|although|but) i ~ (said|told (him|her)) (i|that i) (wasnt|was not|didnt|dont|am not|im not)',
      `(kept|keeps) asking (until|till|til) i (said|say) (fine|yes|ok|okay) & ${SEXUAL}`,
      '(pressured|pushed|coerced) by (her|his|their|my) & (doesnt want to talk|dont want to talk|kind of|sort of)',
      '(ex|he|she|{partner}) ~ (keeps|kept|keep) (pushing|pressuring|nagging|pestering|begging) (for|me for) (sex|anal|oral|a threesome|nudes|it)',
      // Love used as the lever for pics or sex: "says if i loved him id send them", "if you cared you'd sleep with me".
      '(says|said|saying|say|tel|tels|tel me|tels me|told me|keeps saying|keep saying|goes|always says) (that )?if (i|you|u) (realy |truly |actualy )?(loved|love|cared|cared about|liked|trusted|wanted) (him|her|them|me)? ?(i|id|you|youd|u|ud|then|i would|you would|u would) ~ (send|do it|sleep|have sex|go further|let (him|her|them)|prove it)',
      '(keeps|kept|keep|wont stop|always) (asking|begging|pestering|nagging|pushing) (me )?for (pics|pictures|photos|snaps|videos|vids|spicy pics|pics of me) & (made me feel bad|makes me feel bad|guilt trip*|guilt*|sulks|sulking|gets angry|gets mad|wont take no|if i loved|if i realy loved|calls me (frigid|prude|boring))',
      '(do|must|should|am) i (have to|need to|got to|suposed to|expected to|obliged to|meant to|obligated to) (have sex|sleep|do it|give (him|her) sex) ~ (whenever|every time|anytime|any time|when ever|even when|even if|each time) (he|she|they) (wants|asks|demands|want|feels like it)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Masked and asked: told as a question, an aside or a joke, with the act and the missing yes still both there.',
    unless: [
      // Ordinary disagreements told the same way ("I said no and he still did it" about a purchase or a trip).
      '(bought|buy|buying|booked|booking|tattoo|haircut|painted|renovat*|invited)',
      // Used for a favour: "uses me as a taxi whenever he wants".
      '(uses|used|using) me (as|for) (a |an |his |her |their |free )?(taxi|driver|chauffeur|lift|ride|bank|atm|cash machine|cashpoint|wallet|maid|cleaner|babysiter|nany|cook|chef|therapist|punching bag|servant|personal asistant|secretary|alarm|labour|labor|doormat|excuse|shield|sounding board|backup|plan b|rebound|money|errands|childcare|storage)',
      // Hypotheticals: "unless I'd slept with him I wouldn't have known".
      '(wouldnt|would not|would never|never would) (have )?(known|know|found out)',
      '(tickl*|wrestl*|pilow fight|play fight*)',
    ],
    patterns: [
      // A refusal with no object ("said no and", "said no four times but") and they went on.
      '(said|say|saying|told (him|her|them)|kept saying) no (like |about |literaly |at least )?((#|two|three|four|five|six|ten|a few|so many|many|several|multiple|a hundred|a milion) times |twice |again |repeatedly |over and over )?(and|but|yet) (he|she|they|{partner}) ~ (still|anyway|regardless|just) ~ ((did|does|do) it|went ahead|goes ahead) (anyway|again|regardless|anyways)? $',
      '(said|say|saying|told (him|her|them)|kept saying) no (like |about |literaly |at least )?((#|two|three|four|five|six|ten|a few|so many|many|several|multiple|a hundred|a milion) times |twice |again |repeatedly |over and over )?(and|but|yet) (he|she|they|{partner}) ~ (still|anyway|regardless|just) ~ (kept going|keeps going|had sex|has sex|(did|does) (stuff|things) to me|carried on)',
      // "he knew I didn't want to, and it happened anyway".
      '(knew|knows|knowing) (i|that i) (didnt|did not|dont|do not) want (to|it) (and|but|so|he|she|they|$) & (happened|happens|keeps happening|did it|does it|went ahead|goes ahead|kept going|keeps going|had sex|has sex|carried on|carries on) anyway',
      '(i )?(didnt|did not|dont|do not) want (to|it) (and|but|yet) (it|he|she|they) ~ (happened|happens|did it|does it|went ahead|goes ahead|carried on|carries on|kept going|keeps going|had sex|has sex) anyway',
      // Freezing, not fighting back, or silence read as a yes.
      '(means|meant|proves|proved|shows|showed|mean) (that )?(i|you) (wanted|want|liked|like|asked for|agreed|consented|was into|were into) (it|to|that)? & (freze|froze|frozen|freezing|(didnt|dont) fight (back|him|her|them|it)|not fighting back|wasnt fighting back|didnt push (him|her|them)|didnt resist|dont resist|didnt scream|lay there|went limp|couldnt move)',
      '(technicaly|technically) (i|you) (didnt|did not|never) (say|said) no & (freze|froze|frozen|fight|sex|bed|pushed|pressur*|drunk|asleep|wanted it|count*|consent|on top|inside|touch*|he said|she said)',
      '(is|was) (it|that) ~ (normal|common|weird|ok|okay) to (freze|froze|freeze up|go limp|not fight back) & (pined me|pinned me|held me|holding me|on top of me|forc*|undres*|clothes of|during sex|having sex|inside me|grabed me|touched me|touching me|touches me)',
      // Sex as a punishment (withholding sex, the common meaning of "uses sex as a weapon", stays quiet).
      // Finishing inside after being told not to.
      '(finished|finishes|came|comes|cum|cums|cummed|ejaculated|nut|nutted) (inside|in) (me|her) & (said not to|asked (him )?not to|told (him|her) not to|begged|said no|without (asking|permision|consent|telling)|didnt ask|never asked|on purpose|agreed not to|agred not to|promised not to|said (he|she) wouldnt|pull out|wasnt supposed to|even though)',
      // Asleep and nobody asked: "he forgot to ask again. I was asleep".
      '(he|she|they|{partner}) ~ (forgot|forgets|forget|didnt bother|doesnt bother|never bothers|never bothered|never|didnt|doesnt|wont|wouldnt|did not|does not) ~ (to )?(ask|asks) (me )?(again|first|this time|before|anymore|either)? $ & (i was|im|i am|while i|when i|i m|whilst i) ~ (asleep|sleeping|pased out|unconscious|blacked out|pasing out|out cold|half asleep|not awake)',
      '(i|im|i m|i am|i was|i am usualy|im usualy|im always|im stil) ~ (asleep|sleeping|pased out|unconscious|half asleep|out cold) (when|while|whilst|before) (he|she|they|{partner}) (starts|started|begins|began|does it|did it|gets on top|got on top|climbs on|climbed on|gets going|got going) & (ask|asks|asked|consent|sex|wake me|woke me|stop|touch*|on top|inside)',
      // Woke to someone already doing things, told as "you".
      '(wake|woke|waking|woken) up ~~ (someone|someones|somebody|somebodys|he|she|they|hes|shes|theyre|{partner}) ~ (is|was|were|are)? ?(already )?(doing|having|touching|on top of|inside) ((stuff|things|it|sex|something) )?((to|with) )?(you|me|your body|my body)',
      // Takes it whenever they want; consent does not exist at home.
      '(he|she|they|{partner}) ~ (just )?(takes it|took it|takes what|took what|helps himself|helps herself|helped himself|helped herself|uses me|used me|has me|had me|does it|did it|gets it|got it) ~ (whenever|when|anytime|any time|however) (he|she|they) (wants|want|wanted|feels like it|felt like it|likes|liked|pleases|pleased) & (consent|sex|bed|body|no choice|say no|said no|myth|my body|uses me|used me|crying|asleep)',
      '(consent|asking first|my no|saying no) (is|isnt|doesnt|does not|is not|was|wasnt) ~ (a myth|a joke|exist|existed|a thing|mater|mattered|apply|count|counted|real|option|an option) ~ (in|at|for|with) (my|our|this|his|her) (house|home|marriage|relationship|bed|bedroom|flat|apartment|place)',
      // Sex demanded on pain of a threat: the threat before the condition.
      '(threaten*|said (hed|hel|he would|he wil|shed|shel|she would|she wil|theyd|they would)|says (hed|hel|he would|he wil|shed|shel|she would|she wil|theyd|they would)|would|wil) ~~ (break up|dump|leave|tel|post|send|share|fire|hurt|kick|out me|expose|report|evict|deport|divorce|cut me of|withdraw|cancel|take) ~~ (unless|unles|if i (dont|didnt|wont|wouldnt|do not|did not)) i? ~ ((slept|sleep|went to bed|go to bed) ~ (with|w)|had sex|have sex|hooked up|hook up|did sexual|do sexual|gave (him|her) (head|a blowjob|oral|sex)|give (him|her) (head|a blowjob|oral|sex))',
      // Conditions on sex: "unless I slept with him", "unless I do sexual things for him".
      '(unless|unles|or else|only if) i? ~ (slept with|had sex|did sexual|do sexual|gave (him|her) (head|a blowjob|oral|sex)|perform sexual*|perform oral)',
      '(withhold*|witholds|witholding|witheld|withheld|hides|hid|takes away|took away|keeps|kept|locks up|locked up) ~~ (unless|unles|until|til|till) i ~ (have sex|had sex|sleep with|slept with|do sexual|did sexual|give (him|her) (head|a blowjob|oral|sex)|perform sexual*|perform oral)',
      // Threats that end in a sexual demand, any consequence: "he'll withdraw my visa if I don't sleep with him".
      '(if|unless) i (dont|didnt|wont|wouldnt|do not|did not|refuse to|refused to) (sleep|have sex|hook up|go to bed) ~ (with|w) ~~ (hel|hed|he wil|he would|shel|shed|she wil|she would|theyl|theyd|they wil|they would|he is going to|she is going to|hes going to|shes going to|hes gona|shes gona) ~ (withdraw|cancel|stop|cut|call|ruin|throw|kick|take|report|deport|evict|fire|leave|tel|post|send|hurt|divorce|sell|lock|starve|withold|withhold|make)',
      // Did things I had said I was not ok with, after a threat or in tears.
      '(did|do|does|doing|done) (stuff|things|something|it) (i|that i|id|ive|i had|i have) ~ (said|told (him|her|them)) (i|that i)? ?(wasnt|was not|am not|im not|didnt|dont|wouldnt) ~ (ok|okay|comfortable|into|ready|want|do) & (crying|cried|in tears|sobbing|threaten*|unless|or else|sex|bed|sexual|my body|felt (sick|used|dirty|gros)|leave me)',
      // Said I only wanted to kiss, and they went further by force.
      '(i )?(only|just) (wanted|agred|agreed|said yes|said ok|said okay|meant|came|went) (to |over |back |up )?~~ (kis*|make out|making out|cuddl*|talk|hang out|drink|a drink|coffee|tea|movie|film|sleep|fool around|chat|watch|nap|crash) & (held me down|pined me|pinned me|forc*|pushed me (down|onto|on)|(wouldnt|didnt) stop (touching|kising|groping|when i)|kept going|went further|on top of me|took my (clothes|pants|top|shirt|dress|skirt) of|undres*|hands (down|up|under|inside))',
      // Kept in a room or a car until sex: "wouldn't let me out of the car until we had sex".
      '(wouldnt|wont|didnt|would not|refused to|not|never) (leave|go|go home|get out|let me (go|leave|sleep|out|get out)|take me home|drive me home|unlock) ~~ (until|til|till|unless) (i|we) ~ (slept with|had sex|have sex|hooked up|hook up|gave in|give in|let (him|her)|did it|do it|slept together|sleep together|sleep with|kised (him|her)|kis (him|her)|gave (him|her) (head|a blowjob))',
      // "won't give me my hormones unless I sleep with them" (any pronoun).
      '(unless|unles|or else) i ~ (sleep with|have sex with|slep with) (them|him|her|you)',
      // Done to me though I can no longer refuse: after a stroke, with dementia, when I cannot speak.
      '(does|did|do|doing|keeps doing) (it|things|stuff|sexual things|sexual stuff) to me ~~ (cant|cannot|couldnt|can no longer|could no longer|not able to|unable to|no longer able to) ~ (say no|tel (him|her|them) (no|to stop)|fight (him|her|them) of|push (him|her|them) (away|of)|stop (him|her|them)|move|resist)',
      '(has sex|had sex|have sex|does it|did it|keeps doing it|takes me|took me) ~~ (cant|cannot|couldnt|can no longer|could no longer|not able to|unable to|no longer able to) (say|tel (him|her|them)) no',
      // Sex while unable to move or speak.
      '(has|had|have|having) sex with me (while|when|whilst) i (couldnt|could not|cant|cannot|wasnt able to|was unable to) (move|talk|speak|stand|say (no|anything)|respond|fight|think|see straight|open my eyes|walk)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sex used to punish, over tears or a no (withholding sex, the usual "uses sex as a weapon", stays quiet).',
    unless: ['(withhold*|witholds|witholding|witheld|withheld|cuts me of|cut me of|holds out|holding out|no sex|sexles|wont (have|give) (me )?sex|refuses (to have )?sex|denies me|reward)'],
    patterns: [
      '(uses|used|using|use) (sex|my body|bed|the bedroom) (as|to) (a |his |her )?(punish*|humiliat*|degrade|teach me a lesson|put me in my place|get back at|hurt|weapon|control) & (crying|cry|cried|said no|say no|saying no|dont want|didnt want|hurts|hurt me|rough|forces|forced|even when|even though|begged|beg|whether i|no choice)',
      '(uses|used|using|use) (sex|my body) (as|to) (a |his |her )?(punish*|humiliat*|degrade|teach me a lesson|put me in my place)',
      '(punishes|punished|punish|punishing) me (with|by having|by making me have) sex',
      '(punishment|revenge) sex & (even when|crying|cried|said no|say no|dont want|didnt want|hurts|forces|forced)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Asked about it: "is it still assault if it was my husband?", "is it consent if she was passed out?".',
    unless: ['(hit|hits|slap*|punch*|shov*|kick*|chok*|strangl*|threw|throw*|spit|spat|bit me|bite|bruis*|black eye|fist fight|verbaly)', '(push|pushed|pushes|pushing) me', '(grab*|grabed) (my|me by (the|my)) (arm|wrist|shoulder|phone|hair|neck|throat|keys)'],
    patterns: [
      '(is|was|does|would|can|could|do) (it|that|this|what (he|she|they) did|what hapened) ~ (stil )?(count|counts|be|considered|technicaly)? ?(as )?(asault|sexual asault|rape|coercion|sexual coercion) (if|when|because|since|even if|even though|cause|bc) & ({partner}|married|drunk|wasted|asleep|pased out|said no|didnt say no|froze|freze|consent|sex|slept|touched|party|date|upstairs|bed|unles i|pressur*|guilt*|made me|wouldnt let me)',
      '(does|did|would|can|could|do) (it|that|this|what (he|she|they) did|what hapened) ~ (count|counts|be considered) (as )?(asault|sexual asault|rape|coercion|sexual coercion) (if|when|because|since|even if|even though|cause|bc) & ({partner}|married|drunk|wasted|asleep|pased out|said no|didnt say no|froze|freze|consent|sex|slept|touched|party|date|upstairs|bed|unles i|pressur*|guilt*|made me|wouldnt let me)',
      '(counts|count|counted|considered) (as )?(asault|sexual asault|rape|coercion|sexual coercion) $ & (if|whether|how|does|do|is|was|would) & ({partner}|married|drunk|wasted|asleep|pased out|said no|didnt say no|froze|freze|consent|sex|slept|touched|party|date|upstairs|bed|unles i|pressur*|guilt*|made me|wouldnt let me)',
      '(it|that|this) (was|is|counts as|count as|counted as|realy was) (realy )?(consent|consensual) (if|when|while|since|because) (she|he|they|i|you|we) ~ (pased out|asleep|sleeping|unconscious|blacked out|blackout drunk|to drunk|so drunk|out of it|drugged|half asleep|not awake|barely conscious|wasted|black out drunk)',
      '(he|she|they|him|her|them|{partner}) (to )?(start|starts|started|begin|begins|began|tries|tried|try) (when|while|whilst|before) (im|i am|i was|i|i m) (stil |stil half |half |fast )?(asleep|sleeping|pased out|unconscious|out cold|not awake|not even awake)',
      '(is|was|does|would) (it|that|this) ~ (stil )?(count as )?(consent|consensual|rape|asault) (if|when|while|since|because) (she|he|they|i|you|her|him|them) (was|were|is|are|am|im|was still|is still)? ?(pased out|asleep|sleeping|unconscious|blacked out|blackout drunk|to drunk|so drunk|out of it|drugged|high|half asleep|not awake|barely conscious|wasted)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Someone who cannot speak for themselves, touched or "done things to" by a carer, staff or family member out of sight.',
    unless: ['(lol|haha|tickl*|hug*|cuddl*|comfort*|gently|reasur*)', '(touch*|touched|felt) (her|his|their) (arm|hand|hands|shoulder|shoulders|hair|face|forehead|back)'],
    patterns: [
      '(carer|caregiver|care worker|care giver|aide|nurse|orderly|staf|staf member|male staf|night staf|support worker|home help|helper|attendant|worker|porter|volunteer|resident|another resident|patient|{carer}) ~~ (touching|touches|touched|groping|gropes|groped|fondl*|feling up|feels up|felt up) (her|him|them|my (wife|husband|mum|mom|mother|dad|father|grandma|grandmother|gran|nan|grandpa|grandfather|grandad|sister|brother|aunt|uncle|partner)) & ((nobody*|no one|noone|nobody is|no one is|noone is) ~ (watching|looking|around|there|home)|(thinks|think|thought) ~ (nobody|no one|noone|were alone|shes alone|hes alone)|camera|cam|nany cam|at night|in the night|secret|inapropriate*|private*|cant (speak|talk|move|say|tel|communicate)|dementia|alzheimer*|disab*|nonverbal|non verbal|stroke|ms|paralys*|bed bound|bedbound)',
      '(did|does|done|doing|been doing) (things|stuf|something|bad things|sexual things|stuf) to (her|him|them|me) & (in the night|at night|night shift|while (she|he|they|i) ~ (asleep|sleping|alone)|frightened|scared|terrified|afraid|crying|wont (say|talk)|cant (say|talk|speak)|staf|carer|caregiver|care home|nursing home|respite|nurse|aide|orderly|hospital|ward|dementia)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Assaulted by someone who is not a partner (a partner\'s "assaulted me" is left to partner violence).',
    unless: ['(mugged|robbed|stole|steal|phone|wallet|purse|handbag|punched|slaped|hit me|kicked|stabed|knife|broke my (nose|jaw|arm)|black eye|bruis*|fight|road rage|sports|match|game|verbaly|emotionaly|with (his|her|their) (words|jokes|breath|perfume|cologne))'],
    patterns: [
      '(elder|pastor|priest|minister|imam|rabbi|deacon|boss|manager|coworker|co worker|colleague|teacher|profesor|lecturer|tutor|doctor|gp|dentist|nurse|therapist|counsellor|counselor|coach|landlord|driver|uber driver|taxi driver|cab driver|stranger|guy|man|someone|somebody|his friend|her friend|best friend|friends (boyfriend|husband|brother|dad)|neighbour|neighbor|date|match|classmate|supervisor|security guard|bouncer|oficer|cop|trainer|instructor|masseuse|masseur|mentor|youth leader|brother in law|father in law|stepbrother|step brother|housemate|roommate|flatmate|client|customer|patient|carer) ~ (asaulted|asaulting|asaults) (me|her|him)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Too drunk to stand and taken somewhere: the bot asks.',
    unless: ['(sweet|cute|lol|haha|looked after|take care|took care|tucked|made sure|water|safe|so kind|bless|hero|ambulance|hospital|paramedic)'],
    patterns: [
      '(to drunk|so drunk|to wasted|so wasted|to high|blackout drunk|blacked out|pased out|barely conscious|half conscious|out of it) ~ to? ~ (stand|walk|talk|move|see|remember|say (no|anything))? & (he|she|they|a guy|a man|someone|some guy|some man|(his|her) friend|a stranger|an older guy) ~ (took|carried|dragged|led|pulled|brought|walked) me (upstairs|up stairs|to (his|her|their|a|the) (room|bedroom|bed|car|bathroom|place|flat|van|tent))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Grabbing intimate body parts (a partner playing, or a laugh, keeps it quiet; other rules catch a partner who ignores a no).',
    hyperbole: true,
    unless: ['(my|our) {partner} ~ (grabed|grabs|grabing|squezed|squezes|pinched|pinches|slaped|slaps|touched|touches|felt)', '(playful*|flirt*|teasing|joking|giggl*|cute)'],
    // A baby at the breast: "the baby grabbed my breast while feeding".
    unlessNear: ['(baby|babies|newborn|toddler|feeding|feed|feeds|breastfeed*|nursing|latch*|teething|pumping)'],
    patterns: [
      '(grabed|grabs|grabing|groped|gropes|touched|touches|squezed|squezes|pinched|pinches|slaped|slaps|felt|feels) my (boobs|boob|breasts|breast|tits|tit|nipple|nipples|groin|bum|butt|ass|arse|crotch|privates|private parts|chest|bottom|backside|junk|dick|penis|vagina|genitals)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Consent named in careful or formal words ("I had not consented", "was not in a position to consent", "without my consent" in a sexual setting).',
    unless: [
      // Consent to something else (phrase-shaped, so a long message that mentions a phone elsewhere keeps its signal).
      '(without|didnt have|no|against) (my )?(consent|permision|agreement) ~~ (location|tracker|tracking|gps|phone|bank|acount|account|card|money|credit|loan|data|email|emails|messages|texts|car|keys|medical|vaccin*|research|study|cookies|surgery|operation|treatment|school trip|medication|procedure|transfusion|photo|photos|pictures|name|details|post|contract|sale|terms|plan|move|transfer)',
      '(location|tracker|tracking|gps|phone|bank|acount|account|card|money|credit|loan|data|email|emails|messages|texts|car|keys|medical|vaccin*|research|study|cookies|surgery|operation|treatment|school trip|medication|procedure|transfusion|photo|photos|pictures|name|details|post|contract|sale|terms|plan|move|transfer) ~~ (without|didnt have|no|against) (my )?(consent|permision|agreement)',
      '(consent|consenting|consented|agreed|agre|agree) (to|for) (the |a |an |my |her |his |their |any )?(location|tracker|tracking|gps|phone|bank|acount|account|card|money|credit|loan|data|email|emails|messages|texts|car|keys|medical|vaccin*|research|study|cookies|surgery|operation|treatment|school trip|medication|procedure|transfusion|photo|photos|pictures|name|details|post|contract|sale|terms|plan|move|transfer)',
      '(position|state|condition) to (consent|agree) to (the|a|his|her|this|that|any) *',
      '(gdpr|consent form|consent forms|cookies)',
      // "Not in the mood for his jokes": a mood about something else.
      'in the mod for (his|her|their|the|your|a|an|any|this|that|more|another) *',
    ],
    patterns: [
      `(without|didnt have|no|against) (my )?(consent|permision|agreement) & ${SEXUAL}`,
      '(had not|hadnt|have not|havent|has not|did not|didnt|never) (ever )?(consented|agreed to (it|this|that|sex|any of it))',
      '(not|wasnt|was not|in no) (in a |in any )?(position|state|fit state|condition) to (consent|agree|say no)',
      '(couldnt|could not|cant|cannot|unable to|incapable of) (give |giving |have given )?(consent|consenting)',
      '(wasnt|was not|isnt|is not|not|never) (realy |truly |actualy |genuine |real )?(consent|consensual) $',
      // Reply fragments: "not really consensual, no", "wasn't exactly consensual tbh".
      '(wasnt|was not|isnt|is not|not|never) (realy |truly |actualy |exactly |entirely |fuly |genuinely )?(consent|consensual) (no|tbh|honestly|either|i think|i guess|if im honest|to be honest|not realy)',
      `(wasnt|was not|isnt|is not|not|never) (realy |truly |actualy |genuine |real )?(consent|consensual) & ${SEXUAL}`,
      '(complied|submitted|gave in|relented|caved|went along (with it)?|let (him|her|them)) ~~ against my (will|wishes)',
      `against my (will|wishes) & (${SEX_ACT}|refus* (him|her)|complied|submit*|relented|in bed)`,
      `${SEX_ACT} & (while|when|whilst|as) (i|im|i am|i was|i m) ~ ${INCAPABLE}`,
      `${INCAPABLE} & (yet|but|and) (he|she|they|{partner}) ~ (proceeded|continued|carried on|went ahead|did it anyway|kept going|persisted)`,
      `(woke|wake|waking|woken) (up )?(to find|to|and found|and realised|and realized|and) ~~ ${SEX_ACT}`,
      `(pressur*|coerc*|badger*|pester*|nag*|wore me down|wear me down) ~~ (until|til|till|untill) i ~ (relented|gave in|caved|agreed|complied|submitted|said yes|let (him|her|them)) & (${SEX_ACT}|consent|in bed|my body)`,
      `${WENT_ON} (after|when|even after|even when|even though|though|although|despite) (i|me) ~ ${REFUSAL}`,
      '(said|say|saying|told (him|her|them)|kept saying) no ~~ (and|but|then) (he|she|they|you) ~~ (did it|did it anyway|just did it|did it regardless|kept going|carried on|had sex|did what (he|she|they) wanted)',
      '(youl|you wil|youre going to|you are going to) (like|enjoy|love) it & (said no|say no|saying no|didnt want|dont want|stop|crying|cried|begged)',
      '(kept|keeps|kept on|wouldnt stop|didnt stop|wont stop) (grabbing|touching|groping|feling|kising|pulling at|rubbing) (me|my *) ~~ (after|when|even after|even though|though|although) i ~ (said|told|asked|begged|wanted to sleep|was tired|wasnt in the mood)',
      '(say|said|saying) no ~~ (mean no|meant no) & (didnt listen|wouldnt listen|ignored|forced|anyway|regardless)',
      '(you|{perp}) ~ forced me $ & (no|stop|didnt want|dont want|listen)',
      '(after|since|before|during|from|of|report|reported|reporting|about) (the|my) (sexual )?(assault|asault) & (therapist|counsel*|nurse|doctor|police|festival|party|club|night out|believed me|trauma|healing|recover*|flashback*|panic|cant sleep|nightmares)',
      'assaulted me & (nurse|exam|examined|rape kit|forensic|swab*|sexual health|believed me|sane clinic|evidence kit)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Filmed or recorded in intimate moments without asking, and passed on.',
    patterns: [
      `(film*|record*|tape*|photograph*) (us|me) ~~ without (asking|me knowing|my knowledge|my permision|permision|consent|my consent|telling me) & (${PASSED_ON}|${SEX_ACT}|bed|naked|intimate)`,
      '(film*|record*|tape*|photograph*) ~ (an |our )?(intimate|sexual|private) (encounter|moment|moments|act|acts|activity|relations|time)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Held down over a no, or until finished (held down to be hit is partner violence).',
    unless: ['(hit*|punch*|slap*|chok*|strangl*|kick*|beat*|tickl*|wrestl*|play fight*|pilow fight|spit|spat|bruis*|black eye)'],
    patterns: [
      `(held|holds|hold|holding|pinned|pins|pin|pinning) me down & (${REFUSAL}|did not wish|didnt wish|did not want|finished|regardless|kept going|carried on|${SEX_ACT})`,
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Half-said: unsure I said yes while out of it, sore with no memory, let them to avoid a fight, woke to it happening, private photos shown.',
    unless: [
      '(lol|haha|embaras*|cringe|danc*|karaoke|threw up|puked|vomit*|hangover|hungover)',
      '(let (him|her|them)|give in|gave in|go along with it|went along with it) ~~ (restaurant|movie|film|dinner|holiday|vacation|trip|game|pick|choose|chose|drive|drove|win|won|puppy|dog|kitten|tattoo|wedding|gym|hike|run|marathon)',
      '(about|over|on|pick|choose|chose|picking|choosing|decide|deciding) (which|what|the|a|where|who) ~ (film|movie|restaurant|dinner|holiday|game|show|takeaway|pizza|route|music|song|channel|series)',
      '(going on|go on|goes on|on at me|nagging|asking|begging|pestering|banging on) about (the|a|his|her|getting|buying|another) ~ (puppy|dog|kitten|holiday|vacation|trip|car|tattoo|wedding|move|house|dinner|game|gym|sofa|tv)',
      '(sore|bruis*|my head|headache) ~~ (gym|workout|hike|hiking|marathon|run|ran|fell|fall|tripped)',
      '(gym|workout|hike|hiking|marathon|run|ran|fell|tripped) ~~ (sore|bruis*|my head|headache)',
    ],
    unlessNear: [
      // Family photos shared without asking: "posting my baby's photos on Instagram".
      '(baby|babys|kids|childrens|sons|daughters|wedding|holiday|family|school) (photos|pics|pictures|videos|vids)',
    ],
    patterns: [
      `(not sure|dont know|dont remember|cant remember|dont think|unsure|no idea) (if |whether |that )?i ~ (said yes|say yes|agreed|consented|wanted (it|to)) (that night|then|at all|to (it|that|sex|him|her|anything|any of it)|$|i was|tbh|honestly) & (${INCAPABLE}|drunk|high|${SEX_ACT}|hooked up|slept with|that night)`,
      '(dont|cant|do not|cannot|barely) (realy )?remember ~~ (geting home|how i got (home|there|back)|the rest of the night|what hapened|last night|anything after) & (sore|bruis*|bleeding|my clothes|underwear|naked|his bed|her bed|his place|his room|next to (him|her|someone))',
      '(stuf|something|things) (hapened|hapens|went on) ~~ (party|that night|his place|his room|her place|date|club|sleepover|trip) & (dont want to (think|talk) about|cant (think|talk) about|try not to think|dont want to remember|cant stop thinking)',
      '(photos|pics|pictures|videos|vids|images|photographs) (of me )?~~ (never agreed|didnt agree|did not agree|without (asking|my permision|consent|my consent)|not ok with|didnt want) & (show|shows|showing|share|shares|sharing|post|posts|posting|send|sends|sending|spread|people|friends|online)',
      '(wake|woke|waking|woken) up ~~ (things|it|stuf|something|sex) (were|was|is|are|had|have) (already )?(hapening|going on|started|begun|in progres|underway)',
      '(wake|woke|waking|woken) up (and|to) ~ (things|it|stuf|something|sex) (were|was|is|are|had) & already (hapening|going on|started|begun|in progres|underway)',
      '(i )?(just )?(let (him|her|them)|give in|gave in|go along with it|went along with it) (just |only )?(because|cause|cos|bc|since|so) ~~ (easier|fight|sulk*|mad|angry|leave me alone|stop (asking|whining|nagging|sulking|going on|bugging me|pestering|pressuring|on at me|begging|pushing)|not worth|peace)',
      '(date|hookup|hook up|guy|man|someone|{partner}|he|she) ~~ (didnt|did not|wouldnt|would not) (realy |actualy |even |fuly )?stop (when|after|even when|even after|though) (i|she|he|they) (asked|said|told|begged|pushed|tried)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Seventh round: sex named as unwanted after the fact, yes worn out of me, or a no met with blame.',
    unless: [
      // Phrase-shaped, so a long message that mentions a dog or a film elsewhere keeps its signal.
      '(tickl*|wrestl*|pilow fight|play fight*|masage|wax*|physio|stretch*|tattoo|dentist|workout|gym|piercing|braid*|sparing) ~~ (stop|one more|hurt*|pain|kept going|carried on|caried on|said yes|agreed)',
      '(stop|one more|hurt*|pain|kept going|carried on|caried on) ~~ (tickl*|wrestl*|pilow fight|play fight*|masage|wax*|physio|stretch*|tattoo|dentist|workout|gym|piercing|braid*|sparing)',
      'hurt* (my|his|her|their) feelings',
      // Everyday things agreed to after nagging: "I only agreed to the puppy after two hours".
      '(agreed|said yes|say yes|saying yes|gave in|caved|said fine|said ok|said okay|let (him|her|them) (have|get|buy|book|pick|choose)) (to )?~ (the|a|an|his|her|their|getting|buying|another|go to) ~ (puppy|dog|kitten|holiday|vacation|trip|wedding|flight|concert|film|movie|tattoo|car|new car|house|move|pizza|takeaway|dinner|game|dessert|cake|chocolate|biscuit*|pudding|karaoke|singing|dancing|cuddl*|snugl*|remote|sofa|couch)',
      '(asked|asking|begged|begging|nagged|nagging|pestered|pushed|pressured|on at me|going on|went on) ~~ (about|for) (the |a |an |his |her |getting |buying |another )?(puppy|dog|kitten|holiday|vacation|trip|wedding|flight|concert|film|movie|tattoo|car|new car|house|move|pizza|takeaway|dinner|game|dessert|cake|chocolate|biscuit*|pudding|karaoke|singing|dancing|cuddl*|snugl*|remote|sofa|couch)',
      '((buy|buying|bought|sell|selling|sold) (the|a) house|moving house|move house)',
      '(just|only|wanted|want) (a hug|closenes|a cuddle|to cuddle|cuddles|to talk|afection|atention)',
      '(prank|pranks)',
      '(coming back|came back|comes back|kept coming|keeps coming) (for|to) (cuddl*|snugl*|hugs|a hug|a cuddle|a snugle|kises|a kis)',
    ],
    patterns: [
      // "it wasn't sex I wanted", "sex I never agreed to".
      '(wasnt|was not|isnt|is not|never) (sex|intercourse) (i|that i) (wanted|agreed to|asked for|consented to|chose|said yes to)',
      `${SEX_ACT} (i|that i) (didnt|did not|never) (agree to|agreed to|ask for|asked for|consent to|consented to|say yes to|said yes to)`,
      `${SEX_ACT} (i|that i) (didnt|did not|never) (want|wanted) (it|at all|then|that night|and|but|from|with|$)`,
      // Agreed only after hours of pressure, and cried through it.
      '(agreed|said yes|gave in|caved|let (him|her|them)|did it) & (cried|crying|sobbed|sobbing|in tears|shaking|numb|stared at the ceiling|lay there|lying there) ~ (the whole (time|way|thing)|through (it|the whole)|all the way through|the entire time|throughout)',
      '(frigid|prude|prudish) & (agreed|gave in|give in|caved|cave|said yes|say yes|let (him|her|them)|did it|pressur*|kept asking|for hours|tel everyone|threaten*)',
      // Yes after being asked over and over, or "that's technically a yes".
      `(said|saying|say|says) (yes|fine|ok|okay) (after|because|once|when|cos|cause|til|till|until) ~~ (asked|asking|begged|begging|nagged|nagging|pushed|pestered|pressured|kept on|going on) ~~ (times|hours|days|all night|over and over|again and again|repeatedly|nonstop|and asking) & (same as|wanting|technicaly|a yes|consent*|count*|${SEX_ACT}|in bed|felt (sick|gros|dirty|used|numb))`,
      '(kept|keeps|kept on|keep) (asking|begging|pushing|nagging|pestering|on at me|going on) ~~ (till|until|til|untill) i ~ (said|say|agreed|gave in|caved) (yes|fine|ok|okay)? & (technicaly|counts|count as|a yes|consent*|felt (sick|gros|dirty|used|numb)|cried through)',
      `(asked|asking|begged|begging|nagged|nagging|pestered|pushed|pressured) (me )?(over and over|again and again|all night|for hours|for days|repeatedly|nonstop|# times) ~~ (till|until|til|untill) i ~ (said|say|agreed|gave in|caved) & (${SEX_ACT}|in bed|consent*|lay there|(felt|feel|feeling) ~ (gros|dirty|numb|violated))`,
      // Refused a sex act, then made to.
      '(grabbed|grabs|grabbing|held|holds|holding|pushed|pushes|pushing|forced|forces|shoved|shoves|pulled|pulls) my head & (blowjob|blowjobs|bj|bjs|oral|go down|going down|suck|give (him|her) head|gave (him|her) head)',
      '(wouldnt|didnt|wont|refused to|refuse to|dont want to|did not|would not) (give|do|try|have) ~ (a )?(blowjob|bj|oral|anal|head|a threesome|sex) ~~ (so|and|but|then) (he|she|they) ~ (made me|makes me|forced me|forces me|did it anyway|grabbed|held me|pushed|took it)',
      // Said no, then let it happen.
      '(said|say|saying|told (him|her|them)) no ~~ (then|and|but|so|til|until|till) ~ (i )?(just )?(let it happen|let (him|her|them) (do it|do what|finish|have it|get on with it)|stoped (fighting|saying no|resisting)|gave up (fighting|saying no|resisting))',
      // Told to stop when it hurt; they went on, or said "one more minute", or "you led me on".
      `(said|say|saying|told (him|her|them) to|asked (him|her|them) to|begged (him|her|them) to) stop (when|because|cause|cos|as|once|after) (it|he|she|they) ~ (started|starts|was|were|got|began|begins) ~ (hurting|to hurt|painful|rough|to rough|so rough) & (one more|almost (done|finished|there)|nearly (done|finished|there)|just a (minute|second|sec|bit) more|${WENT_ON}|led (him|her|them) on|finish*)`,
      '(said|says|told me|tells me|claimed|claims|accused me of|acting like|acts like) ~ (i|id|i had|that i) ~ (led|lead|leading) (him|her|them) on & (stop|said no|didnt want|dont want|carried on|kept going|forced|hurt*|crying|cried|froze|pushed|drunk|asleep|pased out)',
      // Coerced into an "affair" by someone with power over me.
      '(coerced|pressured|forced|guilted|blackmailed|bullied|manipulated|groomed) me into (it|an affair|a relationship|sleeping with|bed|sex) & (affair|sex|slept|sleep with|sleeping with|in bed|hook* up|kis*|a relationship with (him|her))',
      '(manager|boss|supervisor|teacher|lecturer|profesor|tutor|landlord|coach|director|employer|pastor|doctor) ~~ (have me|get me|see me) (sacked|fired|evicted|kicked out|deported|expeled|failed|demoted) & (affair|sex|slept|sleep with|sleeping with|in bed|hook* up|kis*|turned (him|her) down)',
      // A threat to leave, take the kids or tell unless I do things in bed.
      '(he|she|they|hel|shel|theyl|hed|shed|theyd|{partner}) ~~ (leave|take the kids|divorce me|dump me|break up|cheat|find someone else|kick me out|tel everyone|post) ~~ (if|unless) i (dont |didnt |wont |wouldnt |do not |did not |refuse to )?(do|try|give|let (him|her|them)|perform|have|go along with|sleep) ~~ (in bed|in the bedroom|sexualy|sexual (stuff|things|favours|favors)|have sex|sleep with (him|her|them)|give (him|her) (head|a blowjob|oral|sex))',
      // Touched while out of it.
      `(touching|touched|touches|groping|groped|gropes|kising|kised|undresing|undresed|feling up|felt up) me ~ (when|while|whilst|and|as) (i|i was|im|i m) ~ ${INCAPABLE}`,
      // Pushed them off, and they kept coming back.
      '(kept|keep|keeps|kept on) (pushing|shoving) (him|her|them|his hands|her hands) (of|away) & (kept (coming back|trying|going|on|at it)|came back|keeps (coming back|trying)|tried again|wouldnt stop|didnt stop|wouldnt take no|wouldnt give up)',
      '(pushed|pushing|shoved) (him|her|them) (of|away) ~~ (and|but|yet) (he|she|they) ~ (kept (coming back|trying|going)|came back|tried again|didnt stop|wouldnt stop|got back on)',
      // Got into my bed while I was passed out.
      '(got|gets|climbed|climbs|crawled|crawls|snuck|sneaks|came|comes|crept|creeps) (into|in|in to) (my|her) bed (when|while|whilst|after|as) (i|id|i was|i had|im|she|she was|shed) ~ (pased out|blacked out|unconscious|out cold|wasted|to drunk|so drunk)',
      // Filmed without asking, said to be deleted.
      '(films|filming|records|recording|tapes|taping|photographs) (us|me) ~ without (asking|me knowing|my knowledge|permision|my permision|consent|my consent|telling me) & (delete*|in bed|sex|naked|intimate|private|bedroom|hidden|secretly)',
      // Threatened to post a video of us.
      'threaten* to (post|leak|share|upload|send|release|put) (a |the |our |that |those |some )?(video|videos|vid|vids|tape|photos|pics|pictures|clips|clip|footage) of (us|me) ~ (online|everywhere|on the internet|on (porn*|reddit|twitter|x|instagram|insta|facebook|tiktok|onlyfans|snapchat|a porn site|porn sites))',
      // Photos taken of me asleep or undressed, that I want gone.
      '(photos|photo|pics|pic|pictures|picture|videos|video|vids|footage|recordings|snaps) ~~ of me ~ (while|when|whilst) (i was|i m|im|i) ~ (asleep|sleeping|pased out|unconscious|out of it|in the shower|showering|changing|geting changed|undres*|naked|topless|geting dresed) & (delete*|without|never (agreed|said)|didnt (know|agree|consent|ask)|naked|nude|undres*|topless|underwear|sent|posted|shared|showed|online)',
      // Woke somewhere after drinking and "never agreed to anything".
      '(never|didnt|did not) (agree|agreed) to anything & (woke up|drink|drinks|drunk|pased out|blacked out|no memory|cant remember|dont remember)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Seventh round: "that was not a hookup", what was done to me while I was out of it, and the police asking what I wore.',
    unless: ['(dating|been together|our relationship|more than that|first date|what a (guy|gem|hero|legend)|looked after|held my hair|hold my hair|took care|tuck*|(left|leave|brought|got) (me )?water|so sweet|lost property)'],
    patterns: [
      // "That wasn't a hookup", from someone too drunk to stand.
      `(that|it|this|what hapened) (wasnt|was not|isnt|is not) (a |just a |some )?(hookup|hook up|one night stand|drunk hookup|sex|consensual|mutual) & (${INCAPABLE}|couldnt (stand|walk|talk|move|see))`,
      // What someone did to me while I was out of it, and the police asking what I wore.
      `what ~ did to me ~~ (while|when|whilst) (i|i was|im|i m) ~ ${INCAPABLE}`,
      'asked (me )?(twice )?what i was wearing & (statement|rape|asault|examined|exam|swab*|what (he|she|they|the *) did|believe me|believed me)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Seventh round, told through aftermath: "the one who forced it", a condom I never agreed to go without, "what happened was assault".',
    unless: ['(match|game|ref|referee|pitch|punch*|slap*|kick*|hit me|hits me|door|window|lock|jar|lid|drawer|smile|laugh|conversation|apology)', '(so we use|we (always |just )?use (them|one|condoms)|happy to use)'],
    patterns: [
      '(who|that) (forced|forces|forcing) (it|himself|herself|themselves|me) & ({partner}|tearing|torn|bleding|bled|sore|gp|doctor|nurse|gynae|smear|clinic)',
      '(never|didnt|did not) (agree|agreed|consent|consented|say yes|said yes) to (go|going|do it|doing it|have sex|having sex|sex|it) (without|with no) (a )?condom',
      '(says|said|calls|called|told me|thinks) (that )?what hapened ~~ (was|is|counts as|sounds like) (asault|rape|sexual asault|sexual coercion|coercion|abuse)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Seventh round, half-said: sex endured, gave in and feel gross, no memory and "something happened", went further than I wanted.',
    unless: [
      // Phrase-shaped, so a long message that mentions an argument or a sofa elsewhere keeps its signal.
      '(lol|haha|lmao|😂|karaoke|prank|banter|teasing|hangover|hungover)',
      '(gave|give|giving) in ~~ (cake|pizza|ate|eat|eating|chocolate|crisps|takeaway|smok*|cigaret*|vape|bought|spent|texted|caled|diet|danc*|sang|singing|drinking|drink|another drink|a drink)',
      '(cake|pizza|chocolate|crisps|takeaway|smok*|cigaret*|vape|diet|threw up|puked|vomit*|drank|drinking) ~~ (fel|feel|feeling|felt) ~ (gros|dirty|sick|disgusting|ashamed|used)',
      '(get through|endure|survive|tolerate|put up with|grit my teeth) ~ (the|this|that|his|her|another|every|a|each) ~ (argument|fight|row|convo|conversation|discussion|dinner|visit|meeting|shift|day|week|lecture|family|sermon|budget)',
      '(fel|fell|falen|falling|fall) asleep (on|in) (the |a )?(sofa|couch|train|plane|beach|hammock|bus|car)',
      '(cute|cutest|drool*|snor*)',
    ],
    patterns: [
      `(${SEX_ACT}|in bed|intimacy|being intimate) ~~ (i|have to|got to|gota|need to|must|just) ~ (get through|endure|survive|tolerate|put up with|grit my teeth|get it over with|get over with)`,
      `(didnt|did not|dont|do not) (realy )?want (it|to) (but|and|yet) (i )?(never|didnt|dont|did not|do not|couldnt|cant) (say|said|tel (him|her|them)|told (him|her|them)|admit) (so|it|that|anything|no) & (${SEX_ACT}|in bed|bed|intimate)`,
      '(gave|give|giving) in ~~ (feel|felt|feeling) ~ (gros|dirty|used|sick about it|violated|numb|disgusting|ashamed)',
      'let it happen (so|because|cause|cos|bc|to|just to|since) ~~ (angry|mad|stop|fight|sulk*|shout*|yell*|leave me alone|easier|get it over|scared|afraid)',
      '(dont|do not|never|no longer|stoped|gave up) (even )?(say|saying|bother saying) no ~ (anymore|any more|now|these days) & (sulk*|cold|angry|mad|punish*|silent treatment|moody|for days|in bed|sex)',
      `(count|counts|counted|counting|considered|was|is|realy) (as )?(consent|consensual) & (${INCAPABLE}|pased out|high|froze|didnt say no)`,
      '(dont|cant|do not|cannot) remember (much|anything|most of it|a thing|what hapened) & (acting like|acts like|says|said|saying|claims|claiming|telling (people|everyone|me)|told (people|everyone|me)|bragging|hinting) ~ (something hapened|we (slept together|hooked up|had sex|did (it|stuf|things))|it was (consensual|mutual))',
      '(went|go|goes|going|got|gets) (way |much |a lot |a bit |bit )?(further|farther|to far) than i (wanted|want|was comfortable|was ready|agreed|said|meant) & (date|tinder|hinge|bumble|grindr|the app|froze|hookup|hook up|stop it|stop (him|her|them)|kis*|bed|his place|her place|drunk|touch*|clothes|that night)',
      '(didnt|did not|dont) (realy )?know how to (say (no|stop)|stop (it|him|her|them)|tel (him|her|them) (no|to stop)|get (him|her|them) (of|to stop)|make (it|him|her|them) stop) & (touch*|grop*|kis*|sex|bed|hands|clothes|on top|date|drunk|out of it|froze|further)',
      '(woke|wake|woken|waking) up ~~ (with my (tights|clothes|dress|top|shirt|underwear|knickers|pants|bra|skirt|jeans) ~ (ripped|torn|on backwards|inside out|undone|missing|of|gone|pulled down)|in a (hotel room|room|bed|flat|house|place) (i|that i) (didnt|dont|did not) (book|know|recognise|recognize)) & (party|work do|night out|club|bar|pub|festival|drink|drinks|drunk|cant remember|dont remember|no memory|something hapened|blacked out|spiked)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sextortion named (a documentary, school talk or warning to the kids about it stays quiet).',
    unless: ['(documentary|documentaries|awareness|article|news|podcast|lesson|assembly|workshop|training|leaflet|campaign|(warn|warned|warning|teach|taught|teaching|talk|talked|talking) ~ (the|our|my) (kids|children|son|daughter|teens|students|class))'],
    patterns: ['(sextortion|sextorted|sextorting)'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'No memory of ever saying yes (to a trip, a puppy or a plan stays quiet).',
    unless: [
      '(lol|haha|😂)',
      // Saying yes to a thing (phrase-shaped, so a long message that mentions a holiday elsewhere keeps its signal).
      '(agreing|agreeing|saying yes|consenting|ever saying yes|giving consent|giving my consent) to (the|a|an|this|that|his|her|our|their|any|going|buying|hosting|lending|moving|volunteering|babysitting|getting|being|it being|him (coming|moving|staying)|her (coming|moving|staying)|paying|pay|sign*|join*)',
    ],
    patterns: ['(dont|cant|do not|cannot|didnt) (realy |even |actualy |honestly )?remember (agreing|agreeing|saying yes|consenting|ever saying yes|giving consent|giving my consent)'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round eight, phones and apps: a drink spiked, private images I sent or that were taken of me posted, held over me, or demanded by a boss.',
    unless: [
      '(lol|haha|lmao|😂|🤣|karaoke|danc*|singing|snor*|drool*|sleep talking|talking in my sleep|sleepwalk*|mid sneeze|so cute|cutest|adorable|prank)',
      '(sent|send|sending|share|shared|sharing|swap*|exchang*|film*|record*|took|take) ~~ (each other|one another)',
      '(was|were|is|its|totaly|fuly|completely|al) (mutual|consensual)',
      '(love it|loved it|into it)',
      '(photos|pics|pictures|videos|vids|clips|snaps|footage|photo|pic|picture|video|album) (from|of|at) (the |our |my |his |her |a )?(holiday|vacation|trip|wedding|graduation|birthday|beach|baby|kids|party)',
      '(family page|meme|memes|unflattering|double chin|bad angle)',
    ],
    patterns: [
      // A drink spiked: "slipped something in my drink", "put a pill in my wine".
      '(slipped|slips|slip|put|puts|dropped|drops|added|adds|mixed|poured|tipped) (something|a pill|pills|a tablet|tablets|drugs|powder|ghb|rohypnol|roofies|a roofie|ketamine|sleping pills|stuff) (in|into|to) my (drink|drinks|wine|beer|coffee|tea|cocktail|glass|juice|water|food|soda|pint|shot)',
      // Photos or videos someone took of me undressed or sedated, passed on.
      `(photos|photo|pics|pic|pictures|picture|videos|video|vids|vid|clips|clip|footage|recordings|snaps|screenshots) (he|she|they|someone|{partner}) ~ (took|taken|filmed|recorded|made|snaped|shot) of (me|us) ~~ (shower|showering|bath|naked|nude|topless|undres*|changing|geting changed|sedated|under (anaesthetic|anesthetic)|unconscious|having sex|in my underwear|in my bra|on the toilet) & (${SENT_ON}|sent|sends|sending|forwarded|forwards)`,
      // Filmed while I was out of it or undressed, and sent on or kept secret.
      `(filmed|films|filming|recorded|records|recording|photographed|photographs|took (photos|pics|pictures|a photo|a pic|a picture|videos|a video|a vid) of) (me|us) ~ (when|while|whilst|as) (i|i was|im|i m|we|we were) ~ (${INCAPABLE}|naked|nude|undres*|in the shower|showering|changing|geting changed|having sex|in bed) & (${SENT_ON}|without|didnt know|never knew|no idea|secretly|hidden|naked|nude|mates|friends|online|group chat)`,
      // Someone put my or our intimate pictures into a group, a page, a chat.
      `({perp}|someone|somebody|people|(his|her|their) (friend|friends|mate|mates|brother|cousin|sister)) ~ (put|puts|posted|posts|shared|shares|forwarded|forwards|leaked|leaks|uploaded|uploads|spread|airdropped|dumped|circulated) ~ (the|those|these|some|all the|all my|all our|my|our) ${INTIMATE_MEDIA}`,
      // Private snaps leaked: a leak account, or sent to one person only.
      '(my|our) (snaps|pics|photos|pictures|videos|vids|selfies|nudes|content|images) ~~ (leak|leaks|exposed|exposing) (account|acount|page|site|channel|group|server|thread|forum)',
      '(leak|leaks) (account|acount|page|site|channel|server|thread|forum) & (my|me) ~ (snaps|pics|photos|pictures|videos|nudes|body|naked|nude)',
      '(my|our) (snaps|pics|photos|pictures|videos|vids|selfies|nudes) ~~ (posted|leaked|shared|uploaded|put up|spread|ended up|going round|went round|sent round|screenshot*) & only (ever )?(sent|gave|showed|shared) (them|it|those|these) (to|with) (him|her|them|my {partner}|my ex|one person)',
      // Intimate images kept as a threat: "still has my nudes and reminds me", "remember what I've got".
      `(has|stil has|stil got|got|kept|keeps|keeping|holding|holds|saved|saves|screenshoted|screenshotted) ~ ${INTIMATE_MEDIA} & (remember what|reminds me|reminding me|reminded me|hint*|threat*|if i (ever )?(leave|left|report|tel|told|date|see|go)|unles i|every time|whenever|over me|over my head|against me|(wont|refuses to|doesnt|wouldnt|refused to) (delete|get rid)|blackmail*)`,
      `remember what (ive got|i have|i got|i stil have|i kept|i saved) & (${INTIMATE_MEDIA}|nudes|pics|photos|videos|intimate|naked|tape)`,
      // A threat to send pictures or videos we made or I sent to family or work unless I do what they say
      // ("post the videos of me if I don't come back" alone is partner violence's threat).
      '(send|show|post|share|leak|upload|forward) (the|that|those|our|my|a|some) ~ (video|videos|vid|vids|tape|pics|photos|pictures|clips|footage|recording|recordings) (i|we) (sent|made|took|filmed|recorded) ~~ (if|unless|unles) i',
      // Hidden cameras and secret filming where I undress.
      '(hid|hidden|hides|hiding|secret|put|found) (a )?(camera|cam|cameras|spy cam|phone recording) ~~ (bathroom|bedroom|shower|changing room|toilet|my room) & (me|recordings|videos|footage|filmed|filming|recorded|recording)',
      '(secretly|sneakily) (filming|filmed|films|recording|recorded|records|photographing|photographed|taking (photos|pics|videos) of) me ~ (in the shower|showering|shower|changing|geting changed|undres*|naked|in the bath|on the toilet|in (my|the) (room|bedroom|bathroom)|in bed|sleeping|asleep)',
      // A video call recorded while I was undressed, then passed on.
      `(screen recorded|screen recording|screenrecorded|screenshoted|screenshotted|recorded|saved) ~ (facetime|video call|videocall|call|snap|snapchat|stream|webcam|cam|live) ~~ (naked|undres*|topless|nude|sexual|intimate) & (${SENT_ON}|online|on (twitter|x|reddit|insta|instagram|tiktok|snapchat|telegram|discord|porn*)|everyone|without)`,
      // Deepfaked into porn, pictures sold.
      '(deepfaked|deep faked|deepfake*|photoshoped|faked) me (into|in|onto) (porn|a porn *|a sex *|sex *|nude *|naked *|explicit *)',
      '(made|makes|making|created|generated|generates) (a |an )?(deepfake|deep fake|fake|ai|edited) (porn|nudes|nude *|naked *|sex *|explicit *) (of|with) me',
      '(sold|selling|sells|sell) my (pics|photos|pictures|videos|vids|content|nudes|snaps) & (telegram|discord|reddit|onlyfans|online|porn*|strangers|men|guys|without|site|website|forum)',
      // A boss, landlord or teacher sending explicit images, or a job that depends on pictures sent back.
      '(manager|boss|supervisor|line manager|team leader|employer|landlord|teacher|lecturer|profesor|tutor|coach|director|producer|agent|client|customer|colleague|coworker|co worker|sponsor) ~~ (sends|sent|keeps sending|kept sending|sending|texts|texted|snaps|messages|messaged|dms) (me )?~ (explicit|nude|naked|sexual|dirty|x rated|dick|nsfw) (snaps|pics|photos|pictures|images|videos|vids|messages|selfies|pic|photo|video)',
      `${LEVERAGE} ~~ (depends|depend|depending|conditional|hinges) on ~~ (what i send|i send|me sending|sending (him|her|them)|pics|photos|nudes|pictures|selfies) & (explicit|nude|nudes|naked|sexual|sexy|(him|her|them) (pics|photos|pictures|selfies)|(pics|photos|pictures) of (me|myself)|selfies|my body|underwear|lingerie)`,
      `${LEVERAGE} ~~ (if|unles) i (dont |wont |do not )?(send|sent) (him|her|them|back|some|more|something)? ?~ (pics|photos|nudes|pictures|selfies|something|more|back) & (explicit|nude|nudes|naked|sexual|sexy|snaps|my body|underwear|lingerie)`,
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round eight, half-said: photos of me undressed found on their phone, told afterwards we slept together when I was too drunk to know, woke at someone\'s place with no memory.',
    unless: ['(lol|haha|lmao|😂|🤣|laughed|funny|hangover|hungover|never drinking again|kebab|singing|karaoke|cute|baby|bath time|the kids)'],
    patterns: [
      '(photo|photos|pic|pics|picture|pictures|video|videos|vids|clips|footage|recordings) of me ~ (in the shower|in the bath|shower|showering|naked|nude|topless|undres*|changing|geting changed|geting dresed|on the toilet|in my underwear) & (never knew|didnt know|had no idea|no idea|without (me knowing|my knowledge|asking|consent|my consent)|secretly|hidden (camera|cam)|on (his|her|their) (phone|laptop|computer|camera roll|drive|cloud|ipad)|chat|sent|group)',
      '(told|tells|telling|texted) me ~ (we|wed|that we|that wed) ~ (slept together|had sex|hooked up|did it|done it|done stuf|did stuf|went al the way) & (so drunk|to drunk|very drunk|realy drunk|wasted|blacked out|blackout|pased out|out of it|dont remember|cant remember|no memory|dont recal|sick in|throwing up|threw up|couldnt stand|spiked|drugged)',
      '(says|said|claims|claimed|insists|insisted) (that )?(we|wed) ~ (slept together|had sex|hooked up|did it|done it|went al the way) & (so drunk|to drunk|very drunk|realy drunk|wasted|blacked out|blackout|pased out|out of it|dont remember|cant remember|no memory|dont recal|couldnt stand|spiked|drugged)',
      '(woke|wake|woken|waking) up (at|in) (his|her|their|a|some|someone*|a strangers|a guys|some guys|a mans) ~ (flat|house|place|room|bedroom|bed|apartment|hotel|hotel room|car|sofa|couch|dorm) & ((dont|cant|do not|cannot) (realy )?remember (geting there|how i got|anything|much|most of|the night|last night|what hapened|a thing|leaving|going)|no memory|dont know how i got|no idea how i got|blacked out|black out|spiked|drugged|something hapened|dont know what hapened)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    victim: 'self',
    note: 'Round eight, families and care: refusing called a sin, lying there to let it happen, a no over stitches or surgery ignored, giving in to keep the peace, a "duty" with no right to refuse.',
    unless: [
      '(refus*|say no|saying no|said no|deny*|denying|obey|submit*|duty) ~~ (forgiv*|tith*|fast*|pray*|hijab|modest*|pork|send money|his (mum|mom|mother|parents|family)|her (mum|mom|mother|parents|family)|in laws|host*|cook*|visit*|chores|cleaning|church atendance)',
      '(happy tears|tears of joy|so happy|(cry|cried|crying) (at|during|over|because of) (the |a |our |his |her )?(proposal|film|movie|wedding|holiday|engagement|puppy|news))',
      '(gave|give|giving) in ~ (and|to) ~ (got|get|bought|buy|booked|book|adopted|agreed to) ~ (puppy|dog|holiday|vacation|trip|car|house|dinner|restaurant|film|movie)',
      '(stop|stoped|stoping|kept|keeps|keep|carried on|caried on|went ahead|did it anyway) (talking|texting|caling|messaging|complaining|laughing|going on about|watching|playing|shopping|driving|working|cooking|with (the|his|her|our|a)|and (bought|booked|ordered|invited|painted|sold|signed|spent|paid|cooked|planed))',
      '(nurse|doctor|midwife|surgeon|dentist|physio|gp|consultant|injection|jab|vaccine|blood test|drip|catheter|scan|smear) ~~ (did it anyway|carried on|caried on|kept going|went ahead|didnt stop|wouldnt stop|continued)',
      '(did it anyway|carried on|caried on|kept going|went ahead|didnt stop|wouldnt stop|continued) ~~ (injection|jab|vaccine|blood test|drip|catheter|scan|smear|stitches out)',
    ],
    patterns: [
      // "refusing is a sin", "denying my husband is haram", "the angels curse a wife who says no".
      '(refus*|say no|saying no|said no|deny*|denying|turn* (him|her) down|turning (him|her) down) ~~ (is|was|a|be|would be|its) ~ (sin|sinful|haram|forbidden|against (god|alah|the bible|scripture|our (faith|religion)))',
      '(angels|god|alah|the lord) ~ (curse|curses|cursing|cursed|punish*|angry with|hates) (me|women|wives|a wife|the wife|her) ~~ (refus*|say no|saying no|deny|denying|dont let)',
      // Lying there and letting it happen, crying.
      '(lie|lay|lying|laying|laid) there (and )?(let|letting|just let) (it happen|(him|her|them) (do it|do what|finish|get on with it|have (his|her|their) way))',
      'let it happen (while|as|and) i ~ (cry|cried|crying|sob*|shake|shook|shaking|stare*|count*|go numb|went numb|zone out|zoned out|dissociat*)',
      // A no while healing from birth or surgery, ignored: "I said I wasn't ready, stitches still healing, he did it anyway".
      `${REFUSAL} & ${WENT_ON} & ${HEALING}`,
      `(told (him|her|them)|said|tel (him|her|them)|say) (that )?(i was|im|i am|i m|it was|it is|its|it) ~ (${HEALING}|sore|hurt|hurts|hurting|painful|to soon|not healed|not ready) & ${WENT_ON} & ${HEALING}`,
      `(waited|waiting|waits) long enough & ${HEALING} & (anyway|did it|had sex|forced|made me|took|on top of me|inside me|wouldnt wait|couldnt wait)`,
      `${REFUSAL} & (wouldnt|couldnt|didnt|wont|would not|could not) wait & ${HEALING}`,
      // "a good wife never refuses her husband in bed", "obey my husband in the bedroom even when it hurts".
      '(wife|wives|woman|women|husband|husbands|girlfriend|boyfriend|partner) (never|doesnt|does not|wouldnt|would never|cant|cannot|can not|must not|mustnt|shouldnt|should never|isnt allowed to|is not allowed to|has no right to) (refuse*|say no|says no|deny|denies|turn* (him|her) down) & (bed|bedroom|sex|intimacy|(his|her) needs|whenever (he|she) wants|my body|(so|and) i ~ (stoped|gave up|dont|never|just let|let (him|her)))',
      '(obey|submit to|give in to|satisfy|serve|please) (my|your|her|his|a) (husband|wife|partner) (in (the )?bed|in the bedroom|sexualy|whenever (he|she) wants) & (even when|even if|hurts|hurt|pain|cry|crying|dont want|didnt want|whenever|always|no matter|every night)',
      `(job|duty|role|place|obligation) ~~ (satisfy|satisfied|keep (him|her) (happy|satisfied)|give (him|her) what (he|she) wants) ~~ (whenever|every time|any time|anytime|at night|in bed) & (${HEALING}|even when|even if|bed|sex|my body|dont want|tired|sick)`,
      // Kept at me until I gave in, then "you wanted it".
      `(keeps|kept|keep|goes|went|going|kept on|keeps on) (on )?at me ~~ (until|til|till|untill) i ~ (give|gave|giving) in & ((says|said|tells (me|everyone|people)|told (me|everyone|people)|claims|claimed|acts like|acted like|pretends|insists) ~ (i|that i) (wanted|want|enjoyed|liked|asked for) it|${SEX_ACT}|in bed|my body|never want (it|to)|never wanted (it|to))`,
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    victim: 'self',
    note: 'Round eight, named outright: sex while sedated or knocked out, care withheld unless I let them touch me, a hand between my legs from a professional or with a freeze.',
    // Phrase-shaped, so a long message that mentions a dog or a baby elsewhere keeps its signal.
    unless: [
      '(lol|haha|😂|loved it|into it)',
      '(cat|dog|puppy|kitten|baby|toddler|pilow) ~~ (between my (legs|thighs)|into my bed|onto my bed|in my bed)',
    ],
    patterns: [
      `(has|had|have|having) sex with me (while|when|whilst) (i|im|i am|i was|i m) ~ ${INCAPABLE}`,
      `(wait|waits|waited|waiting) (till|until|til|untill) (im|i am|i was|i m|i|id|i had|she|he|shes|hes|shed|hed) ~ ${INCAPABLE} & (${SEX_ACT}|did it|does it|touch*|on top)`,
      // Sexual favours asked in exchange for help, rent or a lift.
      '(sexual favours|sexual favors) & (asks|asking|asked|wants|wanted|demands|demanding|expects|expecting|in exchange|in return|or (he|she|they) (wont|wouldnt)|unless|if i|for (helping|help|a lift|rent))',
      '(only|wont|wil only|just) (helps|help|washes|wash|feeds|feed|drives|drive|lifts|lift|changes|change|dresses|dres|showers|shower|gives|give|takes|take) (me )?~~ (if|when|after|once) i (touch (him|her|them)|let (him|her|them) (touch|feel|kis)|kis (him|her|them)|sleep with|have sex|undres|get naked)',
      // Gives me my sleeping pill, then sex once I am out.
      `(sleping (pill|pills|tablet|tablets)|sedative*|my meds|zopiclone|ambien|sleepers) & ${SEX_ACT} & (when|while|once|after|till|until|til) (im|i am|i was|i m|i) ~ (out|asleep|under|gone|knocked out|pased out)`,
      // Care held back unless I let them touch me: "he'll stop helping me shower unless I let him touch me".
      '(stop|stops|wont|wouldnt|refuses to|refused to|not) ~ (help*|wash*|shower*|dres*|fed|feed*|lift*|drive|take me|give me|bring me|change me|care for me|look after me) ~~ (unless|unles|if i dont|if i wont|or else) i ~ (let (him|her|them) (touch|feel|kis|undres)|let (him|her|them) (see|watch) me ~ (naked|undres*|shower*|in the shower|in the bath|nude)|touch (him|her|them)|sleep with|have sex|kis (him|her|them)|undres*|get naked|show (him|her|them) my)',
      '(hand|hands|fingers|finger) (between|in between) my (legs|thighs) & (froze|freze|frozen|without|didnt want|dont want|stop|said no|uncomfortable|couldnt move|shocked|scared|wrong|pushed|therapist|masseu*|physio|doctor|gp|nurse|dentist|instructor|teacher|coach|boss|manager|driver|uber|taxi|stranger|colleague|coworker|priest|pastor|imam|uncle|carer|care worker)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    victim: 'self',
    note: 'Round eight, half-said: someone climbed into my hospital bed while I was drugged or out of it.',
    unless: ['(cuddl*|hug*|held me|hold me|comfort*|spoon*|nap|lol|haha)', '(kids|kid|baby|dog|cat|puppy|son|daughter|toddler) (climbed|climbs|got|gets|crawled|crawls|came|comes)'],
    patterns: [
      `(climbed|climbs|got|gets|crawled|crawls|came|comes) (into|in|in to|onto|on to) my (hospital )?bed & (${INCAPABLE}|morphine|painkilers|sedat*|drugged|after (the|my) (op|operation|surgery))`,
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    victim: 'self',
    note: 'Round eight, half-said: "my duty" with no right to say no, giving in to keep the peace.',
    unless: [
      // Phrase-shaped: the duty or the giving in is about something else.
      '(duty|obligation|wifely|obey|submit*|give in|gave in|giving in|say no|refuse) ~~ (host*|cook*|visit*|send money|money|his (mum|mom|mother|parents|family)|her (mum|mom|mother|parents|family)|in laws|chores|cleaning|kids|children|work|job|church|move|moving|holiday|holidays|where we|restaurant|dinner|food|tv|the remote|film|movie|parenting|decor|decision*|spend*|budget|the car|the house)',
      '(lol|haha|😂|loved it|hot|into it|cinema|pray*|fast*|tith*|hijab|modest*|mosque)',
      '(fight|fights|row|rows|argument|arguments) (about|over) (the|what|where|which|who|whose|money|paint|food|dinner|holidays|kids|chores|decor|colour|color|tv|music)',
    ],
    patterns: [
      '(duty|obligation|wifely|his right|her right|obey|submit*) & (alowed|right|able|free|permited) to (say no|refuse) $',
      '(give|gave|giving|just give|just gave) in to (him|her|them|my {partner}) (so|to avoid|to keep|just to|because|cause|cos|bc|or) ~~ (fight|fights|row|rows|argument|arguments|sulk*|mad|angry|peace|leave me alone|shout*|yel*|moody|kick of|kicks of|silent treatment|punish*)',
      // "so there's no fight", "so he doesn't sulk": the filler never crosses a negator, so name it.
      '(give|gave|giving|just give|just gave) in to (him|her|them|my {partner}) (so|because|cause|cos|bc) ~ (no|dont|doesnt|wont|isnt|wouldnt|didnt|not) ~ (fight|fights|row|rows|argument|arguments|sulk*|mad|angry|shout*|yel*|moody|kick of|kicks of|silent treatment|punish*)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round nine (second language, replies, unheard voices): a no worn down until I gave up and let them.',
    unless: [
      // Everyday things given in to after a no: "I said no to the puppy but gave in and let him buy it"
      // (named as phrases, so a long message that mentions a dog elsewhere keeps its signal).
      '(said|say|saying|says|told (him|her|them)) no to (the|a|an|his|her|their|getting|buying|another|more|any) ~ (puppy|dog|kitten|holiday|vacation|trip|tattoo|piercing|haircut|car|sofa|couch|house|move|pizza|takeaway|dessert|cake|sweets|game|games|xbox|playstation|party|sleepover|loan|plan|idea)',
      '(gave|give|giving|gave up|give up|caved) (in )?(and|to) ~ (got|get|bought|buy|booked|book|adopted|agreed to|said yes to|let (him|her|them) (buy|book|get|keep|adopt|paint|choose|pick|order|drive|borow))',
      '(lol|haha|lmao|😂|🤣|tickl*|wrestl*|pilow fight|play fight*|prank)',
    ],
    patterns: [
      // A no (or "not ready") worn down, then "gave up and let him" (second-language and plain forms).
      '(said no|say no|says no|saying no|told (him|her|them) no|tel (him|her|them) no|refused|refuse|refusing|kept refusing|wasnt ready|not ready|didnt want (it|to)|dont want (it|to)|did not want (it|to)|do not want (it|to)) & (gave up|give up|gave in|give in|caved|cave|stoped (fighting|resisting|saying no|refusing)|stop (fighting|resisting)) (and |then |so |to )?(just |finaly |simply )?(let|lets|leting) (him|her|them|my {partner}) (do it|do what|have (his|her|their) way|have sex|have it|finish|get on with it|do $|$)',
      // Pushed and pushed, asked and asked, until I gave in, over a no or "not into it".
      `(push*|pressur*|nag*|beg*|ask*|pester*|badger*|insist*|on at me) (and|n) (push*|pressur*|nag*|beg*|ask*|pester*|badger*|insist*|on at me) ~~ (til|till|until|untill) i ~ (gave|give|giving) in & (not into (it|that|sex)|ace|asexual|didnt want|dont want|did not want|not ready|wasnt ready|make it stop|get it over with|leave me alone|${SEXUAL})`,
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round nine: a no or tears kept up "the whole time", "he got carried away" over a stop, too much to drink to say no, drunk and taken to a room, things done to me I never agreed to.',
    unless: [
      '(lol|haha|lmao|😂|🤣|tickl*|wrestl*|pilow fight|play fight*|singing|karaoke|danc*|laughing|joke|prank)',
      // Tears at an event: "I cried the whole time at the wedding".
      '(crying|cried|sobbing|sobbed) ~ (the whole time|the entire time|throughout|all the way through) ~ (at|during|through|in) (the |his |her |our |my )?(wedding|funeral|film|movie|episode|ceremony|speech|show|concert|graduation|service|vows|birth)',
      '(wedding|funeral|film|movie|episode|ceremony|speech|concert|graduation|vows) ~~ (crying|cried|sobbing|sobbed) (the whole time|the entire time|throughout|all the way through)',
      // Happy tears: "we renewed our vows… I cried through the whole thing".
      '(renewed our vows|vow renewal|happy tears|tears of joy)',
      // Looked after when drunk: "took me to a room to sleep it off".
      '(looked after|take care|took care|sleep it of|put me to bed|tucked|so kind|bless|glass of water|sweet of)',
      // Carried away with spending or decorating.
      '(got|gets|get|getting) carried away (with the|with his|with her|with our|with my|at the|in the|buying|shopping|spending|decorating|betting|ordering|online)',
    ],
    patterns: [
      // A no or tears kept up the whole time: "I was telling him to stop the entire time".
      '(crying|cried|sobbing|sobbed|saying no|said no|saying stop|said stop|telling (him|her|them) (no|to stop)|told (him|her|them) (no|to stop)|begging (him|her|them)? ?(to stop)?|asking (him|her|them) to stop|pushing (him|her|them) (away|of)|shaking|frozen) (the whole time|the entire time|the whole way through|all the way through|throughout|through (it|the whole thing|al of it)|the whole thing)',
      // "He got carried away" over a no.
      '(got|gets|get|getting) carried away & (telling (him|her|them) (to stop|no|stop)|told (him|her|them) (to stop|no)|asking (him|her|them) to stop|asked (him|her|them) to stop|saying (no|stop)|said (no|stop)|begged|crying|cried|froze|pushing (him|her|them) (of|away)|pushed (him|her|them) (of|away)|didnt want (it|to)|wasnt ready)',
      // Too much to drink to say no.
      '(had|drank|drunk|drinking) (way |far |much )?(to much|so much|to many|a lot) (to drink |wine |beer |drinks )?to (say no|say (no|stop) properly|consent|fight|stop (him|her|them|it)|push (him|her|them) (of|away)|know what)',
      // Drunk, taken to a room, and a no or a freeze remembered.
      `${INCAPABLE} & (took|taken|takes|carried|dragged|led|pulled|brought|walked) me (upstairs|up stairs|to (his|her|their|a|the) (room|bedroom|bed|car|bathroom|place|flat|van|tent|house|hotel|hotel room)) & (saying (no|stop)|said (no|stop)|say (no|stop)|told (him|her|them) (no|to stop)|pushing (him|her|them)|froze|couldnt move|could not move|didnt want|did not want)`,
      // Things done to me that I never agreed to.
      '(did|does|doing|done|do) (stuff|things|something|sexual things|sexual stuff) to me (that |which )?(i )?(didnt|did not|never|dont|do not) (want|agre*|consent*|ask for|say yes to)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round nine: a hand put on my private parts, and touching kept quiet with a threat (a visa, the job, nobody believing me).',
    unless: ['(nurse|doctor|gp|physio|physiotherapist|midwife|dentist|paramedic|sonographer) (put|puts|placed|places|had|touched|touches|ran|pressed|presses|examined|examines) (his|her|their|my)', '(listen to my (heart|chest|lungs)|stethoscope|heart rate|my pulse|cpr)', '(lol|haha|😂|tickl*|playful*|flirt*|teasing)'],
    patterns: [
      '(put|puts|putting|placed|places|stuck|sticks|shoved|slid|slides|slipped|ran|runs|had) (his|her|their) (hand|hands|fingers|finger) (on|onto|over|between|up|in|inside|down|under|into) my (privates|private parts|private part|private area|crotch|groin|breast|breasts|boobs|tits|bum|butt|ass|arse|bottom|genitals|vagina|penis|dick|balls|skirt|knickers|underwear|panties|boxers)',
      '(put|puts|putting|placed|places|stuck|shoved|slid|slides|slipped|ran|runs|had) (his|her|their) (hand|hands|fingers|finger) (on|onto|over|up|in|inside|down|under|into) my (chest|thigh|thighs|leg|legs|knee|top|shirt|dress|pants|trousers|shorts|jeans) & (froze|freze|frozen|couldnt move|could not move|cant move|didnt want|did not want|uncomfortable|scared|without asking|pushed (it|him|her|them) away|moved (it|his hand|her hand) away|stranger|taxi|bus|train|tube|driver|boss|manager|supervisor)',
      '(touches|touched|touching|gropes|groped|groping|grabs|grabbed|feels|felt) me ~ (in|at|behind|when|while|every|after|whenever) & (if i (tel|report|say|complain|speak)|dont tel|not to tel|tel anyone|nobody (wil|would) believe|no one (wil|would) believe|our secret|(report|cancel|take|call) ~ (my )?(visa|papers|immigration)|deport*|fire me|lose my job|evict)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round nine: filming or photos of us I never agreed to (a speech, the kids or a match stays quiet).',
    unless: ['(filming|recording|taping|filmed|recorded|taped|photographing|film|record) (the |our |my |his |her |a )?(speech|kids|children|baby|birthday|graduation|concert|gig|vlog|youtube|recital|school play|football|match|ceremony|wedding|holiday|dance|party|tiktok|tiktoks|reels|family)'],
    patterns: [
      '(never|didnt|did not) (agree|agreed|consent|consented|say yes|said yes|give permision|gave permision) (to )?(him|her|them|my {partner}|being)? ?(filming|recording|taping|filmed|recorded|taped|photographing|taking (photos|pics|pictures|videos|a video)) & ((video|videos|vid|tape|photos|pics|footage|clip|recording) of (us|me)|sex|in bed|naked|nude|intimate|bedroom|post|share|leak|upload|online)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round nine: acts in other registers (forced "relations", "by force", "does his business", on me before I woke), "marital rights" or "owed" over a no, demanded though it hurts.',
    unless: [
      // Marital rights in property law, and the ordinary meanings of "relations".
      '(marital|conjugal) (right|rights) (to|in|over|under|on) (the )?(house|home|property|pension|asets|inheritance|estate|savings|flat)',
      '(prenup|solicitor|lawyer|law school|lecture|essay|court|divorce setlement) ~~ (marital|conjugal) (right|rights)',
      '(diplomatic|public|race|international|trade|labour|labor|industrial|customer|family) relations',
      '(lol|haha|lmao|😂|🤣|tickl*|piggyback)',
      // Small everyday thefts and a pet's business: "steals my fries even when I say no", "did his business on the carpet".
      '(steals|stole|eats|ate|takes|took|nicks|nicked) (my )?(fries|chips|food|snacks|snack|dessert|sweets|charger|hoodie|clothes)',
      '(dog|puppy|cat|kitten|toddler|baby|potty) ~~ (business|on (top of )?me)',
      '(police|oficer|oficers|cops|security|bouncer|bouncers|guards) ~~ by force',
      // Owed money, not sex.
      'owe* (him|her|them|me) (money|cash|rent|#|pounds|dollars|quid|bucks|a favour|a favor|for (the|dinner|rent|bils|drinks|petrol|gas))',
    ],
    patterns: [
      'forc* (me )?(to |into |in )?(relations|marital relations|intimacy|conjugal *|the act|his pleasure|her pleasure)',
      '(marital|conjugal|husbands|wifes) (right|rights|duty|duties|obligation|obligations) & (insist*|demand*|every night|even (when|if|though)|sick|tired|hurt*|pain|dont want|didnt want|say no|said no|refus*|crying|forces|forced|makes me|made me|calls it|claims|no say|no choice|have to|must)',
      // Taken "by force", in second-language and plain English.
      '(take|takes|took|taking|taken|had|has|have|having|uses|used|using) me by force ($|when|while|whenever|every|at night|since|even|after|if|and|because|in (bed|the night|my sleep))',
      // Done to me over a no: "he is doing this to me since years, even when I say no".
      '(does|did|doing|done|do) (this|it|that|these things) (to|with) me ~~ (even when|even if|even though|when|although|after|while) i (say|said|tel|told (him|her|them)|am saying|was saying|keep saying) (no|stop|i dont want|i didnt want)',
      // "Does his business" on me, a euphemism for sex done to me.
      '(did|does|do|doing|done) (his|her|their) (business|thing) (on|with|to|in|inside) me',
      '(did|does|do|doing|done) (his|her|their) business & (while i|when i|crying|cried|asleep|sleeping|drunk|never asks|didnt ask|doesnt ask|dont want|didnt want|said no|lay there|lie there|on top|over me)',
      // On me before I was even awake.
      '(was|is|gets|got|climbs|climbed|already) on (top of )?me (before|while|when) i (was |am |m )?(even )?(awake|asleep|sleeping|woke up|properly awake|fully awake)',
      // A no, and "she didn't", "he wouldn't".
      '(said|say|saying|told (him|her|them)|kept saying|begged (him|her|them) to) (no|stop) (and|but) (he|she|they|{partner}) (didnt|wouldnt|did not|would not|doesnt|wont) $',
      // Owed it, and I did not want to.
      '(said|says|told me|tells me|saying|thinks|thought) (i|that i|you) (owe|owed) (him|her|them|me) & (didnt want (it|to)|dont want (it|to)|did not want|gave in|let (him|her|them)|made me|forced|pressur*)',
      // Pressured into it, and felt used after.
      '(pressur*|push*|guilt*|coerc*|talked|manipulat*|nag*) me into (it|sex|bed|that|doing it|sleeping with (him|her|them)) & (felt|feel|feeling|fel|feling) ~ (used|dirty|violated|sick|gros|numb|disgusting)',
      // Demanded every night even though it hurts.
      '(demands|demanded|demanding|insists on|insisted on|insisting on|expects|expected) (it|sex) ~ (every night|every day|every morning|whenever|even (when|if|though|after)) & (hurts|hurt|pain|painful|sore|dont want|didnt want|tired|sick|ill|operation|surgery|said no|say no|crying|cry)',
      // A man told it could not happen to him, held down.
      '(held|holds|pinned|pins) me down & (as a (man|guy|bloke|lad)|happen to (me|a man|men|guys|blokes)|(men|guys|blokes|lads) (cant|can not|dont|do not) (be|get))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round nine, half-said: let them or went along with it to avoid anger or tears, let them "so he\'d stop".',
    unless: [
      // Everyday decisions left to them: "I let him do what he wants with the budget because it's easier".
      '(do it|do what (he|she|they) (wants|want|wanted|likes)) ~ (with|about|for|on|in) (the|our|his|her) (car|money|budget|kids|children|holiday|house|garden|kitchen|plans|remote|tv|dinner|cooking|driving|shopping|wedding|decor|finances|savings|weekend|weekends|christmas|birthday|party|dog)',
      '(let|lets|leting) (him|her|them|my {partner}) (drive|cook|pay|pick|choose|decide|plan|book|order|win|have the (remote|car|last))',
      '(lol|haha|lmao|😂|🤣|tickl*|prank)',
    ],
    patterns: [
      // Let them or do it, for fear of anger, sulking or tears.
      '(let|lets|leting) (him|her|them|my {partner}) (do it|have sex|have (his|her|their) way|do what (he|she|they) (wants|want|wanted|likes)) ~~ (because|cause|cos|bc|since|so|or|otherwise|out of) ~~ (afraid|scared|frightened|angry|mad|sulk*|moody|shout*|yel*|rage|punish*|silent treatment|for days|kick (of|off)|leave me alone|easier|peace)',
      '(let|lets|leting) (him|her|them|my {partner}) (do it|have sex|have (his|her|their) way|do what (he|she|they) (wants|want|wanted|likes)) ~~ (so|or|because) (he|she|they) (doesnt|dont|wont|wouldnt|didnt|does not|will not) ~ (get |be )?(angry|mad|sulk*|moody|shout*|yel*|upset|cry|kick of|punish*)',
      '(do it|have sex|sleep with (him|her|them)) (with (him|her|them|my {partner}) )?~ (even when|even if|even though|when|although) i (dont|didnt|do not|did not) (want|feel like it) & (shout*|angry|mad|sulk*|refuse|say no|afraid|scared|punish*|moody|for days|silent treatment|cold)',
      // Went along with it when not in the mood, to spare a mood, anger or tears.
      '(go|goes|going|went) along with it & ((not|wasnt|im not|arent|isnt) in the mood (and|but|so|or|she|he|they|its|it|i|my|when|because|cause|anymore|again)|(not|wasnt|im not) in the mood $|say no to sex|said no to sex|saying no to sex|in bed|sex|intimacy|my body) & (angry|mad|sulk*|moody|shout*|yel*|easier|for days|crying|cries|punish*|silent treatment|cold|afraid|scared)',
      // "I let him so he'd stop."
      '(let|lets|leting) (him|her|them) (do it |have it |have sex |finish )?(just )?(so|to make) (he|she|they|hed|shed|theyd|hel|shel|theyl|it) ~ (stop|leave me alone|shut up|go to sleep|be over|get it over)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round nine: more ways to say it went on over a no ("not up for it", tired and said no, "I cannot refuse him, he is my husband"), by force, rights over my body, rubbing or touching under the covers.',
    unless: [
      '(lol|haha|lmao|😂|🤣|tickl*|joke|jokes|teasing|prank)',
      '(dog|puppy|cat|kitten|baby|toddler) (keeps|kept|always|wont|wakes|woke|rubs|rubbing|leans|leaning|jumps|climbs|climbed|gets|got|comes|came|is|was)',
      '(cold feet|my feet|warm (me|my|them) up|to warm)',
      '(go|going|goes|went|come|attend|attending) (to )?(church|mosque|temple|synagogue)',
      // "Forces me to eat, to go to the gym, to visit his mum": made to do something else.
      '(forces|forced|force|forcing|keeps forcing) me ~~ to (eat|go|visit|see|attend|wear|pay|work|study|exercise|cook|clean|call|text|drive|move|sit|stay|smile|apologise|apologize|lie)',
      '(puppy eyes|when (he|she) smiles)',
      '(refuse|deny) (him|her|them|my *) (anything|a thing|nothing)',
      '(relations with (my|his|her|the|our|their|your) *|(diplomatic|public|race|international|trade|labour|labor|industrial|customer|family) relations)',
      '(enter|enters|entered|entering) me (in|into|for|on) (a|the|his|her) *',
      'in the mod for (his|her|their|the|your|a|an|any|this|that|more|another) *',
      // "Women have rights over their own bodies": the principle, not a disclosure.
      '(own body|own bodies|every woman|al women|feminis*|pro choice|abortion|autonomy|protest|campaign|lecture|essay|documentary|article|news|podcast|charity)',
    ],
    patterns: [
      '(sleep*|slept|sex|does it|doing it|did it|do it|do the sex) (with |to )?(me )?~ by force',
      '(doesnt|didnt|wont|wouldnt|does not|did not|never) stop (when|after|even when|even after|even though|even if|while) i (say|said|tel (him|her|them)|told (him|her|them)) (that )?(im|i am|i was|i m|i|id) ~ (not up for it|not in the mood|not feeling it|to tired|not ready|dont want (it|to)|didnt want (it|to)|want to stop|wanted to stop|sore|hurting|in pain)',
      '(when|if) i (am |m |im |was )?(tired|sick|sleeping|asleep|on my period|in pain|not ready) (and )?(say|said|tel (him|her|them)) no (and|but|he|she|they|$) & (not listen*|doesnt listen|dont listen|didnt listen|continue*|keeps going|kept going|forces|force|forced|does it anyway|did it anyway)',
      '(can|could|is allowed to|has the right to|may) (take|have|use) me (when|whenever|anytime|any time|however) (he|she|they) (want|wants|likes|like|feels like) (it )?($|and|but|so|because|even|since|i|its|thats) & (married|husband|wife|his right|her right|body|bed|sex|consent|no choice|cant refuse|say no)',
      '(has|have|had|husband|husbands|wife) ~ (right|rights) (on|over|to) (the |my |her |his |a )?(body|bodies) & (every night|whenever|use|uses|takes|force*|sex|bed|married|say no|refuse|dont want)',
      '(forces|forced|force|forcing|keeps forcing) me (even (when|if|though|tho|after)|every night|at night|whenever (he|she|they) (wants|want|likes)|when (im|i am|i was) (asleep|sleeping|tired|sick|drunk|in pain|on my period)|in (bed|the night|my sleep)|again and again)',
      `(does|did|do|doing) (whatever|what) (he|she|they) (wants|want|wanted|likes|liked|pleases) (with|to) (me|my body) & (${INCAPABLE}|drunk|drugged|said no|dont want|didnt want|no choice|froze|laugh it of|as a (man|guy)|in bed)`,
      '(comes|came|come|coming) (to|into) (me|my bed|my room) (at night|in the night|every night) ~~ (even when|even if|even though|although|when) i (say|said|tel|told (him|her|them)) (no|stop|i dont want|i didnt want|i dont|not tonight)',
      '(keeps|kept|always|keep|wont stop) (rubbing|pressing|brushing|grinding|leaning) (himself |herself |his body |her body )?(up )?(against|on|into|up against) me & (cant say|couldnt say|uncomfortable|dont want|didnt want|froze|boss|colleague|coworker|manager|supervisor|stranger|bus|train|tube|work|office|creepy|on purpose|pretends|pretending|accident)',
      '(touches|touched|touching|grabs|grabbed|gropes|groped|feels|felt) (me|my *) ~ under (the|my) (blanket|blankets|covers|duvet|sheets|sleping bag|quilt)',
      '(comes|came|sneaks|snuck|creeps|crept|walks|walked) (in|into my room|into the room) (at night|in the night|when i (am|m|was) (asleep|sleeping)|while i sleep) (and|to) ~ (touch*|grop*|feel*)',
      '(did|does|doing|tried|tries|done|do) (stuff|things|something|anything|that|it) (i|that i|id|ive|i had|i have) (already |clearly |specificaly |explicitly )?(said no to|told (him|her|them) (no|not to)|refused|asked (him|her|them) not to) & (sex|bed|having sex|during|in bed|sexual|touch*|body)',
      // Starts even after I said I was too tired.
      '(starts|started|start|does it|did it|goes ahead|went ahead|gets going|got going|keeps going|kept going) (even (when|if|though|after)|although|after) (i|ive|i have|id|i had) ~ (said|told (him|her|them)) (that )?(im|i am|i was|i m|i|id) ~ (to tired|tired|exhausted|not in the mood|dont want|didnt want|sick|sore|not ready|in pain|on my period)',
      // When they want it, I let them, though it hurts.
      '(wants|want|wanted) (it|sex|intimacy|to have sex|to do it|me in bed) ~~ i (just |have to |must |always |simply )?(let (him|her|them) (do it|have it|have sex|finish|do what|have (his|her|their) way|$|even|and|because|cause|so|though|although|but|while|until)|give in|go along with it|do it|lie there|lay there|obey|submit) & (even (though|when|if)|hurts|hurt|pain|dont want|didnt want|cry|crying|tired|sick|no choice|must|have to|submit)',
      // Had to give them what they wanted.
      '(had to|have to|must|got to|gota|needed to|need to) give (him|her|them) what (he|she|they) (wants|wanted|want) & (sleep with|slept with|sex|bed|my body|dont want|didnt want|nobody else|no one else|noone else)',
      // Takes me whether I want it or not.
      '(takes|took|has|had|uses|used|does it to|did it to) me (whether|if|when) (i|im) ~ (want|wanted|like|liked|ready) (it |to )?or not',
      // Without a condom after I asked for one.
      '(did it|had sex|does it|has sex|finished|came|kept going|went ahead|sex) ~ without (a |the |any )?condom & (told (him|her|them)|asked (him|her|them)|said|agreed|insisted|begged) (to use |only with |on |we use |to wear )?(a |the )?condom',
      // A yes given out of fear of what they would do.
      '(wasnt|was not|not) (realy |exactly |truly )?(a )?(yes|consent) & (scared|afraid|terified|fear|frightened) ~~ (if i (said|say|refused|refuse) no|(what|how) (he|she|they) (would|wil|might|d|l) (do|react))',
      // Sex instead of rent, grades or a job.
      '(wants|wanted|asked|asks|asking|expects|expected|offered|offers|suggested) me to (sleep with|have sex with|hook up with|go to bed with) (him|her|them) (instead of|for|in place of|rather than|to cover|in exchange for|as) ~ (rent|paying|payment|money|debt|the bill|bills|job|shifts|grades|marks|visa|papers)',
      // "You are my wife, your body is mine."
      'your body (is|belongs to|belong to) (mine|me) & (wife|husband|married|force*|dont want|say no|refuse|whenever|cant refuse|no choice|every night|duty)',
      // Done to me in my sleep; finished while I was still crying.
      '(done|did|does|doing|do) (stuff|things|something|it|sexual things) to me (in my sleep|while i (slept|sleep|was asleep|was sleeping|am asleep)|when i (was |am |m )?(asleep|sleeping))',
      '(he|she|they) (finished|came|was done|were done) (and|then|$) ~~ (while|when|as) i (was |am |m )?(still )?(crying|sobbing|shaking|frozen|asleep|saying no|begging)',
      // Second-language calques: "doing things with my body", "using me like a thing", "forcing me for the bed",
      // "he oblige me", "he enter me", "takes my honour".
      '(doing|does|did|do|done) (things|stuff|what (he|she|they) (want|wants|wanted)) (with|to) my body',
      '(using|uses|used|use) me (like|as) (a |an |his |her )?(thing|object|toy|doll|sex toy|property|piece of meat)',
      '(want|wants|wanted|demand*|ask*|insist*) (the )?relations & (say no|said no|refuse*|pul*|forc*|every day|every night|dont want|sick|tired)',
      '(pulling|pulls|pulled|ripping|rips|ripped|tearing|tore) (at )?my (clothes|dress|shirt|pants|underwear|skirt|top|nightdress|pyjamas) & (say no|said no|refuse*|dont want|didnt want|bed|relations|sex|night)',
      'forc* me (for|to|into|in) (the )?(bed|bedroom)',
      '(touch|touches|touched|touching) my body & (if i (complain|tel|report|say)|lose (the|my) (work|job)|secret|dont tel|visa|papers|dont want|didnt want|froze|afraid|scared)',
      '(oblige|obliges|obliged|obligate*|force|forces|forced|make|makes|made) me (to )?(do )?(things|stuff|something) (i|that i) (not|dont|do not|didnt) (like|want) & (bed|bedroom|sex|body|night)',
      '(oblige|obliges|obliged) me (to|for|in|into) ~ (sex|relations|bed|sleep with|things)',
      '(he|she|they) (enter|enters|entered|entering) me ($|and|while|when|whilst|without|even|i|although)',
      '(took|takes|take|taken|taking|stole|steals|stolen) my (honour|honor|virginity|innocence|purity) & (drunk|asleep|sleeping|forc*|without|didnt want|said no|against|cry|crying|couldnt)',
      // Woken by it already happening: "wakes me up by already being inside me".
      '(wakes|woke|waking|wake) me (up )?by ~ (being inside|inside me|having sex|on top of me|doing it|touching me|groping me)',
      '(his|her) (right|rights) as (my|a|her|his) (husband|wife|man) & (sex|inside|in bed|wake*|woke|say no|hate it|dont want|didnt want|told (him|her)|refuse|whenever)',
      // Pushed and pushed until I stopped saying no.
      '(push*|pressur*|nag*|beg*|ask*|pester*|badger*|insist*|wore me down|wears me down) ~~ (til|till|until|untill) i ~ (stoped|stop) ((saying no|resisting|refusing|fighting (him|her|them)) ($|and|but|so|then|i)|fighting $)',
      // "Because we are married I cannot say no."
      '(because|since|cause|cos|as|now) (we are|were|we re|im|i am|i m) (married|his wife|her husband|together|engaged) ~~ (i )?(cant|cannot|can not|am not allowed to|have no right to|dont get to|must not|mustnt|may not) (say no|refuse|deny (him|her)) ($|and|but|so|even|when|whenever|he|she|they|i|to (him|her|sex|it|my (husband|wife)))',
      // Sex named as owed for rent or keep: "he pays the rent so I must give him sex".
      '(must|have to|should|need to|got to|gota|owe) give (him|her|them) (sex|my body)',
      // "He takes my body when I am sleeping"; "he used my sleeping to do things to me".
      '(takes|take|took|taking|uses|use|used|using) my body (when|while|whenever|at night|even|every night|without)',
      '(used|uses|using|took advantage of|takes advantage of) (my|me) (sleeping|sleep|being asleep|being drunk|drunkenness|state|condition|weaknes|ilnes|sicknes) (to|and) ~ (do|did|have|had|touch*|things|stuff|sex)',
      // Said no, and they were stronger.
      '(saying|said|say|says|told (him|her|them)) no & (he|she|they) (is|was|are|were|s) (much |so |to |way )?(stronger|bigger|heavier) (than me)?',
      // A no not accepted in the bedroom.
      '(doesnt|does not|didnt|did not|wont|never|refuses to|cant|dont) (accept|respect|take|hear|listen to) my no & (bed|bedroom|sex|in bed|at night|touch*|my body|intima*)',
      // Hurt for refusing in bed, so no longer refusing.
      '(refuse|refused|say no to|said no to|turn down|turned down|deny|denied) (him|her|them|my {partner}) (in bed|in the bedroom|sex|for sex) & (hits|hit|beats|beat|punch*|slap*|hurts|hurt|violent|rage|punish*|so (now )?i (dont|never|just|stoped))',
      // Woken with sex I have said I do not like.
      '(wakes|woke|waking|wake) me (up )?(with|for|by having|by) (sex|touching|his hands|her hands|oral|his fingers) & (dont like|didnt like|told (him|her|them)|asked (him|her|them) (not|to stop)|dont want|didnt want|hate|scared|said no|said (im|i am|i was|i m)|to tired|exhausted|asleep)',
      // Filmed in the shower or undressed with a hidden phone; photos up my skirt.
      '(video|videos|vid|photos|pics|pictures|film|filmed|films|recorded|records) (of )?me ~ (in the shower|in shower|showering|in the bath|naked|undres*|changing|on the toilet|in the toilet) & (hidden|hid|secret*|without|didnt know|never knew|camera|phone)',
      '(photo|photos|pic|pics|picture|pictures|video|videos|filmed|filming|recorded|recording) (up|under) my (skirt|dress|kilt)',
      '(upskirt*|downblous*)',
      // Named image abuse, and pictures held over me for money.
      '(revenge porn|image based abuse|image based sexual abuse)',
      'threaten* to (send|show|post|share|leak|upload) my (pictures|picture|pics|photos|videos|video|vids|images) ~~ (unles|if i (dont|wont)|pay|money|bitcoin|crypto|gift cards|come back|sleep with|send more)',
      '(he is|hes|she is|shes|he|she) (my|mine) (husband|wife|partner) (so|and|which means) i (cant|cannot|can not|am not allowed to|must not|have no right to|dont get to) (refuse|say no|deny)',
      'i (cant|cannot|can not|am not allowed to|must not|have no right to|dont get to|could not|couldnt) (refuse|deny) (him|her|them|my {partner}) & (my body|sick|bed|sex|at night|every night|duty|tired)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round nine, half-said: never said yes, just stopped saying no; "not sure if it counts" when drunk; "he doesn\'t ask, he just takes"; "what happened wasn\'t okay"; "the night he wouldn\'t stop".',
    unless: [
      '(lol|haha|lmao|😂|🤣|cheat*|afair|affair|flirt*|a date|micro cheating|texting (him|her)|kis (him|her))',
      '(danc*|karaoke|threw up|puked|vomit*|embaras*|cringe|on (a|the) table|without laughing|(cant|couldnt|cannot) stop laughing)',
    ],
    patterns: [
      // "No means no even when we're married"; "what happened wasn't okay, I was out of it"; "the night he wouldn't stop".
      'no (means|is) no (even )?(when|if|though|in|after) ~ (married|husband|wife|together|in bed|bedroom|marriage)',
      `what hapened ~~ (wasnt|was not|isnt|is not|not) (ok|okay|right|consensual|alright|fine) & (${INCAPABLE}|drunk|drugged|out of it|froze|said no|didnt want)`,
      '(the night|that night|that time|the time) (he|she|they) (wouldnt|didnt|would not|did not) stop $ & ((cant|cannot|can not|couldnt) (talk|think) about|never told|flashback*|nightmare*|shaking)',
      '(slept together|had sex|hooked up|did it) ~~ (i was|i m|im) ~ (to drunk|so drunk|wasted|blacked out|out of it|pased out|high) to (remember|know|say no|consent|stand)',
      // Tears, and they carry on anyway.
      '(i )?(cry|cried|crying|sob|sobbing) (and|but) (he|she|they) (still |just )?(continues|continue|continued|carries on|caries on|carried on|keeps going|kept going|goes on|went on|does it|did it) (anyway|regardless|$) & (married|husband|wife|night|nights|bed|say no|my body|inside|on top)',
      // Good marks or a job if I go to their apartment.
      '(offer|offers|offered|promise|promises|promised) (me )?~ (good |better |high |top )?(marks|grades|grade|job|promotion|visa|papers|money|rent|shifts|a part|role) ~~ (if|when|as long as) i (go|come|went|visit|stay|spend the night) (to|at) (his|her|their) (apartment|flat|house|room|hotel|hotel room|place|home)',
      // Waiting for it to be over.
      '(wait|waiting|waited|just wait) for (it|him|her|them) to (be over|finish|be done|get it over with) & (starts|started|on top|inside|said (no|im|i was)|dont want|didnt want|crying|lie there|lay there|to tired|touch*|sex|in bed)',
      '(never|didnt|did not) (realy |actualy |ever )?(said|say|saying) yes ~~ (i )?(just )?(stoped|stop|gave up) (saying no|fighting|resisting|refusing) ($|and|but|so|he|she|they|because|cause|anymore|after)',
      `(not sure|dont know|wondering|unsure|idk) (if|whether) (it|this|that|what hapened) (counts|count|matters|was (wrong|ok|okay|consent)) & ((i|me|im|i was) ~ ${INCAPABLE}|(i|im|i was|we were|we were both|we both were|me) (so |realy |very |to |too )?(drunk|high)|froze|(he|she|they) knew|took advantage)`,
      '(doesnt|didnt|never|wont) (even )?ask ~ (he|she|they) (just )?(takes|took|take|does it|did it|starts|helps himself|helps herself) $',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round nine, half-said: I was asleep when "it" started (rain, a film or a row stays quiet).',
    unless: ['(rain*|storm|thunder|snow*|fire alarm|alarm|match|game|film|movie|show|episode|earthquake|flood|leak|snoring|lol|haha)'],
    patterns: [
      '(i was|im|i am|i m) ~ (asleep|sleeping|pased out|unconscious|not awake|half asleep) (when|before) (it|he|she|they) (started|starts|began|begins) ($|and|but|so|again)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round nine, half-said: something happened I did not want, not sure I agreed to what happened, a no not "clear enough", felt dirty after a night out.',
    unless: [
      '(lol|haha|lmao|😂|🤣|prank|karaoke|danc*|sang|singing|hangover|hungover|threw up|puked|vomit*|sick on|mud|embaras*|spilled|spilt)',
      'something (hapened|went on|went down) (with|to|about|at) (the|my|our) (holiday|booking|shifts|rota|promotion|job|contract|budget|house|car|flight|order|account|bank|pension|visa)',
      '(moved me|moved my|transfer*|redundan*|they moved|night shifts)',
    ],
    patterns: [
      // Something happened that I did not want.
      'something (hapened|hapens|went on|went down|hapen) ~~ (that |which )?i (didnt|did not|never|dont|do not) (want|agre*|ask for|consent*|say yes) & (date|last night|that night|night out|party|his (place|room|flat|car|house)|her (place|room|flat|car|house)|drunk|drink*|confused|dirty|used|say no|said no|tinder|hinge|bumble|grindr|hookup|hook up|club|bar|hotel|sleepover|upstairs|bedroom|replaying|cant stop thinking|with (him|her|my (date|boss|manager|supervisor|ex|friend|coworker|colleague|landlord|teacher|coach|match)))',
      // Not sure I ever agreed to what happened that night.
      '(not sure|unsure|dont know|dont think|no idea) (if |whether |that )?i (realy |actualy |even |ever |truly |fuly )?(agred|agreed|consented|said yes|wanted) (to )?(what hapened|it|any of it|that|what (he|she|they) did) & (that night|last night|his (place|flat|room|house|car|bed)|her (place|flat|room|house|car|bed)|party|date|drunk|drink*|bed|sex|hook*|night out|at (his|her) (place|flat))',
      // Blaming myself for a no that was not "clear enough".
      '(didnt|did not|never) say no (clear|clearly|loud|loudly|firmly|properly|strongly|hard) (enough )?& (hapened|kept going|went ahead|carried on|date|last night|that night|his place|her place|confused|my fault|blame|did it anyway|continued|drunk)',
      // Something happened after a night out, and now I feel dirty or used.
      'something (hapened|went on|went down) & (fel|feling|felt|feels) ~ (dirty|used|violated) & (drink|drunk|drank|party|christmas do|work do|do|date|boss|supervisor|manager|night out|his place|his room|hotel|club|bar)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round eight, quoted speech: images held over me on a condition, a "you didn\'t say no" about a time I could not, and freezing or giving up read as a yes.',
    victim: 'self',
    patterns: [
      // "if you don't send more pics I'll send the old ones to your husband", "send more or I'll post the ones I have"
      '(if|unless) (you|u|i) ~ (dont|do not|wont|stop|refuse|wouldnt|didnt|leave|block) ~~ (il|ill|i wil|im going to|im gona|hel|hed|shel|shed|theyl) (send|post|share|show|leak|forward|put up|upload|release) ~ (the|your|those|these|my|al the|al your|everyone|everybody|people)? ?(nudes|naked *|nude *|private (pics|photos|videos|pictures|ones)|intimate *|sexy *|explicit *|spicy *|dirty *)',
      '(if|unless) (you|u) ~ (dont|do not|wont|stop|refuse) (send|sending) (me )?(more|another|new|any more)? ?(pics|photos|nudes|videos|pictures|vids|snaps) ~~ (il|ill|i wil|im going to|im gona) (send|post|share|show|leak|forward|upload|release|expose)',
      '(send|give) (me )?~ (more|another|new|fresh|pics|photos|nudes|videos|vids|snaps) ~~ or (il|ill|i wil|im going to|im gona) (send|post|share|show|leak|forward|upload|release|expose)',
      // "you were out of it but you didn't say no", "she said I never said no, I'd blacked out"
      '(didnt|did not|never) (say|said) no (but|and|so|tho|though|either|at al|at the time|i|id|im|he|she|you|u|$) & (out of it|blacked out|passed out|pased out|asleep|unconscious|wasted|too drunk|drugged|spiked|froze|frozen)',
      // "I froze and he took the freeze for a yes", "u stopped fighting after a bit"
      '(took|takes|taken|counted|read|treated) (my|the|me) (freeze|freezing|froze|silence|not moving|not fighting|not saying anything|lying still|staying still|going quiet|going limp) ~ (as|for) (a |my )?(yes|consent|agreement)',
      '(stopped|stoped|quit|gave up) (fighting|struggling|resisting|pushing (him|her|them) (of|away)) & (liked it|wanted it|loved it|means yes|meant yes|took it as (a )?yes)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round eight, quoted speech: a refusal answered with entitlement ("you\'re my wife, it\'s not optional"; "me: not tonight. him: too bad"). The bot asks.',
    patterns: [
      '(youre|you are|ur|u r) my (wife|husband|woman|girl|girlfriend|boyfriend|missus|partner|man) ~ (its|it is|this is|sex is|that is)? ?(not optional|not a choice|not up to you|my right|your duty|your job) $',
      '(youre|you are|ur|u r) my (wife|husband|woman|girl|girlfriend|boyfriend|missus|partner|man) ~ (its|it is|this is|sex is|that is)? ?(not optional|not a choice|not up to you|my right|your duty|your job) (and|so|in bed|every|when|whenever|he|she|i)',
      '(i dont want to (tonight|$)|im not in the mood|i dont feel like it tonight) & (him|he said|he says|she said|she says|he goes|she goes) ~ (too bad|tough|tough luck|i dont care|dont care|lie still|just relax|stop crying|you owe me|youre my wife|youre my husband)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Reaching, or almost reaching, a rape crisis or sexual assault service (working or volunteering for one is blanked by SAFE_PHRASES).',
    patterns: [
      '{contacted} (the|a|that|some|an|my local)? ?(rape crisis|sexual assault (line|hotline|helpline|service|center|centre|clinic)|sexual violence (line|hotline|helpline|service)|rainn|sarc)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 9: a hand where it was not wanted; touching not agreed to; filming used to extort; sex started while half asleep; pressure until someone gave in.',
    patterns: [
      '(hand|hands|fingers) (up|on|inside|under|in|down) (my|her|his) (thigh|thighs|skirt|shirt|top|bum|butt|crotch|chest|breasts|breast|nightie|nightdress|pyjamas|pajamas|underwear|knickers|pants|trousers|bra|dress) & (asked (him|her|them) to stop|told (him|her|them) to stop|without (asking|consent|permision)|didnt want|dont want|froze|crying|cried|dementia|manager|boss|carer|colegue|stranger|under the table)',
      '(touched|touching|touches|groped) me ~~ (didnt|did not|never|hadnt|had not) (agre*|consent*|say yes|ask for)',
      '(filmed|recorded|videoed|photographed|filming|recording) (us|me) ~~ (threaten*|send it|send them|post it|post them|share it|leak it|show it) ~ (unless|if i dont|if i wont|pay|money|to my (wife|husband|partner|family|boss|parents|friends))',
      '(starting|starts|started|start|initiating|initiates|touching|touches|doing stuf|doing things|having sex|trying things|tries things) ~ (when|while) (im|i am|i was|im stil) (half )?(asleep|sleeping|pased out|out of it|unconscious) & (told (him|her|them)|dont want|didnt want|said no|asked (him|her|them) (not|to stop))',
      '(not leting|wouldnt let|didnt let|wont let) (her|him|them|me) sleep (until|til|unless) (she|he|they|i) (gave in|said yes|agreed|had sex|did it)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 11: consent told in everyday words: it started while I slept, he did not stop when I went quiet, I froze and waited for it to be over, owed for dinner, the condom taken off, too weak to push him off, rent paid another way; and in his own words, retold: whether I like it or not, not taking no tonight.',
    victim: 'self',
    // Chores done while I slept are no assault: "she did it again while I was asleep, rearranged the whole kitchen".
    unlessNear: ['(rearranged|rearanged|tidied|cleaned|cooked|painted|redecorated|moved the (furniture|sofa|bed)|ate (the|my|al)|finished the|watched the|binged|the kitchen|the garden|the washing|the dishes|the laundry|the shopping)'],
    unless: ['(job interview|interview|exam|test|presentation|speech|meeting|driving test|dentist|injection|surgery|smear|scan|flu jab|vaccine|audition|performance review)', '(we both|both of us) (like|enjoy|agreed|love|want)', '(safeword|safe word) (works|we use|and (he|she) (stops|always stops))', 'consensual'],
    patterns: [
      '(starts|started|start|does it|did it|has sex|had sex|having sex|touches|touched|touching|doing stuf|did stuf|wakes me up|woke me up|wake me up) ~~ (when|while|whilst) (im|i am|i was|i m) (stil |half |fast |sound )?(asleep|sleeping|pased out|out of it|unconscious|out cold)',
      '(wait|waits|waiting|waited) (till|til|until|for) (im|i am|i was|i) (asleep|pased out|out of it|unconscious|too drunk)',
      '(didnt|doesnt|did not) need (me|you) awake',
      '(took|takes|taking|takes|had taken) (photos|pictures|pics|videos|video) (of me )?(while|when|whilst) i (was|am) (pased out|asleep|unconscious|out of it|drunk|naked|in the shower)',
      '(doesnt|didnt|wont|wouldnt|does not|did not) stop (when|even when|if|after) i (go|went|goes|going|gone|fall|fel) (quiet|silent|stil|stiff|limp|rigid|cold)',
      '(froze|freeze|freezes|frozen) ~~ (waited|wait|waiting) for it to (be over|end|finish|stop) & (he|him|his|afterwards|sex|bed|did it|touch*|normal)',
      '(owe|owes|owed) (him|her|them|me) ~~ (for|after) (dinner|the meal|drinks|paying|the date|the rent|everything|it) & (didnt (realy )?want|go along|easier than|tired act|not (realy )?in the mood|just do it|let (him|her|them)|sleep with|in bed)',
      '(owe|owes|owed) (him|her|them) (sex|it)',
      '(took|takes|taking|take|pulled|pulls|slipped|slips) (the|his|a) condom off',
      '(did|does|doing) the condom thing',
      '(without|no) (a )?condom ~~ (i said|i asked|i wanted|even though|after i said|when i said)',
      '(too weak|too sick|too drunk|too tired|too out of it) to (push (him|her|them) (of|away)|fight (him|her|them|it) of|say no|stop (him|her|them|it))',
      '(gave|give|giving) up fighting (it|him|her|them)?',
      '(not saying no|not taking no|not geting out of it|not say no|wont take no) (this time|tonight|again|for an answer) & (sex|bed|bedroom|coming over|when (he|she) gets|tonight|froze|it)',
      '(doing it|do it|have sex|having sex|sleep with (me|you)|were doing it|going to do it) ~~ whether (i|you) (like it|want it|want to|agree) or not',
      '(pushes|pushed|pushing|forces|forced|forcing|holds|held) my head down',
      '(has|having|had|wants|wanted) sex ~~ (even )?(when|while) (im|i am|i was) (stil )?(crying|sobbing|sick|il|asleep|upset|in pain|bleeding)',
      '(gets|got|makes|made|geting) me (realy |so |very )?(drunk|wasted|drink more than i (want|wanted)) ~~ & (wake up|woke up|something hapened|do stuf|wants to do|then (he|she)|relaxed|in bed)',
      '(skip|pay|waive|cover|forget) (the )?(rent|bils|fine|debt) ~~ (if i|as long as i) ~~ (was|am|were|be) (nice|friendly|good) to (him|her|them)',
      '(contract|promotion|job|renewal|grade|grades|visa|shifts|reference|rent) ~~ (depends on|depend on|depended on|comes with) ~~ (how (friendly|nice) (i|im|i am|id|i would|i can|i could|i get|me)|certain expectations|being nice|being friendly|after hours|hotel)',
      '(hel|shel|he wil|she wil|theyl) (send|post|share|leak|show) (my|the|our) (photos|pics|pictures|videos|video|vids|nudes) ~~ (unless i|if i dont|or else|in an hour|to everyone)',
      '(have|has|got|gotten|says (they|he|she) (have|has)) (a|the) (video|vid|videos|photo|photos|pics|pictures) of me & (money|pay|bitcoin|send (more|it)|followers|everyone|unless|or (they|he|she|il))',
      'send (more|me more|him more) (pics|photos|nudes|videos) or',
      'not rape if (were|we are|your|youre|you are|its your) (married|together|my (wife|husband|partner)|his (wife|girlfriend))',
      '(drove|driven|took) me (home|back) ~~ (it|but it) (wasnt|was not) (my home|my house|my place|home)',
      'woke up (there|at his|in his (bed|flat|house|room)|in a strange (bed|room|flat)|somewhere i didnt know) & (dont remember|cant remember|out of it|drunk|drink|blacked out|no idea how)',
      '(came|comes) to my (hotel )?room & (scared|didnt stop|couldnt stop|froze|contract|boss|manager|supervisor|work trip)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round 11: consent left unclear in the speaker\'s words: things at night not really agreed to, I just go along with it, I never said yes to that part, it hurts every time and he says keep going.',
    victim: 'self',
    unless: ['(we both|both of us) (like|enjoy|agreed|love|want)', 'consensual', '(doctor|gp|gyno|physio|therapist) (said|says)'],
    patterns: [
      '(didnt|did not|never) (realy )?(agree|agred|consent|consented) to & (night|nights|sex|bed|asleep|half asleep|touch*|things hapen|stuf|do it|that part|rough)',
      'i never said yes (to (that|it|this|that part|any of it))?',
      '(i just|so i just|i) (go|went|goes) along with it & (sex|bed|owe|he wants|she wants|the cheating|easier|after everything|threat*)',
      '(so i just|i just|and i just|i) (lie there|lay there|let it hapen)( $| ~~ (because|cos|cause|bc|since) (saying no|its easier|no point|he gets|she gets))',
      '(it )?hurts every time ~~ & (told (him|her)|keep going|keeps going|dread|make me|wont stop)',
      '(threatens|threatened|says (hel|he wil|shel|she wil)) (to )?((go elsewhere|cheat|find someone else|get it somewhere else) if i (dont|wont|refuse)|leave me if i (dont|wont|refuse) (do it|have sex|sleep with|put out|give (him|her) (it|what)))',
      '(doesnt|does not) (hurt|hit) me ~~ (just|but) (doesnt|does not|wont) stop',
      '(told|tel|telling) (him|her|them) (to )?stop (twice|again|# times|over and over)',
      '(you|i) (dont|didnt|never) mean it & (said stop|told (him|her) (to )?stop|said no|saying no)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 13: sex while too drunk to remember, touched the whole ride, filmed when I had said no to it, my face put on naked bodies, more photos demanded or the old ones go out, sex "whenever he wants" over pain.',
    victim: 'self',
    patterns: [
      `(had sex with me|slept with me|did stuff to me|did things to me|was on top of me|was inside me|took advantage) & ${INCAPABLE}`,
      `${INCAPABLE} ~~ (had sex with me|slept with me|he had sex|she had sex|we had sex|we slept together|first time we slept together)`,
      '(touched|groped|touching|groping|felt) me (up )?(al the way|the whole way|the whole (ride|journey|drive|time)|the entire (ride|journey|drive|time)) & (locked|couldnt get out|could not get out|taxi|driver|uber|bus|train|car|stranger)',
      '(filmed|recorded|videoed) (me|us) (naked|nude|in bed|having sex|during sex|in the shower|undressing|getting changed|while we (had|were having) sex)',
      '(filmed|recorded|videoed) (me|us) ~~ & (naked|nude|sex|in bed|undress*|light (of|on)|only do it|for (him|her) only)',
      '(my face|photos of me|pictures of me|my pictures|my photos) (on|onto|photoshopped onto|edited onto|stuck on|put on) (naked|nude|porn|someone elses naked) (bodies|body|pictures|photos|videos|images)?',
      '(fake|deepfake|deep fake) ~~ (nudes|naked|porn|nude) & (of me|my face|my photos|my pictures|me naked)',
      '(wants|want|wanted|demanding|demands) (more|new) (photos|pics|pictures|nudes|videos)? ~~ (or|otherwise|unless) ~ (hel|he wil|shel|she wil|theyl|he is going to|she is going to|hes going to) (post|send|share|leak|put|upload)',
      '(photos|pictures|pics|videos) of me (in my (underwear|bra|knickers|pants)|naked|nude|topless|in the shower|in bed) & (send|sending|sent|posting|posted|shared|sharing|showing|showed|shame|to my (family|mum|mom|dad|boss|friends))',
      '(whenever|every time|any time) (he|she) (wants|wants to|feels like it) ~~ & (even when|even if|even though) i (say|said|tel|told) (im|i am|i m) (to |too )?(sore|in pain|bleeding|tired|not ready)',
      '(forces|forced|pushes|pushed) (himself|herself) on me ~~ (his right|her right|hes my husband|im his wife|says its|sore|after the baby)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 13: giving in to sex to stop the sulking, the guilt or the threat to go elsewhere ("if you really loved me").',
    victim: 'self',
    patterns: [
      '(went along with|gave in to|agreed to|said yes to) (the )?(sex|it|the sex bit|the intimacy|sleeping with (him|her)) ~~ (because|cos|coz|so|or) ~~ (sulk*|huff*|find it elsewhere|go elsewhere|cheat|punish*|silent treatment|go cold|goes cold|wont (look at|speak to|talk to))',
      '(said|say|saying) yes (but )?(only )?(because|to keep the peace|so (he|she) (would|wil|wont) stop) ~~ & (sulk*|huff*|go cold|goes cold|for days|wouldnt look) & (sex|not tonight|in bed|intimate|sleep with|make love|(still|realy) (a )?yes)',
      'if (i|you) (realy )?loved (him|her|me) (id|i would|youd|you would) do (the thing|it|that) ~~ (wasnt|not|never) comfortable',
      '(he|she|{partner}) (wakes|woke|keeps waking) me (up )?(in the night )?for (it|sex) ~~ & (give in|gave in|sulk*|huff*|tired|say no|said no)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 13: a grade or a job that hangs on going to his place.',
    victim: 'self',
    patterns: ['(grade|grades|marks|job|contract|promotion|visa|rent|reference|placement|place on the course) ~~ (depended|depends|depend|depending|hinged|hinges) on (me )?(coming|going|visiting|staying) (to|at|over to|round to) (his|her|their) (flat|house|room|place|hotel|office after hours)'],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round 13: sex I do not want and do not refuse, after being shouted at.',
    victim: 'self',
    patterns: ['(dont|do not|didnt|did not) (really )?want (to|it) (but|and) (i )?(dont|do not|didnt|did not|never|cant|cannot) (say|said) no & (shouted|yeled|screamed|angry|make up|made up|sulk*|scared)'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 14: a hand up a nightie, filming in the shower, touching in the toilets, and saying yes not remembered.',
    // Bath time with a baby: "I filmed him in the bath, he was splashing everywhere".
    unlessNear: ['(baby|babys|toddler|splash*|bubbles|rubber duck|first bath|bath time|bathtime)'],
    patterns: [
      '(puts|put|putting|slides|slid|sticks|stuck) (his|her|their) hands? (up|down|inside|under|in) (my|her|his) (nightie|nightdres|nightgown|skirt|dres|top|shirt|knickers|pants|trousers|jumper|blouse|pyjamas|pajamas|bra|underwear)',
      '(filming|filmed|films|photographing|photographed|taking (pictures|photos|videos) of|recording|recorded) (me|her|him|them) (in the (shower|bath|toilet|loo|bathroom)|undresing|getting (changed|undresed)|naked|on the (toilet|loo))',
      '(taking|takes|took|taken|coming|comes|came|walks|walked|geting|gets) (her|him|me|them|my {partner}|my (wife|husband|mum|mom|mother|dad|father|son|daughter|sister|brother|nan|gran|grandad))? ?(in|into|in to) the (toilet|toilets|loo|loos|disabled loo|disabled toilet|bathroom|shower|showers|changing room|back room|store cupboard|shed) ~~ (and |to )?(touching|touches|touched|touch|groping|gropes|groped|feeling|feels|felt|fondl*) (me|her|him|them)',
      '(did|does|doing|done) things to (me|her|him) (when|while) (i|she|he) (was|were) (asleep|coming round|unconscious|drunk|out of it|sedated|under|pased out|blacked out)',
      '(interfered|interfering|interferes) with (me|her|him) (when|while|at|in|after)',
      '(dont|do not|didnt|did not|cant|can not) (really )?remember (saying yes|agreeing|consenting|saying i wanted) & (drinking|drunk|pased out|blacked out|wanted to go home|said no|told him no|told her no|to go home)',
      'remember (saying|telling (him|her)) (i wanted to go home|no|stop|i didnt want (to|it)) & (drinking|drunk|sex|slept with|on top of me|woke up|pased out)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 16: a recording made on camera, or pictures, held over someone: sent to friends unless paid or unless more are sent; a fake adult-site account with their photos.',
    patterns: [
      '(recorded|recording|filmed|screenshoted|screenshotted|screen recorded|saved) ~~ (threaten*|says (he|she|they)|wil|going to|gona) ~ (send|post|share|leak|show|upload) (it|them|the (video|recording|clip|pics|photos)) & (cam|webcam|on camera|naked|nude*|undres*|sex*|intimate|explicit|topless)',
      '(demand*|wants|asking for|asks for|pay|send (him|her|them)) ~~ (money|#|gift cards|bitcoin|crypto|venmo|paypal|cashapp) ~~ or (he|she|they|hel|shel|theyl) ~ (post|send|share|leak|upload|show) & (sex tape|nudes|naked|intimate|explicit|video of (us|me)|pics of me|photos of me)',
      '(send|sending) (me |him |her |them )?(more|some more|another) (pics|photos|pictures|nudes|videos|vids) & (regret|or else|threaten*|expose|leak|tel everyone)',
      '(regret|sory|or else|expose*|leak*|post*) ~~ (if|unles) (he|she|they|i|you) (dont|doesnt|wont|do not|does not)? ?(send|sends) (more|some more|another|any more|new) (pics|photos|pictures|nudes|videos|vids)',
      'fake (onlyfans|only fans|porn|escort|adult|fansly) ~~ (with|using|of) (my|her|his) (photos|pics|pictures|face|selfies|images)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 17: filmed while feeding or undressing without asking, "or he\'ll take it", unwanted explicit pictures, debts paid "another way", sextortion over a past, going along with it while not wanting it, pills given before sex, sleeping with him or losing the job.',
    patterns: [
      '(recording|recorded|records|filming|filmed|films|photographing|photographed) (me|her) ~~ (breastfeeding|feeding|naked|undressing|changing|in the shower|in the bath|geting dressed|asleep|on the toilet) ~~ (without|didnt ask|never asked|secretly|hidden|folder)',
      '(or|else) (hel|he wil|shel|she wil|he would|hed) (just )?take it & (sex|sort it out|birth|in bed|put out|get it somewhere else)',
      '(sending|sends|sent|keps sending|kept sending) (me )?(dick|cock|nude|naked|explicit) (pics|pictures|photos|images|vids|videos) & (didnt ask|blocked|unwanted|without asking|stop|gagging|wont stop|never asked)',
      '(said|says|suggested|hinted|told me|offered|wants me to|asked me to) ~~ (pay|paid|paying|work) (of |off )?(what i owe|the debt|my debt|for (the gear|the drugs)) ~ (another way|in other ways|some other way|with (my body|sex|favours))',
      '(tel|expose|out) ~~ (everyone|my (family|boss|work|kids|sponsor|group)) ~~ if i (dont|do not|wont|refuse to) (send|slep|have sex|meet)',
      '(doesnt|dont|didnt|does not|did not) want to but (goes|went|go|just go) along with it & (sex|threesome*|in bed|his mates|her mates)',
      '(give|gave|gives|giving|slip*|put) (me|her) (pils|something|drugs|a pil|tablets) (before|during|so) ~~ (sex|not fight|fight back|(wouldnt|couldnt) (fight|say no|move|remember))',
      '(lose|losing|lost) (my|her) (job|shifts|hours|place|visa|flat|room|grades|role) ~~ if (i|she) (didnt|dont|wont|do not|did not|refused to) (slep with|have sex with|go to bed with|send (pics|nudes))',
      '(touched|grabbed|groped|fondled|squeezed|cupped) (my|her) (breast|breasts|boob|boobs|chest|bum|bottom|backside|crotch|thigh|thighs) & (too shocked|froze|frozen|didnt ask|without asking|uninvited|didnt want|the man who|a stranger|delivery|delivered)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 17: what he says of a night she cannot remember ("you were into it, you just don\'t remember because you were so wasted"); not a night of karaoke.',
    unlessNear: ['(karaoke|dancing|danced|the gig|the concert|the game|the film|the match|singing|sang|the quiz|the show)'],
    patterns: [
      '((you|u) (were|was) (so |totaly |realy )?(into it|up for it|fine with it)|(you|u) (wanted|asked for|begged for) it) & (dont|do not|cant|cannot|didnt) remember & (wasted|drunk|blackout|blacked out|out of it|pased out|off (my|your) face)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 18: slept with him because I was scared not to, woke up with him on me, no means no and he did not listen, a wife who did not know she could say no, pushing him off but he is stronger, made to do things with him, a camera in the bathroom, pictures or he posts the old ones.',
    patterns: [
      '(slept with|had sex with|did it with|sleep with|have sex with|went to bed with) (him|her|them|my {partner}) (because|cause|cos|coz) ~ (scared|afraid|frightened|terified) (not to|not 2|to say no|of what|of him|of her)',
      'woke up ~ (and|n|to|with) (he|she|him|her|someone|a guy) (was|is|being|were)? ?(on|on top of|inside) me',
      '(didnt|did not|never) (know|knew) (i|we) (could|can|was alowed to|were alowed to|had the right to) say no to (him|her|my husband|my wife|my partner|sex|my {partner})',
      '(didnt|did not|never) (know|knew) (a wife|wives|women|a woman) (could|can|was alowed to|were alowed to|had the right to) say no',
      '(push|pushed|pushing|fight|fought|fighting) (him|her) (of|away)? ?but (he is|hes|he was|she is|shes|she was) (stronger|too strong|bigger|too big|heavier)',
      '(made|makes|making|forced|forces) (me|us|me and (another|other) (girl|girls|woman|women)) ~ (do|doing) (things|stuf|sexual things|sexual stuf|what he wanted) (with|to|for) (him|her|them)',
      '(keeps|kept|keep) (touching|groping|grabbing) (her|me) & (cant|cannot|couldnt|can not|wont let me) (complain|say anything|report|tel anyone|say no) ~~ (because|cause|bc|or) ~~ (sponsor*|visa|permit|job|boss|contract|deport*|home ofice|need the (work|job|money))',
      '(camera|cameras|hidden cam|spy cam) in (my|the|our) (bathroom|shower|bedroom|room|toilet) & (hes|he|shes|she|landlord|someone|watching|put|hid|found)',
      '(my ex|ex|he|she|{partner}) (sent|shared|posted|showed|leaked|forwarded) (the|my|those|our) (intimate|private|naked|nude|sexy) (photos|pics|pictures|videos|vids|images) ~~ (to|with|on|online|around)',
      '(or|otherwise|else) (hel|shel|he wil|she wil|theyl|they wil|hes going to|shes going to) (post|share|send|leak|show|upload) (the|my|those) (old )?(ones|pics|pictures|photos|videos|vids|nudes)',
      '(hooked up|had sex|slept together|went al the way) ~~ (when|while) (i was|i was like|i was kinda|i was kind of|i was so|i was pretty) ~ (out of it|wasted|pased out|blacked out|asleep|barely conscious|unconscious)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 18: "no means no, right? he didn\'t listen"; not "no more cake".',
    unlessNear: ['(cake|dessert|sweets|chocolate|food|snacks|dog|puppy|toddler|homework|tv|screen time|bedtime|toys|games|shopping)'],
    patterns: ['no means no & (he|she|they) (didnt|did not|wouldnt|would not|doesnt|does not|never) (listen|stop|care|hear)'],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round 18, short messages: won\'t take no for an answer, pressure every night, kept pushing until I said ok, I did not want it and feel dirty. The bot asks.',
    patterns: [
      '({partner}|he|she) (wont|doesnt|didnt|never|would not|wouldnt) take no (for|as) (an |a )?answer $',
      '(pressures|presured|presuring|pushes|pushing) me ~ (every|each) (night|nite|time|morning) $',
      '(he|she|they) (kept|keeps) (pushing|asking|presuring|begging|on at me) (til|until|till) i (just )?(said|say|gave in|agreed|went along) ~ (ok|okay|yes|fine)? $',
      '(i went|i did it|i let him|i let her|i gave in) & (did not|didnt) want & (feel|felt) (so )?(dirty|disgusting|used) & (his room|her room|his place|her place|with him|with her|to him|come to)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Filmed while changing or naked ("a colleague filmed me in the changing room"). Not a costume change for a blooper reel.',
    unlessNear: ['(costume|play|show|blooper|video shoot|tiktok|dance|rehearsal|for fun|as a joke|prank|joke|lol|haha|baby|toddler)'],
    patterns: ['(filmed|filming|films|recorded|recording|photographed|took (photos|pictures|pics|videos|a video) of) me ~~ (changing|in the (changing room|changing rooms|toilet|toilets|shower|showers|bathroom|loo|locker room)|undressing|getting changed|naked|topless)'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'A kiss pushed on me again and again, or a customer who grabs me and a boss who shrugs ("the security guard keeps trying to kiss me in the lift and won\'t take no").',
    patterns: [
      '(keeps|kept|kep|always) (trying|tried) to kis me ~~ (wont take no|doesnt take no|i said no|i dont want|i push (him|her) away|i pushed (him|her) away)',
      '(client|customer|patient|guest|pasenger|punter) ~~ (grabed|groped|touched|squezed|felt) my (breast|breasts|boob|boobs|bum|butt|ass|arse|crotch|groin|chest|thigh|thighs) & (boss|manager|laugh it of|told me to|nothing|shift|salon|massage|spa|bar|hotel)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 22: "assaulted me" with no blow named beside it (a blow or a mugging beside it is heard by the partner and emergency rules).',
    unlessNear: ['(punch*|hit me|headbut*|mug*|robed|rob*|wallet|phone stolen|brawl|punch up|street fight|pub|verbaly|verbal|with words)'],
    patterns: ['(he|she|they|bloke|guy|man|lad|woman|{partner}|{carer}|boss|manager|landlord|colleague|coworker|someone|somebody|stranger) ~~ (sexualy )?asaulted me'],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 22: nudes asked in return for rent, a deposit or shifts; touched when the writer never said yes.',
    patterns: [
      '(if|unles|as long as) i (send|sent|sends) (him|her|them) (nudes|naked *|pics of (me|myself)|pictures of (me|myself)|photos of (me|myself)|pics $|pictures $|photos $|snaps $) & (deposit|rent|arears|landlord|agent|boss|shift*|job|debt|owe|loan)',
      '(touched|groped|grabed|felt) me ~~ i (didnt|did not|never) (say yes|agre|consent|want (it|that|him|her|them) to)',
    ],
  },
];
