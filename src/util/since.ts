/**
 * `--since` values → a Date. Accepted forms (first match wins):
 *
 *   30s 90m 24h 7d 2w      a duration back from now (s, m/min, h, d, w; no spaces needed)
 *   today, yesterday       local midnight of today / of the day before
 *   2024-05-01             local midnight of that day (a date alone is read in local time)
 *   2024-05-01T08:00       local time; with `Z` or `+02:00` the offset given
 *
 * Anything else is a USAGE error naming the value.
 */
import { VeilleError } from '../errors.js';

/** Milliseconds per duration unit. */
const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export interface ParseSinceOptions {
  /** The reference instant. Default: the current time. */
  now?: Date;
  /** Flag name used in error messages. Default `--since`. */
  flag?: string;
}

/** Reads a `--since` (or `--until`) value; throws VeilleError USAGE on unknown syntax. */
export function parseSince(value: string, options: ParseSinceOptions = {}): Date {
  const now = options.now ?? new Date();
  const text = value.trim();
  const parsed = parseValue(text, now);
  if (parsed === null || Number.isNaN(parsed.getTime())) {
    const flag = options.flag ?? '--since';
    throw new VeilleError(
      'USAGE',
      `${flag}: cannot read '${value}' (use 24h, 7d, or an ISO date)`,
      {
        stage: 'config',
      },
    );
  }
  return parsed;
}

function parseValue(text: string, now: Date): Date | null {
  const lower = text.toLowerCase();
  if (lower === 'today') return startOfDay(now, 0);
  if (lower === 'yesterday') return startOfDay(now, -1);
  const duration = DURATION.exec(text);
  if (duration) {
    const unit = UNIT_MS[duration[2]!.toLowerCase()]!;
    return new Date(now.getTime() - Number(duration[1]) * unit);
  }
  const date = ISO_DATE.exec(text);
  if (date) return localDate(Number(date[1]), Number(date[2]), Number(date[3]));
  if (ISO_DATE_TIME.test(text)) return new Date(text.replace(' ', 'T'));
  return null;
}

/** Local midnight `offsetDays` from the day of `now`. */
function startOfDay(now: Date, offsetDays: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
}

/** A calendar date at local midnight; null when the day does not exist (2024-02-31). */
function localDate(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month - 1, day);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d;
}

/** `--since`/`--until` → the period; unknown syntax or an empty period is a usage error. */
export function periodFrom(
  flags: { since: string; until?: string },
  now: Date,
): { since: Date; until: Date } {
  const since = parseSince(flags.since, { now, flag: '--since' });
  const until = flags.until === undefined ? now : parseSince(flags.until, { now, flag: '--until' });
  if (since.getTime() >= until.getTime()) {
    throw new VeilleError(
      'USAGE',
      `--since (${since.toISOString()}) must be before --until (${until.toISOString()})`,
      { stage: 'config' },
    );
  }
  return { since, until };
}
