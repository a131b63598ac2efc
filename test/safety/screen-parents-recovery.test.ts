import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round seventeen: pregnancy and new parents, and drink, drugs and recovery, beside the ordinary
// exhaustion, hangovers and sponsor talk of those lives that looks like danger.
describe('crisis screen, round seventeen: children around drink and drugs', () => {
  hears([
    ['my 6 year old made her own dinner again because her dad was passed out on the sofa by 4pm', 'child_abuse'],
    ['the kids are 3 and 5 and their mum drives them to nursery still drunk from the night before', 'child_abuse'],
    ['the baby\'s dad smokes crack in the flat with the 2 year old in the next room', 'child_abuse'],
    ['my husband gave our 13 year old a beer and a joint to bond', 'child_abuse'],
    ['my sister leaves her baby with me while she goes to score and sometimes doesn\'t come back for 2 days', 'child_abuse'],
    ["my 8 year old told his teacher he's hungry because mum spends the money on drink", 'child_abuse'],
    ['growing up we used to hide in the wardrobe when dad came home from the pub because we knew what was coming', 'child_abuse'],
    ['our nanny shouts at the baby and I caught her on the camera pinching his leg', 'child_abuse'],
    ['my son is 4 months and there is a burn on his foot that neither of us can explain', 'child_abuse'],
  ]);

  staysQuiet([
    "my husband got drunk at our son's 5th birthday party and embarrassed everyone",
    'my 6 year old made her own breakfast today, so proud of her',
    "I was drunk at a party last night and the kids were at my mum's",
    "my son found his dad's needles for his insulin and asked what they were",
    'my 17 year old gave his little brother a can of coke',
    'we used to hide in the wardrobe when dad came home, playing hide and seek',
    'the baby cried for hours last night, teething, we took turns walking her',
    'I left the baby in the car with my husband while I ran into the shop',
  ]);
});

describe('crisis screen, round seventeen: pregnancy, new parents and recovery', () => {
  hears([
    ["I feel like I'm drowning. I've got the rope in the loft, I just need the baby to be somewhere safe first", 'suicide'],
    ["I have this plan in my head for how I'd do it and it's getting more detailed", 'suicide'],
    ["mums like me who can't bond with their babies shouldn't be allowed to live", 'suicide'],
    ["after my last relapse I told my counsellor I wished the overdose had worked", 'suicide'],
    ["I think I took too much of my methadone and some tablets, everything's going fuzzy and my breathing is slow", 'emergency'],
    ['found my flatmate on the floor with his lips blue and a needle next to him', 'emergency'],
    ["since I told him I'm pregnant he keeps saying 'accidents happen on stairs' and laughing", 'partner_violence'],
    ["he found my coil appointment letter and went mental, I'm not allowed to do anything to my body without asking him", 'partner_violence'],
    ["he drinks, and he's standing over me with his fist raised. he hasn't hit me yet but I know he will", 'partner_violence'],
    ["my dealer said I could pay off what I owe 'another way' and wouldn't let me leave till I did", 'sexual_violence'],
    ['my ex used to give me pills before sex so I would not fight back', 'sexual_violence'],
    ["I scrape my nails down my face when I can't cope with the crying", 'self_harm'],
  ]);

  staysQuiet([
    "I have a plan for how I'd do the kitchen, it's getting more detailed",
    "people like me shouldn't be allowed near a karaoke machine",
    'I keep thinking about swimming in the sea this summer',
    'hoping the next batch of sourdough is better than the last',
    'this job will be the death of me lol',
    "I'm going to go through with the wedding",
    'my lips are blue from the cold after swimming',
    'I took too much of my cough syrup and feel a bit fuzzy lol',
    'my waters broke at 3am and we drove in, all fine now',
    'my boyfriend waits outside my work every day to pick me up',
    'he makes me show him my phone whenever I get a funny meme',
    "I'll never see them again, my friends moved to Australia",
    'accidents happen, the toddler knocked my tea over',
    "anyone else's partner super grumpy during nicotine withdrawal? he nearly bit my head off over toast",
    'I punch the wall at the boxing gym',
  ]);
});

describe('crisis screen, round seventeen: written-out contractions do not hide these', () => {
  hears([
    ['is it normal to plan out your own funeral when you are only 26? I have picked the songs and written to my sister', 'suicide'],
    ['My ex keeps messaging me that he will take the baby to his country and I will never find them', 'partner_violence'],
    ['I have been storing up my tablets in a sock drawer since the birth. I have got about 60 now', 'suicide'],
  ]);

  staysQuiet([
    "he's taking the kids to his parents in Spain for Christmas, need to renew the passport",
    "we're arranging my own funeral plan at 60, sensible really",
  ]);
});

describe('crisis screen, round seventeen: drink on the night in question', () => {
  hears([
    ['my partner said "you were into it, you just don\'t remember because you were so wasted". I honestly don\'t remember anything from that night.', 'sexual_violence'],
    ['not sure if it counts, i was so drunk and woke up with him on top of me', 'sexual_violence'],
    // "idk if this counts" with someone else drunk is no longer read as a night she cannot remember.
    ["idk if this counts but when she's drunk she gets kind of scary and i sleep in the car", 'partner_violence'],
  ]);

  staysQuiet(["you were so into it at karaoke lol, you don't remember? you were wasted", 'she was really into it at the gig, can\'t remember much, we were all drunk and dancing']);
});

// Look-alikes found in the round's review: each of these was once an alarm under a first draft.
describe('crisis screen, round seventeen: everyday words the new rules must leave alone', () => {
  staysQuiet([
    "I'm lucky she still loves me, no one else would put up with my snoring lol",
    "my husband always knows where I am because we share our phone locations, it's comforting",
    'I punch the wall at the gym, it helps with stress',
    "how deep should I cut the tomato plant back, since it's grown again",
    'I took 2 paracetamol this morning and I feel a bit better, how long till I can take more',
    'took 2 paracetamol this morning for my headache and still feel sick',
    "the water's gone off in the flat and I'm on my own with the baby",
    'hoping this batch of cookies is the last, my arms hurt from baking',
    'I wish the pills had worked for my migraine',
    "they'll find me at the pub, it'll be over by 9",
    'we made a plan for how to do it without fighting, the chores rota',
    "I didn't want to but went along with it, the weekend away to see them",
    'she gave me something before bed for my cold',
    "I'd lose my job if I didn't do it, my boss is strict",
    "he says if I don't give it back he'll just take it, the PS5 controller",
    "I'll pay it off another way, maybe overtime",
    'I was drunk last night and the kids were hungry this morning so I made pancakes',
    "my hair is limp and I have a fever, she says it's flu",
  ]);

  hears([
    ['how long does it take for 20 paracetamol to do anything? I took them about an hour ago after our fight and I feel sick now', 'emergency'],
    ['took all of them like 10 mins ago. feel weird. sorry', 'emergency'],
    ["I keep thinking they'll find me after a binge and it'll be over", 'suicide'],
    ['my wife told the midwife she thinks about walking into the sea. they said it\'s baby blues', 'suicide'],
  ]);
});
