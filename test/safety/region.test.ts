import { describe, expect, it } from 'vitest';
import { inferRegion } from '../../src/safety/region.ts';

describe('inferRegion', () => {
  it.each([
    [{ timeZone: 'Europe/London' }, 'GB'],
    [{ timeZone: 'America/Toronto' }, 'CA'],
    [{ timeZone: 'America/Vancouver' }, 'CA'],
    [{ timeZone: 'America/New_York' }, 'US'],
    [{ timeZone: 'America/Los_Angeles' }, 'US'],
    [{ timeZone: 'America/Indiana/Indianapolis' }, 'US'],
    [{ timeZone: 'Pacific/Honolulu' }, 'US'],
    [{ timeZone: 'Australia/Sydney' }, 'AU'],
    [{ timeZone: 'Australia/Perth' }, 'AU'],
    [{ timeZone: 'Europe/Dublin' }, 'IE'],
    [{ timeZone: 'Europe/Berlin' }, 'DE'],
  ])('reads the time zone %o as %s', (hints, region) => {
    expect(inferRegion(hints)).toBe(region);
  });

  it.each([
    ['en-GB', 'GB'],
    ['en_GB', 'GB'],
    ['en-US', 'US'],
    ['fr-CA', 'CA'],
    ['en-AU', 'AU'],
    ['en-IE', 'IE'],
  ])('reads the locale %s as %s', (locale, region) => {
    expect(inferRegion({ locale })).toBe(region);
  });

  it('lets a chosen country win over time zone and locale', () => {
    expect(inferRegion({ country: 'au', timeZone: 'Europe/London', locale: 'en-US' })).toBe('AU');
    expect(inferRegion({ country: 'UK' })).toBe('GB');
  });

  it('trusts the time zone (where someone is) over the locale (which English they use)', () => {
    expect(inferRegion({ locale: 'en-US', timeZone: 'Europe/London' })).toBe('GB');
  });

  it('falls back to the locale when the time zone says nothing about place', () => {
    expect(inferRegion({ locale: 'en-GB', timeZone: 'UTC' })).toBe('GB');
  });

  it('answers INTL when there is nothing to go on', () => {
    expect(inferRegion({})).toBe('INTL');
    expect(inferRegion({ locale: 'en' })).toBe('INTL');
    expect(inferRegion({ locale: 'not a locale!!', timeZone: 'Mars/Olympus' })).toBe('INTL');
  });
});
