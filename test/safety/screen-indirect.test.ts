import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';

describe('crisis screen: indirect warning signs without crisis words', () => {
  it.each([
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
  ] as const)('%s → %s', (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });

  it('asks one caring question when several weak signs meet and no phrase matches', () => {
    expect(screenText("i made peace with it. i know what i'm going to do when the kids are at their dad's")).toMatchObject({
      category: 'suicide',
      level: 'possible',
    });
  });
});

describe('crisis screen: the same words in ordinary life stay quiet', () => {
  it.each([
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
  ])('%j → no risk', (text) => {
    expect(screenText(text)).toBeNull();
  });
});
