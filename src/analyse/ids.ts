import { createHash } from 'node:crypto';
import { siteOf } from './site.js';

/** Folds what should not change an identity: case, accents-insensitive quotes, spacing, punctuation. */
export function normaliseForId(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[«»“”„"'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shortHash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** What identity needs of an article. */
interface Identified {
  canonicalUrl: string | null;
  url: string | null;
  text?: string;
}

/**
 * The article's canonical URL when it can be trusted, else null. Any page can declare any
 * canonical URL, so a fetched page's is believed only on the page's own site (registrable
 * domain, see site.ts). A saved file or stdin has no site of its own: its http(s) canonical URL
 * is the only address it has, and it is kept. Anything but http(s) is never trusted.
 */
export function trustedCanonical(article: Omit<Identified, 'text'>): string | null {
  const { canonicalUrl, url } = article;
  if (canonicalUrl === null) return null;
  const canonicalSite = siteOf(canonicalUrl);
  if (canonicalSite === null) return null;
  if (url === null || !/^https?:/i.test(url)) return canonicalUrl;
  return siteOf(url) === canonicalSite ? canonicalUrl : null;
}

/**
 * The store's identity of an article (one row each): the URL it was read from (`file://` path
 * for files), else a hash of its text (stdin). Never the canonical URL, which the page chooses.
 */
export function storeKey(article: Identified): string {
  return article.url ?? textKey(article.text);
}

/**
 * Key of an article for claim ids and for grouping its analyses: the trusted canonical URL (one
 * article whatever tracking parameters or AMP host it was read at), else the store key.
 */
export function articleKey(article: Identified): string {
  return trustedCanonical(article) ?? storeKey(article);
}

function textKey(text: string | undefined): string {
  return `text:${shortHash([text ?? ''])}`;
}

/** Stable claim id: same article, claimant and (normalised) quote give the same id on every run. */
export function claimId(articleKeyValue: string, claimant: string, quote: string): string {
  return `c_${shortHash([articleKeyValue, normaliseForId(claimant), normaliseForId(quote)])}`;
}

/** Stable entity id from its type and normalised name. */
export function entityId(type: string, name: string): string {
  return `e_${shortHash([type, normaliseForId(name)])}`;
}
