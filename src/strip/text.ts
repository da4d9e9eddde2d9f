import type { Removal } from '../types.js';

/**
 * Finds where a reader-comment section (or trailing boilerplate) starts in a list of blocks and
 * drops it, recording each removal. Matches structure (counters, bylines with dates, avatar lines,
 * pagination, trackbacks, legal footers), never single words in prose.
 */
export function stripTextComments(_blocks: string[]): { kept: string[]; removed: Removal[] } {
  throw new Error('not implemented');
}
