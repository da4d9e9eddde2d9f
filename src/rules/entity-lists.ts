/**
 * Types shared along a list of names: "Lyon, Grenoble et Kervélec", "les compagnies Dinoza,
 * Kimbar et Tanzio". A coordinated list names things of one kind, so a member with no evidence
 * of its own takes the type the others agree on. One pass over the mentions in text order.
 */
import type { EntityType } from '../types.js';
import type { TypedMention } from './typing.js';

/** Between two members: a comma, or the closing "et" / "ou" (after a comma or not). */
const SEPARATOR = /^[ \u00a0]*(?:,[ \u00a0]*|,?[ \u00a0]+(?:et|ou)[ \u00a0]+)$/u;
const CLOSING = /(?:et|ou)[ \u00a0]+$/u;

/** Strength given to a member typed by its list: below any evidence of its own. */
const LIST_STRENGTH = 1;

/**
 * The type the members of one list agree on, or null: two members or more of one type and none
 * of another, or a first member typed by a cue word ("les compagnies Dinoza, …") and no other
 * type. A known name alone does not lead ("En France, Durand et Morin" is no list of places).
 */
function agreedType(list: TypedMention[]): EntityType | null {
  const typed = list.filter((m) => m.type !== 'OTHER' && m.strength > 0);
  const types = new Set(typed.map((m) => m.type));
  const [type] = [...types];
  if (types.size !== 1 || type === undefined) return null;
  const first = list[0];
  const cued = first !== undefined && first.type === type && first.strength === 2;
  return typed.length >= 2 || cued ? type : null;
}

/** Lists of at least two mentions joined by commas and a closing "et" / "ou". */
function listsOf(text: string, mentions: TypedMention[]): TypedMention[][] {
  const lists: TypedMention[][] = [];
  let run: TypedMention[] = [];
  let closed = false;
  const flush = (): void => {
    if (run.length >= 2 && closed) lists.push(run);
    run = [];
    closed = false;
  };
  for (const m of mentions) {
    const prev = run[run.length - 1];
    const gap = prev === undefined ? '' : text.slice(prev.end, m.start);
    if (prev !== undefined && (closed || !SEPARATOR.test(gap))) flush();
    if (run.length > 0) closed = CLOSING.test(gap);
    run.push(m);
  }
  flush();
  return lists;
}

/** Mentions with the untyped members of each list given the type the list agrees on. */
export function withListTypes(text: string, mentions: TypedMention[]): TypedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const given = new Map<TypedMention, EntityType>();
  for (const list of listsOf(text, sorted)) {
    const type = agreedType(list);
    if (type === null) continue;
    // Only after a member of that type: a first untyped name may be the head the list is in
    // apposition to ("deux acteurs de l'État-nation, Linen Typhoon et Violet Typhoon").
    const from = list.findIndex((m) => m.type === type);
    for (const m of list.slice(from)) {
      if (m.type === 'OTHER' && m.strength === 0) given.set(m, type);
    }
  }
  return mentions.map((m) => {
    const type = given.get(m);
    return type === undefined ? m : { ...m, type, strength: LIST_STRENGTH };
  });
}
