/**
 * Pure scoring functions of the extraction benchmark (no I/O).
 *
 * Method (see the corpus README): normalise both sides, then
 * - with an expected text: precision/recall/F1 over 4-gram shingles of `\p{L}\p{N}_` tokens,
 *   counted as multisets like the ScrapingHub article-extraction benchmark, per document, then
 *   averaged over documents (an empty extraction scores P = R = F1 = 0);
 * - with snippet lists: substring search of each normalised snippet in the normalised text,
 *   counts pooled over the pages.
 */

/** Latin-1 named entities, code points 160…255 in order. */
const LATIN1_ENTITIES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave ' +
  'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml'
).split(' ');

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ...LATIN1_ENTITIES.map((name, i): [string, string] => [name, String.fromCodePoint(160 + i)]),
  ...Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    OElig: 'Œ',
    oelig: 'œ',
    Yuml: 'Ÿ',
    ensp: '\u2002',
    emsp: '\u2003',
    thinsp: '\u2009',
    zwnj: '\u200c',
    zwj: '\u200d',
    ndash: '–',
    mdash: '—',
    lsquo: '‘',
    rsquo: '’',
    sbquo: '‚',
    ldquo: '“',
    rdquo: '”',
    bdquo: '„',
    bull: '•',
    hellip: '…',
    prime: '′',
    lsaquo: '‹',
    rsaquo: '›',
    euro: '€',
    trade: '™',
    dagger: '†',
    Dagger: '‡',
    permil: '‰',
    minus: '−',
    rarr: '→',
    larr: '←',
  }),
]);

/** Decodes character references once (`&amp;lt;` → `&lt;`); unknown names are left as written. */
export function htmlUnescape(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
    (match, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined || hex !== undefined) {
        const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      return NAMED_ENTITIES.get(name ?? '') ?? match;
    },
  );
}

/** Soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** No-break, thin, narrow no-break and the other typographic spaces. */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** HTML-unescape, NFC, drop invisible characters, map odd spaces, collapse whitespace. */
export function normalizeText(text: string): string {
  return htmlUnescape(text)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word tokens: runs of letters, digits and underscores of the normalised text (case kept). */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of n-token shingles; a text shorter than n tokens is one shingle (as ScrapingHub). */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface MatchCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** True/false positives and false negatives between the expected and the extracted shingles. */
export function matchShingles(expected: string, extracted: string, n = 4): MatchCounts {
  const truth = shingles(tokenize(expected), n);
  const pred = shingles(tokenize(extracted), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  return { tp, fp, fn };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 of one document; both sides empty (or identical) is a perfect score. */
export function prf({ tp, fp, fn }: MatchCounts): Prf {
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Shingle P/R/F1 of one extracted text against its expected text. */
export function shingleScore(expected: string, extracted: string): Prf {
  return prf(matchShingles(expected, extracted));
}

/** Per-document scores averaged over documents (each of P, R and F1 separately). */
export function meanPrf(scores: readonly Prf[]): Prf & { docs: number } {
  const mean = (pick: (s: Prf) => number): number =>
    scores.length === 0 ? Number.NaN : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    docs: scores.length,
    precision: mean((s) => s.precision),
    recall: mean((s) => s.recall),
    f1: mean((s) => s.f1),
  };
}

export interface SnippetHits {
  found: string[];
  missing: string[];
}

/** Which snippets occur in the text, both normalised; empty snippets are ignored. */
export function findSnippets(text: string, snippets: readonly string[]): SnippetHits {
  const haystack = normalizeText(text);
  const hits: SnippetHits = { found: [], missing: [] };
  for (const snippet of snippets) {
    const needle = normalizeText(snippet);
    if (needle === '') continue;
    (haystack.includes(needle) ? hits.found : hits.missing).push(snippet);
  }
  return hits;
}

/** Pooled snippet counts over a set of pages. */
export interface SnippetTally {
  includeFound: number;
  includeTotal: number;
  excludeFound: number;
  excludeTotal: number;
}

export const EMPTY_TALLY: SnippetTally = {
  includeFound: 0,
  includeTotal: 0,
  excludeFound: 0,
  excludeTotal: 0,
};

/** Adds one page's snippet results to a pooled tally. */
export function addSnippets(
  tally: SnippetTally,
  include: SnippetHits | null,
  exclude: SnippetHits | null,
): SnippetTally {
  return {
    includeFound: tally.includeFound + (include?.found.length ?? 0),
    includeTotal:
      tally.includeTotal + (include ? include.found.length + include.missing.length : 0),
    excludeFound: tally.excludeFound + (exclude?.found.length ?? 0),
    excludeTotal:
      tally.excludeTotal + (exclude ? exclude.found.length + exclude.missing.length : 0),
  };
}

/** A share, NaN when there is nothing to divide. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}
