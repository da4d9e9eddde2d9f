/**
 * A proposition's life → text, JSON or JSONL.
 *
 *   text   a heading (id, wording, period), the claimants by stance, then one line per
 *          appearance, oldest first: UTC date and time, claimant, stance, site, URL, and the
 *          quote below it
 *   json   the PropositionLife object, indented
 *   jsonl  one PropositionEvent a line, oldest first
 */
import { STANCES } from '../types.js';
import { terminalLine } from '../terminal.js';
import type { PropositionEvent, PropositionLife } from './proposition.js';

export const PROPOSITION_FORMATS = ['text', 'json', 'jsonl'] as const;
export type PropositionFormat = (typeof PROPOSITION_FORMATS)[number];

export function formatProposition(life: PropositionLife, format: PropositionFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(life, null, 2)}\n`;
    case 'jsonl':
      return life.events.map((e) => `${JSON.stringify(e)}\n`).join('');
    case 'text':
      return propositionText(life);
  }
}

function propositionText(life: PropositionLife): string {
  const first = life.events[0];
  const wording = life.claim ?? (first === undefined ? '' : `« ${first.quote} »`);
  const span = `${day(life.firstSeen)} → ${day(life.lastSeen)}`;
  const lines = [
    terminalLine(`Proposition ${life.propositionId}: ${wording}`),
    `${life.events.length} appearance(s), ${span}`,
  ];
  for (const stance of STANCES) {
    const who = life.claimants[stance];
    if (who.length > 0) lines.push(terminalLine(`${stance}: ${who.join(', ')}`));
  }
  lines.push('');
  for (const e of life.events) lines.push(...eventLines(e));
  return `${lines.join('\n')}\n`;
}

function eventLines(e: PropositionEvent): string[] {
  const where = [e.site, e.url].filter((p) => p !== null).join(' ');
  return [
    terminalLine(`${minute(e.at)}  ${e.claimant} ${e.stance} (${e.certainty})  ${where}`),
    `    ${terminalLine(`« ${e.quote} »`)}`,
  ];
}

/** `2018-10-04 16:02` (UTC), to tell apart a denial from the allegation it answers that day. */
function minute(iso: string | null): string {
  return iso === null ? 'undated' : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function day(iso: string | null): string {
  return iso === null ? 'undated' : iso.slice(0, 10);
}
