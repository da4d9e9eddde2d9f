import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Removal } from '../types.js';

/** Small DOM helpers shared by the HTML extraction steps (cheerio / domhandler trees). */

const PREVIEW_CHARS = 80;

/** Visible text of a node, whitespace collapsed (no-break spaces included). */
export function textOf($: CheerioAPI, node: AnyNode | Cheerio<AnyNode>): string {
  return collapse(rawText($(node).toArray()));
}

/**
 * The text of `nodes` and their descendants, in document order, not collapsed: cheerio's
 * `.text()` without its recursion (domutils' `textContent` overflows the stack on deep pages).
 */
export function rawText(nodes: AnyNode | readonly AnyNode[]): string {
  const parts: string[] = [];
  forEachText(nodes, (data) => parts.push(data));
  return parts.join('');
}

/** Calls `visit` with the data of every text node under `nodes`, in document order. */
function forEachText(nodes: AnyNode | readonly AnyNode[], visit: (data: string) => void): void {
  const stack: AnyNode[] = Array.isArray(nodes) ? [...nodes].reverse() : [nodes as AnyNode];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type === 'text') visit((n as unknown as { data: string }).data);
    else if (n.type !== 'comment' && 'children' in n) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
    }
  }
}

/**
 * `textOf(node).length`, counted without building the text: invisibles dropped, each whitespace
 * run inside the text counted once, as `collapse` does. Link density asks it of every scored
 * container, whose texts would otherwise be built and collapsed again at each level.
 */
export function textLength(node: AnyNode): number {
  let length = 0;
  let pendingSpace = false;
  forEachText(node, (data) => {
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) continue;
      if (isSpace(code)) pendingSpace = length > 0;
      else {
        length += pendingSpace ? 2 : 1;
        pendingSpace = false;
      }
    }
  });
  return length;
}

/** What `collapse` deletes before merging whitespace. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** What `collapse` merges: JavaScript's `\s` (no-break spaces included). */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Descendant elements of `root` (not itself), in document order, found without recursion. */
export function descendants(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n !== root && isElement(n)) out.push(n);
    if ('children' in n) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
    }
  }
  return out;
}

/**
 * `$(root).find(selector)`, linear: cheerio's `.find()` first dedupes the root's children with
 * css-select's `removeSubsets`, quadratic in their number (minutes for a body holding 150,000
 * paragraphs). Here the descendants are listed once and filtered by the selector. For selector
 * lists without combinators: in `a p`, an `a` outside `root` would match here, not in cheerio.
 */
export function findIn($: CheerioAPI, root: AnyNode, selector: string): Element[] {
  return $(descendants(root)).filter(selector).toArray();
}

/** Descendant elements of `root` with one of `tags` (lower-case names). */
export function findTags(root: AnyNode, tags: ReadonlySet<string>): Element[] {
  return descendants(root).filter((el) => tags.has(el.tagName));
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

const LINK: ReadonlySet<string> = new Set(['a']);

/** Characters of link text divided by characters of text; 0 for an empty element. */
export function linkDensity($: CheerioAPI, el: AnyNode): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let links = 0;
  for (const a of findTags(el, LINK)) links += textLength(a);
  return Math.min(1, links / total);
}

/**
 * Whether `node` is still in the document: it or an ancestor is `<html>` — what
 * `$(node).closest('html').length > 0` says, without building cheerio objects.
 */
export function isAttached(node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n !== null; n = n.parent) {
    if (isElement(n) && n.tagName === 'html') return true;
  }
  return false;
}

/**
 * True when `textOf(node)` is surely longer than `max`, read without building the text: counts
 * the characters that `collapse` can never remove or merge, and stops as soon as they pass `max`.
 * False means "not sure": the caller computes the text.
 */
export function textExceeds(node: AnyNode, max: number): boolean {
  let count = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      for (let i = 0; i < data.length; i++) {
        if (isSolid(data.charCodeAt(i)) && ++count > max) return true;
      }
    } else if (n.type !== 'comment' && 'children' in n) {
      // Order does not matter for a count.
      for (const child of n.children) stack.push(child);
    }
  }
  return false;
}

/** A UTF-16 unit that is neither whitespace (`\s`, no-break spaces) nor a dropped invisible. */
function isSolid(code: number): boolean {
  if (code <= 0x20) return false;
  if (code < 0x7f) return true;
  return !(
    code <= 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x206f) ||
    code === 0x3000 ||
    code === 0xfeff
  );
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
