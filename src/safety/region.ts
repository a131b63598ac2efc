/** What the platform and the person tell us about where they are. */
export interface RegionHints {
  /** The platform's language tag, e.g. `en-GB` (often just `en`, which says nothing about place). */
  locale?: string;
  /** The IANA time zone, e.g. `Europe/London`. */
  timeZone?: string;
  /** A country the person chose (`/country`) or an operator set; always wins. */
  country?: string;
}

/** Time zones whose country is plain, for the regions people are most likely to be in. */
const ZONE_COUNTRY: Record<string, string> = {
  'Europe/London': 'GB', 'Europe/Belfast': 'GB', GB: 'GB', 'GB-Eire': 'GB',
  'Europe/Dublin': 'IE', Eire: 'IE',
  'Europe/Berlin': 'DE', 'Europe/Paris': 'FR', 'Europe/Madrid': 'ES', 'Europe/Rome': 'IT',
  'Europe/Amsterdam': 'NL', 'Europe/Brussels': 'BE', 'Europe/Vienna': 'AT', 'Europe/Stockholm': 'SE',
  'Europe/Copenhagen': 'DK', 'Europe/Helsinki': 'FI', 'Europe/Warsaw': 'PL', 'Europe/Prague': 'CZ',
  'Europe/Lisbon': 'PT', 'Atlantic/Azores': 'PT', 'Atlantic/Madeira': 'PT', 'Europe/Athens': 'GR',
  'Europe/Budapest': 'HU', 'Europe/Bucharest': 'RO', 'Europe/Sofia': 'BG', 'Europe/Zagreb': 'HR',
  'Europe/Ljubljana': 'SI', 'Europe/Bratislava': 'SK', 'Europe/Vilnius': 'LT', 'Europe/Riga': 'LV',
  'Europe/Tallinn': 'EE', 'Europe/Luxembourg': 'LU', 'Europe/Malta': 'MT', 'Asia/Nicosia': 'CY',
  'Europe/Nicosia': 'CY', 'Atlantic/Canary': 'ES', 'Europe/Oslo': 'NO', 'Europe/Zurich': 'CH',
  'Pacific/Auckland': 'NZ', 'Asia/Kolkata': 'IN', 'Asia/Singapore': 'SG', 'Asia/Tokyo': 'JP',
  'Africa/Johannesburg': 'ZA', 'America/Sao_Paulo': 'BR', 'America/Mexico_City': 'MX',
  'Pacific/Honolulu': 'US', 'America/Puerto_Rico': 'PR',
};

/** Canadian zones under `America/`; every other North American zone listed in {@link US_ZONES} is US. */
const CA_ZONES = new Set(
  ('Toronto Vancouver Edmonton Winnipeg Halifax St_Johns Regina Swift_Current Moncton Glace_Bay Goose_Bay ' +
    'Whitehorse Dawson Dawson_Creek Fort_Nelson Creston Yellowknife Inuvik Iqaluit Rankin_Inlet Resolute ' +
    'Cambridge_Bay Atikokan Blanc-Sablon Montreal Nipigon Thunder_Bay Rainy_River Pangnirtung Coral_Harbour')
    .split(' ')
    .map((city) => `America/${city}`),
);

const US_ZONES = new Set(
  ('New_York Chicago Denver Los_Angeles Phoenix Anchorage Juneau Sitka Nome Yakutat Metlakatla Adak Boise ' +
    'Detroit Menominee Shiprock')
    .split(' ')
    .map((city) => `America/${city}`),
);

/** The country a time zone is in, when that is plain; `undefined` for UTC and zones we don't know. */
function countryOfZone(zone: string): string | undefined {
  if (ZONE_COUNTRY[zone]) return ZONE_COUNTRY[zone];
  if (zone.startsWith('Australia/')) return 'AU';
  if (zone.startsWith('Canada/') || CA_ZONES.has(zone)) return 'CA';
  if (zone.startsWith('US/') || US_ZONES.has(zone)) return 'US';
  if (/^America\/(Indiana|Kentucky|North_Dakota)\//.test(zone)) return 'US';
  return undefined;
}

/** The region subtag of a language tag (`en-GB` → `GB`, `fr_CA` → `CA`), if it has one. */
function countryOfLocale(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale.replace(/_/g, '-')).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Works out which country's crisis resources to show: a chosen country wins, then the time
 * zone (where someone is), then the locale's region (which language variant they use); with
 * nothing to go on, `INTL`. Returns a country code, `EU` or `INTL`; the resource directory
 * maps codes without their own file to `EU` or `INTL`.
 *
 * @example inferRegion({ locale: 'en', timeZone: 'Europe/London' }) // 'GB'
 */
export function inferRegion(hints: RegionHints): string {
  const chosen = hints.country?.trim().toUpperCase();
  if (chosen && /^([A-Z]{2}|EU|INTL)$/.test(chosen)) return chosen === 'UK' ? 'GB' : chosen;
  const fromZone = hints.timeZone ? countryOfZone(hints.timeZone.trim()) : undefined;
  if (fromZone) return fromZone;
  const fromLocale = hints.locale ? countryOfLocale(hints.locale.trim()) : undefined;
  if (fromLocale) return fromLocale === 'UK' ? 'GB' : fromLocale;
  return 'INTL';
}
