import { createHash } from 'node:crypto';

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

/** Key of an article for ids: canonical URL, else URL, else a hash of its text. */
export function articleKey(article: {
  canonicalUrl: string | null;
  url: string | null;
  text?: string;
}): string {
  return article.canonicalUrl ?? article.url ?? `text:${shortHash([article.text ?? ''])}`;
}

/** Stable claim id: same article, claimant and (normalised) quote give the same id on every run. */
export function claimId(articleKeyValue: string, claimant: string, quote: string): string {
  return `c_${shortHash([articleKeyValue, normaliseForId(claimant), normaliseForId(quote)])}`;
}

/** Stable entity id from its type and normalised name. */
export function entityId(type: string, name: string): string {
  return `e_${shortHash([type, normaliseForId(name)])}`;
}
