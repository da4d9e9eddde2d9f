/**
 * Entities as the model names them → one entity per real thing, with ids computed by us.
 * Two model entities are the same when their types agree (or one is OTHER) and one of
 * `SAME_ENTITY_RULES` holds; merging is transitive. Mentions are kept only when found in
 * the article, and then as the article writes them.
 */
import type { Entity, EntityType, Warning } from '../types.js';
import { entityId } from './ids.js';
import { findFolded, foldWithMap, type FoldedText } from './grounding.js';
import type { EntityOutput } from './schema.js';

/** Words ignored when reading an acronym off a name ("Direction générale de la sécurité intérieure" → DGSI). */
const ACRONYM_SKIP = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
]);
/** Trailing words that do not change which company is meant ("Apple Inc." = "Apple"). */
const COMPANY_SUFFIXES = new Set([
  'inc',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'llc',
  'plc',
  'sa',
  'sas',
  'ag',
  'gmbh',
  'group',
  'groupe',
]);

const words = (name: string): string[] =>
  foldWithMap(name)
    .text.split(' ')
    .filter((w) => w !== '');

/** Same name once folded, even spaced differently ("SuperMicro" / "Super Micro"). */
function sameFolded(a: string, b: string): boolean {
  return words(a).join('') === words(b).join('');
}

/** "DGSI" / "Direction générale de la sécurité intérieure", "FBI" / "Federal Bureau of Investigation". */
function isAcronym(short: string, long: string): boolean {
  if (!/^[\p{Lu}\d]{2,8}$/u.test(short.replace(/\./g, ''))) return false;
  const initials = words(long)
    .filter((w) => !ACRONYM_SKIP.has(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && initials === words(short).join('');
}

/** "Supermicro" / "Super Micro Computer": the short name glues 2+ leading words of the long one. */
function gluesLeadingWords(short: string, long: string): boolean {
  const glued = words(short).join('');
  const parts = words(long);
  for (let k = 2; k <= parts.length; k++) {
    if (parts.slice(0, k).join('') === glued) return true;
  }
  return false;
}

/** "Apple" / "Apple Inc.": the long name is the short one plus company suffixes. */
function addsCompanySuffix(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  if (s.length === 0 || l.length <= s.length) return false;
  return s.every((w, i) => l[i] === w) && l.slice(s.length).every((w) => COMPANY_SUFFIXES.has(w));
}

/** Named rules; each is tried both ways round on every name and mention of the two entities. */
const SAME_ENTITY_RULES: ((a: string, b: string) => boolean)[] = [
  sameFolded,
  isAcronym,
  gluesLeadingWords,
  addsCompanySuffix,
];

function namesOf(e: EntityOutput): string[] {
  return [e.name, ...e.mentions];
}

function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'OTHER' || b === 'OTHER';
}

function sameEntity(a: EntityOutput, b: EntityOutput): boolean {
  if (!typesAgree(a.type, b.type)) return false;
  for (const x of namesOf(a)) {
    for (const y of namesOf(b)) {
      if (SAME_ENTITY_RULES.some((rule) => rule(x, y) || rule(y, x))) return true;
    }
  }
  return false;
}

/** Groups of indexes of the same entity (union of pairwise matches). */
function groupIndexes(items: EntityOutput[]): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a !== undefined && b !== undefined && sameEntity(a, b)) parent[find(j)] = find(i);
    }
  }
  mergeSurnames(items, parent, find);
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()];
}

/** "Cook" joins "Tim Cook" when exactly one person in the article has that last name. */
function mergeSurnames(items: EntityOutput[], parent: number[], find: (i: number) => number): void {
  items.forEach((item, i) => {
    if (item.type !== 'PERSON' || words(item.name).length !== 1) return;
    const surname = words(item.name)[0];
    const owners = new Set<number>();
    items.forEach((other, j) => {
      const w = words(other.name);
      if (other.type === 'PERSON' && w.length > 1 && w[w.length - 1] === surname)
        owners.add(find(j));
    });
    const [owner] = [...owners];
    if (owners.size === 1 && owner !== undefined) parent[find(i)] = owner;
  });
}

export interface MergedEntities {
  entities: Entity[];
  /** Entity id for a name, mention or claimant as the model wrote it; null when unknown. */
  lookup: (name: string) => string | null;
  warnings: Warning[];
}

/** Merges, grounds mentions, computes ids; entities come in order of first appearance. */
export function mergeEntities(raw: EntityOutput[], folded: FoldedText): MergedEntities {
  const warnings: Warning[] = [];
  const index = new Map<string, string>();
  const byId = new Map<string, { entity: Entity; at: number }>();
  for (const group of groupIndexes(raw)) {
    const members = group.map((i) => raw[i]).filter((m) => m !== undefined);
    const built = buildEntity(members, folded);
    const seen = byId.get(built.entity.id);
    if (seen === undefined) byId.set(built.entity.id, built);
    else seen.entity.mentions = unique([...seen.entity.mentions, ...built.entity.mentions]);
    for (const name of members.flatMap(namesOf)) index.set(lookupKey(name), built.entity.id);
    if (built.at === Infinity) {
      warnings.push({
        code: 'ENTITY_NOT_IN_TEXT',
        message: `entity "${built.entity.name}" is not written anywhere in the article`,
      });
    }
  }
  const entities = [...byId.values()].sort((a, b) => a.at - b.at).map((b) => b.entity);
  for (const e of entities) for (const m of e.mentions) index.set(lookupKey(m), e.id);
  const lookup = (name: string): string | null => index.get(lookupKey(name)) ?? null;
  return { entities, lookup, warnings };
}

/** Folded, without a leading English article ("the Pentagon" → "pentagon"). */
function lookupKey(name: string): string {
  return words(name)
    .filter(
      (w, i) => !(i === 0 && (w === 'the' || w === 'le' || w === 'la' || w === 'les' || w === 'l')),
    )
    .join('');
}

function buildEntity(members: EntityOutput[], folded: FoldedText): { entity: Entity; at: number } {
  const name = pickName(members);
  const type = pickType(members);
  const mentions: string[] = [];
  let at = Infinity;
  for (const candidate of unique(members.flatMap((m) => [...m.mentions, m.name]))) {
    const span = findFolded(folded, candidate);
    if (span === null) continue;
    mentions.push(folded.source.slice(span.start, span.end));
    at = Math.min(at, span.start);
  }
  const description = members.map((m) => m.description).find((d) => d !== null && d !== '') ?? null;
  return {
    entity: { id: entityId(type, name), name, type, mentions: unique(mentions), description },
    at,
  };
}

/** The longest name: deterministic, and the most specific ("Super Micro Computer"). */
function pickName(members: EntityOutput[]): string {
  const names = members.map((m) => m.name.trim());
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? '';
}

/** The most frequent type other than OTHER (OTHER only when nothing else). */
function pickType(members: EntityOutput[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of members)
    if (m.type !== 'OTHER') counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? 'OTHER';
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.normalize('NFC');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
