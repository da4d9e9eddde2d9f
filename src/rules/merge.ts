/**
 * Merging typed mentions into entities. Two surface forms are one entity when the gazetteer says
 * so, when they agree ignoring case, accents and spaces ("SuperMicro"/"Supermicro"), when an
 * acronym is spelled out next to its expansion ("Amazon Web Services (AWS)"), or when the shorter
 * one's words all occur in exactly one longer name ("Hegseth" in "Pete Hegseth").
 */
import { entityId } from '../analyse/ids.js';
import type { Entity, EntityType } from '../types.js';
import { NAME_PARTICLES } from './entity-words.js';
import { lookupGazetteer } from './gazetteer.js';
import { HostIndex } from './host-index.js';
import { fold, squash } from './text.js';
import type { TypedMention } from './typing.js';

/** An acronym spelled out just before it in brackets. */
export interface AcronymPair {
  long: string;
  short: string;
  /** Offsets of `long` in the text. */
  start: number;
  end: number;
}

/**
 * How many of the last letters of `initials` the word `w` stands for: its first letter, plus
 * letters found later in it ("OFAG" takes "ag" from "agriculture", "OFEV" "ev" from
 * "environnement"). The fewest that fit win, so each word gives its initial first. 0: none fit.
 */
function lettersOfWord(w: string, initials: string): number {
  for (let k = 1; k <= Math.min(3, initials.length); k++) {
    const tail = initials.slice(initials.length - k);
    if (tail[0] !== w[0]) continue;
    let at = 1;
    const rest = [...tail.slice(1)].every((ch) => {
      const found = w.indexOf(ch, at);
      at = found + 1;
      return found > 0;
    });
    if (rest) return k;
  }
  return 0;
}

/**
 * Index of the word where an expansion of `initials` starts, walking back from the last word;
 * -1 when none. Up to `skips` words may give no letter ("Agence nationale de sécurité du
 * médicament et des produits de santé (ANSM)"), but the first word must give the first letter.
 */
function expansionStart(words: string[], initials: string, skips: number): number {
  let letters = initials.length;
  let skipped = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = fold(words[i] ?? '').replace(/^[dl]'/, '');
    if (NAME_PARTICLES.has(w) || w === 'et') continue;
    const used = lettersOfWord(w, fold(initials.slice(0, letters)));
    if (used === 0 && ++skipped > skips) return -1;
    letters -= used;
    if (letters === 0) return i;
  }
  return -1;
}

/**
 * How many words an expansion may skip when its first word is capitalised: three, as a cause
 * often ends a name without giving a letter ("… contre la torture et la peine de mort (ACAT)").
 */
const MAX_SKIPPED_WORDS = 3;

/** "Armée populaire de libération (APL)": expansion and acronym, matched by initials. */
export function acronymPairs(text: string): AcronymPair[] {
  const out: AcronymPair[] = [];
  for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/gu)) {
    const short = m[1] ?? '';
    // "(Onres)", "(Inserm)": an acronym written as a word spells the name with all its letters.
    const capitals = short.replace(/\P{Lu}/gu, '');
    const initials = capitals.length < 2 && short.length >= 3 ? short.toUpperCase() : capitals;
    if (initials.length < 2) continue;
    const end = text.slice(0, m.index).trimEnd().length;
    const words = [...text.slice(Math.max(0, end - 120), end).matchAll(/\S+/g)];
    const texts = words.map((w) => w[0]);
    let at = expansionStart(texts, initials, 0);
    if (at < 0) {
      // A looser match only for a name: its first word capitalised after any elision.
      at = expansionStart(texts, initials, MAX_SKIPPED_WORDS);
      const firstWord = (texts[at] ?? '').replace(/^[dlDL]['’]/u, '');
      if (at >= 0 && !/^\p{Lu}/u.test(firstWord)) at = -1;
    }
    const first = words[at];
    if (at < 0 || first === undefined) continue;
    const elision = /^(?:d|l)['’]/iu.exec(first[0])?.[0].length ?? 0;
    const start = Math.max(0, end - 120) + first.index + elision;
    out.push({ long: text.slice(start, end), short, start, end });
  }
  return out;
}

interface Group {
  key: string;
  members: TypedMention[];
}

/** Key of a mention before containment merging: gazetteer name, acronym, or squashed form. */
function baseKey(m: TypedMention, acronyms: Map<string, string>): string {
  if (m.canonical !== null) return `g:${squash(m.canonical)}`;
  const short = acronyms.get(squash(m.surface));
  if (short === undefined) return `s:${squash(m.surface)}`;
  const known = lookupGazetteer(short);
  return known ? `g:${squash(known.name)}` : `a:${squash(short)}`;
}

type Typed = { type: EntityType; strength: number };

/**
 * Whether a shorter name typed `b` may fold into a host typed `a`: same type, one untyped, or the
 * short one typed by shape alone and the host by stronger evidence ("à Lyon-Nord" after
 * "l'université Lyon-Nord": the longer name says what it is). Two guesses by shape do not fold:
 * "à Ravenel-Sud" stays a place beside "Étudiants Ravenel-Sud", a name the shape calls a person.
 */
const compatible = (a: Typed, b: Typed): boolean =>
  a.type === b.type ||
  a.type === 'OTHER' ||
  b.type === 'OTHER' ||
  (b.strength <= 1 && a.strength > b.strength);

/** Folds short unknown names into the single longer name that contains them. */
function mergeContained(groups: Group[]): Group[] {
  // Longest forms and types are computed once per group, not per comparison: both were
  // recomputed over every member for every pair of groups, quadratic on long articles.
  const longestOf = new Map(groups.map((g) => [g, longest(g)] as const));
  const length = (g: Group): number => longestOf.get(g)?.length ?? 0;
  const sorted = [...groups].sort((a, b) => length(b) - length(a));
  const kept: Group[] = [];
  /** Type of each kept group, with the strength that decided it (see `typeOf`). */
  const types: Array<{ type: EntityType; strength: number }> = [];
  const index = new HostIndex();
  for (const g of sorted) {
    const type = typed(g);
    const hosts = g.key.startsWith('g:')
      ? []
      : index
          .containing(index.wordsOf(longestOf.get(g) ?? ''))
          .filter((h) => compatible(types[h] ?? { type: 'OTHER', strength: 0 }, type));
    const host = hosts[0];
    const hostGroup = host === undefined ? undefined : kept[host];
    if (hosts.length === 1 && host !== undefined && hostGroup !== undefined) {
      hostGroup.members.push(...g.members);
      // The strongest member decides, the first one on a tie: a merged one only if stronger.
      if (type.strength > (types[host]?.strength ?? Infinity)) types[host] = type;
      index.add(
        host,
        g.members.map((m) => m.surface),
      );
    } else {
      index.add(
        kept.length,
        g.members.map((m) => m.surface),
      );
      kept.push(g);
      types.push(type);
    }
  }
  return kept;
}

const longest = (g: Group): string =>
  g.members.reduce((a, m) => (m.surface.length > a.length ? m.surface : a), '');

function typeOf(g: Group): EntityType {
  return typed(g).type;
}

/** The type of the strongest member (the first one on a tie), with its strength. */
function typed(g: Group): { type: EntityType; strength: number } {
  const best = [...g.members].sort((a, b) => b.strength - a.strength)[0];
  return { type: best?.type ?? 'OTHER', strength: best?.strength ?? -Infinity };
}

/** Canonical name: gazetteer name, else the longest form for people, else the most frequent. */
function nameOf(g: Group, type: EntityType): string {
  const known = g.members.find((m) => m.canonical !== null)?.canonical;
  if (known) return known;
  if (type === 'PERSON') return longest(g);
  const counts = new Map<string, number>();
  for (const m of g.members) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? ''
  );
}

/** Merges mentions into entities, ordered by first mention. */
export function mergeMentions(text: string, mentions: TypedMention[]): Entity[] {
  const acronyms = new Map<string, string>();
  for (const p of acronymPairs(text)) {
    acronyms.set(squash(p.short), p.short);
    acronyms.set(squash(p.long), p.short);
  }
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const key = baseKey(m, acronyms);
    const g = byKey.get(key) ?? { key, members: [] };
    g.members.push(m);
    byKey.set(key, g);
  }
  const groups = mergeContained([...byKey.values()]);
  // First mentions once per group, not per comparison.
  const first = new Map(
    groups.map((g) => [g, g.members.reduce((min, m) => Math.min(min, m.start), Infinity)]),
  );
  groups.sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0));
  return groups.map((g) => {
    const type = typeOf(g);
    const name = nameOf(g, type);
    const ordered = [...g.members].sort((a, b) => a.start - b.start);
    return {
      id: entityId(type, name),
      name,
      type,
      mentions: [...new Set(ordered.map((m) => m.surface))],
      description: ordered.find((m) => m.description !== null)?.description ?? null,
    };
  });
}
