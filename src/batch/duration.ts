import { InvalidArgumentError } from 'commander';
import { DURATION_EXAMPLES, readDuration } from '../util/duration.js';

/**
 * Parses `--max-age` with the duration syntax of `--since` (util/duration.ts); a bare number is
 * seconds, as it always was here, and `0` means "always fetch again".
 */
export function parseDuration(value: string): number {
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * 1_000;
  const ms = readDuration(text);
  if (ms === null)
    throw new InvalidArgumentError(`expected a duration such as ${DURATION_EXAMPLES}`);
  return ms;
}

/** Parses `--concurrency`: an integer from 1 to 64. */
export function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new InvalidArgumentError('expected an integer from 1 to 64');
  }
  return n;
}

/** `1h 02m`, `3m 05s`, `12s`. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600)
    return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}
