/**
 * Lexicon rules for sexual harm said in the fewest words: "he kissed me when I said no", "my boss
 * said my job depends on sleeping with him", "a colleague sent me pictures of his penis".
 *
 * Like plain-harm.ts, these name the act once for any doer. In round nineteen 142 of 480 such
 * sentences (twelve doers × forty acts, test/safety/screen-plain-harm.test.ts) were silent. Touch
 * that a partner may give with consent (a hand on a thigh, a picture sent) counts only from
 * someone else, or with a refusal beside it.
 *
 * See ../lexicon.ts for how to add a pattern and ../screen-pattern.ts for the pattern language.
 */
import type { LexiconRule } from './rule.ts';

/** A refusal or a freeze beside the act: what makes touch an assault. */
const REFUSED =
  '(when i said no|after i said no|even though i said no|though i said no|i said no|i told (him|her|them) (no|to stop)|i pushed (him|her|them) away|without (asking|consent|my consent|permision|my permision)|i didnt want (it|to|that)|i froze|and i froze|i was crying|wouldnt stop|would not stop|didnt stop)';

/** Her refusal or freeze beside the act, told about someone else. */
const THEY_REFUSED =
  '(when|while|after|even though|though|even tho|tho) (she|he|they) (said no ($|and|but|again|repeatedly|twice|clearly|first|at first|to (him|her|them))|told (him|her|them) (no|to stop)|pushed (him|her|them) away|froze|was crying|was asleep|was pased out|was drunk|was too drunk)';

/** A baby, a toddler or a doctor: touch that is not assault. */
const NOT_ASSAULT_TOLD =
  '(baby|babies|toddler|newborn|breastfeed*|breast feed*|feeding|latch*|lump|lumps|exam|examination|doctor|nurse|midwife|screening|mammogram|dentist|hairdresser|stylist|massage therapist said|fitting|bra fitting)';

/** One's own partner, whose touch or pictures are not assault without a refusal. */
const OWN_PARTNER = 'my {partner}';

/** Clothes someone may try to get off me. */
const CLOTHES = '(bra|top|shirt|blouse|trousers|jeans|pants|knickers|underwear|skirt|dress|clothes|leggings|shorts)';

/** Every rule about sexual harm said plainly. */
export const PLAIN_SEXUAL_HARM_RULES: readonly LexiconRule[] = [
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Penetration, oral sex or touching forced on me, said plainly ("he forced his fingers inside me", "she made me give him oral").',
    patterns: [
      '(forced|forcing|forces|shoved|shoves|pushed|pushes|put|puts|stuck|sticks|jammed) (his|her|their) (fingers|finger|hand|hands|penis|dick|cock|thing|fist) (inside|in|into|up) (me|my (vagina|pussy|ass|arse|anus|bum|butt|knickers|underwear|pants))',
      '(forced|forcing|forces|shoved|shoves|jammed|rammed) (his|her|their) (fingers|finger|hand|penis|dick|cock|thing) (in|into|down) my (mouth|throat)',
      '(made|makes|forced|forces|pressured|pressures|pushed|pushes) me ~ (give|giving|do|doing|perform|performing) (him|her|them) (oral|a blowjob|blowjob|blow job|head|a bj|bj|a hand job|a handjob|handjob|hand job|sexual favours|sexual favors)',
      '(made|makes|forced|forces) me (to )?(touch|suck|lick|hold|rub|stroke) (him|her|them|his|it) ~ (penis|dick|cock|privates|down there|genitals|crotch)',
      '(made|makes|forced|forces) me (to )?(touch|suck|lick) (him|her|them) ($|down there|there|again|til|until|while|when|and)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'A kiss, a tongue or hands on clothes forced on me ("he kissed me when I said no", "kept trying to undo my bra", "stuck his tongue in my mouth").',
    patterns: [
      `(kised|kises|kising|kis) me ~~ ${REFUSED}`,
      '(forced|forcing|forces|tried to force) (a kis|kises|himself|herself|themselves) on me',
      '(stuck|sticks|shoved|shoves|forced|forces|put|puts) (his|her|their) tongue (in|into|down) my (mouth|throat|ear)',
      `(licked|licks|kised|kises|bit|bites|sniffed|sniffs|smeled|smels|nuzled) my (neck|ear|ears|face|cheek|hair|chest|breasts) ~~ ${REFUSED}`,
      `(kept|keeps|kep|kept on|keps|was|is) (trying|tried) to (undo|unhook|unclip|take of|pul down|pul of|unbuton|unzip|remove|get into|get under|lift) my ${CLOTHES} ~~ ${REFUSED}`,
      '(cornered|corners|cornering|traped|traps|traping|pined|pins|pining|backed) me (in|into|against|up against)? ?~~ (kis*|touch*|grop*|grab*|feel*|felt|rub*|hands al over)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Someone who is not my partner trying to get my clothes off ("a guy at the party kept trying to undo my bra").',
    unless: [OWN_PARTNER, '(giggl*|laugh*|lol|haha|joke|joking|playful*|cute)'],
    patterns: [`(kept|keeps|kep|kept on|keps|was|is) (trying|tried) to (undo|unhook|unclip|take of|pul down|pul of|unbuton|unzip|remove|get into|get under|lift) my ${CLOTHES}`],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Exposed to or masturbated at ("took his trousers off in front of me", "wanked in front of me"). Not wet clothes changed, nor a toddler.',
    unlessNear: ['(wet|soaking|soaked|rain|change|changing|changed|swim*|pool|beach|shower|bath|potty|toilet|wee|pee|nappy|diaper|toddler|(hes|shes) (1|2|3|4|5|one|two|three|four|five)|(1|2|3|4|5|one|two|three|four|five) (year|yr|years|yrs) old|doctor|nurse|changing room)'],
    patterns: [
      '(took|takes|taking|puled|pulls|puling|droped|drops|droping|got|gets|getting|whipped|whips) (his|her|their) (trousers|pants|jeans|dick|penis|cock|thing|shorts|boxers|junk|privates) (of|down|out) (in front of|at|to|and showed|next to|beside) (me|us)',
      '(wanked|wanking|wanks|jerked of|jerking of|jerks of|masturbated|masturbating|masturbates|touched (himself|herself)|touching (himself|herself)|touches (himself|herself)|played with (himself|herself)) (in front of|at|looking at|while looking at|next to|beside|watching) (me|us)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Pictures of genitals sent, or taken up my skirt, by someone who is not my partner ("a colleague sent me pictures of his penis").',
    unless: [OWN_PARTNER],
    patterns: [
      '(sent|sends|sending|airdropped|airdrops|posted|posts|showed|shows|dmed|dms|snapped) ~~ (dick pic|dick pics|cock pic|nudes of (himself|herself)|unsolicited (nudes|pics|photos))',
      '(pictures|pics|photos|photo|picture|pic|video|videos|image|images|snap|snaps) of (his|her|their) (penis|dick|cock|genitals|junk|privates|private parts|bits|erection|willy)',
      '(sent|sends) me (pics|pictures|photos|videos|nudes) of (himself|herself) & (asking|asked|wants|wanted|discount|extra|meet|alone|uncomfortable|sick)',
      '(took|takes|taking|filmed|films|filming) (photos|pictures|pics|videos|a video|a photo|a picture) (up|under) my (skirt|dress|kilt)',
      'upskirt*',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sex asked for in exchange for rent, a job, a grade or a discount ("said I could skip rent if I slept with him", "my sign-off depends on how friendly I am after hours").',
    patterns: [
      '(discount|rent|job|promotion|grade|grades|sign of|signof|visa|wages|contract|shifts|reference|placement|papers|deposit|repairs|bil) ~~ (in exchange for|if i|depends on|in return for|instead of) ~ (sex|sleeping with|slept with|sleep with|sexual favours|sexual favors|a blowjob|oral|going to bed with)',
      '(sex|sleeping with|sleep with|sexual favours|sexual favors|a blowjob|oral) (for|in exchange for|in return for|instead of) ~ (discount|rent|job|promotion|grade|grades|sign of|visa|wages|contract|shifts|reference|deposit|repairs)',
      '(offered|offers|offering) (me )?(a |some )?(discount|free rent|rent free|cash|money|a lift|a job|a promotion|a bonus|a better grade|better grades|papers|a visa) (for|in exchange for|if i|to) ~ (sex|sleep with|sleeping with|sexual favours|sexual favors|oral|a blowjob|go to bed with|sleep with him|sleep with her)',
      'make it worth (his|her|their) while & (rent|landlord|boss|discount|job|pay|fine|deposit|manager|lift|visa|papers)',
      '(depends|depend|depended|hinges) on how (friendly|nice|nicely|acomodating) i (am|get|would|wil|go|was)',
      'make it worth (his|her|their) while ~~ (after hours|alone|at (his|her) (place|flat|house|hotel))',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sex I could not refuse, or went along with ("he says a wife shouldn\'t say no", "things went further than I wanted", "he\'ll have me whether I like it or not").',
    patterns: [
      '(have|take|get|shag|fuck|bang|sleep with|bed) me ~~ (whether i (like it|want (it|to)) or not|like it or not)',
      '(shouldnt|cant|cannot|not alowed to|have no right to|dont get to|isnt alowed to|no right to|am not alowed to|im not alowed to) (say|tel (him|her|them)) no & (sex|bed|married|wife|husband|godly|duty|in gods eyes|intimacy|his needs|her needs|touch|marital)',
      '(going|go|went|gone|goes) along with (it|things|what (he|she|they) (wants|wanted)|sex) & (said no|not comfortable|dont want|didnt want|feel (sick|awful|dirty|used|gross|empty|numb|ashamed)|afterwards i|after i) & (sex|bed|in bed|things|married|intimacy|touch)',
      '(wants|wanted|makes|made|pushes|pushed|pressures|pressured) me (to )?do things (in bed|sexualy|in the bedroom) (that )?i (said|told (him|her|them)|am|was|m) ~ (not comfortable|no|dont want|didnt want|uncomfortable)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Things went further than I wanted ("the youth pastor kept pushing me to stay and things went further than I wanted"). Not a hike, a spend or an argument.',
    unlessNear: ['(hike|hiking|walk|walked|run|ran|drive|drove|swim|swam|miles|km|kilometres|kilometers|trail|ride|rode|cycle|cycled|mountain|hill|climb*|shop*|spend|spent|budget|money|argument|discussion|conversation|joke|prank|renovation|party planning)'],
    patterns: ['(things|it|we|he|she|they|stuff) (went|go|going|gone|goes|got|gets) (a lot |much |way )?further than i (wanted|want|was comfortable|said|agreed|was ok with|was okay with|meant)'],
  },
  {
    category: 'sexual_violence',
    level: 'possible',
    note: 'A hand kept on my thigh or waist by someone who is not my partner, with my discomfort beside it ("my client keeps touching my thigh under the table"): the bot asks.',
    unless: [OWN_PARTNER],
    patterns: [
      '(keeps|kept|kep|always|keps) (touching|stroking|rubbing|squeezing|putting (his|her|their) hand on|grabbing) my (thigh|thighs|leg|legs|knee|waist|lower back|hip|hips) ~~ (under the table|in meetings|in (the|our|joint) sessions|when (no one|nobody|were alone|we are alone)|even though|though|i (dont|didnt) (like|want)|i said|i moved|uncomfortable|sick|alone|lift)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Sexual harm told about someone else, in the fewest words ("her boss grabbed her breasts", "he kissed her when she said no", "her landlord says she has to sleep with him to keep the flat").',
    victim: 'other',
    unless: [NOT_ASSAULT_TOLD, '(as a joke|jokingly|playful*|lol|haha|(she|he|they) (laughed|giggled|was laughing|was giggling|thought it was funny))'],
    patterns: [
      '(grabbed|grabs|groped|gropes|squeezed|squeezes|touched|touches|felt|feels|fondled|fondles) (her|his|their) (breasts|breast|boobs|boob|tits|chest|bum|butt|arse|ass|backside|crotch|privates|private parts|genitals|vagina|pussy|penis|dick|between (her|his|their) legs)',
      `(kised|kises|kising|touched|touches|touching|groped|gropes|grabbed) (her|him|them) ~~ ${THEY_REFUSED}`,
      '(made|makes|forced|forces|pressured|pressures) (her|him|them) (to )?(touch|suck|lick|hold|rub|stroke) (him|her|them|his|it) ($|down there|there|again|til|until|while|when|and|penis|dick|cock)',
      '(wont|doesnt|didnt|wouldnt|never) stop (touching|groping|grabbing|feeling up) (her|him|them) ($|and|even|when|at|in|whenever|every|though)',
      '(exposed|exposes|flashed|flashes) (himself|herself|themselves) (to|at|in front of) (her|him|them|my ({relation}|{child})|a (girl|boy|woman|child|kid|teenager|student|pupil)|the (kids|children|girls|boys|class|students|pupils)|some (kids|girls|boys|children|students))',
      `(pined|pins|held|holds) (her|him|them) down ~~ (took|takes|puled|pulls|ripped|rips|tore|tears) (of )?(her|his|their) ${CLOTHES}`,
      '(says|said|told (her|him|them)|tels (her|him|them)|keps saying) (she|he|they) (has|have|had|needs|needed|must) to (sleep with|have sex with|go to bed with|sleep with) (him|her|them) (to|or|if|for|before|in exchange)',
    ],
  },
  {
    category: 'sexual_violence',
    level: 'high',
    note: 'Round 21: held down or kept going after "stop" or "no", told by either side ("Held her down when she said stop", "I keep going till he gives in. He says it makes him feel used").',
    unlessNear: ['(tickl*|play fight*|wrestl*|pilow*|game|games|joke|joking|lol|haha)'],
    patterns: [
      '(held|hold|holds|pined|pins) (me|her|him|them) down (when|while|after|as|even though) (i|she|he|they) (said|told ~|was saying|kept saying|begged|asked ~ to) (stop|no)',
      '(keep|kept|keeps|kep) going (til|until) (he|she|they|i) (gives|gave|give) in & (sex|in bed|touch*|used|asault*|consent|(his|her|my|their) body|didnt want it|doesnt want it)',
    ],
  },
];
