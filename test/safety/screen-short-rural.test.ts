import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/safety/screen-shorthand.ts';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round eighteen: very short hurried messages, rural and isolated lives, people who moved country,
// and the look-alikes of those lives and of a relationship crisis typed in the heat of it.
describe('crisis screen, round eighteen: chat shorthand', () => {
  it('reads "w" before a word as "with" and "w/o" as "without", and leaves a lone "w" alone', () => {
    expect(expandShorthand('everyones beter w o me')).toBe('everyones beter without me');
    expect(expandShorthand('slept w him because')).toBe('slept with him because');
    expect(expandShorthand('thats a w')).toBe('thats a w');
    expect(expandShorthand('thats a w . ok')).toBe('thats a w . ok');
  });

  hears([
    ['honestly every1 would be better w/o me', 'suicide'],
    ['only slept w him bc i was scared not 2', 'sexual_violence'],
    ['last msg. love u all x', 'suicide'],
  ]);

  staysQuiet(['thats a w for the team tbh', 'went 2 the gym w my sis, leg day 😩']);
});

describe('crisis screen, round eighteen: short messages', () => {
  hears([
    ['put all the knives in the shed so i cant get at them myself', 'suicide'],
    ["there won't be a tomorrow for me", 'suicide'],
    ['the gun is out on the table rn. not ok', 'suicide'],
    ['he texted that next time im dead', 'partner_violence'],
    ["he's tailing my car again", 'partner_violence'],
    ["he said he'd take the kids and vanish", 'partner_violence'],
    ['she keeps my entire wages every month', 'partner_violence'],
    ['ex made a fake insta to watch my stories', 'partner_violence'],
    ['he was on top of me when i woke up', 'sexual_violence'],
    ["no means no right? she didn't stop", 'sexual_violence'],
    ["send more pics or he'll share the old ones", 'sexual_violence'],
    ["i'm 15 and he's 24, is that weird", 'child_abuse'],
    ['my 13yo has been messaging a 35 year old man on discord', 'child_abuse'],
    ["mum's boyfriend keeps coming into my room at night", 'child_abuse'],
    ['the boy in my class has cigarette burns up his arm', 'child_abuse'],
    ['my neighbour just stabbed himself in the garden pls help', 'emergency'],
    ["he's kicking the back door in", 'emergency'],
  ]);

  staysQuiet([
    'we hid the knives from the toddler',
    "I've got enough flour to do it, I counted the cups",
    'tomorrow is going to be a long day for me',
    "he said next time I'm dead meat if I beat him at chess",
    "we'll take the kids and run to the beach this weekend",
    'my ex showed up at my place to drop off the kids',
    'she made a new account because she lost her password',
    'my ex keeps calling from different numbers about the school run',
    'we hooked up while I was tipsy and it was great',
    'my coach keeps texting me about practice times',
    'my youth leader asked me to keep the surprise party secret',
    'he just cut himself shaving',
  ]);
});

describe('crisis screen, round eighteen: rural, isolated and shift-working lives', () => {
  hears([
    ["the shotgun's cleaned and the letters to the kids are written", 'suicide'],
    ["i'd be better off at the bottom of the river", 'suicide'],
    ["on the quad some days i think about letting it go over the edge", 'suicide'],
    ["all the blokes I served with are gone now. I'm next", 'suicide'],
    ["don't want to come back up from the next shift down the mine", 'suicide'],
    ["my brother texted sorry for everything, look after my dog. he hasn't answered since", 'suicide'],
    ['there is enough insulin in the fridge to do it', 'suicide'],
    ['there is enough insulin to do it. the kids are asleep', 'suicide'],
    ['I drank weedkiller from the shed about ten minutes ago', 'emergency'],
    ['my husband flushes my tablets down the toilet and says I do not need them', 'partner_violence'],
    ['after every rotation he wants to know every person I talked to', 'partner_violence'],
    ['I keep tearing my hair out until there is a bald patch', 'self_harm'],
    ["found in the barn with the rope over a rafter, my brother cut me down. I'm not sorry it nearly worked", 'suicide'],
    ["gave my nephew my fishing gear and my truck. told him I'm moving to the coast. I'm not", 'suicide'],
    ["my 12 year old says a man not from here offered her a lift and sweets after school", 'child_abuse'],
  ]);

  staysQuiet([
    "my rifle's cleaned for the season and I've written to the council about the road",
    "I'd rather be at the bottom of the lake fishing than at this wedding",
    "all my mates from school are married now, guess I'm next",
    "I don't want to come back from the next trip, Bali was amazing",
    'thanks for everything at the party last night, you were the best',
    'pulling my hair out over this spreadsheet',
    'pulling my hair out again over the renovation, bleeding money',
    'all my mates from uni are gone now, moved abroad. guess I am next',
    'the rope over the beam for the swing snapped, dad cut it down',
    'his last facebook post said see you all at the gig, he has not turned up yet lol',
    'my neighbour offered my son a lift to football',
    "she's going to send people to our house to fix the boiler",
    'my husband is on a spouse visa and he counts the days till he can work',
    'I went to the gym. I did not want to. I feel disgusting and sweaty',
  ]);
});

describe('crisis screen, round eighteen: moved country, family and culture', () => {
  hears([
    ["I didn't know a wife could say no. that's how it was back home", 'sexual_violence'],
    ['I push him away but he is stronger than me', 'sexual_violence'],
    ['my ex sent the private photos to my whole family', 'sexual_violence'],
    ["the boss keeps touching me and I can't report it because he sponsors my visa", 'sexual_violence'],
    ["his ex says she'll send her brothers round to our house", 'partner_violence'],
    ['every time we argue he counts out loud how many days I would have to leave the country, on my spouse visa', 'partner_violence'],
    ["my niece is 14 and they're arranging her marriage to a man in his forties", 'child_abuse'],
    ['the teenager next door wears long sleeves in summer and we hear his dad screaming at him every night', 'child_abuse'],
  ]);

  staysQuiet([
    "I didn't know I could say no to my boss about overtime",
    "my sister-in-law posts my baby's photos on Instagram without asking",
    "I told him I'd rather die than go to counselling. obviously not literally",
    'I thought I was having a heart attack but the doctor said it was panic',
    'my body physically hurts from crying',
    "he's telling everyone I kicked him out. you cheated",
  ]);
});

describe('crisis screen, round eighteen: the quieting above leaves the harm beside it heard', () => {
  hears([
    ['he kicked her out of the car on the motorway at night', 'partner_violence'],
    ["he kicked her out and she's sleeping in her car with the baby", 'child_abuse'],
    ['I kicked him out after he hit me', 'partner_violence'],
    ["I can't breathe, he keeps choking me", 'emergency'],
    ['my body physically hurts from crying after he beat me', 'partner_violence'],
    ["can't breathe I keep reading his threat that he'll kill me tonight", 'emergency'],
  ]);

  staysQuiet([
    "i cant breathe i keep reading her messages to him over and over",
    'i literally can\'t breathe when he smiles',
  ]);
});
