import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import {
  BLOCK_TAGS,
  classAndId,
  collapse,
  descendants,
  findIn,
  findTags,
  isElement,
  linkDensity,
  rawText,
  textOf,
} from './dom.js';
import { contentLinkDensity } from './density.js';

/**
 * Main-content scoring, after mozilla/readability's `_grabArticle`: every paragraph-like block
 * scores 1 + its commas + one point per 100 characters (max 3); the score flows to the parent in
 * full, the grandparent in half and further ancestors in thirds. Containers start from a tag base
 * and a class/id weight, and end scaled by (1 − link density). The best container wins, with
 * siblings that score close to it or read as prose.
 */

/** Class/id weights. French CMS names (texte, corps, chapo, contenu) join readability's lists. */
const WEIGHTS = {
  // readability POSITIVE + French press (Le Monde `article__content`, SPIP `texte`, `chapo`).
  positive:
    /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|texte|corps|chapo|contenu|redac|paragraph|prose/u,
  // readability NEGATIVE + French (`pub`, `commentaire`, `reaction`, `partage`, `lire-aussi`).
  negative:
    /-ad-|\bad\b|hidden|banner|combx|comment|contact|footer|gdpr|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|\bpub\b|publicite|reaction|partage|lire-aussi|newsletter|teaser|caption|legende|credit|byline|author|breadcrumb|menu|nav/u,
} as const;

/** Tag base scores (readability `_initializeNode`). */
const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  section: 3,
  main: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Blocks shorter than this carry no signal (readability: 25). */
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;
/** Text points (not class weight) a sibling of the winner needs to join it. */
const MIN_SIBLING_TEXT_SCORE = 3;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/**
 * A list item holding none of these is one paragraph of text: digests, changelogs and release
 * notes are mostly list items, and a body of lists must count as text. Its inner div/span wrappers
 * are then not scored again (their text is the item's).
 */
const ITEM_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'blockquote',
  'pre',
]);
/** How far up a wrapper looks for the list item that already scored its text. */
const ITEM_WRAPPER_LEVELS = 3;
const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'td',
  'blockquote',
  'span',
  'font',
  'center',
  'body',
]);

/** Live-blog tokens (`live-match-comment`, `liveblog-entry`): live commentary is the article. */
const LIVE_TOKEN = /\S*live\S*/gu;

export function classWeight(el: Element): number {
  const names = classAndId(el).replace(LIVE_TOKEN, ' ');
  let weight = 0;
  if (WEIGHTS.positive.test(names)) weight += 25;
  if (WEIGHTS.negative.test(names)) weight -= 25;
  return weight;
}

/** Text of the element's own inline content (text nodes and inline children), collapsed. */
function inlineText(el: Element): string {
  let text = '';
  for (const child of el.children) {
    if (child.type === 'text') text += (child as unknown as { data: string }).data;
    else if (isElement(child) && !BLOCK_TAGS.has(child.tagName) && child.tagName !== 'br')
      text += rawText(child);
    else text += ' ';
  }
  return collapse(text);
}

function paragraphScore(text: string): number {
  const commas = (text.match(/[,，、]/gu) ?? []).length;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * Scores every container; returns the map of candidate scores (before link density) and the
 * share of each score earned by text alone (without the tag base and class weight).
 */
function scoreCandidates(
  $: CheerioAPI,
  root: Element,
): { scores: Map<Element, number>; earned: Map<Element, number> } {
  const scores = new Map<Element, number>();
  const earned = new Map<Element, number>();
  const add = (el: Element, points: number): void => {
    if (!scores.has(el)) scores.set(el, (TAG_BASE[el.tagName] ?? 0) + classWeight(el));
    scores.set(el, (scores.get(el) ?? 0) + points);
    earned.set(el, (earned.get(el) ?? 0) + points);
  };
  const all = descendants(root);
  const blocky = holdersOf(all, ITEM_BLOCKS);
  const items = new Set<Element>();
  for (const el of all) {
    const isItem = el.tagName === 'li' && !blocky.has(el);
    if (isItem) items.add(el);
    const isParagraph = isItem || PARAGRAPH_TAGS.has(el.tagName);
    if (!isParagraph && !CONTAINER_TAGS.has(el.tagName)) continue;
    if (!isParagraph && insideItem(el, items)) continue;
    const text = isParagraph ? textOf($, el) : inlineText(el);
    if (text.length < MIN_PARAGRAPH) continue;
    const points = paragraphScore(text);
    // A div with its own text (br-separated runs) is both the paragraph and its container.
    let node: AnyNode | null = isParagraph ? el.parent : el;
    for (let level = 0; node !== null && isElement(node) && level < ANCESTOR_LEVELS; level++) {
      add(node, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
      if (node === root) break;
      node = node.parent;
    }
  }
  return { scores, earned };
}

/** Elements (of `all`, in document order) with a descendant named in `tags`: one reverse pass. */
function holdersOf(all: readonly Element[], tags: ReadonlySet<string>): Set<Element> {
  const holders = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as Element;
    if ((tags.has(el.tagName) || holders.has(el)) && el.parent !== null && isElement(el.parent))
      holders.add(el.parent);
  }
  return holders;
}

function insideItem(el: Element, items: ReadonlySet<Element>): boolean {
  let node = el.parent;
  for (let level = 0; node !== null && level < ITEM_WRAPPER_LEVELS; level++, node = node.parent)
    if (isElement(node) && items.has(node)) return true;
  return false;
}

/** Options of `findMainContent`. */
export interface MainContentOptions {
  /**
   * Count sentence-long anchors as text, not links (see `contentLinkDensity`): the second vote,
   * for pages whose first vote found little prose (digests, release notes). Default false.
   */
  describedLinks?: boolean;
}

/**
 * The elements holding the article, in document order: the best-scoring container and its
 * qualifying siblings. Falls back to `root` when nothing scores.
 */
export function findMainContent(
  $: CheerioAPI,
  root: Element,
  options: MainContentOptions = {},
): Element[] {
  const { scores, earned } = scoreCandidates($, root);
  const finals = new Map<Element, number>();
  const siblingScores = new Map<Element, number>();
  for (const [el, score] of scores) {
    const density = options.describedLinks === true ? contentLinkDensity(el) : linkDensity($, el);
    const final = score * (1 - density);
    finals.set(el, final);
    // A sibling must earn part of its score with text: see `withSiblings`.
    const textScore = (earned.get(el) ?? 0) * (1 - density);
    siblingScores.set(el, textScore >= MIN_SIBLING_TEXT_SCORE ? final : -Infinity);
  }
  // The winner too must have earned its score with text when any candidate did: a byline box
  // named `post-info` outscores a link-heavy digest on its class name alone.
  const earners = [...siblingScores].filter(([, s]) => s > -Infinity);
  let top: Element | null = null;
  let best = -Infinity;
  for (const [el, final] of earners.length > 0 ? earners : finals)
    if (final > best) [top, best] = [el, final];
  if (top === null) return [root];
  top = promoteSharedAncestor(finals, top, best, root);
  return withSiblings($, top, best, siblingScores);
}

/**
 * When the runners-up sit under one common ancestor of the winner, the article was split into
 * several sections (readability's "alternative candidates"): the ancestor is the article.
 */
function promoteSharedAncestor(
  finals: Map<Element, number>,
  top: Element,
  best: number,
  root: Element,
): Element {
  // A runner-up nested in the winner, or wrapping it, holds the same text (a `<font>` inside a
  // `<td>`, a wrapper div): only disjoint runners-up are other sections. One is enough: with
  // the winner they make two sections of one article (a forum's posts, a split body).
  const rivals = [...finals]
    .filter(([el, s]) => el !== top && s >= best * 0.75)
    .map(([el]) => el)
    .filter((el) => !isInside(el, top) && !isInside(top, el));
  if (rivals.length === 0) return top;
  // Never up to the root itself (readability stops below BODY): a shared ancestor that high is
  // the whole page, menus and all.
  for (let parent = top.parent; parent !== null && isElement(parent); parent = parent.parent) {
    if (parent === root) break;
    if (rivals.some((r) => isInside(r, parent))) return parent;
  }
  return top;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let node = el.parent; node !== null; node = node.parent) if (node === ancestor) return true;
  return false;
}

/**
 * Siblings scoring ≥ 20% of the winner, or prose paragraphs with few links, join it. Unlike
 * readability, a sibling must also earn `MIN_SIBLING_TEXT_SCORE` with its own text (about one
 * real paragraph): BEM wrappers such as `article__header` or `post__info` (kicker, byline,
 * date) pass the threshold on their class name alone.
 */
function withSiblings(
  $: CheerioAPI,
  top: Element,
  best: number,
  finals: Map<Element, number>,
): Element[] {
  const parent = top.parent;
  if (parent === null || !isElement(parent) || top.tagName === 'body') return [top];
  const threshold = Math.max(10, best * 0.2);
  const out: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    const bonus =
      classAndId(sibling) !== '' && classAndId(sibling) === classAndId(top) ? best * 0.2 : 0;
    if ((finals.get(sibling) ?? -Infinity) + bonus >= threshold || isProse($, sibling))
      out.push(sibling);
  }
  return out;
}

/**
 * Containers a paragraph of the article can come in: public broadcasters and page builders put
 * each paragraph, and the teaser, in a `div` of its own.
 */
const PROSE_BOXES: ReadonlySet<string> = new Set(['div', 'section']);
/** A prose box is one paragraph or a few: longer boxes must earn their place by score. */
const PROSE_BOX_MAX_CHARS = 1500;

function isProse($: CheerioAPI, el: Element): boolean {
  if (PROSE_BOXES.has(el.tagName)) return isProseBox($, el);
  if (el.tagName !== 'p') return false;
  const text = textOf($, el);
  const density = linkDensity($, el);
  if (text.length > 80) return density < 0.25;
  return text.length > 0 && density === 0 && /[.!?…»"]$/u.test(text);
}

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A div or section holding a paragraph of prose, not named as a box of page furniture. A box
 * with its own heading ("Aller plus loin", "Pour citer cet article") is a section of the page,
 * not a paragraph of the article: it must earn its place by score.
 */
function isProseBox($: CheerioAPI, el: Element): boolean {
  if (classWeight(el) < 0 || findTags(el, HEADINGS).length > 0) return false;
  const text = textOf($, el);
  if (text.length <= 80 || text.length > PROSE_BOX_MAX_CHARS) return false;
  return linkDensity($, el) < 0.25 && /[.!?…»"]$/u.test(text);
}

/**
 * French press standfirst (chapô), and its names elsewhere (perex, standfirst, lead): the
 * summary paragraph under the title, often set apart from the body container. It is kept when
 * it sits before the body inside the same article wrapper. A live blog's summary box ("Ce qu'il
 * faut savoir", "L'essentiel": `live-summary`, `live__summary`) plays the same role above the
 * feed of posts.
 */
const STANDFIRST =
  '[class*="chapo"], [class*="chapeau"], [class*="standfirst"], .article__desc, .field-perex, .perex, .article-lead, .lead, .lede, .intro, .article-intro, .td-post-sub-title, [itemprop~="description"], [class*="live-summary"], [class*="live__summary"]';
const STANDFIRST_MAX_DEPTH = 4;

export function findStandfirst($: CheerioAPI, roots: readonly Element[]): Element | null {
  const first = roots[0];
  if (first === undefined) return null;
  // Document positions, looked up in a map: `indexOf` per candidate was quadratic.
  const order = new Map(
    $('*')
      .toArray()
      .map((el, i) => [el, i] as const),
  );
  const start = order.get(first) ?? -1;
  let wrapper: AnyNode | null = first.parent;
  for (
    let depth = 0;
    wrapper !== null && isElement(wrapper) && depth < STANDFIRST_MAX_DEPTH;
    depth++
  ) {
    const hit = findIn($, wrapper, STANDFIRST).find(
      (el) =>
        (order.get(el) ?? -1) < start && !roots.some((r) => isInside(el, r) || isInside(r, el)),
    );
    if (hit !== undefined && textOf($, hit).length >= 60 && linkDensity($, hit) < 0.5) return hit;
    if (wrapper.tagName === 'body') break;
    wrapper = wrapper.parent;
  }
  return null;
}
