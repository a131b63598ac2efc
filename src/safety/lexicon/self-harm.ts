/**
 * Lexicon rules for `self_harm`. Self-harm without suicidal intent: cutting, burning, hitting oneself, relapses and urges.
 *
 * See ../lexicon.ts for how to add a pattern and screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Every `self_harm` rule the screen applies. */
export const SELF_HARM_RULES: readonly LexiconRule[] = [

  {
    category: 'self_harm',
    level: 'high',
    note: 'Cutting, burning or hurting oneself on purpose.',
    unless: ['(shav*|cooking|chopping|slicing|kitchen|so clumsy|im clumsy|by accident|accidentally|oops|rose|bush|thorn*|branch|the cat|my cat|the dog|my dog|kitten|puppy|garden*|fence|nail)'],
    patterns: [
      '(cut|cuting|cuts|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hiting|punish|punishing|starve|starving|harm|harming|hurt|hurting|bruise|bruising) ({selfref}|my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|skin|stomach|hips|body))',
      'self (harm|harming|harmed|injury|injuring|injure|mutilation)',
      'selfharm*',
      '(cutting|cut) again',
      '(been|started|start|keep|stop|stoped|urge to|urges to) cuting',
      '(relapse|relapsed|relapsing|urge|urges|clean from|clean of|days clean|months clean|weeks clean) ~ (sh|self harm|cuting)',
      '(sh|self harm) (again|urges|scars)',
      '(telling|tels|told|tell|keeps telling|keep telling) me to (hurt|cut|harm|burn|punish) {selfref}',
      '(bang|banging|bangs|hit|hiting|slam|slaming) my head (on|against|into) (the|a) (wal|floor|door|desk)',
      '(punch*|hit*|bang*|cut*|burn*|bleed*|hurt*|scratch*) ~ on purpose',
      '(🔪|🩸|🗡) & (again|tonight|want|wana|cut|urge|{selfref}|relapse*|arm|wrist|skin|need)',
      'want to cut $',
      '(carve*|carving|etch*|scratch*|slice*|slicing) ~ (into )?my (arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach|hip|hips)',
    ],
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
    patterns: [
      '(cut|cuts|cuting|harm|harms|harming|hurt|hurts|hurting|burn|burns|burning|scratches|starving|starves|starve) (himself|herself|themselves|themself)',
      '(has been|is|s|been|keeps|started) (self harming|cuting)',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    note: 'Self-harm described through relapse, wounds, or pain sought to feel something.',
    unless: ['(cooking|kitchen|shaving|gardening|garden|paper cut|surgery|tattoo|piercing|flowers|fresh cut (flowers|grass))'],
    patterns: [
      '(relapse*|slipped|slip up|slipped up) & (blade|razor|cut|cuts|cutting|sh|scars|burn|burning|burned|lighter|wrist|wrists|arms|thighs|self harm)',
      '(punch*|hit*|bang*) ~ (wall|walls|door|doors) ~ (until|til|till|so) ~ (bleed|bleeds|bled|bruise|bruises|break|broke|hurts|feel something|feel it)',
      '(so|just to|to) (that )?i (can )?feel something & (hurt|cut|punch|burn|bleed|pain|bite|scratch|hit)',
      '(bite|biting|bit|bites|pinch|pinching) (myself|my (arm|arms|hand|hands|wrist|lip|skin)) ~~ (until|til|till|bleed|bruise|bruises|hurts|on purpose|punish)',
      '(fresh|new|deep|open) (cuts|wounds|burns)',
      'cuts (on|all over) my (arms|thighs|legs|wrists|stomach|hips|arm|thigh|leg|wrist|body)',
      'my (arms|thighs|legs|wrists|stomach|hips|skin) (are|is) ~ (covered in|full of) ~ (cuts|scars|burns)',
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
      '(without|no) (sh|self harm|cutting) & (urges|urge|tempt*|want to|close to|relapse*)',
      '(weeks|days|months|years) (without|no|free of|clean from|clean of) (sh|self harm|cutting)',
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
];
