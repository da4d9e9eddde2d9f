import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Removal } from '../types.js';
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

/** Walks the roots and returns their text blocks. */
export function serialiseBlocks($: CheerioAPI, roots: readonly Element[]): string[] {
  const blocks: string[] = [];
  let buffer = '';
  const flush = (): void => {
    // A blank line inside a buffer comes from `<br><br>`: each run is its own paragraph.
    for (const part of buffer.split(/\n[ \t]*\n/u)) {
      const text = collapse(part);
      if (text !== '') blocks.push(text);
    }
    buffer = '';
  };
  for (const root of roots) {
    // Iterative walk: an entry is a node to enter, or `null` marking the end of a block element.
    const stack: (AnyNode | null)[] = [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node === null) flush();
      else if (node.type === 'text') {
        buffer += (node as unknown as { data: string }).data.replace(/\n/gu, ' ');
      } else if (isElement(node) && node.tagName === 'br') buffer += '\n';
      else if (isElement(node)) {
        if (BLOCK_TAGS.has(node.tagName)) {
          flush();
          stack.push(null);
        }
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      }
    }
    flush();
  }
  return blocks;
}
