import type { Removal, Warning } from '../types.js';

/** Metadata read from JSON-LD, OpenGraph, <meta>, <html lang> and the canonical link. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601. */
  publishedAt: string | null;
  siteName: string | null;
  /** Declared language, ISO 639-1 lower case (`fr`), or null. */
  lang: string | null;
  /** Absolute canonical URL, or null. */
  canonicalUrl: string | null;
}

export interface HtmlExtraction {
  metadata: PageMetadata;
  /** Main content blocks in order: headings, paragraphs, list items, quotes; plain text. */
  paragraphs: string[];
  removed: Removal[];
  warnings: Warning[];
}

/** Finds the article in an HTML page and strips comments and boilerplate. Never throws on bad HTML. */
export function extractHtml(_html: string, _options: { url: string | null }): HtmlExtraction {
  throw new Error('not implemented');
}
