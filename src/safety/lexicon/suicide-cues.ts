/**
 * Weak warning signs of suicide, grouped into families, and the harmless contexts that explain
 * them away. See screen-cues.ts for how they are combined.
 */

/**
 * Weak warning signs of suicide, grouped into families. One family alone means little ("I'm
 * exhausted", "tonight", "the bridge"); words from {@link CUE_MIN_FAMILIES} different families
 * in one message, when no rule matched and nothing harmless explains them, make the screen
 * ask one caring question (`suicide`, `possible`). This catches indirect messages no single
 * phrase describes ("I made peace with it. I know what I'm going to do when the kids are out").
 */
export const SUICIDE_CUES: Readonly<Record<string, readonly string[]>> = {
  finality: [
    'for good',
    'forever',
    'permanently',
    'never (come|coming) back',
    'one last time',
    '(the|my) last time',
    '(already|soon be|will be) gone',
    'free (from|of) (all of )?(this|it|everything)',
    '(will|be|is|all be) over (soon|for good)',
    'end soon',
    'made (sure|peace)',
    '(my )?mind is made up',
    '(ive|i have) decided',
    'goodbye',
    '(go|leave|slip away) quietly',
    'no (going|turning) back',
    'its time',
    'for the last time',
    'wont (matter|be a problem)',
  ],
  death: [
    'dead',
    'die',
    'dying',
    'death',
    'funeral',
    'eulogy',
    'grave',
    'buried',
    'alive',
    'exist*',
    '(be|being) (rescued|saved)',
    'hold on',
    'end (it|things|everything|my life)',
    'heaven',
    'afterlife',
    'the other side',
  ],
  absence: [
    'without me',
    'in (everyones|everybodys|their|the) way',
    'deal with me',
    'burden',
    'better off',
    'step* aside',
    '(nobody|no one|noone) (will|would|d) (miss|notice|come|care|have to|cry)',
    '(wont|will not) be a problem',
    '(stay|staying|keep me|keeping me|keeps me) (alive|here|going)',
    'reasons? to (stay|live|keep going)',
    'miss me',
    '(their|your|his|her) (lives|life) (easier|better)',
  ],
  means: [
    '{pills}',
    'rope',
    'noose',
    'bottle',
    'balcony',
    'bridge',
    '(high|tall|deep) enough',
    'roof',
    'rooftop',
    'ledge',
    'tracks',
    'cliff',
    'woods',
    'razor',
    'blade',
    'gun',
    '(saving|saved|stockpil*|hoard*) ~ (them|it|up)',
    'act on',
    '(everything|all) i need',
    'garage',
    'off the road',
    'into (traffic|a tree|a wall)',
  ],
  hopeless: [
    '(cant|can not|cannot|couldnt) (do|take|handle|bear|stand|face) ~ (this|it|another|any more|anymore|any longer)',
    'hold on (any longer|anymore)',
    '(running out of|no more|no) reasons?',
    'only (thing|reason|one|person) (keeping|that keeps) me',
    'only (staying|stay) (alive|here)',
    'how (much )?long(er)? (that|this|i) (will|can|is)',
    '(exhausted|tired) (of|from) (everything|it all|life|living|trying|fighting|being|existing)',
    'no point',
    '(give|gave|giving) up',
    'nothing left',
    'these thoughts',
    'trapped',
    'no way out',
    'hopeless',
    'worthless',
  ],
  farewell: [
    'i love (you|them|you all|you guys|everyone)',
    '(not|none of this is|wasnt|isnt) (your|anyones) fault',
    'dont tell (anyone|anybody)',
    'sorry (mum|mom|dad|for everything|for all)',
    'take care of (my|yourself|her|him|them)',
    'thank you for everything',
    'forgive me',
    'remember me',
  ],
  withdrawal: [
    'turned (off|of) my phone',
    'deleted (my|all my) (accounts|social media|instagram|profiles|profile)',
    'cut (everyone|everybody) (off|out)',
    'stopped (answering|replying)',
    'off (the )?grid',
  ],
  // "soon" squashes to "son", so it is only a cue inside a phrase ("be over soon", not "my son").
  now: ['tonight', '(very|realy|real|pretty|be over|wil be|be gone|il be gone|over|al be over|time|mater|matter|end|ends|gone|done|happen|happening|coming|it) soon', 'soon anyway', 'soon enough', 'this weekend', 'tomorrow', 'when the kids are', 'when (everyone|they) (is|are) (asleep|gone|out)', 'before (morning|sunrise|the weekend)'],
};

/** How many different {@link SUICIDE_CUES} families one message needs before the screen asks. */
export const CUE_MIN_FAMILIES = 2;

/** Harmless contexts that explain weak cues away: trips, work, health, jokes, the relationship itself. */
export const CUE_BENIGN: readonly string[] = [
  '(surgery|operation|camping|trip|holiday|vacation|exam|exams|finals|job|work|office|party|birthday|wedding|moving|lease|subscription|game|movie|show|season|episode|series|book|battery|knee|tooth|cramps|flight|concert|gym|diet)',
  '(lol|lmao|haha|😂|🤣)',
  '(clean*|organi*|tidy*|expired|restock*)',
  'we (fought|argued|had a fight|had an argument)',
  '(through|hit|hits|raise|raising|raised) the roof',
  'a roof over (my|our|their|his|her) head',
  'cross (that|the) bridge',
  '(team|slack|last day|colleagues|coworkers|leaving do|notice period|handover)',
  '(mechanic|running rough|repair*|servic*|mot|tyre|tyres|tire|tires|oil change|breakdown|broke down)',
  '(with (him|her|them|my ex)|my ex|break up|broke up|broken up|breakup|breaking up|divorc*|our relationship|this relationship)',
  // Tired of a situation, not of being alive: "existing in this limbo".
  '(existing|living) in (this|a|the|our|that|some) ~ (limbo|situation|state|in between|grey area|gray area|holding pattern|arangement)',
  // Natural death accepted calmly, far off: "made peace with dying one day", "he's 91 and healthy".
  '(dying|die|death|dead) (one day|someday|some day|eventualy|of old age|naturaly|in (his|her|their|my) sleep one day)',
  '(healthy|practical) & (will|wil|funeral|dying|death)',
  // The relationship is what is dead: "I think my marriage is dead", "dead inside about the relationship".
  '(mariage|relationship|love life|sex life|spark|romance|friendship|feelings for (him|her|them)) (is|was|feels|felt|s|has) ~ dead',
  'dead (inside )?(about|towards|toward) (the|our|this|my) (relationship|mariage)',
];
