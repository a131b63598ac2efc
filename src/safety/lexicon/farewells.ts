/**
 * Lexicon rules for a wish to die said through goodbyes, arrangements and places rather than
 * in words of dying: "kissed the kids goodnight for the last time", "tidying up before I check
 * out", "I'm at the cliffs where we got engaged", "in 10 minutes I'll be gone", "who'd even come
 * to my funeral".
 *
 * Round twenty-two's dev file of suicide said sideways (risk-dev-sideways) heard 84 of 120 at
 * first contact. Each rule names the farewell or arrangement and one more sign that it is a last
 * one, so a retirement card, a house move, a dead dog or a joke stays quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';
import { A_DROP, A_FAREWELL, HARMLESS_DROP } from './suicide.ts';

/** High places and water, said as where someone is or is heading: the drops the suicide rules know, and a pier or a parapet. */
const EDGE = `(${A_DROP}|pier|parapet|cliff edge)`;

/**
 * A goodnight, a goodbye or an apology that closes a message ("on the ledge. bye x", "knife's
 * upstairs with me. goodnight"): read only at the end of a sentence, so "bye for now" is not one.
 */
export const SIGN_OFF =
  '(godnight|good night|night al|nite|goodbye|godbye|bye|bye al|love you al|love you both|sory|sory for everything|dont try|its time|tel (her|him|them|everyone|mum|dad))';

/** Last words that are not "for now": the suicide rules' farewells, and what someone says who does not mean to come back. */
const FINAL_WORDS = `(${A_FAREWELL}|sory for al|dont try to|tel my (mum|mom|mother|dad|father|wife|husband|kids) (i|im|that)|last prayers|not coming back|wont be coming back|last message)`;

/** Ordinary reasons to be at a high place or by water, read only in the same sentence or the next (a walk that ends on a ledge is no day out). */
const DAY_OUT = `(${HARMLESS_DROP}|hike|hiking|picnic|holiday|swim|swiming|paddl*|fishing|wetsuit|a dip|lifeguard|tour|date night|proposal|propose)`;

/** Ordinary reasons for last times and goodbyes: a death, a move, a retirement, a break-up. */
const ORDINARY_GOODBYE =
  '(died|funeral|hospice|pased away|passed|put down|buried|vet|dog|cat|hamster|moving|move|moved|emigrat*|retir*|leaving do|new job|school leaver|graduat*|holiday|flight|airport|break up|broke up|ex|divorce)';

/** Every rule about farewells, arrangements and places. */
export const FAREWELL_RULES: readonly LexiconRule[] = [
  {
    category: 'suicide',
    level: 'imminent',
    note: 'At a high place or the water with a goodbye, the car running in a shut garage, gone within minutes ("on the ledge. bye x", "in 10 minutes I\'ll be gone").',
    unlessNear: [DAY_OUT, '(to the shop|to the shops|to work|to the gym|to bed|train|flight|airport|meeting|school run|platform|station|waving|wave (him|her|them)|for now|se you|later|tomorow|fixing|aerial|gutter*|roofer|tiles)'],
    patterns: [
      `(im |i am )?on the (ledge|edge|railing|railings|parapet|wrong side of the (railing|railings|barrier|fence|rail)) & ${SIGN_OFF} (x |xx )?$`,
      `(im |i am |hes |shes )?(at|on|heading to|going to|walking to|driving to) the ${EDGE} & ${FINAL_WORDS}`,
      `(im |i am )?(at|on) the ${EDGE} (where|that) ~~ & (end it|finish it|where it (started|began)|seems right|last time|its time)`,
      '(going|goin|gona|about to go|walking) (in|into) the (water|sea|river|canal|lake) & (goodbye|its goodbye|bye|sory|last|drunk|dont try|never come back|wont come back)',
      '(in|within) (# |ten |five |twenty |thirty |a few )?(minutes|mins|hours|hour) (il|ill|i wil) (be gone|be dead|not be here|not be around) & (pasword|tel|sory|bye|goodbye|everything (she|he|they) needs|love)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'The car running in a shut garage, not warming up with the door open.',
    unlessNear: ['(warm up|warm it up|warming up|door open|doors open|defrost*|mechanic|fixing|load*|jump start*|bateries|battery)'],
    patterns: ['(car|cars|engine|engines) (is )?running in the (garage|closed garage|shut garage|locked garage)'],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A last goodnight or goodbye to the children, or a goodbye message and then missing ("kissed the kids goodnight for the last time").',
    ifNow: 'imminent',
    unlessNear: [ORDINARY_GOODBYE],
    patterns: [
      '(kised|hugged|said goodbye to|said godnight to|tucked in|waved (bye|goodbye) to|kised * godnight|hugged * godnight) ~~ (for the last time|was the last time)',
    ],
  },
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Someone close sends a goodbye and cannot be found ("texted \'love you mum, sorry\' and he\'s not in his room and the car keys are gone").',
    victim: 'other',
    patterns: [
      '({child}|{relation}|{partner}|he|she|they) (just |has |had |then )?(texted|messaged|text|rang|caled|posted|sent) ~~ (love you|sory|goodbye|bye) & (not in (his|her|their) room|car keys (are |have )?gone|not answering|phone (is |s )?(of|dead|going straight)|cant find (him|her|them)|gone mising|not home yet)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Affairs put in order for after the writer is gone: things handed on so nobody sorts through them, tidying up "before I check out", a funeral planned and left to be found, a policy\'s payout as the one useful thing left.',
    unless: ['(terminal|cancer|diagnos*|chemo|palliative|old age|wil writing|solicitor|pre paid|prepaid|planing ahead|moving house|moving out|declutter*|marie kondo)'],
    patterns: [
      '(so|dont want|do not want) (my )?(mum|mom|dad|family|wife|husband|partner|kids|sister|brother|anyone|nobody|no one) ~ (sorting|sort|going|go|clearing|clear) through my (stuff|things|room|flat|belongings) (after|when|once)',
      '(tidying up|tidy up|sorting everything|sorted everything|paid (it |everything )?of|cancel*) ~~ (before i|til i|until i) (check out|clock out|log of|exit|go) (for god|permanently|$)',
      '(instructions|plans|wishes|playlist|songs) for my funeral & (fridge|find them|wil find|on the table|left|kitchen|drawer)',
      '(payout|policy|life insurance|life cover) & ((one|only|last) useful thing (i can|i could|left|id|im)|worth more (dead|gone|to (them|her|him|you) dead)|only thing i can (stil )?do)',
      '(put|puting|left|labeled|labelled|sorted) (her|his|my|their) ~ (jewelery|jewelry|jewellery|watch|rings|things|stuff|belongings|medals) (in|into) envelopes & (had enough|refusing food|not eating|stoped eating|giving (away|things)|sory|no point|done|tired of)',
      'so it (doesnt|wont|does not) break (her|his|their|mums|dads) heart when i go',
      '(when|if|after) i go to( al| as wel)? $',
      '(getting|get|geting) ready to (leave|go) ~~ not the way (she|he|they|you|everyone) (thinks|think|expects)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A plan with a date, a place researched, a rehearsal ("I don\'t plan on seeing March", "every night I google the same bridge", "next time I won\'t turn back").',
    patterns: [
      '(dont|do not|wont) (plan|intend|expect) (on|to) (seing|se|make it to|be around for|live to|being here for|reach) (#|thirty|forty|fifty|christmas|easter|new year|the new year|next year|the summer|spring|my (next )?birthday|another (year|birthday|christmas)|january|february|march|april|may|june|july|august|september|october|november|december)',
      'next time i (wont|wil not) (turn back|chicken out|pul back|bottle it|climb down) $',
      '(rehearsed|practised|practiced|dry run|practice run) ~~ & (roof|bridge|rope|ledge|edge|noose|tablets|pils|wont turn back|next time)',
      '(ive|i have|i) (got|have) it (al )?planned ~~ (one last|last normal|last christmas|last birthday)',
      'how high is high enough',
      '(picked|chosen|chose|decided on|setled on|worked out) (the|a|my) method',
      'walk (in|into|out into) the (sea|river|lake|water|waves) & (stones|not come back|never come back|wont come back|coat|pockets|like (she|he) did)',
      '(got|have|picked|found|chosen) (a|the) (spot|place) (picked out|chosen|sorted|in the woods|in the forest) & (nobody|no one|noone|find me|for ages|woods|forest|the point)',
      '(written|wrote|writen) (the|my|some|al the) (notes|leters|goodbye leters) & (picked the day|the day|one for (her|him|each|my)|one each)',
      '(se|seing) you (al )?on the other side & (giving|gave|gives|given) ~ away',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'A high place looked up again and again for its height, its depth or its cameras ("every night I google the same bridge").',
    unlessNear: ['(bunge*|project|homework|trip|visit|tour|holiday|honeymoon|engineering|photo*|climb*|abseil*|walk|run|race|cycle|drive)'],
    patterns: ['(google|googling|googled|look up|looking up|looked up|research*) ~~ (bridge|cliff|building|car park|multi storey|tower block) & (how deep|cameras|the drop|whether (anyone|anybody) (would|could) se)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Passive and hedged: everyone would cope without me, not sure I want to be around to find out, who would come to my funeral, a goodbye letter or a farewell tour with no reason given: ask.',
    unless: ['(week|weekend|holiday|office|work|trip|shift|conference|hen do|stag do|festival|band|retir*|concert|tour dates|propose|proposal|tattoo|skydive|party|ask (her|him) out|affair|relationship|dating|drink*|smok*|gambl*|social media|this app|men|women)'],
    patterns: [
      '(everyone|they|people|the kids|my family|my kids|she|he) (would|wil|d|wd) (cope|manage|be fine|get on|carry on) (fine |just fine |perfectly wel )?without me',
      '(not sure|dont know if|dont know whether|unsure if|unsure whether) i (want|wana) to (be around|be here|stick around) to',
      '(who|whod|who d) (would |wd )?(even )?(come|turn up|show up|bother coming) to my funeral',
      '(dont|do not) know what im (even )?for (now|anymore|any more)',
      '(fal asleep|sleep) ~~ and skip the rest',
      '(what|why) im (stil|even) doing here',
      'like a farewell tour',
      '(done|finished) with (al of it|everything|it al|life|this life|living|being here) ~ (for god|forever|permanently|for ever)',
      '(gona|going to|wil) do it on my (birthday|anniversary)',
    ],
  },
];
