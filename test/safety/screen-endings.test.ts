import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-four: the wish to die said through dates and endings (risk-dev-occasions heard 69 of
// 120 at first contact) and look-alikes that use danger's words safely (risk-dev-lookalikes raised
// 25 false alarms in 150 safe lines). Each message is written for the test; each look-alike shares
// its words with a disclosure above or below it.

describe('crisis screen, round twenty-four: the wish to die said through dates and endings', () => {
  hearsAs('suicide', [
    'sorted the car insurance two years ahead so my wife is covered after I am gone',
    "showing him how to pay the bills online so he can cope after",
    "need to rehome the rabbit soon, I won't be around to look after her after christmas",
    'this is the last birthday I am doing',
    'I made it a nice last one with me for the kids',
    "we're booked for our anniversary and I'm making it our last. not a divorce.",
    'three more weeks then no more me',
    'counting down to something else this year',
    'giving my nieces little things to remember me by',
    'bought my grandsons presents for the next four years so they have something from me',
    'everyone thinks I am going away. I am not going away, I am going for good',
    "bought a headstone. it's for soon",
    "booked a room so my parents aren't the ones who find me",
    "been planning it since summer. same way as my cousin did",
    "the rifle is in the car and I'm parked up by the reservoir. got through her birthday",
    'the date is set and the pills are in my drawer',
    'after the party I am driving to the cliffs, she can keep everything',
    'walking into the river tonight once the house is asleep',
    'i know where my dad keeps his gun',
    "I've got all my tablets saved",
    "my grandad says he's not doing another winter and asked me to have his dog",
    '15 is not happening for me',
    "I don't want to see another valentines",
    'last christmas probably',
    'this christmas should be my last',
    'after new year I am done',
    "I'll get through the christening and then I'm done, I've decided",
    "won't need a new calendar, gave my winter coat to my sister",
    "I don't know how many more of these I've got in me",
    "if i don't make it to spring at least she keeps the flat",
    'these letters to my kids read like goodbyes',
    'told my son where the insurance papers are, just felt like someone should know',
    'updated my will, felt like it was time, cannot explain it',
    'some days I think I should just go be with her, since she died',
  ]);

  staysQuiet([
    'after Christmas I am done with this job, handing my notice in',
    "I'm not doing another Christmas at his mum's, I mean it",
    "I can't face another winter in this damp flat",
    'I am not doing another year of this degree',
    'this year might be our last in this house before we move to Leeds',
    'we set up the standing order so the rent is covered while I am on maternity leave',
    "I won't be around to feed the cat next week, I'm away at a conference",
    'getting everything sorted before I go travelling',
    'counting down to the end of term',
    'been counting down to my last chemo session, ringing the bell tomorrow',
    'the date is set for the wedding and the venue overlooks the cliffs',
    'the gun is in the car ready for the range on saturday',
    'found the spot for our picnic',
    'I know where mum keeps her tablets, I give them to her every morning',
    'we updated our wills after the baby came, the solicitor said to',
    "my passwords are in a notebook for my husband in case I get hit by a bus lol",
    "don't bother getting me anything for my birthday, I have everything",
    'writing letters for my kids to open at 18, the chemo nurse suggested it and my prognosis is good',
    "I'm not going to be here for Christmas, we're spending it with his family in Scotland",
    'He sent this after the fight: "I\'m done. We\'re done." Is this really the end?',
  ]);

  it('keeps the level where the plan is in hand', () => {
    expect(screenText("the shotgun's cleaned and the date's been set, I'm not really retiring")?.category).toBe('suicide');
    expect(screenText('after my birthday I am done. I have got the pills saved.')?.level).toBe('high');
    expect(screenText('counted every pill out of my weekly box and swallowed the lot 20 mins ago')?.category).toBe('emergency');
    expect(screenText('if i got hit by a bus tomorrow i wouldnt even be sad about it')?.category).toBe('suicide');
  });

  it('hears a habit long stopped as healed, and its return as harm', () => {
    expect(screenText("I used to self harm as a teen. I'm 34 now and it's been 15 years. How do I tell my girlfriend?")).toBeNull();
    expect(screenText('I used to self harm as a teen. It has been 15 years. Last night I cut again')?.category).toBe('self_harm');
  });
});

describe('crisis screen, round twenty-four: look-alikes in danger\'s words', () => {
  staysQuiet([
    'I locked the kids out of the kitchen for an hour so I could bake his birthday cake',
    'I grabbed my toddler by the arm to stop her running into the road and she cried. I feel awful',
    'my teenage son is starving himself of sleep gaming all night',
    'my son is always starving after football',
    'she hides my phone on holiday so I actually relax',
    'we left the baby with my mum while we went to the pub for hours',
    'I left my 2yo alone in the bath for a second to grab a towel',
    'the dog hides under the table when he gets in from work',
    'my therapist had me write a letter to my younger self. sobbed the whole way through but I feel lighter',
    'bf says hes gonna murder me at mario kart tonight',
    'she keeps a butter knife in her handbag for peanut butter',
  ]);

  hearsAs('child_abuse', [
    'I grabbed my toddler by the arm so hard it left marks',
    'he locked the kids out of the house all night',
    'I locked the kids out of the kitchen so I could bake and he locked them in the shed after',
    'my son is always starving when he comes back from his dad\'s',
    'my son is always starving after school because there is never food in the house',
    'left the baby alone for hours while we went to the pub',
    'left my 2yo alone in the bath for 20 minutes',
    'Our 4 year old bit his baby sister and my partner bit him back so he knows what it feels like',
    'my stepson hides in the wardrobe when his mum\'s car pulls up',
    'my daughter hides under her bed when her stepdad comes home drunk',
    'my daughter is 25, her dad hit her growing up',
    'my brother is 35, our stepdad hit him growing up',
  ]);

  hearsAs('partner_violence', [
    'she hides my phone so I cannot call my sister',
    'he hides my phone so i can relax he says but i cannot call anyone for days',
    'my son is 30 and his wife hits him, they grew up together',
    'my daughter is 25 and her boyfriend hits her',
  ]);

  hearsAs('suicide', [
    "I'm so tired. Tired of apologising, tired of being here at all.",
    'I was about to step in front of a bus on purpose',
    'I wrote letters to my kids for when I am gone',
  ]);

  hearsAs('emergency', [
    'I swallowed the lot, all my sertraline',
    "the kids are hiding under the table, he's breaking the door in",
    "I'm under the bed, he's kicking the door in",
  ]);
});

describe('crisis screen, round twenty-four: a loss by suicide', () => {
  staysQuiet([
    "It's three years tomorrow since my brother took his own life. How do I tell my girlfriend I need the day alone?",
    'My fiancé never knew my father, who killed himself before we met. Should I tell him the whole story before the wedding?',
    'how do I support my wife, she lost her brother to suicide before we met and the anniversary is next week',
    'writing an essay on Durkheim\'s theory of suicide and my boyfriend keeps reading over my shoulder',
    'omg I literally want to die, I waved at someone waving at the person behind me',
    'I used to want to die every single day. Now I volunteer on a crisis line and I am genuinely ok',
  ]);

  hearsAs('suicide', [
    'my brother killed himself and I want to follow him',
    'my friend took his own life and I want to too',
    "I'm going to do what my dad did, he died in 2010",
    "she's going to do what our brother did and she's stopped taking her meds",
    'my brother killed himself in 2010 and I have been collecting pills',
    'my friend died by suicide last month. I just do not see the point of anything anymore',
    'my son nearly killed himself last night',
    "my dad's suicide attempt was last night",
    "years since my attempt and I'm genuinely ok, but I'm planning to end it on Friday",
    "at my lowest I tried to overdose. I'm proud of where I am. but I'm thinking about it again",
    "I'm planning to end it on Friday",
  ]);

  staysQuiet(["I'm going to end it with my affair partner on Friday"]);
});

describe('crisis screen, round twenty-four: what the perturbation and review checks found', () => {
  hearsAs('suicide', [
    'my son says he is fine but his search history is the viaduct and how many paracetamol it takes',
    'I have got the tablets. Once the doorbell stops I am taking them.',
    'I cannot do another year like this one',
    'My former partner has threatened to end her life if I do not agree to reconcile',
  ]);

  hearsAs('partner_violence', [
    'she threatened to end me',
    "he's going to kill me when he finds out I spent the money. he hit me last time",
  ]);

  staysQuiet([
    'my search history is train times to work and cheap flights',
    "once dinner is done I'm taking them to the park, grab my tablets",
    'i have my tablets stashed in my handbag so i dont forget them',
    'he threatens to end the relationship every time we argue',
    "She's going to strangle me when she finds out I ate the last of the birthday cake.",
    'we had a water fight in the garden and she absolutely battered me with the hose',
    "I called his mum babe on speakerphone. mortified, I want to die",
  ]);
});

describe('crisis screen, round twenty-four: look-alikes from the words of partner violence', () => {
  staysQuiet([
    "I'm an A&E nurse and we screen everyone for domestic abuse now. Can I tell my fiance what we ask?",
    'our daughter has a school project on domestic abuse, how do we talk about it at dinner',
    "Her dad told me he'd kill me if I ever hurt her. It was a toast at the wedding.",
    "Her brother said he'd break my legs if I messed her around. Classic big brother.",
    'She screamed that she hates me and slammed her door. Did I go too far grounding her?',
    "my sister left her violent husband five years ago and she's doing brilliantly and ready to date",
  ]);

  hearsAs('partner_violence', [
    'I have a domestic abuse advocate because he hit me last week',
    "her brother said he'd kill me if I ever hurt her and last night he beat me up",
    "he said he'd kill me if I ever left him",
    'he slammed her head against the door',
    'my husband slammed the door on my hand',
    'she slammed her door on my fingers',
  ]);
});

describe('crisis screen, round twenty-four review: past words inside a plan for later', () => {
  hearsAs('suicide', [
    "I'm going to kill myself at school tomorrow. I'm genuinely ok with it.",
    "I'm planning to kill myself in March. I'm doing so much better though.",
    "I tried to kill myself in my twenties, I'm doing so much better, but I've set the date for March",
  ]);
});

describe('crisis screen, round twenty-four review: look-alike idioms that reached too far', () => {
  hearsAs('sexual_violence', ['he kept going while I cried the whole time and I felt relieved when it ended']);
  hearsAs('suicide', ['I was about to step in front of a bus while texting him goodbye']);
  it('hears the means beside "I can\'t do this anymore" as more than a question', () => {
    expect(screenText("omg i want to die, i can't do this anymore, i have the pills")?.level).toBe('high');
  });
});

describe('crisis screen, round twenty-four review: following someone lost, said plainly', () => {
  it('hears it as high, not as a question', () => {
    for (const text of ["my brother killed himself and I'm next", 'my dad took his own life and I have his gun', "mum killed herself when I was 10 and I'm going the same way"]) {
      expect(screenText(text)).toMatchObject({ category: 'suicide', level: 'high' });
    }
  });
});

describe('crisis screen, round twenty-four review: the bereaved asking how to go on', () => {
  hearsAs('suicide', [
    'my brother killed himself last month. how do I go on without him?',
    "my wife took her own life. what do I do now, I can't cope",
    'my son took his own life. how can I live with this',
  ]);
});

