/**
 * Lexicon rules for `partner_violence`. Partner violence: physical harm, threats, fear of the partner and coercive control described by what the partner does.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import { HURT_IN_WORDS } from './context.ts';
import type { LexiconRule } from './rule.ts';

/** Sport, sparring and play, where grabbing, choking and throwing are not violence. */
export const SPORT =
  '(sparring|spar|jiu jitsu|bjj|judo|karate|mma|kickbox*|martial arts|tapped out|dojo|boxing (class|gym|training|session)|playing (rugby|football|hockey|soccer|basketball|netball|lacrosse|paintball|laser tag|dodgeball)|(rugby|football|hockey|soccer|basketball|netball) (practice|training)|boxer|(in|at) training|training session|video game|fortnite|in (my|his|her|our) sleep|(beat|beats|beaten|thrashed|hammered|batered) (me|him|her|them|us) (again )?at|darts|snooker|chess|scrabble|monopoly|poker|bowling|mario kart|ping pong|table tennis)';

/** Watching, reading or studying something about abuse, rather than living it. */
const MEDIA_ABOUT =
  '(watched|watching|watch|read|reading|saw|seen|listened to|listening to|finished) (a |an |the |this |that )?(doc|docu|documentary|film|movie|show|series|article|book|podcast|news|story|episode|thread|video|ted talk|memoir|novel|biography|autobiography|play) ~ (about|on)';

/** A joke threat over something small ("she'll kill me for forgetting the milk", "my mam will murder me"). */
export const JOKE_THREAT =
  "(({kill}|murder|strangle|stab|bury) me ~~ (for|when|because|if|cos|coz|after|over) ~~ (forgot|forget|forgeting|late|mess|dishes|vase|grades|report card|spoil*|finale|ate|eating|eat|shopping|tattoo|haircut|surprise|birthday|anniversary|gift|present|milk|bins|parking ticket|dent*|scratch*|crashed|spent|broke|missed)|(forgot|forget|dented|crashed|spent|broke|ate|missed|spoiled|spoilt) ~~ (and|so|now|then) ~~ ({kill}|murder|strangle|bury) me|(mum|mom|mam|ma|mother|dad|father|nan|gran|grandma|parents|teacher|coach|boss|sister|brother) (is |s |wil |l |is going to |s going to |is gona |s gona )?(literaly |actualy |absolutely |so )?({kill}|murder|strangle|bury) me|(mum|mom|mam|ma|mother|dad|father|nan|gran|grandma|parents|teacher|coach|boss) (found|finds|saw|sees|reads|read) ~~ (texts|messages|phone|report|grades|mess|tattoo|bil))";

/** Writing fiction, a script or an essay about abuse rather than living it. */
const WRITING_ABOUT =
  '(writing|write|wrote|drafting|working on) (a|an|my|the|this) (short )?(novel|story|book|script|screenplay|play|scene|chapter|character|essay|paper|dissertation|thesis|fanfic|fan fiction|poem|song) ~~ (where|about|in which|with|on)';

/** Ways of hitting the shared {hit} list leaves out: older or regional verbs, dropped g's ("hittin"). */
const HIT_MORE =
  'chocked|chocking|chokked|choaked|hittin|beatin|slappin|punchin|chokin|kickin|smackin|shovin|bashed|bashes|bashing|thumped|thumps|whacked|whacks|decked|socked|jabbed|throttled|throttles|battered|batters|backhanded|backhands|kneed|roughed (me )?up|knocks me (around|about)|knocked me (around|about)|slapped me around|smacked me around|leathered|leathers|lamped|lamps|klapped|klaps|klap|skelped|skelps|belted|clobbered|clobbers|walloped|wallops|bopped|clattered|twatted|banjoed|glassed|nutted|headbutted|duffed up|kicked (the )?(shit|crap|hel) out of|knocked (the )?(shit|crap|hel) out of|beat (the )?(shit|crap|hel) out of';

/** The speaker hurting themselves, which belongs to self-harm even when a partner is mentioned. */
const SELF_INFLICTED =
  '(i|im|ive|i keep) ((hit|hitting) myself|(punch|punched|punching|slap*|bang|banged|banging|slam|slamming|scratch*|cut|cutting|burn*|held|hold|holding|grip*|squeez*|dig|digging) (myself|my (own )?(face|head|arms|arm|legs|wrist|wrists|hand|hands|skin)))';

/** He/she/they said they will (future threat in reported speech). */
const WILL = '(hel|shel|he wil|she wil|he gon|she gon|hes gon|shes gon|he finna|she finna|hed|shed|he would|she would|theyl|they wil|theyd|hes gona|shes gona|hes going to|shes going to|he says hel|she says shel|he said hed|she said shed)';

/** What a threatener says they will do if I leave, tell or call for help. */
const THREAT_ACT =
  '(burn (the house|the place|my|your|ur|me|you|u|it al|everything|us|down)|torch|make (me|you|u) (very |so |realy )?(sorry|pay|regret( it)?)|make (it|things|my life|your life|ur life) (worse|hel|a living hel)|regret it|break (my|your|ur)|fix (my|your|ur) face|finish|spread|post|leak|send (them|it|my|your|the)|share (my|your|the)|tel (them|the police|the cops|everyone|people|my (family|parents|mum|mom|dad|boss|work|church|kids|children|friends|employer)|your (family|parents|mum|mom|dad|boss|work|church|kids|friends|employer)) ((that )?(im|i am|i was|youre|your|you are|you were|about)|everything|al about)|out (me|you|u)|put (me|you|u) (in|into) (a home|a care home|care|a nursing home|an institution|a psych ward|a mental hospital|hospital)|take (the|my|our|your|ur) (kids|children|{child})|ruin|destroy|find (me|you|u)|come after|end (me|you)|get (me|you) deported|cal immigration|throw (me|you) out|leave (me|you) with nothing|say (im|i am|youre|your))';

/** Objects a controlling partner takes or withholds. */
const HELD = '(phone|keys|car keys|house keys|key|sim|sim card|passport|id|wallet|purse|cards|bank card|bank cards|debit card|credit card|wifi password|charger|documents|papers|shoes|coat|hearing aids|hearing aid|glasses|wheelchair|powerchair|walker|crutches|cane|mobility scooter|phone line|landline|meds|medication|medicine|inhaler|insulin)';

/** A brother, sister or flatmate: people a teen squabbles with as an equal. */
const SIBLING = '(little |big |older |younger |twin |step |baby |half )?(brother|sister|bro|sis|brothers|sisters|siblings|cousin|cousins|roommate|flatmate|housemate)';

/**
 * A sibling squabble told as a two-sided scrap: a row or fight with a sibling plus the speaker
 * hitting back or a parent making both make up ("she pulled my hair, i threw her straighteners").
 */
export const SIBLING_SCRAP = `(me and my|my) ${SIBLING} ~~ (row|rows|fight|fights|fighting|fought|argument|argued|arguing|squabble*|bicker*|scrap|scrapped|went at it) & ((i|and i|so i) ~ (threw|hit|pulled|kicked|punched|slapped|shoved|pushed|bit|scratched|smacked|whacked) (her|him|his|hers|them|it back)|made us (both )?(apologi*|say sory|make up|hug)|(sent|sends|send) us (both )?to (our|my) (rooms|room)|we both|both got (grounded|told off|sent))`;

/** Following to keep talking is a fight, not stalking: "she follows me from room to room to finish the argument". */
/** Coming by for the children as arranged: "my ex showed up at my place to drop off the kids". */
const ARRANGED_HANDOVER = '(to|and) (drop|droping|drop of|pick up|picking up|colect|colecting) (the|our|my) (kids|children|son|daughter|boys|girls|baby)';

const ROOM_TO_ROOM_ARGUMENT = 'room to room (to|and) (finish|keep|continue|carry on) ~ (argument|fight|conversation|discussion|row)';

/** A small child wanting a parent on the floor to play ("my 8 year old made me sit on the floor to play lego"): no punishment. */
const PLAYING_ON_THE_FLOOR = [
  '(# (year|yr)s? old|toddler|kid|kids|son|daughter|little one|grandson|granddaughter|niece|nephew) (made|makes|make) me',
  'on the floor (to|and) (play|build|colour|color|draw|do (a|the) (puzle|jigsaw))',
];

/** A sibling or flatmate taking my charger or phone: a squabble, not coercive control. */
const SIBLING_TOOK = `my ${SIBLING} ~ (took|takes|taking|take|stole|steals|nicked|nicks|borowed|borows|hid|hides|keeps|kept|snatched) ~ my`;

/** Who might be a third party's abusive partner in "her husband", "my sister's boyfriend". */
const THEIR_PARTNER = '((her|his|their|{relation}s|my {relation}s) ({partner}))';

/** Knocked out of a contest ("he knocked me out of the pub quiz final"), not a blow. */
const KNOCKED_OUT_OF =
  'knock* (me|us|my team|our team) out & (quiz|tournament|competition|contest|game|final|finals|semi|semis|semifinal|quarterfinal|playoffs|league|round|bracket|cup|race|running|draft|auction|bidding|fantasy)';

/** Hit with words, not a blow: "he hit me with the we need to talk text", "she hit me with a guilt trip". */
const HIT_WITH_WORDS =
  'hit* me with (the|a|an|that|this|his|her|their|some|one of (his|her|their)) ~~ (text|texts|message|mesages|news|question|questions|look|excuse|excuses|bombshell|joke|jokes|line|talk|speech|guilt trip|silent treatment|compliment|request|idea|truth|facts|bil|sarcasm|attitude|comeback|reply|email|emoji|meme|song|playlist|plan|announcement|lecture|ultimatum)';

/** Things tossed in play for the other to catch, told fondly ("catch!", "kind of cute"). */
const THROWN_IN_PLAY = '(catch $|(kind of|so|honestly|realy|actualy|kinda) cute)';

/** Figurative throwing: shade, looks, a tantrum, compliments. */
const THROWN_NOT_AT_ALL = '(throw*|threw) ~ (shade|glances|looks|a look|a tantrum|a fit|a strop|a wobbly|compliments|hints|a hint|a party|a curveball|a curve ball|money|kisses)';

/** What shows a cover story was not true: no ladder, "it was him", never played, the partner standing there. */
const REVEAL_LIE =
  '((ok|okay|alright|fine|safe) at home ~~ (it isnt|its not|it is not|im not|i am not|i dont|it wasnt)|(ok|okay|alright|fine|safe) at home (. )?(it isnt|its not|it is not|im not|i am not|not realy|no it)|(ive|i have|i) never (played|done|owned|been|had)|it was (him|her|them|my {partner})|it was (his|her|their) (fist|fists|hand|hands|foot|boot|boots|belt|elbow|knee|ring)|(theres|there is|it was|its) (him|her|my {partner}) $|(theres|there is|there was) no (ladder|door|door frame|stairs|step|cupboard|table|cat|dog|bike)|(my {partner}|he|she) (was|stood|sat|waited|were|is|kept) ~~ (behind (me|them|her|him)|in the (waiting room|room|corridor|hal|doorway)|next to me|beside me|right there|nodding|the whole time|listening|watching))';

/** Someone else's partner, also a new or current one ("my mum's new partner"). */
const THEIR_NEW_PARTNER = '((her|his|their|{relation}s|my {relation}s) (new |current |latest )?({partner}))';

/** Marks the speaker hides from the partner: the partner is who must not see them, not who made them. */
const MARKS_HIDDEN_FROM_PARTNER =
  '(hide|hiding|hid|hidden|cover|covering|covered|conceal*) (the |my |these |those |al the |al my )?(marks|cuts|scars|bruises|burns) from (him|her|them|my {partner})';

/** Things a person needs for their health that a controlling partner can keep from them. */
const HEALTH_AID =
  '((anxiety |seizure |heart |pain |diabetes |epilepsy |mental health |blood pressure |thyroid |asthma |parkinsons |ms |sleeping |sleep )?(meds|medication|medications|medicine|medicines|pills|tablets|insulin|inhaler|inhalers|antidepressants|painkillers|pain meds|pain medication|epipen|epi pen|oxygen|oxygen tank|wheelchair|powerchair|walker|walking frame|zimmer frame|crutches|cane|walking stick|mobility scooter|hearing aid|hearing aids|glasses|prescription|prescriptions|methadone|injections|insulin pen|hrt|hormones|hormone pills|hormone patches|testosterone|estrogen|oestrogen|t shots|prep|blockers|power chair|electric wheelchair|chair battery|wheelchair battery))';

/** What makes keeping them control: handed back for good behaviour, kept because I rang someone, locked away, days without. */
const HEALTH_COERCION =
  '(when (ive|i have|i|im) (behaved|behave|been good|good|apologi*|said sorry|say sorry|do (what|as) (he|she|they) (says|say|tells|wants))|(if|when|once|only if|only when|until|til|till|unless) (ive|i have) (behaved|been good|apologi*|said sorry)|(if|when|once|only if|only when|until|til|till|unless) i (behave|ve behaved|apologi*|say sorry|do (what|as)|beg|obey|give in|stop|agree|sleep with|have sex)|because i (rang|called|saw|went|talked|spoke|texted|told|said|asked|argued|visited|met|didnt|wouldnt|refused)|as (a )?punishment|to punish me|to teach me|so i (cant|couldnt|cannot|wont|wouldnt|have to|had to)|says i (am|m) not (going|allowed)|said (im|i am|i was|i) not (going|allowed)|(im|i am) not (going|allowed) to|(in|for) (#|two|three|four|five|six|a few|several) days|locked (in|away|up)|(hands|gives) (it|them) (over|back) (when|if|only)|if i (ring|call|tell|go|leave|see|talk)|when (we|i) (argue|fight|row)|(when|whenever|if) (hes|shes|he is|she is|theyre|they are|he gets|she gets|they get) (angry|mad|cross|annoyed|upset|drunk|in a mood|jealous)|out of (my )?reach|left me (on|in|there|stuck|alone|for)|only (get|have|given|gets|hands over) (them|it|my *) (when|if|once|after)|(switch|turn) it (off|of))';

/** Care the speaker wants: an arrangement they asked for, a pharmacy run, a safety plan after an overdose. */
const HEALTH_CARE_OK =
  'i asked (him|her|them)|at my request|we agreed|we both agreed|power of attorney|dosette|pill organiser|pill organizer|blister pack|pharmacy|pharmacist|chemist|refill*|prescribed|doctor (said|says|told|suggested)|nurse (said|says|told|suggested)|to help me|helps me|reminds me|remind me|overdose|keep me safe|safety plan|so i wouldnt (take|overdose)';

/** A quote frame: the words that follow are someone's speech, text or note relayed ("he texted:", "his exact words were", "him:"). */
const QUOTE =
  '(said|says|saying|keeps saying|kept saying|told|tels|tel|texted|texts|text|txt|wrote|writes|sent|sends|message|messaged|messages|msg|reply|voicemail|voice note|voice notes|note|words were|exact words|goes|screamed|yeled|shouted|warned|whispered|hissed|him|her|husband|wife|boyfriend|girlfriend|ex)';

/**
 * What a quoted threat says to the speaker: see what happens to your car, you will never see the
 * kids again, you are going through that window, a mate will sort you out, I know which street.
 */
const QUOTED_THREAT =
  '((see|watch) what happens (to )?(you|u|your|ur|the kids|the children)|(youl|ul|you wil|youre gona|youre going to|you) (be )?(picking|pick) (your|ur) teeth|(you|u) (wont|wil not|wouldnt|never) (get up|walk again|wake up|walk out) (again|$)|(put|throw|send|smash|knock) (you|u|me) (through|thru) (the|a|that) (wal|window|door|floor|table)|(nobody|no one|noone|your (own )?(mum|mom|mother|family)) ((wil|would|wont|is going to|gona) (ever )?)?recogni* (you|u|your face|ur face)|sorry (you were|youre|you ever were|u were) born|(you|u|youl|ul|you wil|youd|you would) (never|not) (see|get|have) (the|your|ur|my|our) (kids|children|boys|girls|son|daughter|sons|daughters|baby|{child})( again| back| ever)?|(you|u) (wont|wouldnt|wil never|would never) (see|get|have) (the|your|ur|my|our) (kids|children|boys|girls|son|daughter|sons|daughters|baby|{child})( again| back| ever)?|(you|u|youl|ul|you wil) (never )?see (the|your|ur|our) (kids|children|boys|girls|son|daughter|baby) again|(youl|ul|you wil) see (nobody|no one|noone|no body)|(youre|you are|ur|u r|youl be|ul be|you wil be|youl go|ul go|you go) (going )?(through|out) (that|the) (window|wal|door)|(youre|you are|ur|youl be|ul be) (going )?(down|off) (the|those|that) (stairs|balcony|bridge|cliff)|(got|have|know|ive got|i have) (a mate|mates|a guy|people|some people|someone|friends|the boys|lads|cousins|brothers) (who|wholl|who wil|who would|whod|thatl|that wil|that would) ~ (sort (you|u) out|deal with (you|u)|do (you|u) in|rough (you|u) up|hurt (you|u)|visit (you|u)|pay (you|u) a visit|teach (you|u) a lesson|break (your|ur))|i know (which|what) (street|road|house|flat|hotel|motel|estate|building|room) (you|u|ur|youre|your)|i know (which|what) (street|road|house|flat|hotel|motel|estate|building|room) $|i know where (you|u|ur|youre) (live|living|are|staying|sleeping|work|park|hiding|sleep|stay)|(im|i am|ill be|il be) (driving|walking|coming) (round|around|up and down|past) (now|tonight|right now|your|ur)|(im|i am|ill|il|i wil) (come|coming|turn up|turning up|show up|showing up) (to|at|round to|down to) (your|ur) (work|job|office|school|house|flat|place|mums|moms|mams|sisters|parents|new place|door)|(then|or|otherwise) (i|ill|il) (find out|come find (you|u)|find (you|u)|come looking) ~ (myself|anyway)?|i can see (you|u) $|(you|u|youl|ul) (eat|sleep|go out|leave|speak|shower) when i (say|tel|let|alow)|one more (word|time|peep) (and|an|n) (youre|you are|ur|youl|ul|you wil|il|ill|i wil))';

/** Ordinary angry, breakup, jealous or fond quotes, lyrics and film lines that share a quoted threat's words. */
const QUOTED_NOT_A_THREAT =
  '(haircut|hair cut|makeup|make up|beard|costume|outfit|fancy dress|disguise|tan|you mean|u mean|my (mum|mom|mam|dad|nan|gran|friend|mate|bestie|boss|teacher) (said|says|texted|wrote|told me|goes|sent)|lol|lmao|haha|jk|lyric*|song|sings|singing|film|movie|scene|episode|series|tv show|the show|a show|character|villain|book|novel|quiz|game|trailer|meme|script|(bring|brings|bringing|drop|dropping|drops) (you|u) (lunch|coffee|dinner|food|your|ur|flowers|a)|surprise|birthday|pick (you|u) up|for (dinner|lunch|coffee|drinks|the party)|to help|babysit*)';

/** Round 26: papers hidden for a surprise trip ("hid my passport till the airport so I wouldn't guess"). */
const SURPRISE_TRIP =
  '(surprise (trip|holiday|weekend|party|getaway|honeymoon|proposal|break)|so i (wouldnt|would not|couldnt|could not) (guess|find out|work it out))';

/** Every `partner_violence` rule the screen applies. */
export const PARTNER_VIOLENCE_RULES: readonly LexiconRule[] = [
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Harm told in the present ("she is hurting me every day"); without a duration the emergency rules also call it happening now.',
    unless: [HURT_IN_WORDS],
    patterns: ['(hes|shes|he is|she is|{partner} is|{partner} s|theyre|they are) (hurting|attacking|stabbing|shooting) me'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Physical violence against me.',
    unless: [SELF_INFLICTED, MARKS_HIDDEN_FROM_PARTNER, SIBLING_SCRAP, 'physical (therapy|therapist|exam|education|activity|health|check)', 'rough with (the|our|my|his|her) (dog|cat|puppy|toys|car|ball)', '(pilow|playful*|as a joke|jokingly|snowbal|water balon|ball|frisbee|tickl*|wrestl*|play fight*|horsing around|by acident|acidentaly|kissed|kissing|swoon|romantic|made out|make out)', SPORT, KNOCKED_OUT_OF, THROWN_NOT_AT_ALL, HIT_WITH_WORDS, THROWN_IN_PLAY],
    // A joke threat over something trivial, in its own sentence: "she's going to strangle me when she finds out I ate the cake".
    unlessNear: [
      JOKE_THREAT,
      // A betrayal felt like a blade: "it's like he put a knife in me and keeps twisting it".
      '(its|it is|it was|feels|felt|fels|was) like (he|she|they|someone|my {partner}) ~ (put|stuck|stabbed|stabed|twisted|plunged|shoved|drove) (a|the) (knife|dagger|blade)',
    ],
    patterns: [
      '{perp} ~ ({hit}) me',
      '{perp} ~ (push*|shov*) me (down|into|against|over|of|out|to the (ground|floor)|hard)',
      '{perp} ~ (threw|throws|throwing|hurled) ~ at me',
      '{perp} ~ (threw|throws) me',
      '{perp} ~ (grab*|pin*|held|holds|drag*|pul*|yank*) me (by (the|my) (throat|neck|hair|arm|arms|wrist)|down|against)',
      '{perp} ~ (push*|shov*) me (and|so hard|until) ~ (fel|fall|hit my|bruise*|bled|bleed*)',
      '{perp} ~ (keeps|kept|stops|stoped|prevents|prevented) me (from )?(seeing|going to|caling|talking to|leaving|working|getting|visiting)',
      '(made|makes|forced|forces) me (quit|leave) my (job|school|studies|friends)',
      '(ruin|destroy|wreck|make) (my life|me) ~ if i (leave|left|go|tel|report|cal)',
      '{perp} ~ (grab*|twist*|yank*|pul*) (my|me by the) (throat|neck|hair|arm|arms|wrist|wrists)',
      '{perp} ~ (grab*|squeez*|twist*|yank*|pinch*) my (face|jaw|chin|cheeks) & (hard|scream*|yell*|hurt*|bruise*|rage|angry|furious)',
      '{perp} ~ (beat|beats) me up',
      '(bruises|marks|black eye|broken (rib|nose|arm)) (from|because of) (him|her|them|my {partner})',
      '(hurt|hurts|hurting|hurted) me physically',
      'physically (hurt|hurts|hurting|abuse|abuses|abusive)',
      '(beat|beaten) up by (him|her|my {partner})',
      '(punched|punches|punching|hit|kicked|smashed) ~ (wal|door|window|mirror|windshield|dashboard|table|cupboard|cabinet) ~ (next to|near|by|beside|inches from) my (head|face)',
      '{perp} ~ (slam*|bang*|smash*|hit|hits|shoved|pushed) my (head|face) (into|against|on)',
      '{perp} ~ (spit*|spat) (on|in) (me|my face)',
      '(afraid|scared|terified|frightened) (hel|shel|he wil|she wil|hed|shed|he might|she might|theyl|they wil|he would|she would) (hurt|kil|hit|beat|come after|find) me',
      '(raises|raised|raising|shakes|shook|shaking) (his|her|a) fist (at|in front of) me',
      '{perp} ~ (gets|got|get|can get) (physical|rough|violent)',
      '(held|holds|put|pointed|points|pulled|aimed|aims|waved|waves) (a|his|her|the|their) ~ {weapon} (to|at|against|on|in) (me|my)',
      '(hides|hid|throws away|threw away|flushed|flushes|poked holes in|sabotag*) ~ (my )?(birth control|condoms|the pil)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Being hit, with the person left implicit ("...and slaps me if I talk back").',
    unless: ['(toddler|baby|babies|puppy|kitten|dog|cat|ball|waves|wave|pilow|playful*|as a joke|jokingly|wrestl*|tickl*)'],
    patterns: [
      '(and|then|also|even|always|sometimes|often|keeps|just|stil|literaly) (slaps|slaped|punches|punched|chokes|choked|strangles|strangled|kicks|kicked|smacks|smacked|shoves|shoved|beats|beat|hits|hit) me',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Hurting a part of my body (playful if the message laughs).',
    hyperbole: true,
    unless: ['(pilow|playful*|as a joke|jokingly|wrestl*|tickl*|teas*)'],
    // Play both want: "she scratches my back, we both love it".
    unlessNear: ['(we both (love|like|enjoy) it|we are both into it|were both into it|we both want it)'],
    patterns: ['{perp} ~ ({hit}|scratch*|cut|burn*|twist*) my (face|arm|arms|neck|back|leg|legs|body|head|wrist|wrists)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Named abuse and domestic violence.',
    unless: [MEDIA_ABOUT, WRITING_ABOUT],
    patterns: [
      '(abusive|violent) (relationship|partner|boyfriend|girlfriend|husband|wife|ex|marriage|home)',
      '{perp} ~ (is|s|gets|can be|becomes|was) (abusive|violent)',
      '(hes|shes|theyre) ~ (abusive|violent)',
      'domestic (violence|abuse)',
      '{partner} (abuses|abused|is abusing|has been abusing) me',
      '(partner|domestic|intimate partner|dating) (violence|abuse)',
      '(im|i am|ive been|i have been|i was|been) (being )?(abused|beaten)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 15: "he texted me: you will be dead by 9 tonight" is his threat, not the writer\'s wish ("lol" cancels).',
    victim: 'self',
    hyperbole: true,
    unlessNear: ['dead (tired|on (your|my) feet)'],
    patterns: [
      '(he|she|they|{perp}) ~ (texted|texts|said|says|told me|messaged|wrote|sent|screamed|shouted|whispered|voicemail) ~~ (youl|you wil|youre going to|you are going to|your going to|ur gona|you gona|youre gona) be dead (by|before|tonight|tomorow|if|when|next|this|in)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats against me.',
    victim: 'self',
    patterns: [
      '(threaten*|swore|swears) ~ ({kill}|hurt|beat|hit|end|ruin|destroy) (me|us)',
      '(screamed|screaming|screams|yelled|yeling|texted|texts|shouted|shouting) ~ (hed|shed|hel|shel|he wil|she wil|he would|she would|theyd|theyl|he was gona|she was gona|hes gona|shes gona|hes going to|shes going to|he was going to|she was going to|that) ~ ({kill}|hurt|beat|end|ruin|destroy) (me|us)',
      '(texting|texts|texted|sent|sends|sending|leaving|leaves|gets) me (death )?threats',
      '(death threats|threatening (me|mesages|texts|voicemails))',

      'if i (ever )?(leave|left|go|tel anyone|tel someone) ~ ({kill}|hurt|find me|make sure|ruin|take the kids|make me pay|never see)',
      'make sure (no one|nobody|no man|no guy|no woman|no girl|no other (man|guy|woman|girl)) (else )?(ever )?(can have|gets|wil have|wants|would want|wil want|could want|looks at|wil look at|would look at|can look at|wil ever want) (me|you|her)',
      'threaten* to (kil|hurt|beat|ruin|post|share|leak|report me)',
      '(threaten*|came at|comes at|coming at|went for|goes for|chased|chases|chasing|lunged at|lunges at) (me|us) with ~ ({weapon}|scissors|broken bottle|bottle|screwdriver|belt|iron|frying pan|pan|golf club|crowbar|machete|razor)',
      'threaten* to take (the|my|our) (kids|children|{child}) (away|from me|and|if i)',
      'threaten* to take (the|my|our) (kids|children|{child}) $',
      'threaten* to take (away|my)',
      'threaten* to (cal|report (me|us)) ~ (immigration|ice|deport*|my boss|cps|social services)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fear of being killed or hurt for leaving or telling (laughter makes it a joke).',
    victim: 'self',
    hyperbole: true,
    patterns: ['({kill}|hurt|beat) me if i (leave|left|go|tel|told|cal|caled|report|try|ever)', '{perp} ~ ({kill}|hurt) me ~ if i (ever )?(leave|left|tel|go)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Coercive control: monitoring, isolation, money, confinement.',
    victim: 'self',
    // A small child or a pet breaking things is no control: "my toddler smashed my phone on the tiles";
    // nor is a house rule about where or what to eat ("they won't let me eat in my room, only at the table").
    unlessNear: [
      // Round 26: papers hidden for a surprise trip ("hid my passport till the airport so I wouldn't guess").
      SURPRISE_TRIP,
      // Control handed over by the writer: "I gave my wife full control of our money".
      '(i|we) (gave|handed|give|hand) (him|her|them|my {partner}) (ful |complete )?(control|charge) (of|over)',
      '(toddler|baby|kid|kids|son|daughter|dog|puppy|cat|kitten|little one) (broke|smashed|threw|hid|destroyed|dropped|knocked)',
      '(eat|eating) (in|at|on) (my|the|our) (room|bedroom|desk|sofa|couch|bed|computer)',
      '(eat|eating) (junk|sweets|candy|chocolate|dessert|pudding|snacks|fast food|takeaway|before (dinner|tea))',
      // Following to keep talking is a fight, not stalking: "she follows me from room to room to finish the argument".
      ROOM_TO_ROOM_ARGUMENT,
      // The speaker's own temper with their own phone: "i nearly threw my phone across the room".
      'i (nearly |almost |literaly |just |could have |couldve |wanted to )?(threw|throw|smashed|smash|broke|break|chucked|chuck|lobbed|hurled) my (own )?(phone|laptop|keys)',
    ],
    unless: [
      // "she read my messages back to me: 'you said you were at Tom's.' yes I lied": confronting a lie the speaker owns.
      '(read|reads|reading) ~ (messages|texts|chat|chats|emails|dms) (back|out) to me & ((yes |yeah )?i (lied|cheated)|i (know i )?broke (his|her|their) trust)',
      'i check (his|hers|theirs|their) too',
      // Round 26: "we agreed to full transparency after my affair".
      '(agreed|agree|decided) (to|on) (full |total |complete |more )?(transparency|open phones|sharing (phones|locations|passwords))', '(we|both of us) (check|share|track|both)', 'mutual', 'i asked (him|her|them) to', 'like a (lost )?(puppy|dog|shadow|duckling|kid)', '(memes|meme|(for|to (find|see|show|fix|read|look at)) (the|a|his|her|some) (photo|pic|picture|video|meme|recipe|address|directions|time|map|screen))', '(over my shoulder|harmless|charger|cable|fraying|frayed)', '(as a (joke|prank)|prank*)', '(my|the|our|his|her) (boss|manager|teacher|landlord|professor|employer|work|job) ~ (checks|check|checked|checking|goes through|went through|reads|read|monitors|monitoring|tracks|tracked|tracking|looks through|searches|demands|wont let|doesnt let|didnt let|takes|took|keeps|kept|controls|blocks|blocked|deletes|says|said|makes|made|needs|wants|asks|asked|requires|required|rules|policy)', '(when|if|after) (ive|i have|im|i am|i was|id) (been )?(drinking|drunk|had a few|had a drink)', '(my|the|our) (dog|cat|puppy|kitten|toddler|baby) (follows|followed|following)', '(out loud|aloud) to me', '(read|saw|found) my (messages|texts|chats) with (my|a|the|her|his) *', '(one more|another|goodbye) (kiss|hug)', '(worried about me|was worried|make sure (im|i am|i got|i get) (safe|home|ok)|got home safe|broke down|by acident|acidentaly|by mistake)'],
    patterns: [
      '{perp} ~ (checks|check|checking|checked|goes through|go through|going through|went through|goes thru|go thru|reads|read|monitors|monitoring|tracks|tracking|tracked|looks through|searches|snoops through|demands) ~ my (phone|messages|texts|location|emails|dms|calls|browser|history|social media|acounts|whereabouts)',
      '{perp} ~ (deletes|deleted|blocks|blocked) my (contacts|friends|number|acounts)',
      '{perp} ~ (takes|grabs|demands|snatches) my phone ~ (reads|checks|goes through|looks through|scrols through)',
      '(cut|cuts|cuting|isolat*|kept|keeps|keeping) me (of )?(from|away from) (al )?(my )?(friends|family|everyone|people|parents|mom|sister|brother|the world|the outside world)',
      'isolat* me',
      '{perp} ~ (wont|doesnt|dont|didnt|never) (let|lets|alow|alows) me (to )?(see|talk to|cal|text|visit|go out|go anywhere|leave|have (money|friends|a phone|a job|my own|any|a key|keys|access|a bank)|use (my|the) (phone|car)|work|get a job|keep (my|any)|out of|wear|spend time|hang out)',
      '(not|never) alowed to (see|talk to|text|cal|visit) (my )?(friends|family|anyone|other|guys|men|women|girls|mom|parents|sister|brother|{relation}|{parent})',
      '(not|never) alowed to (leave the house|go out|have (money|friends|a phone|my own))',
      '(not|never) alowed (out|to go out|to leave|outside) (without|alone|unles)',
      '(controls|control|controling|hides|hid) ~ (my|al the|al our|the|our) (money|paycheck|pay|wages|card|cards|bank|car keys|pasport|id|acount|salary)',
      '(takes|took|keeps|kept) (al )?(my|al the|al our|our) (paycheck|wages|cards|bank card|car keys|pasport|id|salary)',
      '(make|makes|made) me ask (for )?((his|her|their) )?permision',
      '(not letting|wont let|doesnt let|didnt let|never lets) me (eat|sleep|shower|use the bathroom|see a doctor)',
      '(scared|afraid|terified|frightened) in my own (home|house|bed|apartment)',
      '(controls|control|controling|keeps|kept|demands) ~ (every cent|every peny|al my money|my money|my paycheck|my wages|our finances|the finances|my bank|my salary|my card|my pay)',
      '(takes|took|taking) (al|every|most|half|every cent|every peny) (of )?my (money|paycheck|wages|salary|pay)',
      '(hand over|give (him|her|them)) (al )?my (money|paycheck|wages|salary|pay|card)',
      'gives me an alowance',
      '(instaled|instals|put|puts|hid|hidden|placed) ~~ (app|tracker|gps|spyware|airtag|tracking) & (track*|where i (am|go|was)|my location|spy*|read (my|al my)|monitor*|see my (texts|mesages|chats))',
      '(tracker|airtag|gps|spyware|tracking app) (on|in|under) my (car|phone|bag|laptop)',
      '(blocks|blocked|blocking|stands in|stood in|stands|stood) (in )?(the )?(door|doorway|exit|my way) & (leave|go|get out|scream*|yel*|wont let|wont move)',
      '{perp} ~ (monitors|tracks|controls|checks|watches|questions) (everything|every move|where i go|who i (talk|text|see|mesage)|what i (wear|eat|spend|do)|when i (eat|sleep|leave|go|shower|come home)|how (much )?i (eat|spend|dress))',
      'ask (his|her|their) permision',
      '(locks|locked|locking|lock) me (in|out|up) (of )?(the|my|our|a|his|her) (house|room|bedroom|apartment|home|car|bathroom|closet|basement|garage|flat)',
      '(locks|locked|locking|lock) me (in|up) $',
      '(broke|smashed|hid|destroyed|threw|thrown|broken|smashes|hides|took away|takes away) my (phone|laptop|car keys|keys|pasport)',
      '{perp} ~ (destroyed|destroys|smashed|smashes|breaks|broke) (my|al my) (things|stuff|belongings)',
      '(mad|angry|furious|jealous|freaks out|freaks|explodes|violent|punishes me) ~ (if|when|whenever) i ~ (friends|family|mom|sister|brother|coworkers|other (men|guys|women|girls)|talk to (anyone|guys|men|women))',
      '(stalking|stalks|stalked) me',
      '(folowing|folows|folowed|folow) me (home|around|to|everywhere|from|when|whenever|wherever|in (his|her|a) car)',
      '(cant|can not|cannot) (see|talk to|cal|text) (my )?(friends|family) (because of|or) (him|her|he|she)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fear of a partner.',
    victim: 'self',
    unless: ['(how|want|wana|trying) (do i |can i |to |can we |do we )?(stop|quit) walk* on egshels', '(kids|children|the boys|the girls|my son|my daughter|our son|our daughter|the baby|the dog|the cat) (are|is|were|was|get|seem|seems|look|looks|act) ~ (scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) of (him|her|my {partner}) $'],
    patterns: [
      '(scared|afraid|terified|frightened|feart|frit|petrified|fearful|fear) (of )?what (he|she|they|hel|shel|hed|shed|my {partner}) ~ (do|does|did|react|do to me|be capable of)',
      '(scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) (of|to leave) (him|her|my {partner}) $',
      '(scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) (of|to leave) (him|her|my {partner}) (when|because|if)',
      '(scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) (to go|of going) (back )?home ~ (because of|when|with|tonight|hes|shes|he|she|him|her)',
      '(scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) (to go|of going) (back )?home $',
      '(to|so) (scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) to leave $',
      '(scared|afraid|terified|frightened|feart|frit|petrified|fearful|scared stiff|shit scared|terrified) (for my life|hel kil me|shel kil me)',
      'walk* on egshels & (he|she|him|her|{partner}) & (hit|hurt|scream*|yel*|threat*|afraid|scared|terified|rage|explode*)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Fear in the body at the partner\'s arrival: shaking like a leaf when his car pulls in, freezing at her key in the lock.',
    victim: 'self',
    unless: ['(love|in love|crush|excited|butterflies|cant wait|miss (him|her)|missed (him|her)|romantic|cute|lol|haha|surprise)'],
    patterns: [
      '(shaking|shake|shakes|shook|tremble|trembling|freeze|freezes|froze|frozen|flinch*|panic*|sick to my stomach|stomach (drops|knots|turns)|heart (drops|sinks)) ~~ (when|whenever|every time|everytime|as soon as|the (second|minute|moment)) (i hear )?(his|her|their|my {partner}s) (car|key|keys|van|truck|footsteps|bike|ute) ~~ (pulls in|pul in|pulls up|in the (door|lock)|on the (stairs|drive|driveway|gravel)|turns|comes|coming)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Name-calling: ask whether they are safe (not when it is her sister or my boss doing the calling).',
    unless: ['(her|his|their|my) (sister|brother|mum|mom|mother|dad|father|boss|manager|coworker|colleague|friend|mate|teacher|coach|cousin|aunt|uncle|neighbour|neighbor|sister in law|brother in law|mother in law) ~~ (calls|caled|caling|calling|called|cal) me'],
    patterns: [
      '(calls|caled|caling|cal) me (a |an )?(fat |stupid |fucking )?({insult})',
      '(calls|caled|caling|cal|tels|told|telling|says|said) me (im |i am |that im |that i am |a |an )?(senile|demented|gaga|losing my mind|losing it|going mad|mad|mental|unhinged|a burden|an old (fool|bat|hag|cow|man|woman))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Emotional abuse and intimidation: ask whether they are safe.',
    patterns: [
      '(tels|told|telling|says|said) me (im|i am|that im|that i am) ({insult})',
      'says nobody (wil|would) ever love me',
      '(screams|yels|screamed|yeled|screaming|yeling) (at me|in my face) ~ (every day|al the time|constantly|every night|daily|for hours)',
      '(i|im|ive|i am|i have|we|were) ~ walk* on egshels',
      '{perp} ~ (hurts|hurt) me',
      '{partner} (scares|scared) me',
      '{perp} ~ (punishes|punished|punishing) me',
      '(said|says|told me|tels me) ~ ({kill}|hurt|beat) (me|us) $',
      '(punched|punches|punching|smashed|smashes|kicked) (a hole in )?(the|a) (wal|door)',
    ],
    unless: ['(how|want|wana|trying) (do i |can i |to |can we |do we )?(stop|quit) walk* on egshels', 'walk* on egshels (around|with) you', 'walk* on egshels (around|with) (my |our |the )?(in laws|inlaws|mother in law|father in law|boss|manager|coworkers|colleagues|roommate|flatmate|teacher|family at (dinner|christmas))', 'hurt* me (when|by|with|so|emotionally|by cheating)', '(cheat*|lied|lying|lies|left me|words|feelings)', '(silent treatment|cold shoulder)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Violence against someone else (a friend, a sister, a parent).',
    victim: 'other',
    // Wanting to hit someone on the speaker's behalf is anger, not violence done: "my sister said she wanted to punch him in the face".
    unlessNear: [
      '(wanted|wants|want|wana|would love|would like|was itching|was dying|felt like|could have|couldve|could) (to )?({hit}) (him|her|them) (in the|for|so|til|until|when|$)',
    ],
    unless: ['(bit|bites|biting|bite) (her|his|their|my) (nails|lip|lips|tongue|cheek|cheeks)', '(her|his|their) own (arm|arms|skin|leg|legs|hand|hands|wrist|wrists|lip|lips|nails|cheek|cheeks|face|head)', KNOCKED_OUT_OF, SPORT],
    patterns: [
      '({perp}|{parent}) ~ ({hit}) (her|him|them|my {relation}|my mom|my mum)',
      '{child}s ({parent}|father|mother) ~ ({hit}|hurt*|molest*|touch*) (her|him|them)',
      '{perp} ~ (beat|beats) (her|him|them) up',
      '({relation}|{relation}s) ({partner}) ~ ({hit}) (her|him|them)',
      '{relation}s ({partner}) (is|s) (abusive|violent)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats to hurt children, pets or family to control me (a threat, not harm already done).',
    victim: 'self',
    patterns: [
      'if i ~~ ({kill}|hurt|drown|harm|get rid of|poison|take|took|kil) ~ (my|the|our) ({child}|dog|cat|pet|pets|puppy|kitten|family|mom|mum|sister|brother|kids|children)',
      '({kill}|hurt|drown|harm|poison|get rid of|kil) ~ (my|the|our) ({child}|dog|cat|pet|pets|puppy|kitten|horse|family|mom|mum|sister|brother) ~~ (if i|unless i|when i|or else)',
      '(hel|shel|hed|shed|he wil|she wil|he would|she would|theyl|hes going to|shes going to|hes gona|shes gona|he says he wil|she says she wil) (take|keep) (the|my|our) ({child}|kids|children) & (if i|nobody|no one|never see|tell|leave|away|custody|believe|threat*)',
      '(never|not) see (the|my|our) ({child}|kids|children) again & (if i|hel|shel|he wil|she wil|make sure|threat*|says|said|told)',
      '(tell|report|call|turn me in to) ~~ (immigration|ice|deport*|my visa|my papers) & (if i|unless i|or else|wont|threat*|leave)',
      '{perp} ~ (hurt|hurts|kicked|kicks|killed|kills|drowned|poisoned|strangled|choked|threw) (my|the|our) (dog|cat|pet|puppy|kitten|rabbit)',
      '(to|just to) (punish|scare|frighten|terrify|intimidate|get back at) me & ({perp}|him|her)',
      '(forbids|forbade|forbid|forbidden|bans|banned|prohibits) (me )?(from|to) ~ (see|seeing|talk*|visit*|call*|text*|go*|leave|leaving|work*|have|having) ~ ({relation}|{parent}|family|friends|parents|anyone|outside|the house|a job|money|my phone|phone)',
      '{perp} ~ (decides|chooses|dictates|controls|tells me|picks) (who|what|where|when) i (can|am allowed to|may|get to) (see|talk|text|go|wear|eat|spend|do)',
      '{perp} ~ (wont|doesnt|never|refuses to) (give|let) me (have )?(any|my own)? ?(money|cash|access to (money|the account|my account))',
      '{perp} ~ (has|knows|demands|took|takes) (all )?my passwords & (check*|read*|log*|goes through|go through|demands|made me|spy*|who i)',
      '{perp} ~ (checks|reads|monitors|demands to know|interrogates me about|questions me about) ~ (who|where) i ~ (texting|talking|text|talk|been|go|went|am|see|saw|message)',
      '(my location|where i am|where i go) & (screaming|screams|yelling|yells|goes crazy|freaks out|furious|explodes|rage|punish*|threat*)',
      '{perp} ~ (knows|always knows|needs to know|has to know|demands to know|wants to know) (where i am|where im|where i go|who im with|who i am with) ~ (all the time|at all times|every minute|every second|24 7|constantly|always)',
      '(put|puts|installed|install|hid|planted|placed) something (on|in|under) my (phone|car|laptop|bag|handbag|purse|computer) & (knows|know|track*|where i|spy*|listen*|watch*|reading|read my)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Stalking: turning up, waiting outside, driving past, following me everywhere.',
    unlessNear: [
      ROOM_TO_ROOM_ARGUMENT,
      ARRANGED_HANDOVER,
    ],
    unless: ['(my|the|our) (dog|cat|puppy|kitten|toddler|baby|kid|kids|shadow) (follows|followed|following)', '(cute|so sweet|lovely|romantic|aw|to surprise me|surprised me|to pick me up|give me a ride|with (coffee|lunch|flowers) (sometimes|and)|with (groceries|food|dinner|gifts|presents|the kids)|road trip|get lost|convoy)'],
    patterns: [
      '(follow|follows|followed|following|tails|tailed|tailing) (me|my car) (when|whenever|every time|everywhere|to|home|from)',
      '(shows|showing|turns|turning|showed|turned) up (at|to) my ~ (work|job|house|home|place|school|apartment|parents|gym|door|office)',
      '(turning|turns|turned|showing|shows|showed|appearing|appears|popping|pops) up (wherever|everywhere|anywhere) (i|im)',
      '{perp} ~ (keeps|kept|always|constantly|every (day|night)) ~ (driving|drives|walking|walks|coming|comes|parking|parks|waiting|waits|sitting|sits) ~ (past|by|outside|around|near) ~ my (house|home|place|work|job|apartment|flat|school|car|gym|parents|moms|mums)',
      '(waits|waiting|waited|sits|sitting|parks|parked|parking|lurks|lurking|hangs around|hanging around) ~ (outside|near|by|around|at) ~ my (house|home|place|work|job|apartment|flat|school|car|gym|door|building) & (blocked|ex|broke up|scared|afraid|every day|every night|all the time|watching|wont leave|restraining|creep*|followed|again|keeps|hours)',
      '(new|fake|different) (accounts|numbers|profiles) to (message|text|contact|reach|watch|follow) me',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Strangulation and smothering, the strongest warning sign of lethal violence.',
    // The writer's own blows to the head ("I hit my head against the door until I saw stars") are self-harm.
    unlessNear: ['i (hit|banged|bang|smashed|smash|hitting|banging|slamed|slammed|punched) my (own )?head'],
    patterns: [
      '{perp} ~ (put|puts|wrapped|wraps|had|has|got) (his|her|their|both) (hands|hand|arm|arms|fingers) (around|on|round|over) my (throat|neck|mouth|nose)',
      '{perp} ~ (squeez*|press*|crush*|grip*|grab*|strangl*|chok*|held|holds) ~ my (throat|neck|windpipe)',
      '{perp} ~ (held|holds|put|pushed|pressed|pushes|presses|shoved) (a|the|his|her) (pillow|hand|bag|towel|blanket|plastic bag) (over|on|against|into) my (face|mouth|nose|head)',
      '(until|til|till) i (blacked out|passed out|couldnt breathe|could not breathe|saw stars|almost passed out|nearly passed out|lost consciousness) & ({perp}|him|her|neck|throat|choke*|squeez*|held)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Hiding injuries or covering for someone: ask whether they are safe.',
    unless: ['(rugby|football|hockey|soccer|gym|bike|skate*|surgery|injection|blood test|tattoo|hickey|hickeys|training|fight club|boxing|martial)', MARKS_HIDDEN_FROM_PARTNER, '(blade|blades|razor|razors|self harm|relapse*)'],
    patterns: [
      '(hiding|hide|hid|cover|covering|covered) (up )?(the|my) (bruises|marks|black eye|bruise|injuries)',
      '(bruises|marks|black eye) ~~ (makeup|concealer|long sleeves|sunglasses|scarf|turtleneck)',
      '(lie|lied|lying|make up|made up|making up) ~~ (where|how) (the |my )?(bruises|marks|black eye|injuries|cuts) (come|came|are|were|happened|got)',
      '(told|tell|telling|said|say) ~~ (i|that i) (walked into|fell down|fell|tripped|bumped into|ran into) ~ (door|stairs|wall|cabinet|table) & (bruise*|black eye|marks|face|eye|arm|lip|hurt|really)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'More coercive control: threats if I leave, accounts, calls, papers, weapons kept as a threat.',
    victim: 'self',
    // Round 26: papers hidden for a surprise trip; a butcher showing me the cleaver.
    unlessNear: [SURPRISE_TRIP, '(butcher|butchery|lamb|pork|beef|carcass|knife skills|cookery class|cooking class|chef)'],
    unless: ['(to pick me up|pick me up|give me a ride|walk me home|with (coffee|lunch|flowers|groceries|food|dinner))', '(renew*|embassy|consulate|visa office|post office|application|biometrics)',
      // "he told me 'you're suffocating me' and asked for space": the speaker is the one called smothering.
      '(youre|you are|ur|u r|im|i am|i was|i keep|stop) (smothering|suffocating) (me|him|her|them)', '(asked|asks|needs|need|wants|want|wanted|needed) (for )?(some |a bit of |more )?space'],
    patterns: [
      `if i (ever )?(leave|left|go|tell|report|call) & (take (the|my|our) (kids|children|{child})|take the house|tell everyone|ruin (me|my)|never see|expose (me|you|my|your)|destroy (me|you|u|my|your|ur)|${WILL} ~ (expose|destroy))`,
      '({kill}|hurt|drown|harm|poison|get rid of) ~ (my|the|our) (dog|cat|pet|pets|puppy|kitten|horse) ~ to (teach me a lesson|punish me|get back at me|make me)',
      'teach me a lesson & ({perp}|him|her)',
      '(not|never) allowed to (see|talk to|text|call|visit) (my )?({relation}|{parent}|friends|family)s? & (he|him|his|she|her|{partner})',
      '{perp} ~ (logs into|logs in to|logged into|hacked|hacks|goes into|checks|reads) ~~ my (email|emails|instagram|facebook|snapchat|accounts|account|whatsapp|icloud|messages|dms|socials|social media) & (who i|see who|what i|check|spy|track|every day|all the time|without asking|jealous)',
      '(angry|mad|furious|rage|explode*|loses it|freaks out|goes crazy) ~~ if i (dont|do not|didnt|cant) (answer|pick up|reply|text back|respond) ~ (within|right away|immediately|fast enough|straight away)',
      '(calls|texts|messages|rings) (me )?(#|like #|over #|dozens of|hundreds of|nonstop|non stop) (times|calls|texts|missed calls) & (angry|mad|scream*|if i dont|furious|answer)',
      '(waits|waiting|waited|sits|sitting|parks|parked|parking|lurks|lurking) ~ (across (the street|the road) from|opposite|in front of|down the street from|outside) ~ my (house|home|place|work|job|apartment|flat|school|building|door) & (keep|keeps|finding|found (him|her)|again|every)',
      '(smother*|suffocat*) me',
      '(made|makes|make|told|tells) me (tell|lie to|say to|lie) ~~ (doctor|nurse|hospital|police|teacher|everyone|people|work) & (fell|caught|walked into|tripped|door|stairs|accident)',
      '{perp} ~ (broke|broken|fractured|dislocated|sprained|cracked) my (finger|fingers|arm|wrist|nose|rib|ribs|jaw|hand|leg|ankle|collarbone|tooth|teeth)',
      '(scared|afraid|terrified|frightened) to (go to sleep|sleep|fall asleep|close my eyes|be home|be alone with|be in the same (room|house)) ~ (when|because|with|if|around) (he|she|him|her|hes|shes|my {partner})',
      '{weapon} & (reminds me|reminded me|remind me|shows me|showed me|its for me|it is for me|for me if|(when|whenever|every time|each time|if) we (argue|fight|row|disagree|have words)|if i (ever )?(leave|cheat|tell))',
      '(get me|have me|make sure im|ensure im) deported',
      '{perp} ~ (holds|hold|keeps|keep|kept|took|take|takes|has|have|hides|hide|hid|locked|locks|lock) ~ my (immigration )?(papers|pasport|visa|documents|id)',
      '(to see|to check|so (he|she) (knows|can see|can check)) (where i (went|go|was|have been)|who i (saw|see|talk|talked|text|was with))',
      '{perp} ~ (wont|doesnt|never|didnt) (let|lets|allow|allows) me go (anywhere|out|alone|to the doctor|to the doctors|to a doctor|to work|to the hospital|to my (family|friends|moms|mums|parents|sisters))',
      '(says|said|tells me|told me|tels me|reminds me|laughs that) (that )?(nobody|no one|the police|the cops|noone) (will|would|is going to|wil|wud|gona) (ever )?believe (me|you|u|a (man|guy|bloke|grown man|soldier|big guy|# guy|#)|(a )?(man|guy|bloke|grown man) ~ (got|gets|was|is) ~ (hit|beaten|hurt|abused|slapped|punched)|(that )?(she|he|i) ~ (hit|hits|beat|beats|hurt|hurts|abused|abuses))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Third round: kept from leaving, surveillance, veiled threats, safer away from them.',
    patterns: [
      '(took|takes|taken|hid|hides|locks|locked|broke|smashed|keeps|kept|blocked|blocks|stood|stands|disabled|slashed) ~~ so (i|that i) (couldnt|cant|cannot|could not|wouldnt|wont) (leave|go|get out|escape|call|drive)',
      '(wouldnt|wont|didnt|doesnt|would not|will not) let me (out|go|leave|get out|off) (until|unless|of the car|of the room|of the house)',
      '(account for|justify) every (penny|cent|dollar|pound)',
      'checks (my )?receipts',
      '(cameras|camera|spyware|recording device|microphone|bug) ~~ (to watch|to spy on|to monitor|to check on|to listen to|watch|spy on|record) me',
      '(share|sharing) (my )?(live )?location ~~ (at all times|all the time|24 7|always|or (he|she|they)|or else)',
      '(fake|secret|new|different) (profile|profiles|account|accounts|number|numbers|phones) ~~ (watch|spy on|follow|keep tabs on|stalk|check on|contact|message|text|messages|texts|calls) me',
      '(messages|texts|calls|contacts) me from (different|new|fake|other) (numbers|accounts|profiles|phones)',
      'every time i block (him|her|them)',
      'keep (tabs|an eye) on me & (fake|secret|tracker|profile|account|spy|follow*|everywhere|all the time)',
      '(knows|know) where (my )?(parents|mom|mum|family|sister|brother|kids|i|we) (live|lives|work|works|go to school|are) & (remember|careful|watch out|shame if|dont forget|threat*|if i|or else)',
      '(safer|feel safer) ~~ than (being|going|staying|sleeping) ~~ (home|at home|with (him|her|them)|in the house|near (him|her)) & (he|she|him|her|his|{partner})',
      '{perp} ~ (put|puts|laid|lays) (his|her|their) hands on me',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Undermining, neglect and punishment that may be abuse (of a child when the speaker is one).',
    unlessNear: PLAYING_ON_THE_FLOOR,
    patterns: [
      '(tells|told|telling) (everyone|my friends|people|my family|the police|the doctor|my doctor) (that )?(im|i am) (crazy|insane|mental|unstable|psycho|making it up|lying)',
      'so (nobody|no one) (believes|will believe|would believe) me',
      '(leaves|left|leave|leaving) (me|us) alone ~~ for (days|a week|the weekend|nights)',
      '(no food|nothing to eat) & (alone|leaves|left|for days|mom|mum|dad|parents)',
      '(makes|made|forces|forced) me (sleep|stay|stand|kneel|sit) (outside|in the (garage|basement|shed|car|cold|yard|closet)|on the floor)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fourth round: begging for money, no privacy, proof of where I am, dragging, acid, threats.',
    unless: ['(with me (every|each|to|so)|together|we both|both of us|saving for|we agreed|i asked (him|her|them) to|mutual|fraud)'],
    patterns: [
      '(makes|made|make) me (beg|ask) (him |her |them )?for (money|cash|groceries|food|my own money)',
      '(took|takes|removed|removes|took off) (the|our|my) (door|lock|locks|doors) ~~ (so i|privacy|cant)',
      '{perp} ~ (checks|check|checking|checked|goes through|go through|going through|went through|monitors|reads|controls) ~ my (bank statements|statements|receipts|purchases|spending|bank account|bank app|bag|purse|wallet) & (scream*|yell*|every|rage|angry|mad|furious|explain|justify|account for|punish*)',
      '(end|ruin|destroy|wreck|take) my (career|job|reputation|business|visa) ~~ if i (ever )?(leave|left|go|tell|report|call)',
      '(prove|show|proof of) where i (am|was|go|went) & ({perp}|makes|made|demands|has to|every)',
      '(send|sending) (him|her) (a )?(photo|photos|picture|pictures|pic|pics|video|selfie|location) (every|each) (hour|minute|time|few)',
      '{perp} ~ (drag*|pull*|yank*|haul*) me ~~ by (the|my) (throat|neck|hair|arm|arms|wrist|wrists|leg|legs|feet|foot|ankle|ankles|collar|hood|clothes|shirt|top)',
      '{perp} ~ dragged me (out|across|down|up|through|along|into)',
      '(says|said|tells me|told me) ~ i (bruise|bruised) (to |so )?easily',
      '(threaten*|said|says|swore) ~~ (throw|pour|splash) ~ (acid|bleach|boiling water|hot water|petrol|gasoline) (on|at|in) (me|my)',
      '(threw|poured|splashed|throws) ~ (acid|bleach|boiling water|hot water|hot coffee|coffee|tea) (on|at|in) (me|my)',
      '(put|send|land) me in (the )?(hospital|er|emergency room|grave|ground|wheelchair|a coffin) & ({perp}|next time|if i|threat*|says|said|swore)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fifth round: not allowed to learn or work, pinned down, fire threats, forwarded texts, timed errands.',
    unless: [SPORT, SELF_INFLICTED],
    // Not letting me drive after a crash or a seizure is worry, not control.
    unlessNear: ['(reversed|pranged|dented|scratched|bumped|wrote of|wrote off) (it|his car|her car|the car)', '(car wreck|car crash|crashed the car|my acident|the acident|seizure*|epilep*|eyesight|healed up|learner|provisional|no licence|no license|insurance)'],
    patterns: [
      '{perp} ~ (not|dont|doesnt|wont|never) (let|lets|allow|allows) me (to )?(learn|study|drive|have (friends|a phone|money|a job)|work)',
      '(pinning|pins|pinned|holding|holds|held) me down (until|til|and|so|while)',
      '(burn|set fire to|torch) ~~ (with me (inside|in it)|with us (inside|in it)|me alive)',
      '(forwarded|forwards|forwarding|copies|copied|synced|syncs|mirrors|mirrored|cloned) ~~ my (texts|messages|calls|emails|chats|whatsapp|photos) ~~ (to|on|onto) (his|her|their) (phone|email|laptop|computer|account)',
      '(timed|times|timing|counts|counted) (how long|every minute|the minutes) & (scream*|yell*|angry|mad|furious|punish*|rage|too long)',
      '(makes|made|forces|forced) me (keep|leave) (the )?(bathroom|toilet|shower|bedroom) door open',
      '{perp} ~ (gave|give|gives) me (a )?(black eye|bloody nose|bloody lip|fat lip|concussion|split lip|bruises)',
      '(told|tells|tell) (everyone|people|the doctor|the nurse|my family) (that )?i (fell|tripped|walked into) & (black eye|bruise*|gave me|hit|punched|(he|she|they) (did|does|caused|gave|pushed|shoved|threw|kicked|slaped)|it was (him|her|them|my {partner}))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Sixth round: crashing the car on purpose, reading everything, made to give up passwords.',
    patterns: [
      '(tried|try|tries|trying|threatened|threatens) to (crash|drive (us )?off|kill us both|run me over|run me off)',
      '{perp} ~ (reads|checks|goes through) (everything|all my (messages|texts|chats|emails)) ~ (every (night|day|morning)|all the time|constantly)',
      '(had to|have to|made me|makes me|forced me to) (give|tell|share) (him|her|them) (al )?(of )?my (phone )?(pin|password|passwords|passcode|code|pins|passcodes) & (reads|checks|every|goes through|jealous|or else|demands)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Physical harm in many words: grabbed, pushed into the wall, struck, held by the wrists, things thrown at me, injuries.',
    unless: [SPORT, SELF_INFLICTED, MARKS_HIDDEN_FROM_PARTNER, THROWN_NOT_AT_ALL, THROWN_IN_PLAY, '(pillow|pilow|playful*|as a joke|jokingly|snowball|water balloon|ball|frisbee|tickl*|wrestl*|play fight*|horsing around|by accident|accidentally|kiss*|hug*|cuddl*|danc*|flirt*)'],
    patterns: [
      `{perp} ~ (${HIT_MORE}) me`,
      `({perp}|him) ~ (${HIT_MORE}) (her|him|them|har)`,
      '{perp} ~ (grab*|shook|shakes|shaking|shake|squeez*|yank*|jerk*|twist*|pinch*) me (a bit|a little|hard|harder|roughly|so hard|too hard|really hard|again|when|whenever|every time|if|til|till|until|around|against|into|and (shook|shake|yell*|scream*))',
      '{perp} ~ (grabbed|grabs|grabbing|yanked|yanks|yanking) me $',
      'where (he|she|they|hes|shes|my {partner}) (grabs|grabbed|grab|hit|hits|punched|punches|kicked|kicks|bit|bites|squeezed|squeezes|held|holds|choked|chokes|slapped|slaps|pinches|pinched|burned|burnt|twisted) (me|my)',
      '(pushed|pushes|shoved|shoves|threw|throws|thrown|slammed|slams|flung|knocked) me (into|against|down|across|onto|on|off|through|to) (the|a|our|my) (wall|floor|door|ground|table|counter|stairs|wardrobe|fridge|radiator|car|window|bed frame|bathtub|tub|sink|dresser|cabinet|concrete|pavement|road|furniture)',
      '(holds|held|holding|grips|gripped|gripping|grabs|grabbed|squeezes|squeezed|pins|pinned|twists|twisted|digs (his|her) nails into) my (wrists|wrist|arm|arms|upper arm|throat|neck|jaw|face|shoulders|shoulder|hair) ~ (tight|tightly|hard|til|till|until|so hard|too hard|bruise*|marks|it hurts|hurt*|cant move|to stop me|leaves|left|down)',
      '{perp} ~ (threw|throws|throwing|thrown|hurled|hurls|chucked|chucks|flung|flings|launched|lobbed) ~~ at (me|my (head|face|body|back|chest|legs|stomach|belly))',
      '(split|bust|busted|cut) (open )?my (lip|eyebrow|eye|head|forehead|nose) & ({perp}|threw|hit|punch*|slap*|elbow*|headbut*)',
      '{perp} ~ (gave|give|gives|left) me (a |# )?(stitches|black eye|black eyes|bloody nose|bloody lip|fat lip|split lip|concussion|bruises|cracked rib|broken (rib|nose|arm|wrist))',
      '(needed|need|got|had|ended up with|ended up needing|required) (# |a few |several )?(stitches|a cast|x rays|surgery) & (lost (his|her|their) temper|(his|her|their) temper|(he|she|they) (lost it|loses it|snapped|flipped|flipped out|went mental)|when (he|she|they) (lost|loses|got|gets)|{perp} ~ (hit|threw|pushed|shoved|punched|kicked|attacked))',
      '(split lip|fat lip|black eye|black eyes|bruises|bruise|marks|stitches|concussion|bloody nose|scratches|broken (rib|ribs|nose|arm|wrist|finger)) (from|because of|thanks to|off) (him|her|them|my {partner})',
      '{perp} ~ (push*|shov*|grab*|slap*|hit|hits|shake*|shook) me & (i deserve*|my fault|i asked for it|i provoke*|i make (him|her) (angry|mad)|i made (him|her)|i wind (him|her) up|i push (his|her) buttons|i start it|(not|isnt|wasnt) that bad|it was nothing|its fine|its not a big deal|sorry after|apologi[sz]es after)',
      '(box|boxed|boxes|buss|lick|licked) (me|mi|her|har) (in|on|inna|pon) (my|mi|the|her|har) (face|head|eye|mouth|mout|ear|jaw)',
      '(told|tell|telling|said|say) ~~ (i|that i) (fell|tripped|walked into|slipped|bumped into|ran into) ~~ (but|when|really) (it was|really) (him|her|them|my {partner})',
      '(lost|loses|losing) (his|her|their) (temper|shit|mind|head|cool) & (stitches|hospital|a e|er|black eye|bruise*|bleeding|blood|marks|broken|cracked|split)',
      '(him|{perp}) ~ ({hit}|lick|licks|licked|box|boxed|buss) (mi|har)',
      '(only|just|mostly|usually|always) (when|if|after) (he|she|they|hes|shes) (drinks|drinking|drunk|angry|mad|high|stressed|is drunk|s drunk|gets drunk|has been drinking|has had a few|had a few|is angry|gets angry|gets mad|is mad|loses (his|her) temper|is stressed|is high) & (hitting|hits|hit me|slap*|punch*|shov*|push*|chok*|grab*|kick*|violence|violent|rough|physical|hurts me|hurt me|bruise*|marks|throws|threw|beat*|smack*)',
      '(shed|hed|{perp}) (had )?(gone|went|goes|go|going|came|comes|come|coming|lunged|lunges|lunging) (for|at) (me|him|her|them) & (scratch*|bruise*|marks|knife|nails|fists|fist|face|attack*|threw|punch*|slap*)',
      '(turns|turned|turning|shows|showed|showing|comes|came|coming) (up|in|home|into work|to work|to school|over) with (marks|bruises|a bruise|a black eye|black eyes|scratches|finger marks|a split lip|a swollen (face|eye|lip)) & ({partner} (does|did|caused|is doing) (it|that|this|them)|(her|his|their) ({partner}) ~ ({hit}|did|does|hurt*|gone for|went for))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Pushed or shoved (not pushed to succeed, train or grow).',
    unless: [SPORT, '(to (be|do|succeed|study|work|try|improve|grow|open up|get|go|finish|apply|take)|succeed|gym|workout|work out|training|coach|career|goals|comfort zone|limits|buttons|swing|pram|stroller|wheelchair|car|playful*|as a joke)'],
    patterns: ['{perp} ~ (push*|shov*) me (a bit|a little|hard|harder|roughly|so hard|too hard|again|til|till|until|around)', '{perp} ~ (push*|shov*) me $'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Hitting told in few words, often minimised ("she hits. not hard", "only when he drinks"); the speaker is the one hit.',
    victim: 'self',
    unless: [SPORT, '(pillow|playful*|as a joke|jokingly|ball|tickl*|wrestl*|play fight*|hits on|hit on|hitting on|the gym|the road|the bar|the pub|the club|the books|the hay|the spot|the jackpot|the roof)'],
    patterns: [
      '(only one|the one) who (hits|hit|gets physical|gets violent) & ({perp}|him|her)',
      '{perp} ~ (hits|slaps|punches|kicks|chokes|shoves|gets physical) $',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Signs of violence without a named act: rough with me, marks on someone, flinching, punching walls.',
    unless: [SPORT, '(rugby|gym|bike|skate*|surgery|injection|blood test|tattoo|hickey|hickeys|training|fell off|tripped|clumsy|eczema|allerg*|bed|sex|kinky|kink|consensual|safeword|we like|i like|bedroom|loud noise|fireworks|thunder|horror|scary movie|needle|dentist|lol|haha)', '(mentions|talks about|brings up|says (his|her|their) name|insecure|comparing)'],
    patterns: [
      '{perp} ~ (rough|violent|physical|heavy handed) with me',
      '(turns|turned|turning|shows|showed|showing|comes|came|coming|keeps coming) (up|in|home|into work|to work|to school|over)? ?with (marks|bruises|a bruise|a black eye|black eyes|scratches|finger marks|a split lip|a swollen (face|eye|lip)) & (her|his|their|she|he)',
      '(flinch|flinches|flinched|flinching|cower|cowers|cowered|cowering) ~~ (when|whenever|every time|if|around) (he|she|they|hes|shes|him|her|my {partner}|her phone|his phone)',
      '(punched|punches|punching|punch|kicked|kicks|kicking|put|puts|putting|smashed|smashes) (a hole|holes|his fist|her fist|his fists|her fists|his foot|her foot) (in|into|through) (the|a|our|my) (wall|walls|door|doors|cupboard|cabinet)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Flinching at a raised hand, marks from being grabbed, hidden so nobody asks.',
    unless: ['(cut|cuts|cutting|scars|self harm|relapse|eczema|tattoo)'],
    patterns: [
      '(flinch|flinches|flinched|flinching|cower|cowers|cowered) ~~ (raises|raised|lifts|lifted|moves|moved|reaches|reached) (his|her|a|their) (hand|hands|arm|fist)',
      '(long sleeves|makeup|concealer|foundation|sunglasses|scarf|scarves|turtleneck|turtlenecks|hoodie|high neck|polo neck) ~~ so (nobody|no one|people|anyone|they|my (mom|mum|family|friends|boss|coworkers)) (sees|see|can see|will see|notices|notice|asks|can tell|knows|finds out) & (he|she|hes|shes|him|his|{partner}|bruise*|marks|grabs|black eye)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Afraid of a partner who has a temper, drinks or hits.',
    victim: 'self',
    unless: ['(ever (afraid|scared|frightened)|asked (me )?if|im not|not at all|never been)'],
    patterns: [
      '(scared|afraid|terrified|frightened) of (him|her|my {partner}) & (temper|rage|hits|hit me|hurts me|violent|drinks|drunk|explodes|threat*)',
      '(scared|afraid|terrified|frightened) of (him|her|my {partner}) (fr|frfr|tbh|ngl|honestly|lowkey|deadass|sometimes|at times|a lot|to be honest)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Putting hands on someone, slang for hitting (not laying on hands in prayer or massage).',
    unless: ['(pray*|pastor|priest|church|heal*|bless*|reiki|massage|bible|minister|sermon|worship|chiropract*)'],
    patterns: ['(put|puts|putting|laid|lays|laying) (his |her |their )?hands on (me|her|him|mi)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'He struck me (kept apart: "it struck me that" is an idiom).',
    unless: ['(struck|strikes|strike) me (as|that|how|funny|odd|strange|as odd)', '(lightning|match|clock|chord|deal|bargain|nerve|gold)'],
    patterns: ['{perp} ~ (struck|strikes) me'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Conditional threats: if I leave, tell or call the police he will burn, break, leak, make me sorry.',
    victim: 'self',
    unless: [
      '(lol|haha|jk|finale|spoiler|spoil*|surprise|birthday|gift|present|anniversary|dishes|laundry|dinner|cooking|the toast|the rice|in charge)',
      // "if i loved him id send them": pressure for pics in love's name, left to sexual violence.
      'if (i|you|u) (realy |truly |actualy )?(loved|love|cared|cared about|liked|trusted|wanted) (him|her|them|me)? ?(i|id|you|youd|u|ud|then|i would|you would|u would) ~ (send|do it|sleep|have sex|go further|prove it)',
    ],
    patterns: [
      `if (i|you|u) ~~ (${WILL}|ill|il|i wil|id) ~ ${THREAT_ACT}`,
      `(${WILL}|threaten*|threatens to|threatened to) ~ ${THREAT_ACT} ~~ (if|unless|when|the day) (i|you|u) (ever )?((leave|left|try to leave|walk out on) (him|her|them|me|us|my {partner}|this relationship|the relationship|the marriage|home|the house)|(leave|left|walk out) $|tel (anyone|someone|people|the police|the cops)|report|cal the (police|cops)|go to the (police|cops)|(come|go|get|move) back (to|with|home)|take (him|her|them|me) back|get back (together|with)|stay with (him|her|them|me)|do (what|as) (he|she|they|i) (say|says|tel|tels|want|wants)|obey|(ring|cal|phone|text|tel|contact) (anyone|someone|somebody|my (family|mum|mom|sister|brother|doctor|gp)))`,
      `if (i|you|u) ~~ ${WILL} ~ (hurt|harm|kill|k l|go after|come after) (my|your|ur|the|our) ({child}|kids|children|mother|mom|mum|father|dad|family|sister|brother|parents|dog|cat|pet|pets|friends)`,
      `${WILL} ~ (break|snap|smash|fix|rearrange|bust|mess up|cave in|smash in|kick in) (my|your|ur) (arm|arms|leg|legs|neck|jaw|nose|face|fingers|wrist|teeth|skull|head)`,
      `(threaten*|threatens to|threatened to) ~ (break|snap|smash|fix|rearrange|bust|mess up|cave in|smash in|kick in) (my|your|ur) (arm|arms|leg|legs|neck|jaw|nose|face|fingers|wrist|teeth|skull|head)`,
      `${WILL} (spread|post|leak|share|send|show) ~ (my|our|your) (stuff|pics|pictures|photos|nudes|videos|video|private|intimate|sex tape|tape) ~~ (if (i|you)|unless (i|you)|or else)`,
      'next time (hel|shel|he wil|she wil|ill|il|it wil) (finish|kill|end|make sure|not stop|be worse|be the last) & ({hit}|strangl*|chok*|hurt|hospital|temper)',
      '(burn|torch|set fire to|set on fire|burn down|petrol|gasoline) ~~ (house|flat|place|home|car|stuff|things|clothes|apartment|me|us) ~~ (down|with (me|us|you|al|everything)|me (in|inside)|and me|if (i|you)|while i|in it) & ({perp}|threat*|said|says|told|ill|if i|if you)',
      '{weapon} & (in case (i|you) (get|try|leave|run|tell|call|ever)|get ideas|gets ideas|getting ideas|any ideas)',
      '(said|says|told me|tells me|texted|swore|promised|threatened) ~ (hel|shel|he wil|she wil|hed|shed|he would|she would|hes going to|shes going to|hes gona|shes gona) ({kill}|k l|kl|strangle|stab|shoot|finish) (me|u|you) ~~ (wasnt joking|not joking|meant it|means it|had that look|serious|not kidding|wasnt kidding)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats relayed through a quote frame ("he sent: go to your sister\'s and see what happens to your car", "me: can I see mum? him: ask again and you\'ll see nobody").',
    unless: [QUOTED_NOT_A_THREAT],
    patterns: [
      `${QUOTE} ~~ ${QUOTED_THREAT}`,
      `${QUOTE} ~~ (youl|ul|you wil|youd|you would) never see ~ again & (kids|children|son|daughter|baby|boys|girls|custody|{child})`,
      // "nice new flat. i'm outside." at 3am: arriving where I moved or hid.
      `(im|i am|ive been) (outside|downstairs|at your door|at the door|in your street|parked outside|parked across the (road|street)|watching (you|u)) $ & ${QUOTE} & (new (flat|place|address|house)|(you|u) moved|blocked|hiding|# am|middle of the night|restraining|refuge|shelter|scared|terified|never told)`,
      // A barrage ending in a visit: "answer / ANSWER / you think you can ignore me? / I'm coming to your work".
      '(im|i am|ill|il|i wil) (coming|come|turning up|showing up) (to|at|round to|down to) (your|ur) (work|job|office|school|house|flat|place|mums|moms|mams|sisters|parents|new place|door) & (ignore me|ignoring me|answer|pick up|blocked|think (you|u) can|hiding|scared|terified)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Veiled menace in a quote: "you\'re lucky I\'m patient", "you wouldn\'t last a day without me" with not being allowed.',
    unless: [QUOTED_NOT_A_THREAT, '(love|loves|adore*|cute|sweet|romantic)'],
    patterns: [
      '{perp} ~~ (youre|you are|ur|u r) (so )?lucky (i|im|i am|that i|that im) ~ (patient|calm|in a good mood|holding back|not (angry|drunk|worse)|didnt|dont|havent|only)',
      '(you|u) (wouldnt|would not|couldnt|wont) (last|survive|cope|manage) ~ without (me|him|her) & (not allowed|wont let|doesnt let|wouldnt let|scared|afraid|trapped|control*)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Figurative or euphemistic blows: a hiding or a tune-up, covering the weather he leaves on my face, this time it was her fist, teeth marks, the belt, a gun cleaned while talking of death.',
    unless: [SPORT, '(lol|lmao|haha|jk)', '(match|score|scoreline|goals|points|league|semi|final|finals|tournament|quiz|chess|scrabble|monopoly|cards|fifa|game|games)', '(love bite|love bites|hickey|playful*|kink|consensual|we both like)', '(hunt*|deer|range|clays|duck|season|pheasant|rabbits|shooting club)'],
    unlessNear: ['(dog|puppy|cat|kitten|baby|toddler|teething|hamster)'],
    patterns: [
      '{perp} ~ (gives|gave|give|giving|gets|got) (me|her|him|them) (a |another )?(good |proper |real |right )?(hiding|doing|kicking|going over|belting|leathering|tune up|tuning up|backhander|battering|pasting|thumping|clobbering)',
      '(tunes|tuned|tune|tuning) (me|her|him|them) up',
      '(cover|covering|covered|paint over|painting over|hide|hiding|conceal*) ~~ (what|whatever|the (weather|marks|colours|colors|art|handiwork|evidence|damage)) (he|she|they|my {partner}) (leaves|left|puts|put|gives|gave|does|did|makes|made)',
      '(every|each|al the|al my) (bruise|bruises|mark|marks|scar|scars) ~~ (hes|shes|he is|she is|theyre) the (author|artist|painter|reason|cause|one)',
      '(it was|its|it is|came|then came|now its|this time) (his|her|their) (fist|fists|belt|boot|boots|backhand|knuckles) $',
      '(teeth marks|bite marks|bite mark|tooth marks) (on|in|across|al over) (my|me) & ({perp})',
      '(then|out comes|comes|came|with) (the|his|her) belt $ & ({partner}|storm|thunder|temper|rage|drunk)',
      '(then|out comes|comes|came|with) (the|his|her) belt (off|out|again|buckle) & ({partner}|storm|thunder|temper|rage|drunk)',
      '(its|it is|its gona be|its going to be) (my|your|ur) turn $ & (belt|{weapon}|{hit}|fist|fists|buckle)',
      '(clean*|load*|polish*|sharpen*|show*|laid|lays|placed|took out|got out|wave*|playing with|holding) (his|her|their|the|a) ~ (gun|knife|rifle|shotgun|pistol|blade|axe|machete) & (said|says|told me|whisper*|remind*|joked|jokes) ~~ (death|die|dead|kil|bury|grave|sooner|accident*|disappear|body|do us part)',
      '(bruise*|black eye|marks|cuts|split lip|burns|finger marks|fingermarks) & (my {partner}|he|she) (did (it|this|that|them)|caused (it|them)|gave me (them|those|it|these))',
      // "settling it meant a broken wrist last time": a reckoning promised, with the last one's injury.
      '(settle|sort|finish|deal with) (this|it|things|you|u|me) ~ (out )?(properly|once and for al|my way|the old way|outside|like last time|later) & (broke|broken|bruise*|hospital|a e|stitches|black eye|fractur*|concussion|cracked)',
      'make sure (i|you|u) (cant|cannot|can not|never|wont) (walk (out|again|away)|run (away|again)|get up|stand up|breathe|leave again|go anywhere)',
      '((told me to|tels me to|said to|says to) say my prayers|say (your|ur) prayers) & ({perp}|drunk|angry|louder|knife|hiding|locked|door|handle)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Figurative control: he prunes or clips my life down to no job, no keys, no friends; a possessive claim and no friends seen in a year; always knows which cafe I am in.',
    unless: ['(lol|haha|lmao|mum|mom|mam|dad|parents|find my friends|we share|we both share|agreed|life360 we)'],
    patterns: [
      '{perp} ~~ (prune*|clip*|trim*|shrink*|shrunk|shrank|whittl*|fenced|caged|boxed|cut*) ~~ my (life|world|circle|wings) & (no (job|car|keys|car keys|money|friends|phone|sister|brother|family|mates|mum|mom|bank|passport|access|cash)|not alowed|wont let|wouldnt let|isolat*|cut me of)',
      '((calls|called|cals) me (his|her|their) (garden|property|possession|thing|prize|doll|pet|belonging)|no (other|one else) (gets near|can have|touches|comes near)|belong to (him|her|them)) & ((havent|have not|hadnt|not) (seen|spoken to|talked to|been out with) (a single|a|one|any|my) (friend|friends|mate|mates|family)|no friends|not alowed|wont let)',
      '(always|somehow|every time|everytime|always just) (knows|knew|finds out|found out) (where|which|what) ~~ (i am|im|i was|i go|sitting|staying|at|out) & (ex|{partner}|haunt*|gps|tracker|app|didnt tel|never told|didnt install)',
      '(app|apps|tracker|something) ~~ (on|in) my (phone|laptop|car|computer) ~~ (i didnt|i never|i did not) (install|download|put|add)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Figurative fear at home: home with him is a minefield or a tripwire; quoted isolation talk ("you don\'t need friends, you have me").',
    unless: ['(toys|lego|mess|laundry|renovat*|builders|decorat*|moving|boxes|exams|kids rooms|teenager*|toddler*|lol|haha|game)'],
    patterns: [
      '(home|house|living|life) (with (him|her|them|my {partner}) )?(feels|is|has become|became|s|felt) & (tripwire|minefield|war zone|warzone|battlefield|prison|cage|jail|hostage situation|lions den|eggshels)',
      '(you|u) (dont|do not) need (friends|anyone|anybody|your (friends|family|mates|sister|mum|mom)) ~ (you have me|youve got me|u have me|uve got me|just me)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Veiled threats: I will be sorry, regret it or pay if I go somewhere or do something.',
    victim: 'self',
    unless: ['(lol|haha|jk|lmao|regret (not|it not)|job|offer|diet|gym|leg day|coat|jacket|umbrella|sunscreen|hangover|dessert|cake|movie|spoil*)', 'my (mom|mum|dad|parents|teacher|coach|boss) (said|says|told|tells|warned) ~ (i|id|ill|il|youl|youll|you wil|you would) ~ (be sorry|pay|regret|get it|be in trouble)'],
    patterns: [
      '(told me|says|said|tells me|telling me|keeps saying|kept saying|texted|texts|warned me|warns me|swore) (that )?(i|id|ill|il|i would|i will) (be sorry|pay|pay for it|be in trouble|get it|have it coming|be punished|be next) (if|when|unless|for)',
      '(told me|says|said|tells me|warned me|warns me|swore) (that )?(i|id|ill|il|i would|i will) regret it (if|when) (i|you) (ever )?(leave|left|tell|told|go to|call|report|talk to|see|text|cheat|try|dont)',
      // The condition first: "said when he finishes this beer I'll be sorry", "says once the kids are asleep you'll regret it".
      '(told me|says|said|tells me|warned me|warns me|swore|texted) (that )?(when|once|after|as soon as|the (second|minute|moment)) ~~ (i|ill|il|i wil|id|youl|youll|you wil|ul) (be sorry|regret it|pay for it|pay for this|get it|get what (i|you) deserve|have it coming|be punished) $',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats or k*ll said seriously ("he wasnt joking"), across sentences.',
    victim: 'self',
    hyperbole: true,
    patterns: [
      '(end|finish|murk|unalive|destroy) me if i (ever )?(leave|left|report|go to the police|call the police|tell the police)',
      '(said|says|told me|threatened|swore) ~ (beat|whoop) (my|ur|your) (ass|arse|butt) if (i|you|u) ~ (go|leave|talk|text|see|call|tell|dont|come home|wear)',
      '({kill}|k l|kl|murder) (me|u|you) & (wasnt joking|was not joking|not joking|isnt joking|meant it|means it|had that look|dead serious|not kidding|wasnt kidding) & ({perp})',
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'A threat to kill me timed to when he gets home.',
    victim: 'self',
    hyperbole: true,
    unless: ['(mess|dishes|car|vase|grades|dog|cat|bill|spoil*|finale|forgot|forget|late again|ate|eat|shopping|tattoo|hair|surprise|birthday|anniversary|gift|present|lol|haha|jk|lmao)'],
    patterns: [
      '(said|says|told me|tells me|texted|swore|promised|threatened) ~ (hel|shel|he wil|she wil|hed|shed|he would|she would|hes going to|shes going to|hes gona|shes gona) ({kill}|k l|kl|strangle|stab|shoot|finish|hurt|beat) (me|u|you) (when|once|as soon as|the (second|minute|moment)|tonight|after) (he|she|they) ~ (gets|get|comes|come|is|s|back) ~ (home|back|in|here|off work|out|open|through|inside|upstairs|to me)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Coercive control in many words: not permitted, ask permission, allowance, receipts, location, photo proof, keys taken.',
    victim: 'self',
    // The speaker showing a receipt as evidence is no control: "I showed him the receipt from the affair".
    unlessNear: [
      // An allowance asked for, or agreed after a gambling problem, is help, not control.
      '((because|since|after) (he|she|they) asked (me )?to|(gambling|betting|spending|shopping) (counsel*|problem|addiction|recovery|habit)|we (both )?agreed|by agreement|i asked (him|her|them) to)',
      ...PLAYING_ON_THE_FLOOR,
      '(i|we) (showed|show|handed|gave) (him|her|them) (the|a|an|that|this|his|her) (old )?(hotel |restaurant )?receipt',
      // The partner being open: "shows me receipts without me asking".
      '(shows|showed|showing|sends|sent|forwards) me (the |al the |her |his )?(receipts|statements|bank statements) (without|before) (me |being )?(asking|asked)',
    ],
    unless: [
      SIBLING_TOOK,
      // The speaker checking the partner's location is not the partner controlling the speaker.
      'i (check|checked|track|tracked|stalk|stalked|watch|look at|looked at) (his|her|their) (location|locations)',
      'my (mom|mum|dad|parents|stepdad|stepmom) (says|said|make|makes|made|wont|doesnt|dont|is|s|rules) ~ (im|i am|i|me|my|we|us|curfew|home by)',
      '(my|the|our|his|her) (boss|manager|teacher|landlord|professor|employer|work|job) ~ (checks|check|checked|checking|goes through|went through|reads|read|monitors|monitoring|tracks|tracked|tracking|looks through|searches|demands|wont let|doesnt let|didnt let|takes|took|keeps|kept|controls|blocks|blocked|deletes|says|said|makes|made|needs|wants|asks|asked|requires|required|rules|policy)',
      '(movie|film|tv show|the show|a show|episode|series|finale|spoiler|spoilers|trailer|so sweet|its sweet)',
      '(he|she|they) (worries|was worried|gets worried|is worried)',
      '(from|by) my (parents|mom|mum|dad|grandparents|grandma|grandpa|nan)',
      '(curfew|grounded|homework|school night|at work|dorm|policy|court|custody|visitation|restraining|probation|bail|covid|quarantine|pregnan*|surgery|doctor|hospital|tax|taxes|refund|warranty|reimburs*|accountant|expenses|tips|we both|both of us|each other|each others|mutual|agreed|we agreed|we share|for safety|got lost|hiking|home safe|get home safe|festival|my idea|i suggested|by accident|accidentally|by mistake)',
    ],
    patterns: [
      '(not|never|isnt|arent|wasnt|werent) (allowed|permitted|let) (to )?(leave|go|go out|out|outside|wear|have|use|see|text|call|talk|visit|work|drive|spend|eat|keep|delete|lock|close|make|get|open|own|touch|sleep|shower|speak|buy|turn|switch) ~~ (without|unless|until|except|if|before|when) (him|her|them|his|he|she|my {partner}|hes|shes|they)',
      '(not|never|isnt|arent|wasnt) (allowed|permitted) (out|outside|my own|her own|his own|a (phone|card|key|bank account|job|car)|any (money|friends)|to have (my|her|his) own) & ({perp}|him|his|her)',
      '(have to|need to|must|got to|gotta|made to|makes me|make me|made me|forced to|has me) ask (for )?((his|her|their) )?(permission|leave)',
      'without (his|her|their) (permission|ok|okay|say so|approval) & (cant|not allowed|never allowed|go|leave|spend|buy|out|see|wear)',
      '(need|needs|have to get|has to get|must get|got to get|gotta get) (his|her|their) (permission|ok|okay|approval|say so) (to|before|for)',
      '(gives|give|giving|gave|get|gets|getting|hands|leaves) (me|her|him) (an |a |my )?(weekly |monthly |daily |little |small )?(allowance|pocket money)',
      '(gives|give|giving|gave|get|gets|getting|hands|leaves) (me |her |him )?(like |only |just |about )?(#|five|ten|twenty|thirty|forty|fifty|a hundred|hundred) ?(pounds|dollars|bucks|quid|euros|rupees|rand|naira|cedis|pesos)? (a|per|for the|each|every|for a) (week|day|month) & (paycheck|salary|wages|money|card|cards|receipts|receipt|controls|handles|takes|took|allowed|permission|trusted|keeps|whole|full)',
      '(takes|took|taking|keep|keeps|kept|has|holds|collects|controls|confiscat*|seized|seizes) ~ (my|her|all (my|her|the|our)|all of (my|her)) (whole |full |entire )?(paycheck|salary|wages|pay|earnings|income|money|pension|benefits|bank card|bank cards|debit card|credit card|credit cards|cards|card|atm card) & (gives (me|her)|giving (me|her)|allowance|# (a|per|for the|each) (week|month)|a week|not allowed|receipts|cant be trusted|trusted|permission|beg|ask for|so i cant|so i have no|my id|id|passport|cant go|cant leave|cant buy|cant do|without (him|her))',
      '(check*|show*|demands|goes through|go through|inspects|hand over|bring) ~ (all )?(my |the |him |her |them )?(receipt|receipts|bank statements) & ({perp}|him|her|money|allowance|a week|spend*|permission|every)',
      '(has|have|tracks|track|tracking|checks|check|watches|monitors|shares|sharing|share|send|sends|demands|turns on|turned on|keeps|keep) ~ (my|her|his) (live )?location & (all the time|24 7|constantly|every (minute|hour|time|day)|at all times|always|turn it off|switch it off|turn (it|my location) off|switch (it|my location) off|mates|friends|keep an eye|keep tabs|wont let|not allowed|mental|mad|angry|crazy|or (he|she)|or else|blows up|freaks|rage|furious|scream*|yell*|punish*)',
      '(cant|can not|cannot) (go|do) (anywhere|nowhere|anything) without (him|her|them) (knowing|finding out|checking|tracking|approving|saying so)',
      'not allowed (friends|money|my own money|a bank account|my own card|to have friends)',
      '(if|when|whenever) i (turn|switch|shut) (it|my location|location|my phone|tracking|find my|gps) off & (goes off|kicks off|flips|mental|mad|angry|crazy|rage|scream*|yell*|blows up|explodes|punish*|wont let|furious|freaks|loses it)',
      '(photo|photos|picture|pictures|pic|pics|selfie|selfies|video|videos|location|facetime) ~~ (every|each) (hour|minute|# (minutes|mins|hours)|half hour|few (minutes|hours)|time (i|im|she|he) (leave|go|am|is|out))',
      '(photo|photos|picture|pictures|pic|pics|selfie|selfies|video) (of|showing|to prove|proving) (where|who) (i|im|she|shes|he|hes) (am|is|was|with|m) & ({perp}|send|sends|makes|wants|demands|or)',
      '(if|when|whenever|every time) (im|i am|i get home|i come home|i get back|i come back|i run) (even )?(# minutes |ten minutes |five minutes |a few minutes |a bit |a little |half an hour |an hour )?late & (scream*|yell*|rage|punish*|takes my|took my|drives around|looking for me|interrogat*|hits|hit me|grabs|accuses|explod*|furious|goes mental|freaks|blows up|wont let)',
      '(checks|check|checking|checked|records|writes down|notes|logs|monitors) (the )?(mileage|odometer|miles on my car|fuel gauge|petrol gauge|gas gauge)',
      '(anywhere|somewhere|places|somewhere else) (he|she|they) (didnt|doesnt|dont|hasnt|did not|does not) (approve|approve of|allow|like|know about|say i could|let me)',
      '{perp} ~ (checks|goes through|go through|going through|went through|reads|monitors|scrolls through|looks through|demands to see|inspects) ~ my (call log|call history|camera roll|gallery|photos|whatsapp|snap|snapchat|instagram|insta|dms|inbox|search history|notifications|phone bill|recent calls) & (every|always|all the time|constantly|night|when i|whenever|before|while i sleep|sleeping|jealous|scream*|yell*|demands|made me|makes me|sneak)',
      '(app|something|software|spyware|tracker|program|extension) (on|in|onto|to) my (phone|laptop|computer|car|tablet|ipad) ~~ (forwards|sends|shows|copies|tracks|records|mirrors|reads|lets (him|her|them) (see|read|track|listen))',
      '{perp} ~ (deletes|deleted|deleting|blocks|blocked|blocking|removed|removes|unfriended|unfriends|unfollowed) ~ (my|all my) (friends|friend|mates|male friends|guy friends|girl friends|family|contacts|colleagues|coworkers) & (all|numbers|contacts|without|so i cant|every|everyone)',
      `${HELD} ~~ so (i|that i|she|he|you|we) (cant|couldnt|cannot|could not|wont|wouldnt|have no way to|had no way to) (leave|escape|get out|go|go out|go anywhere|drive|call|ring|phone|contact|talk|text|see|get help|reach|message)`,
      `(took|takes|taking|take|takes away|took away|confiscated|confiscates|seized|seizes|snatched|snatches|hides|hid|smashed|smashes|smashing|broke|breaks|keeps|kept) ~ my (phone and |phone |keys and |car keys and )?${HELD} ~~ (for (a|#|two|three|a few|several) (week|weeks|day|days|month|months)|as (a )?punishment|to punish me|until i|til i|till i|when im (going|leaving|out|trying|about|ready|meant|suposed|due)|if i|whenever i|every time i|again|and (made|makes) me|and (wont|wouldnt) give)`,
      `(wouldnt|wont|didnt|refused to|refuses to|would not|will not) give (it|them|my ${HELD}|it all) back ~ (for|until|til|unless|till) & (${HELD}|phones|mine)`,
      '(locks|locked|locking|lock|shuts|shut) (me|you|her|him) (in|out|up|inside|outside) ~ (the|my|our|a|his|her|your) (house|room|bedroom|flat|apartment|home|car|bathroom|closet|basement|garage|balcony|yard|garden|porch|shed|cold|rain|street|attic|cupboard|wardrobe|hallway|stairwell)',
      '(locks|locked|lock|bolts|bolted|deadbolts|deadbolted) ~ from (the )?outside & (key|keys|me in|so i cant|cant get out|when (he|she) (leaves|goes)|for work)',
      '(he|she|they) (let|lets) me out (after|when|once|only|until|til)',
      '(made|makes|make|forced|forces|force) (me|you|her) (stay|sit|sleep|stand|kneel|live) ~~ (for (a|#|two|three|a few|several) (week|weeks|day|days|nights)|as (a )?punishment|to punish|until i|til i|on the floor|outside|in the (car|garage|shed|cold|yard|closet|basement|bathroom))',
      '(wouldnt|wont|didnt|doesnt|would not|will not|refused to|refuses to) (let|lets) (me|her|him) (out|go|leave|get out|get past|get by|pass) ~ (until|unless|til|till|of the|the (room|house|car|flat|bedroom|kitchen|bathroom|apartment))',
      '{perp} ~ (decides|decide|chooses|chose|dictates|controls|picks|approves|vets|tells me) (out )?(who|what|where|when|how (much|often)) (i|im|to) (can |am allowed to |allowed to |may |get to |should |have to |must |am |m )?(see|talk|text|go|wear|eat|spend|do|weigh|say|post|watch|buy|read|allowed|listen)',
      '{perp} ~ (picks|chooses|lays out|sets out|approves|vets|decides|inspects|checks) (out )?(all )?my (clothes|outfits|outfit|wardrobe|makeup|hair) ~~ (every|each|before i|or|not allowed|wont let|makes me|have to|change|morning|now|only|again)',
      'so (other|no) (men|guys|man|guy|women|girls|one|body|people) (wont|cant|can not|dont|would not|wouldnt|will not|will) (look at|see|notice|want|fancy|talk to|look) (me|her|him) & ({perp})',
      '(wont|doesnt|dont|didnt|never|not|hasnt|has not|does not|did not|will not|wouldnt|would not|refuses to) (let|lets|letting|allow|allows|allowed|permit|permits|permitted) me (to )?(see|visit|go to|go see|hang|hang out|hang w|hang with|meet|talk to|call|text|speak to|spend time with|go out with) ~ (my )?(own )?(friends|family|mates|mom|mum|mother|mothers|moms|mums|dad|parents|sister|brother|sisters|relatives|{relation}|{parent}|anyone|girls|the girls)',
      '(calls|texts|messages|rings|phones|rang|called|texted|messaged) (me )?(#|like #|over #|dozens of|hundreds of|nonstop|non stop|twenty|thirty|forty|fifty|a hundred) (times|calls|texts|missed calls|messages) & (whenever i|when i|every time i|go out|out with|jealous|if i dont|answer|calls me|pick up|where i am|who im with)',
      '(keeps|kept|keeping|has|had) (her|him|me|them) on a (tight|short) (leash|lead)',
      '{perp} ~ (does not|did not|will not|wont|doesnt|never|refuses to) (give|let) me (have )?(any|my own)? ?(money|cash|access to (money|the account|my account))',
      '(must|have to|need to|had to) ask (him |her |them )?for (everything|every (thing|penny|cent|pound|dollar))',
      '(can|am allowed to|allowed to|may) only (go out|leave|leave the house|go anywhere|see (my )?(friends|family)|go to (the )?(shops|store)) (with|if|when) (him|her|them|he|she) & (says|said|allowed|lets|let me|never alone|rule|rules|not allowed)',
      'to prove (where i am|where im|im alone|i am alone|who im with|im (at|where|with|not with|home|really))',
      '(blocked|block|blocking) (him|her|them|my ex|his number|her number|his numbers) ~~ (still|keeps|always) (finds|find|found|gets|getting|messages|messaging|texts|texting|contacting|contacts|calling|calls|creating|making|makes|turns up|shows up|emails)',
      '(nobody|no one|they|the police|anyone) (will|would|wont|would never|will never) (ever )?(find|found) (my|your|the) (body|bodies) & ({perp}|told me|says|said|threat*)',
      '(says|said|told me|tells me|threaten*|swore|warned me|warns me|texted) ~ (nobody|no one|noone|they|the police|anyone) (would|will|wil|could|is going to|wont|would never) (ever )?(find|found) (me|you|u|my body|your body)',
      '(have to|had to|must|make me|makes me|made me) (beg|grovel|ask) (him |her |them )?for (money|cash|bus fare|groceries|food|tampons|pads|petrol|gas money|my own money|anything|every (penny|cent|pound|dollar))',
      '(gives|give|giving|gave|hands) (me|her|him) (cash|money|some money|spending money|petrol money|grocery money) (for the|each|every|a|per) (week|day|month) & ({perp}|payslip|paycheck|salary|wages|card|pension|hand (him|her) my)',
      '(hand|hand over|give|turn over|surrender) (him|her|them) (all )?(of )?my (payslip|paycheck|wages|salary|earnings|pay|bank card|debit card|cards|pension|benefits)',
      '{perp} ~ (tracks|tracking|tracked|track|monitors) my (car|phone|movements|every move|whereabouts)',
      'if (im|i am) not (home|back) by ~~ (he|she|they) ~ (calls|rings|texts|comes|drives|goes|screams|freaks|explodes|loses it)',
      '(not|never) allowed (my own|a (phone|bank account|card|key|car|job) of my own|any money of my own|money of my own)',
      '(locks|locked|padlocks|padlocked|lock) (the )?(fridge|food|cupboards|pantry|kitchen) & ({perp}|ask|permission|so i cant|punish*)',
      '(have to|must|need to) ask (him |her |them )?(to|before i|if i can|permission to) (eat|shower|sleep|use the bathroom|go to the toilet|leave the house|go out)',
      '(messages|messaged|messaging|texts|texted|contacts|contacted|follows|followed|dms|dmed|harasses|harassed|calls|called|rings|rang) ~~ (from|on|with|using) (a |an |his |her |multiple |different |new )?(fake|secret|burner|anonymous|anon|different|other) (account|accounts|profile|profiles|number|numbers|phone|phones)',
      '(weighs|weighed|weighing|weigh) me ~~ (every|in front of|each|and|or|if) & ({perp}|him|her)',
      '(get|got|gets|am|im|be|being|was) punished (for|if|when|whenever|every|by (him|her)|after) & ({partner})',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Someone else\'s partner controlling them ("she doesn\'t let him see us", "he checks her location").',
    victim: 'other',
    unlessNear: ['(kids|children|custody|court|visitation|restraining|grounded|curfew|school|homework|vet|doctor|hospital|until (shes|hes|theyre)|years old|yet)'],
    patterns: [
      `${THEIR_PARTNER} ~~ (controls|checks|tracks|reads|monitors|goes through|takes|took|keeps|has) ~ (all )?(her|his|their) (money|finances|paycheck|salary|wages|phone|location|messages|texts|cards|bank card|id|passport|car keys|keys|pension|benefits|savings|allowance|disability payments)`,
      '(he|hes) ~ (checks|tracks|reads|monitors|goes through|controls|takes|took|keeps) ~ (all )?her (location|phone|money|messages|texts|paycheck|cards|keys|passport)',
      '(she|shes) ~ (checks|tracks|reads|monitors|goes through|controls|takes|took|keeps) ~ (all )?his (location|phone|money|messages|texts|paycheck|cards|keys|passport)',
      '(shes|hes|she is|he is|they are|theyre) (not|never) (allowed|permitted|let) (to )?(out|outside|leave|go out|see|text|call|visit|have|work|drive|wear|talk) & ({partner}|he|she)',
      '({perp}) ~ (wont|doesnt|dont|didnt|never|not|hasnt|does not|did not|will not|wouldnt|refuses to) (let|lets|allow|allows|permit|permits) (her|him|them) (to )?(see|visit|go to|go see|hang|meet|talk to|call|text|speak to|spend time with|go out|go out with|leave|have|work|drive) ~ (us|me|her|his|their|own|friends|family|mates|parents|anyone|alone|the house|a job|a phone|money)',
      '(logs into|logged into|log into|got into|gets into|get into|hacked|hacks|broke into|breaks into|went into|goes into) (my|her|his|their) (snap|snapchat|instagram|insta|facebook|fb|email|emails|account|accounts|whatsapp|icloud|tiktok|dms|socials|messages) & (pretend*|as (me|her|him)|messages people|messaging people|posts|posted|deleted|changed (my|the|her|his) password|locked (me|her|him) out|reads|spy*|who (i|she|he)|without|every|always|jealous|checks|blocked)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Stalking by an ex or partner: following me home, his car again and again, posting where I am, fake accounts.',
    unlessNear: [
      ROOM_TO_ROOM_ARGUMENT,
      ARRANGED_HANDOVER,
    ],
    unless: [
      '(road trip*|get lost|convoy|insta*|twitter|tiktok|social|online friends|socials|snap|youtube|twitch|facebook|fb|spotify|strava|follow back|followers|pinterest|linkedin|dance|conga|directions|gps|sat nav|cute|romantic|kitten|puppy|dog|cat|toddler|duckling|ducklings|baby|lol|haha)',
      '(i|we) (made|have|created|use|used|set up) (a )?(fake|secret|burner|new|anon|anonymous)',
      '(with (coffee|lunch|flowers|groceries|food|dinner|gifts|presents|the kids|soup)|to pick me up|pick me up|give me a ride|to surprise me|surprised me|to walk me home|so sweet|cute)',
      // Sharing an address so friends can send cards or come to a party.
      '(cards|card|invitation*|invites|housewarming|party|wedding|presents|gifts|delivery|deliveries|parcel|parcels|so (friends|family|people|everyone) (could|can) (send|visit|come))',
    ],
    patterns: [
      '(showing|shows|showed|turning|turns|turned|popping|pops|popped|pulling|pulls|pulled) up (outside|at|near|by|to) my ~ (work|job|house|home|place|school|apartment|flat|parents|gym|door|office|building|car|moms|mums|mothers|dads|sisters|brothers|friends|parents house|kids school) & ({perp}|keeps|again|blocked|wont|scared|afraid|every)',
      '{perp} ~ (is|s|was|keeps being|sits|waits|parks|stands|hangs around|lurks|been) ~ (outside|near|by|across from|across the street from|opposite) my (house|home|place|work|job|apartment|flat|school|building|door|window) ~ (every (night|day|morning|evening)|again|all the time|constantly|at night|for hours|# times)',
      '(follows|followed|following|tails|tailed|tailing|trails|trailing) (me|my car|her|her car|him) ~ (home|from|to|on the way|around|everywhere|when|whenever|wherever|after|at night|again|in (his|her|a) car|to work|from work)',
      '(seen|see|saw|spotted|spot|spotting|notice|noticed|noticing) (his|her|their|my exs|the same) (car|truck|van|bike) ~ (# times|twice|three times|four times|five times|several times|a few times|every (day|night|morning)|behind me|outside my|near my|at my|down my|on my (street|road)|at the end of my)',
      '(posts|posted|posting|shares|shared|sharing|spreads|spread|puts|put|publishes|published|leaked|leaks) ~ (where i (am|live|work|go|stay)|my (address|location|new address|workplace|home address|whereabouts|new number)) & ({perp}|online|moved|internet|everyone|strangers)',
      '(moved|had to move|changed my number|changed numbers|changed my name) ~ (twice|# times|three times|again|already) & (ex|still finds|found me|finds me|keeps finding|wont stop|followed|stalk*|posts|tracks)',
      '(fake|secret|new|different|burner|anonymous|anon) (profile|profiles|account|accounts|number|numbers|phone|phones|insta|instagram|snap|page|email) ~~ (watch|spy on|follow|stalk|message|text|contact|harass|messages|texts|check on|keep tabs on|dm|dms|call|calls) ~ (me|my|her|him|them|us)',
      '(messages|messaged|messaging|texts|texted|contacts|contacted|follows|followed|dms|dmed|harasses|harassed) ~~ (from|on|with|using) (a |an |his |her |multiple |different |new )?(fake|secret|burner|anonymous|anon|different|other) (account|accounts|profile|profiles|number|numbers|phone|phones)',
      'pretend* to be (me|her|him) & (account|accounts|snap|snapchat|instagram|insta|facebook|online|profile|messages|texts|dms|whatsapp)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Driving dangerously to frighten or punish me.',
    patterns: [
      // Driving as a threat needs the speed or the purpose: "he drove up straight away… held me while I cried" is care.
      '(floored it|floors it|speeds|sped|speeding|swerv*|ran (red )?lights|runs (red )?lights|slammed on the brakes|slams on the brakes) & (with me screaming|me screaming|while i (scream*|beg*|cry*|cried)|i (begged|beg|pleaded|screamed) (him|her) to (stop|slow)|to scare me|to punish me|to frighten me|to teach me|scare me|kill us both)',
      '(drives|drove|driving) ~ (fast|faster|so fast|too fast|like a (maniac|lunatic|madman|mad man)|recklesly|dangerously|at # ?(mph|kmh|kph)|into oncoming|on the wrong side) & (with me screaming|me screaming|while i (scream*|beg*|cry*|cried)|i (begged|beg|pleaded|screamed) (him|her) to (stop|slow)|to scare me|to punish me|to frighten me|to teach me|scare me|kill us both)',
      '(drives|drove|driving) ~~ (to scare me|to punish me|to frighten me|to teach me|with me screaming|me screaming|kill us both)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Destroying my things to control or punish me (cut up my dresses, burned my clothes, smashed my phone).',
    unless: ['(accident*|dropped|drop|by mistake|mistake|sat on|stepped on|knocked over|clumsy|lol|haha|jk|fixing|repair|declutter|charity|goodwill|i asked)'],
    patterns: [
      '{perp} ~ (cut up|cuts up|cutting up|ripped up|rips up|ripping up|tore up|tears up|shredded|shreds|burned|burnt|burns|smashed|smashes|smashing|broke|breaks|destroyed|destroys|bleached|threw out|throws out|binned|stomped on|snapped) ~ my ~ (clothes|dresses|dress|stuff|things|books|photos|letters|belongings|makeup|shoes|passport|id|uniform|phone|laptop|glasses|guitar|art|paintings|certificates|diploma|sim|keys|tablet|ipad|jewelry|jewellery|wedding dress|gifts)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Fear, walking on eggshells and isolation said vaguely: the bot asks whether they are safe.',
    unless: [SPORT, THROWN_IN_PLAY, '(scare|scares|scared) me with (how|her|his)', '(or|and) ~ (gets|goes|get|go|will get|wil get) ~ (sulky|sulk|sulks|quiet|moody|huffy|pouty|grumpy|upset|sad|hurt|mopey) & careful', '(jump*|prank|boo|horror|movie|film|snuck up|sneaked up|out of nowhere|behind me|lol|haha|halloween|roller coaster|spider|jump scare|christmas|holiday|thanksgiving|in laws|relatives|exam|interview|report card|my grades|boss|afair|affair|cheat*|other (guy|man|woman|girl)|my ex|flirt*|sext*|the (guy|girl|woman|man) i|proposal|school night|homework|toddler|baby)'],
    patterns: [
      '{perp} ~ (gets|get|turns|becomes|is|goes|can get|can be) ~ (scary|frightening|aggressive|nasty|mean|violent|dangerous|different|intimidating|threatening|handsy|rough) & (drink*|drunk|had a few|beer|beers|wine|vodka|whiskey|rum|alcohol|temper)',
      '(dont|do not|never|no longer|not) feel safe (around|with|near|at home with|in the house with|at home|in my (own )?home|home|alone with|when) (him|her|them|my {partner}|he|she|hes|shes)?',
      '{perp} ~ (scares|scaring|scared|frightens|frightening|terrifies|terrifying|intimidates|intimidating) me',
      '(it|that|this|which) ~ (scares|scared|frightens|frightened|terrifies|terrified) me & {perp} ~ (gets|got|is|s) ~ (mad|angry|furious|aggressive|scary|rage|violent|rough|loud)',
      '(have to|need to|must|gotta|got to|learned to|learnt to) (be )?(really |so |very |super |extra )?careful (what|how|about what) i (say|do|act|dress|speak|word|wear) & (or|things get|get bad|explode*|blows up|angry|mad|set (him|her) off|kick* off|loses it|lose it|temper|snap*)',
      'or (things|it|stuff|everything) (get|gets|will get|goes|go|turns|turn) (bad|ugly|worse|scary|violent|physical|nasty|dangerous) & ({perp}|him|her)',
      '(reading|read|manage|managing|gauge|gauging|watch|watching|track|tracking) (his|her|their) (moods|mood|temper|face) ~~ (so|to keep|to avoid|before)',
      '(know|knew|learned|learnt) (to|when to|i have to|i need to) (go|stay|get|leave|hide|keep|disappear) ~~ (other room|out of (his|her|the) way|quiet|away|hide|my room|the bedroom|upstairs|small|silent) & ({perp}|look|mood|temper|him|her)',
      '(sit|sat|sitting|stay|stayed|wait|waited|waiting) (in|outside in) (my|the) car ~~ (because|cos|cause|so|til|until|before|instead of) ~~ (nervous|scared|afraid|terrified|dread*|anxious|cant face)',
      '(scared|afraid|terrified|frightened|nervous|dreading|dread|anxious) (to go|of going|about going|going) (back )?(home|inside|in the house) & ({perp}|him|her|after work)',
      '(scared|afraid|terrified|frightened|nervous) (of|about) (how|what) (he|she|they|hel|shel|hed|shed|theyd|my {partner}) ~ (react|do|does|did) & (drink*|drunk|had a few|temper|hit|hurt|violent|rage|last time|wore|wear|said no)',
      '(scared|afraid|terrified|frightened|nervous|on edge) ~ (when|whenever|if|once|after) (he|she|they|my {partner}) ~ (drinks|drinking|is drunk|gets drunk|has been drinking|s drunk|comes home drunk|has had a few|gets angry|loses (his|her) temper|is in (a|one of (his|her)) mood|gets home)',
      '(hide|hiding|hid|lock myself|locked myself|stay|go) (in|to) (the|my) (bathroom|bedroom|room|car|closet|toilet) ~~ (when|whenever|until|til|if) (he|she|hes|shes|they|my {partner}) & (mood|moods|drunk|angry|temper|rage|mad|drinking|yelling|screaming|hits|kicks off|kicking off)',
      '(have to|must|need to|got to|gotta) (ask|tell|check with) (him|her|them) (first )?(before|if) i (can )?(leave the house|go out|go anywhere|see (my )?(friends|family|mom|mum))',
      '(wont|doesnt|refuses to|wouldnt|never) (give|let) me (a|my own|have a|any|my) (key|keys)',
      '({perp}|{partner}) ~ (is|s|gets|been|being|can be) ~ (so |really |very |super |extremely |quite )?(controlling|possessive) (with|of|over|about) (me|her|him|everything|money|who|where|what)',
      '{perp} ~ (throws|threw|throwing|smashes|smashed|breaks|broke) things & (punch*|door|doors|wall|walls|scared|afraid|rage|at me|hasnt hit|hasnt touched|didnt touch|never hit)',
      '(punches|punched|punching|kicks|kicked|kicking) (the )?(doors|walls)',
      '(dont|do not|never) want to go (back )?home (to (him|her|them)|because of (him|her)|when (hes|shes) (there|home|drunk|drinking))',
      '{perp} ~ (wont|doesnt|will not|does not|never) stop (calling|texting|messaging|turning up|showing up|following|contacting|emailing|calling me|texting me)',
      '(sneak|snuck|sneaking|sneaked|hid|hiding|hide|locked myself) ~~ (to|so i can|so i could) (type|text|write|message|send|use (my|the) phone|talk to you|call) & ({perp}|him|her)',
      '(delete|deleting|deleted|hide|hiding|clear|clearing|wipe|wiping) ~ my (texts|messages|chats|history|calls|call log|search history|browser history|call history) ~ (before|so) (he|she|they|my {partner}) ~ (gets|get|comes|come|sees|see|checks|check|finds|find|looks|look|goes through|home)',
      '{perp} ~ (doesnt (really )?like|dont (really )?like|does not like|hates|hate|cant stand|doesnt want) (it )?(when )?(me|her|him|i|she|he) (seeing|see|sees|going out with|go out with|goes out with|meeting|meet|hanging out with|hang out with|hanging with|talking to|talk to|visiting|visit|spending time with) ~ (friends|family|us|mates|mom|mum|parents|sister|brother|{relation}|{parent}|anyone|girls|the girls)',
      'since (i|we) (moved in|got together|got married|got engaged|started dating|met (him|her)) ~~ (barely|hardly|never|rarely|dont|cant|stopped|not allowed) (see|seeing|talk*|speak*|go out|visit*) ~ (any of )?(them|my (friends|family|mates|mom|mum|parents|sister|brother)|friends|family|anyone)',
      '(wont|doesnt|dont|never|barely|hardly|rarely|stopped) (see|seeing|visit|visiting|talk to|talking to|call|calling|come (round|over|home)) (us|me|her family|his family|anyone|her friends|his friends|their friends) ~~ since (she|he|they) (moved in|got together|got married|got engaged|started dating|met)',
      '(looks|seems|acts|appears|looked|seemed) (so |really |very |always )?(scared|terrified|afraid|frightened|nervous|jumpy|on edge|tense) ~ (whenever|when|around|near|of) (he|she|hes|shes|him|her)',
      '(says|said|tells me|told me|reminds me|keeps saying) ~ (no one|nobody|no man|no guy|no woman|no girl) (else )?(would|will|could|is going to|wants|would ever|will ever|could ever) ~ (want|love|have|put up with|date|touch|marry|look at) me',
      '(lucky|grateful|blessed) (he|she|they|hes|shes) (puts up with|stays with|stays|keeps|tolerates|even wants|wants|loves|bothers with) me',
      '(says|said|tells me|told me|reminds me) (im|i am|id be|i would be|that im|i was|ill be|il be) (nothing|no one|nobody|worthless|lost|dead|homeless|on the street|on the streets) without (him|her|them)',
      '(calls|called|calling|call) me (a |an )?(fat |stupid |fucking |dirty |lazy |useless )?(slag|cow|skank|hoe|tramp|thot|trash|garbage|cunt|loser|freak|pig|moron|waste of space)',
      'keeps (a )?(list|score|tally|record|notebook) of (my|all my|everything i) & (punish*|pay|hit|every|mistakes|wrong)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Violence named as a thing that keeps happening ("the slapping again", "just a push" that needed stitches).',
    victim: 'self',
    unless: [SPORT, '(baseball|cricket|softball|batting|pitcher|pitching|season|team|scene|movie|film|show|episode|book|novel|game|baby|babies|pregnan*|bump|womb|kicks (inside|in there)|notification*|alert|button|reminder|in the right direction|motivation|to get (started|going)|gentle push|nudge to|push (present|gift)|heart|drums|drum|rain|waves|pillow|playful*|tickl*|punching bag|punch bag|(shoving|pushing|slapping|kicking|hitting) (match|contest|game)|slap fight|bowls|kicking (off|up|and screaming)|grabbing (a|some|lunch|coffee|food|a bite|drinks)|remark*|comment*|sarcasm|wit|humor|humour|tongue|nails|on call|shift|hurricane|earthquake|flood|wildfire|evacuat*|due date|contractions|hiking|camping)'],
    patterns: [
      '(the|his|her|their) (slapping|hitting|punching|choking|strangling|smacking|shoving|kicking|beatings|hair pulling|grabbing|biting) & (again|happened|happens|started|starts|stops|stop|last night|every time|worse|getting worse|when (he|she|hes|shes)|after|keeps|same as|{partner}|him|her)',
      '(just|only|merely|not even) a (little |small |tiny )?(push|shove|slap|smack|grab|tap|shake) & ({perp}|him|her) & (stitches|hospital|a e|er|hit my head|banged my head|bruise*|bled|bleeding|fell|black eye|sorry after|so sorry|apologi*|cut my|split)',
      '(held|holds|holding|pushed|pushes|shoved|forced|kept|keeps|pinned) (my head|me|my face) (under|underwater|under the water|under water|in the (bath|tub|sink|toilet|water|pool)) & ({perp}|him|her)',
      '(pulled|pulls|pushed|pushes|held|holds|holding|dunked|dunks|forced|forces|shoved|shoves|kept|keeps) (my head|me|my face) (under|down) & (held (it|me) (there|down|under)|until i|til i|til i|couldnt breathe|could not breathe|cant breathe|choking|choked|gasping|swallowed (water|so much)|panick*) & ({perp}|him|her)',
      '(stop|get|make) (him|her|them|my {partner}) (from |to stop |stop )?(hitting|slapping|punching|kicking|choking|strangling|hurting|beating|shoving|pushing|grabbing|biting|smacking) me',
      'so (he|she|they|my {partner}) (doesnt|dont|wont|wouldnt|does not|will not|stops|quits) ({hit}|hurt|hurts|grab|grabs|push|pushes) me ~ again',
      '{perp} ~ ({hit}|scratch*|claw*|pinch*|bite|bites|bit|pull* my hair) (and|or|n) ({hit}|scratch*|claw*|pinch*|bites|bite|pull*|twist*) me',
      '{perp} ~ (grabs|grabbed|squeezes|squeezed|pinches|pinched|grips|gripped) (so |too |really |real )?(hard|tight) $',
      '(bruises|marks|black eye|injuries|my face|my arm) ~~ without (him|her|them|my {partner}) (finding out|knowing|seeing|noticing|hearing)',
      '(have|had|need) to (run|flee|escape|get away|hide) from (him|her|them|my {partner}) & (nights|night|sometimes|when|again|every|bag|keys|car|boot|trunk|before)',
      '(go bag|grab bag|escape bag|getaway bag|emergency bag|(bag|suitcase|overnight bag|backpack) (packed|ready|hidden)|(packed|hidden) (bag|suitcase)) ~~ (in case|because|for when|so i can|so i could|if) ~~ (run|escape|get out|flee|leave fast|leave quickly|leave in a hurry|get away|need to leave|have to leave|bolt) & ({perp}|him|her|night|nights)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Hits hard, with the marks or the drinking to show it is real ("punches like a boxer, Ive got the bruises").',
    victim: 'self',
    unless: ['(sparring|spar|gym|class|dojo|ring|match|bag|pads|mitts|gloves|training|lesson|coach|tournament|game|video game|pillow|playful*|tickl*|wrestl*|play fight*|ball|baby|toddler|puppy|dog|cat|kitten)'],
    patterns: [
      '{perp} ~ (punches|hits|slaps|kicks|smacks|bites|scratches|grabs|squeezes|pinches) (like a|so hard|too hard|hard|harder|really hard) & (bruise*|marks|welts|to prove it|black eye|long sleeves|when (shes|hes|she is|he is|they are|theyre) (drunk|angry|mad|high|stressed))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Violence told in the second person or as a question ("he pins you against the wall", "after your wife slaps you", "a partner who grabs your neck").',
    victim: 'self',
    unless: [SPORT, '(mat|ring|match|opponent|referee|pillow|playful*|as a joke|tickl*|wrestl*|play fight*|movie|film|show|episode|game|level|boss fight|character|hug*|cuddl*|kiss*|danc*|consensual|safeword|kink*)'],
    patterns: [
      '{perp} ~ (pins|pinned|pin|grabs|grabbed|holds|held|chokes|choked|strangles|strangled|slams|slammed|shoves|shoved|pushes|pushed|throws|threw|drags|dragged) you (against (the|a) (wall|door|floor|fridge|car|counter)|by (the|your) (throat|neck|hair)|down (the stairs|on the (floor|bed|ground))|to the (floor|ground)|into (the|a) (wall|door))',
      '(by|around) your (throat|neck) & ({perp}|{partner}|who) & (pin*|grab*|held|hold*|lift*|squeez*|against|chok*|strangl*)',
      '(who|when (he|she|they)|and (he|she|they)|if (he|she|they)|where (he|she|they)) ~ (grabs|grabbed|squeezes|squeezed|chokes|choked|strangles|strangled|holds|held) (your|ur) (neck|throat)',
      'your ({partner}) ~ ({hit}) (you|u) & (happened|happens|again|times|every|last (night|week|month)|keeps|always|sometimes|when (hes|shes|he|she|they))',
      '(you made (him|her|them|me) do (it|that|this)|(i|you) made (him|her|them) (do it|do that|hit|lose it|snap)) & (pin*|grab*|throat|neck|hit|slap*|punch*|push*|shov*|chok*|wall|bruise*|marks)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Things thrown at the speaker (plates, chairs, glasses), asked as "is it normal".',
    unless: [SPORT, THROWN_IN_PLAY, '(snowbal*|snow|water balon*|balloon*|ball|frisbee|pillow*|confetti|rice|bouquet|popcorn|grapes|treats|kiss*|shade|glances|compliments|money at (me|you) (to|for)|a party|a bone|a curveball|curve ball|a wrench|spanner)'],
    patterns: [
      '(throw|throws|threw|throwing|thrown|hurl*|chuck*|fling*|flung) (things|stuff|objects|plates|a plate|dishes|glasses|a glass|mugs|a mug|cups|a cup|his phone|her phone|a phone|a chair|chairs|shoes|a shoe|bottles|a bottle|a remote|the remote|knives|a knife|furniture|a lamp|a pan|books|a book) at (you|me|u|my (head|face))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats said seriously and across sentences: "if he cant have me no one can", "hed kill me, not a figure of speech", "youll regret it".',
    victim: 'self',
    unless: ['(jab|vaccine|flu|doctor|dentist|sunscreen|coat|jacket|umbrella|diet|dessert|cake|pizza|movie|show|film|finale|spoiler*|worrier|worried|lol|haha|lmao|jk|gym|leg day|hangover)'],
    patterns: [
      'if (he|she|they|hes|shes|my {partner}) (cant|cannot|can not|doesnt|dont|wont|wouldnt) (have|get|keep) (me|her|him|them|us) ~ (no one|nobody|noone|no one else|nobody else|no other (man|guy|woman|girl)) (can|wil|gets|could|should|does|ever wil|is going to)',
      'if i (cant|cannot|can not) (have|get|keep) (you|u) ~ (no one|nobody|noone|no one else|nobody else) (can|wil|gets|could|does) & ({perp}|said|says|told|tels|texted|wrote|screamed|yeled|keeps saying|used to say)',
      '(says|saying|said|keeps saying|tels me|told me|texted|texts|warns me|warned me|threatens|threatened) (that )?(youl|you wil|youd|ul|you are going to|youre going to|youre gona|your gona|ur gona|you gona) (regret (it|this|that)|be sorry|pay|pay for (it|this|that)|get what you deserve|wish you hadnt|see what happens|find out) & (leave|leaving|left|moving out|move out|move away|move back|break up|breaking up|divorce|go to (the )?(police|cops|court|a lawyer|my family)|tel (anyone|someone|the police|your|my)|talk to (anyone|someone|a lawyer|the police)|scared|afraid|terified|frightened)',
      '(withdraw|withdraws|withdrawing|cancel|cancels|pull|pulls|revoke|revokes|stop|stops) (his|her|their|my|the) (sponsorship|sponsor|spousal visa|visa|application|residency|green card) & (threat*|if i|unless i|or else|sent back|deported|deport|leave|dont)',
      '(get|have|send|sending|getting) me (sent|shipped|kicked) (back|home|out of the country) & (threat*|if i|unless i|or else|says|said|wil)',
      '(threaten*|says|said|wil|would|going to|gona) ~ (have|get|send) (his|her|their|some of (his|her)) ~ (brothers|brother|friends|family|cousins|mates|boys|guys|people|dad|father|uncle|uncles|gang|crew) (to )?((deal with|sort|sort out|beat|beat up|hurt|get|teach|come after|visit|pay (me|you) a visit|handle|rough up|take care of) (me|you|u)|(rough|beat|sort|smash|kick|do) (me|you|u) (up|out|in|over))',
      '(left|leaves|leaving|put|puts|sent|sends) ~ (dead (flowers|rat|rats|bird|birds|animal|animals|roses|mouse|mice|fish)|a bullet|bullets|a shell casing|a noose|a knife|a funeral card|a sympathy card|a wreath) ~ (on|at|under|in|through|to) (my|the) (car|door|doorstep|windscreen|windshield|porch|mailbox|letterbox|step|steps|bed|pillow|work|desk|house|flat|window)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Stalking by driving or walking past my place night after night.',
    unless: ['(school run|commute|on (his|her|the) way (to|home)|route|bus route|drops me|drop me|pick me up|picks me up|to wave|waves|honks hello|so sweet|cute|lol|haha|christmas lights|decorations)'],
    patterns: [
      '{perp} ~ (drives|drove|driving|walks|walked|walking|cycles|rides|goes|went|comes) (past|by|round|around) my ~ (house|home|place|flat|apartment|work|job|school|parents|moms|mums|mothers|dads|sisters|brothers|friends|new place|building|street|road) ~ (every (night|day|morning|evening|weekend)|al the time|constantly|again and again|# times|twice|three times|several times|since i (moved|left))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control through disability and care: medication, hearing aids, wheelchair or charger withheld, left stuck in bed.',
    victim: 'self',
    // Looked after, not taken: "he takes my hearing aids out at night so they can charge".
    unlessNear: ['(so (they|it) (can|could|wil) (charge|dry)|to (charge|clean|dry) (them|it)|on (charge|the charger))'],
    unless: ['(pharmacist|pharmacy|nurse|doctor|gp|carer agency|care home|recall|broken|broke down|stopped working|out of stock|insurance|i asked (him|her)|we agreed|my idea|to help me remember|reminds me|overdose|keep me safe|keeping me safe|safety plan|repair*|fix*|servic*|mechanic|engineer|technician|puncture|tyre|tire|so (that )?i (could|can|would) (get|reach|sit|use))'],
    patterns: [
      '{perp} ~ (controls|controls al|hides|hid|withholds|withheld|takes|took|takes away|took away|rations|rationed|skips|skipped|forgets to give|forgot to give|wont give|doesnt give|refuses to give|flushed|throws away|threw away|locks up|locked up|locks away|locked away) (me )?(al of )?my (seizure |heart |diabetes |pain |epilepsy |mental health )?(meds|medication|medications|medicine|pills|insulin|inhaler|dose|doses|tablets|prescription|hearing aids|hearing aid|glasses|wheelchair|powerchair|walker|crutches|cane|mobility scooter|scooter|chair charger|charger)',
      '(unplugs|unplugged|unplugging|hides|hid|takes|took|removes|removed|disables|disabled|breaks|broke|moves|moved) ~ my (wheelchair|powerchair|chair|walker|crutches|cane|mobility scooter|scooter|hearing aids|hearing aid|glasses|charger|phone) ~~ (so (im|i am|i|that i) (stuck|cant|cannot|can not|couldnt|have to)|until (he|she|they) (decides|lets|wants|feels)|when (hes|shes|he is|she is|theyre) (angry|mad|cross|annoyed|upset)|to punish me|as punishment)',
      '(stuck|trapped|left) (in bed|in my chair|on the floor|in the bath|upstairs|in the house) (until|til|till) (he|she|they) (decides|feels like|chooses|wants|lets me|bothers)',
      '(cuts|cut|unplugs|unplugged|disconnects|disconnected|pulls|pulled) (the )?(phone line|landline|phone cord|wifi|internet|router) & (so i cant|so i cannot|when (hes|shes|he is|she is) (angry|mad)|ring|call|contact|hearing aids|cant (ring|call|reach))',
      '{perp} ~ (reads|read|goes through|went through|checks|searches) my (diary|journal|notebook|notes|letters|post|mail) & (punish*|hit|hits|hit me|every (day|night|time)|always|all the time|for what i|locks (it|me)|makes me)',
      '{perp} ~ (punishes|punished|punishing) me (for|when|if|whenever|every time|by) & (write|wrote|say|said|text*|talk*|see|saw|wear|go|went|eat|ate|spend|spent|look|looked|journal|diary|friends|family)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Someone else\'s partner injuring them ("my sister\'s boyfriend broke her arm and she says she fell").',
    victim: 'other',
    unless: [SPORT, '(acident*|by mistake|skiing|ski|bike|climbing|trampoline|car crash|match|game|tackle)'],
    patterns: [
      `${THEIR_PARTNER} ~ (broke|breaks|broken|fractured|cracked|dislocated|sprained|bruised|blacked|split) (her|his|their) (arm|arms|wrist|nose|rib|ribs|jaw|finger|fingers|leg|collarbone|hand|eye|eye socket|lip|cheekbone|tooth|teeth|shoulder|elbow|knee|ankle)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Dread of the partner coming home: freezing at his car or keys, never knowing which version of him arrives.',
    victim: 'self',
    unless: ['(surprise|party|present|gift|lol|haha|excited|butterflies|cant wait|happy|love it|so cute|puppy|dog|cat|baby|birthday|proposal|propose)'],
    patterns: [
      '(hear|heard|hearing|hears) (his|her|their|my {partner}s) (car|truck|van|keys|key|footsteps|steps|bike|motorbike|voice|engine) & (freez*|froze|frozen|panic*|dread*|shak*|tense*|heart (races|pounds|sinks|stops)|stomach (drops|knots|turns|sinks)|scared|terified|afraid|hide|hiding|brace|bracing)',
      '(which|what) (version|side|mood|person) of (him|her|them) ~ (is coming|il get|im going to get|im gona get|i get|wil get|walks in|wil walk|comes (home|in|through)|is coming home|wil be home|shows up|turns up) & (scared|afraid|terified|freez*|froze|dread*|every night|every day|shak*|thrown|threw|hit*|hurt*|tense|panic*|brace|bracing)',
      '(scared|afraid|terified|frightened|dread|dreading) (to come|of coming|to get|of getting) (back )?home & ({perp}|him|her|version|mood)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Harm hidden in a joke or aside: headlocks that leave marks, cigarettes put out on me, left on the motorway, papers I have to ask back for.',
    victim: 'self',
    unless: [SPORT, '(wrestl*|play fight*|playful*|tickl*|rugby|bjj|judo|by acident|acidentaly|by mistake)'],
    patterns: [
      '(headlock|headlocks|chokehold|chokeholds|choke hold|choke holds|sleeper hold) & (marks|bruise*|leave|left|cant breathe|couldnt breathe|pass out|passed out|blacked out|hurts|hurt) & ({perp}|{partner}s|him|her)',
      '{perp} ~ (stubs|stubbed|stubbing|puts|put|pressed|presses|holds|held) (out )?(her|his|their|a|the|lit) (cigarette|cigarettes|cig|cigs|fag|fags|joint|lighter|iron|curling iron|straighteners|hot pan) ~ (out )?(on|into|against) my',
      '{perp} ~ (burns|burned|burnt|burning) me with (a|her|his|their|the) ~ (cigarette|cigarettes|cig|lighter|iron|curling iron|straighteners|lighter|kettle|hot)',
      '(kicked|kicks|threw|throws|pushed|pushes|dumped|dumps|left|leaves|made|makes) me (get )?(out )?(out of|of) (the|his|her|their) (car|truck|van) & (motorway|highway|freeway|middle of nowhere|at night|in the dark|in the rain|side of the road|roadside|miles from|no phone|in the snow|in the cold)',
      '(get|got|convince|make|ask|persuade) (him|her|them|my {partner}) (to )?(give|hand) (me )?(back )?my (passport|id|papers|documents|visa|residence permit|bank card|wages|salary|pension|birth certificate)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Severe conditional threats that laughter does not cancel ("lol if I leave hell post my nudes", "haha he says hell break my arm").',
    victim: 'self',
    unless: ['(finale|spoiler*|spoil*|fantasy|video game|lego|level|character|episode|movie|film|book|novel)'],
    patterns: [
      `if (i|you|u) ~~ ${WILL} ~ (break|snap|smash|bust|cave in|kick in) (my|your|ur) (arm|arms|leg|legs|neck|jaw|nose|face|fingers|wrist|teeth|skull|head|ribs)`,
      `if (i|you|u) ~~ ${WILL} ~ (post|leak|share|send|spread|show) ~ (my|our|your|ur) (nudes|nude (pics|photos|pictures)|naked (pics|photos|pictures|videos)|sex tape|sex video|intimate|private (pics|photos|pictures|videos))`,
      `if (i|you|u) ~~ ${WILL} ~ (burn|torch) ~ (house|flat|place|home|car|me|us) ~ (down|with (me|us)|alive)?`,
      `if (i|you|u) ~~ ${WILL} ~ (take|keep) (the|my|our|your|ur) (kids|children|{child}) (away|from (me|you)|and (i|you)|out of the country)`,
      `${WILL} ~ (break|snap|smash|bust|cave in|kick in) (my|your|ur) (arm|arms|leg|legs|neck|jaw|nose|face|fingers|wrist|teeth|skull|head|ribs) ~~ (if|unless|when) (i|you|u)`,
      `${WILL} ~ (post|leak|share|send|spread|show) ~ (my|our|your|ur) (nudes|nude (pics|photos|pictures)|naked (pics|photos|pictures|videos)|sex tape|sex video|intimate|private (pics|photos|pictures|videos)) ~~ (if|unless|when) (i|you|u)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats the speaker marks as meant ("not a figure of speech", "I believe him", "he keeps the knife by the bed"), even with a laugh.',
    victim: 'self',
    unless: ['(movie|film|show|episode|finale|spoiler*|book|novel|game|character|dinner|cake|pizza)'],
    patterns: [
      '({kill}|hurt|beat|finish) (me|u|you) & (figure of speech|not exaggerating|im not exaggerating|not being dramatic|not (a|as a) (joke|metaphor|figure of speech)|i mean (it|that) literaly|literaly (means|mean)|(hes|shes|theyve|he has|she has|they have) (tried|done it|almost done it|nearly done it) (before|already|once|twice)|tried (before|once|already)|i (believe|believed) (him|her|them)|(he|she|they) (means|meant) it|(hes|shes|theyre) not joking|(hes|shes|theyre) serious) & ({perp})',
      '(not to be dramatic|no joke|not joking|im serious|dead serious|honestly not exaggerating) & (said|says|told me|texted|threatened|swore) ~ ({kill}|hurt|strangle|drown|burn) (me|us) & ({perp})',
      '(said|says|told me|texted|threatened|swore) ~ ({kill}|hurt|strangle|drown|burn) (me|us) & (keeps|kept|has|sleeps with|hides|hid) (a|the|his|her|their) ~ {weapon} (by|under|next to|beside|in|on)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Hitting that left an injury, even when called a joke ("jokingly punched me, my tooth is loose").',
    victim: 'self',
    unless: [SPORT, SELF_INFLICTED, KNOCKED_OUT_OF, '(hit|hits|hitting|get hit) on'],
    patterns: [
      '{perp} ~ ({hit}|shoved|pushed|threw|headbutted) me & ((tooth|teeth) ~ (loose|chipped|broken|cracked|knocked out|wobbly)|stitches|concussion|black eye|split lip|fat lip|bloody nose|broken (nose|rib|ribs|finger|fingers|arm|wrist|jaw|tooth)|fractured|cracked rib|a e|x ray|x rays|hospital)',
      '{perp} ~ (broke|broken|fractured|dislocated|sprained|cracked) (# |two |three |a few |some |one |both )(of )?my (fingers|finger|ribs|rib|toes|teeth|wrists|arms)',
      '(i|me) (get|got|getting|dont get|wont get) (hit|beaten|slapped|punched|smacked|kicked|choked|hurt|knocked about|knocked around) & ({perp}|him|her|works nights|when (hes|shes|he is|she is) (home|drunk|angry|mad))',
      '(so|until|til|to make|and) (he|she|they|my {partner}) (stops|stop|quits|wil stop|would stop) (hurting|hitting|slapping|punching|kicking|choking|beating|shoving|pushing|grabbing) me',
      '{perp} ~ (gets|got|becomes|became|turns|turned|can get) ~ and (violent|physical|rough|handsy)',
      '(get away from|escape|escaping) ~ (his|her|their|my {partner}s) (temper|rage|anger|fists|violence|hitting|drinking) & (car|shed|garage|friends|neighbours|neighbors|mates|truck|van|sleep|slept|sleeping|stay|stayed|staying|hide|hid|hiding)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control asked about as a question: location forced on, showers timed, hormones taken, threatened outing.',
    victim: 'self',
    unless: ['(we both|both of us|each other|mutual|we agreed|i asked (him|her|them)|my idea|for safety on|hiking|festival|road trip|water bill|drought|meter)'],
    patterns: [
      '(makes|made|make|forces|forced|force) me (turn on|keep on|leave on|turn|keep|leave|share|send) (my )?(live )?(location|find my|gps|tracking|phone tracking) (on )?(whenever|every time|when|if|all the time|at all times|24 7|always|or)',
      '{perp} ~ (times|timed|timing|clocks|clocked) my (showers|shower|baths|calls|phone calls|walks|shopping|trips|errands|toilet breaks|bathroom breaks|time out) & (takes|took|punish*|angry|mad|scream*|yell*|if i|over|too long|late|minutes)',
      '(they take|takes|took|hides|hid|hiding|throws away|threw away|flushed|flushes|withholds|withheld|binned|bins) (away )?my t (and|so|because|away|shots|gel|vials) & (transition*|hormone*|trans|dose|doses|shots|injection*)',
      '(they take|takes|took|hides|hid|hiding|throws away|threw away|flushed|flushes|withholds|withheld|binned|bins) (away )?my (testosterone|estrogen|oestrogen|hormones|hrt|binder|binders|blockers) & ({perp}|wont let|won|transition|punish*|angry|mad|if i|unless i)',
      'threaten* to (out (me|us)|tel (my|your|our) (parents|family|mum|mom|dad|boss|work|church|employer|friends|kids|landlord) (that )?(im|i am|about (me|us|my)|were|we are))',
      '(know|knew|im|i am) ~ (going to|gona|gonna) get it (later|tonight|when (he|she|they) (gets|get) (home|back|in)) & ((that|the|his|her) (look|face|mood|tone)|{perp})',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Self-blame and apologies for the partner\'s violence ("sorry I made you angry enough to hit me", "so he wont have to hit me", "he only pushes me when I deserve it").',
    victim: 'self',
    unless: [SPORT, SELF_INFLICTED, '(pilow|playful*|as a joke|jokingly|tickl*|wrestl*|kick* me out|bit* me (on the|a) (lip|neck|ear))'],
    patterns: [
      '(made|make|makes|making|provoked|provoke|provokes|push|pushed) (you|him|her|them) ~ ({hit}|hurt|push*|shov*|grab*|throw things at) me',
      '(so|then|and) (he|she|they|you) (wont|doesnt|dont|wil not|does not|never) (have|need|feel the need) to ({hit}|hurt|push*|shov*|grab*|raise (his|her|a|their|your) hand to) me',
      '(only|just) ({hit}|hurt*|push*|shov*|grab*) me (when|because|cause|cos|if) i (deserve|deserved|ask for|asked for|provoke|provoked|push (his|her|your|their) buttons|make (him|her|you) (mad|angry))',
      '(i|i know i) (deserve|deserved|had it coming|asked for it) & ({perp}|you) ~ ({hit}|hurt*|push*|shov*|grab*) me',
      '(bruise|bruises|black eye|split lip|your face|your arm|your neck) & (never|wont|not) happen again',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Injuries or fading bruises set beside the partner\'s good days ("the bruises are fading, he was nice to me today").',
    victim: 'self',
    unless: [SPORT, SELF_INFLICTED, '(fell|fall|tripped|clumsy|bike|surgery|injection|blood test|tattoo|hickey*|gym|training|football|rugby|hike|hiking|climbing|cut|cutting|self harm|relapse)'],
    patterns: [
      '(bruise|bruises|black eye|marks|split lip|swelling) (on my|are|is|have|has) ~ (fading|healing|gone|going down|almost gone) & {perp} (was|is|has been|been|were) ~ (nice|sweet|kind|calm|gentle|sorry|apologetic|lovely|good) (to me|today|again|this week|lately|since)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Physical violence in formal or indirect words: physically intimidating, restrained me, choked me in episodes, physical harm from his temper.',
    unless: [SPORT, MEDIA_ABOUT, '(physical therapy|physiotherap*|training|drill|self defence|self defense|police officer|bouncer|security guard|in a game|roleplay|kink*|consensual|safeword)'],
    // The writer saying they never have: "I've never raised a hand to her".
    unlessNear: ['(i|ive|i have) never (raised|lifted) (a|my) hand'],
    patterns: [
      '{perp} ~ (has been|is|was|been|can be|gets|becomes) ~ physicaly (intimidating|threatening|aggressive|violent|abusive|rough)',
      '{perp} ~ (restrained|restrains|restraining|physicaly held|physicaly restrained|physicaly stoped|physicaly prevented) me',
      '{perp} ~~ (prevent|prevents|prevented|stop|stops|stoped|block|blocks|blocked|blocking) me (from )?(leaving|geting out of|going out of|walking out of) (the )?(room|house|flat|apartment|car|bedroom|bathroom|kitchen)',
      '{perp} ~ (blocks|blocked|blocking|stands in|stood in|standing in) (the )?(doorway|doorways|door|exit|way out) & (raise*|raising|fist|scream*|yel*|wont let|cant leave|couldnt leave|intimidat*|scared|afraid|frightened|trapped)',
      '(raises|raised|raising|lifts|lifted|lifting|shakes|shook|shaking) (his|her|their|a) (fist|fists|hand) & (intimidat*|threat*|scared|afraid|frightened|flinch*|blocking|blocks|towards me|at me|in my face)',
      '({partner}|{partner}s) ~ (temper|anger|rage|drinking|outbursts|violence) ~~ (resulted|results|ended|ends|led|leads) in ~ (physical|injur*|bruis*|hospital|me getting hurt)',
      '(physical (harm|violence|assault|aggression|abuse|injuries)|physicaly (harmed|assaulted|injured|abused|hurt)) & (my|her|his|their) ({partner}|{partner}s)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Someone else\'s partner hurting or controlling them, said formally ("a friend whose partner has broken her arm", "her partner appears to be controlling her").',
    victim: 'other',
    unless: [MEDIA_ABOUT, '(character|novel|film|movie|show|series|fiction|story)'],
    patterns: [
      'whose ({partner}) ~~ ({hit}|hurting|hurts|hurt|injur*|broke|broken|assault*|threaten*|strangl*|choke*|control*|isolat*) (her|him|them)',
      'whose ({partner}) ~~ (broke|broken|bruised|fractured|cracked) (her|his|their) (arm|wrist|nose|rib|ribs|jaw|finger|fingers|collarbone|leg|eye)',
      '(her|his|their) ({partner}) ~ (appears|seems|seem|appear) to be (controlling|hurting|hitting|isolating|abusing|monitoring|tracking|threatening) (her|him|them)',
      '(unexplained|unexplainable|frequent|regular|recurring) (injuries|bruises|bruising|black eyes|marks|cuts|burns) & (her|his|their) ({partner})',
      '(arrived|arrives|comes|came|turned up|turns up|shows up|showed up) (at|to|into) (work|school|class|the office|church) (with )?(visible )?(bruising|bruises|a black eye|marks|injuries) & ({partner}|{partner}s)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Fear of the partner finding out I sought help (a solicitor, the police, a refuge, a friend).',
    victim: 'self',
    unless: ['(afair|affair|cheat*|confess*|lied|lying|the truth|surprise|proposal|propose|gift|present|pregnan*|tattoo|bought|spent|crashed|the bil|the news|i forgot|forgot)'],
    patterns: [
      '(afraid|scared|terified|frightened|fearful|petrified|dread*|fear) ~ (how|what) (he|she|they|hel|shel|hed|shed|my {partner}) ~~ (react|do|respond) & (solicitor|lawyer|atorney|police|refuge|shelter|helpline|hotline|advocate|social worker|counsel*|therapist|doctor|gp|divorce|spoken to|spoke to|talked to|been to|went to|reached out|asked for help|geting help|told (someone|anyone|my (family|sister|mum|mom|friend|friends)))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Not allowed to see friends or family, reported as his rule ("you said Im not allowed to see them anymore").',
    victim: 'self',
    unless: ['(doctor|gp|nurse|therapist|court|custody|visitation|covid|quarantine|isolation period|contagious|teacher|school|curfew|grounded|my (mom|mum|dad|parents|stepdad|stepmom))'],
    patterns: [
      '(you|{perp}) ~ (said|says|told me|tels me|decided|rules|made it clear) (that )?(im|i am|i was|i wasnt|im not|i am not) ~ (not )?(allowed|permitted) to (see|talk to|speak to|visit|text|cal|meet|contact|hang out with) (them|my friends|friends|my family|family|anyone|my (mum|mom|dad|parents|sister|brother|mates))',
      '(sorry|apologi*) ~ i (talked|spoke|went out with|saw|visited|texted|met|caled) (to )?(my )?(friends|family|mates|sister|brother|mum|mom|parents) & (not allowed|said i couldnt|told me not to|wont let|forbid*|banned)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Tracking and unannounced showing up: an app or tracker on my phone or car, then he turns up where I am.',
    victim: 'self',
    unless: ['(we both|both of us|each other|mutual|we agreed|we share|i asked (him|her|them)|my idea|i installed|i set up|for safety on|hiking|festival|road trip|lost my phone|find my phone|parental|my (son|daughter|kid|kids|child|teen))'],
    patterns: [
      '(app|apps|tracker|trackers|airtag|airtags|tile|gps|tracking device|spyware|stalkerware|spy app) & (track*|monitor*|location|where i) & {perp} ~ (installed|instaled|put|planted|hid|set up|added|downloaded)',
      '{perp} ~ (has )?(tracked|tracks|tracking|monitored|monitors|monitoring|traced) my (location|phone|car|movements|whereabouts|every move) & (without|consent|knowing|permission|secretly|showed up|turned up|arrived|appears|appeared|unannounced)',
      '{perp} ~ (showed|shows|turned|turns|turning|showing|popped|pops) up ~ (unannounced|uninvited|unexpectedly|out of nowhere) (at|outside) (my|the) (work|workplace|office|gym|job|house|flat|school|door|class|parents)',
      '{perp} ~ (arrived|arrives|arriving) (unannounced|uninvited) (at|outside) (my|the) (work|workplace|office|gym|job|house|flat|school|door|class|parents)',
      '(ex|ex boyfriend|ex girlfriend|ex husband|ex wife|former partner|former husband|former wife) ~~ (showed|shows|turned|turns) up (at|outside) (the )?(gym|my work|my job|my office|my house|my flat|my school|my door) & (track*|app|location|again|every|keeps|blocked|how did|knew where)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'An ex showing he knows where I sleep or live, alongside floods of messages.',
    victim: 'self',
    patterns: [
      '(ex|exs|ex boyfriend|ex girlfriend|ex husband|ex wife|former partner|{perp}) ~~ knows (which|where) ~ (window|room|bedroom|door|car|route|bus|gym|i sleep|i park|i run|i walk)',
      '{perp} ~ (sends|sent|sending|texts|texted|texting|messages|messaged|cals|caled|caling) me (like |over |about |up to |almost |nearly )?# (texts|messages|cals|times|voicemails|emails) (a|per|every|each|in a) (day|hour|night|morning) & (ex|blocked|wont stop|scared|afraid|knows|keep|keeps|threat*)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Half-said signs: home not safe, a bag packed by the door, he always knows where I am, a reason I stopped inviting people over.',
    unless: [SPORT, '(holiday|vacation|trip|flight|airport|camping|weekend away|hospital bag|due date|labor|labour|baby|newborn|gym bag|sleepover|weekend|weekends|stay over|staying over|his place|her place|their place|festival|moving house|the move|toddler|babyproof*|baby proof*|stair gate*|wiring|mold|mould|damp|asbestos|gas leak|landlord|earthquake|flood|fire alarm|smoke alarm|neighbourhood|neighborhood|area|crime|burglar*|covid|lol|haha|we share|share locations|mutual|we both|find my friends|life360|messy|mess|cleaning|clean|tidy|small flat|small apartment|tiny|renovat*)'],
    patterns: [
      '(things |it |life )?(at home|in my home|in our home|in the house|in our house) ~ (isnt|arent|is not|are not|not|dont feel|doesnt feel|never feels|hasnt been|havent been) ~ safe',
      '(home|my home|our home|the house|our house) (isnt|is not|doesnt feel|does not feel|hasnt felt|no longer feels|dont feel) ~ safe',
      '(keeping|kept|keep|have|got|packed|hid|hiding|hidden) (a )?(bag|go bag|suitcase|overnight bag|backpack) ~ (packed|ready|hidden) ~ (by the door|in the car|in my car|at a friends|at work|under the bed|just in case|in case)',
      '(keeping|kept|keep|have|got) (a )?(bag|go bag|suitcase|overnight bag|backpack) (packed|ready) & (just in case|in case i (need|have) to (go|leave|run|get out))',
      '{perp} ~ (always|somehow|stil|every time|alway) (knows|knew|finds out|found out) where i (am|was|go|went|have been|ive been|be) & (didnt tel|never told|without (me )?telling|i didnt say|how|dont know how|even when|turn* off|creep*|scar*)',
      '(reason|reasons) (why )?(i|we) (dont|do not|no longer|never|stoped|stopped|cant) (invite|have) (people|anyone|friends|family|my friends|my family|mates) (over|round|around|to the house|home)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Danger told through its aftermath: a cover story given to a doctor, nurse or the police that the speaker says was not true, neighbours hearing it and the partner explaining it away, hands round my throat, finger marks on my neck.',
    victim: 'self',
    unless: [SPORT, '(party|music|noise complaint|too loud|barking|fireworks|bbq|karaoke|game night|builders|diy)'],
    patterns: [
      `(gp|doctor|doctors|nurse|nurses|dentist|paramedic|paramedics|midwife|health visitor|social worker|a e|hospital|police|officer|officers|cops|teacher|receptionist|physio) & (asked|asks|asking|kept asking|keeps asking|wanted to know|wants to know|noticed|notices|saw|spotted|looked at) ~~ (how i (got|hurt|did)|how it happened|if (someone|anyone|somebody)|whether (someone|anyone|somebody)|who did|at home|if i (feel|felt|am|was) safe|bruise|bruises|marks|finger marks|black eye|swelling|injury|injuries|tooth|lip|neck|arm|eye) & ${REVEAL_LIE}`,
      `(told|tel|telling|said to|lied to) (the |my |her |him |them )?(paramedics|paramedic|nurse|doctor|gp|dentist|police|officers|cops|social worker|hospital|a e|teacher|midwife|her|him|them) ~~ (i|that i) (walked into|fell|tripped|slipped|bumped into|ran into|fel) & ${REVEAL_LIE}`,
      '(neighbour|neighbours|neighbor|neighbors|police|cops|officers|people next door|flatmate|landlord) ~~ (heard|hear|hears|called|knocked|came round|came over|came to the door|asked if i|asking if i) ~~ (thuds|thud|thumps|banging|bangs|screaming|screams|crying|shouting|smashing|a crash|crashes|yeling|the police|the cops|was (ok|okay|alright|safe)|im (ok|okay|alright|safe)|on us) & (he|she|my {partner}) ~ (answered|told|said|explained|convinced|insisted|laughed|smiled|blamed) ~~ (we were|i was|it was (just )?(the tv|the telly|nothing|a film|the film|a game|the radio)|nothing (was|is) wrong|everything (was|is) (fine|ok|okay)|(i|we) (fell|dropped|tripped)|at the (telly|tv))',
      '(his|her|their) (hands|hand|fingers) (around|round|on|at|against|over) my (throat|windpipe)',
      '(his|her|their) (hands|hand|fingers) (around|round|on) my neck & (couldnt breathe|cant breathe|marks|bruise*|squeez*|tight|another night|scared|afraid|terified|chok*|gasp*|pased out|blacked out)',
      '(finger marks|fingermarks|finger shaped bruises|handprint|hand print|hand marks|grip marks|thumb marks) (on|round|around|across) my (neck|throat)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'After leaving: a protection order, refuge or new number, and the partner still hunting for me, or my fear that they have found me.',
    victim: 'self',
    // Arriving this minute ("just pulled up outside the refuge") is an emergency, left to those rules.
    unless: ['(surprise|party|birthday|hide and seek|hide and go seek|game|geocach*|treasure hunt|scavenger)', '(just (puled up|pulled up|arrived|turned up|showed up)|walking (to|up to) the (gate|door)|at the (door|gate|window) (now|right now|rn)|banging on the)'],
    patterns: [
      '(restraining order|non molestation order|protection order|protective order|no contact order|injunction|refuge|shelter|safe house|changed (my|the) (number|locks|lock|phone number)|new (number|locks)|locksmith|fled) & ({perp}|him|her|his|ex) & (find me|found me|finds me|knows where i|knew where i|where i am|where im staying|where i live|where im living|which (hotel|house|flat|address|refuge|shelter|town|city)|if anyone (has )?seen me|anyones seen me|looking for me|hunting for me|track me down|tracked me down|parked outside|outside the (nursery|school|house|flat|refuge|hotel|shelter|office|gym)|let (himself|herself|themselves) in|lets (himself|herself|themselves) in)',
      '(in case|incase|scared|afraid|terified|frightened|worried|petrified|fear|dread*) (that )?(he|she|they|hes|shes|theyve|hel|shel|my {partner}|him|her) (has |s |have |had |wil |l |might |could |would |ever |already )?(find|finds|found|track*|trace*|tracked) me( here| again| there)? $',
      '(said|says|told me|swore|promised|threatened|threatens|keeps saying|kept saying) ~ (hel|shel|hed|shed|he wil|she wil|theyl|theyd|he would|she would|hes going to|shes going to|hes gona|shes gona) (find|track|hunt) me (down )?(wherever|anywhere|no matter|whatever)',
      '(said|says|told me|swore|promised|threatened|threatens|keeps saying|kept saying) ~ (hel|shel|hed|shed|he wil|she wil|theyl|theyd|he would|she would|hes going to|shes going to|hes gona|shes gona) (find|track|hunt) me( down)? $',
      '{perp} ~~ (sends|sent|sending|posts|posted|texts|texted|shows|showed) ~~ (photos|pictures|pics|videos|a photo|a picture|a video|a pic) (of )?(me|my|our) ~~ (taken|from) ~~ (across the (road|street)|outside|through (the|my) window|at night|without me knowing|from (his|her|their) car)',
      '(texting|texts|texted|messag*|says|said|tels me|told me|keeps saying|note|notes) ~~ (hes|shes|he is|she is|theyre|they are|hel|shel) (always |stil |is )?watching( me| you| u| ur every move| your every move| every move)? $',
      '(texting|texts|texted|messag*|says|said|tels me|told me|keeps saying|note|notes) ~~ (hes|shes|he is|she is|theyre|they are|hel|shel) (always |stil |is )?watching (me|you|u|ur every move|your every move|every move) & (ex|blocked|number|numbers|scared|afraid|creep*|{perp})',
      '(new|different|another|fake) (number|numbers|sim|sims|account|accounts) (every|each) (week|day|month|time|few days) & (ex|texting|messag*|calls|caling|blocked|watching|{perp})',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A tracker found hidden in my things (not one I put there myself).',
    victim: 'self',
    unless: ['(i (put|placed|stuck|attached|added|bought|hid) (it|one|them|an airtag|a tracker)|(put|placed|stuck) it there (myself|my self)|my own (airtag|tracker)|(lost|losing|lose) my (keys|luggage|suitcase|bag|wallet)|for my (keys|luggage|suitcase|dog|cat|bike)|(lost|losing) (luggage|bags))'],
    patterns: [
      '(found|find|discovered|there was|there is|theres|spotted|noticed) (an|a|his|her|their) (airtag|air tag|tracker|gps tracker|tracking device|tile tracker) ~ (in|on|under|inside|into|hidden in|sewn into|sewn in|stitched into|taped (to|under|inside)|tucked (in|into|inside)) ~ (my|the|our)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control told plainly: my phone kept from me, only allowed at work or home, asking permission, a car disabled so I cannot go, an escape bag hidden from him.',
    victim: 'self',
    unless: ['(surprise|party|gift|present|birthday|proposal|propose|christmas|anniversary|drunk|drinking|tipsy|over the limit|seizure|epilep*|licence|license|insurance|mechanic|garage|broke down|repair|curfew|grounded|my (mom|mum|dad|parents|boss|manager|teacher)|policy|agreed|we both|mutual)'],
    patterns: [
      '{perp} ~ (has|keeps|holds|takes|took|confiscates) my (phone|mobile) (most of the time|al the time|at al times|most days|every night|when (hes|shes|he is|she is) (home|out|at work))',
      '(only|just) (supposed|allowed|permitted|meant) to (be|go) ~ (work|home|the shop|the shops|church|school|the gym) (or|and) (home|work|back|the shop|school|church)',
      '(make|makes|made|making) (you|u|me) ask (for )?((his|her|their) )?permision (to|before|for)',
      '(takes|taking|took|removes|removing|removed|hides|hiding|hid|pulls|pulled|disconnects|disconnected|disables|disabled|locks|locking|keeps|keeping|confiscat*|deflat*) ~~ (battery|keys|car|tyres|tires|wallet|shoes|money|phone|purse|cards|bike|pasport) ~~ so (i|that i|im) (cant|couldnt|cannot|can not|wont be able to|am not able to) (go|leave|drive|get|see|get out|escape|cal)',
      '(bag|go bag|suitcase|holdal|pasport|pasports|birth certificates|documents|cash) ~~ (hidden|hid|hide|hiding|packed|stashed|stash|behind|under) & (he|she|they|{partner}) (cant|can not|must not|mustnt|cannot|can never) (know|find out|find it|see it|find them|find)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Violence said sideways: "you make me do this" with an injury, a weapon held through arguments, things thrown ("it mostly missed"), the door barricaded at night, hit with no subject named.',
    victim: 'self',
    unlessNear: ['(cook*|chop*|carv*|slic*|dinner|recipe|dice|dicing|peel*|veg|onion*|pilow|baby|toddler|pregnan*|bump|asleep|dog|cat|horse|tantrum|toys)'],
    unless: [SPORT, SELF_INFLICTED, THROWN_IN_PLAY, THROWN_NOT_AT_ALL, '(playful*|as a joke|jokingly|wrestl*|tickl*|on the back|throws (things|stuff|whatever|anything) (away|out|in the (wash|bin|trash|washing))|threw (things|stuff) (away|out)|(play|playing|played|plays) catch|peace and quiet|work cal|snor*|me time|zoom|(watches|watching|watch) (football|the football|tv|the tv|telly|the telly|the game|the match|sport|films)|the noise|lol|haha)'],
    patterns: [
      '((you|u) (make|made|makes) me (do this|do it|do that|do $|do these things|act like this|hurt you|hit you|lose it|lose my temper)|look what (you|u) (made|make) me do) & (swolen|bruise*|lip|black eye|marks|bleed*|bled|slap*|punch*|then (he|she|they) did it|did it again)',
      '{perp} ~ (holds|held|holding|picks up|picked up|grabs|grabbed|waves|waved|brandish*|sharpens|sharpening|gets out|got out|takes out|took out|plays with|playing with) ~ {weapon} ~~ (while|when|whenever|during|as|every time) (we|i|he|she) ~ (argue|argued|arguing|fight|fighting|row|rowing|disagree|shout*|yel*)',
      '{weapon} ~~ (stares|staring|stared|glares|glaring) at me',
      '{perp} ~ (just |only |sometimes |always |often |stil |mostly )?(throws|threw|chucks|chucked|hurls|hurled|lobs) (things|stuff|objects|plates|glasses|cups|mugs|whatever|anything) & (angry|mad|rage|raging|temper|fight|fights|argu*|row|rows|mised|at me|at my|drunk|violent|kettle|plates|glass|glasses|mug|mugs|remote|not violent|kicks off|loses it)',
      '(threw|throws|thrown|chucked|hurled|lobbed) & it (mostly|just|barely|narowly|only just) mised',
      '(chair|wedge|door wedge|dreser|chest of drawers|wardrobe|furniture|bolt) ~ (under|against|behind|in front of) (the|my|our|a) (handle|door|doorknob|door handle|bedroom door) & (because of (him|her|them|my {partner})|(scared|afraid|terified|frightened) (of )?(him|her|he|she)|in case (he|she)|so (he|she) (cant|doesnt|wont)|when (hes|shes|he is|she is|he|she) ~ (drunk|drinking|home|angry|mad|raging|in a mood|in one of (his|her) moods))',
      '(lock|locked|locking|barricad*) (myself|us|ourselves|me) (and (the|my|our) (kids|children|son|daughter|baby|boys|girls|dog) )?in ~~ (when|because|until|til|whenever|every time|so) (he|she|hes|shes|my {partner})',
      '(slaped|punched|choked|strangled|backhanded|headbuted|smacked|kicked) me (in front of|across the (face|room|kitchen)|in the (face|head|stomach|mouth|eye|ribs|jaw|chest)|so hard)',
      '(bruise|bruises|black eye|marks|split lip|swelling) (on my ~ )?(are|is|have|has) ~ (fading|healing|gone|going down|almost gone) & (were|we are|things are|its|hes|shes|he is|she is) ~ (doing|being|getting|going|been)? ?(better|good again|back to normal|nice again|calm again|sweet again|so sweet|so nice|on (his|her|their) best behaviour)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Covered in bruises, with the partner in the message (not from sport, falls or kisses better).',
    unless: [SPORT, '(roler derby|derby|rugby|hockey|football|gym|climbing|boulder*|kis* ~ beter|skat*|bike|fel|tripped|clumsy|tattoo|training|hike|hiking|garden*|moving house|anaemi*|anemi*|blood thin*|bruise easily|bruise so easily)'],
    patterns: ['(covered in|full of|lots of|so many) bruises & ({perp}|him|her)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Someone else\'s partner pushing them around, blacking an eye or holding all their money ("my sister\'s husband manages all her money, she has to ask him for bus fare").',
    victim: 'other',
    unless: [SPORT, MEDIA_ABOUT, '(acident*|by mistake|skiing|bike|climbing|trampoline|match|tackle|we agreed|she asked|he asked|they agreed|accountant|financial advisor|better with money|debt plan)'],
    patterns: [
      `${THEIR_NEW_PARTNER} ~ (pushes|pushed|shoves|shoved|knocks|knocked|throws|threw|slaps|slapped|drags|dragged|pushing|shoving|knocking|throwing|dragging) (her|him|them) (around|about|down|into|against|over|round)`,
      `${THEIR_NEW_PARTNER} ~ (gave|gives|given|left) (her|him|them) (a |another |two )?(black eye|black eyes|split lip|fat lip|bruises|concussion|stitches|bloody nose|broken (nose|arm|wrist|rib|ribs|jaw|finger))`,
      `${THEIR_NEW_PARTNER} ~~ (manages|controls|takes|keeps|handles|has) (al )?(of )?(her|his|their) (money|wages|pay|cards|card|bank|finances|salary|benefits) & ((has|have|must|needs|need) to ask (him|her|them) (for|before|if)|bus fare|allowance|(couldnt|cant|wasnt allowed to|isnt allowed to|not allowed to) (go|see|come|buy)|wont let (her|him|them)|(he|she) said (she|he) (couldnt|cant) go)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'A threat timed to tonight or to his coming home ("ur dead when i get home", "when he gets home hes going to finish this"), a threat from the next room, or an ex on his way to where I am hiding.',
    victim: 'self',
    hyperbole: true,
    unless: ['(mess|dishes|vase|grades|report card|haircut|dres|borow*|spoil*|finale|forgot|forget|late again|ate|eat|shopping|tattoo|surprise|birthday|anniversary|gift|present|puzzle|game|episode|season|book|jk|mum|mom|dad|parents|boss|teacher|coach)'],
    patterns: [
      '(said|says|saying|keeps saying|told me|tels me|texted|texts|texting|text|mesaged|screamed|yeled|shouted|warned|swore) ~~ (im|i am|ur|youre|you are|u r|your) (so )?dead (when|once|as soon as|after|the (second|minute|moment)) (he|she|they|i|we|u|you) ~ (gets|get|comes|come|back|home|in)',
      '(said|says|told me|tels me|texted|texts) ~~ (when|once|as soon as|after) (he|she|they) ~ (gets|get|comes|come) (home|back|in) ~~ ((im|i am|ur|youre|you are|u r|your) dead|(hes|shes|he is|she is|theyre|hel|shel|he wil|she wil) (going to|gona|gonna)? ?(finish (this|it|me|you) $|end (this|it|me|you) $|kil me|deal with me|sort me out))',
      '(when|once|as soon as) (he|she|they) ~ (gets|get|comes|come) (home|back|in) ~~ (said|says|texted|texts|told me) ~ (im|i am|ur|youre|you are|u r) dead $',
      '(saying|says|said|shouting|screaming|yeling|keeps saying) ~~ (hes|shes|hel|shel|he wil|she wil|he is|she is|theyre|theyl) ~ (going to|gona|gonna|about to|wil)? ?({kill}|hurt|beat|strangle|stab) (me|us) & (next room|other room|downstairs|upstairs|(in|from) the (kitchen|hal|hallway|bedroom|garden|living room|landing)|outside (the|my) door|when (he|she) (finishes|is done|sobers)|after (his|her) (drink|drinks|beer|beers)|in (an|a|#) (hour|hours|minutes|mins)|on (his|her) way)',
      '(knows|found out|worked out|figured out|knew) (where|which) ~ (staying|living|hiding|live|hotel|house|flat|refuge) & (on his way|on her way|on their way|coming (over|here|round|for me|to get me)|heading (here|over)) & (left (him|her|them)|broke up|split|ex|restraining|refuge|shelter|scared|afraid|terified|hiding|blocked|moved out|fled)',
      '(hiding|hid|hide) (at|in|from|with|under|behind) ~~ (looking for me|searching for me|driving (round|around)|trying to find me|hunting for me) & (he|she|hes|shes|{partner})',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Fear said softly: tiptoeing, rehearsing what to say so he does not blow up, clocking the exits, eggshells at home, not feeling safe when she drinks, a knot in the stomach at his car, unsure I am allowed to go, all my passwords wanted.',
    victim: 'self',
    // The speaker says the slammed door did not frighten them: "went for a drive to cool off. wasn't scared, just annoyed".
    unlessNear: ['(wasnt|was not|im not|i am not|werent|never) (realy |even |at al )?(scared|afraid|frightened)'],
    unless: ['(fire|plane|flight|cinema|theatre|theater|concert|claustrophob*|crowd*|stadium|festival|fire drill|in laws|inlaws|mother in law|father in law|boss|manager|coworkers|colleagues|teacher|roommate|flatmate|excited|butterflies|cant wait|surprise|venue|dress code|plus one|company|policy|visa|airline|landlord|covid|netflix|streaming|wifi|lol|haha)', '(how|want|wana|trying) (do i |can i |to |can we |do we )?(stop|quit) walk* on egshels', '(my|our) (mom|mum|dad|parents) (says|said|wont|is)'],
    patterns: [
      '(tiptoe|tiptoes|tiptoeing|tiptoed|tip toe|tip toes|tip toeing) (around|round) (him|her|them|my {partner}|his moods|her moods)',
      '(rehearse|rehearsing|rehearsed|rehearses|practise|practice|practising|practicing|script|scripting|plan|planing|planned) (what|how|exactly what|everything|every word|every conversation|my words) ~~ (say|tel|ask|word|bring up|phrase) ~~ (so|in case|or) (he|she|they|my {partner}) (doesnt|wont|dont|does not|wil not|isnt|wouldnt) ((get|go|fly) ~ (angry|mad|off|upset|furious|mental|of the handle)|blow up|explode|kick off|lose it|snap|flip out|flip)',
      '(check*|clock*|know|knowing|look* for|scan*|note|noting|plan*|map*|always know) ~ (where the exits|the exits|exits|escape route|escape routes|a way out|the nearest exit) & (he|she|hes|shes|him|her|{partner}) & (angry|mood|moods|temper|look|dark|drunk|mad|rage|patch|patches)',
      'walk* on egshels ~~ (at home|every (second|day|minute|hour)|constantly|al the time|around (him|her|them|my {partner}))',
      '(dont|do not|never|cant|no longer) (feel|feeling|felt) ~ safe (around|with|near|when) ~ (him|her|them|my {partner}|hes|shes)',
      '{perp} ~~ (drunk|drinking|angry|mad|temper|intense|rage|raging) & (dont|do not|never|cant) (feel|feeling|felt) (totaly |completely |fully |entirely |realy |very )?safe',
      '((knot|knots|pit) in my stomach|stomach (drops|dropped|knots|in knots|turns|churns|sinks)|heart (races|pounds|sinks|starts racing)|i (tense up|freeze|go cold|feel sick)) & (hear|heard|hearing|see|seeing) (his|her|their) (car|truck|van|keys|key|footsteps|steps|voice)',
      '(not sure|dont know|wondering|wonder|unsure|no idea) (if |whether )?(im|i am|il be|i wil be|id be|i would be) (even |realy |actualy |stil )?(allowed|permitted|let) to (go|see|visit|attend|have|wear|text|cal|meet|spend|leave) & (he|she|they|him|her|{partner})',
      '{perp} ~ (wants|demands|demanded|asks for|asked for|insists on|insisted on|wanted|expects|needs) (al )?(of )?my (paswords|passcodes|logins|pins)',
      '(punched|punches|punching|kicked|kicks|smashed|smashes|hit|hits|slamed|slams|thumped|bangs|banged) (the|a|his|her|my|our) (dashboard|dash|steering wheel|table|cupboard|cabinet|window|mirror|wal|door|windscreen|windshield|counter|fridge) & (flinch*|scared|afraid|terified|shaking|froze|freeze|jumped|cowered)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Reaching, or almost reaching, a domestic-abuse line or refuge (working or volunteering for one is blanked by SAFE_PHRASES).',
    patterns: [
      '{contacted} (the|a|that|some|an|another|my local) (domestic violence|domestic abuse|dv|abuse) (line|lines|hotline|helpline|service|people|advocate|advocates|center|centre|refuge|shelter|chat|charity)',
      '{contacted} (the|a|that|some|an|another|my local)? ?(womens aid|mens advice line|refuge|shelter|womens refuge|womens shelter|dv advocate|idva)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control through health: my meds, inhaler, oxygen or wheelchair kept from me, handed back when I have behaved or taken away because I rang someone.',
    victim: 'self',
    unless: [`(${HEALTH_CARE_OK})`, '(repair*|replac*|fix*|servic*|engineer|technician|mechanic|new one|puncture|flat tyre|flat tire)', '((away from|out of reach of|safe from|because of) (the |our |my )?(kids|children|toddler|baby|grandkids|grandchildren|dog|dogs|puppy)|child (proof|lock)|childproof)'],
    patterns: [
      `{perp} ~ (keeps|kept|locks|locked|hides|hid|hidden|takes|took|taken|holds|held|has|withholds|withheld|withholding|rations|rationed|rationing|wont give me|wont let me have|doesnt give me|hasnt given me|didnt give me|refuses to give me|refused to give me|stopped giving me|stops giving me|took away|takes away|removed|removes|confiscat*|got hold of|gets hold of|flushed|flushes|binned|threw away|throws away|moved|moves|put|puts) ~ my ${HEALTH_AID} & ${HEALTH_COERCION}`,
      `{perp} ~ (withholds|withheld|withholding|rations|rationed|rationing) ~ my ${HEALTH_AID}`,
      `{perp} ~ (wont|refuses to|refused to|wouldnt|stopped|wont let me) (take|drive|bring|go) (me )?to (my )?(dialysis|chemo|appointment|appointments|doctor|doctors|gp|hospital|physio|therapy|clinic|scan|pharmacy|infusion|treatment) & ${HEALTH_COERCION}`,
      '(took|takes|taken|taking|removed|removes|pulled|pulls|unplugged|unplugs|disconnected|disconnects|hid|hides|drained|drains) ~ (the )?(battery|batteries|charger|charging cable|cable|key|keys|controller|joystick|wheels|footplates|tubes|tubing|mask) (out of|from|of|off) my (wheelchair|powerchair|chair|mobility scooter|scooter|hearing aid|hearing aids|oxygen|concentrator|pump|cpap|ventilator|walker)',
      `{perp} ~ (takes|took|taken|taking|removes|removed|pulls|pulled|unplugs|unplugged|hides|hid|disconnects|disconnected|drains|drained) ~ (the |my )?(battery|batteries|charger|controller|joystick) (out|off|away) & (wheelchair|power chair|powerchair|mobility scooter|electric chair) & (stuck|stranded|trapped|cant (move|get|go|leave)|al day|for hours|for days|${HEALTH_COERCION})`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A threat to switch off or take away something I need to live (oxygen, a pump, insulin) if I ring anyone or leave.',
    victim: 'self',
    patterns: [
      '(switch|turn|shut|cut|unplug|pul|take) ~ (it|them|my (oxygen|ventilator|cpap|pump|feed|machine|concentrator|insulin|tubes)) (of|out|away) & (oxygen|ventilator|cpap|concentrator|insulin|pump|feeding tube|dialysis) & (if i|unless i|threat*|{perp})',
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'The same life-support threat with him in the next room or on his way.',
    victim: 'self',
    patterns: [
      '(switch|turn|shut|cut|unplug|pul|take) ~ (it|them|my (oxygen|ventilator|cpap|pump|feed|machine|concentrator|insulin|tubes)) (of|out|away) & (oxygen|ventilator|cpap|concentrator|insulin|pump|feeding tube|dialysis) & (if i|unless i|threat*) & (next room|other room|downstairs|upstairs|on (his|her|their) way|home in|back in|any minute)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Drugged in secret: tablets crushed or something slipped into my food or drink, and I am drowsy or did not know.',
    victim: 'self',
    unless: ['(cant swallow|can not swallow|cannot swallow|trouble swallowing|hard to swallow|easier to swallow|swallow (them|it|pills|pils|tablets)|i asked|prescribed|doctor (said|says|told|suggested)|nurse (said|says|told|suggested)|pharmacist|club|bar|night out|festival|stranger|some (guy|man|girl|woman))'],
    patterns: [
      '{perp} ~~ (crush*|slip*|mix*|put*|sneak*|snuck|stir*|grind*|ground|spik*|dissolv*|lac*) ~ (tablets|pils|pil|something|stuff|meds|medication|sedatives|sleeping pils|sleeping tablets|powder|drops|drugs) ~ (in|into) my (food|soup|tea|coffee|drink|drinks|dinner|meals|meal|water|juice|wine|porridge|breakfast|cereal|smoothie|tea) & (drowsy|sleepy|groggy|out of it|woozy|dizzy|knocked out|cant stay awake|stay awake|sleep (al day|for hours)|without (me knowing|telling me|asking)|secretly|behind my back|saw (him|her|them)|caught (him|her|them)|didnt know|dont know what|sedat*|foggy|confused)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Reproductive coercion: made to end or keep a pregnancy, a baby "whether I like it or not", my pill or condoms binned.',
    victim: 'self',
    unless: ['(my|our|his|her) (mum|mom|mother|dad|father|parents|in laws|inlaws|mother in law|grandma|nan|family|church|doctor|gp) (is|are|keeps|keep|s|wont stop)? ?(pressur*|push*|nag*|making|forcing|want*|going on)', '(lol|haha)'],
    unlessNear: ['(puppy|kitten|dog|cat|plant|haircut|beard|sofa|couch|car|tattoo)'],
    patterns: [
      '{perp} ~ (making|makes|made|forcing|forces|forced|pressuring|pressures|pressured|pushing|pushes|pushed|bullying|bullies|bullied|coercing|coerced|ordering|orders|ordered) me (in)?(to )?(have (an|the|a) (abortion|termination)|abort|terminate|end the pregnancy|keep the (baby|pregnancy)|get pregnant|have (a|his|her|another|their|the) (baby|child|kid)|stop (taking )?(the pil|my pil|birth control|contraception|my contraception))',
      '{perp} ~ (making|makes|made|forcing|forces|forced|pressuring|pressures|pressured|pushing|pushes|pushed|bullying|bullies|bullied|coercing|coerced) me (in)?(to )?(get rid of|keep) (it|the baby|the pregnancy) & (pregnan*|baby|abortion|clinic|termination|pils|weeks|scan|midwife|foetus|fetus|positive test|test was positive|bump|antenatal)',
      '(having|have|keep|keeping|get pregnant|getting pregnant|have another|try for) ~ (baby|child|kid|it|one|pregnant) ~ whether (i|you|u) ~ (like|want|agree|ready|say)',
      '{perp} ~ (hides|hid|hiding|throws away|threw away|throwing away|flushed|flushes|flushing|binned|bins|swapped|swaps|replaced|replaces|stole|steals|crushed) ~ my (pil|birth control|contraception|contraceptive pils|contraceptives|condoms|patch|morning after pil|plan b|nuvaring)',
      '{perp} ~ (hides|hid|hiding|throws away|threw away|flushed|flushes|binned|swapped|stole) ~ my pils & (baby|pregnant|pregnancy|contracepti*)',
      '{perp} ~ (stops|stopped|wont let|doesnt let|didnt let|wouldnt let|never lets|refuses to let|forbids|forbade|banned|bans) me (from )?(taking|take|using|use|getting|get|going on|go on) (my |the |any )?(contraception|contraceptive|contraceptives|birth control|pil|condoms|coil|implant|injection|morning after pil|plan b)',
      '(give|have|bear|produce) (him|her|them|his family|the family) a (son|boy|baby|child|grandson|heir) & (or (else|hel|he wil|shel|she wil|theyl|they wil|he|she|they)|if i (dont|cant|do not)|threat*|beat*|divorce me|another wife|second wife|send me back|throw me out|kick me out)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control over my health care: reading my patient portal or period app, screaming at me for asking the GP, keeping me from appointments, cancelling them so I cannot talk to anyone.',
    victim: 'self',
    unless: [`(${HEALTH_CARE_OK})`, '(interpret*|translat*|english|aphasia|my speech|fainted|faint|seizure|seizures|fall|fel|dizzy|blackout|blacked out|unwell|sick|for my safety|in case i)'],
    patterns: [
      '{perp} ~ (reads|read|checks|checked|goes through|went through|logged into|logs into|logs in to|has|took|changed|monitors|tracks|tracking|demands|looks at|looked at) ~ my (patient portal|nhs app|health app|medical records|medical notes|health records|gp messages|doctors messages|period tracker|period app|cycle app|period tracking app|fertility app|test results|blood results) & (scream*|yel*|shouted|angry|rage|furious|login|pasword|every (day|night|week)|lying|always|demands|contracepti*|to see if|punish*|accus*|interrogat*|jealous|behind my back|without)',
      '{perp} ~ (tracks|tracking|tracked|checks|checking|monitors|counts|counting|keeps track of|writes down|logs) ~ my (period|periods|cycle|cycles|pils|pil packet|ovulation) & (acus*|cheat*|scream*|yel*|angry|mad|pregnant|baby|demands|punish*|interogat*|interrogat*|question*|to make sure|every (day|month|night))',
      '(scream*|yel*|shouted|shouts|rage*|raged|went mental|goes mental|hit me|slapped me|punished me|furious|kicked off|kicks off) ~~ (for|because i|after i|when i|about me) ~~ (asking|asked|ask|seeing|saw|see|going to|went to|booked|booking|calling|called|caled|caling|rang|telling|told|talking to|spoke to) (the|my|a) (gp|doctor|nurse|midwife|clinic|therapist|counselor|counselor|health visitor|pharmacist|sexual health)',
      '{perp} ~ (wont|doesnt|never|refuses to|didnt|dont) (let|lets|alow|alows) me (go|to go|attend|see|book|keep|have|make) ~ (my )?(appointment|appointments|scan|scans|check up|checkup|antenatal|physio|therapy|therapist|chemo|dialysis|gp|doctor|doctors|hospital|clinic|midwife|counselor|counseling|dentist)',
      '{perp} ~ (cancels|cancelled|canceled|canceling|cancelling|cancel) ~ my (appointment|appointments|therapy|therapist|counseling|counselor|gp|doctor|doctors|hospital|scan|scans|physio|sessions|session|check up|checkup|antenatal|midwife) & (so i (cant|couldnt|wont)|behind my back|without (asking|telling)|again|every time|always|keeps|jealous|doesnt want|dont want|talk to anyone|punish*|wont let)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Always at my appointments and answering for me: the bot asks whether I am safe.',
    victim: 'self',
    unless: [`(${HEALTH_CARE_OK})`, '(interpret*|translat*|english|aphasia|my speech|stroke|cant (speak|talk)|nervous|overwhelmed|forget)'],
    patterns: [
      '(answers|answer|answered|speaks|speak|talks) (every question |al the questions |al questions |everything )?for me & (doctor|gp|nurse|appointment|appointments|midwife|hospital|social worker|health visitor) & ({perp}|him|her)',
      '(never|wont|doesnt|refuses to) (leave|let) me (alone )?(with )?(the )?(doctor|gp|nurse|midwife|health visitor|counselor|therapist) (alone|on my own|by myself)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control through accounts: passwords changed so I am locked out, logged into my email or Google to find me, my job interview cancelled so I stay dependent.',
    victim: 'self',
    unless: ['(helped|help|helps|helping) me', '(i asked|we both|we agreed|mutual|my idea|for me because i (forgot|cant))'],
    patterns: [
      '{perp} ~ (changed|changes|changing|reset|resets|resetting) ~ (the |my |al my |al the )?(pasword|paswords|pin|pins|passcode|passcodes|login|logins) ~~ (my|our) (bank|banking|bank acount|email|emails|phone|icloud|acount|acounts|apple id|google|laptop|banking app|app|card|socials|instagram|facebook) & (ask (him|her|them)|locked me out|lock me out|cant (get|log|acces|use)|without (telling|asking)|so i (cant|couldnt)|now (he|she|they)|only (he|she|they) (knows|know|has|have)|wont (tell|give)|money|allowance)',
      '{perp} ~~ (locked|locks|locking|shut|shuts) me out of my (own )?(email|emails|acount|acounts|bank|banking|bank acount|phone|icloud|laptop|socials|instagram|facebook|apple id|google|computer)',
      '{perp} ~~ (logged into|logs into|logging into|logged in to|logs in to|logging in to|logged in on|logged in|signing into|signs into|signed into|signed in to|has access to|had access to|got into|gets into|hacked|hacks|broke into|breaks into) ~ my (google|gmail|icloud|apple id|email|emails|acount|acounts|phone|snap|snapchat|instagram|insta|facebook|whatsapp|find my|maps|google maps|laptop|cloud|photos|bank|banking|netflix|spotify|uber|strava|amazon|fitbit|garmin|watch) & (see where|where im|knew where i|knows where i|know where i|found me|finds me|find me|turned up|showed up|tracking|tracked|where i (was|am|go|went)|my location|every minute|read (my|al my)|reads (my|al my)|cancel*|deleted|deletes|pretend*|messaged|messages people|posted|changed|locked me out|dependent|factory reset|spy*|watching|blocked|sent (himself|herself|themselves)|forwarded (himself|herself|themselves)|forwards (himself|herself|themselves)|copied|downloaded|quotes|quoting|uses (it|them|what) against)',
      '{perp} ~ (cancel*|sabotag*|ruined|ruins|turned down|turns down|declined|declines|deleted|deletes|withdrew|withdraws|quit) ~ (a|the|my) (job interview|interview|interviews|job offer|job application|job applications|application|applications|shifts|shift|course|exam|enrolment|enrollment|clases|training) & (so (i|id|i would|i wouldnt|i cant|i couldnt|i have|id have)|dependent|depend on|cant leave|stay home|wont let|jealous|without (asking|telling)|on my behalf|pretending|as me|from my (email|phone|acount))',
      '(stay|keep me|remain|be|stays) (financialy )?dependent on (him|her|them) & ({perp}|cancel*|sabotag*|wont let|so (i|id))',
      '{perp} ~~ (made|makes|forced|forces|make) me (give|add|put|register|set up|hand over|tell|share) ~~ (face id|fingerprint|thumbprint|passcode|password|passwords|pin|login|logins|face) & (open|unlock|get into|read|check|whenever|any time|anytime|so (he|she|they) can)',
      '{perp} ~ (posted|posts|posting|shared|shares|put|puts|leaked|leaks|published) ~ my (address|new address|home address|location|workplace|number|new number|phone number) ~~ (online|on (facebook|fb|instagram|insta|twitter|x|tiktok|reddit|snap|snapchat|whatsapp)|in (a|the) (facebook |whatsapp )?group|everywhere|for everyone) & (after i (left|moved|broke up|blocked)|ex|broke up|blocked|revenge|strangers|scared|harass*|turn up|turned up|found me|men (turning|turned|showing|came))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'He knows where I am without being told: a message about the cafe I am in when I never said where I was.',
    victim: 'self',
    unless: ['(surprise|party|birthday|proposal|we share|share (our )?locations|i posted|i shared|my story|checked in|tagged)'],
    patterns: [
      '(never|didnt|did not|hadnt|havent|had not|not) (told|tel|tell|said|say|mentioned|shared|posted) (him|her|them|anyone|anybody|my ex|my {partner}|a soul) where (i|id|im|i am|i was|i would) & ({perp}|ex) & (texted|text|messag*|knew|knows|called|rang|commented|sent|turned up|showed up|outside|how did|tracking|track*|found)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Fear of how the partner will react to ordinary things (my screen time, my going out, talking to a man): the bot asks whether I am safe.',
    victim: 'self',
    unless: ['(about|with|to|from|mention*|texted|messaged) (my|an) ex', '(afair|affair|cheat*|confess*|lied|lying|the truth|surprise|proposal|propose|gift|present|pregnan*|tattoo|crashed|bought|spent|dress|outfit|painting|drawing|essay|poem|song|writing|draft|cv|resume|new car|credit card bil|the bil|haircut|hair cut|lost my job|fired|grades|results|dent|scratch|broke (his|her)|bad news|the news|the dog|the cat|dinner|cooking|exam|promotion|move|moving|lol|haha)'],
    patterns: [
      // Showing him my phone, location or screen time ("screen time" itself is blanked as parenting talk, so any "my ..." counts).
      '(scared|afraid|terified|frightened|nervous|worried|dread*|anxious|panick*) (to|of|about) (show|showing|let|letting) (him|her|them|my {partner}) (see )?(my|where i) & (how (he|she|they|hel|shel|theyl|my {partner}) ~~ (react|respond|take it)|(kick|kicks|go|goes) off|lose it|loses it|what (he|she|they) (wil|would|might|l|d) do)',
      '(scared|afraid|terified|frightened|nervous|worried|dread*|anxious|panick*|scares me|terifies me|dont know) ~~ (how|what) (he|she|they|hel|shel|hed|shed|my {partner}|{partner}) ~~ (react|do|respond|be like|say|take it) & (went out|go out|gone out|going out|went to|was out|been out|screen time|location|my phone|phone|talked to|spoke to|talk to|talking to|texted|caled|visit*|lunch with|coffee with|drinks with|a man|a guy|any man|any guy|men|male|my (friend|friends|mum|mom|sister|brother|family|parents))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Upset the moment my location is off: the bot asks whether sharing is really a choice.',
    victim: 'self',
    unless: ['(hiking|hike|festival|road trip|i asked|we both|mutual|we agreed|worried|worries|worry|for safety|lost my phone|phone died|battery died|acident|crash|crashed|something (happened|bad)|safe)'],
    patterns: [
      '(if|when|whenever|every time|the (second|minute|moment)) (my )?(location|locations|location sharing|find my|find my friends|tracking|life360|snap map|gps) (is|s|goes|gets|was|turns|went|is turned|s turned|gets turned|was turned|is switched|gets switched|was switched)? ?(of|off) & (weird|funny|strange|off with me|upset|mad|angry|cold|moody|sulk*|panic*|question*|interogat*|interrogat*|calls|rings|spam*|blows up|freaks|kicks off|acus*|goes quiet|silent treatment|shouts|yel*|scream*|rage|punish*|gril*|mental|go off|goes off|lose it|loses it|kick off|crazy|nuts|# times|twenty times|nonstop) & ({perp}|him|her)',
      '(turn|turned|turns|switch|switched|switches|shut|put|have|had|keep|kept) (my )?(location|find my|location sharing|snap map|tracking|life360) (of|off) & (weird|funny|strange|off with me|upset|mad|angry|cold|moody|sulk*|panic*|question*|interrogat*|spam*|blows up|freaks|kicks off|acus*|goes quiet|silent treatment|shouts|yel*|scream*|rage|punish*|gril*|mental|go off|goes off|lose it|loses it|kick off|crazy|nuts|# times|twenty times|nonstop) & ({perp}|him|her)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Family and culture: beaten as "discipline", in-laws keeping me in the house, calls only with him listening, my SIM or the children\'s passports taken, the children threatened.',
    victim: 'self',
    unless: [MEDIA_ABOUT, SPORT, '(article|debate|history|historical|used to be legal|illegal|verse|scripture|sermon|lecture|essay|covid|quarantine|isolating|mask|chemo|contagious|doctors orders|doctor said|curfew|grounded|renew*|embassy|post office|application|visa appointment|holiday|trip|flight|airport|safe keeping|check in|safeword|kink*|consensual|roleplay|lol|haha)', 'my (mum|mom|dad|parents|stepdad|stepmom) (says|said|rules|wont|doesnt)'],
    patterns: [
      '(discipline|disciplines|disciplined|disciplining|correct|corrects|corrected|correcting|chastise*|punish|punishes|punished|punishing|beat|beats|hit|hits) (his|a|the|their|her) (wife|wives|woman|women|husband) & ((and )?(he|she|mine) (does|did|has)|with (his|her|their) (hands|hand|belt|fist|fists|stick|slipper|shoe|cane)|every (week|day|night)|almost every|on me|to me)',
      '{perp} ~ (disciplines|disciplined|disciplining|chastises|chastised|corrects|corrected|punishes|punished) me ~~ (with (his|her|a|the) (hands|hand|belt|fist|fists|stick|slipper|shoe|cane|cord|wire)|physicaly)',
      '(not|never|isnt|arent|wasnt) (alowed|permitted|let) (out of|to leave|to go out of) (the|my|our|this) (house|home|flat|apartment|compound) ~ (without|unles|except|alone|on my own|by myself) & ({perp}|him|her|his|parents|in laws|inlaws|mother in law|father in law|family|one of them)',
      '(cant|can not|cannot|not alowed to|never|not even alowed to) (even )?(cal|ring|phone|text|talk to|speak to|see|visit|facetime|video cal|meet) ~~ (without|unles) (him|her|them|my {partner}|hes|shes|he is|she is|they are|one of them) ~~ (on speaker|listening|listens|there|present|in the room|next to me|beside me|reading|checking|watching|sitting|being there|with me)',
      '{perp} ~~ (uses|used|using|set up|sets up|installed|instals|put|puts|hid|hidden|hides|checks) ~~ (baby monitor|camera|cameras|cam|cams|nanny cam|ring doorbell|doorbell cam|doorbell camera|recorder|voice recorder|recording app|listening device|alexa|echo|smart speaker) ~~ (listen|watch|see|spy|record|check|hear|monitor|grils|gril|questions|interogat*|interrogat*) ~~ (me|my|who i|what i|who visits me|when i|who comes)',
      '(not|never|isnt|arent|wasnt) (alowed|permitted|let) to (work|study|go to (work|school|colege|uni)|get a job|have a job|drive|learn to drive|leave the house|go out|see my (family|friends|parents)|have friends|have a phone|wear) ~~ because (he|she|they|his|her|my {partner}|my in laws|my inlaws|his family|her family|his parents|her parents|his mum|his mom|his mother|her mum|her mom|her mother)',
      '{perp} ~ (took|takes|has|kept|keeps|stole|steals|swapped|uses) my (sim|sim card|phone number|number) & (uses it|himself|herself|so i cant|cant (cal|ring|text)|without|now (he|she)|my cals|my texts|wont give)',
      '{perp} ~ (took|takes|taken|has taken|hid|hides|hidden|keeps|kept|locked away|locks away|confiscated|confiscates|stole|holds|is holding) ~ (their|the kids|the childrens|our kids|our childrens|the boys|the girls|our sons|our daughters|my|our|al our|the) (pasports|pasport|papers|documents|birth certificates|visa|visas|residence permit|residence permits|green card|brp) & (already|if i|unles i|threat*|never see|so (i|we) (cant|cannot|couldnt)|wont (give|let)|obey|send (them|the kids|our kids|the children)|deport*|without (his|her) (permision|say so)|refuses|trapped|stuck)',
      'never see (them|him|her) again & (kids|children|son|daughter|sons|daughters|{child}) & (if i|unles i|obey|hel|he wil|she wil|shel|threat*|pasport*|send (them|the kids|our kids|the children))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Family and culture said softly: permission from my spouse to see my own family, in-laws deciding where I work, a look that makes me careful.',
    victim: 'self',
    unless: ['(about|with|to|from|mention*|texted|messaged) (my|an) ex', '(wedding|holiday|restaurant|menu|dinner|lol|haha|school|college|uni|university|nursery|boss|manager|my (mom|mum|dad|parents|teacher) (says|said|decide*)|grounded|curfew|pizza|dessert|cake|food|hungry|puppy|horny|flirt*|cheeky|romantic|wants (sex|something)|budget|joint acount|spend*|over #)'],
    patterns: [
      '(have to|need to|must|got to|gotta|made to|has me|makes me|make me|expected to) (ask|get|have|seek) (for )?my ({partner})s (permision|ok|okay|approval|blesing|say so) (to|before|for|if)',
      '(need|needs|have to have|must have|require|requires) my ({partner})s (permision|ok|okay|approval|blesing|say so) (to|before i|before i can) (see|visit|go|leave|cal|text|talk to|meet|wear|work|get a job|have friends|drive|speak to|pray|study)',
      '(decide|decides|decided|control|controls|controled|dictate|dictates|choose|chooses|chose) ~~ (where|whether|if|who|what|when) i (can |am alowed to |may |get to )?(work|go|see|wear|live|study|talk|pray|visit) & (family|parents|mother|father|in laws|inlaws|mother in law|father in law|{perp}) & (everything|even|every)',
      '(gets|get|got|has|gives|gave|giving|had) (a|that|the|this|his|her) (certain |particular |dark |funny |cold |scary |weird |strange |specific |angry )?(look|stare|glare|face|tone|expression) & (careful|quiet|scared|afraid|nervous|shaking|tense|freeze|watch (what|myself)|egshels|shrink|keep my head down|under my pilow|lock) & ({perp}|him|her) & (when i (talk|speak|look|smile|laugh|dance|text|mention|see|go)|if i (talk|speak|look|smile|laugh|go|text)|after (a few|some|his|her) (drinks|beers)|drink*|drunk|any (man|men|guy|guys|woman|women|girl|girls)|other (men|guys|women|girls)|male|to (a|any|another) (man|guy|woman|girl))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Someone else\'s partner or in-law hurting them: dragged by the hair, slapped by a brother-in-law, her ex sending photos of her front door.',
    victim: 'other',
    unless: [MEDIA_ABOUT, SPORT, '(on the back|choked on|choking on|by acident|acidentaly|high five|playful*|as a joke|jokingly|lol|haha|mosquito|a fly|wasp)', '(i|id|i could|i wil|i want to|i wana) (could |would |wil |want to |wana |am going to |gona )?({kill}|strangle|strangl*|slap|punch|murder|smack|throttle)'],
    patterns: [
      '(brother in law|brother inlaw|sister in law|sister inlaw|son in law|daughter in law|bro in law|sis in law) (always |often |still |also |even |just |regularly |sometimes |has |had |has been |keeps )?({hit}|drags|dragged|pushes|pushed|shoves|shoved) (my sister|my brother|my daughter|my son|my sis|her|him|them)',
      '(drags|dragged|dragging|pulls|pulled|pulling|yanks|yanked|yanking|grabs|grabbed|grabbing|hauls|hauled) (her|him|them) ~~ by (the |her |his |their )?(hair|throat|neck) & ({partner}|{perp}|in law|inlaws)',
      '(ex|exs|ex boyfriend|ex girlfriend|ex husband|ex wife) ~~ (sends|sent|sending|texting|texts|texted|posts|posted|messag*) ~~ (photos|pictures|pics|videos|a photo|a picture|a video|a pic) (of )?(her|his|their) ~~ (front door|door|house|flat|car|window|street|work|kids|office|bedroom) & (taken|from across|outside|at night|without|across the (road|street))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'A threat to kill me remembered, with him home within the hour or tonight.',
    victim: 'self',
    hyperbole: true,
    unless: ['(mess|dishes|vase|grades|spoil*|finale|forgot|forget|late again|ate|eat|shopping|tattoo|haircut|surprise|birthday|anniversary|gift|present|jk|lmao)'],
    patterns: [
      '(said|says|told me|swore|threatened|promised) ~ (hed|hel|he would|he wil|shed|shel|she would|she wil|theyd|theyl|he was going to|she was going to|that he would|that she would) ({kill}|hurt|beat|strangle) me & ((home|back|here) ~ (in (an|one|a|#|half an|two|a couple of|a few) (hour|hours|minutes|mins)|tonight|soon|any minute)|when (he|she|they) (gets|get) (home|back|in))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats to expose me (my new address to my family, that I am gay, my visa status) unless I come back or obey.',
    victim: 'self',
    unless: ['(lol|haha|jk|lmao|surprise|birthday|party|forgot|forget|spoiler)'],
    patterns: [
      `${WILL} ~~ (send|tel|show|out|expose|give|report) ~~ (my|your|ur) ({partner}|parents|family|familys|mum|mums|mom|moms|dad|dads|boss|work|church|community|mosque|temple|kids|landlord|employer|school|uni) & (unless (i|you|u)|or else|if (i|you|u) (dont|leave|go|block|tel|report|break up|split up|end (it|things)|dump (him|her|them))) & (address|location|where (i|you|u) (live|am|are|work|stay)|gay|lesbian|bi|bisexual|trans|queer|pregnant|abortion|secret|secrets|pics|photos|nudes|video|videos|screenshots|messages|texts|chats|everything|affair|visa|papers|immigration|status|illegal|undocumented|diagnosis|hiv|meds|therapy|sex work)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Seventh round: violence in light-verb and passive grammar ("he give me a slap", "got hit by her"), threats to make me disappear or end my career, punished for what he finds on the phone, keys and gates kept so I cannot leave, my pension taken over.',
    victim: 'self',
    // A door locked at night for a child who sleepwalks or a parent with dementia.
    unlessNear: ['(sleepwalk*|dementia)'],
    unless: [SPORT, MEDIA_ABOUT, WRITING_ABOUT, THROWN_IN_PLAY, '(kick up the|kick in the (pants|butt|backside|arse)|slap on the (wrist|back)|high five|pat on the back|playful*|as a joke|jokingly|lol|haha|lmao|jk|by acident|acidentaly)', '(hit|knocked|run over|struck|pushed|shoved) (up )?by (his|her|their|a|the) (car|bike|van|truck|bus|ball|puck|door|ex)'],
    patterns: [
      // "he give me a slap", "she gave me a black eye", "my husband gives me beatings".
      '{perp} ~ (give|gives|gave|giving|given|has given) me (a |an |another |such a |some )?(hard |big |real |proper |few |good )?(slap|slaps|punch|punches|kick|kicks|smack|smacks|beating|beatings|hiding|thrashing|black eye|bloody nose|fat lip|split lip|backhand|headbut|bruise|bruises|shove|clip round the ear)',
      // "got hit by her", "was beaten by my husband", "being choked by him".
      '(got|get|gets|getting|been|was|were|being|am|im|keep getting) ({hit}|slapped|punched|kicked|choked|strangled|bitten|scratched|shoved|pushed|thrown|beaten up) (up |around |about )?by (her|him|my {partner}|my own {partner})',
      // Checked, then punished: "he goes through the browser history and I get punished".
      '{perp} ~ (checks|check|checked|goes through|go through|went through|reads|looks through|looks at|searches|monitors|scrols through) ~ (the|my|our) (browser|search|internet|cal|call|phone) (history|log|logs) & ((i|and i|then i) (get|got|am|m|wil be|il be) (punished|in trouble|hit|slapped|beaten|screamed at|shouted at|the silent treatment))',
      // Gates, the only key or the car kept so I cannot leave without her.
      '{perp} ~~ (keeps|kept|has|holds|hides|hid|takes|took) (the only|the|al the|every|both) (key|keys|car keys|gate key|spare key) & (so i (cant|cannot|can not|couldnt)|unles (she|he|they) (comes|come|is there|drives|lets)|without (him|her|them)|locks|locked)',
      // "he's taken over my pension", "she took over my benefits".
      '{perp} ~ (taken over|took over|takes over|has taken over|seized|seizes) (al )?my (pension|benefits|money|finances|bank acount|bank acounts|acounts|savings|wages|salary|disability payments|allowance)',
      '(have to|need to|must|had to|got to) ask (him|her|them|my {partner}) (for )?(cash|money|the money|every (penny|cent|pound|dollar)) (to|for|before)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Seventh round: stopped from driving or seeing family, the landline cut off (not a doctor\'s or the licensing agency\'s driving ban).',
    victim: 'self',
    unless: ['(doctor|doctors|gp|dvla|dmv|optician|consultant|neurologist) (said|says|told|stoped|took|banned|revoked|advised)', '(eyesight|my eyes|seizure|seizures|stroke|dementia|medical|medication|licence|license|drink driving|drunk driving|points|ban|banned|doctor|gp) ~~ (driving|drive)', '(driving|drive) ~~ (eyesight|my eyes|seizure|seizures|stroke|dementia|medical|medication|licence|license|insurance|points|ban|banned|doctor|gp)', '(bil|bils|cost|expensive|scam|scams|scamers|fraud) ~~ (landline|phone line|internet|wifi)', '(landline|phone line|internet|wifi) ~~ (bil|bils|cost|expensive|scam|scams|scamers|fraud)'],
    patterns: [
      '{perp} ~ (stopped|stops|stoped|stop|wont let|doesnt let) me (from )?(driving|working|going out|seeing my (family|friends|kids|children|grandkids|grandchildren|daughter|son))',
      '{perp} ~ (disconnected|disconnects|cut off|cuts off|unplugged|unplugs|removed|removes|took out|takes out) the (landline|phone line|house phone|internet|wifi|router) & (so (i|that i) (cant|couldnt|cannot)|because|says|said|poison*|against (him|her)|talk to|cal|ring)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Seventh round, said softly: asking my husband permission for everything, wanting to know where I am and who I talk with, calls only with them sitting beside me, the look when I am late, the phone read while I shower and I stopped seeing friends.',
    victim: 'self',
    unless: ['(about|with|to|from|mention*) (my|an) ex', '(my (mom|mum|dad|parents|mother|father|boss|manager|teacher|coach) (always |just |stil )?(want|wants|needs|need|has|have) to (know|check))', '(lol|haha|for (my )?safety|when im (hiking|traveling|travelling|driving|out late)|late at night|(he|she|they|hes|shes) (is |s |gets |get |was |were )?(worried|worries)|surprise (party|for me)|we agreed|i agreed|agreed to|after the (afair|affair|cheating)|rebuild* (the )?trust|we both|mutual|each other|pick me up|give me a (lift|ride)|walk me (home|back)|meet me|colect me|knows im safe|know im safe)'],
    patterns: [
      '(have to|must|need to|should|always) (ask|asking|get) ~ (my )?({partner}|him|her) (for )?(permision|approval|his permision|her permision|his ok|her ok) (for|to|before|if) ~ (everything|anything|every|even)',
      '(ask|asking|get) (for )?(permision|approval) (from|of) (my )?({partner}) (for|to|before) ~ (everything|anything|every|even)',
      '({partner}|{perp}) ~ (always|constantly|alway|every (time|minute|hour)|al the time|need|needs|must|has to|demands to|insists on|want|wants|wanting) ~ (to )?(know|knowing|check|checking) (where i (am|go|was|went|be)|who i (talk|text|speak|see|am with|meet|chat|message)|who im (talking|texting|with|seeing|speaking))',
      '(can|may|alowed to|i) only (cal|ring|phone|text|talk to|speak to|see|visit|facetime|video cal) ~~ (when|if|while|with) (he|she|they|him|her|them|my {partner}|one of them|his (mother|mom|mum|family)|both of them) ~~ (listening|listens|listen|next to me|beside me|in the room|on speaker|present|watching|sit|sits|sitting|stand|stands|standing|hear)',
      '(can|may|am alowed to|alowed to|i) ~ (cal|ring|phone|text|talk to|speak to|see|visit|facetime|video cal) ~~ only (when|if|while|with) (he|she|they|him|her|them|my {partner}|one of them|his (mother|mom|mum|family)|both of them) ~~ (listening|listens|listen|next to me|beside me|in the room|on speaker|present|there|watching|sit|sits|sitting|stand|stands|standing|hear)',
      '({perp}|him|her) ~~ (gets|get|give|gives|gave|has|had|shoots) (me )?(a|that|the|this) (look|stare|glare) & (excuses|explain myself|explaining myself|apologi*|say sory|saying sory|rehears*|justify*) & ((when|if|whenever|every time) (im|i am|i get|i come|i m|i was) (late|home late|back late|out late)|late (of|from|home|back))',
      '({perp}) ~ (looks at|looks through|goes through|goes on|checks|reads|unlocks|gets into) my phone (when|while|whenever|every time) (im|i am|i) ~ (shower|in the shower|asleep|sleeping|out|in the bathroom|not looking|away|at work)',
      '(upset|sulk*|cries|crying|moody|annoyed|huffy|pouts|pouty|guilt trip*|silent treatment|jealous|cold with me) ~~ (if|when|whenever|every time) i ~ (see|meet|go out with|hang out with|visit|spend time with|text|cal|am with) ~ (friends|mates|family|sister|brother|mum|mom|parents|coworkers|colleagues) & (stoped seeing|stopped going|dont see (them|my friends|my family) (anymore|much)|barely see|dont go out (anymore|much)|its easier|it is easier|not worth it|gave up (seeing|going)|checks my phone|looks at my phone|goes through my phone)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Seventh round: threats to make me disappear or end my career, a threat to stab or kill me said with the time in between ("she says when I get home she is going to stab me"), and knife photos texted to me.',
    victim: 'self',
    hyperbole: true,
    unless: [JOKE_THREAT, '((knife|knives|gun|guns|rifle|sword) (collection|collector|for sale|sharpener|block|set)|(new|bought a|buying a|sharpened (the|his|her|my)) (knife|knives|gun|rifle)|(chef|chefs|cooking|hunting|fishing|camping|pocket) (knife|knives|trip)|shooting (range|club))'],
    patterns: [
      // Threats to disappear me or end my career, whatever the condition.
      `${WILL} ~ (make (me|you|u) (disapear|vanish|go away for good)|make sure (nobody|no one) (finds|wil find|ever finds) (me|you|u)|end (my|your|ur) (career|job|life)|get (me|you|u) (fired|sacked|discharged|kicked out of the (army|forces|military|navy|job))|cost (me|you|u) (my|your|ur) (career|job|comision))`,
      `(threaten*|says|said|keeps saying) ~ (to )?(make (me|you|u) (disapear|vanish)|end (my|your|ur) (career|job))`,
      '(hel|shel|he wil|she wil|hes going to|shes going to|hes gona|shes gona|he is going to|she is going to|theyl|theyre going to) ({kill}|stab|shoot|strangle|slit|cut|gut) (me|my throat|us) & (he|she|they|{partner}) (says|said|told me|tells me|texted|texts|swore|swears|promised|warned me|keeps saying|threaten*)',
      '(texting|texts|texted|sending|sends|sent|send|keeps sending|keeps texting) (me )?(photos|pictures|pics|a photo|a picture|a pic|snaps|videos) of (the|a|his|her|a big|my|our) ~ ({weapon}|carving knife|kitchen knife|knives|gun|guns|bullets|rope|axe)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'Seventh round: that threat with me on my way home now.',
    victim: 'self',
    hyperbole: true,
    unless: [JOKE_THREAT],
    patterns: [
      '(hel|shel|he wil|she wil|hes going to|shes going to|hes gona|shes gona|he is going to|she is going to) ({kill}|stab|shoot|strangle|slit|cut) (me|my throat) & (he|she|they|{partner}) (says|said|told me|tells me|texted|texts|swore|swears|promised|warned me|keeps saying|threaten*) & ((driving|heading|going|walking|coming|on my way|on the way) (home|back) (now|right now|as we speak)|on my way (home|back)|almost home|nearly home|omw home|pulling (up|into) (the drive|the driveway|our street))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Physical harm beyond hitting: nails dug into my arm, pinching, fingers bent back, sat on so I could not move, hair pulled out, stamped on, burned with a cigarette, head held under water.',
    victim: 'self',
    unless: [SPORT, SELF_INFLICTED, SIBLING_SCRAP, '(braid*|plait*|hairdresser|brushing|during sex|in bed|kink*|consensual|safeword)', '(playful*|as a joke|jokingly|tickl*|wrestl*|play fight*|horsing around|by acident|acidentaly|by mistake|lol|haha|lmao|massage|acupressure|physio|reflexology|piercing|tattoo|injection|blood test|dentist|baby|toddler|puppy|kitten|our cat|the cat|our dog|the dog|in (his|her|their) sleep|sleepwalk*|cuddl*|kiss*)'],
    patterns: [
      '{perp} ~ (digs|dug|digging|dig|sinks|sank|sunk|presses|pressed|pressing|jabs|jabbed|jabbing|drives|drove|grinds|ground) (his|her|their) (nails|fingernails|thumb|thumbs|fingers|knee|knees|elbow|elbows|knuckles|teeth|heel|boot) (into|in) (me|my)',
      '{perp} ~ (grabs|grabbed|grabbing|grab|seizes|seized|takes|took) me by (the|my) (collar|shirt|throat|neck|jacket|top|hoodie|coat|jumper|sweater|face|chin|jaw|ear|ears)',
      '(pinned|pins|pinning|pin|slammed|slams|shoved|shoves|held|holds) me (up )?(to|against|on|onto) (the|a|our|my) (wall|floor|bed|door|ground|car|fridge|counter|table|sofa|couch|wardrobe)',
      '{perp} ~ (pinches|pinched|pinching|pinch|nips|nipped) my (arm|arms|leg|legs|thigh|thighs|side|sides|skin|neck|stomach|belly|back|waist|hand|hands|breast|breasts|chest) & (hard|bruise*|marks|til|till|until|so hard|when|whenever|every time|if|under the table|in front of|hurts|cry|cried|scream*)',
      '{perp} ~ (pinches|pinched|pinching|pinch|nips|nipped) me & (hard|bruise*|marks|til|till|until|so hard|when|whenever|every time|if|under the table|in front of|hurts|cry|cried|scream*)',
      '{perp} ~ (bent|bends|bending|bend|twisted|twists|twisting|twist|pulled|pulls|pulling|yanked|yanks|wrenched|wrenches|forced|forces) my (fingers|finger|thumb|thumbs|arm|arms|wrist|wrists|hand|hands) (back|backwards|behind (my|me)|up my back|til|till|until|so hard|the wrong way|so far)',
      '{perp} ~ (sits|sat|sitting|kneels|knelt|kneeling|kneeled|lies|lay|lying|lays|climbs|climbed) on (me|my (chest|back|stomach|legs|arms|face|head|neck|throat)) (so|until|til|till|and|to|when|while|if) ~ (i|me) ~ (couldnt|could not|cant|cannot|can not|breathe|move|get up|scream*|stop|hold me|stoped|gave up|pased out|blacked out)',
      // "so I couldn't breathe" is blanked as an idiom ("he smiled and I couldn't breathe"), which leaves a sentence end.
      '{perp} ~ (sits|sat|sitting|kneels|knelt|kneeling|kneeled|lies|lay|lying|lays) on (me|my (chest|back|stomach|neck|throat|face)) (so|until|til|till) $',
      '{perp} ~ (pulls|pulled|pulling|yanks|yanked|yanking|rips|ripped|ripping|tore|tears|tearing) (out )?(my|a chunk of my|chunks of my|clumps of my|handfuls of my|out my) hair',
      '{perp} ~ (drags|dragged|dragging|hauls|hauled|hauling) me (across|along|down|up|out of|through|into|round|around|over) ~ (floor|room|stairs|kitchen|hall|hallway|house|bed|car|garden|yard|street|flat|apartment|bedroom|bathroom)',
      '{perp} ~ (stands|stood|standing|stamps|stamped|stamping|stomps|stomped|stomping|treads|trod|trampled|tramples|kneels|knelt) on my (hand|hands|foot|feet|fingers|toes|chest|back|stomach|head|neck|face|ribs)',
      '{perp} ~ (burns|burned|burnt|burning|stubs|stubbed|puts|put) (out )?(me|his|her|their|a) ~ (cigarette|cig|fag|lighter|iron|hot spoon|cigar|spliff|joint) ~ (on|into|with) (me|my)',
      '{perp} ~ (burns|burned|burnt) me with',
      '{perp} ~ (holds|held|holding|pushes|pushed|pushing|forces|forced|shoves|shoved) my (head|face) (under|into|in) (the )?(water|bath|bathwater|sink|toilet|pool|pillow|pilow)',
      '{perp} ~ (bites|bit|bitten|biting) me (til|till|until|so hard|hard|and it bled|and drew blood|on (my|the) (arm|arms|face|neck|back|chest|hand|leg)|when|whenever|every time)',
      '{perp} ~ (scratches|scratched|scratching|claws|clawed|clawing|gouges|gouged) (at )?(me|my (face|arms|arm|neck|back|chest|eyes)) & (bled|bleed*|blood|marks|scars|when|whenever|every time|angry|rage|temper|fight|argu*|til|until)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'Seventh round: at my door right now, saying open up or he breaks it down.',
    victim: 'self',
    unless: ['(lol|haha|jk|lmao|pizza|delivery|package|parcel|landlord|neighbour|neighbor|police|cops|firefighter*|locked out|lost (his|her|my) keys|forgot (his|her|my) keys)'],
    patterns: [
      '(open|open up|let me in|come out|come down|come outside) ~~ or (hel|he wil|she wil|shel|il|ill|i wil|im going to|im gona|hes going to|shes going to|hes gona|shes gona) ~ (break|kick|smash|bust|knock|bash|burn) (it|the door|this door|down|in|it down|the door down|the door in|the windows|the window) & ({perp}|him|her|ex) & (here|outside|at the door|footsteps|banging|hammering|pounding|parking lot|car park|hallway|corridor|window|downstairs|right now|now)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Half-said: a partner who does things to me I do not like or want when drinking or angry (the bot asks what happens).',
    victim: 'self',
    // An example of the annoying things makes it plain: "like sing karaoke badly".
    unless: ['(like|such as|eg) (sing*|karaoke|cal*|text*|talk*|danc*|snor*|leave|leaving|spend*|watch*|play*|eat*|forget*|tel*|buy*|order*|shout* at the (tv|telly|game))'],
    patterns: [
      '({perp}) (does|did|makes me do|made me do|tries|tried) (things|stuf|stuff) (to me )?(i|that i) (dont|didnt|do not|did not) (like|want|agre to) ~ when (hes|shes|he is|she is|he|she|they|theyre|were) ~ (drinks|drinking|drunk|drank|high|angry|mad|raging|wasted|on something)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 9: a threat to hurt or kill a pet to control where I go or who I see.',
    // Not a grumble about the pet's own behaviour: "he'll get rid of the cat if it scratches the sofa again".
    unlessNear: ['(if|when|unless|til|until) (it|the (cat|dog|puppy|kitten)|she|he) (scratches|scratch|bites|bite|pees|poops|chews|barks|wees|keeps|does|wakes)'],
    patterns: [
      '(threaten*|swore|swears|said (hed|shed|theyd|he would|she would|they would|he wil|she wil|they wil|hel|shel|theyl)) ~ (throw|kil|hurt|drown|poison|get rid of|kick|stab|shoot|strangle) (my|our|the) (cat|dog|pet|puppy|kitten|rabbit|bunny|hamster|horse|parrot|bird)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 9: not wanting to go home because of what a partner is like when angry or drunk.',
    patterns: [
      '(dont want to|not sure i want to|scared to|afraid to|dreading|dread|terified to|cant face) (go|going|get|geting) home & (i know what (hes|shes|theyre|he is|she is|they are|he gets|she gets|they get) like|what (hel|shel|theyl|he wil|she wil|they wil|hed|shed|theyd) do)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 10: coercive control in everyday words: visas and papers as leverage, debt in my name, pills binned, permission to go out, scare driving, holes by my head, outing threats, care and mobility withheld, belongings destroyed as punishment.',
    // Round 26: papers hidden for a surprise trip.
    unlessNear: [SURPRISE_TRIP],
    // Every pattern names the speaker's own papers, money, body or belongings.
    victim: 'self',
    patterns: [
      '(one (phone )?call to|call|calls|calling|report me to|ring|rings) immigration',
      '(visa|visas|sponsorship|residency|immigration status|my status|green card) (is |are )?(tied to|depends on|depend on|in) (him|her|his|hers|them|his name|her name)',
      '(withdraw|cancel|pull) (the |my |his |her |their )?(sponsorship|visa|visas)',
      '(burn|burned|burnt|burning|rip|ripped|tore|torn|cut|hid|hidden|hides|destroyed|confiscated) (my|our) (papers|passport|passports|documents|visa|id card)',
      '(visa|papers|passport|status) ~ (his|her|their) leverage',
      '(credit card|credit cards|loan|loans|debt|debts|phone contract|overdraft|car finance) (in|under) my name & (never agreed|without (asking|telling|me knowing)|didnt agree|didnt know|forged|if i report|never signed)',
      '(my name) (isnt|is not|not) on (anything|the lease|the account|the accounts|the deeds|the house|the bank)',
      '(too stupid|not allowed|doesnt let me|wont let me|never let me) (to )?(have|get|use|keep) (a |my )?(bank card|bank account|card|money|my own money|my wages)',
      '(made|makes|forced|forces) me sign (over|away)',
      '(pill|pills|pill packet|contraception|contraceptive|birth control|implant) ~~ (in the bin|binned|flushed|threw away|threw out|throws away|hides|hid|hidden)',
      '(doesnt|dont|cant|not allowed to|never) go out without (his |her |their )?permission',
      '(drives|drove|driving|speeds|sped|speeding) ~~ (me begging|begging (him|her|them) to stop|to scare me|now youre listening|until i (apologise|shut up|agree))',
      '(hole|holes|dent|dents|punched|punches) ~~ (wall|door) (next to|beside|by|near|inches from) my (head|face)',
      '(wall|door) (next to|beside|by|near|inches from) my (head|face) ~~ (hole|holes|dent|dents|punched)',
      "(tell|out|expose) (my (parents|family|mum|mom|dad|boss|work|church)|everyone) (im|i am|that im|that i am) (gay|bi|trans|lesbian|queer) & (if i|unless i|threaten*|(says|said) (hell|shell|theyll|hed|shed|theyd|he will|she will|he would|she would|they will|they would))",
      '(hides|hid|takes|took|unplugs|unplugged|withholds|holds back|keeps back) (my |the )?(wheelchair|charger|chair charger|hearing aid|hearing aids|walker|insulin|meds|medication|glasses|crutches|mobility scooter|inhaler) & (when i|if i|unless i|because i|til i|until i|mouthy|what (he|she|they) wants|stuck)',
      '(camera|cameras) & (texts|texted|asks|asked|messages|rings|rang) me ~~ (asking why|why i|why was i|what i was doing)',
      '(he|she|they|{partner}) (smashed|smashes|broke|breaks|threw|throws|cut|cuts|burned|burnt|ripped|destroyed) (my|our) (phone|passport|laptop|glasses|clothes|ring|grandmothers ring|mums ring|things|stuff|belongings|photos) & (because i|when i|if i|made (him|her) do it|i made (him|her)|instead of|punish)',
      '(he|she|they|{partner}) (smashed|smashes|broke|breaks|threw|destroyed) mine & (made (him|her|them) do it|i made (him|her|them))',
      '(make sure|make certain) (i|you) (cant|cannot|wont be able to|can not) (walk|talk|see|work|move)',
      '(stood|standing|stands) over me ~~ (holding|with) (a|the|his|her) (kettle|knife|hammer|bat|bottle|pan|iron|belt)',
      '(pay for it|i paid for it|ill pay for it) when (i|he|she|we) (get|gets|got) (home|back)',
      '(shaved|cut|chopped|cut off) (my|all my) (hair|head) ~~ (while i|because i|as punishment|to punish|crying)',
      '(rang|called|emailed|told|messaged) my (boss|work|manager|employer) ~~ (i was|im|i am) (unstable|crazy|mad|a liar|on drugs|mentally ill)',
      '(what happens to|what (they|well|theyll) do to) (men|women|people|girls|boys|husbands|wives) who (disrespect|leave|cheat|dishonour|shame|embarrass)',
      '(not allowed|never allowed) (to wear |to go to |to have |to use )?(makeup|make up|the gym|friends|my phone|a phone|my own money|to work|to drive|short skirts|my own car) & (he|she|they|{partner}) (says|said|thinks|decides|doesnt let|wont let|only)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'imminent',
    note: 'Round 10: a threat for when he is home or awake, with a time.',
    patterns: [
      '(said|says|told me|texted) ~~ (i|you) (wont|will not|wouldnt) (see|make it to|live to see) (the )?(morning|tomorrow)',
      '(when (he|she|they) (wakes|wake|gets home|gets back|get home)) ~~ (finish this|finish what|deal with me|sort me out|explain yourself)',
      '(until|til|till) (im|he is|hes|she is|shes|i am) home to explain yourself',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 10: living around a partner\'s moods: checking in or else, bed early when he drinks, the look that means stop talking, visits kept quiet, friends dropped.',
    patterns: [
      '(have to|got to|must) (let (him|her|them) know|tell (him|her|them)) where i am ~~ (or|otherwise) (he|she|they)',
      '(when|if) (hes|shes|he is|she is|theyre) (drinking|drunk|angry|in a mood) ~~ (to be safe|just to be safe|stay out of (his|her|their) way|keep my head down|walk on eggshells|go to bed early)',
      '(gets|has|gives me) (this|that) look ~~ (i know to|i just know to|i have to|i stop) (stop talking|shut up|be quiet|go quiet|leave)',
      '(dont|never|do not) tell (him|her|them) (when|that) i (see|visit|met|meet|go to) (my )?(mum|mom|family|sister|brother|friends|parents|mates) & (easier|safer|not worth|or else|that way)',
      '(stopped|stopping) (going out|seeing (my )?(friends|family|mates|sister)) & (when i see|gets (really )?(intense|angry|jealous|funny|weird|upset)|because (he|she|they) (gets|get))',
      '(handles|controls|has|keeps) (all|al) (the|our) money & (dont know|no idea|not allowed|have to ask|never see)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 11: the one doing harm in their own words, as the screen retells them (screen-voices.ts): proof of where I am on demand, my phone and passwords taken over, his say over who I see, "he knows where I live now".',
    victim: 'self',
    unless: ['(we|both of us) (share|both|agreed)', 'mutual', '(for|on) (the|our) (holiday|trip|hike|run)', '(lost|forgot|forgets|forgotten) (my|his|her) (phone|password|keys)'],
    patterns: [
      '(send|share|give) (him|her|them|me) (my|your|ur) (location|live location|live pin|pin|address|call log|messages|password|passwords|passcode) (now|right now|immediately|or)',
      '(send|share) (a|your|ur|my) (live pin|live location|pic of where|photo of where|video of where) ~~ (or (hes|shes|he is|she is|im|i am) (coming|coming over|coming round)|now)',
      '(video call|facetime|face time) (him|her|them|me)? ?(now|right now) ~~ (show|prove|every room|who (im|i am|youre|you are) with)',
      'prove it ~~ (video call|facetime|face time|show (him|her|them|me) every room|send a (pic|photo|video))',
      '(screenshot|send|show) (him|her|them|me)? ?(my|your|ur) (call log|calls|messages|texts|chats|whatsapp|dms) ~~ (now|every|each|tonight|or)',
      '(why did it take|it took) (me|you|u) # (min|mins|minutes|hours|hrs) to (reply|answer|text back)',
      '(hes|shes|he has|she has|he have|she have|theyve|they have) (changed|reset) my (phone |email |bank |instagram |facebook )?(password|passwords|passcode|pin|login|logins)',
      '(hes got|shes got|he has|she has|he keeps|she keeps|hes keeping|shes keeping|he took|she took|hes taken|shes taken) my (passport|id|visa|papers|documents|birth certificate|bank card|cards|car keys|keys) ~~ (until|til|till|when i|if i|and (he|she) (wont|says|said)|back when|back if)',
      '(my )?(bank card|card|passport|keys|car keys) (is|are) (in (his|her) (wallet|pocket|drawer|safe|bag)|with (him|her)) ~~ (now|ask|until)',
      // The same in the other person's voice, as pasted: "your bank card is in MY wallet now", "he only grabbed your neck because…".
      '(your|ur) (bank card|card|cards|passport|keys|car keys|phone) (is|are|stays|stay) in my (wallet|pocket|drawer|safe|bag|car) ~~ (now|ask|until|from now)',
      '(he|she|{partner}) (only )?(grabbed|grabs|choked|chokes|strangled|slapped|punched|kicked|shoved|pushed) (you|your (neck|throat|face|arm|arms|head|hair)) (because|cos|cause|bc|when) (you|u)',
      '(gets|has|should have|wants) a say in (where i go|who i see|what i wear|who i talk to)',
      '(he|she|they) (knows|found out) (where i live|my new address|what car i drive|i moved|where i work now|where the kids go to school) & (blocked|moved|new (number|address|place|flat)|order|injunction|not supposed to|scared|ex|separated|split|left (him|her))',
      '(always )?watching (out for )?(me|over me) & (order|injunction|blocked|first contact|not supposed to|how did (he|she) (get|find)|scared|ex)',
      '(court order|restraining order|non molestation order|injunction|protection order) (means anything|is (just )?a piece of paper|wont stop (him|her))',
      '(cant|can not|wont) get rid of (him|her) & (new number|numbers|blocked|accounts|profiles|ex)',
      '(hand|give|show) (him|her|them) (the |al the |al my |my )?receipts (for everything|for every|every)',
      '(hes|shes|he has|she has|he have|she have) (cancelled|canceled) (it|my (therapy|therapist|counsellor|counselling|appointment|session|sessions|doctor|gp)) for me',
      '(keys are with (him|her)|dont ask (my|your) (sister|mum|mom|friends|brother|dad) for (lifts|a lift|rides|a ride|money))',
      '(lucky|good thing|be grateful) (he|she|they) only (hit|punched|kicked|smashed|threw) (the )?(wall|door|table|plate|phone|glass)',
      '(enjoy (her|him) while (shes|hes|she is|he is) (still )?breathing|(hel|he wil|shel|she wil) break (his|her|their) (legs|neck|arms|face))',
      'what happens to (the|my|your) (cat|dog|puppy|kitten|rabbit|pet|horse) (while|when|if) (im|i am|hes|shes|i) (out|gone|away|not here)',
      '(burn|bin|smash|destroy|throw out) my (stuff|things|clothes|plants|books) ~~ if (im|i am|i) (not home|not back|late|dont come)',
      '(out|tel everyone about|tell everyone about) me to my (parents|family|mum|mom|dad|boss|work|church|community) ~~ if i (try to |ever )?(leave|go|break up|tel)',
      '(take|taking) (him|her|them|the kids|the baby|my son|my daughter|our son|our daughter) (somewhere|away|abroad) ~~ (never find|never see|wont find|cant find)',
      '(emailed|messaged|rang|called|told) my (boss|work|landlord|manager|employer|family|parents) about ~~ & (come back|stops|next|unless|until)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 11: rules about my body and my days set by a partner in their own words, retold: no more gym, phone in the drawer, checks in the morning.',
    victim: 'self',
    unless: ['(we|both of us) (agreed|decided|both)', 'mutual'],
    // House rules for a child, not for me: "phones go in the drawer at 8 for the kids".
    unlessNear: ['(kids|children|son|daughter|teen|teenager|screen time)'],
    patterns: [
      '(no more|not going to the|stop going to the|quit the) (gym|classes|class|football|dance|choir|book club|nights out) & (look at (you|me)|looks at (you|me)|men|guys|women|girls|dont like|doesnt like)',
      '(phone|phones) (goes|go|stays) in (the|his|her) (drawer|safe|box|car) ~~ (every night|at #|each night|and)',
      '(hel|shel|he wil|she wil) (check|read|go through) (the|my) (call log|messages|texts|phone|history) (in the morning|tonight|later|every)',
      '(the )?cameras are (there|up) for a reason',
      '(hel|shel|he wil|she wil) (know|find out) ~~ (the cameras|cameras|if i|he always)',
      'who (was i|were (you|u)|am i) (talking|texting|messaging|speaking) to ~~ (screenshot|show|send|prove|why)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 11 (run-ons): watched from outside despite an order, a photo of my own front door sent to me.',
    victim: 'self',
    patterns: [
      '(sent|sends|texted|messaged) me (a )?(picture|photo|pic|video) of my (front door|house|flat|car|window|work|bedroom window|kids school)',
      '(outside|in the car|parked|across the (road|street)) ~~ watching (the|my|our) (house|flat|place|window|windows|door) & (order|injunction|blocked|not to come near|not alowed near|scared|shaking|ex|split|separated)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 13: threats without a named blow ("accidents happen to people who cross me", "I know where your mum lives", "nobody would notice if you went missing", a mirror punched and "next time it\'ll be you", social services as a threat, "no one would ever believe you"); cameras turned on the home; tracked and rung every few minutes; an order ignored; wages and phone taken.',
    victim: 'self',
    patterns: [
      'accidents (happen|can happen) to (people|those|anyone|women|girls|folk) (who|that|like) ~ (cross|crosses|crossed|mess with|messes with|talk|grass|leave|betray)',
      '(i know|you know i know|we know) where (your|ur|yer) (mum|mom|mam|mother|dad|family|parents|sister|brother|kids|children|son|daughter|gran|nan) (lives|live|works|work|goes to school|stays)',
      '(nobody|no one|no body|noone) (would|will|wil) (even )?(notice|miss you|care|look for you|find you) (if|when) (you|u) (went|go|goes|were|was|disappeared|disapear|vanished|vanish|went missing|go missing)',
      'watch (your|ur|yer) back & ({partner}|ex|sent|texted|message|threat*)',
      '(set up|put up|put|installed|fitted|hid|hidden|has) (hidden )?(cameras|camera|a camera|nanny cams|cctv) (in|all over|around|throughout) (every room|the house|the flat|our (room|bedroom|house|flat)|the bedroom|the bathroom|each room|al the rooms) & (watch*|review*|checks|check|messages me|texts me|asks|knows|why are you|what (im|i am|i was) doing|for (security|burglars|safety)|point inside|pointing inside)',
      '(wanted|wants|demanded|demands|asks for|asked for|makes me send|made me send) (photos|pics|pictures|a photo|a pic|a video|selfies) (to prove|as proof|of who|proving|so (he|she) knows)',
      '(taken|takes|took|holds|hold|keeps|kept) (my|all my) (wages|salary|paycheck|pay|earnings|money|bank card) ~~ & ((keeps|took|takes|taken|hides|holds) my phone|my phone at night|(told|tells) my (mates|friends|family)|pour cold water|punish*)',
      '(doesnt|does not|wont|will not|never) let me (touch|have|see|spend) (the|any|our|my) (money|cash|card|bank) & (passport|locked|not even|for the (kids|weans|bairns|children))',
      '(he|she|{partner}) (tore|ripped|burned|burnt) (it|the (paper|list|note|letter)) up & (scared of|afraid of|when (he|she|you) drink*|you when)',
      '(smashed|punched|broke|kicked in|put (his|her) fist through) (the|my|our) (tv|telly|door|wall|phone|laptop|window|mirror) ~~ & (thats what happens|next (time|one) ~ be you|could (have )?be(en)? you|you next|what happens to (things|people|you)|pregnant)',
      '(hel|shel|he wil|she wil|hes going to|shes going to|hes gona|shes gona|threaten*|threatening to) (tel|report|ring|call|go to) (me to )?(social services|the social|child services|cps|the court|the courts) ~~ & (take (the kids|my kids|them|the children)|taken (off|of|from|away from) me|unless i|if i (leave|dont|wont|go)|get custody|bad (mum|mom|mother|dad|father))',
      '(app|tracker|tracking|find my|life360|airtag) ~~ (my phone|on me|my car) & (every minute|every second|goes mental|goes mad|kicks off|loses it|keeps tabs|if im (# |five |ten )?(mins|minutes)? ?late)',
      '(protection order|restraining order|non molestation order|injunction|no contact order|avo|dvo) & (turned up|turns up|showed up|shows up|keeps (posting|messaging|texting|coming|turning up)|still (messaging|texting|posting|coming)|at the (school|gate|door|house|flat))',
      '(rings|calls|texts|phones|messages) (me )?every (#|five|ten|two|few) (minutes|mins) & (not home|where i am|who i (was|am|m) with|who im with|late|if im not)',
      '(no one|nobody|noone|no body) (would|will|wil|is going to|gona) (ever )?believe (you|u|ya)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 13: my passport or papers kept from me, locked away where I cannot get them (not kept safe because I lose things).',
    victim: 'self',
    unless: ['(i (always |keep )?(lose|losing|lost)|lose everything|not a control|safe ?keeping|so (we|i) dont lose|my idea|i asked (him|her|them) to|for the move|for the trip|at the embassy)'],
    patterns: [
      '(has got|has|got|keeps|kept|locked|locks|hides|hid|holds|took|takes|taken) (my|our|the kids|my kids) (passport|passports|id|papers|visa|documents|birth certificates?) (in|locked|at|and) ~~ (locked|wont give|refuses|wont let|laughed|work bag|drawer|asked for)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 13: watching a partner\'s face for the mood, recording rows so someone will believe me, "what version of him is coming home".',
    patterns: [
      '(never|dont|do not|cant) know (which|what) (version|side|mood) of (him|her|them) (is |s )?(coming|comes|wil come|is going to come|gona come) (home|through the door|back)',
      '(recording|recorded|record|started recording) (our|the|his|her) (arguments|rows|fights|rants) ~~ (believe me|proof|evidence|scared|afraid)',
      '(recording|recorded|record) (him|her) ~~ (nobody|no one|noone) (wil|would|wont|will) believe me',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 13: a new partner who says his last one "deserved what she got", or gets rough when angry.',
    patterns: [
      '(last|previous|old|ex) (girlfriend|wife|partner|boyfriend|husband|missus) (deserved|had it coming|asked for it|got what she deserved|got what he deserved)',
      '(can get|gets|got|can be) (a bit |quite |really )?rough (with me )?when (hes|he is|shes|she is|he gets|she gets|theyre) (angry|drunk|mad|jealous|wound up)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 14: a carer-partner who tells people the person is confused so no one believes them, hides hearing aids or glasses, throws pills away, leaves them in bed all day, or cancels the carers.',
    patterns: [
      '(told|tels|telling|tel) (them|everyone|everybody|people|my (children|kids|family|son|daughter|sister|brother|friends)|the (doctor|gp|carers|nurse|nurses|social worker|police|bank)) (that )?(im|i am|i m|shes|hes) (too )?(confused|losing (my|her|his|the) (marbles|mind|plot)|demented|senile|going senile|mad|crazy|making (it|things) up|imagining things|not al there) & (but (im|i am|i m) not|wont believe|won t believe|not believe|so (they|nobody|no one|people) ~ believe|taking (my )?money|out of my (account|pension)|cant talk to|wont let|listens in|reads (al )?my)',
      '(keeps|kept|hides|hid|hidden|took|takes|taken|locks away|locked away) (away )?my (hearing aids|hearing aid|glasses|walking stick|stick|frame|walker|zimmer|zimmer frame|wheelchair|mobility scooter|scooter|dentures|teeth|pendant|alarm) ~~ (so (i|that i) (cant|cannot|couldnt|dont|wont)|to stop me|unless i|until i (do|say|agre|apologi*))',
      '(throws|threw|flushes|flushed|pours|poured|bins|binned) my ({pills}) (down|away|out|in the bin|in the toilet|in the sink|when i|if i|unless)',
      '(wont|doesnt|refuses to|refused to|stops|stopped) (help|helping|give|giving) (me )?(with )?my ({pills}) & (goes quiet|punish*|sulks|sulk|mention*|my friends|see (my|old) friends|answer back|answered back|as a lesson)',
      '(leaves|left|leaving|keeps) me in (bed|my chair|the chair|my own mess|wet|soiled|dirty (sheets|clothes|pads)) (al day|for hours|for days|overnight|al night) & (deserve|punish*|teach me|on purpose|cancel*|wont let me (up|get up|out)|as a lesson)',
      '(cancelled|canceled|cancels|stopped|sent away|got rid of) (my|the) (carers|care package|care visits|district nurse|home help) & (leaves me (in|on|alone)|left me (in|on|alone)|deserve|wont let|punish*)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 14: an ex who poses as family to find out when the person is alone, or waits outside the surgery to shout at them.',
    patterns: [
      '(pretending|pretended|pretends|posing|posed|poses) (to be|as) (my|her|his|a) ~ to (find out|know|see|check) (when|where|if|whether)',
      '(waiting|waits|waited|turns up|turning up|shows up|showing up|hanging around|hangs around|parked|parks) (for me )?(outside|at|by) (the |my )?(gp|surgery|doctors|clinic|hospital|work|school|house|flat|gym|church|home|chemist|pharmacy|day centre) ~~ (when|every time|whenever|each time) & (shout*|scream*|frightened|scared|afraid|terrified|wont leave me alone)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 16, phones and homes: a new password known within a day, monitoring software put on my phone, an ex working the smart home at night, tiny bank transfers carrying messages.',
    // A password shared on purpose, or an account taken over as a prank.
    unlessNear: ['(i told|i gave|i shared|we share|shared it|told (him|her|them) (it|the)|gave (him|her|them) (it|the)|we both|for emergencies|prank|meme|as a joke|as a laugh|birthday)'],
    patterns: [
      '({perp}|my ex) ~~ (knows|knew|guesses|guessed|figures out|works out|finds out|has|gets) (my|the) new (password|pasword|pin|passcode|login|code)',
      '(change|changed|changing|reset|resets) my (password|pasword|pin|passcode|code|pascode) ~~ (he|she|they|my ex) (knows|has|gets|finds out|works out|guesses|is in) (it|the new one|the new|again)',
      '({perp}|my ex) ~~ (put|puts|instaled|instals|set up|sets up|added|adds|hid|hides) (parental *|spy *|spyware|stalkerware|monitoring *|a keylogger|keylogger|tracking software) ~~ (on|onto|to|in) my (phone|laptop|computer|tablet|ipad|car)',
      'my ex ~~ (login|log in|acces|pasword|password|app|controls|control) ~~ (doorbell|camera|cameras|thermostat|heating|smart *|alexa|nest|lights|locks|speaker|speakers) & (turning|turns|turned|switch*|talking|talks|speaks|spoke|watching|watches|locks|locked|spying|listening|#am|night|scare*)',
      '({perp}|my ex) ~ (checks|reads|read|goes through|went through|screenshots) (every|each|al) (single )?(message|mesage|text|dm|email|chat)s? (i send|i get|i receive|i write|i type)',
      '({perp}|my ex) ~ (reads|read|goes through|went through|found and read) my (journal|diary|therapy (notes|journal|diary)|notebook) & (against me|uses (it|things|them|what)|mock*|throws (it|them) back|in fights|twists)',
      '(sends|sending|sent|keeps sending|transfers|transfered) (me )?~ (transfers|payments|transfer|payment) ~~ (reference|references|message|messages|note|notes|description) & (ex|he|she|{partner}) & (se you|watching|not long|found you|know where|miss me|coming|wont stop|scared|scary|creepy|afraid)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 17: control of pregnancy and contraception, veiled threats to a pregnant partner, an ex at the places I go every day, a new address never given, a key used while I am out, smashing things each time I get well.',
    // Each is told by the one it happens to: "I'll never see them again" is the speaker's loss, not the children's harm.
    victim: 'self',
    patterns: [
      'never see (either of them|both of them|them|the baby|the kids|the children|my (son|daughter|kids|baby|children|boys|girls)) again & (if (i|you)|unles (i|you)|or (else|hel|shel)|(hel|shel|he wil|she wil|he would|she would|hed|shed) (make sure|take|report)|threat*|custody)',
      '(says|said|keps saying|kept saying|told me|reminds me|whispers|jokes) ~ accidents (hapen|can hapen|hapened) & (stairs|pregnant|bump|baby)',
      '(not allowed|wont let me|doesnt let me|forbids me|forbade me|wouldnt let me|went mental|went mad|kicked off|lost it) ~~ (do anything to my body|(get|getting|have|having) (the|a|my) (coil|implant|pil|pils|contraception|injection|abortion|termination|sterilisation)|go on the pil|take (the|my) (pil|pils|contraception)|coil (appointment|fitting))',
      '(said|says|threatened|threatens) ~~ (leave|divorce|kick me out|take the kids|hurt) ~~ if (i|you) (dont|didnt|wont|wouldnt) (get pregnant|have (a|another) baby|have his baby|try for)',
      '(turning up|turns up|turned up|shows up|showing up|waits|waiting|waited|hanging around|hangs around|lurking) (at|outside) (the|my|our) ~ (nursery|school|work|gym|clinic|house|flat|door|gate|meetings|office|physio) ~~ (every (day|morning|night|week|tuesday|monday|wednesday|thursday|friday)|since i (told|left|broke|moved)) & (ex|scared|police|noticed|blocked|restraining|told (him|her) (not to|to stop)|since i (told|left|broke|moved)|moved my)',
      '(says|said|tels me|told me|reminds me|keps saying|keps telling me) ~ (im|i am|i should be|i should fel|to fel) (so )?(lucky|grateful) (that )?(he|she) (still )?(wants|puts up with|stays with|loves|touches) (me|you)',
      '(every time|whenever|each time) i ~~ (he|she|{partner}) (smashes|smashed|breaks|throws|punches|kicks) (something|things|stuf|the wal|a wal|holes)',
      '(makes|made|forces|forced) me ((hand over|give (him|her)|unlock) (my )?(phone|passcode|password|messages)|show (him|her) my (messages|texts|passcode|password|chats))',
      '(he|she) (hasnt|has not) (hit|touched|hurt|laid a (finger|hand) on) me yet',
      '(always|somehow) knows where i (am|was|have ben|ve ben|go|went|ve been|have been) & (never told|didnt tel|never wrong|how does he|how does she|without me telling)',
      '(coming|comes|came|leting himself|lets himself|let himself|leting herself|lets herself) (in|into (my|the) (flat|house|place)) (while|when) (im|i am|i was) ~~ (moving|moves|moved|going through|goes through|taking|takes|rearang*|leaving|leaves)',
      '(holds|holding|held|picks up|picked up|grabs|grabbed|waves|waved|brandish*) (a|the) ({weapon}|kitchen knife) (during|in|when we|while (he|she) (shouts|yels|argues|screams)) ~ (argument|arguments|fights|rows|we argue|we fight|rows)?',
      '(never|didnt|did not) (gave|give|told|tel) (him|her|them) (the|my) (new )?(address|location|postcode) & (ex|sends|sent|turned up|turns up|knows|flowers|leter|letters|parcel)',
      '(location|find my|tracking|life360) ~~ (on )?(24 ?7|al the time|at al times|always) & (angry|mad|furious|kicks off|loses it|punish*|shouts|screams)',
      'gets (realy |so )?(quiet and )?(scary|frightening|terifying|menacing) when i (talk|speak|text|go|se|message)',
      '(take|taking|took) (the baby|the kids|the children|my (son|daughter|kids|baby|children)|our (son|daughter|kids|baby|children)) (to|back to|of to|off to) ~ (his|her|their) (country|family|mother|mothers|mums|moms|home country|parents) & (never (find|se) (them|her|him|the baby|the kids|my)|(wont|never|not) (bring|be bringing|coming|come|be coming) (them |her |him )?back|without (my|me) (consent|knowing|permision))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 18, short messages: a threat that next time I am dead, a partner following my car, taking the baby and running, my whole pay taken, medication thrown out, a demand to know everyone I spoke to.',
    patterns: [
      '(hes|shes|he is|she is|ex is|he keeps|she keeps|{partner} (is|keeps)) (following|folowing|tailing) (my car|me (home|to work|in (his|her|the) (car|truck|ute|van)))',
      '(says|said|tels me|told me|threaten*) (il|i wil|i would|id|i) never see (the|my|our) (kids|children|baby|son|daughter|boys|girls) (again)?',
      '(he|she|{partner}) (takes|took|keeps|kept|has) (my whole|al my|my entire|al of my|every penny of my) (paycheck|paycheque|pay|wages|salary|benefits|pension)',
      '(he|she|{partner}|my husbands|my wifes) ~ (throws|throwing|threw|throw|flushes|flushing|flushed|hides|hid|hiding|binned|bins) (out |away )?(my) ~ (medication|meds|pils|tablets|insulin|inhaler|antidepresants)',
      '(wants|wanted|has|needs) to know every (single )?(person|one|man|woman) (i|ive) (spoke|spoken|talked|talk|texted|saw|seen|met) (to|with)?',
      '(hes|shes|he has|she has|they have|theyve|{partner} has) (got|taken|kept|hidden) (my|our) (pasport|pasports|papers|documents|visa|id) ($|and (wont|refuses|wil not|says))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 18: a threat to send people round to our house; not a plumber or a removals firm.',
    unlessNear: ['(fix|repair|boiler|plumber|electrician|builder|builders|quote|survey|deliver*|clean*|install*|move|moving|removal*|pack*|help|paint*|measure*)'],
    patterns: ['(send|sending|sent) (people|some people|her brothers|his brothers|the boys|men|someone) (to|round to|round|after) (our|my|your) (house|home|place|flat|door|work)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 18: a threat to take the children and vanish; the danger is to the writer and the children with them.',
    victim: 'self',
    patterns: ['(said|says|threaten*|threatening|told me|wil|hel|shel|hed|shed) ~ (take|takes|taking) (the|my|our) (baby|kids|children|son|daughter|boys|girls) (and|n) (run|disapear|vanish|flee|leave the country)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 18: a threat that next time I am dead; not "dead meat" over a game.',
    hyperbole: true,
    unlessNear: ['(dead meat|game|chess|match|fifa|cards|monopoly|beat (him|her|me) at|spoil*|spoiler)'],
    patterns: ['(said|says|told me|texted|warned) ~ next time (im|i am|youre|you are|your|ur) dead'],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Round 18: watching through cameras or fake accounts, calls from new numbers, turning up at my door, permission needed to spend, the chat deleted before he sees it, a look that makes me freeze. The bot asks.',
    unlessNear: [
      '(burglar|burglars|break in|security|the dog|the cat|the puppy|pet|baby monitor|the baby|doorbel|parcel|delivery|for work|work phone|spam|scam|telemarket*|sales)',
      // Agreed between them, or kept from him for a nice reason: "we agreed on a budget", "it's about his surprise party".
      '(agreed|we both|budget|joint|surprise|party|present|gift|birthday|anniversary|laugh|laughing|joke|joking)',
      // Arrangements about the children: "calling from different numbers about pickup".
      '(pickup|pick up|drop of|school run|handover|hand over)',
      // Someone else's ex: "my boyfriend's ex turned up at our flat drunk".
      '(boyfriends|girlfriends|husbands|wifes|partners|his|her|their) ex',
    ],
    patterns: [
      '(he|she|{partner}) (watches|watching|watched|spies on|spying on|monitors|checks on) (me )?(through|on|via|with) (the )?(cameras|camera|cams|cam)',
      '(made|makes|making|created|set up) (a )?(fake|burner|secret) (account|acount|acounts|accounts|profile|insta|page) ~~ (to )?(watch|se|stalk|folow|check|message|view|look at) (me|my)',
      '(ex|he|she) (keeps|kept|is|has been|been) (caling|ringing|texting|messaging) ~~ (from )?(diferent|dif|private|blocked|new|unknown|withheld|fake) (numbers|number|acounts) & (#x|# x|# times|times a day|al day|al night|every day|every night|blocked|wont stop|even after|describing|what i (wore|was wearing|did))',
      '(ex|{partner}) ~ (showed|shows|turned|turns|keeps showing|keeps turning) up ~ (at|outside) my (place|house|flat|work|door|job) ~ (drunk|uninvited|unanounced|at night|at # ?am|every (night|day))',
      '(have to|got to|gota|need to|must) ask (him|her|permision) (before|b4) (i )?(spend|buy|go out|se|leave|eat|use)',
      '(delete|deleting|clear|clearing|hide|hiding|wipe) (this|the) (chat|conversation|messages|app|history) ~~ (before|b4) (he|she|they) (sees|se|finds|checks|gets home|comes home|looks)',
      '(he|she) (gets|has|gives me) (this|that|the) (look|face) ~~ (i|and i|n i) (freeze|froze|shake|go quiet|flinch|panic)',
      '(hands|im) (are |is )?(shaking|trembling) ~~ (hes|shes|he is|she is) back $',
      '(keep doing it|wont stop|make (my|your) life hel|ruin (me|you)) ~~ (until|unles|til|till) (i|you) (take|takes|get|come) (him|her|back)',
      '(police|officer|doctor|nurse|gp|interpreter) ~~ (he|she|my husband|my wife) (answered|spoke|talked|answers|speaks) for me',
      '(dependant|dependent|spouse|spousal|partner|marriage) visa & (he|she) ((counts|counting) ~~ days ~~ (out loud|to me|in front of me|at me)|(counts|counting) (out loud|to me|in front of me|at me) ~~ days|threatens|threatened|holds it over me|uses it against me|says (hel|shel|he wil|she wil) (cancel|report|send me back))',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Control through other people: a partner or ex who rings my boss or family pretending to worry, to get me in trouble or find me; relatives told to report back; no talking to anyone unless he is there.',
    patterns: [
      '({perp}|my ex) ~~ (rings|rang|cals|caled|emails|emailed|texts|texted|messages|messaged|contacts|contacted|phones|phoned) ~ (my (boss|manager|work|hr|employer|mum|mom|dad|friends|family|parents|sister|brother|colleagues|coworkers|teacher)|hr) ~~ (pretending|pretends|claiming|claims|saying (hes|shes|theyre) worried) ~~ (worried|concerned) ~~ (so|to|and) ~~ (trouble|fired|sacked|quit|tel (him|her|them) where|find (me|out where)|where i (am|live|stay|work))',
      '(reports|report|reporting|reported) back to (him|her|them|my {partner}) & (mother|mum|mom|sister|brother|family|aunties|aunts|cousins|friend|friends|his people|her people) & (only (lets|let|alows)|not alowed|wont let|doesnt let|checks)',
      '(not alowed|cant|forbidden|am not alowed|im not alowed) (to )?(speak|talk) to (men|anyone|other men|women|other women|my friends|my family|people) ~~ unles (my )?({partner}|he|she) (is there|is present|is with me|agrees|says)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Money taken by making me sign it over ("my boyfriend made me sign my wages over to his account").',
    patterns: ['(made|makes|forced|forces|pressured|pressures) me (to )?(sign|transfer|hand|give|put|pay) (over )?my (wages|salary|pay|paycheck|paycheque|benefits|pension|savings|inheritance|bank card|card|pin|student loan) (over )?(to|into|in) (his|her|their) (name|acount|acounts|bank)'],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'An ex who keeps turning up or driving past, or who kept a key and keeps letting themselves in ("my ex keeps turning up at the school gates where I work"). Not a handover of the children, nor a coincidence at the gym.',
    unless: [ARRANGED_HANDOVER],
    unlessNear: ['(nothing bad|just awkward|awkward|harmles|coincidence|same (gym|class|club|church|school|team)|drop of|dropof|pick up|pickup|handover|hand over|contact (visit|day|weekend)|for the kids|with the kids|feed the (cat|dog)|water the plants|while i was away)'],
    patterns: [
      'my (ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner) ~~ (keeps|kept|always|constantly|wont stop) (turning up|showing up|popping up|appearing|waiting|driving past|driving by|parking (outside|across|near)|hanging around|sitting outside) ~ (at|outside|near|where|every time|when|by)',
      '(found|got|has|knows|worked out) (my|the|our) (new )?adres* & (keeps|kept|been) (driving|walking|coming|going|sitting|parking) (past|by|outside)',
      '({perp}|ex) ~~ (stil )?(has|got|kept|keeps|took|copied|never gave back) (a|my|the) (house |spare |front door )?key ~~ & ((keeps|kept|been) leting (himself|herself|themselves) in|moved my (things|stuff)|moving my (things|stuff)|(things|stuff) (have been|ben|were|was|has been|been) moved)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Threats said as "sort you out", "you\'re next", or harm to my family if I testify ("says he\'d sort me out if I took the promotion").',
    hyperbole: true,
    patterns: [
      '(wil|would|hed|shed|hel|shel|going to|gona) ~ (sort (me|you|u) out|teach (me|you|u) a lesson|make (me|you|u) disapear) ~~ (if|unles|when) (i|you|u)',
      '(writes|wrote|written|texting|texts|texted|sent|sends|sending|painted|sprayed) ~~ (youre next|you are next|your next|ur next)',
      '{perp} ~ (hurt|harm|go after|come after|kil) (my|your|ur) (mother|mum|mom|dad|father|family|sister|brother|kids|children) (if|unles|when) (i|you|u) (testify|give evidence|go to (the )?(police|court|tribunal)|report|tel|speak up)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Watching that may be control: a partner who texts fifty times on a night out, or checks my mileage. The bot asks; expenses and tax are set aside.',
    hyperbole: true,
    unlessNear: ['(tax|expenses|claim|business|lease|insurance|company car|work car)'],
    patterns: [
      '({partner}|he|she) ~~ (texts|texted|rings|rang|cals|caled|messages|messaged) me (like |about |over )?(#|fifty|twenty|thirty|forty|a hundred|hundreds of|dozens of) times & (work drinks|night out|out with|when im out|when i go out|every time i|if i dont answer|whenever i)',
      '({partner}|he|she) ~ (checks|checking|checked|tracks|tracking|monitors|monitoring|goes through) my (mileage|milage|odometer)',
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'Round 22: a bottle or glass smashed over a head, a knife held up in a row, a hand held on the hob, a new address found by an ex ("he found my new address through the child maintenance letters").',
    unlessNear: ['(film|movie|stunt|sugar glas|prop|props|game|on stage|play|pantomime|panto|sharp|chop*|cook*|carv*|knife skils|chef|bought|new knife|present|gift)'],
    patterns: [
      '(smashed|broke|cracked|brought) (a|the) (botle|glas|plate|mug|vase|chair|lamp|pint glas|pint) (over|on|acros|into|down on) (his|her|my|their) head',
      '(held|raised|waved|pulled|brandished|picked up|grabed) (a|the) (kitchen |bread |carving |big )?(knife|blade|machete) (up )?((at|to|in front of) (me|her|him|them|my|his|their|us)|and said|and told|and screamed|and shouted|and yeled)',
      '(held|holds|holding|pushed|forced|put) my hand (on|onto|against|over) the (stove|hob|cooker|iron|fire|flame|kettle|heater|radiator)',
      '({partner}|he|she) ~ (found|tracked down|got hold of|worked out) my new (adres|flat|place|house|number) & (ex|left|split|moved|restraining|order|withheld|cals|calls|scared|hiding)',
    ],
  },
];
