import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCE_DIR, loadResourceDirectory, ResourceFileError, resourcesFor } from '../../src/safety/resources.ts';

const temps: string[] = [];
/** A copy of the bundled resource folder that a test can add files to or break. */
function copyOfBundled(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kintsugi-resources-'));
  temps.push(dir);
  cpSync(DEFAULT_RESOURCE_DIR, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const names = (list: ReturnType<typeof resourcesFor>) => list.services.map((s) => s.name);

describe('the bundled resource files', () => {
  const directory = loadResourceDirectory();

  it('all validate and cover the regions of the fact sheet', () => {
    expect(directory.regions.map((r) => r.region).sort()).toEqual(['AU', 'CA', 'EU', 'GB', 'IE', 'INTL', 'US']);
    for (const region of directory.regions) {
      expect(region.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(region.source.length).toBeGreaterThan(10);
    }
  });

  it('carry the emergency numbers from the fact sheet', () => {
    expect(Object.fromEntries(directory.regions.map((r) => [r.region, r.emergency]))).toEqual({
      US: '911', CA: '911', GB: '999', IE: '112', EU: '112', AU: '000', INTL: null,
    });
  });

  it('carry the services exactly as the fact sheet lists them', () => {
    const us = directory.region('US');
    const ndvh = us.services.find((s) => s.id === 'us-ndvh')!;
    expect(ndvh.ways).toEqual([
      { how: 'call', number: '1-800-799-7233', letters: 'SAFE' },
      { how: 'text', number: '88788', keyword: 'START' },
      { how: 'chat', url: 'https://www.thehotline.org' },
      { how: 'tty', number: '1-800-787-3224' },
    ]);
    expect(us.services.find((s) => s.id === 'us-crisis-text-line')!.ways).toEqual([{ how: 'text', number: '741741', keyword: 'HOME' }]);
    expect(directory.region('GB').services.find((s) => s.id === 'gb-shout')!.ways).toEqual([{ how: 'text', number: '85258', keyword: 'SHOUT' }]);
    expect(directory.region('IE').services.find((s) => s.id === 'ie-50808')!.ways).toEqual([{ how: 'text', number: '50808', keyword: 'TALK' }]);
    expect(directory.region('AU').services.find((s) => s.id === 'au-lifeline')!.ways).toEqual([
      { how: 'call', number: '13 11 14' },
      { how: 'text', number: '0477 13 11 14' },
    ]);
  });
});

describe('resourcesFor', () => {
  it('gives suicide lines first, then text lines', () => {
    expect(names(resourcesFor('US', 'suicide'))).toEqual(['988 Suicide & Crisis Lifeline', 'Crisis Text Line']);
    expect(names(resourcesFor('GB', 'suicide'))).toEqual(['Samaritans', 'Shout']);
    expect(names(resourcesFor('AU', 'suicide'))).toEqual(['Lifeline']);
  });

  it('gives abuse-specific lines for abuse', () => {
    expect(names(resourcesFor('US', 'partner_violence'))[0]).toBe('National Domestic Violence Hotline');
    expect(names(resourcesFor('US', 'sexual_violence'))[0]).toBe('RAINN National Sexual Assault Hotline');
    expect(names(resourcesFor('US', 'child_abuse'))[0]).toBe('Childhelp National Child Abuse Hotline');
    expect(names(resourcesFor('GB', 'partner_violence')).slice(0, 2)).toEqual(['Refuge National Domestic Abuse Helpline', "Men's Advice Line"]);
    expect(names(resourcesFor('AU', 'sexual_violence'))).toEqual(['1800RESPECT']);
  });

  it('adds the helpline directory when a region has nothing made for the need', () => {
    const ie = resourcesFor('IE', 'partner_violence');
    expect(names(ie)).toEqual(['50808 text line', 'Find A Helpline']);
    expect(ie.usedDirectory).toBe(true);
    expect(resourcesFor('US', 'suicide').usedDirectory).toBe(false);
  });

  it('sends EU countries without a file to 112, and hides 116 123 where it is not known to be answered', () => {
    const de = resourcesFor('DE', 'suicide');
    expect(de.region.region).toBe('EU');
    expect(de.emergency).toBe('112');
    expect(names(de)).toEqual(['Find A Helpline']);
  });

  it('sends everyone else to the international directory and "your local emergency number"', () => {
    const jp = resourcesFor('JP', 'suicide');
    expect(jp.region.region).toBe('INTL');
    expect(jp.emergency).toBeNull();
    expect(names(jp)).toEqual(['Find A Helpline']);
  });
});

describe('an operator adding or editing a region file', () => {
  const nz = {
    region: 'NZ',
    name: 'New Zealand',
    emergency: '111',
    source: 'Test fixture, not a real listing',
    lastChecked: '2026-01-01',
    services: [{ id: 'nz-test-line', name: 'Test Line', ways: [{ how: 'call', number: '0800 000 000' }], categories: ['suicide'], open247: true }],
  };

  it('adds a region by dropping a file in, with no code change', () => {
    const dir = copyOfBundled();
    writeFileSync(join(dir, 'nz.json'), JSON.stringify(nz));
    const directory = loadResourceDirectory(dir);
    const list = resourcesFor('NZ', 'suicide', { directory });
    expect(list.emergency).toBe('111');
    expect(names(list)).toEqual(['Test Line']);
  });

  it('names the file and the field when a file is wrong', () => {
    const dir = copyOfBundled();
    const broken = { ...nz, services: [{ ...nz.services[0], ways: [{ how: 'call', number: 'call me' }] }] };
    writeFileSync(join(dir, 'nz.json'), JSON.stringify(broken));
    expect(() => loadResourceDirectory(dir)).toThrow(ResourceFileError);
    expect(() => loadResourceDirectory(dir)).toThrow(/nz\.json: field services\.0\.ways\.0\.number/);
  });

  it('catches a misspelt field instead of ignoring it', () => {
    const dir = copyOfBundled();
    const { lastChecked, ...rest } = nz;
    writeFileSync(join(dir, 'nz.json'), JSON.stringify({ ...rest, lastCheked: lastChecked }));
    expect(() => loadResourceDirectory(dir)).toThrow(/nz\.json: field (lastChecked|\(top level\))/);
  });

  it('rejects a file whose name does not match its region', () => {
    const dir = copyOfBundled();
    writeFileSync(join(dir, 'newzealand.json'), JSON.stringify(nz));
    expect(() => loadResourceDirectory(dir)).toThrow(/must be named nz\.json/);
  });

  it('rejects broken JSON with the file name', () => {
    const dir = copyOfBundled();
    writeFileSync(join(dir, 'nz.json'), readFileSync(join(dir, 'gb.json'), 'utf8').slice(0, 40));
    expect(() => loadResourceDirectory(dir)).toThrow(/nz\.json: not valid JSON/);
  });

  it('requires intl.json, the fallback for everywhere else', () => {
    const dir = copyOfBundled();
    rmSync(join(dir, 'intl.json'));
    expect(() => loadResourceDirectory(dir)).toThrow(/intl\.json is missing/);
  });
});
