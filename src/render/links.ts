/**
 * URLs in extract, summarize and translate output: only what `webUrl`/`readFromUrl` allow comes
 * out, whatever the page declared or an older store kept (see util/web-url.ts).
 */
import { readFromUrl, webUrl } from '../util/web-url.js';

interface ArticleUrls {
  url: string | null;
  canonicalUrl: string | null;
}

/** The article with its URLs as they may be emitted (null where they may not). */
export function withEmittableUrls<T extends ArticleUrls>(article: T): T {
  return { ...article, url: readFromUrl(article.url), canonicalUrl: webUrl(article.canonicalUrl) };
}

/** The address a report may show for the article: canonical URL, else the URL read, else null. */
export function sourceUrl(article: ArticleUrls): string | null {
  return webUrl(article.canonicalUrl) ?? readFromUrl(article.url);
}

/**
 * The Markdown `Source:` line: an autolink to the canonical URL, else to the URL read, else the
 * input's name as escaped text (stdin, or a URL that may not be emitted).
 */
export function sourceLine(
  article: ArticleUrls,
  source: string,
  escape: (text: string) => string,
): string {
  const link = sourceUrl(article);
  return link === null ? `Source: ${escape(source)}` : `Source: <${link}>`;
}
