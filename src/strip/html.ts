import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { collapse, isElement, linkDensity, removal, textOf, tokensOf } from '../extract/dom.js';
import type { Removal, Warning } from '../types.js';
import {
  COMMENT_HEADINGS,
  COMMENT_TOKEN_EXCEPTIONS,
  COMMENT_TOKEN_PARTS,
  COMMENT_TOKENS,
  SELECTOR_PATTERNS,
  TEXT_PATTERN_MAX_CHARS,
  TEXT_PATTERNS,
  type HtmlKind,
  type SelectorPattern,
} from './patterns-html.js';

/**
 * Markup-level stripping, run BEFORE content scoring so that a long comment thread can never win
 * the "main content" vote. The steps run in this fixed order, each recording what it removed:
 * 1. invisible markup (script, style, svg…), not recorded: it has no visible text;
 * 2. comment containers from the pattern table, then generic comment tokens, then thread headings
 *    (skipped when the page itself is a forum discussion: its posts are the content);
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

const INVISIBLE =
  'script, style, noscript, template, svg, iframe, canvas, object, embed, link, meta';
/** A guarded rule spares an element holding more than this share of the page text. */
const GUARD_SHARE = 0.5;
const ARTICLE_BODY = '[itemprop~="articleBody"], [itemprop~="articlebody"]';

export function stripHtml($: CheerioAPI, options: StripHtmlOptions = {}): StrippedHtml {
  $(INVISIBLE).remove();
  $('*')
    .contents()
    .filter((_, node) => node.type === 'comment')
    .remove();
  const ctx: Ctx = {
    $,
    removed: [],
    kinds: new Set(),
    pageChars: collapse($('body').text()).length,
  };
  const patterns = SELECTOR_PATTERNS.filter(
    (p) => !(options.forum === true && p.kind === 'comments'),
  );
  for (const pattern of patterns.filter((p) => p.kind === 'comments')) applySelector(ctx, pattern);
  if (options.forum !== true) {
    stripCommentTokens(ctx);
    stripCommentHeadings(ctx);
  }
  for (const pattern of patterns.filter((p) => p.kind !== 'comments')) applySelector(ctx, pattern);
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
  if ($(el).is(ARTICLE_BODY) || $(el).find(ARTICLE_BODY).length > 0) return false;
  const text = textOf($, el);
  if (guarded && ($(el).find('h1').length > 0 || text.length > ctx.pageChars * GUARD_SHARE))
    return false;
  $(el).remove();
  ctx.kinds.add(rule.kind);
  if (text.length > 0) ctx.removed.push(removal(rule.id, rule.reason, text));
  return true;
}

function applySelector(ctx: Ctx, pattern: SelectorPattern): void {
  for (const el of ctx.$(pattern.selector).toArray().filter(isElement)) {
    // Already detached with an ancestor removed by the same rule.
    if (ctx.$(el).closest('html').length === 0) continue;
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
    if ($(el).closest('html').length === 0) return;
    // A heading's id is a table-of-contents anchor slugged from its own text (WordPress TOC
    // plugins, Hugo, Markdown): "Les commentaires des internautes" is a section title.
    if ($(el).is(HEADINGS)) return;
    if ($(el).closest('[itemtype*="LiveBlogPosting"], .live, .liveblog').length > 0) return;
    drop(ctx, el, TOKEN_RULE, true);
  });
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A heading such as "12 commentaires" opens the thread: it goes with the containers after it. */
function stripCommentHeadings(ctx: Ctx): void {
  const { $ } = ctx;
  $(HEADINGS).each((_, heading) => {
    if ($(heading).closest('html').length === 0) return;
    const text = textOf($, heading);
    if (text.length > 120) return;
    const rule = COMMENT_HEADINGS.find((h) => h.regex.test(text));
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
  while (
    anchor.parent !== null &&
    anchor.parent.type === 'tag' &&
    $(anchor).siblings().length === 0
  ) {
    if (['body', 'article', 'main'].includes(anchor.parent.name)) break;
    anchor = anchor.parent;
  }
  const thread = [anchor];
  for (let next = $(anchor).next(); next.length > 0; next = next.next()) {
    const el = next.get(0);
    if (el === undefined) break;
    const innerHeading = $(el).is(HEADINGS) ? el : undefined;
    if (innerHeading !== undefined && headingLevel(innerHeading) <= level) break;
    thread.push(el);
  }
  const text = thread.map((el) => textOf($, el)).join(' ');
  if (thread.some((el) => $(el).is(ARTICLE_BODY) || $(el).find(ARTICLE_BODY).length > 0)) return;
  for (const el of thread) $(el).remove();
  ctx.kinds.add(rule.kind);
  ctx.removed.push(removal(rule.id, rule.reason, text));
}

/** The site header (logo, menu, search) outside any article and without the article title. */
function stripPageHeader(ctx: Ctx): void {
  const { $ } = ctx;
  $('header, [role="banner"], #header, .site-header').each((_, el) => {
    if ($(el).closest('html').length === 0) return;
    if ($(el).closest('article, main, [role="main"]').length > 0) return;
    const rule = { id: 'chrome-header', reason: 'Site header', kind: 'boilerplate' as const };
    drop(ctx, el, rule, true);
  });
}

const TEXT_BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, span, strong, b, em, section, dt, dd, aside';

/** Short blocks matching a text pattern; the outermost element with the same text goes. */
function stripTextBlocks(ctx: Ctx): void {
  const { $ } = ctx;
  $(TEXT_BLOCKS).each((_, el) => {
    if ($(el).closest('html').length === 0) return;
    const text = textOf($, el);
    if (text.length === 0 || text.length > TEXT_PATTERN_MAX_CHARS) return;
    const rule = TEXT_PATTERNS.find((p) => p.regex.test(text));
    if (rule === undefined) return;
    // "Lire aussi" prose without a link is a sentence, not a link box ("Lire aussi la tribune…").
    if (rule.id === 'read-also' && !isLinkLabel($, el, text)) return;
    let target: Element = el;
    while (target.parent?.type === 'tag' && collapse($(target.parent).text()) === text) {
      target = target.parent;
    }
    const linkBox =
      rule.id === 'read-also' && $(el).find('a').length === 0 ? $(target).next() : null;
    if (!drop(ctx, target, rule, true)) return;
    const box = linkBox?.get(0);
    if (box !== undefined && linkDensity($, box) > 0.5) drop(ctx, box, rule, true);
  });
}

/** A "Lire aussi" block is boilerplate when it links away, or is a bare label before a link box. */
function isLinkLabel($: CheerioAPI, el: Element, text: string): boolean {
  if ($(el).find('a').length > 0 || $(el).closest('a').length > 0) return true;
  return text.length <= 40;
}
