import type { ExtractResult } from '../types.js';
import { sourceLine, withEmittableUrls } from './links.js';

/** Output formats of `veille extract` (render/formats.ts). */
export const EXTRACT_FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

/** File extension used with `--out DIR` for each format. */
export const EXTRACT_EXTENSIONS: Record<ExtractFormat, string> = {
  text: 'txt',
  markdown: 'md',
  json: 'json',
  jsonl: 'jsonl',
};

/** The JSON form of one extraction, with only URLs safe to follow. */
export function extractRecord(result: ExtractResult): ExtractResult {
  return { ...result, article: withEmittableUrls(result.article) };
}

/**
 * Renders one extraction; the result always ends with a newline. `json` is this one result as
 * an indented document (a file of `--out`); on stdout the command puts them in one array.
 */
export function renderExtract(result: ExtractResult, format: ExtractFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(extractRecord(result), null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify(extractRecord(result))}\n`;
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
