import type { Removal } from '../types.js';
import {
  DATE_LINE_ID,
  PSEUDO_LINE,
  matchTextPattern,
  type TextPattern,
  type TextRole,
} from './patterns-text.js';

/**
 * Cut-point stripping of reader comments and footers in plain blocks (paragraphs or lines).
 *
 * It runs on every article, so a false positive on prose is the worst failure. Three passes:
 * 1. the thread: the earliest block that opens a comment section AND is followed by comment
 *    structure (bylines, replies) dense enough to the end; everything from there is removed;
 * 2. the lead: footer blocks right above the thread (paywall notice) are removed with it;
 * 3. the tail: footer, trackback and "comments closed" lines at the very end are removed even
 *    without a thread. Each contiguous run is one removal, named after its pattern.
 */

/** A `start` block must be followed by a byline or reply within this many blocks. */
const START_WINDOW = 4;
/** Longest run of unmatched blocks (comment bodies) tolerated inside a thread. */
const MAX_BODY_RUN = 12;
/** An unmatched block between two footer lines is part of the footer when this short. */
const MAX_SANDWICH_CHARS = 200;
const PREVIEW_CHARS = 80;

type Signals = (TextPattern | null)[];

const LEAD_ROLES: readonly TextRole[] = ['start', 'tail', 'footer'];

/**
 * Finds where a reader-comment section (or trailing boilerplate) starts in a list of blocks and
 * drops it, recording each removal. Matches structure (counters, bylines with dates, avatar lines,
 * pagination, trackbacks, legal footers), never single words in prose. The first block is always
 * kept.
 */
export function stripTextComments(blocks: string[]): { kept: string[]; removed: Removal[] } {
  const signals: Signals = blocks.map(matchTextPattern);
  const thread = withPseudoAbove(signals, blocks, findThreadStart(signals));
  if (thread === null) {
    const tail = runBefore(signals, blocks, blocks.length, LEAD_ROLES);
    return {
      kept: blocks.slice(0, tail),
      removed: groupRuns(signals, blocks, tail, blocks.length),
    };
  }
  const lead = runBefore(signals, blocks, thread, LEAD_ROLES);
  const footer = Math.max(thread + 1, runBefore(signals, blocks, blocks.length, ['footer']));
  const removed = [
    ...groupRuns(signals, blocks, lead, thread),
    threadRemoval(signals, blocks, thread, footer),
    ...groupRuns(signals, blocks, footer, blocks.length),
  ];
  return { kept: blocks.slice(0, lead), removed };
}

/** Earliest index (never 0) where a confirmed, dense comment thread starts; null when none. */
function findThreadStart(signals: Signals): number | null {
  for (let i = 1; i < signals.length; i++) {
    const role = signals[i]?.role;
    if (role !== 'start' && role !== 'byline') continue;
    if (role === 'start' && !followedByComment(signals, i)) continue;
    // A bare date line alone may be the article's own header: it needs a second comment.
    const minGroups = signals[i]?.id === DATE_LINE_ID ? 2 : 1;
    if (hasThreadEvidence(signals, i, minGroups) && isDense(signals, i)) return i;
  }
  return null;
}

/**
 * A thread that starts at a bare date line ("12 mars 2024 à 10h21") starts one line higher when
 * that line holds only a pseudo: the comment's author, written above its date.
 */
function withPseudoAbove(signals: Signals, blocks: string[], start: number | null): number | null {
  if (start === null || start < 2 || signals[start]?.id !== DATE_LINE_ID) return start;
  const above = blocks[start - 1]?.replace(/\s+/gu, ' ').trim() ?? '';
  return signals[start - 1] === null && PSEUDO_LINE.test(above) ? start - 1 : start;
}

/** A counter or heading opens a thread only if a comment byline or reply follows closely. */
function followedByComment(signals: Signals, start: number): boolean {
  const end = Math.min(signals.length, start + 1 + START_WINDOW);
  for (let j = start + 1; j < end; j++) {
    const role = signals[j]?.role;
    if (role === 'byline' || role === 'reply' || role === 'tail') return true;
  }
  return false;
}

/**
 * Two comments (byline groups separated by a body), or a byline plus a reply marker. A lone
 * dated byline is more likely the article's own ("Par X, le 15 mai 2019 à 09h23"), and
 * co-author lines sit next to each other with no body between.
 */
function hasThreadEvidence(signals: Signals, start: number, minGroups = 1): boolean {
  let groups = 0;
  let replies = 0;
  let previous: TextRole | undefined;
  for (let j = start; j < signals.length; j++) {
    const role = signals[j]?.role;
    if (role === 'byline' && previous !== 'byline') groups++;
    if (role === 'reply' || role === 'tail') replies++;
    previous = role;
  }
  return groups >= 2 || (groups >= minGroups && replies >= 1);
}

/** Article prose after a false start shows as a long run of unmatched blocks. */
function isDense(signals: Signals, start: number): boolean {
  let run = 0;
  for (let j = start; j < signals.length; j++) {
    run = signals[j] ? 0 : run + 1;
    if (run > MAX_BODY_RUN) return false;
  }
  return true;
}

/**
 * Start of the run of blocks with the given roles that ends right before `end`. An unmatched
 * short block between two footer lines joins them (Next INpact's paywall notice has a sentence
 * about subscribers between its two fixed lines). Never reaches block 0.
 */
function runBefore(
  signals: Signals,
  blocks: string[],
  end: number,
  roles: readonly TextRole[],
): number {
  let start = end;
  while (start > 1) {
    const role = signals[start - 1]?.role;
    if (role && roles.includes(role)) {
      start--;
    } else if (!role && isSandwiched(signals, blocks, start - 1, end)) {
      start -= 2;
    } else {
      break;
    }
  }
  return start;
}

function isSandwiched(signals: Signals, blocks: string[], index: number, end: number): boolean {
  return (
    index >= 2 &&
    index + 1 < end &&
    (blocks[index]?.length ?? Infinity) <= MAX_SANDWICH_CHARS &&
    signals[index - 1]?.role === 'footer' &&
    signals[index + 1]?.role === 'footer'
  );
}

/** One removal per run of consecutive blocks under the same pattern; sandwiched blocks join. */
function groupRuns(signals: Signals, blocks: string[], from: number, to: number): Removal[] {
  const removals: Removal[] = [];
  const flush = (pattern: TextPattern | null, start: number, end: number): void => {
    if (pattern && end > start) {
      removals.push(toRemoval(pattern.id, pattern.reason, blocks.slice(start, end)));
    }
  };
  let runStart = from;
  let current: TextPattern | null = null;
  for (let j = from; j < to; j++) {
    const pattern: TextPattern | null = signals[j] ?? current;
    if (pattern === current) continue;
    flush(current, runStart, j);
    runStart = j;
    current = pattern;
  }
  flush(current, runStart, to);
  return removals;
}

function threadRemoval(signals: Signals, blocks: string[], from: number, to: number): Removal {
  const anchor = signals[from];
  const bylines = signals.slice(from, to).filter((s) => s?.role === 'byline').length;
  const reason = `reader comment thread removed from its start (${anchor?.reason ?? 'comment structure'}); ${bylines} comment byline lines`;
  return toRemoval(anchor?.id ?? 'text-comment-thread', reason, blocks.slice(from, to));
}

/** One removal for contiguous blocks: chars of visible text, preview of the first ~80 chars. */
export function toRemoval(rule: string, reason: string, removedBlocks: string[]): Removal {
  const chars = removedBlocks.reduce((sum, block) => sum + block.trim().length, 0);
  const preview = removedBlocks.join(' ').replace(/\s+/gu, ' ').trim().slice(0, PREVIEW_CHARS);
  return { rule, reason, chars, preview };
}
