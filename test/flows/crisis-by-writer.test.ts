import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/app.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { onboard, Person } from '../support/conversation.ts';

describe('the whole bot, when someone says they hurt their partner', () => {
  it('answers as the one who must keep the other safe, and offers no joint exercises afterwards', async () => {
    const person = new Person(buildEngine({ store: new MemoryStore() }), undefined, { locale: 'en-GB', timeZone: 'Europe/London' });
    await onboard(person);
    await person.say('I slapped my wife during the fight last night');
    expect(person.text).toMatch(/nobody gets hurt/);
    expect(person.text).not.toMatch(/good of you|No one deserves/);
    await person.press('Not right now');
    expect(person.text).toMatch(/0808 2000 247/);
    await person.press("I'm okay");
    await person.say('/exercises');
    expect(person.text).toMatch(/only advised when you both feel safe/);
  });

  it('still answers the one being hurt as before, when they hit back', async () => {
    const person = new Person(buildEngine({ store: new MemoryStore() }), undefined, { locale: 'en-GB', timeZone: 'Europe/London' });
    await onboard(person);
    await person.say('he punched me in the face so I hit him back');
    expect(person.text).toMatch(/No one deserves to be hurt/);
    expect(person.text).not.toMatch(/nobody gets hurt/);
  });
});
