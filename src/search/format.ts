/**
 * Search hits → text, JSON or JSONL.
 *
 *   text   one block per hit: what it is (claimant and stance, or the article title), site and
 *          date; the snippet with the matched words marked; the URL. Marks are bold on a
 *          terminal, `[…]` in a pipe or with NO_COLOR (French text is full of « », so brackets).
 *          Page text is cleaned of terminal controls (terminal.ts) before marks are added.
 *   json   one array of hits, indented
 *   jsonl  one hit a line; `snippet.text` is plain and `snippet.highlights` holds the
 *          [start, end) offsets (UTF-16, as JavaScript strings) of the matched words
 */
import type { Writable } from 'node:stream';
import type { SearchHit, Snippet } from '../store/index.js';
import { terminalLine } from '../terminal.js';

export const SEARCH_FORMATS = ['text', 'json', 'jsonl'] as const;
export type SearchFormat = (typeof SEARCH_FORMATS)[number];

/** What goes around a matched word in text output. */
export interface Marks {
  open: string;
  close: string;
}

export const BOLD: Marks = { open: '\x1b[1m', close: '\x1b[22m' };
export const BRACKETS: Marks = { open: '[', close: ']' };

/** Bold on a terminal unless NO_COLOR is set (no-color.org), brackets otherwise. */
export function marksFor(stdout: Writable, env: NodeJS.ProcessEnv): Marks {
  const tty = (stdout as Writable & { isTTY?: boolean }).isTTY === true;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return tty && !noColor ? BOLD : BRACKETS;
}

export function formatHits(hits: SearchHit[], format: SearchFormat, marks = BRACKETS): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(hits, null, 2)}\n`;
    case 'jsonl':
      return hits.map((h) => `${JSON.stringify(h)}\n`).join('');
    case 'text':
      return hits.map((h) => textBlock(h, marks)).join('\n');
  }
}

function textBlock(hit: SearchHit, marks: Marks): string {
  const what =
    hit.kind === 'claim' ? `${hit.claimant} ${hit.stance}` : `${hit.title ?? '(untitled)'}`;
  const head = [what, hit.site, hit.publishedAt.slice(0, 10)].filter((p) => p !== null);
  const lines = [terminalLine(head.join(' · '))];
  if (hit.kind === 'claim' && hit.claim !== null) lines.push(`  ${terminalLine(hit.claim)}`);
  lines.push(`  ${markSnippet(hit.snippet, marks)}`);
  if (hit.url !== null) lines.push(`  ${terminalLine(hit.url)}`);
  return `${lines.join('\n')}\n`;
}

/** The snippet on one line, each matched word between `marks`. */
export function markSnippet(snippet: Snippet, marks: Marks): string {
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    out += terminalLine(snippet.text.slice(at, start));
    out += marks.open + terminalLine(snippet.text.slice(start, end)) + marks.close;
    at = end;
  }
  return out + terminalLine(snippet.text.slice(at));
}
