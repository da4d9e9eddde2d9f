import type { CheerioAPI } from 'cheerio';
import { rawText } from './dom.js';

/**
 * JSON-LD items of a page: every `<script type="application/ld+json">`, with `@graph` and arrays
 * flattened. Malformed blocks (trailing commas, raw newlines in strings, HTML comments) are common
 * on CMS output, so each block gets a light repair before it is skipped.
 */

export type LdItem = Record<string, unknown>;

/** schema.org types whose item describes the page's article. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'DiscussionForumPosting',
  'ScholarlyArticle',
  'Report',
  'TechArticle',
  'SatiricalArticle',
  'Review',
  'Recipe',
  'WebPage',
  'ItemPage',
]);

export function readJsonLd($: CheerioAPI): LdItem[] {
  const items: LdItem[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    const parsed = parseLoose(rawText(el));
    if (parsed !== undefined) flatten(parsed, items, 0);
  });
  return items;
}

function parseLoose(raw: string): unknown {
  const text = raw.replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/gu, '').trim();
  for (const candidate of [text, text.replace(/[\n\r\t]+/gu, ' ').replace(/,\s*([}\]])/gu, '$1')]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function flatten(value: unknown, out: LdItem[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const item = value as LdItem;
  out.push(item);
  if (item['@graph'] !== undefined) flatten(item['@graph'], out, depth + 1);
}

/** The item's `@type` as a list (`"NewsArticle"` or `["NewsArticle", "Article"]`). */
export function typesOf(item: LdItem): string[] {
  const type = item['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:]/u, ''));
}

/** The article item: the first with an article type, preferring one with a headline. */
export function articleItem(items: readonly LdItem[]): LdItem | undefined {
  const articles = items.filter((item) => typesOf(item).some((t) => ARTICLE_TYPES.has(t)));
  const real = articles.filter(
    (item) => !typesOf(item).some((t) => t === 'WebPage' || t === 'ItemPage'),
  );
  return real.find((item) => typeof item['headline'] === 'string') ?? real[0] ?? articles[0];
}

/** A string field, or the `name` of an object field, or names of an array joined by ", ". */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as LdItem;
    return nameOf(obj['name']) ?? nameOf(obj['alternateName']);
  }
  return null;
}

/** A URL field: a string, or an object's `@id` / `url`. */
export function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value !== null && typeof value === 'object') {
    const obj = value as LdItem;
    return urlOf(obj['@id']) ?? urlOf(obj['url']);
  }
  return null;
}
