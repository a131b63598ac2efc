/**
 * Lexicon rules for the wish to die, or self-harm, said in the coach's own rhythms: a reply to a
 * daily check-in ("2/10"), to a step of an exercise, to a nudge, or a word about the app itself
 * ("cancel my subscription, won't need it after tonight", "you can stop checking in on me after this
 * week", "what happens to my journal if someone stops using it for good").
 *
 * Round twenty-five's dev file of check-in replies (risk-dev-checkin-despair) heard 59 of 80
 * suicide and 12 of 20 self-harm lines at first contact: the older rules wanted a plain word, and a
 * reply to the coach is short and takes the routine for granted. Each rule names the sideways words
 * and one more sign, so a cancelled gym membership, a decision to leave a partner and a deadline
 * that "won't matter after Friday" stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** A day or time soon. */
const SOON = '(tonight|tonite|today|tomorrow|this weekend|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this wek|next wek)';

/** Every rule about danger said in reply to the coach. */
export const CHECK_IN_REPLY_RULES: readonly LexiconRule[] = [
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 25: the end set for soon, said as an arrangement: "won\'t need it after tonight, made peace w everything", "gave the dog to my mum, deleted my socials… tonight\'s the night", "I know how and when, it\'s this weekend".',
    unless: ['(date night|first date|big night|party|gig|concert|match|game|show|opening night|premiere|prom|wedding|proposal|moving|move house|holiday|travel*|gym|free trial|switching|cheaper|new phone)'],
    patterns: [
      `(wont|will not|dont|do not|il not) ned (it|this|them|the app|my subscription|the subscription|my account|the plan|any of (it|this)) (after|past|beyond) ${SOON}`,
      `(made|make|making) (my )?peace (with|w) (everything|it al|everyone|the world|al of it) & (${SOON}|wont ned|cancel*|goodbye|bye)`,
      '(tonights|tonight is|tonight s|today is|todays) the (night|day) & (given|gave|rehomed|deleted|sent the apology|sent my apology|goodbye|thank you for|thanks for|made my decision|made peace|letters|note)',
      `i know (how and when|when and how) & (${SOON}|its|it is|at the|cabin|bridge|sea)`,
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    ifNow: 'imminent',
    note: 'Round 25: a decision made, the exercises stopped, the check-ins no longer needed: ask. With a time ("tonight after everyone\'s asleep") it is imminent.',
    unlessNear: ['(leaving (him|her|them)|leave (him|her|them)|divorce|separat*|break up|breaking up|moving out|the job|the house|the offer|uni|course|holiday|away|travel*|trip|busy|a break|fortnight|doing great|doing wel|beter now|fel beter|feeling beter|privacy|curious|just wondering|gdpr)'],
    patterns: [
      '(ive|i have|i ve) made (my|the|a) decision & (stop the exercises|stop (the )?check ins|no more exercises|dont nudge|goodbye|no point|wont matter|after everyone)',
      `(you can|u can|feel free to|no need to) stop (checking in|checking on|nudging|messaging|texting) (on )?(me )?(after|from|past) (this|${SOON})`,
      '(dont|wont|do not) (think )?(il|i wil|i ll|i) (ned|be needing) (the|my|this|your) (# day|30 day|thirty day|plan|programme|program|next step|next steps|next wek|journal)',
      '(what hapens|what wil hapen) to my (account|journal|data|messages|chats|entries) ~~ (if|when) (someone|somebody|i|a person) (stops|stop|stoped) (using|answering) ~ (for god|forever|permanently|for ever)',
      '(does|wil|would) (the app|this app|kintsugi|it|you) (send|tel|message|alert|notify|contact) ~ (anyone|someone|somebody|my (family|partner|wife|husband|mum|mom)) (if|when) i (stop|stoped) (answering|replying|responding|checking in)',
      '(if|in case) (im|i am|i m) (stil here|stil around|stil alive) ($|lol|haha|tbh|x|by then) & (tomorrow|nudge|remind|check in|check on)',
      '(thanks|thank you) for everything & (take care|kinder to me than|been kinder|goodbye|bye for good)',
      '(that was|thats|it was|that s) the last thing i (neded|had|wanted) to do & (apology|sent|leter|goodbye|said sorry|told (him|her|them)|note)',
      `(wont|will not|doesnt|does not|wouldnt) matter (after|by|past) ${SOON}`,
      '(no version|no way|no world) (of this )?(where|in which) i (come out|get through|survive|make it)',
      '(no hope) ~ (no point|no future|no way out)',
      '(not sure|dont know if|dont know whether) i (want|wana) (to )?(wait around|stick around|hang around|be around) (to find out|for it|that long|long enough|to se)',
      '(the kids|my kids|they|the children) (wil|would|wd|l) be (ok|okay|fine|beter) (with|without) (their|my|me) & (beter at this than me|without me|beter of|better off|dont ned me)',
      '(want|wana|just want) my (head|brain|mind|thoughts) to (go quiet|be quiet|stop|shut up) ~~ (never does|never stops|forever|for god|permanently)',
    ],
    // A deadline or a case closed: "won't matter after Friday because the court date is done".
    unless: ['(because|court|deadline|exam|interview|results|hearing|the date|done by|once (its|the)|submited|handed in|lease|tenancy|contract|moving out|move out|notice)', '(before the (weekend|holiday|holidays|break|wedding|move|deadline)|now (pizza|wine|bed|telly|netflix|relax|a bath|tea))'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 25: dying as the way to make it stop: "the only thing I trust anymore is that dying would make this stop".',
    patterns: ['(dying|death|being dead|not being here|ending it) (would|wil|wd|could) (make (this|it|everything|the pain|the noise|the hurt) stop|be (a relief|easier|beter|the answer))'],
    unless: ['(laughing|of laughter|of embarasment|cringe|lol|haha|the gym|this workout|the hangover)'],
  },
  {
    // Taken by the writer to die, as told: suicide at its most urgent (the dev files label it so), with
    // the same crisis answer as an emergency.
    category: 'suicide',
    level: 'imminent',
    note: 'Round 25: everything in the medicine cabinet taken, or pills left unnamed already swallowed with the effect or a plea not to be found, told in a check-in.',
    patterns: [
      '(took|taken|swalowed|downed|necked) (everything|every thing|al of it|al the pils|whatever was) (in|from) (the|my|our|mums|dads) (cabinet|medicine cabinet|bathroom cabinet|medicine cupboard|cupboard|drawer|medicine box|first aid box)',
      // Pills left unnamed, taken already, with the effect or a plea not to be found: "already swallowed them. getting sleepy. don't send anyone".
      '(already|just) (swalowed|took|taken|downed|necked) (them|em|it al|the lot) & (sleepy|drowsy|dont send|too late|to late|fading|goodbye|cant keep my eyes)',
      '(swalowed|downed|necked) (them|em) & (dont send anyone|dont send any one|dont cal anyone|dont cal any one|too late|to late|geting sleepy|so sleepy)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 25: self-harm told as a step or a score: "went too deep on my thigh again", "5/10 because I only cut once this week", "using it on myself most nights", a head hit against the door till I saw stars, a teen with cuts up his forearm.',
    unlessNear: ['(shav*|cooking|chopping|kitchen|garden*|paper cut|splinter|dentist|tattoo|piercing|by accident|acidentaly|accidentally|oops|clumsy|hair|fringe|nails|grass|lawn|hedge|carbs|sugar|back on|down on|smoking|cigarettes|coupons)'],
    patterns: [
      '(went|go|goes|going|gone|cut) (to|too) deep (on|in|into) my (arm|arms|thigh|thighs|wrist|wrists|leg|legs|stomach|skin|hip|hips)',
      '(i|only|just) cut (once|twice|again|# times|# time) (this|last|today|yesterday|tonight)',
      '(using|use|used|been using|kep using|keep using) (the razor|a razor|razors|the blade|blades|a blade|the lighter|a lighter|scissors|the scissors) on (myself|my (arms|legs|skin|thighs|wrists|stomach))',
      // "Using it on myself" needs the blade named: a gun "to use on myself" is suicide, not self-harm.
      '(using|use|used|been using|kep using|keep using) (it|them) on (myself|my (arms|legs|skin|thighs|wrists|stomach)) & (razor|razors|blade|blades|lighter|scissors|compass|sharpener|glass)',
      '(hit|hitting|hits|bang|banged|banging|smash*|slam*) my head (against|into|on) (the )?(door|wall|floor|desk|table|steering wheel|mirror) ~~ (until|til|on purpose|deliberately|over and over|again and again|repeatedly|to feel|saw stars|bled|bleed)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Round 25: cuts all up a child\'s or partner\'s arm with no everyday cause told beside them.',
    unlessNear: ['(bramble*|cat|cats|dog|kitten|puppy|thorn*|rose*|garden*|tree|trees|work|job|surgeon|scratch*|rugby|football|bike|fel|fall|fell|chef|kitchen|shav*|eczema|rash|climb*)'],
    patterns: ['(cuts|scars|slashes) (al )?(up|down|along|acros|al over) (his|her|their) (forearm|forearms|arm|arms|wrist|wrists|thigh|thighs|legs|stomach)'],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Round 25: self-harm half said: "did the thing I promised I\'d stop doing", "doing stuff to myself I\'m not proud of", "old habits came back after the argument, you know the ones".',
    unlessNear: ['(smok*|vape|vaping|drink*|wine|beer|(bit|bite|biting) my nails|nail biting|snack*|chocolate|scroll*|(texted|texting|text|rang|called|messaged|stalked|checked) (him|her|my ex|his|her)|checking (his|her) phone|online shopping|gambl*)'],
    patterns: [
      '(did|doing|do|done) (the thing|that thing|it) (i|id) (promised|swore|said|told (you|him|her)) (i|id) (would|wil|d )?(stop|quit|stoped|never do)',
      '(doing|did|do) (stuff|things|stuf) to myself ((im|i am|i m|that im) not (proud|hapy)|im ashamed|i shouldnt|i should not)',
      '(old habits|the old habit|my old habit|the old stuff) (came|are|is|have come|crept|come) back & (argument|fight|row|you know (the ones|what i mean)|again)',
    ],
  },
];
