/**
 * Social mishaps: the messages where "I want to die" is mortification, not a wish. "I sent the
 * text meant for my wife to her mother. I want to die." "He walked in on me singing into a
 * hairbrush." A suicide rule marked `hyperbole` stays quiet in a message that tells such a
 * mishap, unless the message also says it is meant (IN_EARNEST_MARKERS) — and every other rule
 * (a method, a plan, a goodbye, someone's harm) still speaks as before.
 *
 * Kept narrow on purpose. A betrayal found out ("she caught me with her sister"), exams, ordeals
 * with real stakes (a pitch, a tax return), a humiliation "in front of everyone", "mortified"
 * alone, or a fight are not mishaps here: a death wish after those is asked about. Patterns use
 * the language of screen-pattern.ts.
 */

/** A mishap, a faux pas or stage fright told in the message. */
export const MISHAP_MARKERS: readonly string[] = [
  '(accidentally|accidently|by accident|by mistake) ~ (sent|send|replied|reply|called|liked|texted|posted|shared|said|forwarded|rang|dialled|dialed|facetimed|waved|sang|wore)',
  '(sent|send|texted|forwarded) ~~ (meant|intended) for',
  '(replied|reply|replying) all',
  '(to|in) the wrong (chat|group|group chat|person|thread|number|window|channel|email)',
  'walked in on (me|us) ~ (singing|dancing|practising|practicing|talking to|trying on|in the bath|on the toilet)',
  '(caught|saw|heard|filmed) (me|us) ~ (singing|dancing|talking to (myself|the dog|the cat|the plants)|practising|practicing|picking my nose|twerking|doing the)',
  '(my|her|his) (mum|mom|mam|dad|parents|kids|daughter|son|teenager|landlord|neighbour|neighbor|nan|gran) (caught|saw|walked in on) (me|us) ~~ (kissing|making out|snogging)',
  '(read|reading|sang|singing|played|playing) ~~ (out loud|aloud|out at the|out to everyone)',
  '(said|say|saying) ~ (you too|love you) to the (waiter|waitress|barista|cashier|driver|pilot|dentist|vet)',
  '(tripped|fell over|fell flat|face planted|faceplanted|spilled|spilt|burped|farted|snored) ~~ (in front of|during|all over|all down|down his|down her|up the|on the way in)',
  'called (the|my|her|his) (teacher|boss|manager|waiter|colleague|lecturer) ~ (mum|mom|dad|babe|love|darling)',
  'karaoke',
  // A child saying the unsayable to a teacher or a stranger ("my 4yo told a stranger on the bus that daddy sleeps on the sofa").
  '(told|telling|announced|asked|informed) (her|his|the|a|their) (teacher|class|nursery|stranger|whole class|whole bus|dentist|doctor|vicar|lolipop lady) ~ (that|about|how|why)',
  '(describe|describing|say|saying|talk about|talking about|read|reading) ~~ (out loud|aloud)',
  'photos from the (party|night out|wedding|work do|christmas do|christmas party|office party|stag|hen)',
  '(cringe|cringing|cringed|cringey|cringy|embarrassed myself)',
  'die a little',
  // Said of the phrase itself: "it's just a figure of speech for me", "I say it about tiny stuff like missing the bus".
  '(its|it is|thats|that is) (just )?(a )?(figure of speech|turn of phrase|manner of speaking|saying|expression) (for me|to me|with me|i use)',
  '(i|i just) say (it|that|i want to die|i wana die) about (tiny|litle|little|small|silly|stupid|everyday|daft) (stuff|things)',
  'die (of|from) nerves',
  '(going|gona) (to )?die (up there|on stage|at mile #|out there on)',
  '(i just|i only|i) (mean|meant) (im|i was|i am|i felt) (drained|tired|mortified|embarrassed|exhausted|knackered)',
];

/** The death wish is meant, or lasts: a mishap in the message does not make it a figure of speech. */
export const IN_EARNEST_MARKERS: readonly string[] = [
  '(not|no|isnt|wasnt|aint) (a |just a |just )?(joke|joking|kidding|exaggerating|exaggeration|being dramatic|figure of speech|expression|metaphor)',
  '(i mean it|meant it|im serious|i am serious|seriously|for real|literally|actually want|properly|genuinely want|for good)',
  'every (day|night|morning|single day)',
  'for (weeks|months|years|a while|ages)',
  '(all the time|anymore|any more|lately|these days)',
  '(tonight|tonite|right now|rn|this is it|goodbye)',
  '(pills|tablets|rope|blade|blades|bridge|suicide note|goodbye note|left a note|wrote a note|the letters|goodbye letters|a plan|method|methods|overdose|razor|noose)',
  '(thinking|thought|wondering|worked out|working out|planning|planned) (about )?how',
  '(kill|end|hurt) (myself|it|it all)',
  'not (be )?(here|around|alive)',
  '(be gone|disappear)',
  // The mishap did real harm: an affair out, a marriage over, someone gone, the writer hated.
  '(knows|know|found out|finds out|find out) (everything|about|the truth)',
  '(cheat|cheated|cheating|affair|sleeping with|tagged with|other (woman|man|guy|girl))',
  '(is|its|it is|were|we are) (over|finished|done)',
  '(left|leaving|leave|kicked|dumped|divorcing|divorce) (me|us|him|her|out)',
  '(everyone|everybody|they all|he|she) (hates|hate) me',
  '(hate myself|ruined (everything|my life|it all|us))',
  '(lost|lose|losing) (my|the|our) (job|house|home|kids|marriage|business|money|savings|everything)',
  '(fired|sacked|bankrupt|in debt|no way out|see a way out|before then|i think i wil|wanted to for)',
  // A partner seeing the mishap puts trust at stake, the very thing people come here hurting about.
  '(my|her|his) (wife|husband|partner|girlfriend|boyfriend|gf|bf|fiance|fiancee) (saw|found|read|caught|knows)',
];
