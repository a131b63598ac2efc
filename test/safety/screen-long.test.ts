import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';

// About 20 kB of harmless relationship talk to bury a disclosure in.
const story = 'We talked about the dishes and it went better than the week before. '.repeat(300);

describe('crisis screen: long messages', () => {
  it.each([
    ['i have the pills in my hand and i am going to take them tonight', 'suicide'],
    ['my uncle touches me when mum is at work', 'child_abuse'],
    ['my boyfriend forced me to have sex when i said no', 'sexual_violence'],
    ['he choked me last night until i almost passed out', 'partner_violence'],
  ])('hears "%s" at the start, in the middle and at the end of a 20 kB story', (danger, category) => {
    for (const text of [`${danger}. ${story}`, `${story}${danger}. ${story}`, `${story}${danger}`]) {
      expect(screenText(text)?.category).toBe(category);
    }
  });

  it('stays quiet on a 20 kB story of ordinary pain and idioms', () => {
    expect(screenText(`${story}Honestly this fight is killing me. ${story}She'll murder me for forgetting. ${story}`)).toBeNull();
  });

  it('still joins two warning signs that sit many sentences apart', () => {
    const near = screenText('Sitting in the garage. The engine running.');
    const far = screenText(`Sitting in the garage. ${story}The engine running.`);
    expect(near?.category).toBe('suicide');
    expect(far).toEqual(near);
  });
});
