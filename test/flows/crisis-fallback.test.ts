import { describe, expect, it } from 'vitest';
import { crisisFallback } from '../../flows/crisis/fallback.ts';
import type { Reply } from '../../src/reply.ts';

const text = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

describe('crisisFallback (no stored state)', () => {
  it('gives lines for the region and ends with the direct question', () => {
    const replies = crisisFallback({ category: 'suicide', level: 'high' }, { timeZone: 'Europe/London' });
    expect(text(replies)).toContain('Samaritans');
    expect(text(replies)).toContain('999');
    expect(text(replies)).toMatch(/automated coach/i);
    expect(replies.at(-1)!.text).toBe('Are you having thoughts of ending your life?');
  });

  it('asks in plain words, with no buttons that nothing could remember', () => {
    for (const replies of [
      crisisFallback({ category: 'suicide', level: 'high' }, {}),
      crisisFallback({ category: 'partner_violence', level: 'possible' }, {}),
      crisisFallback(null, {}),
    ]) {
      expect(replies.every((r) => r.choices === undefined)).toBe(true);
    }
  });

  it('answers /help now (no risk) with lines and "are you safe right now?"', () => {
    const replies = crisisFallback(null, { locale: 'en-US' });
    expect(text(replies)).toContain('988');
    expect(replies.at(-1)!.text).toBe('Are you safe right now?');
  });

  it('asks one clarifying question for an ambiguous message, with lines in case', () => {
    const replies = crisisFallback({ category: 'suicide', level: 'possible' }, { locale: 'en-AU' });
    expect(replies.at(-1)!.text).toMatch(/do you mean you're having thoughts of ending your life\?$/);
    expect(text(replies)).toContain('13 11 14');
  });

  it('puts the emergency number first when danger is imminent', () => {
    const replies = crisisFallback({ category: 'self_harm', level: 'imminent' }, { timeZone: 'America/Toronto' });
    expect(replies[0]!.text).toMatch(/^Please call 911 now/);
    expect(text(replies)).toContain('988');
    expect(replies.at(-1)!.text).toBe('Are you safe right now?');
  });

  it('gives abuse lines and asks whether it is safe to talk', () => {
    const replies = crisisFallback({ category: 'partner_violence', level: 'high' }, { timeZone: 'Europe/London' });
    expect(text(replies)).toContain('Refuge');
    expect(replies.at(-1)!.text).toBe('Are you safe to talk right now?');
  });

  it('speaks to the helper when someone else is in danger', () => {
    const replies = crisisFallback({ category: 'suicide', level: 'imminent', thirdParty: true }, { country: 'US' });
    expect(text(replies)).toMatch(/Please call 911 now\. If it's safe for you, stay with them/);
    expect(replies.at(-1)!.text).toBe('Is the person in danger right now?');
  });

  it('speaks to someone who says they hurt their partner as the one who must keep them safe', () => {
    const replies = crisisFallback({ category: 'partner_violence', level: 'high', thirdParty: true, byWriter: true }, { timeZone: 'Europe/London' });
    expect(replies[0]!.text).toMatch(/nobody gets hurt/);
    expect(replies[1]!.text).toMatch(/automated coach/);
    expect(text(replies)).toMatch(/support people who have been hurt/);
    expect(text(replies)).not.toMatch(/good of you|safe to talk/);
    expect(replies.at(-1)!.text).toBe('Is anyone in danger right now?');
  });

  it('asks an ambiguous message from someone afraid of what they might do about their own actions', () => {
    const replies = crisisFallback({ category: 'partner_violence', level: 'possible', thirdParty: true, byWriter: true }, { country: 'US' });
    expect(replies.at(-1)!.text).toMatch(/you've hurt your partner, or you're afraid you might\?$/);
  });

  it('falls back to the worldwide directory and the local emergency number', () => {
    const replies = crisisFallback({ category: 'suicide', level: 'high' }, {});
    expect(text(replies)).toContain('findahelpline.com');
    expect(text(replies)).toContain('local emergency number');
  });
});
