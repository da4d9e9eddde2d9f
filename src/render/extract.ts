import type { Block, BlockLink, ExtractResult } from '../types.js';
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

/** How `renderExtract` renders. */
export interface ExtractRenderOptions {
  /** Markdown keeps the article's http(s) links as `[text](url)`; default false. */
  links?: boolean;
}

/**
 * Renders one extraction; the result always ends with a newline. `json` is this one result as
 * an indented document (a file of `--out`); on stdout the command puts them in one array.
 */
export function renderExtract(
  result: ExtractResult,
  format: ExtractFormat,
  options: ExtractRenderOptions = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(extractRecord(result), null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify(extractRecord(result))}\n`;
    case 'markdown':
      return renderMarkdown(result, Boolean(options.links));
    case 'text':
      return `${result.article.text}\n`;
  }
}

function renderMarkdown({ source, article }: ExtractResult, links: boolean): string {
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
  // Articles stored before blocks existed render as plain paragraphs.
  const blocks = article.blocks ?? article.paragraphs.map((text) => ({ kind: 'paragraph', text }));
  lines.push(markdownBlocks(blocks, links));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The blocks as Markdown, as trafilatura writes it: `##` headings (the article title is the
 * one `#`), `-` and `1.` list items one per line, `>` quotes; blank lines between blocks.
 */
function markdownBlocks(blocks: readonly Block[], links: boolean): string {
  let out = '';
  let number = 0;
  let previous: Block | null = null;
  for (const block of blocks) {
    const inline = escapeBlockStart(inlineMarkdown(block, links));
    const sameList = previous?.kind === 'list-item' && block.kind === 'list-item';
    number = sameList && block.ordered && previous?.level === block.level ? number + 1 : 1;
    if (previous !== null)
      out += sameList
        ? '\n'
        : previous.kind === 'quote' && block.kind === 'quote'
          ? '\n>\n'
          : '\n\n';
    out += prefixOf(block, number) + inline;
    previous = block;
  }
  return out;
}

/** The Markdown marker before a block's text. */
function prefixOf(block: Block, number: number): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, block.level ?? 2)))} `;
    case 'list-item': {
      const indent = '   '.repeat(Math.max(0, (block.level ?? 1) - 1));
      return block.ordered ? `${indent}${number}. ` : `${indent}- `;
    }
    case 'quote':
      return '> ';
    case 'paragraph':
      return '';
  }
}

/** A block's text escaped, with its links as `[text](url)` when asked. */
function inlineMarkdown(block: Block, links: boolean): string {
  if (!links || block.links === undefined) return escapeMarkdownInline(block.text);
  let out = '';
  let from = 0;
  for (const link of block.links) {
    const at = block.text.indexOf(link.text, from);
    if (at < 0) continue;
    out += escapeMarkdownInline(block.text.slice(from, at)) + markdownLink(link);
    from = at + link.text.length;
  }
  return out + escapeMarkdownInline(block.text.slice(from));
}

/** `[text](url)`; the URL is already a normalised http(s) URL, parentheses encoded so it cannot end early. */
function markdownLink(link: BlockLink): string {
  const url = link.url.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeMarkdownInline(link.text)}](${url})`;
}

/** Article text must not turn into Markdown structure or raw HTML when rendered. */
function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function escapeBlockStart(markdown: string): string {
  // A paragraph starting like a list item, heading or quote would change meaning: escape it.
  return markdown.replace(/^(\s*)([-+>]|\d+[.)])(\s)/, '$1\\$2$3');
}
