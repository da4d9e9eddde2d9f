/**
 * Claim records → text, in four formats:
 *
 *   jsonl        one ClaimRecord per line (streams well into trackers and `jq`)
 *   json         one array of ClaimRecords, indented
 *   csv          RFC 4180 (CRLF, fields quoted when they hold `"`, `,`, CR or LF; quotes doubled;
 *                text starting like a formula, `= + - @` tab CR, prefixed with `'` — OWASP),
 *                ONE ROW PER APPEARANCE: the claim's columns repeat on each of its appearances,
 *                so a spreadsheet can filter by site or time; entity names are joined with `; `
 *   schema-claim schema.org `Claim` JSON-LD (`claimreview`, its old name, still works), one object per claim in an array: `text`, `author`,
 *                `datePublished`, `appearance`, `firstAppearance`, `about`, and stance, certainty
 *                and propositionId as `additionalProperty` values
 */
import type { EntityType } from '../types.js';
import type { ClaimAppearance, ClaimRecord } from './records.js';

export const CLAIM_FORMATS = ['jsonl', 'json', 'csv', 'schema-claim'] as const;
export type ClaimFormat = (typeof CLAIM_FORMATS)[number];

/** `pretty` indents the one-document formats (json, schema-claim) [true]; the CLI does on a terminal. */
export function formatClaims(
  records: ClaimRecord[],
  format: ClaimFormat,
  { pretty = true }: { pretty?: boolean } = {},
): string {
  const json = (value: unknown): string =>
    `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
  switch (format) {
    case 'jsonl':
      return records.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'json':
      return json(records);
    case 'csv':
      return toCsv(records);
    case 'schema-claim':
      return embeddable(json(records.map(toClaimReview)));
  }
}

/**
 * JSON-LD is made to be pasted into a page's `<script type="application/ld+json">`, where a
 * `</script>` or `<!--` inside a string (a hostile title or quote) would end the script and
 * inject markup. JSON may spell any character as `\uXXXX`, so `<`, `>` and `&` are written so:
 * the same JSON to a parser, inert in HTML.
 */
function embeddable(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** CSV columns, in order: header → value of one (record, appearance) row. */
const CSV_COLUMNS: [string, (r: ClaimRecord, a: ClaimAppearance | undefined) => unknown][] = [
  ['claim_id', (r) => r.id],
  ['proposition_id', (r) => r.propositionId],
  ['claim', (r) => r.claim],
  ['claimant', (r) => r.claimant],
  ['stance', (r) => r.stance],
  ['certainty', (r) => r.certainty],
  ['first_seen', (r) => r.firstSeen],
  ['entities', (r) => r.entities.map((e) => e.name).join('; ')],
  ['url', (_, a) => a?.url],
  ['site', (_, a) => a?.site],
  ['published_at', (_, a) => a?.publishedAt],
  ['quote', (_, a) => a?.quote],
  ['quote_en', (_, a) => a?.quoteEn],
  ['span_start', (_, a) => a?.span?.start],
  ['span_end', (_, a) => a?.span?.end],
  ['grounded', (_, a) => a?.grounded],
];

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (which
 * can run commands or leak data): `= + - @`, and tab and CR, which some of them skip before
 * looking (OWASP "CSV Injection"). Claims, quotes and site names come from pages and models.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: null/undefined empty, quoted only when needed. Text that would start a
 * formula is prefixed with a single quote and quoted, as OWASP recommends.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    return `"'${text.replace(/"/g, '""')}"`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(records: ClaimRecord[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const r of records) {
    const appearances = r.appearances.length > 0 ? r.appearances : [undefined];
    for (const a of appearances)
      lines.push(CSV_COLUMNS.map(([, get]) => csvField(get(r, a))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

type JsonLd = Record<string, unknown>;

/** Drops null and undefined members, so the JSON-LD carries only what is known. */
function compact(obj: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

const SCHEMA_TYPE: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organization',
  LOCATION: 'Place',
  PRODUCT: 'Product',
  EVENT: 'Event',
  LAW: 'Legislation',
  OTHER: 'Thing',
};

function creativeWork(a: ClaimAppearance): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    url: a.url,
    headline: a.title,
    datePublished: a.publishedAt,
    publisher: a.site === null ? null : { '@type': 'Organization', name: a.site },
    text: a.quote,
    inLanguage: 'fr',
    workTranslation:
      a.quoteEn === null ? null : { '@type': 'CreativeWork', text: a.quoteEn, inLanguage: 'en' },
  });
}

function property(name: string, value: string): JsonLd {
  return { '@type': 'PropertyValue', name, value };
}

/** One record as a schema.org Claim; `text` falls back to the French quote (inLanguage fr). */
export function toClaimReview(r: ClaimRecord): JsonLd {
  const first = r.appearances[0];
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Claim',
    identifier: r.id,
    text: r.claim ?? first?.quote,
    inLanguage: r.claim === null ? 'fr' : 'en',
    author: { '@type': r.claimantType, name: r.claimant },
    datePublished: r.firstSeen,
    about: r.entities.map((e) => ({ '@type': SCHEMA_TYPE[e.type], name: e.name })),
    appearance: r.appearances.map(creativeWork),
    firstAppearance: first === undefined ? null : creativeWork(first),
    additionalProperty: [
      property('stance', r.stance),
      property('certainty', r.certainty),
      property('propositionId', r.propositionId),
    ],
  });
}
