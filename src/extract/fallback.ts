import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, Removal, Warning } from '../types.js';
import { pruneContent, serialiseBlocks, type SerialiseOptions } from './blocks.js';
import { descendants, isElement, linkDensity, textLength } from './dom.js';
import { findMainContent } from './score.js';

/**
 * "Never empty on a real article": the chain that finds the article's elements and reads them.
 * 1. the scored content (`findMainContent`); when it holds little prose, a second vote that
 *    counts sentence-long links as text (digests, changelogs) wins if it finds more text, as
 *    readability retries `_grabArticle` with its flags off;
 * 2. when the chosen content serialises to nothing, the largest text container, with a warning;
 * 3. then the whole body (page furniture is already stripped), with a warning.
 * `EMPTY` is left for pages that really hold no text.
 */

/** Below this much non-link text, the first vote is checked against the second. */
const MIN_PROSE_CHARS = 250;

export function scoredContent($: CheerioAPI, body: Element): Element[] {
  const first = findMainContent($, body);
  if (proseChars($, first) >= MIN_PROSE_CHARS) return first;
  const second = findMainContent($, body, { describedLinks: true });
  // Another block with more text, not a wider wrapper of the first (the body always has more).
  const wider = first.some((el) => second.some((s) => s !== el && contains(s, el)));
  return !wider && textOf(second) > textOf(first) ? second : first;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let n = el.parent; n !== null; n = n.parent) if (n === ancestor) return true;
  return false;
}

const proseChars = ($: CheerioAPI, roots: readonly Element[]): number =>
  roots.reduce((n, r) => n + textLength(r) * (1 - linkDensity($, r)), 0);
const textOf = (roots: readonly Element[]): number => roots.reduce((n, r) => n + textLength(r), 0);

export interface ReadContent {
  /** Text blocks in document order (see `serialiseBlocks`). */
  blocks: Block[];
  removed: Removal[];
  /** Set when a fallback step supplied the text. */
  warning: Warning | null;
}

/**
 * Prunes and serialises `roots`; when they read as nothing, puts the pruned boxes back and reads
 * the largest text container, then the body (both unpruned: what is left is all there is).
 */
export function readContent(
  $: CheerioAPI,
  body: Element,
  roots: readonly Element[],
  options: SerialiseOptions = { baseUrl: null },
): ReadContent {
  const pruned = pruneContent($, roots);
  const blocks = serialiseBlocks($, roots, options);
  if (blocks.length > 0) return { blocks, removed: pruned.removed, warning: null };
  pruned.restore();
  const largest = largestTextContainer(body);
  const inLargest = largest === null ? [] : serialiseBlocks($, [largest], options);
  if (inLargest.length > 0)
    return {
      blocks: inLargest,
      removed: [],
      warning: fallbackWarning('the largest text container'),
    };
  const all = serialiseBlocks($, [body], options);
  const warning = all.length > 0 ? fallbackWarning('the page minus its furniture') : null;
  return { blocks: all, removed: [], warning };
}

function fallbackWarning(what: string): Warning {
  return {
    code: 'CONTENT_FALLBACK',
    message: `no scored article block held text: ${what} was read instead`,
  };
}

/** Blocks whose text counts for the container holding them (and the one above it). */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(
  'p li h1 h2 h3 h4 h5 h6 blockquote pre dd dt td'.split(' '),
);

/**
 * The element whose own text blocks (and text runs) hold the most characters, crediting each
 * block to its parent and grandparent: a list's items reach the post holding the list.
 */
function largestTextContainer(body: Element): Element | null {
  const credit = new Map<Element, number>();
  const add = (el: AnyNode | null, chars: number): void => {
    if (el !== null && isElement(el)) credit.set(el, (credit.get(el) ?? 0) + chars);
  };
  for (const el of descendants(body)) {
    if (!TEXT_BLOCKS.has(el.tagName)) continue;
    const chars = textLength(el);
    add(el.parent, chars);
    add(el.parent?.parent ?? null, chars);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [el, chars] of credit) if (chars > most && el !== body) [best, most] = [el, chars];
  return best;
}
