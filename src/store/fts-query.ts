/**
 * User text → an FTS5 MATCH expression that cannot fail. Every whitespace-separated word becomes
 * a quoted FTS5 string (inner `"` doubled), so `"`, `*`, `(`, `:`, `^`, `-`, `NEAR`, `AND`, `OR`
 * and `NOT` are searched as words, never read as syntax; the words must all match (AND). A word
 * the tokenizer would reduce to nothing (`*`, `«`) is dropped. `raw` hands the text to FTS5 as
 * written, for users who want its operators (`"chaîne d'approvisionnement" NEAR/5 Pékin`).
 *
 * Filters restrict one column to a phrase: `{claimant} : "apple inc"` matches `Apple Inc.` and
 * `apple, inc`, but not `Apple` alone.
 */

/** A word holds a letter, a digit, or a character unicode61 keeps in tokens (private use). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** One quoted FTS5 string: the tokenizer splits it into a phrase; syntax inside is inert. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The user's words as an AND of quoted strings; '' when no word is left. */
export function ftsWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => TOKEN_CHAR.test(word))
    .map(ftsString)
    .join(' ');
}

/** Search words, raw or quoted, and column filters (column → phrase) joined into one MATCH. */
export interface FtsQueryParts {
  /** The user's query; '' for none. */
  text: string;
  /** Pass `text` to FTS5 unquoted. Default false. */
  raw?: boolean;
  /** Column → phrase that column must contain. */
  columns?: Record<string, string | undefined>;
}

/** The MATCH expression, or null when there is nothing to search for. */
export function ftsQuery(parts: FtsQueryParts): string | null {
  const terms: string[] = [];
  const words = parts.raw === true ? parts.text.trim() : ftsWords(parts.text);
  if (words !== '') terms.push(`(${words})`);
  for (const [column, phrase] of Object.entries(parts.columns ?? {})) {
    // A filter of no words is kept: it matches nothing, rather than everything.
    if (phrase === undefined) continue;
    terms.push(`{${column}} : ${ftsString(phrase)}`);
  }
  return terms.length === 0 ? null : terms.join(' AND ');
}
