import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Removal } from '../types.js';

/** Small DOM helpers shared by the HTML extraction steps (cheerio / domhandler trees). */

const PREVIEW_CHARS = 80;

/** Visible text of a node, whitespace collapsed (no-break spaces included). */
export function textOf($: CheerioAPI, node: AnyNode | Cheerio<AnyNode>): string {
  return collapse($(node).text());
}

/** Collapses whitespace and drops soft hyphens and zero-width characters (hyphenated WordPress). */
export function collapse(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[\s\u00a0\u202f\u2009]+/gu, ' ')
    .trim();
}

/** A removal record for `text` under `rule`. */
export function removal(rule: string, reason: string, text: string): Removal {
  const collapsed = collapse(text);
  const preview =
    collapsed.length > PREVIEW_CHARS ? `${collapsed.slice(0, PREVIEW_CHARS - 1)}…` : collapsed;
  return { rule, reason, chars: collapsed.length, preview };
}

/** Lower-cased class and id tokens of an element. */
export function tokensOf(el: Element): string[] {
  const cls = el.attribs['class'] ?? '';
  const id = el.attribs['id'] ?? '';
  return `${cls} ${id}`.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** Class and id as one lower-cased string, for regex weights. */
export function classAndId(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase();
}

/** Characters of link text divided by characters of text; 0 for an empty element. */
export function linkDensity($: CheerioAPI, el: AnyNode): number {
  const total = textOf($, el).length;
  if (total === 0) return 0;
  let links = 0;
  $(el)
    .find('a')
    .each((_, a) => {
      links += textOf($, a).length;
    });
  return Math.min(1, links / total);
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Tag names that start a new block of text when serialising or scoring. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul summary center caption'.split(
    ' ',
  ),
);
