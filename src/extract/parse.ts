import type { CheerioAPI } from 'cheerio';
import { load as wrapDocument } from 'cheerio/slim';

/**
 * HTML parsing with a nesting bound. Both HTML parsers cheerio can use look for an end tag's
 * element by walking their stack of open elements (parse5 also checks scopes that way), so a
 * page nesting 100,000 elements takes minutes to parse, and every recursive walk of the tree
 * (domutils' `textContent`, cheerio's `.text()`) overflows the stack past a few thousand levels. Browsers bound the depth instead (Blink and WebKit: 512 levels;
 * deeper elements become siblings at the last level): we do the same on the markup before
 * parsing, so the tree never nests deeper than MAX_DEPTH tracked elements (plus one level of
 * siblings) and every text node is kept. Pages under the bound are parsed exactly as before.
 */

/**
 * Tracked elements nested deeper than this become siblings at this level. Browsers keep 512;
 * we keep less because some passes cost the depth times the page size. Real pages stay far
 * below: 24 at most over the 60 pages of the benchmark corpus, samples and fixtures.
 */
export const MAX_DEPTH = 128;

/**
 * Tags the scan leaves out of the depth: void elements (no end tag), elements whose end tag is
 * optional (the parser closes `<p>`, `<li>`, `<td>`… by itself, so counting them would
 * overestimate), and html/head/body (merged by the parser).
 */
const UNTRACKED: ReadonlySet<string> = new Set(
  (
    'area base br col embed hr img image input keygen link meta param source track wbr basefont bgsound frame ' +
    'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body'
  ).split(' '),
);

/**
 * Elements whose content is raw text up to their end tag: a `<div>` in a script is not a tag.
 * The ones htmlparser2 reads so; it parses `<noscript>`, `<iframe>`… content as markup.
 */
const RAW_TEXT: ReadonlySet<string> = new Set('script style textarea title xmp'.split(' '));

/** Foreign content, where `<tag/>` really closes the element (in HTML the slash is ignored). */
const FOREIGN: ReadonlySet<string> = new Set(['svg', 'math']);

/**
 * Comments, doctypes and processing instructions, then tags; a quote opens an attribute value
 * only after `=` (an unquoted value may hold an apostrophe).
 */
const TOKEN =
  /<!--[\s\S]*?(?:--!?>|$)|<[!?][^>]*(?:>|$)|<(\/?)([a-z][^\s/>]*)((?:[^>"'=]|=\s*"[^"]*"|=\s*'[^']*'|=)*)>/giu;

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** The tags of `html` in order, skipping comments and the content of raw-text elements. */
function* tagsOf(html: string): Generator<Tag> {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = re.exec(html); match !== null; match = re.exec(html)) {
    const [text, slash, rawName, attributes = ''] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    yield {
      start: match.index,
      end: match.index + text.length,
      name,
      closing,
      selfClosing: attributes.endsWith('/'),
    };
    if (!closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'giu');
      close.lastIndex = re.lastIndex;
      const end = close.exec(html);
      if (end === null) return;
      re.lastIndex = end.index;
    }
  }
}

/** How many tracked elements of `html` are open at most at once. */
export function nestingDepth(html: string): number {
  const stack = new OpenElements();
  let max = 0;
  for (const tag of tagsOf(html)) {
    if (UNTRACKED.has(tag.name)) continue;
    if (tag.closing) stack.close(tag.name);
    else if (!stack.isVoid(tag)) max = Math.max(max, stack.open(tag.name));
  }
  return max;
}

/**
 * `html` with tracked elements deeper than `maxDepth` made siblings at that level, as browsers
 * do: before such an element opens, the deep element still open is closed, and the end tags of
 * elements already closed that way are dropped. Text stays where it was in document order.
 */
export function flattenDeep(html: string, maxDepth: number = MAX_DEPTH): string {
  const stack = new OpenElements();
  const out: string[] = [];
  let from = 0;
  /** The element past the bound that is really open, if any (there is at most one). */
  let deepOpen: string | null = null;
  const emit = (tag: Tag, replacement: string): void => {
    out.push(html.slice(from, tag.start), replacement);
    from = tag.end;
  };
  for (const tag of tagsOf(html)) {
    if (UNTRACKED.has(tag.name)) continue;
    const markup = html.slice(tag.start, tag.end);
    if (!tag.closing) {
      if (stack.isVoid(tag)) continue;
      if (stack.open(tag.name) <= maxDepth) continue;
      emit(tag, deepOpen === null ? markup : `</${deepOpen}>${markup}`);
      deepOpen = tag.name;
      continue;
    }
    const index = stack.close(tag.name);
    if (index < 0 || index < maxDepth) {
      // Unknown, or closes a kept ancestor (and with it the deep element): the parser does it.
      if (index >= 0) deepOpen = null;
      continue;
    }
    emit(tag, deepOpen === null ? '' : `</${deepOpen}>`);
    deepOpen = null;
  }
  out.push(html.slice(from));
  return out.join('');
}

/** How far up the stack an end tag looks for its element; deeper ones are stray end tags. */
const END_TAG_REACH = 64;

/** The scan's stack of open tracked elements. */
class OpenElements {
  private readonly names: string[] = [];
  private foreign = 0;

  /** Pushes `name`; returns the new depth. */
  open(name: string): number {
    if (FOREIGN.has(name)) this.foreign++;
    return this.names.push(name);
  }

  /** Pops up to the nearest open `name`; returns its index, or -1 when none is open. */
  close(name: string): number {
    const stop = Math.max(0, this.names.length - END_TAG_REACH);
    for (let i = this.names.length - 1; i >= stop; i--) {
      if (this.names[i] !== name) continue;
      for (const popped of this.names.splice(i)) if (FOREIGN.has(popped)) this.foreign--;
      return i;
    }
    return -1;
  }

  /** `<x/>` closes itself only in SVG or MathML; in HTML the slash is ignored. */
  isVoid(tag: Tag): boolean {
    return tag.selfClosing && (this.foreign > 0 || FOREIGN.has(tag.name));
  }
}

/**
 * cheerio/slim's `load`: htmlparser2 onto domhandler nodes. Not cheerio's main entry, which
 * imports undici (~100–400 ms at start-up) for `fromURL`, which veille never uses; and not parse5,
 * the browsers' tree-building algorithm, which parsed the benchmark pages about 5× slower
 * (issue 9). Over the 61 pages of samples/ and the real-page corpus both gave the same articles,
 * metadata and warnings (`tsx bench/dump.ts` before/after); the one difference was a removal
 * preview, as htmlparser2 leaves a `<textarea>`'s entities encoded. htmlparser2 reads
 * `<noscript>` as markup (parse5 with scripting on reads it as text): stripHtml drops it anyway.
 */
function load(html: string): CheerioAPI {
  return wrapDocument(html);
}

/** Loads `html` into cheerio, flattened first when it nests deeper than `MAX_DEPTH`. */
export function parseHtml(html: string): { $: CheerioAPI; depth: number } {
  const depth = nestingDepth(html);
  return { $: load(depth > MAX_DEPTH ? flattenDeep(html) : html), depth };
}
