import type { Analysis, Article } from '../types.js';
import { trustedCanonical } from './ids.js';

/**
 * The article facts an analysis carries (everything but the text), from any engine. Its
 * canonical URL only when trusted (ids.ts): reports, the briefing and the claim feed show it as
 * the article's address, and another site's address must never be lent to a page.
 */
export function articleInfo(article: Article): Analysis['article'] {
  const { url, title, byline, publishedAt, siteName, lang, wordCount } = article;
  const canonicalUrl = trustedCanonical(article);
  return { url, canonicalUrl, title, byline, publishedAt, siteName, lang, wordCount };
}
