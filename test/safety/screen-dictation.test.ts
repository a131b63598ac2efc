import { describe, expect, it } from 'vitest';
import { asDictated, normalizeForScreen } from '../../src/safety/screen-normalize.ts';
import { hears, staysQuiet } from '../support/screen-cases.ts';

const dictated = (text: string): string => asDictated(normalizeForScreen(text));

describe('reading dictated text (speech to text)', () => {
  it('turns spoken punctuation into the sentences the speaker meant', () => {
    expect(dictated('i cant do this full stop im done')).toBe('i cant do this . im done');
    expect(dictated('he shouted at me new line then he left question mark')).toBe('he shouted at me . then he left .');
    expect(dictated('so comma what do i say to him')).toBe('so what do i say to him');
  });

  it('keeps a coma as a coma', () => {
    expect(dictated('my dad is in a coma')).toBe('my dad is in a coma');
    expect(dictated('they put her into an induced coma')).toContain('induced coma');
  });

  it('puts right the mishearings it knows, and nothing that merely looks like them', () => {
    expect(dictated('it wood be easier')).toBe('it would be easier');
    expect(dictated('i no hes lying')).toBe('i know hes lying');
    expect(dictated('the wood is wet')).toBe('the wod is wet');
    expect(dictated('i no longer care about the car')).toBe('i no longer care about the car');
  });

  it('leaves text without any of it untouched', () => {
    const plain = normalizeForScreen('we had a good talk tonight');
    expect(asDictated(plain)).toBe(plain);
  });
});

describe('crisis screen on dictated messages', () => {
  hears([
    ['honestly it wood be easier if a truck just hit me on the way home comma I keep thinking that', 'suicide'],
    ['i bought some rope full stop told my wife it was for the garden full stop it is not', 'suicide'],
    ['um does a paracetamol overdose hurt question mark asking for me', 'suicide'],
    ['i am at the bridge comma and i am not coming back', 'suicide'],
    ['he says this time next month he wont be our problem comma and he gave away his tools', 'suicide'],
    ['my sister just took like twenty of her tablets full stop she says she feels dizzy', 'emergency'],
  ]);

  staysQuiet([
    'we walked the cliff path full stop it was too muddy so we are not walking back that way',
    'we did the cliff path today but we are not walking back comma getting the bus instead',
    'my nan is in a coma comma the doctors say she is comfortable',
    'i no longer get angry when he is late full stop we sorted it',
  ]);
});
