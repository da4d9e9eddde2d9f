import type { ExtractResult } from '../../src/types.js';

/** An extraction of a plain French text, as `extractDocument` would give it, for engine tests. */
export function extractResultOf(text: string, title: string | null = null): ExtractResult {
  return {
    source: 'test.txt',
    removed: [],
    warnings: [],
    article: {
      url: 'https://exemple.fr/article',
      canonicalUrl: null,
      title,
      byline: null,
      publishedAt: null,
      siteName: null,
      lang: 'fr',
      text,
      paragraphs: text.split(/\n\n/),
      wordCount: text.split(/\s+/).length,
    },
  };
}
