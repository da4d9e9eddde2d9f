import { InvalidArgumentError } from 'commander';

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `--max-age`: `90s`, `30m`, `12h`, `2d`, or a bare number of seconds; `0` is allowed. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a duration such as 90s, 30m, 12h or 2d');
  const unit = (match[2] ?? '').toLowerCase() || 's';
  return Number(match[1]) * (UNITS[unit] ?? 1_000);
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
