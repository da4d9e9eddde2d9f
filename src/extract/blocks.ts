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

const LINK: ReadonlySet<string> = new Set(['a']);
const PARAGRAPH: ReadonlySet<string> = new Set(['p']);

export function pruneContent($: CheerioAPI, roots: readonly Element[]): Removal[] {
  const removed: Removal[] = [];
  for (const root of roots) {
    $(findIn($, root, SKIP)).remove();
    const boxes = findIn($, root, PRUNABLE).reverse();
    for (const box of boxes) {
      if (!isAttached(box)) continue;
      const rule = pruneRule($, box);
      if (rule === null) continue;
      removed.push(removal(rule.id, rule.reason, textOf($, box)));
      $(box).remove();
    }
  }
  return removed;
}

function pruneRule($: CheerioAPI, box: Element): { id: string; reason: string } | null {
  const text = textOf($, box);
  if (text.length === 0) return null;
  const density = linkDensity($, box);
  const links = findTags(box, LINK).length;
  const limit = box.tagName === 'ul' || box.tagName === 'ol' ? LINK_LIST_DENSITY : LINK_BOX_DENSITY;
  if (density > limit && links >= 2 && text.length < 2000) {
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
