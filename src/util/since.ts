/**
 * `--since` / `--until` values → an instant. Accepted forms (first match wins):
 *
 *   30s 90m 5min 24h 7d 2w  a duration back from now (util/duration.ts, as for `--max-age`)
 *   today, yesterday        midnight of today / of the day before, in the `--tz` zone
 *   2024-05-01              midnight of that day in the `--tz` zone
 *   2024-05-01T08:00        wall time in the `--tz` zone; with `Z` or `+02:00` the offset given
 *
 * A day (`today`, `yesterday`, a date alone) given to `--until` includes that day: the period
 * ends at the next midnight. Anything else is a USAGE error naming the value.
 */
import { VeilleError } from '../errors.js';
import { readDuration } from './duration.js';
import { checkTimeZone, systemTimeZone, wallTimeOf, zonedInstant } from './zone.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export interface ParseSinceOptions {
  /** The reference instant. Default: the current time. */
  now?: Date;
  /** Flag name used in error messages. Default `--since`. */
  flag?: string;
  /** IANA zone of days and wall times. Default: the system zone. */
  timeZone?: string;
  /** Read a day as its end (the next midnight), as `--until` does. Default false. */
  endOfDay?: boolean;
}

/** Reads a `--since` (or `--until`) value; throws VeilleError USAGE on unknown syntax. */
export function parseSince(value: string, options: ParseSinceOptions = {}): Date {
  const now = options.now ?? new Date();
  const zone = options.timeZone ?? systemTimeZone();
  const parsed = parseValue(value.trim(), now, zone, options.endOfDay ? 1 : 0);
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

/** `dayShift` 1 reads a day as the midnight that ends it. */
function parseValue(text: string, now: Date, zone: string, dayShift: number): Date | null {
  const lower = text.toLowerCase();
  const today = wallTimeOf(now, zone);
  if (lower === 'today') return zonedDay(today, dayShift, zone);
  if (lower === 'yesterday') return zonedDay(today, dayShift - 1, zone);
  const ms = readDuration(text);
  if (ms !== null) return new Date(now.getTime() - ms);
  const date = ISO_DATE.exec(text);
  if (date) {
    const day = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
    return validDay(day) ? zonedDay(day, dayShift, zone) : null;
  }
  const time = ISO_DATE_TIME.exec(text);
  if (!time) return null;
  if (time[7] !== undefined) return new Date(text.replace(' ', 'T'));
  const [year, month, day, hour, minute, second] = time.slice(1, 7).map((n) => Number(n ?? 0));
  const wall = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
  };
  return validDay(wall) ? zonedInstant(wall, zone) : null;
}

function zonedDay(
  day: { year: number; month: number; day: number },
  shift: number,
  zone: string,
): Date {
  return zonedInstant({ year: day.year, month: day.month, day: day.day + shift }, zone);
}

/** False for days that do not exist (2024-02-31, month 13). */
function validDay({ year, month, day }: { year: number; month: number; day: number }): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The flags that choose a period: `--since`, `--until` [now], `--tz` [system zone]. */
export interface PeriodFlags {
  since: string;
  until?: string | undefined;
  tz?: string | undefined;
}

/** `--since`/`--until` → the period; unknown syntax or an empty period is a usage error. */
export function periodFrom(
  flags: PeriodFlags,
  now: Date,
): { since: Date; until: Date; timeZone: string } {
  const timeZone = checkTimeZone(flags.tz ?? systemTimeZone());
  const since = parseSince(flags.since, { now, flag: '--since', timeZone });
  const until =
    flags.until === undefined
      ? now
      : parseSince(flags.until, { now, flag: '--until', timeZone, endOfDay: true });
  if (since.getTime() >= until.getTime()) {
    throw new VeilleError(
      'USAGE',
      `--since (${since.toISOString()}) must be before --until (${until.toISOString()})`,
      { stage: 'config' },
    );
  }
  return { since, until, timeZone };
}
