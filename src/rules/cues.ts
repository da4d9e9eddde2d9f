/**
 * Shared pieces for names found by a cue word rather than by capitals (laws, events, works):
 * the regex fragments they are written with and the mention they become.
 */
import type { EntityType } from '../types.js';
import type { TypedMention } from './typing.js';

/** A capitalised word, digits and hyphens allowed ("Nairobi", "G20", "Saint-Denis"). */
export const CAP = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
/** Capitalised words in a row ("Nouvelle-Zélande", "Costa Rica"). */
export const CAPS = String.raw`${CAP}(?:\s+${CAP})*`;
/** "de", "du", "des", "de la", "de l'", "d'", then optional space. */
export const OF = String.raw`(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])`;
/** A year of the last two centuries. */
export const YEAR = String.raw`(?:19|20)\d{2}`;

/** Matches of every pattern of `table` in `text`, as mentions of `type`. One pass per pattern. */
export function cuedMentions(text: string, table: RegExp[], type: EntityType): TypedMention[] {
  return table.flatMap((re) => [...text.matchAll(re)].map((m) => cued(m[0], m.index, type)));
}

/** A mention found by its cue word. */
export function cued(surface: string, start: number, type: EntityType): TypedMention {
  return {
    surface,
    start,
    end: start + surface.length,
    initial: false,
    sentence: -1,
    type,
    canonical: null,
    strength: 2,
    description: null,
  };
}

/** Mentions that overlap none kept before them, longest first at equal starts. */
export function withoutOverlaps(mentions: TypedMention[]): TypedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TypedMention[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}
