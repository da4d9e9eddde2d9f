/**
 * Warnings as counts on the one line a result gets on stderr (`· 2 unverified quotes ·
 * 3 possibly missed`); the details stay in the result (JSON) and are printed with --verbose.
 */
import type { Warning } from './types.js';

/**
 * How each warning code reads on a result's line. `one`/`many` are counted (`2 unverified
 * quotes`); a `flag` is said once however often it occurs (it is about the whole article);
 * `null` is never shown, because the run already said it once for every article. Codes not
 * listed are shown as their lower-cased code with a count.
 */
const WARNING_LABELS: Readonly<
  Record<string, { one: string; many: string } | { flag: string } | null>
> = {
  UNGROUNDED_QUOTE: { one: 'unverified quote', many: 'unverified quotes' },
  POSSIBLY_MISSED_CLAIM: { one: 'possibly missed', many: 'possibly missed' },
  CLAIMANT_NOT_IN_TEXT: { one: 'claimant not in text', many: 'claimants not in text' },
  ENTITY_NOT_IN_TEXT: { one: 'entity not in text', many: 'entities not in text' },
  ARTICLE_SPLIT: { flag: 'analysed in parts' },
  NOT_ENGLISH: { flag: 'not in English' },
  NOT_FRENCH: { flag: 'not French' },
  SHORT_ARTICLE: { flag: 'short' },
  PAYWALL: { flag: 'paywall' },
  JSONLD_BODY: { flag: 'text from JSON-LD' },
  // The rules engine never translates: said by the notice (or asked for with --engine rules).
  NOT_TRANSLATED: null,
};

/** `['3 unverified quotes', 'short']`, in the order the codes first occur. */
export function warningCounts(warnings: readonly Warning[]): string[] {
  const counts = new Map<string, number>();
  for (const { code } of warnings) counts.set(code, (counts.get(code) ?? 0) + 1);
  const parts: string[] = [];
  for (const [code, n] of counts) {
    const label = code in WARNING_LABELS ? WARNING_LABELS[code] : undefined;
    if (label === null) continue;
    if (label === undefined) parts.push(`${n} ${code.toLowerCase().replace(/_/g, ' ')}`);
    else if ('flag' in label) parts.push(label.flag);
    else parts.push(`${n} ${n === 1 ? label.one : label.many}`);
  }
  return parts;
}

/** `n thing` or `n things`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One result's line: `ok a.html · 9 claims · 2 unverified quotes`, parts joined by ` · `. */
export function resultLine(status: string, source: string, parts: readonly string[]): string {
  return [`${status} ${source}`, ...parts].join(' · ');
}
