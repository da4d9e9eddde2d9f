import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { collapse, rawText } from './dom.js';
import { webUrl } from '../util/web-url.js';
import type { PageMetadata } from './html.js';
import { articleItem, nameOf, urlOf, type LdItem } from './jsonld.js';

/**
 * Page metadata. Precedence: JSON-LD > OpenGraph > `<meta>` > `<title>` / DOM, field by field,
 * since sites fill each source unevenly. The canonical URL is the exception: `<link
 * rel=canonical>` is the standard's own declaration, while JSON-LD `url` often names an AMP or
 * mobile variant, so the order there is link > og:url > JSON-LD.
 */
export function readMetadata(
  $: CheerioAPI,
  items: readonly LdItem[],
  url: string | null,
): PageMetadata {
  const meta = metaIndex($);
  const ld = articleItem(items) ?? {};
  const publisher =
    ld['publisher'] ?? items.find((i) => i['@type'] === 'WebSite' || i['@type'] === 'Organization');
  const siteName = first(nameOf(publisher), meta('og:site_name'), meta('application-name'));
  return {
    title: readTitle($, meta, ld, siteName, url),
    byline: readByline($, meta, ld),
    publishedAt: readDate($, meta, ld),
    siteName,
    lang: normaliseLang(
      first(
        nameOf(ld['inLanguage']),
        meta('og:locale'),
        meta('dc.language'),
        () => $('meta[http-equiv="content-language" i]').attr('content') ?? null,
        () => $('html').attr('lang') ?? null,
        () => $('html').attr('xml:lang') ?? null,
      ),
    ),
    // Each declaration is resolved on its own, so an unusable one gives way to the next.
    canonicalUrl: first(
      ...[
        () => $('link[rel~="canonical" i]').attr('href') ?? null,
        () => meta('og:url'),
        () => urlOf(ld['mainEntityOfPage']),
        () => urlOf(ld['url']),
      ].map((href) => () => absolute(href(), url)),
    ),
  };
}

function readTitle(
  $: CheerioAPI,
  meta: Meta,
  ld: LdItem,
  siteName: string | null,
  url: string | null,
): string | null {
  const title = first(
    str(ld['headline']),
    meta('og:title'),
    meta('twitter:title'),
    meta('dc.title'),
    () => collapse(rawText($('title').first().toArray())) || null,
    () => textAt($, 'h1'),
  );
  if (title === null) return null;
  const stripped = stripSiteSuffix(title, siteName, url) || title;
  return stripped === title ? (h1Prefix($, title) ?? title) : stripped;
}

/**
 * "Headline - Site" when no site name is declared: the part before the last separator is the
 * headline when the page's h1 says exactly that (readability's h1 check), and the rest is the
 * site's suffix.
 */
function h1Prefix($: CheerioAPI, title: string): string | null {
  const parts = title.split(TITLE_SEPARATOR);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || last.length > 60) return null;
  const head = title
    .slice(0, title.lastIndexOf(last))
    .replace(/\s+[|\-–—·•»]\s*$/u, '')
    .trim();
  const key = squash(head);
  if (key === '') return null;
  const match = $('h1')
    .toArray()
    .some((h1) => squash(rawText(h1)) === key);
  return match ? head : null;
}

function readByline($: CheerioAPI, meta: Meta, ld: LdItem): string | null {
  const ogAuthor = meta('article:author');
  return first(
    nameOf(ld['author']),
    ogAuthor !== null && !/^https?:/iu.test(ogAuthor) ? ogAuthor : null,
    meta('author'),
    meta('parsely-author'),
    meta('dc.creator'),
    meta('sailthru.author'),
    () =>
      textAt(
        $,
        // schema.org microdata, HTML `rel=author`, BEM bylines, and microformats hCard inside
        // hAtom (`.author.vcard .fn`), which WordPress and SPIP themes emit.
        '[itemprop~="author"] [itemprop~="name"], [itemprop~="author"], a[rel~="author"], .byline__author, .author.vcard .fn, .author .vcard .fn',
      ),
  );
}

function readDate($: CheerioAPI, meta: Meta, ld: LdItem): string | null {
  const candidates: Candidate[] = [
    str(ld['datePublished']),
    meta('article:published_time'),
    meta('date'),
    meta('dc.date'),
    meta('dc.date.issued'),
    meta('dcterms.created'),
    meta('parsely-pub-date'),
    meta('sailthru.date'),
    meta('pubdate'),
    meta('publishdate'),
    () => $('[itemprop~="datePublished"]').first().attr('content') ?? null,
    () =>
      $('article time[datetime], time[pubdate][datetime], [itemprop~="datePublished"][datetime]')
        .first()
        .attr('datetime') ?? null,
    str(ld['dateCreated']),
  ];
  for (const candidate of candidates) {
    const value = valueOf(candidate);
    const iso = value === null ? null : normaliseDate(value);
    if (iso !== null) return iso;
  }
  return null;
}

const ISO =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/u;
const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** ISO 8601 with the page's timezone kept; other parseable forms through `Date`; else null. */
export function normaliseDate(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso !== null) {
    const [, day, time, zone] = iso;
    if (time === undefined) return day ?? null;
    const seconds = time.length === 5 ? `${time}:00` : time;
    const tz =
      zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/u, '$1:$2');
    return `${day}T${seconds}${tz}`;
  }
  const french = /^(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(\d{4})$/iu.exec(text);
  if (french !== null) {
    const month = FRENCH_MONTHS.indexOf((french[2] ?? '').toLowerCase()) + 1;
    if (month > 0) return `${french[3]}-${pad(month)}-${pad(Number(french[1]))}`;
  }
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) || !/\d{4}/u.test(text) ? null : parsed.toISOString();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `fr-FR`, `fr_FR`, `FR` → `fr`; anything else than a language code → null. */
export function normaliseLang(raw: string | null): string | null {
  if (raw === null) return null;
  const named: Record<string, string> = {
    french: 'fr',
    français: 'fr',
    francais: 'fr',
    english: 'en',
  };
  const lower = raw.trim().toLowerCase();
  const code = named[lower] ?? /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/u.exec(lower)?.[1];
  return code ?? null;
}

const TITLE_SEPARATOR = /\s+[|\-–—·•»]\s+/u;
const DATE_SUFFIX = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/u;
const MAX_SUFFIXES = 3;

/**
 * A title without its site suffixes (" - Site", " | DW | 23.05.2011"). Only a part naming the
 * site or host, or a date, is cut: "Réforme - le gouvernement recule" keeps its second half.
 */
export function stripSiteSuffix(
  title: string,
  siteName: string | null,
  url: string | null,
): string {
  const names = [siteName, hostLabel(url)]
    .map((n) => (n === null ? '' : squash(n)))
    .filter(Boolean);
  let result = title;
  for (let i = 0; i < MAX_SUFFIXES; i++) {
    const parts = result.split(TITLE_SEPARATOR);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length < 2 || last.length === result.length) break;
    const key = squash(last);
    const isSite = key !== '' && names.some((n) => n.includes(key) || key.includes(n));
    if (!isSite && !DATE_SUFFIX.test(last.trim())) break;
    result = result
      .slice(0, result.lastIndexOf(last))
      .replace(/\s+[|\-–—·•»]\s*$/u, '')
      .trim();
  }
  return result;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** `www.lemonde.fr` → `lemonde`: the label before the public suffix, enough for a match. */
function hostLabel(url: string | null): string | null {
  if (url === null) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\./u, '').split('.');
    return labels.length >= 2 ? (labels[labels.length - 2] ?? null) : null;
  } catch {
    return null;
  }
}

/** Content of `<meta property|name=key>` (key in lower case); null when missing or blank. */
type Meta = (key: string) => string | null;

const META_KEYS = ['property', 'name', 'itemprop'] as const;

/**
 * One pass over the `<meta>` elements instead of one document query per key: for each key (lower
 * case), the first `<meta>` in document order whose `property`, `name` or `itemprop` equals it
 * case-insensitively — what `meta[property="key" i], meta[name="key" i], meta[itemprop="key" i]`
 * followed by `.first()` selects.
 */
function metaIndex($: CheerioAPI): Meta {
  const index = new Map<string, Element>();
  for (const el of $('meta').toArray()) {
    for (const attr of META_KEYS) {
      const value = el.attribs[attr];
      if (value === undefined) continue;
      const key = value.toLowerCase();
      if (!index.has(key)) index.set(key, el);
    }
  }
  return (key) => {
    const value = index.get(key.toLowerCase())?.attribs['content'];
    return value === undefined ? null : collapse(value) || null;
  };
}

function textAt($: CheerioAPI, selector: string): string | null {
  const text = collapse(rawText($(selector).first().toArray()));
  return text === '' || text.length > 200 ? null : text;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? collapse(value) : null;
}

/**
 * A source of a field: a value, or a document query run only when every source before it came
 * up empty (each selector is compiled afresh and walks the page: milliseconds at start-up).
 */
type Candidate = string | null | (() => string | null);

function valueOf(candidate: Candidate): string | null {
  return typeof candidate === 'function' ? candidate() : candidate;
}

/** The first non-empty value among the candidates, reading them in order. */
function first(...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const value = valueOf(candidate);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/**
 * `href` resolved against the page URL, when the result is an http(s) URL: a page may declare a
 * `javascript:`, `data:` or `file:` canonical URL (or a relative one on a local file), and none
 * of those is the article's address (util/web-url.ts).
 */
function absolute(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  try {
    return webUrl(new URL(href, base ?? undefined).href);
  } catch {
    return null;
  }
}
