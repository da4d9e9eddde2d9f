import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { stripHtml } from '../strip/html.js';
import type { Block, Removal, Warning } from '../types.js';
import { webUrl } from '../util/web-url.js';
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
  /** The same blocks with their kind and links, one-to-one with `paragraphs`. */
  blocks: Block[];
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
  if (body === undefined) {
    return {
      metadata,
      ...withParagraphs([]),
      removed: stripped.removed,
      warnings: stripped.warnings,
    };
  }
  // Relative links resolve against the page's own web address, else its canonical one.
  const baseUrl = webUrl(options.url) ?? metadata.canonicalUrl;
  const content = readContent($, body, contentRoots($, body), { baseUrl });
  const removed = [...stripped.removed, ...content.removed];
  if (content.warning !== null) stripped.warnings.push(content.warning);
  const blocks = dropSignature(dropLeadingTitle(content.blocks, metadata.title), metadata.byline);
  const declared = articleBodyOf(articleItem(items));
  if (declared !== null && lengthOf(blocks) < LD_BODY_RATIO * lengthOf(declared)) {
    // Pages rendered by script, or teasers whose full text is only in the structured data.
    const warning = {
      code: 'JSONLD_BODY',
      message: `the page shows ${lengthOf(blocks)} characters of text but its JSON-LD articleBody holds ${lengthOf(declared)}: the articleBody was used`,
    };
    const warnings = [...stripped.warnings, warning];
    return { metadata, ...withParagraphs(declared), removed, warnings };
  }
  return { metadata, ...withParagraphs(blocks), removed, warnings: stripped.warnings };
}

function withParagraphs(blocks: Block[]): { paragraphs: string[]; blocks: Block[] } {
  return { paragraphs: blocks.map((b) => b.text), blocks };
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

const lengthOf = (blocks: Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * Paragraphs of the article item's `articleBody`, when it holds real text: plain text split on
 * line breaks, or HTML (some CMSs put markup there) read block by block; entities decoded.
 */
function articleBodyOf(item: LdItem | undefined): Block[] | null {
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
    .flatMap((el) =>
      rawText(el)
        .split('\n')
        .map((line) => ({ ...ldKindOf(el), text: collapse(line) })),
    )
    .filter((block) => block.text !== '');
  const whole: Block = { kind: 'paragraph', text: collapse(rawText($.root().toArray())) };
  const paragraphs = blocks.length > 0 ? blocks : [whole];
  return lengthOf(paragraphs) >= MIN_ARTICLE_BODY ? paragraphs : null;
}

/** The kind of a block element of an articleBody in HTML (links there are not kept). */
function ldKindOf(el: Element): Omit<Block, 'text'> {
  if (/^h[1-6]$/.test(el.tagName)) return { kind: 'heading', level: Number(el.tagName.slice(1)) };
  if (el.tagName === 'blockquote') return { kind: 'quote' };
  if (el.tagName !== 'li') return { kind: 'paragraph' };
  return {
    kind: 'list-item',
    level: 1,
    ordered: el.parent !== null && isElement(el.parent) && el.parent.tagName === 'ol',
  };
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
function dropLeadingTitle(blocks: Block[], title: string | null): Block[] {
  if (title === null) return blocks;
  const key = normalise(title);
  const index = blocks.slice(0, MAX_TITLE_LOOKAHEAD).findIndex((b) => normalise(b.text) === key);
  return index < 0 ? blocks : [...blocks.slice(0, index), ...blocks.slice(index + 1)];
}

/**
 * A block that is only the author's name (or "Par <name>") is a signature: French papers repeat
 * it under the title or at the end of the text (Le Monde `article__footer-single`, regional
 * dailies). It is metadata, already in `byline`.
 */
function dropSignature(blocks: Block[], byline: string | null): Block[] {
  if (byline === null) return blocks;
  const key = normalise(byline);
  if (key === '') return blocks;
  return blocks.filter((b) => {
    const text = normalise(b.text);
    return text !== key && text !== `par${key}` && text !== `by${key}`;
  });
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
