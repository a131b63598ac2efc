/**
 * Lexicon rules for sexual violence told sideways, the way people tell it inside a relationship
 * without the words "rape" or "assault": sex as the price of peace, "he'll just take it if I don't
 * give it", held there till it was over, a night lost after two drinks, photos held over someone
 * to make them come back or keep sending more, being made to watch, a camera in the changing room.
 *
 * Round twenty-five's dev file of sexual violence in everyday talk (risk-dev-sexual-everyday)
 * heard 51 of 80 at first contact; many of the rest were heard only as partner violence. Each rule
 * names the act and what makes it sexual, so a couple's agreed kink, a joke about a spin class
 * and a news story stay quiet.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** Intimate pictures or films, in the words people use for them. */
const PICTURES = '(pics|pictures|photos|nudes|videos|video|vids|vid|footage|tape|recordings|snaps|the private ones|memories)';

/**
 * What makes pictures intimate: a photo "of me coming out" or "from the party" is held over someone
 * as control (partner violence), not as sexual harm.
 */
const INTIMATE =
  '(nudes|nude|naked|sex|sexual|sleeping with|sleep with|slept with|intimate|private|explicit|in bed|of us|from when we were together|when we were together|i sent (him|her|them)|i sent|underwear|topless|onlyfans|send more)';

/** Every rule about sexual violence told sideways. */
export const SEXUAL_SIGN_RULES: readonly LexiconRule[] = [
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 25: sex given to keep the peace or taken anyway: "the price I pay so he doesn\'t smash stuff", "I lie there and count the ceiling tiles", "he\'ll just take it if I don\'t give it", "held me there till it was over", "no doesn\'t count once we\'ve started".',
    unlessNear: ['(safeword|safe word|we agreed|we talked it through|we both|consensual|role play|roleplay|scene)'],
    patterns: [
      '(sex|sleeping with (him|her)|giving in|giving it (to him|up)) (is|s) (just )?(the price|what i pay|how i (keep|buy) (the )?peace|to keep (him|her) (calm|happy|quiet|from))',
      '(sex|sleep with (him|her)|give in|give it up|let (him|her) have it) ~~ so (he|she) (doesnt|wont|dont|stops|wil stop) (smash*|shout*|kick of|kicking of|sulk*|rage|hit*|punch*|scream*|go mental|lose it|start)',
      '(i|just) (lie|lay|lying) there (and|til|until|til its|until its) ~ (count|counting|wait|waiting|stare|staring|think of|over|done|finished) & (sex|in bed|on top|finish*|its over|hes done|shes done|him|her)',
      '(just )?(take|takes|taking) it (if|whether|when) (i|you) (dont|wont|do not|will not) (give|want|say yes)',
      '(held|holds|hold|holding|pinned|pins|kept) me (there|down|stil) (til|until|till|til it was|until it was) (it was |its |he was |she was |hed |shed |he |she )?(over|done|finished|came)',
      '(no|stop) (doesnt|does not|dont|didnt) count (once|when|after|if) (we|weve|we have|hes|shes|it has|its)',
      '(the only way|only way) (i could|to|i can) (prove|show) (i|that i) (forgave|forgive|love|loved|trust|trusted) ~~ (sex|sleep with|in bed|give (him|her) (it|sex))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 25: pictures or films held over someone: sent to family or work "unless I come back", more demanded every week, filmed while crying, footage from a hidden phone.',
    unlessNear: ['(holiday|wedding|birthday|graduation|baby|family) (pics|photos|videos)', '(deleted|delete) (them|it) (together|both)', '(wedding|speech|proposal|graduation|funeral|film|movie|haha|lol|funny|hilarious)'],
    patterns: [
      // The condition leads, so the match is about the one told "unless I come back", not about "them" (the pictures).
      `(unles|unless|if|or else) (i|id|i d) (dont |do not |wont |stop |ever |dont keep |keep )?(come back|go back|send|sleep|meet|stay|pay|give|leave|tel|break up|block|do|get back|see) & (send|sends|post|posts|share|shares|forward|forwards|show|shows|leak|leaks|upload|uploads|put) (them|it|those|the lot|everything|${PICTURES}) & ${PICTURES} & ${INTIMATE}`,
      `(threatened|threatens|threatening|says (hel|he wil|shel|she wil)|said (hed|he would|shed|she would)) (to )?(post|send|share|leak|show|forward|upload) (the |our |my |those |them |it )?${PICTURES} & ${INTIMATE}`,
      '(if i dont|unles i|unless i|or else i have to) (send|sent) (him |her |them )?(new |more |fresh )?(pics|nudes|photos|videos|vids|snaps)',
      '(films|filmed|filming|records|recorded|recording|photographs|photographed) me (crying|naked|without (me knowing|asking|my consent|consent)|when i (said no|was asleep|was crying|was drunk)|while i (cried|was crying|slept|was asleep|was drunk|said no))',
      '(hid|hidden|hides|planted|put|found) (a )?(phone|camera|cam|go pro|gopro) (in|inside) (the )?(staf )?(changing room|changing rooms|bathroom|shower|showers|toilet|toilets|bedroom|locker room)',
      '(footage|video|videos|recording|photos|pics) of me (undresing|undressing|naked|changing|getting changed|geting changed|in the shower|showering|on the toilet)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 25: a night lost after a few drinks and waking in his bed, a drink pushed "so she\'s easy", "you were asking for it" from someone who pinned me, told no over and over, made to watch a partner with others.',
    patterns: [
      '(had|only had|i had) (#|one|two|three|a couple|a few|2 or 3) (drinks|drink|glases|glasses|beers|ciders|proseccos|wines) & (nothing|blank|blacked out|cant remember|dont remember|no memory|woke up) ~~ ((his|her|their) (flat|bed|place|room|car|house)|tights|knickers|underwear|clothes|naked|inside out)',
      '(got|gets|getting|kept) me (drunk|wasted|smashed|high) (on purpose|deliberately|so (i|id|she|shed)|to get)',
      '(topping up|tops up|topped up|keeps filling|keeps topping up|fills up|filling up) (my )?(wine|drink|drinks|glass|glases|glasses) ~~ (til|until|so|when) (im|i am|i m|i get|i was) ~ (wobbly|drunk|tipsy|wasted|merry|pisd|smashed|too drunk|to drunk) & (wants it|wants sex|sex|sober me|then (he|she) (wants|tries|starts))',
      '(one more|another one|couple more) (and|then) (shes|she is|she s|hes|he is) (easy|game|done|ours|mine)',
      '(asking for it|askin for it|asked for it) & (pinned|held me down|on top|forced|made me|wouldnt stop|didnt stop|pushed me|grabbed)',
      '(told|tel|telling|said to) (him|her|them) no (over and over|again and again|repeatedly|so many times|a hundred times|the whole time)',
      '(makes|made|forces|forced|making) me watch (while|as|when) (she|he|they) (sleeps|slept|has sex|had sex|shags|fucks|is with|was with) & (hate|hated|said no|said stop|cried|lock*|cant leave|wont let me)',
      '(makes|made|forces|forced|making) me do (things|stuff|stuf) (i hate|i dont want|i didnt want|i hated) & (sex|bed|films|filmed|cried|crying|said stop|said no|gets of|get of|turned on)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 25: a flatmate or partner who walks in on me in the shower and grabs or touches; a parent figure doing it is for the child rules to hear.',
    unlessNear: ['({parent}|stepdad|stepfather|stepmum|stepmom|mums boyfriend|moms boyfriend|dads girlfriend|stepbrother|brother|sister|uncle|grandad|grandpa)'],
    patterns: [
      '(walks|walking|walked|comes|came|keeps coming|keeps walking) in (on me )?(while|when) (im|i am|i was|i m) (in the shower|showering|changing|getting changed|geting changed|naked|undresed|in the bath) & (grabbed|grab*|touched|touch*|groped|stares|staring|locked|lock my|key)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'Round 25: signs to ask about: going along with it so he\'ll let me sleep, "went further than I wanted", "not sure it was consensual", ended up doing it anyway, a boss whose hugs last too long, pictures a partner keeps bringing up, asked for pics again and afraid to say no.',
    unlessNear: ['(we laughed|both wanted|loved it|best sex|consensual kink|our safeword|agreed|hike|walk|run|drive|trip|miles|km|ride|swim|cycle|climb|budget|spend|spent)'],
    patterns: [
      '(go|went|going|goes) along with (it|sex|things) (just )?(so|to make|to keep|because) (he|she|they|him|her|hel|shel|hed|shed|theyl)',
      '(it|things|stuff|he|she|we|the date|the night|last night|hookup|hook up) (went|go|goes|got) (further|farther|a lot further|way further) than i (wanted|was ready|was comfortable|meant|wanted to)',
      '(not sure|dont know|unsure|wondering|dont know if) (if |whether )?(it|that|what happened) (was|were) (consensual|consent|ok|okay)',
      '(ended up|end up|wound up) (doing it|having sex|sleeping with (him|her)) anyway',
      '(didnt|did not) (force|push|make me do) (anything|me|it) exactly',
      '(wanted|want|asked|tried) to stop & (got (weird|angry|mad|funny|huffy|cold|nasty)|sulked|sulks|kept going|carried on)',
      '(hugs|hug|touches|touching|rubs) me ~ (too long|a bit too long|for too long|when no one|when nobody) & (boss|manager|supervisor|colleague|coworker|teacher|lecturer|coach|landlord) & (comments|outfit*|body|legs|bum|chest|looks|dramatic|uncomfortable|creepy)',
      '(asked|asks|asking|keeps asking|begging) (me )?for (pics|nudes|photos|videos) (again|every day|al the time|constantly) & (say no|saying no|said no|leave me|dump me|break up|finish with)',
      '(has|kept|keeps|still has|saved) (the |some |those |our )?(videos|vids|pics|photos|tapes|memories) (saved )?(of us|from before|on his phone|on her phone) & (brings (them|it) up|hint*|whenever we (fight|argue)|threat*|says he deleted|says she deleted|ended badly)',
      '(tried|trying|tries) the (handle|door) (when|while) (i was|im|i am|i m) (getting changed|geting changed|changing|in the shower|showering|in the bath|naked)',
      '(date|night|he|it) (got a bit much|got too much|went too far|got handsy|got a bit handsy) & (doesnt want to talk|dont want to talk|didnt want|scared|shaking|cried|wont say)',
    ],
  },
];
