/**
 * Direct quotations: « … » (with “ ” nested inside), “ … ” and paired straight quotes " … ",
 * found paragraph by paragraph. Only outermost quotations count.
 */
import { paragraphsOf, trimSegment, type Segment } from './text.js';

/** One quotation: the marks included (`outer`) and the quoted words (`inner`, trimmed). */
export interface Quotation {
  outer: { start: number; end: number };
  inner: Segment;
  /** Paragraph the quotation sits in. */
  paragraph: Segment;
}

/** Spaces French typography puts inside guillemets, including the narrow no-break space. */
const INNER_SPACE = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/gu;

/**
 * The closing mark of every opening mark of the paragraph (absent: never closed), in one pass:
 * « … » and “ … ” nest (a term quoted inside a quotation), each kind on its own stack; a
 * straight quote closes at the next one. Searching the closer from each opener instead read a
 * long paragraph once per opener left unclosed, quadratic when closing marks were lost.
 */
function closersOf(text: string, para: Segment): Map<number, number> {
  const closers = new Map<number, number>();
  const open: Record<string, number[]> = { '«': [], '“': [] };
  let straight = -1;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i] ?? '';
    if (ch === '«' || ch === '“') open[ch]?.push(i);
    else if (ch === '»' || ch === '”') {
      const opener = open[ch === '»' ? '«' : '“']?.pop();
      if (opener !== undefined) closers.set(opener, i);
    } else if (ch === '"') {
      if (straight >= 0) closers.set(straight, i);
      straight = i;
    }
  }
  return closers;
}

function quotationsOfParagraph(text: string, para: Segment): Quotation[] {
  const out: Quotation[] = [];
  const closers = closersOf(text, para);
  let i = para.start;
  while (i < para.end) {
    const close = closers.get(i) ?? -1;
    if (close < 0) {
      i++;
      continue;
    }
    const raw = text.slice(i + 1, close);
    const lead = raw.length - raw.replace(/^[\s\u00a0\u202f]+/u, '').length;
    // '"Nous reviendrons," dit-il': the comma inside straight quotes is the incise's, not said.
    const body = raw.replace(INNER_SPACE, '').replace(/[\s\u00a0\u202f]*,$/u, '');
    const inner = trimSegment({ start: i + 1 + lead, end: i + 1 + lead + body.length, text: body });
    if (inner.text.length > 0)
      out.push({ outer: { start: i, end: close + 1 }, inner, paragraph: para });
    i = close + 1;
  }
  return out;
}

/** The quotation between two marks, from the opening one at `open` to the closing one at `close`. */
function quotation(text: string, open: number, close: number, para: Segment): Quotation | null {
  const raw = text.slice(open + 1, close);
  const lead = raw.length - raw.replace(/^[\s\u00a0\u202f]+/u, '').length;
  const body = raw.replace(INNER_SPACE, '');
  const inner = trimSegment({
    start: open + 1 + lead,
    end: open + 1 + lead + body.length,
    text: body,
  });
  return inner.text.length > 0
    ? { outer: { start: open, end: close + 1 }, inner, paragraph: para }
    : null;
}

/** The last « or “ of a paragraph left open at its end, if any. */
function openAtEnd(text: string, para: Segment): number | null {
  const closers = closersOf(text, para);
  for (let i = para.end - 1; i >= para.start; i--) {
    const ch = text[i] ?? '';
    if ((ch === '«' || ch === '“') && !closers.has(i)) return i;
  }
  return null;
}

/**
 * Where a quotation left open by the previous paragraph closes in this one: its first closing
 * mark of the same kind with no opening mark before it, or the closing mark of a quotation that
 * reopens at the paragraph's start (French typography repeats « on each paragraph of a long
 * quotation).
 */
function closeOfContinued(text: string, para: Segment, opener: string): number | null {
  const closer = opener === '«' ? '»' : '”';
  if (text[para.start] === opener) return closersOf(text, para).get(para.start) ?? null;
  let depth = 0;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch === opener) depth++;
    else if (ch === closer && depth-- === 0) return i;
  }
  return null;
}

/**
 * All outermost quotations of the text, in order. A quotation opened at the end of a paragraph
 * and closed in the next one is one quotation over both (issue 11: a long statement is one claim,
 * and its speaker is often named after the closing mark only).
 */
export function findQuotations(text: string): Quotation[] {
  const paragraphs = paragraphsOf(text);
  const out: Quotation[] = [];
  let consumedTo = -1;
  paragraphs.forEach((para, i) => {
    const own = quotationsOfParagraph(text, para).filter((q) => q.outer.start >= consumedTo);
    out.push(...own);
    const open = openAtEnd(text, para);
    const next = paragraphs[i + 1];
    if (open === null || next === undefined) return;
    const close = closeOfContinued(text, next, text[open] ?? '');
    const crossing = close === null ? null : quotation(text, open, close, next);
    if (crossing === null) return;
    out.push(crossing);
    consumedTo = crossing.outer.end;
  });
  return out;
}
