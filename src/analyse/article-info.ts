import type { Analysis, Article } from '../types.js';

/** The article facts an analysis carries (everything but the text), from any engine. */
export function articleInfo(article: Article): Analysis['article'] {
  const { url, canonicalUrl, title, byline, publishedAt, siteName, lang, wordCount } = article;
  return { url, canonicalUrl, title, byline, publishedAt, siteName, lang, wordCount };
}
