/**
 * Context markers the screen reads around a rule's match: is it happening now, is someone in
 * danger this minute, is the person harmed a child, is the message about someone else, is the
 * harm past or ongoing. Patterns use the language of screen-pattern.ts and MACROS.
 */

/** Words that say it is happening now; they raise suicide to `imminent` and abuse to `emergency`. */
export const NOW_MARKERS: readonly string[] = [
  '(tonight|tonite|2nite|2night|tn)',
  'right now',
  'rn',
  'today',
  'about to',
  'this is (goodbye|it)',
  'in (a few|an|#|a) (minutes|mins|min|hour|hours)',
  'after (everyone|they|my *) (is|are|s|goes|go|falls|fall)? ?(asleep|sleeps|to bed|leaves|leave)',
  'after (work|school|class|dinner|this)',
  '(goodbye|bye) (everyone|everybody|al|world|forever)',
  'bye (everyone|everybody|all|world)',
];

/** Words that say someone is in physical danger this minute, turning abuse into an emergency. */
export const DANGER_NOW: readonly string[] = [
  'right now',
  'rn',
  '(hes|shes|they are|theyre) (here|coming|home|outside)',
  '(im|i am) hiding (in|from|under)',
  'help me $',
  'help $',
  'come quick',
  'hurry',
  '(please|pls|plz|someone|somebody|can you|can u|should i|need to|ned to|just|help) call (911|999|000|112|the police|the cops)',
  'i (need to|have to|should|must|gota|got to) call (911|999|000|112|the police|the cops) (now|rn|right now)',
  '(calling|caled|called) (911|999|000|112|the police|the cops)',
];

/** The speaker is or was a child, which makes abuse of "me" child abuse. */
export const CHILD_SELF: readonly string[] = [
  'when (i|we) (was|were) (a )?(kid|kids|child|children|little|young|small|younger|teen|teenager|boy|girl|baby|#)',
  'as (a )?(kid|child|kids|children|little girl|little boy|teen|teenager|young girl|young boy)',
  'growing up',
  '(im|i am|only|just|age|aged) (1[0-7]|[5-9])( (years old|year old|yrs old|yr old|yo))?',
  '(i was|when i was) (1[0-7]|[1-9])',
  'in (elementary|middle|primary|grade) school',
  'my (childhood|teens)',
];

/** The person harmed is a child ("my little brother", "she's 8"). */
export const CHILD_OTHER: readonly string[] = [
  '(my|our|his|her|their|the|a) {child}',
  '(shes|hes|she is|he is|they are|theyre|only) (1[0-7]|[1-9])( (years old|year old|yo))?',
  '(nany|babysiter|daycare|nursery|preschool|kindergarten|youth pastor|scout leader)',
  '(is|s|just|only) ([1-9]|1[0-7]) (and|but|so|years old|year old|yo)',
];

/** The message frames itself as about someone else. */
export const THIRD_PARTY_FRAMES: readonly string[] = ['(asking|ask|asked) for a friend', 'for a friend', 'my friend (is|was|says|said|told|keeps)'];

/** Time markers: the harm is in the past. */
export const PAST_MARKERS: readonly string[] = [
  'when (i|we) (was|were)',
  'as a (kid|child|teen|teenager)',
  'growing up',
  'used to',
  '(years|months) ago',
  'last year',
  'in (college|high school|school|uni)',
  'back (then|in)',
  'a long time ago',
  'years later',
  'still (cant|can not) (sleep|forget|stop thinking)',
];

/** Time markers: the harm is still going on. */
export const ONGOING_MARKERS: readonly string[] = [
  'again',
  'still',
  'every (day|night|time|week|weekend)',
  'keeps',
  'keep',
  'always',
  'right now',
  'rn',
  'lately',
  'these days',
  'all the time',
  'constantly',
  'anymore',
  'now',
  '(hits|beats|chokes|checks|tracks|controls|monitors|reads|forces|makes|touches|abuses|hurts|threatens|isolates|locks|follows|stalks|takes) (me|my)',
];
