/**
 * A small shipped gazetteer: names the capitalisation heuristics would mistype or miss. Each
 * entry is the canonical (French) name, its type and other spellings (aliases, acronyms).
 * Lookups fold case and accents. Add entries when a real article needs them.
 */
import type { EntityType } from '../types.js';
import { AGENCIES, COMPANIES, MEDIA, MOVEMENTS } from './gazetteer-orgs.js';
import {
  ARMED_GROUPS,
  MORE_AUTHORITIES,
  MORE_COMPANIES,
  MORE_INTERNATIONAL,
  MORE_MEDIA,
  MORE_MOVEMENTS,
  POLLSTERS,
} from './gazetteer-orgs-more.js';
import { FRANCOPHONE_BODIES, WORLD_BODIES, WORLD_COMPANIES } from './gazetteer-orgs-world.js';
import {
  AFRICAN_BODIES,
  BELGIAN_BODIES,
  CLUBS,
  QUEBEC_BODIES,
  SWISS_BODIES,
} from './gazetteer-orgs-francophone.js';
import {
  AFRICA,
  BELGIAN_COMMUNES,
  BELGIUM,
  QUEBEC,
  SWITZERLAND,
} from './gazetteer-places-francophone.js';
import { CAPITALS, DIVISIONS, FRENCH_CITIES, WORLD_CITIES } from './gazetteer-places.js';
import {
  AFRICA_AMERICAS,
  ASIA,
  EUROPE,
  MORE_FRENCH_TOWNS,
  WATERS_AND_MOUNTAINS,
} from './gazetteer-places-world.js';
import { squash } from './text.js';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
}

const LOCATIONS: GazetteerEntry[] = [
  { name: 'France', type: 'LOCATION' },
  { name: 'Chine', type: 'LOCATION' },
  { name: 'États-Unis', type: 'LOCATION', aliases: ['Etats-Unis', 'USA'] },
  { name: 'Russie', type: 'LOCATION' },
  { name: 'Ukraine', type: 'LOCATION' },
  { name: 'Royaume-Uni', type: 'LOCATION' },
  { name: 'Angleterre', type: 'LOCATION' },
  { name: 'Émirats arabes unis', type: 'LOCATION', aliases: ['Émirats'] },
  { name: 'Allemagne', type: 'LOCATION' },
  { name: 'Italie', type: 'LOCATION' },
  { name: 'Espagne', type: 'LOCATION' },
  { name: 'Belgique', type: 'LOCATION' },
  { name: 'Suisse', type: 'LOCATION' },
  { name: 'Canada', type: 'LOCATION' },
  { name: 'Japon', type: 'LOCATION' },
  { name: 'Corée du Sud', type: 'LOCATION' },
  { name: 'Corée du Nord', type: 'LOCATION' },
  { name: 'Taïwan', type: 'LOCATION', aliases: ['Taiwan'] },
  { name: 'Inde', type: 'LOCATION' },
  { name: 'Iran', type: 'LOCATION' },
  { name: 'Israël', type: 'LOCATION' },
  { name: 'Europe', type: 'LOCATION' },
  { name: 'Afrique', type: 'LOCATION' },
  { name: 'Asie', type: 'LOCATION' },
  { name: 'Paris', type: 'LOCATION' },
  { name: 'Pékin', type: 'LOCATION', aliases: ['Beijing'] },
  { name: 'Washington', type: 'LOCATION', aliases: ['Washington D.C.'] },
  { name: 'Moscou', type: 'LOCATION' },
  { name: 'Londres', type: 'LOCATION' },
  { name: 'Berlin', type: 'LOCATION' },
  { name: 'Bruxelles', type: 'LOCATION' },
  { name: 'Tokyo', type: 'LOCATION' },
  { name: 'Shanghai', type: 'LOCATION' },
  { name: 'Shenzhen', type: 'LOCATION' },
  { name: 'Hong Kong', type: 'LOCATION' },
  { name: 'Kiev', type: 'LOCATION', aliases: ['Kyiv'] },
  { name: 'New York', type: 'LOCATION' },
  { name: 'Californie', type: 'LOCATION' },
  { name: 'Silicon Valley', type: 'LOCATION' },
  // The press's names for countries whose CLDR name is another form, or has brackets.
  { name: 'Tchéquie', type: 'LOCATION', aliases: ['République tchèque'] },
  { name: 'Myanmar', type: 'LOCATION', aliases: ['Birmanie'] },
  {
    name: 'République démocratique du Congo',
    type: 'LOCATION',
    aliases: ['RDC', 'Congo-Kinshasa'],
  },
  { name: 'République centrafricaine', type: 'LOCATION', aliases: ['Centrafrique'] },
  { name: 'Vatican', type: 'LOCATION' },
  { name: 'Palestine', type: 'LOCATION', aliases: ['Territoires palestiniens'] },
  { name: 'Macao', type: 'LOCATION' },
  // Regions of France, and the cities regional news names most.
  ...names(
    'LOCATION',
    `Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté, Bretagne, Centre-Val de Loire, Corse,
    Grand Est, Hauts-de-France, Île-de-France, Normandie, Nouvelle-Aquitaine, Occitanie,
    Pays de la Loire, Provence-Alpes-Côte d'Azur, Guyane, Alsace, Lorraine, Provence,
    Marseille, Lyon, Toulouse, Nice, Nantes, Strasbourg, Montpellier, Bordeaux, Lille, Rennes,
    Reims, Toulon, Grenoble, Dijon, Angers, Nîmes, Clermont-Ferrand, Le Havre, Rouen, Brest,
    Metz, Nancy, Tours, Caen, Orléans, Mulhouse, Perpignan, Besançon, Limoges, Amiens, Ajaccio,
    Bastia, Quimper, Lorient, Vannes, Saint-Nazaire, Bayonne, Pau, Poitiers, La Rochelle`,
  ),
  ...names('LOCATION', CAPITALS),
  ...names('LOCATION', WORLD_CITIES),
  ...names('LOCATION', FRENCH_CITIES),
  ...names('LOCATION', DIVISIONS),
  ...[MORE_FRENCH_TOWNS, EUROPE, ASIA, AFRICA_AMERICAS, WATERS_AND_MOUNTAINS].flatMap((list) =>
    names('LOCATION', list),
  ),
  ...[BELGIAN_COMMUNES, SWITZERLAND, QUEBEC, AFRICA].flatMap((list) => names('LOCATION', list)),
  ...lines('LOCATION', BELGIUM),
  // Oceans, seas and continents.
  ...names(
    'LOCATION',
    `Atlantique, Pacifique, Arctique, océan Indien, Méditerranée, Manche, mer du Nord,
    Baltique, mer Noire, mer de Chine méridionale, Amérique, Amérique du Nord, Amérique du Sud,
    Amérique latine, Océanie, Moyen-Orient, Proche-Orient, Maghreb, Sahel`,
  ),
];

/**
 * Every country and territory by its French name, from the runtime's CLDR data
 * (`Intl.DisplayNames`), so the list needs no upkeep. Groupings (EU, UN, euro zone), placeholder
 * codes and long official forms are left out, and so are names that are also first names
 * ("Maurice", "Dominique", "Salvador") or islands sharing a common word ("Jersey").
 */
function countries(): GazetteerEntry[] {
  const AMBIGUOUS = new Set(['Maurice', 'Dominique', 'Salvador', 'Jersey', 'Grenade']);
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });
  } catch {
    return []; // a runtime without ICU region names: the hand list above still applies
  }
  const out: GazetteerEntry[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code)) continue;
      const name = display.of(code);
      if (name === undefined || name === code || AMBIGUOUS.has(name)) continue;
      if (!/^\p{Lu}/u.test(name) || /[(),.]/u.test(name)) continue;
      out.push({ name, type: 'LOCATION' });
    }
  }
  return out;
}

/** Entries of one type from lines of "Name | alias | alias". */
function lines(type: EntityType, list: string): GazetteerEntry[] {
  return list
    .split('\n')
    .map((line) => line.split('|').map((n) => n.trim()))
    .filter(([name]) => name !== undefined && name !== '')
    .map(([name = '', ...aliases]) => ({ name, type, aliases }));
}

/** Entries of one type from a comma-separated list. */
function names(type: EntityType, list: string): GazetteerEntry[] {
  return list
    .split(',')
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n !== '')
    .map((name) => ({ name, type }));
}

const ORGS: GazetteerEntry[] = [
  { name: 'Apple', type: 'ORG' },
  { name: 'Amazon', type: 'ORG' },
  { name: 'Amazon Web Services', type: 'ORG', aliases: ['AWS'] },
  { name: 'Microsoft', type: 'ORG' },
  { name: 'Google', type: 'ORG' },
  { name: 'Alphabet', type: 'ORG' },
  { name: 'Meta', type: 'ORG' },
  { name: 'Facebook', type: 'ORG' },
  { name: 'Huawei', type: 'ORG' },
  { name: 'ZTE', type: 'ORG' },
  { name: 'Xiaomi', type: 'ORG' },
  { name: 'TikTok', type: 'ORG' },
  { name: 'ByteDance', type: 'ORG' },
  { name: 'Samsung', type: 'ORG' },
  { name: 'Intel', type: 'ORG' },
  { name: 'Nvidia', type: 'ORG' },
  { name: 'OpenAI', type: 'ORG' },
  { name: 'Supermicro', type: 'ORG', aliases: ['Super Micro', 'Super Micro Computer'] },
  { name: 'PSA', type: 'ORG' },
  { name: 'Bloomberg', type: 'ORG', aliases: ['Bloomberg Businessweek'] },
  { name: 'Reuters', type: 'ORG' },
  { name: 'AFP', type: 'ORG', aliases: ['Agence France-Presse'] },
  { name: 'Le Monde', type: 'ORG' },
  { name: 'Le Figaro', type: 'ORG' },
  { name: "L'Express", type: 'ORG' },
  { name: 'Libération', type: 'ORG' },
  { name: 'ProPublica', type: 'ORG' },
  { name: 'TechCrunch', type: 'ORG' },
  { name: 'The New York Times', type: 'ORG', aliases: ['New York Times'] },
  { name: 'Washington Post', type: 'ORG', aliases: ['The Washington Post'] },
  {
    name: 'Pentagone',
    type: 'ORG',
    // The department the building stands for: one body however the article names it.
    aliases: [
      'Pentagon',
      'Department of Defense',
      'US Department of Defense',
      'Defense Department',
    ],
  },
  { name: 'Maison-Blanche', type: 'ORG', aliases: ['Maison Blanche'] },
  { name: 'Congrès', type: 'ORG' },
  { name: 'Sénat', type: 'ORG' },
  { name: 'Assemblée nationale', type: 'ORG' },
  { name: 'Élysée', type: 'ORG', aliases: ['Elysée'] },
  { name: 'Commission européenne', type: 'ORG' },
  { name: 'Union européenne', type: 'ORG', aliases: ['UE'] },
  { name: 'Otan', type: 'ORG', aliases: ['OTAN'] },
  { name: 'ONU', type: 'ORG', aliases: ['Nations unies', 'Organisation des Nations unies'] },
  { name: 'FBI', type: 'ORG' },
  { name: 'CIA', type: 'ORG' },
  { name: 'NSA', type: 'ORG' },
  { name: 'SEC', type: 'ORG' },
  {
    name: 'ANSSI',
    type: 'ORG',
    aliases: ['Anssi', "Agence nationale de la sécurité des systèmes d'information"],
  },
  { name: 'CNIL', type: 'ORG', aliases: ['Cnil'] },
  { name: 'SGDSN', type: 'ORG' },
  { name: 'DGSI', type: 'ORG' },
  { name: 'APL', type: 'ORG', aliases: ['Armée populaire de libération'] },
];

const PEOPLE_AND_PRODUCTS: GazetteerEntry[] = [
  { name: 'Donald Trump', type: 'PERSON' },
  { name: 'Emmanuel Macron', type: 'PERSON' },
  { name: 'Xi Jinping', type: 'PERSON' },
  { name: 'Windows', type: 'PRODUCT' },
  { name: 'Azure', type: 'PRODUCT' },
  { name: 'SharePoint', type: 'PRODUCT' },
  { name: 'iPhone', type: 'PRODUCT' },
  { name: 'Android', type: 'PRODUCT' },
  { name: 'ChatGPT', type: 'PRODUCT' },
  { name: 'Prime Video', type: 'PRODUCT' },
];

/**
 * Diseases and viruses: the annotation convention types them OTHER (no type fits them). Only
 * names written capitalised or in capitals; "grippe" or "sida" are common nouns to the finder.
 */
const DISEASES: GazetteerEntry[] = [
  { name: 'Covid-19', type: 'OTHER', aliases: ['Covid', 'Covid19'] },
  { name: 'SARS-CoV-2', type: 'OTHER', aliases: ['Sars-CoV-2'] },
  { name: 'VIH', type: 'OTHER', aliases: ['HIV'] },
  { name: 'Ebola', type: 'OTHER' },
  { name: 'Zika', type: 'OTHER' },
  { name: 'Mpox', type: 'OTHER' },
  { name: 'SRAS', type: 'OTHER', aliases: ['SARS'] },
  { name: 'MERS', type: 'OTHER' },
  { name: 'H1N1', type: 'OTHER' },
  { name: 'H5N1', type: 'OTHER' },
];

// Hand-written entries come last, so they win over a generated name with the same spelling.
export const GAZETTEER: GazetteerEntry[] = [
  ...countries(),
  ...LOCATIONS,
  ...[
    AGENCIES,
    MEDIA,
    MOVEMENTS,
    COMPANIES,
    MORE_AUTHORITIES,
    MORE_COMPANIES,
    MORE_INTERNATIONAL,
    MORE_MEDIA,
    MORE_MOVEMENTS,
    ARMED_GROUPS,
    POLLSTERS,
    WORLD_COMPANIES,
    WORLD_BODIES,
    FRANCOPHONE_BODIES,
    BELGIAN_BODIES,
    SWISS_BODIES,
    QUEBEC_BODIES,
    AFRICAN_BODIES,
    CLUBS,
  ].flatMap((list) => lines('ORG', list)),
  ...ORGS,
  ...PEOPLE_AND_PRODUCTS,
  ...DISEASES,
];

const INDEX = new Map<string, GazetteerEntry>();
for (const entry of GAZETTEER) {
  for (const form of [entry.name, ...(entry.aliases ?? [])]) INDEX.set(squash(form), entry);
}
// "par Le Canard enchaîné": the finder drops a capitalised article as a sentence opener, so a
// title of two words or more is known without it ("Canard enchaîné", "Libre Belgique"); one
// word alone ("Monde", "Presse") is too often a common word.
for (const entry of GAZETTEER) {
  const bare = /^(?:Le|La|Les|L['’])\s*(\S+\s+\S.*)$/u.exec(entry.name)?.[1];
  if (bare !== undefined && !INDEX.has(squash(bare))) INDEX.set(squash(bare), entry);
}
// A known person's surname alone names them ("Macron"), unless it is some other name.
for (const entry of GAZETTEER) {
  const surname = entry.type === 'PERSON' ? entry.name.split(/\s+/).slice(1).join(' ') : '';
  if (surname !== '' && !INDEX.has(squash(surname))) INDEX.set(squash(surname), entry);
}

/**
 * Most words in any form of the table, plus one for a middle initial ("Donald J. Trump"): a run
 * of capitalised words longer than this holds a known name only as a shorter prefix, so the
 * prefix search (mentions.ts) never tries longer ones, whatever a page puts in one run.
 */
export const MAX_GAZETTEER_WORDS =
  1 +
  Math.max(
    ...GAZETTEER.flatMap((e) =>
      [e.name, ...(e.aliases ?? [])].map((f) => (f.match(/[\p{L}\p{N}]+/gu) ?? []).length),
    ),
  );

/** The gazetteer entry for a surface form (case, accents, spaces and hyphens ignored). */
export function lookupGazetteer(surface: string): GazetteerEntry | undefined {
  // "Donald J. Trump" is the "Donald Trump" of the table.
  return INDEX.get(squash(surface)) ?? INDEX.get(squash(surface.replace(/\s\p{Lu}\.(?=\s)/gu, '')));
}
