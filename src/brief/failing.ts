/**
 * The briefing's footer of sources that keep failing (issue 12: "a source failing 5 runs in a
 * row is reported in `sources list` and in the briefing's footer"). What the store says about
 * each (store/sources.ts `failing`) becomes a line a reader can act on: which source, what
 * error, since when it has not worked. Names and URLs are masked as `sources list` masks them: a
 * private feed's token is for fetching, not for a mailed briefing.
 */
import { redactSecrets } from '../secrets.js';
import { formatTime } from './text.js';
import type { BriefFailingSource } from './types.js';

/** A source as the store reports it failing (structurally store/sources.ts `FailingSource`). */
export interface FailingFeed {
  url: string;
  name: string | null;
  failuresInARow: number;
  lastErrorCode: string | null;
  lastOkAt: string | null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The footer entries, masked, in the store's order (worst first). */
export function failingSourcesOf(feeds: readonly FailingFeed[]): BriefFailingSource[] {
  return feeds.map((f) => ({
    label: redactSecrets(f.name ?? hostOf(f.url)),
    url: redactSecrets(f.url),
    runs: f.failuresInARow,
    errorCode: f.lastErrorCode,
    lastOkAt: f.lastOkAt,
  }));
}

/** `[GONE] 5 runs in a row, last fetched successfully Fri 27 Nov 2026, 07:15` (raw text). */
export function failingFacts(f: BriefFailingSource, timeZone: string): string {
  const last =
    f.lastOkAt === null
      ? 'never fetched successfully'
      : `last fetched successfully ${formatTime(f.lastOkAt, timeZone)}`;
  return `[${f.errorCode ?? '?'}] ${f.runs} runs in a row, ${last}`;
}

/** Heading of the footer; each line says how many runs failed. */
export const FAILING_HEADING = 'Sources that keep failing';
