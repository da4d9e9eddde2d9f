import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import {
  collapse,
  descendants,
  findTags,
  isAttached,
  isElement,
  linkDensity,
  rawText,
  removal,
  textExceeds,
  textOf,
  tokensOf,
} from '../extract/dom.js';
import type { Removal, Warning } from '../types.js';
import {
  COMMENT_ACTION_LINK,
  COMMENT_HEADINGS,
  COMMENT_TOKEN_EXCEPTIONS,
  COMMENT_TOKEN_PARTS,
  COMMENT_TOKENS,
  SELECTOR_PATTERNS,
  APPEAL_BOX_MAX_CHARS,
  TEXT_PATTERN_MAX_CHARS,
  TEXT_PATTERNS,
  type HtmlKind,
  type SelectorPattern,
} from './patterns-html.js';

/**
 * Markup-level stripping, run BEFORE content scoring so that a long comment thread can never win
 * the "main content" vote. The steps run in this fixed order, each recording what it removed:
 * 1. invisible markup (script, style, svg…), not recorded: it has no visible text;
 * 2. comment containers from the pattern table, then generic comment tokens, then thread
 *    headings, then unmarked threads found by their per-comment action links (skipped when the
 *    page itself is a forum discussion: its posts are the content);
 * 3. boilerplate and paywall containers from the pattern table, then the page header;
 * 4. short boilerplate blocks by text (paywall teasers, "Lire aussi", share prompts).
 */

export interface StripHtmlOptions {
  /** The page's main item is a forum discussion: Comment items are the content. Default false. */
  forum?: boolean;
}

export interface StrippedHtml {
  removed: Removal[];
  warnings: Warning[];
}

const INVISIBLE = tagSet('script style noscript template svg iframe canvas object embed link meta');
/** A guarded rule spares an element holding more than this share of the page text. */
const GUARD_SHARE = 0.5;
/** `[itemprop~="articleBody"], [itemprop~="articlebody"]`, tested without a selector engine. */
function isArticleBody(el: Element): boolean {
  const tokens = (el.attribs['itemprop'] ?? '').split(/\s+/u);
  return tokens.includes('articleBody') || tokens.includes('articlebody');
}

/** The element is, or holds, the declared article body. */
function holdsArticleBody(el: Element): boolean {
  return isArticleBody(el) || descendants(el).some(isArticleBody);
}

const H1: ReadonlySet<string> = new Set(['h1']);
/** Elements that may carry a comment's action ("Répondre", "Signaler"). */
const ACTION_TAGS: ReadonlySet<string> = new Set(['a', 'button']);

function tagSet(names: string): ReadonlySet<string> {
  return new Set(names.split(' '));
}

/**
 * The page's elements with one of `tags`, in document order: what `$('p, div, …')` selects, in
 * one walk and with no selector for css-select to compile at every start (issue 9).
 */
function tagsIn($: CheerioAPI, tags: ReadonlySet<string>): Element[] {
  const root = $.root().get(0);
  return root === undefined ? [] : findTags(root, tags);
}
const LINK: ReadonlySet<string> = new Set(['a']);
const PARAGRAPH: ReadonlySet<string> = new Set(['p']);

export function stripHtml($: CheerioAPI, options: StripHtmlOptions = {}): StrippedHtml {
  $(tagsIn($, INVISIBLE)).remove();
  $(htmlComments($.root().get(0))).remove();
  const ctx: Ctx = {
    $,
    removed: [],
    kinds: new Set(),
    pageChars: collapse(rawText($('body').toArray())).length,
  };
  const patterns = SELECTOR_PATTERNS.filter(
    (p) => !(options.forum === true && p.kind === 'comments'),
  );
  // One walk over the document for the whole table, then each rule's matches picked among its
  // few candidates by the selector itself. The
  // selectors only test attributes, tags and ancestors, which the removals below never change
  // for an element still attached: the matches are those of a query run just before the rule.
  const candidates = prefilter($.root().get(0), patterns);
  const matches = (pattern: SelectorPattern): Element[] => {
    // A rule whose keys no candidate bears matches nothing: its selector is then not even
    // compiled (css-select compiles each list afresh, milliseconds at every start; issue 9).
    const keys = selectorKeys([pattern.selector]);
    const own = keys === null ? candidates : candidates.filter((el) => mayMatch(keys, el));
    return own.length === 0 ? [] : $(own).filter(pattern.selector).toArray().filter(isElement);
  };
  const comments = patterns
    .filter((p) => p.kind === 'comments')
    .map((p) => [p, matches(p)] as const);
  const others = patterns.filter((p) => p.kind !== 'comments').map((p) => [p, matches(p)] as const);
  for (const [pattern, els] of comments) applySelector(ctx, pattern, els);
  if (options.forum !== true) {
    stripCommentTokens(ctx);
    stripCommentHeadings(ctx);
    stripActionThreads(ctx);
  }
  for (const [pattern, els] of others) applySelector(ctx, pattern, els);
  stripPageHeader(ctx);
  stripTextBlocks(ctx);
  const warnings: Warning[] = [];
  if (ctx.kinds.has('paywall')) {
    warnings.push({
      code: 'PAYWALL',
      message: 'a paywall teaser was found: the article text may be truncated',
    });
  }
  return { removed: ctx.removed, warnings };
}

interface Ctx {
  $: CheerioAPI;
  removed: Removal[];
  kinds: Set<HtmlKind>;
  pageChars: number;
}

/** Removes `el` and records it; returns false (and keeps it) when a guard protects it. */
function drop(
  ctx: Ctx,
  el: Element,
  rule: { id: string; reason: string; kind: HtmlKind },
  guarded: boolean,
): boolean {
  const { $ } = ctx;
  if (el.tagName === 'body' || el.tagName === 'html' || el.parent === null) return false;
  if (holdsArticleBody(el)) return false;
  const text = textOf($, el);
  if (guarded && (findTags(el, H1).length > 0 || text.length > ctx.pageChars * GUARD_SHARE))
    return false;
  $(el).remove();
  ctx.kinds.add(rule.kind);
  if (text.length > 0) ctx.removed.push(removal(rule.id, rule.reason, text));
  return true;
}

/** An attribute test, lower-cased: `[name]` (op ''), `[name="v"]`, `[name^="v"]`… */
interface AttrKey {
  name: string;
  op: string;
  value: string;
}

/** What an element must have to match one selector of a list: its rightmost tag, id, class or attribute. */
interface Keys {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
  attrs: AttrKey[];
}

const ATTRIBUTE = /\[\s*([\w:-]+)\s*(?:([~|^$*]?=)\s*"([^"\\]*)"\s*(?:[is]\s*)?)?\]/gu;

/**
 * The keys of a selector list, lower-cased, or null when one selector has no such key (the
 * prefilter is then off). Attribute tests become `[N]` first: `[class*=" dsq-"]` holds a space.
 */
function selectorKeys(selectors: readonly string[]): Keys | null {
  const keys: Keys = { tags: new Set(), ids: new Set(), classes: new Set(), attrs: [] };
  for (const list of selectors) {
    const attrs: AttrKey[] = [];
    const bare = list.replace(ATTRIBUTE, (_, name: string, op?: string, value?: string) => {
      attrs.push({ name: name.toLowerCase(), op: op ?? '', value: (value ?? '').toLowerCase() });
      return `[${attrs.length - 1}]`;
    });
    if (/["'\\():]/u.test(bare)) return null;
    for (const selector of bare.split(',')) {
      const compound =
        selector
          .trim()
          .split(/\s*>\s*|\s+/u)
          .pop() ?? '';
      const parts = /^([a-z][\w-]*)?((?:[#.][\w-]+|\[\d+\])*)$/iu.exec(compound);
      if (parts === null || compound === '') return null;
      const [, tag, rest = ''] = parts;
      const key = /^([#.])([\w-]+)|^\[(\d+)\]/u.exec(rest);
      const attr = attrs[Number(key?.[3])];
      // The tag last: `p.author` keyed by `p` would make every paragraph a candidate.
      if (key?.[1] === '#') keys.ids.add((key[2] ?? '').toLowerCase());
      else if (key?.[1] === '.') keys.classes.add((key[2] ?? '').toLowerCase());
      else if (attr !== undefined) keys.attrs.push(attr);
      else if (tag !== undefined) keys.tags.add(tag.toLowerCase());
      else return null;
    }
  }
  return keys;
}

/** Whether a lower-cased attribute value may pass the test (case-insensitively: a superset). */
function mayPass(key: AttrKey, value: string): boolean {
  switch (key.op) {
    case '':
      return true;
    case '=':
      return value === key.value;
    case '^=':
      return value.startsWith(key.value);
    case '$=':
      return value.endsWith(key.value);
    case '|=':
      return value === key.value || value.startsWith(`${key.value}-`);
    default:
      // `*=`, `~=`: a token is a substring.
      return value.includes(key.value);
  }
}

/**
 * Elements that may match one of the patterns (a superset, in document order): those bearing a
 * selector's rightmost key. Every element when the keys cannot be read.
 */
function prefilter(root: AnyNode | undefined, patterns: readonly SelectorPattern[]): Element[] {
  const keys = selectorKeys(patterns.map((p) => p.selector));
  return root === undefined ? [] : descendants(root).filter((el) => mayMatch(keys, el));
}

/** Whether `el` bears one of the keys (then it may match); always true without keys. */
function mayMatch(keys: Keys | null, el: Element): boolean {
  if (keys === null || keys.tags.has(el.tagName.toLowerCase())) return true;
  for (const name of Object.keys(el.attribs)) {
    const lower = name.toLowerCase();
    const value = (el.attribs[name] ?? '').toLowerCase();
    if (lower === 'id' && keys.ids.has(value)) return true;
    if (lower === 'class') {
      for (const token of value.split(/\s+/u)) if (keys.classes.has(token)) return true;
    }
    for (const key of keys.attrs) if (key.name === lower && mayPass(key, value)) return true;
  }
  return false;
}

/** Comment nodes inside elements (not those around `<html>`), element by element. */
function htmlComments(root: AnyNode | undefined): AnyNode[] {
  if (root === undefined) return [];
  return descendants(root).flatMap((el) => el.children.filter((c) => c.type === 'comment'));
}

function applySelector(ctx: Ctx, pattern: SelectorPattern, els: readonly Element[]): void {
  for (const el of els) {
    // Already detached with an ancestor removed by this or an earlier rule.
    if (!isAttached(el)) continue;
    drop(ctx, el, pattern, pattern.guarded === true);
  }
}

const TOKEN_RULE = {
  id: 'comment-token',
  reason: 'Container whose class or id names a comment section',
  kind: 'comments' as const,
};

function isCommentToken(token: string): boolean {
  if (COMMENT_TOKENS.has(token)) return true;
  const parts = token.split(/[-_]+/u);
  if (parts.some((part) => COMMENT_TOKEN_EXCEPTIONS.has(part))) return false;
  return parts.some((part) => COMMENT_TOKEN_PARTS.has(part));
}

/** Generic `comments` / `commentaires` / `reactions` container tokens, guarded. */
function stripCommentTokens(ctx: Ctx): void {
  const { $ } = ctx;
  $('[class], [id]').each((_, el) => {
    if (!tokensOf(el).some(isCommentToken)) return;
    if (!isAttached(el)) return;
    // A heading's id is a table-of-contents anchor slugged from its own text (WordPress TOC
    // plugins, Hugo, Markdown): "Les commentaires des internautes" is a section title.
    if (HEADING_TAGS.has(el.tagName)) return;
    if ($(el).closest('[itemtype*="LiveBlogPosting"], .live, .liveblog').length > 0) return;
    drop(ctx, el, TOKEN_RULE, true);
  });
}

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Share of a container's element children that must carry an action link to be a thread. */
const ACTION_ITEM_SHARE = 0.6;
/** A paragraph this long before the thread shows an article precedes it (not a forum's posts). */
const PROSE_BEFORE_CHARS = 150;

/**
 * Whether a paragraph of article prose comes before `container` in the page: replies under an
 * article, not the posts of a forum page without schema.org markup (which are its content).
 */
function hasProseBefore(prose: ProseIndex, container: Element): boolean {
  const long = prose.firstLong();
  if (long === null) return false;
  const first = findTags(container, PARAGRAPH)[0];
  // No paragraph in the thread: the long one comes before it or after it, as the loop over the
  // page's paragraphs used to find; either way prose exists outside the thread.
  return first === undefined || long < (prose.order.get(first) ?? -1);
}

/**
 * The page's paragraphs in document order, and the position of the first long one still in the
 * page: computed once for all the threads (one pass over the page per thread was quadratic).
 */
interface ProseIndex {
  order: Map<Element, number>;
  firstLong: () => number | null;
}

function proseIndex(ctx: Ctx): ProseIndex {
  const { $ } = ctx;
  const paragraphs = tagsIn($, PARAGRAPH);
  const order = new Map(paragraphs.map((p, i) => [p, i] as const));
  let cached: number | null = null;
  const firstLong = (): number | null => {
    const current = cached === null ? undefined : paragraphs[cached];
    if (current !== undefined && isAttached(current)) return cached;
    const index = paragraphs.findIndex(
      (p) => isAttached(p) && textOf($, p).length >= PROSE_BEFORE_CHARS,
    );
    cached = index < 0 ? null : index;
    return cached;
  };
  return { order, firstLong };
}

/**
 * A thread with no class, id or heading to name it: a container most of whose children each
 * carry their own "Répondre"/"Signaler" link. Such threads can outweigh a short article in the
 * content vote, so they go here, before it. A container holding the page's h1 stays, and so does
 * one with no article prose before it (a forum page's own posts).
 */
function stripActionThreads(ctx: Ctx): void {
  const { $ } = ctx;
  /** Container → its children through which an action link is reached. */
  const itemsOf = new Map<Element, Set<Element>>();
  tagsIn($, ACTION_TAGS).forEach((link) => {
    if (!COMMENT_ACTION_LINK.test(textOf($, link))) return;
    let child: Element = link;
    for (let parent = link.parent; parent !== null && parent.type === 'tag';) {
      const items = itemsOf.get(parent) ?? new Set<Element>();
      items.add(child);
      itemsOf.set(parent, items);
      child = parent;
      parent = parent.parent;
    }
  });
  const threads = [...itemsOf].filter(([container, items]) => {
    if (items.size < 2) return false;
    const children = container.children.filter(
      (c): c is Element => isElement(c) && textOf($, c).length > 0,
    );
    return items.size >= ACTION_ITEM_SHARE * children.length;
  });
  const prose = proseIndex(ctx);
  for (const [container] of threads) {
    if (!isAttached(container) || findTags(container, H1).length > 0) continue;
    if (!hasProseBefore(prose, container)) continue;
    drop(
      ctx,
      container,
      {
        id: 'action-link-thread',
        reason: 'Unmarked reader thread: each item has its own reply or report link',
        kind: 'comments',
      },
      false,
    );
  }
}

/** A heading such as "12 commentaires" opens the thread: it goes with the containers after it. */
function stripCommentHeadings(ctx: Ctx): void {
  const { $ } = ctx;
  tagsIn($, HEADING_TAGS).forEach((heading) => {
    if (!isAttached(heading)) return;
    const text = textOf($, heading);
    if (text.length > 120) return;
    const lower = text.toLowerCase();
    const rule = COMMENT_HEADINGS.find((h) => h.regex.test(lower));
    if (rule === undefined) return;
    dropThread(ctx, heading, { id: rule.id, reason: rule.reason, kind: 'comments' });
  });
}

function headingLevel(el: Element): number {
  return /^h[1-6]$/u.test(el.tagName) ? Number(el.tagName.slice(1)) : 7;
}

/**
 * Removes the heading, then its following siblings up to the next heading of the same or higher
 * rank. When the heading is alone in its wrapper, the thread is the wrapper's next siblings.
 */
function dropThread(
  ctx: Ctx,
  heading: Element,
  rule: { id: string; reason: string; kind: HtmlKind },
): void {
  const { $ } = ctx;
  const level = headingLevel(heading);
  let anchor: Element = heading;
  while (anchor.parent !== null && anchor.parent.type === 'tag' && !hasElementSibling(anchor)) {
    if (['body', 'article', 'main'].includes(anchor.parent.name)) break;
    anchor = anchor.parent;
  }
  const thread = [anchor];
  for (let next = $(anchor).next(); next.length > 0; next = next.next()) {
    const el = next.get(0);
    if (el === undefined) break;
    const innerHeading = HEADING_TAGS.has(el.tagName) ? el : undefined;
    if (innerHeading !== undefined && headingLevel(innerHeading) <= level) break;
    thread.push(el);
  }
  const text = thread.map((el) => textOf($, el)).join(' ');
  if (thread.some(holdsArticleBody)) return;
  for (const el of thread) $(el).remove();
  ctx.kinds.add(rule.kind);
  ctx.removed.push(removal(rule.id, rule.reason, text));
}

/** Whether `el` has another element beside it; stops at the first (`.siblings()` lists all). */
function hasElementSibling(el: Element): boolean {
  return (el.parent?.children ?? []).some((c) => c !== el && isElement(c));
}

/** The site header (logo, menu, search) outside any article and without the article title. */
function stripPageHeader(ctx: Ctx): void {
  const { $ } = ctx;
  $('header, [role="banner"], #header, .site-header').each((_, el) => {
    if (!isAttached(el)) return;
    if ($(el).closest('article, main, [role="main"]').length > 0) return;
    const rule = { id: 'chrome-header', reason: 'Site header', kind: 'boilerplate' as const };
    drop(ctx, el, rule, true);
  });
}

const TEXT_BLOCKS = tagSet('p div li h2 h3 h4 h5 h6 span strong b em section dt dd aside');

/** Short blocks matching a text pattern; the outermost element with the same text goes. */
function stripTextBlocks(ctx: Ctx): void {
  const { $ } = ctx;
  tagsIn($, TEXT_BLOCKS).forEach((el) => {
    if (!isAttached(el)) return;
    // Most blocks are long: skip them without building their text (quadratic on nested divs).
    if (textExceeds(el, TEXT_PATTERN_MAX_CHARS)) return;
    const text = textOf($, el);
    if (text.length === 0 || text.length > TEXT_PATTERN_MAX_CHARS) return;
    const lower = text.toLowerCase();
    const rule = TEXT_PATTERNS.find((p) => p.regex.test(lower));
    if (rule === undefined) return;
    // "Lire aussi" prose without a link is a sentence, not a link box ("Lire aussi la tribune…").
    if (rule.id === 'read-also' && !isLinkLabel($, el, text)) return;
    let target: Element = el;
    while (
      target.parent?.type === 'tag' &&
      !textExceeds(target.parent, text.length) &&
      collapse(rawText(target.parent)) === text
    ) {
      target = target.parent;
    }
    if (rule.opensBox === true) target = appealBox(target, text);
    const linkBox =
      rule.id === 'read-also' && findTags(el, LINK).length === 0 ? $(target).next() : null;
    if (!drop(ctx, target, rule, true)) return;
    const box = linkBox?.get(0);
    if (box !== undefined && linkDensity($, box) > 0.5) drop(ctx, box, rule, true);
  });
}

/** Containers an appeal can open: a subscription or donation box. */
const BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside']);

/**
 * The box an appeal opens or closes (heading "Unterstützen Sie…", the pitch, then the button
 * "Jetzt spenden" or "Faire un don"): the largest small container whose text starts or ends
 * with the appeal. Boxes are short; the guard in
 * `drop` still spares one holding the article.
 */
function appealBox(el: Element, text: string): Element {
  let box = el;
  for (let parent = box.parent; parent !== null && isElement(parent); parent = parent.parent) {
    if (!BOX_TAGS.has(parent.tagName) || textExceeds(parent, APPEAL_BOX_MAX_CHARS)) break;
    const inner = collapse(rawText(parent));
    if (inner.length > APPEAL_BOX_MAX_CHARS) break;
    if (!inner.startsWith(text) && !inner.endsWith(text)) break;
    box = parent;
  }
  return box;
}

/** A "Lire aussi" block is boilerplate when it links away, or is a bare label before a link box. */
function isLinkLabel($: CheerioAPI, el: Element, text: string): boolean {
  if (findTags(el, LINK).length > 0 || $(el).closest('a').length > 0) return true;
  return text.length <= 40;
}
