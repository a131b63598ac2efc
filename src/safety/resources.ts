import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { RiskCategory } from './risk.ts';

/** Where the bundled resource files live: `data/resources/` at the repository root. */
export const DEFAULT_RESOURCE_DIR = fileURLToPath(new URL('../../data/resources/', import.meta.url));

const phoneNumber = z
  .string()
  .regex(/^[0-9][0-9 -]*[0-9]$|^[0-9]$/, 'a phone number in digits, spaces and dashes only, e.g. "0808 2000 247"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const httpsUrl = z.string().regex(/^https:\/\/[^\s]+$/, 'an https:// address');
const regionCode = z.string().regex(/^([A-Z]{2}|EU|INTL)$/, 'an ISO 3166 alpha-2 code in capitals (e.g. "NZ"), "EU" or "INTL"');

/** One way to reach a service. */
const wayShape = z.discriminatedUnion('how', [
  z.strictObject({ how: z.literal('call'), number: phoneNumber, letters: z.string().optional() }),
  z.strictObject({ how: z.literal('text'), number: phoneNumber, keyword: z.string().optional() }),
  z.strictObject({ how: z.literal('tty'), number: phoneNumber }),
  z.strictObject({ how: z.literal('chat'), url: httpsUrl }),
  z.strictObject({ how: z.literal('web'), url: httpsUrl }),
  z.strictObject({ how: z.literal('email'), address: z.email() }),
]);

/**
 * What a service is for. The risk categories, plus `emotional` (any emotional crisis), `any`
 * (any crisis at all, usually a text line) and `directory` (a list of other helplines).
 */
export const SERVICE_CATEGORIES = [
  'suicide',
  'self_harm',
  'partner_violence',
  'sexual_violence',
  'child_abuse',
  'emergency',
  'emotional',
  'any',
  'directory',
] as const;

const serviceShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a lower-case id such as "nz-lifeline"'),
  name: z.string().min(1),
  ways: z.array(wayShape).min(1, 'at least one way to reach the service'),
  categories: z.array(z.enum(SERVICE_CATEGORIES)).min(1),
  /** Shown to the person after the name, e.g. "English and French". */
  note: z.string().optional(),
  /** For operators only; never shown to the person. */
  operatorNote: z.string().optional(),
  open247: z.boolean().optional(),
  free: z.boolean().optional(),
  source: z.string().optional(),
  lastChecked: isoDate.optional(),
  /** Show only to people in these countries (ISO codes); for region-wide files such as `eu.json`. */
  onlyIn: z.array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code in capitals')).optional(),
});

const regionShape = z.strictObject({
  region: regionCode,
  name: z.string().min(1),
  /** The name as it reads mid-sentence, e.g. "the United Kingdom"; defaults to `name`. */
  inSentence: z.string().optional(),
  emergency: phoneNumber.nullable(),
  source: z.string().min(1),
  lastChecked: isoDate,
  services: z.array(serviceShape),
});

/** How a service can be reached: call, text (with an optional keyword), TTY, chat, web page or email. */
export type Way = z.infer<typeof wayShape>;
/** What a service is for, see {@link SERVICE_CATEGORIES}. */
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
/** One crisis service as listed in a region file. */
export type Service = z.infer<typeof serviceShape>;
/** One region file: its code, name, emergency number, services, source and last-checked date. */
export type RegionResources = z.infer<typeof regionShape>;

/** Thrown when a resource file is missing a field or has a wrong one; the message names the file and field. */
export class ResourceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceFileError';
  }
}

/** Countries of the European Union without their own file fall back to `eu.json` (112). */
const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** All regions loaded from one folder, and how a country code finds its region. */
export interface ResourceDirectory {
  /** The folder the files came from. */
  readonly dir: string;
  /** Every region, in file-name order. */
  readonly regions: readonly RegionResources[];
  /**
   * The region for a country or region code: its own file, else `EU` for EU members, else `INTL`.
   * @example directory.region('DE').region // 'EU' (until someone adds de.json)
   */
  region(code: string): RegionResources;
}

/**
 * Reads and validates every `*.json` file in a folder (default `data/resources/`). An operator
 * adds a region by dropping a file there; nothing else changes. `intl.json` must exist.
 *
 * @throws ResourceFileError naming the file and field when a file does not fit the format.
 * @example const directory = loadResourceDirectory(); directory.region('GB').emergency // '999'
 */
export function loadResourceDirectory(dir: string = DEFAULT_RESOURCE_DIR): ResourceDirectory {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new ResourceFileError(`Cannot read the resource folder ${dir}: ${(error as Error).message}. Point it at a folder of region files such as data/resources/.`);
  }
  const regions = names.map((name) => parseRegionFile(join(dir, name), name));
  const byCode = new Map<string, RegionResources>();
  for (const region of regions) {
    if (byCode.has(region.region)) {
      throw new ResourceFileError(`${join(dir, region.region.toLowerCase() + '.json')}: region ${region.region} is defined twice; keep one file per region.`);
    }
    byCode.set(region.region, region);
  }
  const intl = byCode.get('INTL');
  if (!intl) throw new ResourceFileError(`${join(dir, 'intl.json')} is missing: it is the fallback for every country without its own file. Copy it from data/resources/intl.json.`);
  return {
    dir,
    regions,
    region(code) {
      const upper = normaliseCode(code);
      return byCode.get(upper) ?? (EU_MEMBERS.has(upper) ? byCode.get('EU') : undefined) ?? intl;
    },
  };
}

function normaliseCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

function parseRegionFile(path: string, name: string): RegionResources {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ResourceFileError(`${path}: not valid JSON (${(error as Error).message}). Fix the file or remove it.`);
  }
  const parsed = regionShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new ResourceFileError(`${path}: field ${field}: ${issue?.message ?? 'invalid'}. See docs/safety.md for the file format.`);
  }
  const expected = `${parsed.data.region.toLowerCase()}.json`;
  if (name !== expected) {
    throw new ResourceFileError(`${path}: field region is ${parsed.data.region}, so the file must be named ${expected}.`);
  }
  const ids = new Set<string>();
  for (const [index, service] of parsed.data.services.entries()) {
    if (ids.has(service.id)) throw new ResourceFileError(`${path}: field services.${index}.id: "${service.id}" is used twice; ids must be unique.`);
    ids.add(service.id);
  }
  return parsed.data;
}

/** What someone needs help with: a risk category, or `any` for "help now" without a topic. */
export type ResourceNeed = RiskCategory | 'any';

/** Service categories that fit each need, best first. */
const FIT: Record<ResourceNeed, ServiceCategory[][]> = {
  suicide: [['suicide'], ['emotional'], ['any']],
  self_harm: [['self_harm', 'suicide'], ['emotional'], ['any']],
  emergency: [['emergency'], ['suicide', 'emotional'], ['any']],
  partner_violence: [['partner_violence'], ['any']],
  sexual_violence: [['sexual_violence'], ['any']],
  child_abuse: [['child_abuse'], ['any']],
  any: [['suicide', 'emotional'], ['any']],
};

/** The services to show someone, with the region they came from. */
export interface ResourceList {
  /** The region file used (after falling back from the country code). */
  region: RegionResources;
  /** The emergency number there, or `null` when unknown ("your local emergency number"). */
  emergency: string | null;
  /** Services that fit the need, best first. */
  services: Service[];
  /** True when the region has no service made for this need, so the helpline directory was added. */
  usedDirectory: boolean;
}

let defaultDirectory: ResourceDirectory | undefined;

/** The directory flows use: `data/resources/`, loaded once, unless replaced with {@link useResourceDirectory}. */
export function resourceDirectory(): ResourceDirectory {
  defaultDirectory ??= loadResourceDirectory();
  return defaultDirectory;
}

/**
 * Makes flows use another directory (an operator's folder from config, or a test folder).
 * @example useResourceDirectory(loadResourceDirectory('/etc/kintsugi/resources'))
 */
export function useResourceDirectory(directory: ResourceDirectory): void {
  defaultDirectory = directory;
}

/**
 * The services that fit a need in a region (at most `limit`, best first). When the region has no
 * service made for that need, the international helpline directory is added at the end.
 *
 * @example resourcesFor('US', 'partner_violence').services[0]?.name // 'National Domestic Violence Hotline'
 */
export function resourcesFor(region: string, need: ResourceNeed, options: { directory?: ResourceDirectory; limit?: number } = {}): ResourceList {
  const directory = options.directory ?? resourceDirectory();
  const limit = options.limit ?? 3;
  const file = directory.region(region);
  const country = normaliseCode(region);
  const tiers = FIT[need];
  const ranked = file.services
    .filter((service) => !service.onlyIn || service.onlyIn.includes(country))
    .map((service, order) => ({ service, order, rank: tiers.findIndex((tier) => tier.some((c) => service.categories.includes(c))) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  const services = ranked.slice(0, limit).map((entry) => entry.service);
  const hasSpecific = ranked.some((entry) => entry.rank === 0);
  const usedDirectory = !hasSpecific || services.length === 0;
  if (usedDirectory) {
    const helplines = directory.region('INTL').services.filter((service) => service.categories.includes('directory'));
    for (const service of helplines) if (!services.includes(service)) services.push(service);
  }
  return { region: file, emergency: file.emergency, services, usedDirectory };
}
