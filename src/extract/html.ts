import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { stripHtml } from '../strip/html.js';
import type { Removal, Warning } from '../types.js';
import { collapse, findTags, isElement, rawText } from './dom.js';
import { readContent, scoredContent } from './fallback.js';
import { articleItem, readJsonLd, typesOf, type LdItem } from './jsonld.js';
import { readMetadata } from './metadata.js';
import { MAX_DEPTH, parseHtml } from './parse.js';
import { findStandfirst } from './score.js';

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

/**
 * Finds the article in an HTML page and strips comments and boilerplate. Never throws on bad HTML.
 * Order: parse → metadata (before scripts go) → strip markup → score → prune → serialise.
 */
export function extractHtml(html: string, options: { url: string | null }): HtmlExtraction {
  const { $, depth } = parseHtml(html);
  const items = readJsonLd($);
  const metadata = readMetadata($, items, options.url);
  const stripped = stripHtml($, { forum: isForumPage($, items) });
  if (depth > MAX_DEPTH) stripped.warnings.push(deepWarning(depth));
  const body = $('body').get(0);
  if (body === undefined)
    return { metadata, paragraphs: [], removed: stripped.removed, warnings: stripped.warnings };
  const content = readContent($, body, contentRoots($, body));
  const removed = [...stripped.removed, ...content.removed];
  if (content.warning !== null) stripped.warnings.push(content.warning);
  const paragraphs = dropSignature(
    dropLeadingTitle(content.blocks, metadata.title),
    metadata.byline,
  );
  const declared = articleBodyOf(articleItem(items));
  if (declared !== null && lengthOf(paragraphs) < LD_BODY_RATIO * lengthOf(declared)) {
    // Pages rendered by script, or teasers whose full text is only in the structured data.
    const warning = {
      code: 'JSONLD_BODY',
      message: `the page shows ${lengthOf(paragraphs)} characters of text but its JSON-LD articleBody holds ${lengthOf(declared)}: the articleBody was used`,
    };
    return { metadata, paragraphs: declared, removed, warnings: [...stripped.warnings, warning] };
  }
  return { metadata, paragraphs, removed, warnings: stripped.warnings };
}

/** Pages nested past the bound were read flattened, as a browser shows them. */
function deepWarning(depth: number): Warning {
  return {
    code: 'DEEP_HTML',
    message: `the page nests elements ${depth} levels deep: elements past level ${MAX_DEPTH} were read as siblings`,
  };
}

/** The JSON-LD articleBody replaces the page's text when that is less than this share of it. */
const LD_BODY_RATIO = 0.5;

const lengthOf = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * Paragraphs of the article item's `articleBody`, when it holds real text: plain text split on
 * line breaks, or HTML (some CMSs put markup there) read block by block; entities decoded.
 */
function articleBodyOf(item: LdItem | undefined): string[] | null {
  const raw = item?.['articleBody'];
  if (typeof raw !== 'string' || raw.length < MIN_ARTICLE_BODY) return null;
  const html = /<\/?(?:p|br|div|h[1-6]|li|blockquote)\b/i.test(raw)
    ? raw
    : raw
        .split(/\n+/)
        .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`)
        .join('');
  const { $ } = parseHtml(html);
  $('br').replaceWith('\n');
  const blocks = $('p, h1, h2, h3, h4, h5, h6, li, blockquote')
    .toArray()
    .filter((el) => findTags(el, INNER_BLOCKS).length === 0)
    .flatMap((el) => rawText(el).split('\n'))
    .map(collapse)
    .filter((text) => text !== '');
  const paragraphs = blocks.length > 0 ? blocks : [collapse(rawText($.root().toArray()))];
  return lengthOf(paragraphs) >= MIN_ARTICLE_BODY ? paragraphs : null;
}

/** A block of the articleBody holding one of these is read through them instead. */
const INNER_BLOCKS: ReadonlySet<string> = new Set(['p', 'li', 'blockquote']);

/** Text shorter than this in `[itemprop=articleBody]` is a teaser, not the body. */
const MIN_ARTICLE_BODY = 250;

/** `[itemprop=articleBody]` when it holds real text, else the scored main content; plus the chapô. */
function contentRoots($: CheerioAPI, body: Element): Element[] {
  const marked = $('[itemprop~="articleBody"], [itemprop~="articlebody"]')
    .toArray()
    .filter((el) => collapse(rawText(el)).length >= MIN_ARTICLE_BODY);
  // Ancestor walks against a set: linear where `marked × find(el)` was quadratic.
  const markedSet = new Set(marked);
  const outermost = marked.filter((el) => !hasAncestorIn(el, markedSet));
  const main = outermost.length > 0 ? outermost : scoredContent($, body);
  const standfirst = findStandfirst($, main);
  return standfirst === null ? main : [standfirst, ...main];
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let n = el.parent; n !== null; n = n.parent) if (isElement(n) && set.has(n)) return true;
  return false;
}

/** A forum discussion page: its Comment items are the content, not reader comments. */
function isForumPage($: CheerioAPI, items: readonly LdItem[]): boolean {
  const main = articleItem(items);
  if (main !== undefined && typesOf(main).includes('DiscussionForumPosting')) return true;
  const top = $('[itemtype*="schema.org/DiscussionForumPosting"]').first();
  return top.length > 0 && top.parents('[itemscope]').length === 0;
}

const MAX_TITLE_LOOKAHEAD = 3;

/** The page title repeated as the first blocks (h1, kicker + h1) is metadata, not text. */
function dropLeadingTitle(blocks: string[], title: string | null): string[] {
  if (title === null) return blocks;
  const key = normalise(title);
  const index = blocks.slice(0, MAX_TITLE_LOOKAHEAD).findIndex((b) => normalise(b) === key);
  return index < 0 ? blocks : [...blocks.slice(0, index), ...blocks.slice(index + 1)];
}

/**
 * A block that is only the author's name (or "Par <name>") is a signature: French papers repeat
 * it under the title or at the end of the text (Le Monde `article__footer-single`, regional
 * dailies). It is metadata, already in `byline`.
 */
function dropSignature(blocks: string[], byline: string | null): string[] {
  if (byline === null) return blocks;
  const key = normalise(byline);
  if (key === '') return blocks;
  return blocks.filter((b) => {
    const text = normalise(b);
    return text !== key && text !== `par${key}` && text !== `by${key}`;
  });
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
