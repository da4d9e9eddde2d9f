import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, Removal } from '../types.js';
import { webUrl } from '../util/web-url.js';
import {
  BLOCK_TAGS,
  collapse,
  findIn,
  findTags,
  isAttached,
  isElement,
  linkDensity,
  removal,
  textLength,
  textOf,
} from './dom.js';
import { classWeight } from './score.js';

/**
 * Serialises the chosen content into plain-text blocks (headings, paragraphs, list items, quotes,
 * pre, table cells) in document order, after pruning link lists and negatively named boxes left
 * inside it (readability's `_cleanConditionally`, simplified).
 *
 * Figure captions are DROPPED: they describe an image, usually end in a photo credit, and are not
 * part of the text an analyst quotes.
 */

/** Elements whose text never becomes a block. */
const SKIP =
  'figcaption, .wp-caption-text, .caption, .legende, .credit, .credits, .photo-credit, img, picture, video, audio, [style*="display:none" i], [style*="display: none" i]';
/** Containers checked for link density and negative names inside the article. */
const PRUNABLE = 'ul, ol, dl, div, section, table, aside, header, figure';
/**
 * A container this link-dense inside the article is a link list ("Lire aussi", tags, related).
 * Lists get a higher bar: a list of dated sources ("6 décembre : <link>") is content.
 */
const LINK_BOX_DENSITY = 0.5;
const LINK_LIST_DENSITY = 0.8;
/**
 * When link lists hold at least this share of the article's text they ARE the article (a weekly
 * digest, release notes, a list of sources): a "related" box is a small part of the page it ends.
 */
const LISTS_ARE_BODY_SHARE = 0.5;
const LISTS: ReadonlySet<string> = new Set(['ul', 'ol']);

const LINK: ReadonlySet<string> = new Set(['a']);
const PARAGRAPH: ReadonlySet<string> = new Set(['p']);

/** What `pruneContent` did: its removals, and how to put the pruned boxes back. */
export interface Pruned {
  removed: Removal[];
  /** Re-inserts every pruned box where it was (for the fallback chain, when nothing is left). */
  restore: () => void;
}

export function pruneContent($: CheerioAPI, roots: readonly Element[]): Pruned {
  const removed: Removal[] = [];
  // Undo steps, newest first: a box goes back after its previous sibling, which is restored
  // before it since siblings are pruned from the last one back.
  const undo: (() => void)[] = [];
  for (const root of roots) {
    $(findIn($, root, SKIP)).remove();
    const keepLists = listsAreBody($, root);
    const boxes = findIn($, root, PRUNABLE).reverse();
    for (const box of boxes) {
      if (!isAttached(box)) continue;
      const rule = pruneRule($, box, keepLists);
      if (rule === null) continue;
      removed.push(removal(rule.id, rule.reason, textOf($, box)));
      undo.unshift(restorer($, box));
      $(box).remove();
    }
  }
  return { removed, restore: () => undo.forEach((step) => step()) };
}

/** A step putting `box` back at its current place once removed. */
function restorer($: CheerioAPI, box: Element): () => void {
  const parent = box.parent;
  const previous = box.prev;
  return () => {
    if (previous !== null) $(previous).after(box);
    else if (parent !== null) $(parent as Element).prepend(box);
  };
}

/** Whether the root's outermost link-dense lists hold `LISTS_ARE_BODY_SHARE` of its text. */
function listsAreBody($: CheerioAPI, root: Element): boolean {
  const total = textLength(root);
  if (total === 0) return false;
  let inLists = 0;
  for (const list of findTags(root, LISTS)) {
    if (hasListAncestor(list, root)) continue;
    if (linkDensity($, list) > LINK_LIST_DENSITY) inLists += textLength(list);
  }
  return inLists >= LISTS_ARE_BODY_SHARE * total;
}

function hasListAncestor(el: Element, root: Element): boolean {
  for (let n = el.parent; n !== null && n !== root; n = n.parent)
    if (isElement(n) && LISTS.has(n.tagName)) return true;
  return false;
}

function pruneRule(
  $: CheerioAPI,
  box: Element,
  keepLists: boolean,
): { id: string; reason: string } | null {
  const text = textOf($, box);
  if (text.length === 0) return null;
  const density = linkDensity($, box);
  const links = findTags(box, LINK).length;
  const isList = LISTS.has(box.tagName);
  const limit = isList ? LINK_LIST_DENSITY : LINK_BOX_DENSITY;
  if (density > limit && links >= 2 && text.length < 2000 && !(isList && keepLists)) {
    return { id: 'link-list', reason: 'Link-dense block inside the article (related, tags, menu)' };
  }
  const weight = classWeight(box);
  if (weight < 0 && (density > 0.25 || text.length < 200) && findTags(box, PARAGRAPH).length < 3) {
    return {
      id: 'negative-box',
      reason: 'Box named as share, meta, related or promo inside the article',
    };
  }
  return null;
}

/** Where serialised blocks' relative links point from. */
export interface SerialiseOptions {
  /** Absolute http(s) URL relative links resolve against; null keeps only absolute links. */
  baseUrl: string | null;
}

/** A link seen in the walk: where its text starts and ends in the buffer. */
interface PendingLink {
  start: number;
  end: number;
  url: string;
}

/** Block elements that give their text a kind (innermost wins), see `kindOf`. */
const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * Walks the roots and returns their text blocks with their kind (heading, list item, quote,
 * paragraph) and http(s) links, in document order.
 */
export function serialiseBlocks(
  $: CheerioAPI,
  roots: readonly Element[],
  options: SerialiseOptions = { baseUrl: null },
): Block[] {
  const blocks: Block[] = [];
  /** Open block elements, outermost first: what the buffered text is inside of. */
  const open: Element[] = [];
  let buffer = '';
  let links: PendingLink[] = [];
  const flush = (): void => {
    blocks.push(...cutBlocks(buffer, links, kindOf(open)));
    buffer = '';
    links = [];
  };
  for (const root of roots) {
    // Iterative walk: an entry is a node to enter, or a marker closing an element.
    const stack: (AnyNode | { exit: Element; link: PendingLink | null })[] = [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if ('exit' in node) {
        if (node.link !== null) {
          node.link.end = buffer.length;
          links.push(node.link);
        } else {
          flush();
          open.pop();
        }
      } else if (node.type === 'text') {
        buffer += (node as unknown as { data: string }).data.replace(/\n/gu, ' ');
      } else if (isElement(node) && node.tagName === 'br') buffer += '\n';
      else if (isElement(node)) {
        if (BLOCK_TAGS.has(node.tagName)) {
          flush();
          open.push(node);
          stack.push({ exit: node, link: null });
        } else if (node.tagName === 'a') {
          const url = linkUrl(node.attribs['href'], options.baseUrl);
          if (url !== null) stack.push({ exit: node, link: { start: buffer.length, end: 0, url } });
        }
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      }
    }
    flush();
  }
  return blocks;
}

/**
 * The blocks of one buffer: a blank line inside it comes from `<br><br>`, and each run is its
 * own block of the same kind. A link goes to the run it starts in.
 */
function cutBlocks(
  buffer: string,
  links: readonly PendingLink[],
  kind: Omit<Block, 'text'>,
): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  for (const sep of [...buffer.matchAll(/\n[ \t]*\n/gu), null]) {
    const to = sep === null ? buffer.length : sep.index;
    const text = collapse(buffer.slice(from, to));
    if (text !== '') {
      const inside = links
        .filter((l) => l.start >= from && l.start < to)
        .map((l) => ({ text: collapse(buffer.slice(l.start, Math.min(l.end, to))), url: l.url }))
        .filter((l) => l.text !== '');
      blocks.push({ ...kind, text, ...(inside.length > 0 ? { links: inside } : {}) });
    }
    if (sep !== null) from = sep.index + sep[0].length;
  }
  return blocks;
}

/** The kind of text inside `open` block elements: the innermost heading, list item or quote. */
function kindOf(open: readonly Element[]): Omit<Block, 'text'> {
  for (let i = open.length - 1; i >= 0; i--) {
    const tag = (open[i] as Element).tagName;
    const level = HEADINGS[tag];
    if (level !== undefined) return { kind: 'heading', level };
    if (tag === 'li') {
      const lists = open.slice(0, i).filter((el) => LISTS.has(el.tagName));
      const list = lists[lists.length - 1];
      return {
        kind: 'list-item',
        level: Math.max(1, lists.length),
        ordered: list?.tagName === 'ol',
      };
    }
    if (tag === 'blockquote') return { kind: 'quote' };
  }
  return { kind: 'paragraph' };
}

/** The link's absolute http(s) URL, or null (fragment, `javascript:`, relative without base). */
function linkUrl(href: string | undefined, base: string | null): string | null {
  if (href === undefined || href.trim() === '' || href.trim().startsWith('#')) return null;
  try {
    return webUrl(base === null ? new URL(href).href : new URL(href, base).href);
  } catch {
    return null;
  }
}
