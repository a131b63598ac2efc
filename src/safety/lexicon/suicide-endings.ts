/**
 * Lexicon rules for the wish to die said through dates and endings: "not doing another winter",
 * "after the holidays I'm done", the mortgage paid a year ahead "so they're covered after I'm
 * gone", presents wrapped for the next three birthdays, "this is the last anniversary I'm doing",
 * a countdown to "something else", a spot chosen, a date set beside the means.
 *
 * Round twenty-four's dev file of this (risk-dev-occasions) heard 69 of 120 at first contact: the
 * rules waited for a word of death, and these messages rarely say one. Each rule pairs the ending
 * with a sign that the ending is the writer's life, so a real move, a leaving do, a will a lawyer
 * asked for, a last exam or a Christmas dreaded at the in-laws stay quiet. Most are `possible`:
 * the bot asks one question rather than assuming.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Dates and seasons people measure the time left by. */
const OCCASION =
  '(christmas|xmas|new year|new years|easter|birthday|(#th|#st|#nd|#rd) birthday|anniversary|valentines|valentines day|mothers day|fathers day|winter|summer|spring|autumn|year|one of these|harvest|season|diwali|eid|hanukah|thanksgiving)';

/** Dates that come round once a year, without "year" or a season ("last summer" is only a time). */
const NAMED_DAY =
  '(christmas|xmas|new years|easter|birthday|anniversary|valentines|valentines day|mothers day|fathers day|diwali|eid|hanukah|thanksgiving)';

/** Being away for a while: work, travel, hospital, a move. */
const AWAY =
  '(work|shift|trip|holiday|travel*|flight|abroad|emigrat*|relocat*|deploy*|posting|hospital|op|operation|surgery|maternity|move|moving|uni|conference|festival|camping|weekend away)';

/** Reasons a will, letters or a plan for "after" are ordinary: illness treated, a lawyer, a house, a baby, old age. */
const ORDINARY_PLANNING =
  '(lawyer|solicitor|financial (adviser|advisor)|mortgage adviser|bought a house|buying a house|new baby|had a baby|our baby|got maried|getting maried|pension|retire*|chemo|prognosis|diagnosis|terminal|hospice|my cancer|the cancer|old age|funeral plan|at (my|our) age|were both # |im # and)';

/**
 * The word a loss by suicide leaves in the text (LOSS_PHRASES in ../lexicon.ts replaces the phrase
 * with it), so the rules below can hear wanting to follow.
 */
export const LOSS_MARK = 'lostone';

/** A death told in the message: the word a loss by suicide leaves (LOSS_MARK in ../lexicon.ts), or plain words of death. */
const DEATH_TOLD = `(${LOSS_MARK}|died|dead|death|pased away|grave|funeral|anniversary|suicide)`;

/** An attempt on the writer's life told somewhere in the message. */
const ATTEMPT_TOLD = `(my atempt|an atempt|the atempt|tried to (kil myself|end (it|my life)|overdose|od)|overdosed|suicid*|${LOSS_MARK})`;

/** Someone close, whom the writer may want to follow. */
const KIN =
  '(brother|sister|dad|father|mum|mom|mother|son|daughter|friend|best friend|cousin|uncle|aunt|grandad|grandpa|nan|gran|husband|wife|partner|boyfriend|girlfriend|twin)';

/** Every rule about the wish to die said through dates and endings. */
export const SUICIDE_ENDING_RULES: readonly LexiconRule[] = [
  {
    category: 'suicide',
    level: 'high',
    note: 'Life arranged for after "me": bills paid ahead "so they\'re covered after I\'m gone", a partner taught the banking "so she can cope after", a pet to rehome because I "won\'t be around to feed him", things made tidy "before I go".',
    unlessNear: [ORDINARY_PLANNING, AWAY],
    patterns: [
      '(after|for when|when) (im|i am|i m) (gone|no longer here|no longer around) & (covered|sorted|looked after|taken care of|paid|cope|manage|set up|have the|get the|keep the|can have|wil have|wil be fine|be ok|be okay)',
      '(wont|wil not|not going to|wouldnt) be (around|here) (to|when) ~~ (after that|after then|after christmas|after new year|much longer|for long|anymore|any more|after the (holidays|wedding))',
      '(so|that) (she|he|they|my {partner}|the kids|my kids|mum|my mum) (can|wil|could|is able to) (cope|manage|get by|do it|be ok|be okay|be fine) (after $|after (that|me)|without me)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'The ending named as the writer\'s own: "this is the last anniversary I\'m doing", "a nice last one with me", "planning to make it our last. Not divorce", "no more me", a countdown "to something else", gifts "to remember me by".',
    patterns: [
      `(last|final) ${NAMED_DAY} (im doing|i do|il do|i wil do|im having|i wil have|il have|with me|ever for me|il se|i wil se|im here for|im around for)`,
      'nice last one with me',
      '(make|making) (it|this|tonight|christmas|the anniversary) (our|my) last & (not divorce|not a divorce|not leaving|not breaking up|not like that|for good)',
      '(no more me|world without me in it)',
      '(counting down|countdown|count down) (to|til|until) (something else|the end $|the day i go|when i go)',
      '(to remember me by|something to remember me)',
      `(presents|gifts|cards) ~~ (for|of) the next (two|three|four|five|few|#) (years|birthdays|christmases) & (from me|remember me|in case|even if)`,
      '(not|isnt|arent) (going away|a holiday|retiring) ~~ (going for good|for good|not coming back)',
      '(plot|grave|headstone|cofin|casket) & (for soon|not for later|sooner than (they|anyone|you) think)',
      '(the ones|the one) (who|that|to) find (me|my body)',
      '(planning it|planed it|been planning (it|this)) & (same way as|the same way (he|she|they) did)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A date kept with the means beside it: "the shotgun\'s cleaned and the date\'s been set", "guns in the car and I\'m parked up the lane", "after dessert I\'m driving to the cliffs", "walking into the sea once they\'ve gone to bed", "I know where dad keeps his tablets".',
    ifNow: 'imminent',
    unlessNear: [
      '(range|hunting|shoot|shooting|clay|clays|licence|license|cabinet|gun safe|cased|locked|walk|hike|picnic|photos|view|sunset|the dog|climb*|birdwatch*|coastal path|swim*|wetsuit|paddl*|tide|beach day|wild swim*|dip|surf*|give (him|her|them)|gives|remind|dosette|pil box|carer|caring for)',
      '(picnic|photo|wedding venue|venue|camp|tent|bbq|proposal|garden|fishing|parking|bench|ashes)',
    ],
    patterns: [
      '(the date|a date|the day)s? (is |has |was |wil be )?(ben )?(set|picked|chosen|decided|booked) & ({weapon}|shotgun|rifle|rope|{pills}|tablets|not retiring|last shift|bridge|cliff|cliffs)',
      '({weapon}|shotgun|rifle|guns) (is |are |s )?(in|on) the (car|van|truck|pasenger seat|seat|glovebox|front seat) & (parked|got through|done now|its done|goodbye|last|ready)',
      '(im|i am|il be|i wil be|then im|then) (driving|going|heading|walking) (up )?to the (cliffs|cliff|quarry|viaduct|clifs) & (after|once|tonight|he can keep|she can keep|they can keep|for good|not coming back|last)',
      '(walking|walk|wade|wading) (out )?into the (sea|river|lake|ocean|water) (once|when|after|tonight|and not|and never|til|until|for good)',
      '(i know|know) where ((my |our )?({parent}|grandad|grandpa|nan|gran|uncle|brother)|he|she|they|my {partner}) keeps (his|her|their|the) ({pills}|tablets|meds|medication|gun|guns|shotgun|rifle|rope|insulin)',
      '(chosen|picked|found) the spot $',
      '(i have|ive got|i have got|got) (the|my|al the|enough) ({pills}|tablets|rope|gun|blade|razor) & (cant do this|cant go on|cant cope|want to die|wana die|end it|im done|no point|goodbye)',
      // Contractions written out or not: "once the doorbell stops I am taking them", with the tablets named.
      '(once|when|after|tonight|then) ~~ (im|i am) taking (them|the lot|al of them) $ & ({pills}|tablets|meds)',
      '(search history|browser history|been googling|googled|googling|been searching) & (viaduct|lethal dose|how many (pils|tablets|paracetamol) (it takes|to)|painles way|hanging knots|noose)',
      '(got|have|ive got|i have|ive) (the|my|enough|al the|al my) ({pills}|tablets|meds) (saved|stockpiled|put by|put aside|saved up)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Wanting to follow someone who died: "I\'m going to do what our brother did", "I want to join him", "the same way as mum".',
    patterns: [
      `(want|wana|going|gona|thinking about|think about|planning|ready|tempted|need) to (follow|join) (him|her|them) & ${DEATH_TOLD}`,
      `(want|wana|going|gona|thinking about|think about|planning|ready|tempted|need) to (follow|join) (my|our) ${KIN} & ${DEATH_TOLD}`,
      `(do|doing) (what|the same as) (he|she|they) did & ${DEATH_TOLD}`,
      `(do|doing) (what|the same as) (my|our) ${KIN} did & (${DEATH_TOLD}|meds|pils)`,
      '(go|going|gona go) the same way (as )?(him|her|them|he did|she did|they did|mum|mom|dad|my brother|my sister|my dad|my mum)',
      // Only after a loss by suicide (LOSS_MARK): "my grandad died and I've got his shotgun" is an heirloom.
      `(go|going|gona go) the same way $ & ${LOSS_MARK}`,
      `(im|i am|il be) next & ${LOSS_MARK}`,
      `(i have|ive got|i have got|got) (his|her|their) (gun|rifle|shotgun|rope) & ${LOSS_MARK}`,
      // Patterns are squashed, so "too" is written "to": "I want to too", "I want to do it too".
      `(want|wana) to (do it )?to $ & ${DEATH_TOLD}`,
      `(want|wana|think about|thinking about) (to do|doing) the same & ${DEATH_TOLD}`,
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'An attempt told, and "it" planned for a day or thought of again: "years since my attempt… but I\'m planning to end it on Friday", "at my lowest I tried to overdose… I\'m thinking about it again".',
    patterns: [
      `(planning|plan|going|gona|decided|ready) to end it (on|this|next|tomorrow|tonight|at the wekend|after|before|when|once|$) & ${ATTEMPT_TOLD}`,
      `(thinking about|think about|thought about|thinking of) (it|doing it) (again|a lot|lately|every day|al the time) & ${ATTEMPT_TOLD}`,
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'An overdose tried: "at my lowest I tried to overdose" (told as healed, the healed-past check settles it).',
    patterns: ['(tried|attempted|trying|try) to (overdose|od)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: '"It" planned for a day with nothing else said ("I\'m planning to end it on Friday"): the relationship or a life, so the bot asks; ending it with someone is a breakup.',
    unlessNear: ['(end it|ending it|finish it) (with|between) ', '(end it|ending it|finish it) (on|this|next|tomorrow|tonight|at the wekend)? ~ . with (his|her|their|my) *', '(afair|relationship|marriage|engagement|things|us|texting|situationship|fling|lease|contract|subscription|membership)'],
    patterns: ['(planning|plan|going|gona|decided) to end it (on|this|next|tomorrow|tonight|at the wekend) '],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'A loss by suicide told with nothing else heard: those bereaved this way are at risk themselves, so the bot asks how they are, unless the message asks something practical or tells of healing ("how do I tell my girlfriend", "I lit a candle and felt peaceful").',
    unless: [
      // Practical questions only: "how do I go on", "what do I do now, I can't cope" are still asked about.
      '(how (do|can|should|would) (i|we|you) (tell|explain|talk|support|help|bring (it )?up|apologi*|reasure|ask|send|mark|word)|is it (normal|ok|okay|weird|bad|wrong|too much|overstepping)|should (i|we) (tell|send|go|invite|mention)|(tips|advice|ideas) (on|for|with)|any (tips|advice|ideas))',
      '(healing|healed|at peace|peaceful|proud|grateful|helps me|helped me|support group|memorial|fundraiser|charity|in (his|her|their) memory|lit a candle|life goes on|would want)',
    ],
    patterns: [LOSS_MARK],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Not meaning to see the next date: "not doing another winter", "17 isn\'t happening", "don\'t want to see another Valentine\'s", "last Christmas probably", "after the holidays I\'m done", "won\'t need one" about next year\'s diary. The bot asks.',
    unlessNear: [
      '(at|with|in) (his|her|their|my|our) (mums|moms|dads|parents|family|families|in laws|inlaws|place|house|sisters|brothers)',
      '(camping|hosting|cooking|abroad|alone|on my own|single|without (him|her|them)|at work|working|in this job|in this house|like last year|(with|at) the in laws|at (his|her) mums)',
      '(exam|exams|job|shift|contract|lease|term|semester|season ticket|subscription|diet|hangover|secret santa|work do|ofice party|drinking|dry january)',
      '(move|moving|school|uni|degree|course|module|apprenticeship|placement|team|club|before (we|i|they) (move|retire|leave))',
      '(in this (flat|place|town|city|country|weather|house)|damp|cold|dark|heating|energy bils|bils)',
      // A saying worn smooth: "dad says this Christmas will be his last, he's said it for ten years".
      '(said|says|saying) (it|that|this) (for|every) ~ (years|year|christmas|birthday)',
      AWAY,
    ],
    patterns: [
      `(not doing|wont do|wil not do|not going to do|(cant|can not|cannot) (do|face)|not facing|wont be doing|not having|(wont|wil not) se|not seing|(wont|wil not) make it to|not making it to|(dont|do not) want to (do|se|have|make it to)) another ${OCCASION}`,
      '(#|another|next|my next) (birthday )?(isnt|is not|aint|wont be|is never) happening',
      `(dont|do not) (realy )?want a (#th|#st|#nd|#rd|next|another) birthday $`,
      `last ${NAMED_DAY} (probably|prob|most likely)`,
      '(making|get|getting|leaving) (things|everything|it al) (tidy|sorted|in order|neat) (before|for when) i (go $|am gone|m gone|im gone)',
      `(this|it) (might|could|may|wil|should) be (my|our|the) last ${NAMED_DAY}`,
      `(this|next) ${OCCASION} (should be|wil be|is going to be|is gona be|has to be|might be|could be|may be) (the|my|our) last`,
      `(after|once) (christmas|xmas|new year|the holidays|the wedding|her wedding|his wedding|the anniversary|our anniversary|dessert|the party|the funeral|my birthday|his birthday|her birthday|${NAMED_DAY}|this (christmas|year|one|wekend)) ~ (im|i am|il be|i wil be|then im|then i am) done $`,
      '(and )?then (im|i am|il be) done ~ (ive decided|i decided|for good|with everything|with it al|with life|forever)',
      '(then|after that) i can (stop|rest|go)( pretending| now)? $',
      '(wont|wouldnt|would not|wil not|dont) need (it|one|them|a new one|that|this) (anymore|any more|this winter|next (year|winter|summer)|after (this|christmas|that)|$) & (gave|giving|given|not buying|didnt buy|no point buying|diary|calendar|coat|clothes|shoes|pasport|planner|winter)',
      '(wont|wouldnt|would not|wil not|dont) need a (new )?(diary|calendar|planner|winter coat|pasport) & (gave|giving|given|not buying|didnt buy|no point)',
      '(or no me|no me haha|final final)',
      '(how many more|not many more) (of these|years|christmases|birthdays|winters) ~ (ive got in me|i have in me|i can do|i can take|left in me|i can face)',
      'no plans (for|past|beyond) anything (after|beyond|past) (that|then|it)',
      '(if|in case) i (dont|do not|wont|never) make it (to|til|until|through) ~~ (at least|can have|can keep|wil have|have the house|keep the house|be fine without)',
      '(just )?in case (im|i am|i m) (not|gone)( around| here)? $',
      '(dont|no) (bother|point) (getting|buying) me anything ~~ (no point|wont need|not be here|wont be here)',
      '(they|it|these|those) (read|reads|sound|sounds) (more |a bit |kind of )?like goodbyes & (cards|letters|notes|messages|writing)',
      '(cards|letters|messages|notes) ~ (sound|sounds|read|reads|lok|loks) (more )?like (goodbyes|a goodbye|im leaving|im going|i wont be)',
      '(told|showed|showing|telling) (my|our|her|him) ~ where (the|my|al the|our) ~~ (documents|papers|wil|pasports|pasport|deds|insurance|pension|paswords|bank details) & (someone should know|dont know why|not sure why|felt like)',
      '(updated|wrote|writing|made|redid|changed|sorted) my wil & (right time|cant explain|dont know why|not sure why|felt like it was time|before its too late)',
      '(paswords|bank details|acounts|pins) ~~ (notebok|writen down|wrote down|list) & (something else|dont know why|not sure why|dunno)',
      '(go|should just go|want to go|could go|il go|ready to go|time to go) be with (her|him|them|mum|mom|dad|my (mum|mom|dad|brother|sister|son|daughter|wife|husband|nan|gran|grandad)) & (anniversary|died|pased|dead|death|grave|funeral|lost|heaven|without (her|him))',
      '(people|someone|you) (who|that) (arent|are not|isnt|is not) (around|here) (anymore|any more) & asking for me',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 26: finishing "it" the way it was planned, or running out with the lease ("the lease runs out in march and so do I"); not a race, a project or the end of term.',
    unlessNear: ['(breakup|break up|in person|the chat|the talk|conversation|tell (him|her|them)|#k|race|run|running|marathon|trainers|project|thesis|dissertation|painting|book|novel|season|series|game|puzzle|course|degree|renovation|kitchen|garden|quilt|jumper|scarf|essay|term|semester|shift|holiday|notice|contract)'],
    patterns: [
      '(finishing|finish|ending|end|doing|do) it (the way|how|like) (i|id|he|she|they|hed|shed) (planned|plan|planed|always said|said (i|he|she|they) would)',
      '(runs out|run out|ends|expires|is up|finishes|closes) ~~ and so (do|wil|am) i',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 26: tired of waking, wishing for the quiet end a pet was given, not surviving a betrayal "literally". The bot asks.',
    patterns: [
      '(tired|sick|exhausted) of waking (up )?$',
      '(put|puts|putting) ~ (down|to sleep) ~~ (id like that|i would like that|i want that|i wish (that|it) (was|were) me|wish someone would do that) ~ (too|for me|$)',
      '(wont|will not|wouldnt|would not|(dont|do not) think (il|i wil|id|i would)) (survive|get through|make it through) (it|this|that|another) ~ . (literaly|i mean it|seriously|for real)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 26: wanting to follow someone who took their own life, the same way ("my dad hanged himself when I was little and now I want to do the same").',
    unless: ['(film|movie|show|series|book|novel|episode|sequel|character|season|play|opera)'],
    patterns: [
      '(i|im|ive|id|il) ~ (want|wana|going|gona|thinking about|think about|thought about|tempted|might|could|wil) (to )?(do|doing|go|going) (it )?the same (way|thing|as (him|her|them)|$) & (hanged|shot|kiled|drowned|overdosed|gased) (himself|herself|themselves)',
      '(i|im|ive|id|il) ~ (want|wana|going|gona|thinking about|think about|thought about|tempted|might|could|wil) (to )?(do|doing|go|going) (it )?the same (way|thing|as (him|her|them)|$) & took (his|her|their) own life',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Round 26: the pills already taken, said as a goodbye ("goodbye, I\'m done, the pills are already in").',
    patterns: ['({pills}|pills|tablets) (are|r|is) already (in|down) & (goodbye|bye) & (im done|i am done|sory|forever|not (picking up|answering)|isnt (picking up|answering))'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Round 26: done with everything, the last time I ask anyone for help, no point fixing me, a favourite thing given away out of nowhere. The bot asks.',
    unlessNear: ['(chores|dishes|washing|laundry|housework|revision|homework|for (today|tonight|the day|the week|now)|diet|dating apps|social media|birthday|christmas|present|gift|anniversary)'],
    patterns: [
      '(im|i am) (so |just )?done . (with )?(everything|it al|al of it|life) $',
      '(im|i am) (so |just )?done with (everything|it al|al of it|life) $',
      'last time i (ask|wil ask|am asking|reach out to|ask for help from) (anyone|anybody) ~ (for help|$)',
      'no point (fixing|saving|helping|trying with) me',
      '(gave|giving|given|gives) (me|away) (her|his|their|my) (favourite|fav|best|prized|most precious) ~ (out of nowhere|for no reason|randomly|just like that|out of the blue)',
    ],
  },
];
