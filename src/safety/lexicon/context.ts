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
  'after (work|school|class|dinner)',
  // "after this I'm done", not "after this week's session".
  'after this (im|i|its|it wil|itl|there|nobody|no one|everyone|al|$)',
  '(goodbye|bye) (everyone|everybody|al|world|forever)',
  'bye (everyone|everybody|all|world)',
];

/** Words that say someone is in physical danger this minute, turning abuse into an emergency. */
export const DANGER_NOW: readonly string[] = [
  'right now',
  'rn',
  '(hes|shes|they are|theyre) (here|coming|home|outside)',
  '(im|i am) hiding (in|from|under)',
  // A cry ("help me.", "he's hitting me help me"), not "nobody will help me." or "can you help me."
  '(please|pls|plz|someone|somebody|anyone|anybody|god|omg|now|quick|quickly|sos|urgent|hurry|me|us|it|him|her|here|door|help|oh|just|.) help me $',
  // "help!" but not "how can I help?" or "can you help?": a cry, not a question.
  '(please|pls|plz|someone|somebody|anyone|anybody|send|god|omg|now|me|us|quick|quickly|sos|help|hurry|urgent|911) help $',
  'come quick',
  'hurry',
  // "should I call the police if he hits me?" asks about a what-if, so it is left out here.
  '(please|pls|plz|someone|somebody|can you|can u|need to|ned to|just|help) call (911|999|000|112|the police|the cops)',
  'i (need to|have to|should|must|gota|got to) call (911|999|000|112|the police|the cops) (now|rn|right now)',
  // Someone has called or is calling; "without calling the police on her" is no call at all.
  '(im|i am|were|we are|i|we|she|he|they|someone|somebody|neighbours|neighbors|neighbour|neighbor) (calling|caling) (911|999|000|112|the police|the cops)',
  '(ive|weve|just|already|i have|we have|has|have|neighbours|neighbors|neighbour|neighbor|someone|somebody) (just )?(called|caled) (911|999|000|112|the police|the cops)',
];

/**
 * Hurt told as words, choices or feelings, not blows: "she is hurting me by ignoring me",
 * "he's hurting me so much with his lies".
 */
export const HURT_IN_WORDS =
  '(hurting|hurts|hurt) me ~ (by (ignoring|lying|cheating|leaving|saying|not|being|talking|going|texting|flirting|spending|choosing|acting|puling|shuting|withdrawing|keping|hiding|treating|making|refusing)|with (his|her|their|the|al (his|her|their|the)|those|these) (lies|lying|words|silence|cheating|coments|behaviour|behavior|actions|choices|texts|atitude|coldnes|afair|secrets)|emotionaly|mentaly|inside|(my|the) feelings|deeply|my heart)';

/** Ages a child would give, in digits or words ("she's nine", "im 14"). */
export const CHILD_AGE = '(1[0-7]|[1-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';

/** Ages a child old enough to type would give about themselves. */
const OWN_AGE = '(1[0-7]|[5-9]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';

/**
 * What may follow an age for it to be an age: a unit, a joining word or the end of the
 * sentence, so "im 16 and", "shes 9." count but "im 8 months pregnant", "hes 5 minutes away" do not.
 */
const AGE_TAIL =
  '( (years|year|yrs|yr|yo|y o)( old)?)?( (and|but|so|n|&|now|btw|tho|though|same|like|as|lol|idk|pls|please|plz|he|she|they|it|its|my|me|mi|our|his|her|i|im|who|how|what|when|too|yet|already|almost|nearly|only|mum|mom|dad|with|in|at|for|to|until|til|till|or|because|cause|cuz|bc|an|a|the|ok|okay|ive|we|hes|shes|theyre|were|anyway|anyways|also|plus|still|realy|rn|right|if|then|dont|cant|didnt|never|always|sometimes|can|wil|do|does|did|is|was|are|have|has|had|not|no|yes|yeah|ya|honestly|tbh|ngl|fr|lmao|omg|help|sory|just|you|u|ur|your|nobody|everyone|someone|al|from|about|after|since|kinda|scared|afraid|[^a-z0-9 .]*)|$)';

/** The speaker says they are a minor now: "im 14", "i am only 12", "were 10 and 12", "im in 9th grade". */
export const MINOR_NOW =
  `((im|i am|iam|i m|mi|am) (only |just |literaly |barely )?${OWN_AGE}${AGE_TAIL}|. ${OWN_AGE} $|` +
  `(were|we are|we r) (only |just )?${CHILD_AGE} (and|&|n) ${CHILD_AGE}|` +
  `(im|i am|were|we are) (a minor|minors|underage|under age|under 1[0-8]|in (#th|#st|#nd|#rd) grade|in (year|grade|yr) (1[0-2]|[1-9]) $|in (year|grade|yr) (1[0-2]|[1-9]) (and|but|so|my|n|&)|in (primary|elementary|middle|junior high) school)|` +
  // A school year or an age given as a sentence of its own: "year 10. my brother…", "14yo. dad…" (digits before "." may be read as leetspeak: "1ayo").
  `(year|yr) (1[0-2]|[7-9]) $|${OWN_AGE}(yo|yrs|y o) $|1[aoe](yo|y o) $)`;

/** Ages up to twelve: nobody starts dating then, so "when i was 9" always means childhood. */
const YOUNG_AGE = '(1[0-2]|[1-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** Teenage ages: "when i was 15" may be when a relationship began, so it needs an adult nearby. */
const TEEN_AGE = '(1[3-7]|thirteen|fourteen|fifteen|sixteen|seventeen)';

/**
 * The speaker talks about their childhood in words no relationship story uses: "when i was 7",
 * "as a kid", "growing up", "at age 9". Teenage years are in TEEN_PAST.
 */
export const CHILDHOOD =
  `(when (i|we) (was|were) (a )?(kid|kids|child|children|little|young|small|baby|toddler|little (girl|boy|kid|one))|` +
  `(when|since|until|til|till|before|from when) (i|we) (was|were) (only |just |like |about |around )?${YOUNG_AGE}|` +
  `(i was|we were|i was only|i was just) ${YOUNG_AGE}${AGE_TAIL}|` +
  `as (a )?(kid|child|kids|children|little (girl|boy|kid|one)|young (girl|boy|child)|minor|toddler)|` +
  `growing up|(i|we) grew up|. grew up|grew up (getting|being|with (a|an) (abusive|violent|drunk|alcoholic))|` +
  // Words older, rural and faith voices use: "as a boy", "when I was a nipper", "from twelve I was…" ("raised in/by" is left
  // out: grown-ups say it about today, and any childhood word here turns a partner's violence into child abuse).
  // "as a girl" is also said by grown women about now ("as a girl I get catcalled"), so it needs "when I was".
  `(as|when (i|we) (was|were)) (a |an )?(boy|lad|youngster|nipper|wee (one|boy|girl|lad|lass)|young (un|one)|little (un|fella)|small (boy|girl)|schoolboy|schoolgirl|bairn|child bride)|when (i|we) (was|were) (a )?(girl|lass)|` +
  `(in|during) my (boyhood|girlhood|early years)|from (the age of )?${YOUNG_AGE} (i|we) (was|were)|` +
  `(at|from) (the )?age (of )?${YOUNG_AGE}|aged ${YOUNG_AGE}|` +
  `(in|during|throughout|through|al|whole) (of )?my childhood|my childhood (was|home|abuser|abuse|trauma)|childhood (abuse|trauma|abuser)|` +
  `(i was|we were|i was still|when i was|back|me|us) in (elementary|middle|primary|grade|junior high) school)`;

/** The speaker's teenage years: "when i was 15", "as a teen", "in my teens" (also when many couples met). */
export const TEEN_PAST =
  `(when (i|we) (was|were) (a )?(teen|teenager)|` +
  `(when|since|until|til|till|before|from when) (i|we) (was|were) (only |just |like |about |around )?${TEEN_AGE}|` +
  `(i was|we were|i was only|i was just) ${TEEN_AGE}${AGE_TAIL}|` +
  `as (a )?(teen|teenager|young teen)|(at|from) (the )?age (of )?${TEEN_AGE}|aged ${TEEN_AGE}|` +
  `(in|during|throughout|through|al|whole) (of )?my (teens|teenage years))`;

/** Adults who are not a partner: a teen harmed by one of them was harmed as a child. */
export const NOT_A_PARTNER =
  '({parent}|{carer}|stepdad|step dad|stepfather|stepmum|stepmom|stepbrother|step brother|uncle|grandpa|grandad|teacher|coach|tutor|pastor|priest|youth (pastor|leader|worker)|(mums|moms|dads|parents) (friend|boyfriend|bf|girlfriend|gf|mate|husband|wife)|older (man|guy|woman)|grown (man|woman)|(2[0-9]|[3-9][0-9]) (year old|yo)|adult|family friend|stranger|online|man online|guy online)';

/** The speaker is a child, or was one when an adult who is not a partner hurt them: abuse of "me" is child abuse. */
export const CHILD_SELF: readonly string[] = [
  MINOR_NOW,
  `${TEEN_PAST} & ${NOT_A_PARTNER}`,
  // A child hiding with younger siblings ("hiding in the wardrobe with my little brother").
  '(hiding|hide|hid|locked ourselves|barricaded) ~~ (with|w) (my|mi) (little|litle|lil|baby|younger|smal|kid) (brother|sister|bro|sis|brothers|sisters|siblings)',
];

/**
 * The speaker talks about their childhood. Abuse of "me" is then child abuse, unless the
 * sentence with the abuse names the speaker's own partner: "I grew up in Leeds and my husband
 * hits me" is a partner's violence today (see OWN_PARTNER).
 */
export const CHILDHOOD_SELF: readonly string[] = [CHILDHOOD];

/** Words for a partner, without "man" and "boo", which name many people who are not one. */
const PARTNER_WORD =
  '(partner|boyfriend|girlfriend|bf|gf|husband|hubby|wife|wifey|fiance|fiancee|spouse|ex|ex boyfriend|ex girlfriend|ex husband|ex wife|other half|missus|mrs|fella|baby daddy|baby mama)';

/** The speaker's own partner ("my husband"), not a parent's ("my mum's boyfriend"). */
export const OWN_PARTNER: readonly string[] = [`(my|mi|our) ${PARTNER_WORD}`];

/**
 * Someone else's partner ("her husband", "my sister's boyfriend"): a third party's violence in
 * that sentence is between adults unless the sentence also names a child.
 */
export const THEIR_PARTNER: readonly string[] = [
  `(her|his|their|sisters|brothers|friends|cousins|aunts|nieces|neighbours|neighbors|colleagues|coworkers|besties|bffs|daughters|sons) ${PARTNER_WORD}`,
];

/**
 * Words for a child, used after "my", "our", "the"… ("my son", "our teenage son", "the baby").
 * Plural possessives ("my sons", "my daughters") are left out because "my daughter's boyfriend"
 * normalises to "my daughters boyfriend"; see KID_POSSESSIVE for the forms that count.
 */
const KID_WORD =
  `(${CHILD_AGE} ((year|yr|years|yrs) (old|olds)|yo|y o)( (brother|sister|cousin|bro|sis|niece|nephew|friend|boy|girl|stepbrother|stepsister))?|${CHILD_AGE}(yo|yr|yrs)|` +
  `(teenage |teen |little |lil |baby |young |eldest |oldest |youngest |middle |two |three |four |infant |newborn |smal |step |disabled |autistic |deaf |blind |poorly |${CHILD_AGE} (year|yr) old |${CHILD_AGE} yo )?` +
  '(kid|kids|child|children|son|daughter|baby|babies|toddler|toddlers|infant|newborn|nephew|niece|stepson|stepdaughter|stepkid|stepkids|grandson|granddaughter|grandkid|grandkids|little one|little ones|eldest|youngest|oldest|twins|pickney|pikni)|' +
  '(little|younger|baby|smal|kid|lil|litle) (brother|sister|bro|sis|cousin|brothers|sisters|siblings)|(little|young|smal|lil|litle) (girl|boy|girls|boys|kid|kids))';

/** After "my son", "our daughter": not an adult's age ("my daughter (24)" is no child). */
const NOT_ADULT_AGE = `( [^0-9 .]*| ${CHILD_AGE}|$)`;

/** "my son's", "our daughters' …" where the child stays the subject: their body, carer, school, room. */
const KID_POSSESSIVE =
  '(sons|daughters|stepsons|stepdaughters|nephews|nieces|grandsons|granddaughters|kids|toddlers|babys|childs|childrens) ' +
  '(teacher|coach|tutor|school|class|dad|father|mum|mom|mother|stepdad|stepmum|stepmom|babysitter|nany|room|bedroom|bed|face|arm|arms|back|legs|body|neck|head|hand|hands|ears|ear|hair|bottom|skin|friend|friends|' +
  'feet|foot|toes|soles|tummy|belly|stomach|chest|ribs|wrist|wrists|shoulder|shoulders|cheek|cheeks|eye|eyes|lip|lips|nose|mouth|thigh|thighs|' +
  'fortnite|roblox|minecraft|xbox|playstation|ps4|ps5|ipad|tablet|nursery|daycare|cot|crib|nappy|diaper|toys|bottle|bottles|formula|lunchbox)';

/** Another person named as a child: "my 8 year old", "our teenage son", "shes 9", "my sister (13)". */
const kidMarker = (afterWord: string): string =>
  `((my|mi|our|his|her|their|the|a|your|mums|moms|dads|sisters|brothers|partners|friends|neighbours|neighbors) ${KID_WORD}${afterWord}|` +
  `(my|our|his|her|their|the) (two |three |four |# |both )?(sons|daughters|stepsons|stepdaughters|nephews|nieces) (are|were|have|and|both|who|too|aged|ages|#)|` +
  `(my|our|his|her|their|the) ${KID_POSSESSIVE}|` +
  '(our|my) (two |three |litle |little |young )?(boys|girls)|' +
  `${CHILD_AGE} ((year|yr|years|yrs) old|yo|y o)|${CHILD_AGE}(yo|yr|yrs|y|yos)|` +
  `(shes|hes|she is|he is|they are|theyre|she be|he be|both|aged|age|is|s|sons|daughters|kids|kid|child|boy|girl|baby) (only |just |about |around |maybe |probably |like )?${CHILD_AGE}${AGE_TAIL}|` +
  `(cousin|sister|brother|son|daughter|kid|nephew|niece|sis|bro|stepson|stepdaughter) ${CHILD_AGE} (is|s|was|keps|kep|says|said|told|has|had|and|got|gets)|` +
  // "my sister's 15 and…" (the apostrophe is dropped, so it reads "sisters 15").
  `(my|our|his|her|their) (sisters|brothers|cousins|sons|daughters|nieces|nephews|stepsons|stepdaughters) (only |just |about |around )?${CHILD_AGE}${AGE_TAIL}|` +
  // Bare "teen" squashes to "ten", so it needs a word that only a teenager takes ("answer in ten minutes" is no child).
  '(a|the|my|our|this|that|some|young|younger|their|his|her|your) teen( (boy|girl|boys|girls|son|daughter|sons|daughters|kid|kids|who|is|s|was|and|at|mum|mom|dad)|$)|teens|' +
  '(teenager|teenage|minor|underage|schoolgirl|schoolboy|preteen|tween|pupil|pupils|schoolkid|schoolkids))';

/** Another person named as a child, for use inside patterns ("throws things at my 6 year old"). */
export const KID = kidMarker('');

/** The person harmed is a child ("my little brother", "she's 8"). */
export const CHILD_OTHER: readonly string[] = [
  kidMarker(NOT_ADULT_AGE),
  // A nanny or babysitter doing something (not the "nanny cam" an adult checks).
  '(nany|babysiter) (is|s|was|has|had|who|and|at|keeps|kep|wont|doesnt|didnt|never|always|just|said|says|told|tels|{hit}|shook|shakes|yels|yeled|screams|screamed|grab*|touch*|left|leaves|lock*|push*|shov*|pinch*|feeds|fed|drug*|gave|gives|took|takes|makes|made|put|puts|$)',
  '(daycare|nursery|preschool|kindergarten|youth pastor|scout leader)',
  // A baby's age in weeks or months: "He's 9 months, he needs to learn."
  '(shes|hes|she is|he is|theyre|they are|only|just|baby|aged) (only |just )?# (weeks|week|wk|wks|months|month|mo|mos|m) (old|and|he|she|they|$)',
];

/**
 * A son or daughter named as grown up ("my daughter, who is 26", "our adult son"): then a harm
 * to them is not child abuse, whatever "my daughter" alone would suggest.
 */
export const GROWN_CHILD: readonly string[] = [
  // An age, not "18 months": the number is followed by a word an age takes, or ends the sentence.
  '(son|daughter|stepson|stepdaughter|kids|children) ~ (is|s|who is|whos|aged|turned|turns|now|just turned) ([2-9]#|1[89]) (and|but|now|years|year|yrs|yo|so|he|she|they|with|who|has|have|lives|live|is|was|says|said|told|tels|keps|married|maried|in|at|or|already|this|next|last|too|also|i|we|my|our|his|her|their|btw|tho|though)',
  '(son|daughter|stepson|stepdaughter|kids|children) ~ (is|s|who is|whos|aged|turned|turns|now|just turned) ([2-9]#|1[89]) $',
  '(grown|adult|grown up|grownup|married) (son|daughter|sons|daughters|kids|children|stepson|stepdaughter)',
  '(son|daughter|stepson|stepdaughter) ~ in (his|her|their) (20s|30s|40s|50s|twenties|thirties|forties|fifties)',
  // "my son, 29, tells me…": an adult's age straight after the word (not "my daughter 18 months").
  '(son|daughter|stepson|stepdaughter) ([2-9]#|1[89]) (and|is|has|says|said|told|tels|keps|who|he|she|lives|was|now|but|just)',
  // The age told at the end of the sentence, in the child's own pronoun: "… slaps her around, she's 30".
  '(daughter|stepdaughter)s? ~~ (shes|she is) ([2-9]#|1[89]) $',
  '(son|stepson)s? ~~ (hes|he is) ([2-9]#|1[89]) $',
];

/**
 * A son or daughter with a spouse ("my daughter's husband", "my son-in-law"): grown up, but the
 * grandchildren the message may also name are not, so this settles only harm that names the son
 * or daughter.
 */
export const MARRIED_CHILD: readonly string[] = ['(son|daughter|stepson|stepdaughter)s (husband|huby|wife|fiance|fiancee)', '(son|daughter) in law'];

/**
 * A grown son or daughter's own childhood ("when she was little", "as a boy"): harm then was
 * child abuse, however old they are now.
 */
export const THEIR_CHILDHOOD: readonly string[] = [
  '(when|while|since|before|from when) (he|she|they) (was|were) (only |just |still )?(a )?(little|litle|smal|young|kid|child|baby|toddler|teen|teenager|boy|girl|1[0-7]|[1-9])',
  'as (a )?(kid|child|little girl|little boy|litle girl|litle boy|teen|teenager|baby|toddler)',
  '(growing up|childhood|grew up)',
];

/** The message frames itself as about someone else. */
export const THIRD_PARTY_FRAMES: readonly string[] = ['(asking|ask|asked) for a friend', 'for a friend', 'my friend (is|was|says|said|told|keeps)'];

/**
 * Someone says plainly that nobody is thinking of ending their life or of self-harm: "he's not
 * suicidal, I asked", "I don't have any thoughts of hurting myself", "it's admin, not a warning
 * sign". In a long update that explains itself, this settles a weak (`possible`) suicide or
 * self-harm signal; it never silences a clear one, and a short "I'm not suicidal" is still asked about.
 */
export const ALL_CLEAR: readonly string[] = [
  '(not|isnt|wasnt|arent|never) (been |ever |actualy |at al |remotely )?(suicidal|in (any )?danger)',
  '(no|dont have|doesnt have|didnt have|hasnt had|havent had|do not have|does not have|did not have|has not had|have not had|not having|never had|there are no|there were no) (any )?(thoughts|thought|plans|plan|intention|intentions|urges|urge) (of|about|to) (ending|suicide|killing|hurting|harming|taking|self harm|doing anything)',
  'not (a|any kind of) (warning sign|cry for help|red flag)',
  'not literaly',
  '(just|only) (a|an) (phrase|expression|figure of speech|saying|turn of phrase)',
  '(im|i am) (totaly |completely |perfectly |honestly )?safe (and|i promise|honestly|im not|i am not|nothing)',
  '(im|i am) (totaly |completely |perfectly |honestly )?safe $',
  '(asked|ask) (him|her|them) (straight out|directly|outright|point blank|straight) ~~ (said|says|told me) (no|absolutely not|not at al|definitely not|hes not|shes not|never)',
];

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
  '(# |ten |fifteen |twenty |many )?years on',
  'in my (teens|late teens|twenties|early twenties|thirties|20s|30s)',
  // A year gone by: "my ex broke my nose in 2009".
  '(in|back in) (19|20)#',
  '(that|it|this) was (in |back in )?(19|20)#',
  // Round 24: "one year since I stopped", "at my lowest", "had a really dark patch".
  '(years|a year|one year|# year|# years) since',
  'at my lowest',
  '(had|went through|got through) a (realy |very )?(dark|bad|rough|low|hard) (patch|time|period|spell|phase)',
  'still (cant|can not) (sleep|forget|stop thinking)',
];

/**
 * Words of healing: the writer, or the one they speak of, came through it ("got help, fifteen years
 * on I'm in a good place", "years clear", "he's fine now, married, kids").
 */
export const HEALED_MARKERS: readonly string[] = [
  'in a (god|beter|great|safe|good|much beter|healthy|healthier|stable) place',
  '(hapy|hapier|safe|fine|wel|beter|great|settled|stable|thriving) now',
  '(doing|living) (wel|great|god|fine|beter) now',
  '(years|# years|a year|months) (clear|clean|free)',
  '(got|getting|found|had) (help|beter|treatment|therapy|support|the help)',
  '(therapy|counseling|counselling|meds|medication|treatment|support) (helped|worked|saved)',
  '(recovered|healed|came through|got through it)',
  '(thriving|part of (my |her |his )?healing)',
  '(done|did|had|have had|after) (a lot of|lots of|years of|so much|a year of|two years of) (therapy|counseling|counselling)',
  // Round 25: "we went through counselling, he owns it, and it hasn't happened since 2018".
  '(went through|finished|completed) (couples |marriage |family )?(therapy|counseling|counselling|treatment|rehab)',
  '(hasnt|has not|havent|have not) hapened (again )?since (19|20)#',
  // Round 24: healing in other words ("no episodes since", "I don't think that anymore", "it lifted",
  // "the suicidal stuff is behind him", "been well for over a decade", "proud of where I am").
  '(no|not a single|zero) (episodes|atempts|relapses|thoughts|incidents) since',
  '(dont|do not) (think|feel) (that|like that) (anymore|any more)',
  '(stoped|stopped) wanting to die',
  '(thoughts|urges|it) (stoped|went away|lifted|faded|eased)',
  '(is|are|its|it is|al) behind (me|him|her|us|them)',
  'been (wel|fine|ok|okay|stable|god|clean|clear) (for|since) (years|over|a decade|#|ages)',
  'doing (so |much |a lot )?beter',
  '(proud of|how far) (where i am|myself|(ive|i have|weve|we have|hes|shes) come)',
  '(genuinely|realy|totaly) (ok|okay|fine|wel|hapy)',
  '(home and stable|stable on (meds|medication))',
  '(doing|living) (realy |so )?(brilliant|brilliantly|amazing|amazingly)',
  '(volunteer|volunteering) (on|at|for|with) (a|the) (crisis|helpline|help line|samaritans|suicide)',
  '(peer support worker|mental health advocate|speak at schools)',
  '(in recovery|recovering) (for )?(a year|# years|years|# months|months|over a year)',
  '(im|i am|ive been|i have been|hes|shes|hes been|shes been) (fine|wel|ok|okay|solid) for (years|ages|a long time|# years|over a decade)',
  // A habit long stopped: "I used to self harm as a teen. It's been 15 years."
  '(its|it has|it s) been (# |many |ten |fifteen |twenty |a few |several )?years( now)? $',
  '(its|it has|it s) been (# |many |ten |fifteen |twenty |a few |several )?years since (i|my) (last|stoped|quit|gave up)',
];

/**
 * A verb in the past tense, as a healed story tells its harm ("years ago I tried to kill myself",
 * "my ex hit me back then", "the year I nearly killed myself"), in normalised text (doubled letters
 * squashed: "stabed"). A clause that carries a past or healing word is read without those words,
 * piece by piece; a piece that finds danger and has no past verb is danger now ("got help years
 * ago, I have the pills ready"). Not a state said with "-ed" ("I'm scared", "I've decided", "being
 * abused", "married"), which can be now, nor a verb of saying or knowing that opens what is true now
 * ("I told her", "I realised", "I wanted to say" … "I hear voices telling me to kill myself").
 *
 * @example PAST_TENSE.test(' he kiled himself ') // true; PAST_TENSE.test(' ive decided ') // false
 */
export const PAST_TENSE =
  /(?:^| )(?:(?:had|was|were|wasnt|werent|did|didnt|tok|thought|felt|went|hit|beat|broke|threw|drank|left|bit|made|quit|wrote|once|nearly|almost|used to|got (?:out|away|over|through)|wanted (?:to )?(?:die|end|kil|disapear|not|be dead|hurt|cut|overdose|jump|hang|stop|myself))|(?:for|after|since) (?:atempting|trying|taking|overdosing|cuting|hurting|hiting|beating)|(?<!(?:^| )(?:im|am|is|are|be|being|ben|get|geting|got|fel|feling|felt|so|realy|very|ive|have|has|hes|shes|weve|theyve|youve|its|and) )(?!(?:scared|tired|ned|bed|red|fed|shed|hed|wed|ted|depresed|stresed|overwhelmed|ashamed|exhausted|isolated|traped|obsesed|embarased|terified|petrified|frightened|fuked|fucked|screwed|mesed|wasted|interested|concerned|confused|bored|pised|annoyed|devastated|determined|prepared|decided|planed|organised|organized|sorted|worried|suposed|stoned|hoked|tied|loaded|wired|exposed|naked|wicked|sacred|hundred|maried|engaged|separated|locked|stuck|scarred|cornered|controled|watched|tracked|followed|folowed|stalked|owned|ruined|broken|damaged|unloved|unwanted|hated|wanted|realised|realized|noticed|figured|learned|guesed|hoped|wondered|neded|wished|admitted|confesed|mentioned|explained|promised|asked|answered|replied|typed|reminded|warned)(?= ))[a-z]{2,}ed)(?= )/;

/**
 * Words that the one who hurt is out of the writer's life ("remarried", "he's long gone", "left
 * him years ago"): a partner's violence told as healed needs one of these too, since "we're fine
 * now" about the same partner is how harm is played down.
 */
export const LEFT_BEHIND_MARKERS: readonly string[] = [
  '(remaried|divorced|long gone|got out|escaped|moved on|no contact|behind bars|in prison|jailed|out of (my|her|his|our|their) life)',
  '(left|leaving) (him|her|them) (years|a long time|# years|ages)',
  '(hes|shes|theyre|he is|she is|they are) gone',
  '(my|her|his|a) new (partner|husband|wife|boyfriend|girlfriend|relationship|fella|man)',
  '(my|her|his) (partner|husband|wife|fiance|fiancee|boyfriend|girlfriend) now (is|s)',
  // Round 24: "my sister left her violent husband five years ago".
  '(left|got away from|escaped) (her|his|their|my) (violent|abusive) (husband|wife|partner|ex|boyfriend|girlfriend)',
];

/**
 * Signs that a healed past is stirring again ("it's back", "relapsed last night", "lately"): then
 * HEALED_MARKERS settle nothing.
 */
export const STIRRING_MARKERS: readonly string[] = [
  '(again|lately|recently|these days|relaps*|slip*|last night|last wek|last weekend|last month|the other (day|night)|this morning|yesterday|today|tonight|this wek|this month|right now|rn|atm|at the moment|currently|creeping|starting to|started (cutting|hurting|thinking|to feel|feeling|drinking))',
  '(coming back|came back|come back|comes back|are back|is back|its back|theyre back|back again|return*)',
  '(scares me|scare me|frightens me|(in case|incase) (he|she|they|him|her))',
  // Round 24: harm meant for later, whatever past words sit in its clause ("I'm going to kill myself at school tomorrow").
  '(going to|gona|planning to|plan to|about to|want to|wana|decided to|il|i wil) ~ ({kill} myself|end (it|it al|my life|things)|do it|take my (own )?life|jump|overdose|hang myself|cut (myself|again))',
  '(stil|sometimes) (get|have|think|feel|want|cut|hurt|wonder|struggle|hear)',
  '(struggling|worse|scared|afraid|terified|cant cope|not coping|cant sleep|urge|urges|tempted|thinking about it|thinking of it|worried (il|i wil|i might))',
  '(stil|keps|kep|wont stop) (turns|turning|comes|coming|texts|texting|messages|messaging|cals|caling|rings|ringing|folows|folowing|watches|watching|threatens|threatening|sends|sending|shows|showing)',
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
