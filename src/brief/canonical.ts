/**
 * One entity whatever the language or spelling a source used: "China" and "Chine", "États-Unis"
 * and "United States", "pentagone" and "Pentagon" get one key and one English display name.
 *
 *   canonicalEntity('Chine', 'LOCATION')   → { key: 'region:CN', name: 'China' }
 *   canonicalEntity('Armée', 'ORG')        → { key: 'armee', name: 'Armée' }
 *
 * Countries come from the platform's own region names (Intl.DisplayNames, French and English);
 * organisations and places it does not know come from the small table below. Everything else is
 * keyed by its name with case and accents folded (claims/link.ts `entityKey`).
 */
import { entityKey } from '../claims/index.js';
import type { EntityType } from '../types.js';

export interface CanonicalEntity {
  /** Equal for every spelling of the same entity. */
  key: string;
  /** English name when one is known, else the name as given. */
  name: string;
}

/**
 * French and English names of organisations and places that press articles name in both
 * languages and that Intl does not cover. First name is the English display name. Add a line
 * when a real briefing shows the same entity twice.
 */
const SAME_ENTITY: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'ONU', 'Nations unies', 'Organisation des Nations unies'],
  ['European Union', 'EU', 'UE', 'Union européenne'],
  ['European Commission', 'Commission européenne'],
  ['European Parliament', 'Parlement européen'],
  ['NATO', 'OTAN', 'Organisation du traité de l’Atlantique nord'],
  ['World Health Organization', 'WHO', 'OMS', 'Organisation mondiale de la santé'],
  ['International Monetary Fund', 'IMF', 'FMI', 'Fonds monétaire international'],
  ['World Trade Organization', 'WTO', 'OMC', 'Organisation mondiale du commerce'],
  ['Pentagon', 'Pentagone', 'US Department of Defense', 'Département de la Défense'],
  ['White House', 'Maison Blanche', 'Maison-Blanche'],
  ['US Congress', 'Congrès américain', 'Congress', 'Congrès'],
  ['US Senate', 'Sénat américain'],
  ["People's Liberation Army", 'Armée populaire de libération', 'APL', 'PLA'],
  ['Chinese Communist Party', 'Parti communiste chinois', 'PCC', 'CCP'],
  ['Beijing', 'Pékin'],
  ['London', 'Londres'],
  ['Brussels', 'Bruxelles'],
  ['Moscow', 'Moscou'],
  ['Geneva', 'Genève'],
  ['Taipei', 'Taipei'],
];

/** Country names (French and English, folded) → region code; built once, on first use. */
let regions: Map<string, string> | null = null;
const EN_REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const FR_REGIONS = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });

function regionTable(): Map<string, string> {
  if (regions !== null) return regions;
  regions = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      for (const names of [EN_REGIONS, FR_REGIONS]) {
        const name = names.of(code);
        // Unknown codes have no name; the first code wins over deprecated ones (FR before FX).
        const key = name === undefined ? '' : entityKey(name);
        if (key !== '' && name !== code && !regions.has(key)) regions.set(key, code);
      }
    }
  }
  return regions;
}

let aliases: Map<string, string> | null = null;

function aliasTable(): Map<string, string> {
  if (aliases !== null) return aliases;
  aliases = new Map();
  for (const names of SAME_ENTITY) {
    for (const name of names) aliases.set(entityKey(name), names[0]!);
  }
  return aliases;
}

/** Types a country name can carry (models call "China" an ORG when it acts, e.g. "China denies"). */
const COUNTRY_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['LOCATION', 'ORG', 'OTHER']);

/** The key and display name shared by every spelling of the entity `name`. */
export function canonicalEntity(name: string, type: EntityType): CanonicalEntity {
  const folded = entityKey(name);
  const region = COUNTRY_TYPES.has(type) ? regionTable().get(folded) : undefined;
  if (region !== undefined) {
    return { key: `region:${region}`, name: EN_REGIONS.of(region) ?? name };
  }
  const alias = aliasTable().get(folded);
  if (alias !== undefined) return { key: entityKey(alias), name: alias };
  return { key: folded, name };
}
