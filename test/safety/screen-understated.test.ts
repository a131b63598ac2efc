import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';
import { hears, hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-two: danger said sideways, as men and people under money worries often say it
// (the dev files risk-dev-men and risk-dev-money: any risk 0.82 and 0.80 at first contact). Each
// message here is written for the test, in the manner of a line the screen missed; each look-alike
// shares its words and means no harm.

describe('crisis screen, round twenty-two: danger said sideways', () => {
  hears([
    // Means beside the writer and a goodbye.
    ["the rope's in the garage with me. goodnight x", 'suicide'],
    ['tablets are here beside me. sorry for everything', 'suicide'],
    // "The lot", a way out that is the writer gone, the spot picked, a note and "not yet".
    ['saved the tablets from my hip op. going to take the lot on friday', 'suicide'],
    ['only way out is if im gone, the policy pays the mortgage', 'suicide'],
    ['simplest way out is i go and the insurance clears what i owe', 'suicide'],
    ['since the divorce I drive to the bridge most nights. I know exactly the spot id jump from', 'suicide'],
    ["I've written a letter to each of the kids. not doing anything yet", 'suicide'],
    // Asked about: how much longer, the life cover, someone close who will "end it".
    ["don't know how much longer I can keep going on like this", 'suicide'],
    ['read through my life insurance twice today. they would be better off', 'suicide'],
    ['my brother said he is going to end it', 'suicide'],
    // A partner's harm, said plainly but not in the usual words.
    ['she cracked a plate over my head when I got home late', 'partner_violence'],
    ['he waved the carving knife at me and said not another word', 'partner_violence'],
    ['my ex tracked down my new address after we split, I had moved to get away', 'partner_violence'],
    // Asked about: rows that get physical, an allowance, a threat of regret, always knowing where.
    ['it gets a bit physical when we argue, both of us', 'partner_violence'],
    ['my wife takes my wages and I get a weekly allowance from her', 'partner_violence'],
    ["he said I'll regret it if I tell my sister about the money", 'partner_violence'],
    ['my husband needs to know where I am every minute', 'partner_violence'],
    ['my ex keeps turning up outside my work', 'partner_violence'],
    // Sexual harm: "assaulted me" with no blow, nudes asked for rent, touched without a yes.
    ['a man from church assaulted me after the service', 'sexual_violence'],
    ['the landlord says the arrears are forgotten if I send him nudes', 'sexual_violence'],
    ['my manager touched me in the stockroom and I never said yes', 'sexual_violence'],
    ['I go along with sex so he stops shouting', 'sexual_violence'],
    // Children: the belt, the floor, a parent who "used to", a grown man and a young teen.
    ['my stepdad would take the belt to us for nothing', 'child_abuse'],
    ['her boyfriend makes my 7 year old sleep in the garage when he is naughty', 'child_abuse'],
    ['my mum used to wake me up at night to slap me', 'child_abuse'],
    ['a 23 year old man keeps picking my son up from school. he is 13', 'child_abuse'],
    ['theres never food in for the kids, he drinks it all', 'child_abuse'],
    // Someone hurt now, heard or seen.
    ['I can hear him hitting her next door, she is screaming', 'emergency'],
    ["he's still punching him and he's on the ground outside the chippy", 'emergency'],
    ["he's got my mum by the throat in the street right now", 'emergency'],
    ['my ex is outside the house with a can of petrol', 'emergency'],
    // Self-harm said sideways.
    ['cutting is how I cope with the debt', 'self_harm'],
    ['my daughter has cuts up her arms, she hides them under her sleeves', 'self_harm'],
  ]);

  staysQuiet([
    "the knife is here with me, I'm chopping onions. goodnight!",
    "I'll take the lot, the whole box of chocolates",
    'the easiest way out is for me to go first and apologise',
    'easiest way out is me moving out for a bit',
    'I know exactly the spot I would go from for the best sunset photo',
    'we checked our life cover so the family is looked after if anything happens',
    'my son said he is going to end it with his girlfriend',
    'things got physical on our second date and it was lovely',
    'I get an allowance from my parents at uni',
    "my partner's ex keeps turning up at the climbing wall, just awkward",
    'she held the knife up and said look how sharp this is',
    'he found my new address on facebook and sent flowers',
    'if I send him pictures of the damp the landlord will fix it',
    'my coach used to have team sleepovers when we were 12, best memories',
    'woke up with no memory of the party and sore legs from dancing',
    'cutting helps me relax, I do paper cutting art',
    'he had cuts all over his arms from the brambles',
    'i dig my nails into my palms when im nervous at interviews',
    'I hear him kicking the ball against the wall every night',
    "he's outside with a hammer fixing the fence",
    'my 19 year old son has a girlfriend, she is 18 and lovely',
  ]);

  it('hears a son who says he will "end it" as his danger, not the writer\'s, so the crisis flow speaks to a worried parent', () => {
    expect(screenText('my son said he is going to end it')).toMatchObject({ category: 'suicide', level: 'possible', thirdParty: true });
    expect(screenText('my brother texted that he is going to end it tonight')).toMatchObject({ category: 'suicide', level: 'imminent', thirdParty: true });
  });

  it('hears someone heard being hurt every night as abuse, not as an emergency happening now', () => {
    expect(screenText('I think the man next door hurts his little boy, I hear him hitting him every night')?.category).toBe('child_abuse');
  });
});

// A past that healed, told calmly, is not today's danger; the same past with anything stirring now is.
describe('crisis screen, round twenty-two: a healed past', () => {
  staysQuiet([
    "Had suicidal thoughts in my twenties. Got help and therapy. Twenty years on I'm in a good place. How do I tell my fiancee?",
    'I tried to end my life years ago. I got help and I am doing well now. My partner wants to hear about it',
    'Years ago my ex used to hit me. I left him a long time ago, remarried, happy now. How do I talk about it with my wife?',
    'My friend used to self harm at school. He got help and is fine now. How do I show I care without making it weird?',
    'I self-harmed as a teenager. 20 years clear now and I want to talk to my son about stress',
  ]);

  hears([
    ["Had suicidal thoughts in my twenties. Got help. I was in a good place but the thoughts are back since the affair", 'suicide'],
    ['Had suicidal thoughts years ago, got help, but I want to die', 'suicide'],
    ['Years ago I tried to kill myself. Got help. In a good place now. I have the pills saved though', 'suicide'],
    ['I used to self harm as a teenager, got help, doing well now, but I still get urges when she shouts', 'self_harm'],
    ['My ex used to beat me years ago, I left him years ago and I am happy now, but he still turns up at my work', 'partner_violence'],
    ['my husband used to hit me years ago, we had therapy and we are fine now', 'partner_violence'],
    ["My ex used to beat me years ago, he's long gone, I'm happy now, my new boyfriend grabbed my throat last week", 'partner_violence'],
    ['I attempted suicide in my twenties, had therapy, I am fine now. My husband hits me though', 'suicide'],
    ['my dad used to beat me as a kid. got therapy, in a good place now', 'child_abuse'],
    ['he raped me years ago, I got help and I am in a good place now', 'sexual_violence'],
  ]);

  it('does not read a pasted essay clause by clause to settle it: a long healed story is answered as found', () => {
    const story = `${'We talked about chores and the school run again today. '.repeat(160)}Had suicidal thoughts in my twenties. Got help and therapy. Twenty years on I'm in a good place.`;
    expect(story.length).toBeGreaterThan(8000);
    expect(screenText(story)?.category).toBe('suicide');
  });
});

// Round twenty-five: a past or healing word settled its whole clause unread, so "I had therapy last
// year I have a rope in the garage" was quiet. Now only the harm told in the past is settled.
describe('crisis screen, round twenty-five: danger now in the same breath as a healed past', () => {
  hears([
    ['I had therapy last year I have a rope in the garage', 'suicide'],
    ['back in 2015 I got help I hear voices telling me to kill myself', 'suicide'],
    ["years ago my ex hit me, he's gone, I'm in a good place my boyfriend chokes me when he drinks", 'partner_violence'],
    ['got help years ago im a burden everyone would be better off without me', 'suicide'],
    ['i got help last year i dont see the point in living', 'suicide'],
    ['recovered years ago the noose is in my wardrobe', 'suicide'],
    // A verb of saying or knowing in the past opens what is true now.
    ['had therapy last year i wanted to say everyone would be better off without me', 'suicide'],
    ['got help years ago i realised i hear voices telling me to kill myself', 'suicide'],
    // An emoji in the clause does not shift where it is cut.
    ['I had therapy last year 😊 I have a rope in the garage', 'suicide'],
  ]);

  staysQuiet([
    "I used to self harm as a teen. I'm 34 now and it's been 15 years. My new girlfriend saw the old scars and asked. How do I talk about it?",
    'I speak at schools now about the year I nearly killed myself. My ex used to say I was milking it. Glad he is an ex.',
    "Years ago my partner texted me a suicide threat the night I found out about his affair. He got treatment, and we've rebuilt a lot.",
    "Is it wrong that I'm still angry at my dad for attempting suicide when I was 12? He's fine now, we're close.",
    // Healing words inside a phrase the screen sets aside still count as healing.
    'I wanted to die every day back in 2016. Now I volunteer on a crisis line. Funny how life goes.',
    "Years ago my wife used threats of suicide to stop me seeing my mates. We went through couples counselling and it hasn't happened since 2019.",
    "my counsellor says it's normal to keep rereading the last text. His was 'see you friday'. I'm sad but I'm ok",
  ]);

  hears([
    ['I wanted to die every day back in 2016. I volunteer on a crisis line but I want to die again', 'suicide'],
    ['Years ago my wife threatened suicide. We went through couples counselling but she still threatens to kill herself when I go out', 'suicide'],
    ['this is my last message. goodbye', 'suicide'],
  ]);
});

// Means kept ready, said flatly, with no verb of wanting (round twenty-five).
describe('crisis screen, round twenty-five: means kept ready', () => {
  hearsAs('suicide', [
    'the noose is in my wardrobe',
    "I tested the beam in the loft, it'll hold me",
    "the knife is under my pillow for when I'm ready",
  ]);

  staysQuiet([
    'my nose is in my book again lol',
    'my nose is running and my head is pounding',
    "I tested the beam in the loft, it'll hold the swing",
    "the knife is in the drawer for when I'm ready to cook",
  ]);
});
