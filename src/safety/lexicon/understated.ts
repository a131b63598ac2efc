/**
 * Lexicon rules for danger said sideways, the way people who play things down say it: through
 * the life cover and the mortgage, "things get physical sometimes", "the knife's upstairs with
 * me. goodnight", "cutting helps, honestly", "I go along with sex so he'll stop going on".
 *
 * Round twenty-two's dev files (men speaking; money, debt and the law) missed these: the older
 * rules wanted the plain word (suicide, hit, rape) or a plain want ("I want to die"). Each rule
 * here names the sideways words and one more sign that they mean harm, so the same words about
 * paperwork, a job or a date stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import { SIGN_OFF } from './farewells.ts';
import { RELATIONSHIP_ACTION, type LexiconRule } from './rule.ts';

/** Means that can be at hand, said in a word. */
const MEANS = '(knife|knifes|blade|blades|gun|guns|pistol|shotgun|rope|pils|tablets|the pils|the tablets)';

/** Every rule about danger said sideways. */
export const UNDERSTATED_RULES: readonly LexiconRule[] = [
  {
    category: 'suicide',
    level: 'imminent',
    note: 'Means beside the writer, and a goodnight or goodbye: "knife\'s upstairs with me. goodnight x".',
    unless: ['(chop*|cook*|dinner|flight|holiday|travel*|trip|camping|fishing|hunting|range|shoot|clay*|hospital bag)'],
    patterns: [
      `${MEANS} (is |s |are )?(upstairs |downstairs |here |in the car |in the bathroom |in my hand |in my pocket |on the bed )?(with me|beside me|next to me) $ & ${SIGN_OFF} (x |xx |xxx )?$`,
      // A gun loaded and in the writer's lap or hand, with no way on: "loaded my dad's rifle, it's across my lap".
      '(loaded|loading) (my|the|his|dads|my dads|a|grandads|my grandads) (rifle|gun|shotgun|pistol|revolver|handgun) & ((across|in|on) my (lap|hand|knee|knees|mouth)|cant do|another day|anymore|any more|end it|goodbye|bye|done|fucked everything)',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Taking "the lot" of tablets someone kept, or a way out that is the writer gone ("easiest way out is I go and the mortgage protection clears it").',
    unless: ['(bin it|chemist|pharmacy|dispose|out of date|expired|recycl*)'],
    patterns: [
      '(take|swalow|down|neck|taking|swalowing) (the lot|the whole lot|the whole box|the whole packet|the whole botle|every last one) & {pills}',
      '(easiest|only|best|simplest|cleanest|quickest) way out (is|would be|for everyone is) (i go|if i go|i just go) (and|so|then) (the|my|they|she|he|everyone|everything|it|al)',
      '(easiest|only|best|simplest|cleanest|quickest) way out (is|would be|for everyone is) (me gone|if im gone|me not being here|i die|me dying|i wasnt here|me not here|me dead|if i die|if i was gone)',
      '(know|picked|chosen|chose|found) (exactly )?(the|a) (spot|place|bridge|cliff|edge|ledge|tree) (id|i would|il|ill|i wil|i could|i wd) (go|jump|do it) (from|off) & (cliff|cliffs|bridge|edge|drop|split|leave|leaves|left|cant|can not|every night|kep going|keep going|no point|nothing left|end it|done)',
      '(wrote|writen|written|left) (a|my|the) (note|leter|leters|notes) & not (doing|going to do|done) (anything|it) yet',
    ],
  },
  {
    category: 'suicide',
    level: 'high',
    note: 'Round 25: means kept ready, said flatly: "the noose is in my wardrobe", "the knife is under my pillow for when I\'m ready", "tested the beam, it\'ll hold me".',
    unless: ['(halowen|halloween|costume|prop|props|play|film|movie|museum|history|knot|knots|sailing|climbing|scout*|bleed*|blocked|runny|pierc*|stud|swing|hamock|hammock|pul up|pull up|pullup|gym|cook*|chop*|move out)'],
    patterns: [
      // "noose" is squashed to "nose", so the noose needs a place it is kept or a state it is in; never "my nose".
      '(the|a) nose (is|s|has ben|was) (in|under|behind|on top of) (my|the) (wardrobe|closet|cupboard|drawer|garage|shed|loft|attic|car|bag|rucksack|backpack|room|bedroom|bed)',
      '(the|a) nose (is |s |has ben |was )?(already )?(tied|ready|made|hanging (up|from|in))',
      `${MEANS} ~~ for when (im|i am|i m|its) (ready|time) $`,
      '(tested|tried|checked|tested out) (the|a|that|our) (beam|bannister|banister|hook|rafter|rafters|branch|rail|loft hatch) ~~ (hold|take|bear) (me|my weight) $',
    ],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Not knowing how much longer one can keep going: ask. Not a job, a commute or a course.',
    unless: ['(this|the|my) (job|comute|course|shift|shifts|rota|diet|training|degree|placement|contract|role)', 'at work'],
    patterns: ['(dont|do not) know how (much )?(longer|more) i can (keep (doing|going|going on|on|this up)|carry on|hold on|hold it together)'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'The writer\'s own life cover read so the family is looked after "whatever happens": ask. Not a couple sorting their cover together.',
    unless: ['(we|our|us) (checked|sorted|set up|took out|got|upped|reviewed) ~ (life|policy|policies|insurance|cover)'],
    patterns: ['my (life cover|life insurance|life policy|death in service|mortgage protection) & (whatever hapens|clears it|clear it|clears the|pays it of|pay it of|better off|looked after (if|when|once) (i|im))'],
  },
  {
    category: 'suicide',
    level: 'possible',
    note: 'Someone close who says they are going to "end it" (a son, a sister, a mate): ask. Ending it with someone, or a partner ending things, is a break-up.',
    ifNow: 'imminent',
    victim: 'other',
    unless: [...RELATIONSHIP_ACTION, 'end (it|things) with', '(fel for|falen for|seing someone|moved out|the relationship|the mariage|the engagement)'],
    patterns: ['({child}|{relation}) ~ (said|says|told me|texted|text|messaged|keps saying|kept saying|posted|wrote) (that )?(he|she|they|hes|shes|theyre)( is| s| was| are| re)? (going to|gona|wil|wants to) end it'],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Rows that "get physical", an allowance handed out, "you\'ll regret it if I…", a partner who must always know where the writer is or keeps turning up: ask.',
    unless: ['(date|dates|kis*|in bed|sex|flirt*|hook up|hooked up|make out|made out|made love|cuddl*|foreplay)'],
    unlessNear: ['(drop of|drop offs|pick up|pickup|handover|hand over|contact visit|with the kids|for the kids|school run)'],
    patterns: [
      '(things|it|arguments|rows|fights) (get|gets|got|getting|can get) (a bit |a litle |quite |prety |too )?physical & (row|rows|argu*|fight*|shout*|when we|angry|temper)',
      '(i get|i am given|im given|gives me|i have) (an|a weekly|a monthly|a smal) (allowance|pocket money) & ({partner}|she|he|they)',
      '(youl|il|ill|you wil|i wil|youd|id) regret it if (i|you) & (custody|leave|leaving|go|tell|report|move out|split)',
      'my {partner} ~ (keps|kept|kep|keep|wil|always) ~ (turning up|showing up|turn up|show up) (at|where|outside)',
      '(likes|needs|has|wants|insists) to know where i am (al the time|every minute|at al times|24 7|constantly)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Going along with sex to keep the peace, or waking with no memory and sore: ask.',
    unlessNear: ['(danc*|gym|workout|hike|hiking|run|running|football|legs|feet|head|neck|back|hangover|hungover)'],
    patterns: [
      '(go|goes|went|going) along with (sex|it in bed|him in bed|her in bed) (just )?(so|to stop|to keep|because|cos|or)',
      'woke up (with no memory|not remembering|with no idea|and couldnt remember|remembering nothing) & (sore|naked|undresed|my clothes|bleding|bruis*|hurt down)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Cutting said to help, or cuts up someone\'s arms they made themselves (hidden under sleeves, "does it when he\'s angry").',
    unlessNear: ['(bramble|brambles|thorn|thorns|cat|kiten|garden*|rose|roses|climbing|fel|fell|crash*|bike|work|kitchen|glass|paper|shaving|surgery|operation)'],
    patterns: [
      'cutting (helps|is the only thing|calms me|works|is how i cope|gets me through)',
      '(has|had|got|with|found) cuts (al )?(up|over|on|along|acros|down) (his|her|their|my) (arm|arms|forearm|forearms|wrist|wrists|legs|thighs|stomach) & (does it|did it|doing it|himself|herself|themselves|self harm*|suicide thing|hides|hiding|hid|sleves|blade|blades|razor|sharpener|on purpose|when (hes|shes|theyre|he is|she is) (angry|upset|stresed))',
    ],
  },
  {
    category: 'self_harm',
    level: 'possible',
    note: 'Nails dug in hard when upset: ask.',
    patterns: ['dig (my )?nails (in|into) ~~ (hard|til|until|blod|bleed|marks|break the skin|broke the skin)'],
  },
];
