import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/app.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { onboard, Person } from '../support/conversation.ts';

/** Onboards someone whose trust was broken by a partner and who says they don't feel safe. */
async function unsafePartner(person: Person) {
  await onboard(person, 'someone broke my trust');
  await person.press('no');
}

describe('flows learn where the person is from the platform', () => {
  it('shows UK abuse lines to someone in Europe/London after onboarding', async () => {
    const person = new Person(buildEngine({ store: new MemoryStore() }), undefined, { locale: 'en-GB', timeZone: 'Europe/London' });
    await unsafePartner(person);
    await person.press("I'd rather not");
    expect(person.text).toMatch(/0808 2000 247/);
  });

  it('shows US abuse lines to someone in America/Chicago', async () => {
    const person = new Person(buildEngine({ store: new MemoryStore() }), undefined, { locale: 'en-US', timeZone: 'America/Chicago' });
    await unsafePartner(person);
    await person.press("I'd rather not");
    expect(person.text).toMatch(/1-800-799-7233/);
  });
});
