/**
 * The one duration syntax of every option (`--since 2w`, `--max-age 12h`): a number and a unit,
 * spaces allowed between them.
 */

/** Milliseconds per unit; `m` is minutes (months have no fixed length). */
const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

const DURATION = /^(\d+(?:\.\d+)?)\s*(s|min|m|h|d|w)$/i;

/** What the error messages show as examples. */
export const DURATION_EXAMPLES = '90s, 30m, 12h, 7d or 2w';

/** `90m` → 5,400,000; null when `text` is not a duration. */
export function readDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2]!.toLowerCase()]!;
}
