import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round nineteen: danger that runs through work, flats and landlords, faith communities and grief,
// and young people's lives; each concept with the look-alikes that must stay quiet beside it.
describe('crisis screen, round nineteen: suicide told through plans and endings', () => {
  hears([
    ["if I lose this contract I'm not sure I'll stick around to find another", 'suicide'],
    ["I won't be around for my niece's christening, I haven't told anyone why", 'suicide'],
    ["booked a cheap motel for saturday and I'm not planning to check out", 'suicide'],
    ['I left a letter in the glovebox that says who the cats should go to', 'suicide'],
    ['I keep picturing my flatmate finding me one morning and honestly it would be a relief', 'suicide'],
    ['some nights I envy my brother for being dead, he gets to not feel this', 'suicide'],
    ['I stopped my insulin because I want God to decide when I go', 'suicide'],
    ['my lodger left the rent with a note, sorry for the mess you will find, and her phone is off', 'suicide'],
  ]);

  staysQuiet([
    "i won't be around for the wedding, i'll be in japan",
    'not sure i\'ll stick around at this job much longer',
    "booked a hotel for the weekend and we're not going to check out till noon",
    "i left a note saying where the dog's food is for the sitter",
    'i keep thinking my mum will find me one morning asleep on the sofa with the telly on',
    'been stockpiling toilet roll and i think this weekend we\'ll be fine',
    "sorry for the mess you'll find, we had a party lol",
    'i envy her for being in bali right now',
  ]);
});

describe('crisis screen, round nineteen: control through work, family and keys', () => {
  hears([
    ['my girlfriend phones my manager pretending to be worried about me so I get in trouble and have to quit', 'partner_violence'],
    ['he made me sign my salary over into his account', 'partner_violence'],
    ['my ex keeps parking outside the surgery where I work', 'partner_violence'],
    ["my ex still has a key and keeps letting himself in, I come home and my stuff has been moved", 'partner_violence'],
    ["my husband says he'll sort me out if I take the night shifts", 'partner_violence'],
    ['someone sprayed "you\'re next" on my door and my ex was seen on the street', 'partner_violence'],
  ]);

  staysQuiet([
    'my ex keeps turning up at my work with the kids for their drop off',
    'he still has a key and let himself in to feed the cat while i was away',
    'my husband checks my mileage for the tax return',
    "my partner's ex keeps turning up at the climbing wall where we go. Nothing bad, just awkward",
    'we agreed to put my wages into his account because he does the budget',
  ]);
});

describe('crisis screen, round nineteen: sexual harm at work and in services', () => {
  hears([
    ['a guy from the warehouse filmed me in the showers and sent it round', 'sexual_violence'],
    ['the delivery driver keeps trying to kiss me at the door and will not take no', 'sexual_violence'],
    ['a customer groped my bum at the bar and my manager told me to laugh it off', 'sexual_violence'],
    ['my landlord said I can skip the rent if I sleep with him', 'sexual_violence'],
    ['my placement supervisor says my sign-off depends on how friendly I am', 'sexual_violence'],
    // Kept when 'how nice my essay is' was made quiet:
    ['my manager said my contract renewal depends on being nice, if you know what i mean', 'sexual_violence'],
    ['my visa depends on being nice to the sponsor', 'sexual_violence'],
    ['my shifts depend on being nice to the supervisor after hours', 'sexual_violence'],
  ]);

  staysQuiet([
    'my colleague filmed me dancing at the christmas party for a tiktok lol',
    'my grade depends on how nice my essay is',
    'the landlord offered me a discount for paying early',
  ]);
});

describe('crisis screen, round nineteen: a child harmed or left, seen from outside', () => {
  hears([
    ["my son's football coach keeps snapchatting him and telling him to delete the chats", 'child_abuse'],
    ['the toddler next door is outside on her own till midnight and no adult ever comes', 'child_abuse'],
    ["nobody has been home next door since yesterday and there's a baby crying", 'child_abuse'],
    ['I heard him shouting at the boy and then thuds again last night', 'child_abuse'],
    ["the bruises on my nephew don't match the story his dad told", 'child_abuse'],
    ["the lodger keeps coming into my daughter's bedroom at night", 'child_abuse'],
    ['a girl of about 12 gets picked up by different older men from the chip shop', 'child_abuse'],
  ]);

  staysQuiet([
    'the youth leader messaged my son to say the trip is a secret surprise for the parents',
    'the baby next door was crying for hours last night, poor thing has colic',
    'the kids were out in the garden till 9 because it was so light',
    "the bruise doesn't match what he said, he's such a clumsy liar about football lol",
  ]);
});

describe('crisis screen, round nineteen: a door forced now, all the pills taken, feelings held in by hurting', () => {
  hears([
    ["the landlord kicked my door in and he's in the flat now, I'm hiding in the bathroom", 'emergency'],
    ["my friend messaged 'taken all of them' and she isn't answering", 'emergency'],
    ['I bit my arm until it left marks so I would not cry at my desk', 'self_harm'],
    ["I've started pulling out my hair when the shame gets too much", 'self_harm'],
  ]);

  staysQuiet([
    "the plumber forced the door because the lock was jammed, he's still here fixing it",
    'she texted she had taken all of them, the photos, before the party',
    "i've started pulling out my hair extensions",
    'i bit my hand by accident eating crisps, left a mark lol',
  ]);
});
