import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';
import { hears, hearsAs, staysQuiet } from '../support/screen-cases.ts';

describe('crisis screen: indirect warning signs without crisis words', () => {
  hears([
    ['everyone would be better off if i just wasnt around', 'suicide'],
    ['i gave away my books and my plants, i wont be needing them', 'suicide'],
    ['wrote a letter for each of my kids and left them with my mum', 'suicide'],
    ['how many of my antidepressants would it take to not wake up', 'suicide'],
    ['i dont see any way forward for me except out', 'suicide'],
    ['i have wish to die since long time', 'suicide'],
    ['he said if i go to the police he will hurt my son', 'partner_violence'],
    ['she keeps my bank card and gives me cash only when i ask nicely', 'partner_violence'],
    ['he put his hands around my throat during the fight', 'partner_violence'],
    ['i found an airtag in my handbag after i left him', 'partner_violence'],
    ['he wakes me up by touching me even though ive asked him not to', 'sexual_violence'],
    ['my grandad says what we do is our special secret', 'child_abuse'],
    ['relapsed last night, the blade was right there', 'self_harm'],
  ]);

  it('asks one caring question when several weak signs meet and no phrase matches', () => {
    expect(screenText("i made peace with it. i know what i'm going to do when the kids are at their dad's")).toMatchObject({
      category: 'suicide',
      level: 'possible',
    });
  });
});

describe('crisis screen: the same words in ordinary life stay quiet', () => {
  staysQuiet([
    'i gave away a bunch of clothes to charity, feels good to declutter',
    'how many pills of ibuprofen can i take for a headache',
    'i dont see a way forward with him, i think we should break up',
    'she threatened to take the kids to disneyland without me haha',
    'she shows up at my work with coffee sometimes, cute',
    'i bought a rope for the tire swing',
    'i made a list of who gets what for christmas',
    'this is my last message to him, im blocking him after',
    'im exhausted tonight, we fought about his mom again',
    'goodbye forever to my favorite coffee shop, its closing',
    'he held me against the wall and kissed me, swoon',
    'he got a knife and hes carving the turkey',
  ]);
});

describe('crisis screen: round nine (harm in less common roles; disclosures told in passing)', () => {
  hears([
    ['the pills are in my bag. kids are with their dad till sunday. this is the window', 'suicide'],
    ['left a letter on the kitchen table for him, he\'ll find it after', 'suicide'],
    ['got the blades out and im going to end it tonight while everyone sleeps', 'suicide'],
    ['if a train took me out on the way to work i wouldnt even be upset', 'suicide'],
    ['I\'m 68, my wife passed in spring and I don\'t see any reason to carry on.', 'suicide'],
    ['been keeping mum\'s old oxycodone in my drawer. telling myself it\'s for later', 'suicide'],
    ['my brother says he\'s been working out how he\'d do it since the divorce', 'suicide'],
    ['he said he\'d drown our puppy if I went to my sister\'s birthday', 'partner_violence'],
    ['i don\'t want to go home tonight, i know what he\'s like after the pub', 'partner_violence'],
    ['my boss keeps putting his hand on my thigh under the table and I\'ve told him to stop', 'sexual_violence'],
    ['the physio touched me in a way I never agreed to', 'sexual_violence'],
    ['a guy from the app recorded us and now he\'s threatening to send it to my husband unless i pay', 'sexual_violence'],
    ['she keeps starting things when i\'m half asleep even though i told her i don\'t want that', 'sexual_violence'],
    ['my neighbour did things to me when i was 8 and i\'ve never told anyone', 'child_abuse'],
    ['razor again last night. just a few lines', 'self_harm'],
    ['been dragging the compass across my wrist when it gets loud at home', 'self_harm'],
  ]);

  staysQuiet([
    'the surprise party is tonight, this is the window to get the cake in while he\'s at the gym',
    'left a note on the fridge for him, he\'ll find it after work and hopefully laugh',
    'going to finish it before she wakes up, the jigsaw has 2000 pieces',
    'if a bus took me out of this town i wouldn\'t be upset, it\'s so boring here',
    'I don\'t see much point in carrying on with couples counselling if he won\'t come',
    'keeping my dad\'s old painkillers for when my back flares up',
    'she\'s been planning how she\'d do it for weeks, the proposal has to be perfect',
    'he threatened to get rid of the cat if it scratches the sofa again lol',
    'don\'t want to go home yet, the party\'s too good',
    'his hand on my thigh the whole drive home, it was so sweet',
    'running the razor along my legs in the shower',
    'my hubby keeps starting things when i\'m half asleep and honestly i love it',
    'How do I tell my husband I’m sorry I yelled at him last night without it sounding fake?',
    'I don’t want to be here anymore - in this city, I mean. My wife loves it and I’m miserable. How do we compromise?',
    'my mother in law smothers our kids with presents and my wife won’t say anything to her',
    'she laughed and said I’d literally die if I had to sit through a whole museum day with her',
  ]);
});

describe('crisis screen: round ten (child abuse in children’s own words and in memories)', () => {
  hearsAs('child_abuse', [
    'im 12. i get kicked in the back where nobody can see, dad knows what hes doing',
    'Belted by my stepdad when I was 9, put in hospital, told them I fell down the stairs.',
    'she pours cold water on me when i cry in bed. im 7',
    'mum makes me eat my tea off the kitchen floor when im naughty. im 10',
    'my nan used to press my hand against the hot iron when I talked back. I was 6',
    'growing up I was locked in the cellar for whole weekends',
    'we dont get fed at dads if we break something and im so hungry. im 9',
    'he left our 2 year old alone in the flat for five hours to go to the bookies',
    'im 12 and my arm is swollen and purple since i fell but mum doesnt believe in doctors',
    'my dads friend keeps buying me cider and asks me to sit in his car with him. im 14',
    'the man at the shop says im more grown up than the other girls in my class. im 11',
    'i was 10 and the choir leader said we had a special secret to keep',
    'my stepdad makes me sit on his lap when mum is at work. im 8',
    'im 9 and im not allowed to tell anyone about what uncle does at night',
    'mum makes me lie to the teachers about the bruises',
    'she says if i tell the school ill be put in care and it will be my fault. im 11',
  ]);

  it('hears a fire between a parent and a child’s room as an emergency', () => {
    expect(screenText('kitchen’s full of smoke and I can’t get to my daughter’s room')).toMatchObject({ category: 'emergency', level: 'imminent' });
  });

  staysQuiet([
    'i got hit by a ball in pe today and it really hurt lol. im 12',
    'the kids hid bread in their pockets to feed the ducks',
    'mum said i have to tell my teacher the truth about the broken window. im 10',
  ]);
});

describe('crisis screen: round ten (coercive control in everyday words)', () => {
  hearsAs('partner_violence', [
    'my residency depends on him and he reminds me every week',
    'she tore my passport up when I said I wanted to visit home',
    'he put a loan in my name without asking and says if i report it he’ll say it was me',
    'found my contraceptive pills flushed down the loo again',
    'I’m not allowed out without his permission, his dad agrees with him',
    'when we argue she drives flat out with me begging her to stop',
    'there’s a dent in the door inches from my face from last night',
    'he said he’ll tell my parents I’m gay if I leave him',
    'she hides my wheelchair charger when I don’t do what she wants',
    'he smashed my glasses because I was late home',
    'he said he’d make sure I can’t walk if I embarrass him again',
    'he stood over me with the iron and smiled',
    'I’m not allowed to wear makeup. He says it’s for other men.',
    'he texted that I won’t see the morning',
    'she hides the charger for my chair when i answer back',
    'he broke mine against the wall and said i made him do it',
    'she shaved my head while i cried because i talked to a colleague',
  ]);

  staysQuiet([
    'how do I tell my parents I’m gay',
    'I’m not allowed to have my phone at work',
    'my visa depends on my job so I can’t quit yet',
    'my toddler smashed my phone on the tiles lol',
    'he drives so fast on the motorway, we argue about it all the time',
    'we share locations because we both like knowing the other got home ok',
    'we put a camera in the hall for the dog and she texts me from work when he barks',
    'my son broke mine and said sorry',
  ]);
});

describe('crisis screen: round eleven (long updates that sound dark and are safe)', () => {
  const update = (middle: string): string =>
    `Quick update after this week's session. We did the check-in on Tuesday and Thursday and mostly listened to each other. ${middle} The kids are fine and we have a date night booked for Saturday. Could we talk about how to keep the check-ins going when work gets busy?`;

  it.each([
    'He keeps calling himself garbage since the affair came out. He is not suicidal, I asked him straight out and he said absolutely not.',
    'I have been feeling really low and my GP started me on antidepressants, but I am not in any danger and I do not have any thoughts of hurting myself.',
    'He says he feels dead inside since it ended, and he does not have any thoughts about ending things, he has been explicit about that.',
    'I have been having dark thoughts about what kind of person cheats. I am safe, I am not going anywhere, it is more a crisis of who I am.',
  ])('an all-clear in a long update settles a weak signal: "%s"', (middle) => {
    expect(screenText(update(middle))).toBeNull();
  });

  hears([
    ['I am not suicidal', 'suicide'],
    ['I’m not suicidal but honestly I don’t want to wake up tomorrow', 'suicide'],
    [update('He says he is not suicidal, but last night he told me everyone would be better off without him.'), 'suicide'],
    [update('I am safe, I promise. But I have been cutting again, on my thighs where nobody sees.'), 'self_harm'],
  ], 'a short denial, or a clear signal beside an all-clear, is still heard: %j');

  staysQuiet([
    'I finally feel like I am slowly taking my life back after the affair.',
    'Mark drove up straight away, dealt with the undertakers and held me while I cried at 3am.',
    'I got so wound up I said I swear I’ll strangle you with that satnav cable, and we both burst out laughing.',
    'She follows me from room to room to finish the argument and it makes me feel cornered.',
    'My 8 year old made me sit on the floor to play lego for hours.',
    'My parents won’t let me eat in my room, only at the table.',
    'Me and my sister had a massive fight over the remote and she pulled my hair. Mum sent us both to our rooms.',
    'He slammed the door and went for a drive to cool off. Wasn’t scared, just annoyed we didn’t finish the conversation.',
    'I snapped and said I can’t do this anymore, and when she asked if I meant us I said no, I meant the job.',
    'My sister was furious when I told her, said she wanted to punch him in the face.',
    'I found an old hotel receipt from the affair and I wanted to burn the whole house down. We burned the receipt in the garden instead.',
    'My dad died without a will so I have been sorting mine, power of attorney, the lot. My wife wants to do hers too.',
    'my daughter said he snores like a dying walrus and we all cracked up',
    'I think this has hit me so hard because of my parents’ divorce when I was 15.',
  ]);

  hears([
    ['he drove like a maniac with me screaming at him to slow down', 'partner_violence'],
    ['my brother pulled my hair and punched me every day and mum never stopped him. im 13', 'child_abuse'],
    ['he made me sit on the floor for hours as punishment', 'partner_violence'],
    ['he won’t let me eat until he gets home and he locks the fridge', 'partner_violence'],
    ['my ex follows me home from work every day', 'partner_violence'],
  ], 'still hears the look-alikes that are harm: %j');
});

describe('crisis screen: round eleven (consent in everyday words; a partner’s orders in their own words)', () => {
  hearsAs('sexual_violence', [
    'sometimes I wake up and he has already started, while I’m still half asleep',
    'he said he would just wait till I’m asleep if I keep saying no',
    'he doesn’t stop when I go quiet, he just keeps going',
    'I froze and waited for it to be over and afterwards he made tea like nothing happened',
    'he told me I owed him after he paid for dinner, I didn’t really want to but it was easier',
    'she took the condom off halfway through without telling me',
    'I had a fever and was too weak to push him off',
    'he texted that he’s not taking no tonight and he’ll be home at 9',
    'he said we’re doing it whether I like it or not',
    'my landlord said I could skip the rent if I was nice to him',
    'my manager said the contract renewal depends on how friendly I am after hours',
    'some account says they have a video of me and want money or they’ll send it to my followers',
    'I drank too much at the party and woke up in his flat with no idea how I got there, I don’t remember anything',
    'he has sex with me even when I’m crying',
  ]);

  staysQuiet([
    'I froze and waited for it to be over, the job interview was a disaster',
    'she did it again while I was asleep, rearranged the whole kitchen 😂',
    'I just let him pick the restaurant because it’s easier than debating for an hour',
    'he owes me for dinner, he lost the bet about the match',
    'we both like it when she wakes me up that way, we talked about it',
  ]);

  hearsAs('partner_violence', [
    'He texted: "send me your live location now or I’m coming over"',
    '[22:10] Sam: video call me now and show me every room',
    'his text: "why did it take you 14 minutes to reply"',
    'she’s changed my phone password and my email one so I can’t get in',
    'he’s got my passport and says I’ll get it back when I learn to behave',
    'My bank card is in his wallet now and I have to ask him if I need money',
    'he thinks he gets a say in who I see and where I go',
    'my ex knows where I live now even though I moved and blocked him',
    'he says the court order is just a piece of paper',
    'I have to hand him the receipts for everything I buy',
    'she cancelled my therapy appointment for me without asking',
    'he said I’m lucky he only hit the wall this time',
    'he asked what happens to the cat while I’m out if I go to the party',
  ]);

  staysQuiet([
    'we share our locations on the hike so we can find each other',
    'send me your location and I’ll pick you up from the station',
    'I forgot my password again so my husband reset it for me',
    'he has my bank card because I left my purse at his place',
  ], 'stays quiet on ordinary sharing: %j');
});

describe('crisis screen: round eleven (child abuse and grooming told without the words)', () => {
  hearsAs('child_abuse', [
    'my stepdad keeps walking in while I’m in the shower and says the lock is broken. im 13',
    'a man from roblox says he’ll pick me up after school and not to tell my mum. I’m 12',
    'my daughter (6) says grandpa told her their secret is more special than mummy’s',
    'the boy next door’s dad gives her sweets if she shows him her knickers, she’s 7',
    'the bruises are from my dad but I’m not allowed to say, if anyone asks I fell. I’m 11',
    'my kids only eat at school now, my ex doesn’t feed them at his place. they’re 8 and 10',
    'my parents leave me and my little brothers alone for days, im 12',
    'when I was 14 the coach told me we were special and I couldn’t tell my parents',
    'someone on snapchat keeps telling my 13 year old she’s mature for her age',
    'he asked her to send a pic in her school uniform, she’s 14',
  ]);

  staysQuiet([
    'my 6 year old and grandpa have a secret about mummy’s birthday present',
    'my husband walks in while I’m in the shower to brush his teeth, it drives me mad',
    'the kids are fine on their own for an hour after school, they’re 15 and 16',
  ]);
});

describe('crisis screen: round eleven (a goodbye or a danger at the door, in pasted words)', () => {
  hears([
    ['My brother texted: "gave the cat to Sarah, sold the bike, all sorted now. thanks for everything" — is that odd?', 'suicide'],
    ['my dad sent "sorry I wasn’t a better dad. look after your mum for me." he never texts like that', 'suicide'],
    ['his text: "change the locks then. you’ll find me in the shed with a rope."', 'suicide'],
    ['she posted "sorry for everything" last night and she isn’t answering anyone', 'suicide'],
    ['[01:10] Lee: open up / [01:11] Lee: I will kick it in -- he’s outside banging on it right now', 'emergency'],
    ['my ex is in the garden right now and says I’d better open the door, I’m hiding upstairs', 'emergency'],
  ]);

  staysQuiet([
    'we gave the dog to my mum while we’re moving abroad, all sorted now, thanks for everything you did for us',
    'he’s outside right now waiting to pick me up for dinner',
    'sorry for everything I said last night, I was tired',
  ]);
});

describe('crisis screen: round eleven (long-update look-alikes, continued)', () => {
  it.each([
    ['I have been planning my funeral', 'My dad died without a will so I have been planning my funeral and sorting power of attorney. My wife wants to do hers too.'],
    ['I showed him the receipts', 'I found an old hotel receipt in his coat and I showed him the receipt. We talked for hours.'],
  ])('"%s" in a message that explains itself stays quiet', (_gist, text) => {
    expect(screenText(text)).toBeNull();
  });

  it('still hears a funeral planned with no explanation', () => {
    expect(screenText('I have been planning my funeral and writing letters to the kids')?.category).toBe('suicide');
  });
});

describe('crisis screen: round eleven (run-ons without a full stop)', () => {
  hears([
    ['i already picked the date its after the wedding so nobody has to cancel anything', 'suicide'],
    ['my husband found me with the cord round my neck in march and we never talk about it', 'suicide'],
    ['we broke up in may but he sent me a photo of my front door last night and i never gave him the address', 'partner_violence'],
    ['my mums boyfriend keeps tickling my sister even when she screams stop and then he locks the door', 'child_abuse'],
    ['my 15 year old says her tutor wants to give her private lessons at his house with no parents there', 'child_abuse'],
    ['the little boy next door told me mummy doesnt wake up sometimes and hes only 4', 'child_abuse'],
  ]);

  staysQuiet([
    'i want to kill myself laughing every time i remember him falling in the pond',
    'i nearly threw my phone across the room when he left me on read again',
    'we booked private lessons at the tennis club for our son, he loves it',
  ]);
});

describe('crisis screen, round twelve: a grab by the throat is violence, not assault', () => {
  hears([
    ["I'M SO ANGRY. he grabbed me by the throat when I tried to leave the kitchen", 'partner_violence'],
    ['she grabbed me by the hair when i walked off', 'partner_violence'],
    ['he grabbed me while i was asleep and wouldnt stop', 'sexual_violence'],
    ['my boss grabbed me between my legs at the party', 'sexual_violence'],
  ]);
});

describe('crisis screen, round thirteen: danger told in plain words, in local English and in passing', () => {
  hears([
    ["i'm up on the roof of the car park. it's so windy. tell mum i'm sorry", 'suicide'],
    ['my dad has locked himself in the garage with the rat poison and says he is going to drink it', 'suicide'],
    ['I made an attempt last winter, nobody knows, and I still think about it', 'suicide'],
    ['honestly I keep thinking about trying again, the pills are still in the cabinet', 'suicide'],
    ['my sister says she has worked out how she would do it', 'suicide'],
    ["i'm not planning on being around long enough to see the wedding", 'suicide'],
    ["some days I don't see why I'd bother carrying on", 'suicide'],
    ['last night I stood on a stool with the belt and then the baby cried', 'suicide'],
    ["if it wasn't for the cat I'd have given up by now", 'suicide'],
    ['my ex said accidents happen to people who cross him', 'partner_violence'],
    ['when I mentioned leaving he said "I know where your sister lives"', 'partner_violence'],
    ['he says nobody would even notice if you went missing', 'partner_violence'],
    ['she put cameras in every room and checks them when she gets home', 'partner_violence'],
    ['he wants photos to prove who I am with whenever I go out', 'partner_violence'],
    ['he has my passport locked in his desk at work and laughed when I asked for it', 'partner_violence'],
    ['she took my salary and keeps my phone at night', 'partner_violence'],
    ['I never know which version of him is coming home', 'partner_violence'],
    ['I was blacked out at the party and he had sex with me', 'sexual_violence'],
    ['the driver touched me the whole ride and the doors were locked', 'sexual_violence'],
    ['he filmed us on his phone when I had said no cameras, and says it is for him only', 'sexual_violence'],
    ['someone put my face on naked bodies and sent it round school', 'sexual_violence'],
    ['he wants more pics or he will post the old ones', 'sexual_violence'],
    ['my ex is sending photos of me in my underwear to my family', 'sexual_violence'],
    ['he forced himself on me again and says it is his right as my husband', 'sexual_violence'],
    ['I only went along with the sex because he sulks for days otherwise', 'sexual_violence'],
    ['my husband has sex with me when I’m passed out on my sleeping tablets', 'sexual_violence'],
    ['the childminder shook our baby when he would not stop crying', 'child_abuse'],
    ['her boyfriend shuts my son in a dark cupboard when he is naughty', 'child_abuse'],
    ['he makes my 6yo eat his tea off the floor', 'child_abuse'],
    ['my nephews come round always starving and in the same nappy, my sister is using again', 'child_abuse'],
    ['the man at the shop gives her free credit and asks her to come to his room after school. she is 12', 'child_abuse'],
    ['when I was 7 mum left us on our own for days with a box of cereal', 'child_abuse'],
    ['my mam used to batter us with the spoon till we bled', 'child_abuse'],
    ['he slit his wrist in the bathroom and the bleeding will not stop even with a towel', 'emergency'],
  ]);

  staysQuiet([
    'we were on the roof terrace at sunset, so windy, sorry I missed your call',
    'my dad locked himself in the garage with his model trains again',
    'I think about trying again with him, we were good together once',
    "I'm not going to be around to see the end of term, I'm moving to Leeds in March",
    'my brother is checking out early from the hotel tomorrow',
    'my wife keeps our passports in the safe because I lose everything',
    'she shows me receipts without me asking now, she is being so open',
    'we renewed our vows in the garden, our daughter read a poem and I cried through the whole thing',
    'we have been watching that series about a family in Ohio, the one where the husband is abusive. So well made',
    'the pills make her foggy and she keeps calling me by her sister’s name',
    'my fiancée kicked him under the table and everyone laughed',
    "do you want to be dead by fifty? I said when I found the crisps in his car",
    "I've never raised a hand to her and she says she is not scared of me, but I did throw a stapler at work",
    'my son came back from his dad’s filthy from the mud and happy',
    'he filmed me at the wedding doing the worm',
    'nobody will believe me but I saw a fox on the tube',
    'do you know where your mum is? she is not answering',
    'I put Life360 on my phone so my mum knows where I am when I run at night',
    'I need to call social services about the neighbours, will they take the children into care?',
    'he filmed me on his phone doing karaoke and I didn’t know',
    'the baby wakes me up for it every night and I am so tired',
    'I said yes to the holiday because he was sulking about it for days',
    'I made an attempt at baking bread last week, still not great, will try again',
    'the flat was filthy and he was drunk again, we argued about it',
    "he says I'm smothering him since the heart attack, I keep hiding the crisps",
  ]);
});

describe('crisis screen, round thirteen (more): threats made with things, orders ignored, giving in; and safe look-alikes', () => {
  hears([
    ["she keeps saying things like 'you'll be fine without me' and I don't know if she means it", 'suicide'],
    ['my uncle said something about checking out early after the funeral and it is bugging me', 'suicide'],
    ['he punched the mirror and said next time it will be you', 'partner_violence'],
    ['she says she will tell social services I am a bad dad and get the kids taken off me if I leave', 'partner_violence'],
    ['he put an app on my phone, knows where I am every minute and goes mental if I am late', 'partner_violence'],
    ['I have a protection order and he still turns up at the school gate', 'partner_violence'],
    ['he calls me every five minutes when I am out asking who I am with', 'partner_violence'],
    ['he keeps saying no one would ever believe you, not with your history', 'partner_violence'],
    ['I was blind drunk and he had sex with me, I barely remember it', 'sexual_violence'],
    ['my ex is showing people photos of me in my underwear to shame me', 'sexual_violence'],
    ['my supervisor said my placement depended on me coming to his flat', 'sexual_violence'],
    // Look-alikes of the safe phrases below that are danger, and must stay heard.
    ['my brother killed himself three years ago and I just want to be with him', 'suicide'],
    ["he says he's only joking when he says he'll kill me", 'partner_violence'],
    ['he punched the mirror and said next time it will be you lol', 'partner_violence'],
    ['he kicks me under the table when I talk to other men and I have bruises', 'partner_violence'],
    ['he gave me a black eye at the game last night', 'partner_violence'],
    ['we agreed he would look after the money. now he checks my receipts every night and screams if I spent anything', 'partner_violence'],
    ['he choked me even after I used the safe word', 'partner_violence'],
  ]);

  staysQuiet([
    'my brother is checking out early from the hotel, work called him back',
    'he put an app on my phone for the school run, so handy',
    'I give him cash for the week because he asked me to after his gambling counselling',
    'I gave my husband full control of our money while I was ill and he has been brilliant',
    'she scratches my back and I pull her hair, we both love it',
    'he keeps the only key in his pocket at night because our son sleepwalks',
    'after the car crash my wife won’t let me drive on the motorway yet, sweet but a bit much',
    'I called his boss mammy on the phone, he thinks it is gas. I want to crawl under a rock',
    'he came back from the rugby match with a split lip, no harm done',
    'my wife is cutting up my food since I broke my fingers',
    'my son is grounded from the xbox and says it is child abuse lol',
    'she threatened to report me to her mother for forgetting the school fees',
    'I said I wished he had never been born, which was horrible, and I apologised',
    'writing a gratitude list about him felt like swallowing glass',
    'the film we picked had a suicide in it, so we switched to a comedy',
  ]);

  it('still hears a death threat set for a time of day, whatever it names it', () => {
    expect(screenText('he texted: you will be dead by 9 tonight')).not.toBeNull();
  });
});

describe('crisis screen: a plan worked out for an everyday job is not a plan to die', () => {
  hears([['I have worked out how to do it. The rope is in the garage', 'suicide']]);
  staysQuiet(['I finally worked out how to do it, the flatpack wardrobe is up']);
});
