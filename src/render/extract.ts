import type { ExtractResult } from '../types.js';
import { sourceLine, withEmittableUrls } from './links.js';

/** Output formats of `veille extract`. */
export const EXTRACT_FORMATS = ['text', 'markdown', 'json'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

/** File extension used with `--out DIR` for each format. */
export const EXTRACT_EXTENSIONS: Record<ExtractFormat, string> = {
  text: 'txt',
  markdown: 'md',
  json: 'json',
};

/** Renders one extraction; the result always ends with a newline. */
export function renderExtract(result: ExtractResult, format: ExtractFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ ...result, article: withEmittableUrls(result.article) })}\n`;
    case 'markdown':
      return renderMarkdown(result);
    case 'text':
      return `${result.article.text}\n`;
  }
}

function renderMarkdown({ source, article }: ExtractResult): string {
  const facts = [
    article.byline,
    article.siteName,
    article.publishedAt,
    article.lang && `lang: ${article.lang}`,
  ]
    .filter((fact): fact is string => Boolean(fact))
    .map(escapeMarkdownInline);
  const lines = [`# ${escapeMarkdownInline(article.title ?? source)}`, ''];
  if (facts.length > 0) lines.push(`*${facts.join(' · ')}*`, '');
  lines.push(sourceLine(article, source, escapeMarkdownInline), '');
  for (const paragraph of article.paragraphs) lines.push(escapeMarkdownBlock(paragraph), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Article text must not turn into Markdown structure or raw HTML when rendered. */
function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function escapeMarkdownBlock(text: string): string {
  // A paragraph starting like a list item, heading or quote would change meaning: escape it.
  return escapeMarkdownInline(text).replace(/^(\s*)([-+>]|\d+[.)])(\s)/, '$1\\$2$3');
}
