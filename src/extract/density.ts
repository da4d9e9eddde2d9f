import type { AnyNode } from 'domhandler';
import { findTags, rawText, textLength } from './dom.js';

/**
 * Link density as the content vote should read it. A menu, a tag cloud or a "most read" box is
 * made of short anchors; a weekly digest, a changelog or a list of sources is made of DESCRIBED
 * links: a whole sentence in the anchor ("Fixed a race in the retention job that could delete…").
 * Those are the text of such pages, so they do not count as link text here; with plain link
 * density a list-heavy post scores zero and loses to its own footer.
 */

/** An anchor of at least this many words reads as a sentence, not as a menu or headline entry. */
const DESCRIBED_LINK_WORDS = 10;

const LINK: ReadonlySet<string> = new Set(['a']);

/** Share of `el`'s text in short (undescribed) links; 0 for an empty element. */
export function contentLinkDensity(el: AnyNode): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let links = 0;
  for (const a of findTags(el, LINK)) {
    if (wordCount(rawText(a)) < DESCRIBED_LINK_WORDS) links += textLength(a);
  }
  return Math.min(1, links / total);
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
