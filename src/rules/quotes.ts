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

/** Opening mark → closing mark. Straight quotes pair with themselves. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** Spaces French typography puts inside guillemets, including the narrow no-break space. */
const INNER_SPACE = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/gu;

function closingIndex(text: string, open: number, end: number): number {
  const opener = text[open] ?? '';
  const closer = PAIRS[opener] ?? '';
  let depth = 0;
  for (let i = open + 1; i < end; i++) {
    const ch = text[i];
    if (ch === closer && depth === 0) return i;
    // « … « … » … » and “ … “ … ” … ”: the same marks nest (a term quoted inside a quotation).
    if (opener !== '"' && ch === opener) depth++;
    else if (opener !== '"' && ch === closer) depth--;
  }
  return -1;
}

function quotationsOfParagraph(text: string, para: Segment): Quotation[] {
  const out: Quotation[] = [];
  let i = para.start;
  while (i < para.end) {
    const ch = text[i] ?? '';
    const close = ch in PAIRS ? closingIndex(text, i, para.end) : -1;
    if (close < 0) {
      i++;
      continue;
    }
    const raw = text.slice(i + 1, close);
    const lead = raw.length - raw.replace(/^[\s\u00a0\u202f]+/u, '').length;
    const body = raw.replace(INNER_SPACE, '');
    const inner = trimSegment({ start: i + 1 + lead, end: i + 1 + lead + body.length, text: body });
    if (inner.text.length > 0)
      out.push({ outer: { start: i, end: close + 1 }, inner, paragraph: para });
    i = close + 1;
  }
  return out;
}

/** All outermost quotations of the text, in order. */
export function findQuotations(text: string): Quotation[] {
  return paragraphsOf(text).flatMap((para) => quotationsOfParagraph(text, para));
}
