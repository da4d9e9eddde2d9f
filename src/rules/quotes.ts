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

/** All outermost quotations of the text, in order. */
export function findQuotations(text: string): Quotation[] {
  return paragraphsOf(text).flatMap((para) => quotationsOfParagraph(text, para));
}
