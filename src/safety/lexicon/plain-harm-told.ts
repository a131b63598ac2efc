/**
 * Lexicon rules for harm at home done to someone else and told by the writer, in the fewest
 * words: "my friend's boyfriend stabbed her", "her ex held a knife to her", "my sister's husband
 * says he'll kill her if she leaves". One concept, every doer.
 *
 * plain-harm.ts hears the same harms done to the writer ("he stabbed me"), and its word lists for
 * blades, bones and "he'll" are shared here. Told about someone
 * else, an older rule heard only blows named by `{hit}`: in round twenty a grid of ten doers
 * (a sister's husband, a friend's boyfriend, her ex, the man next door) × twenty-five harms left 47
 * of 250 silent, every "stabbed her" and "held a knife to her" among them. These rules are
 * `partner_violence` about someone else; the screen turns them into `child_abuse` when the victim
 * is a child, and into an `emergency` when it is happening now.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import { JOKE_THREAT, SPORT } from './partner-violence.ts';
import { BLADE, BONE, WILL_DO } from './plain-harm.ts';
import type { LexiconRule } from './rule.ts';

/** Whose someone is: "my sister's", "her", "our neighbour's". */
const WHOSE = '((my |our )?({relation}|mate|mates|pal|pals|buddy|neighbours|neighbors|nans|grans|nieces|nephews|cousins)s?|her|his|their)';

/** Where a neighbour lives: "the man upstairs", "the couple at number 9". */
const NEXT_DOOR = '(next door|upstairs|downstairs|across the (road|street|hal|landing)|in the flat (below|above|next door)|at number #)';

/** Someone's partner, parent or ex, or a neighbour, named by whose they are. */
const THEIR_DOER = `(he|she|they|${WHOSE} ({partner}|{parent}|new (boyfriend|girlfriend|partner|husband|wife))|(my|our|her|his) (son|daughter|brother|sister) in law|the (guy|man|lad|bloke|woman|girl|fella|couple) ${NEXT_DOOR}|(my|our) (neighbour|neighbor))`;

/** A man who may harm her ("her dad", "my friend's husband", "the guy upstairs"): her arm is hers, not his. */
const HE_DOER = `(he|${WHOSE} (husband|hubby|boyfriend|bf|fiance|ex husband|ex boyfriend|dad|father|stepdad|step dad|stepfather|man|fella|bloke|new (boyfriend|husband))|the (guy|man|lad|bloke|fella) ${NEXT_DOOR})`;

/** A woman who may harm him. */
const SHE_DOER = `(she|${WHOSE} (wife|wifey|girlfriend|gf|fiancee|ex wife|ex girlfriend|mum|mom|mam|mother|stepmum|stepmom|stepmother|new (girlfriend|wife))|the (woman|girl|lady) ${NEXT_DOOR})`;

/** The one harmed: her, him or them. */
const THEM = '(her|him|them)';

/** Words after "her" that show it is the one harmed, not her things ("tried to kill her plant"). */
const AFTER_THEM = '(and|but|with|by|again|last|when|while|once|twice|before|after|in|on|so|because|right|now|rn|up|to death|$)';

/** Their body, for harms done to it. */
const THEIR_BODY = '(her|his|their) (face|arm|arms|hand|hands|leg|legs|neck|throat|back|chest|head|stomach|belly|side|eye|eyes|ribs|rib|nose|jaw|wrist|wrists|cheek|lip)';

/** Saying, threatening or warning, in reported speech. */
const SAYS = '(said|says|saying|yel|yels|yeled|yeling|shouting|screaming|told (her|him|them)|tells (her|him|them)|told (my|our|her|his) ({relation}|wife|husband|girlfriend|boyfriend)|keeps saying|threatens|threatened|swore|swears|texted|texts|screamed|shouted|warned (her|him|them)|promised)';

/** Harm in play, sport, a game or a story rather than at home. */
export const NOT_AT_HOME = `(${SPORT}|boxing|sparing|practice|training|tournament|car park|carpark|trolley|game|games|gaming|fortnite|cod|call of duty|minecraft|roblox|gta|tekken|street fighter|smash bros|mortal kombat|fifa|wii|xbox|ps5|playstation|valorant|apex|among us|overwatch|pubg|in (the|a) (play|film|movie|show|book|scene|match)|paintbal|laser tag|nerf|pilow|snowbal|water pistol|pretend|playful*|as a joke|jokingly|by acident|acidentaly|by mistake)`;

/** Every rule about harm at home told about someone else. */
export const PLAIN_HARM_TOLD_RULES: readonly LexiconRule[] = [
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A blade, a gun, a bone broken or a body thrown, done to someone else by their partner, parent or ex ("my friend\'s boyfriend stabbed her", "her ex held a knife to her throat", "the man upstairs threw her down the stairs").',
    victim: 'other',
    unless: [NOT_AT_HOME],
    patterns: [
      `${THEIR_DOER} ~ (stabbed|stabs|stabing|knifed|knifes|slashed|slashes|glased|glases) (${THEM}|${THEIR_BODY})`,
      `${THEIR_DOER} ~ (cut|cuts|cuting|sliced|slices) (${THEM}|${THEIR_BODY}) (with ~ ${BLADE}|open)`,
      `${THEIR_DOER} ~ (held|holds|put|puts|pulled|pulls|pointed|points|waved|waves) (a|the|his|her|their) ({weapon}) (to|at|on|against) (${THEM}|${THEIR_BODY})`,
      `${HE_DOER} ~ (broke|breaks|broken|fractured|fractures|cracked|cracks|dislocated|snapped) her ${BONE}`,
      `${SHE_DOER} ~ (broke|breaks|broken|fractured|fractures|cracked|cracks|dislocated|snapped) his ${BONE}`,
      `${THEIR_DOER} ~ (gave|gives|left) ${THEM} (a )?(black eye|black eyes|split lip|broken nose|concusion|bruises (al over|everywhere|on (her|his|their) (face|neck|arms)))`,
      `${THEIR_DOER} ~ (threw|throws|thrown|slamed|slams|pushed|pushes|shoved|shoves|dragged|drags|kicked|kicks) ${THEM} (down the stairs|against the wal|into the wal|across the room|through (a|the) (door|window|wal)|out of the (car|house|window)|to the (floor|ground)|by (her|his|their) hair)`,
      `${THEIR_DOER} ~ (kicked|kicks|punched|punches|stamped on|stamps on|stomped on) ${THEM} in the (stomach|belly|head|face|ribs) & (pregnant|baby|floor|ground|hospital|blood|bled|bleeding|unconscious|again)`,
      `${THEIR_DOER} ~ (burned|burnt|burns|scalded|scalds) (${THEM} (with|on purpose|again)|${THEIR_BODY} (with|on purpose|again))`,
      `${THEIR_DOER} ~ (tried to|tries to) (drown|suffocate|smother|strangle|run over|run down|poison|kil) ${THEM} ${AFTER_THEM}`,
      `${THEIR_DOER} ~ (throws|threw|throwing|chucks|chucked|flings|flung) (${THEM}|(his|her|their) ({partner}|kids|children|son|daughter)) (around|about|against|into|across|down)`,
      `${THEIR_DOER} ~ (twisted|twists|bent|bends|wrenched|yanked) (her|his|their) (arm|arms|wrist|wrists|fingers|finger|neck) (til|until|so hard|behind|back|and)`,
      `${THEIR_DOER} ~ (twisted|twists|bent|bends|wrenched) (it|them|her (arm|wrist|fingers)|his (arm|wrist|fingers)) (til|until) (it|they) (snapped|broke|cracked|popped)`,
      `${THEIR_DOER} ~ (drags|dragged|dragging|pulls|pulled|pulling|yanks|yanked) ${THEM} (round|around|across|along|down|up|out|through|into|to) ~ by (her|his|their) hair`,
      `${THEIR_DOER} ~ (threw|throws|poured|pours|chucked|flung) (a |the )?(kettle of |pan of |cup of |mug of )?(boiling|hot|scalding) (water|tea|coffee|oil|fat) (at|over|on|onto) ${THEM}`,
      `${THEIR_DOER} ~ (threw|throws|chucked|flung|hurled) (a|the|his|her|their) (kettle|knife|glas|bottle|plate|chair|mug|iron|pan|hammer|brick|ashtray) at ${THEM}`,
      `${THEIR_DOER} ~ (held|holds|pushed|pushes|forced|forces|shoved) (her|his|their) (head|face) (under|into|down) (the )?(bath|bathwater|water|sink|toilet|pool|river)`,
      `${THEIR_DOER} ~ (is|s|are) (beating|hitting|strangling|choking|stabbing|attacking|kicking|punching|battering|throttling|hurting|smashing) (${THEM}|(his|her|their) ({partner}|kids|children|son|daughter|baby)) ${AFTER_THEM}`,
      `${THEIR_DOER} ~ (beats|beat|batters|battered|chokes|choked|strangles|strangled|throttles|throttled|punches|punched|kicks|kicked|hits|slaps|slapped) ${THEM} (up|black and blue|senseles|unconscious|til|until|again|every|when|if|$)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'high',
    note: 'A threat to kill someone else, told by the writer ("my sister\'s husband says he\'ll kill her if she leaves", "he said he would kill her").',
    victim: 'other',
    hyperbole: true,
    unless: [JOKE_THREAT, NOT_AT_HOME],
    unlessNear: [
      '((if|when|once) ~ (late|mes|mesy|forget*|forgot|spil*|spilt|eats|ate|dishes|bins|dent*|scratch*|finale|spent|spends|spend|bil|bils|finds out (about|what) (the|her|his) (present|gift|surprise|party))|spoil*|spoiler*|kil (her|him|them) with kindnes)',
      // The one threatened laughed it off: "...if he saw what she spent on shoes, she was laughing".
      '((she|he|they) (was|were|s|is) (laughing|joking|kiding|teasing)|as a joke|jokingly)',
    ],
    patterns: [
      `${THEIR_DOER} ~ ${SAYS} ~ ${WILL_DO} ({kill}|murder|stab|shoot|strangle|drown|burn) ${THEM} (if|when|once|before|one day|in (her|his|their) sleep|and (then )?(himself|herself|themselves)|$)`,
      `${THEIR_DOER} ~ ${SAYS} ~ ${WILL_DO} ({kill}|murder|stab|shoot|strangle) ${THEM} & (leave*|left|leaving|divorce|police|cops|report*|tel*|finds out|find out|knife|gun|scared|terified|afraid|help)`,
      `${THEIR_DOER} ~ ${SAYS} ~ ${WILL_DO} ({kill}|murder|stab|shoot|strangle|finish) ${THEM} (and|then) (the|her|his|their) (kids|children|baby|boys|girls)`,
      // Told without a saying word: "she whispered that her husband would kill her if she said anything".
      `${THEIR_DOER} (wil|would|is going to|s going to|is gona|was going to|hel|shel) ({kill}|murder|finish) ${THEM} (off )?(if|when|once|before|one day|and (then )?(the|her|his|their) (kids|children|baby))`,
      `${SAYS} ~ ${WILL_DO} (finish) ${THEM} (off )?($|if|when|one day|for good)`,
    ],
  },
  {
    category: 'partner_violence',
    level: 'possible',
    note: 'Signs, told second-hand, that someone lives in fear of a partner: asking permission to go out, flinching when he rings, walking on eggshells, an ex who always knows where she is. The bot asks.',
    victim: 'other',
    unless: [NOT_AT_HOME, '(surprise|party|present|gift|birthday|proposal|proposing|engagement|wedding)'],
    patterns: [
      `(has to|have to|must|needs to|got to|gota|gotta) ask (her|his|their) ({partner})s? (permision|for permision|if (she|he|they) can|before (she|he|they) can)`,
      `(she|he|they|shes|hes|theyre) ~ (walking|walks|walk|walked) on eggshels & (her|his|their) ({partner}|temper)`,
      `(jumps|jumped|flinches|flinched|panics|freezes|froze|shakes) (whenever|when|every time|each time) (her|his|their) ({partner}) (rings|cals|texts|comes|walks|raises|moves|gets)`,
      `(always|somehow|every time) knows where (she|he|they) (is|are|s|was|goes|went) & (her|his|their) ({partner})`,
    ],
  },
  {
    category: 'emergency',
    level: 'imminent',
    note: 'Someone else being hurt this minute, heard or seen by the writer ("the man next door is beating his wife right now, she\'s screaming for help"), not hurt every night.',
    victim: 'other',
    unless: [NOT_AT_HOME],
    patterns: [
      `${THEIR_DOER} ~ (is|s|are) (beating|hitting|strangling|choking|stabbing|attacking|kicking|punching|battering|throttling|hurting|smashing|dragging) (${THEM}|(his|her|their) ({partner}|kids|children|son|daughter|baby)) ~~ (right now|rn|as we speak|as i type|at the moment|this minute|now|(she|he|they|shes|hes|theyre) (is|s|are)? ?(screaming|crying|begging|yeling) (for help|help|please|stop|$))`,
    ],
  },
];
