/**
 * Calendar days in an IANA time zone (`--tz`), with Intl only: the midnight of a day in Paris
 * is not the machine's midnight when the machine runs in UTC, and `today` must mean the same
 * day in the filter as in the briefing's page.
 */
import { VeilleError } from '../errors.js';

/** The machine's own zone (the default of `--tz`). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `zone` as Intl spells it; a zone Intl does not know is a USAGE error naming it. */
export function checkTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new VeilleError(
      'USAGE',
      `--tz: unknown time zone '${zone}' (use an IANA name such as Europe/Paris or UTC)`,
      { stage: 'config' },
    );
  }
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** The wall-clock fields `instant` shows in `zone`. */
export function wallTimeOf(instant: Date, zone: string): Required<WallTime> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Milliseconds `zone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, zone: string): number {
  const w = wallTimeOf(new Date(instant), zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant a wall-clock time happens in `zone`. Out-of-range fields roll over as in Date.UTC
 * (day 32 is the 1st of the next month). The offset is taken twice, so a time next to a DST
 * change gets the offset in force at that time.
 */
export function zonedInstant(time: WallTime, zone: string): Date {
  const guess = Date.UTC(
    time.year,
    time.month - 1,
    time.day,
    time.hour ?? 0,
    time.minute ?? 0,
    time.second ?? 0,
  );
  const first = guess - offsetAt(guess, zone);
  return new Date(guess - offsetAt(first, zone));
}
