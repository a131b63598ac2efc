import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/app.ts';
import type { EscalationEvent } from '../../src/engine/engine.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { onboard, Person } from '../support/conversation.ts';

describe('the whole bot, when someone says they hurt their partner', () => {
  it('answers as the one who must keep the other safe, and offers no joint exercises afterwards', async () => {
    const escalations: EscalationEvent[] = [];
    const engine = buildEngine({ store: new MemoryStore(), escalate: (event) => escalations.push(event) });
    const person = new Person(engine, undefined, { locale: 'en-GB', timeZone: 'Europe/London' });
    await onboard(person);
    await person.say('I slapped my wife during the fight last night');
    expect(person.text).toMatch(/nobody gets hurt/);
    expect(escalations).toEqual([expect.objectContaining({ category: 'partner_violence', whose: 'caused_by_writer' })]);
    expect(person.text).not.toMatch(/good of you|No one deserves/);
    await person.press('Not right now');
    expect(person.text).toMatch(/0808 2000 247/);
    await person.press("I'm okay");
    await person.say('/exercises');
    expect(person.text).toMatch(/only advised when you both feel safe/);
  });

  it('still answers the one being hurt as before, when they hit back', async () => {
    const escalations: EscalationEvent[] = [];
    const engine = buildEngine({ store: new MemoryStore(), escalate: (event) => escalations.push(event) });
    const person = new Person(engine, undefined, { locale: 'en-GB', timeZone: 'Europe/London' });
    await onboard(person);
    await person.say('he punched me in the face so I hit him back');
    expect(person.text).toMatch(/No one deserves to be hurt/);
    expect(person.text).not.toMatch(/nobody gets hurt/);
    expect(escalations).toEqual([expect.objectContaining({ category: 'partner_violence', whose: 'own' })]);
  });
});
