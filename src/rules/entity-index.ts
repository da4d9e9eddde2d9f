/**
 * The entities of an article indexed once, so that each statement looks up the few names it
 * may contain instead of testing every entity: scanning all entities per statement made long
 * articles quadratic (issue 11: no article over 500 ms at 150k characters). Built on first use
 * and kept with the entity list (which the engine never changes once built).
 */
import type { Entity } from '../types.js';
import { fold } from './text.js';

/** Folded words of a text, as `wordsLine` in entities.ts spells them (letters and digits). */
function foldedRun(text: string): string[] {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

interface Form {
  entity: number;
  words: string[];
  /** The entity's name, not one of its mentions. */
  isName: boolean;
}

/** Forms of every entity by their first folded word. */
function formsByFirstWord(entities: Entity[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  entities.forEach((e, entity) => {
    [e.name, ...e.mentions].forEach((form, i) => {
      const words = foldedRun(form);
      if (words.length === 0) return;
      const list = byFirst.get(words[0] ?? '') ?? [];
      list.push({ entity, words, isName: i === 0 });
      byFirst.set(words[0] ?? '', list);
    });
  });
  return byFirst;
}

const indexes = new WeakMap<Entity[], { size: number; byFirst: Map<string, Form[]> }>();

/**
 * Indices (in list order) of the entities one of whose forms occurs as whole words in one of
 * the texts, case and accents ignored: what testing each entity with `hasForm` finds. With
 * `mentionsOnly`, the entity's name alone does not count.
 */
export function entitiesMatching(
  texts: readonly string[],
  entities: Entity[],
  mentionsOnly = false,
): number[] {
  let index = indexes.get(entities);
  if (index === undefined || index.size !== entities.length) {
    index = { size: entities.length, byFirst: formsByFirstWord(entities) };
    indexes.set(entities, index);
  }
  const found = new Set<number>();
  for (const text of texts) {
    const words = foldedRun(text);
    words.forEach((word, at) => {
      for (const form of index.byFirst.get(word) ?? []) {
        if (found.has(form.entity) || (mentionsOnly && form.isName)) continue;
        if (form.words.every((w, k) => words[at + k] === w)) found.add(form.entity);
      }
    });
  }
  return [...found].sort((a, b) => a - b);
}

/** Where an entity's mention occurs in the text, as whole words (exact case). */
interface Occurrence {
  at: number;
  end: number;
  entity: number;
}

/** Letters and digits, one UTF-16 unit at a time, as the boundary test of claims.ts reads them. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** A letter or digit outside the BMP: two units the boundary test reads as two non-letters. */
const ASTRAL_WORD_CHAR = /(?=[\p{L}\p{N}])[\u{10000}-\u{10FFFF}]/u;

/** Whether `form` at `at` stands alone: no letter or digit touching it on either side. */
function wholeWord(text: string, at: number, form: string): boolean {
  return !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + form.length] ?? '');
}

/**
 * Every whole-word occurrence of every mention, by position then entity: one pass over the
 * words of the text, each tried against the mentions that start with it. Null when a letter
 * outside the BMP is about, which the one-unit boundary test and this word scan read apart.
 */
function occurrencesOf(text: string, entities: Entity[]): Occurrence[] | null {
  const byRun = new Map<string, Array<{ form: string; entity: number }>>();
  const out: Occurrence[] = [];
  if (ASTRAL_WORD_CHAR.test(text)) return null;
  for (const [entity, e] of entities.entries()) {
    for (const form of e.mentions) {
      if (ASTRAL_WORD_CHAR.test(form)) return null;
      const run = /^[\p{L}\p{N}]+/u.exec(form)?.[0];
      if (run !== undefined) {
        const list = byRun.get(run) ?? [];
        list.push({ form, entity });
        byRun.set(run, list);
        continue;
      }
      // Starting with a sign (rare): searched on its own through the whole text, once.
      for (
        let at = form === '' ? -1 : text.indexOf(form);
        at >= 0;
        at = text.indexOf(form, at + 1)
      ) {
        if (wholeWord(text, at, form)) out.push({ at, end: at + form.length, entity });
      }
    }
  }
  for (const m of text.matchAll(WORD_RUN)) {
    for (const { form, entity } of byRun.get(m[0]) ?? []) {
      if (text.startsWith(form, m.index) && wholeWord(text, m.index, form)) {
        out.push({ at: m.index, end: m.index + form.length, entity });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at || a.entity - b.entity);
}

const occurrences = new WeakMap<Entity[], { text: string; list: Occurrence[] | null }>();

/** The mention occurrences of the entities in `text`, computed once per text and entity list. */
function occurrencesIn(text: string, entities: Entity[]): Occurrence[] | null {
  const cached = occurrences.get(entities);
  if (cached !== undefined && cached.text === text) return cached.list;
  const list = occurrencesOf(text, entities);
  occurrences.set(entities, { text, list });
  return list;
}

/** Index of the last occurrence starting before `pos`, else -1 (binary search). */
function lastStartingBefore(list: Occurrence[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The accepted entity with the last mention lying inside `text[from, to)` (on a tie, the first
 * in list order) and where that mention starts; null when none. Undefined when the text cannot
 * be indexed (the caller then searches form by form as before).
 */
export function lastMentionIn(
  text: string,
  entities: Entity[],
  range: { from: number; to: number },
  accepts: (e: Entity) => boolean,
): { at: number; entity: Entity } | null | undefined {
  const list = occurrencesIn(text, entities);
  if (list === null) return undefined;
  let best: { at: number; entity: number } | null = null;
  for (let i = lastStartingBefore(list, range.to); i >= 0; i--) {
    const o = list[i];
    if (o === undefined || o.at < range.from || (best !== null && o.at < best.at)) break;
    const e = entities[o.entity];
    if (o.end > range.to || e === undefined || !accepts(e)) continue;
    if (best === null || o.entity < best.entity) best = { at: o.at, entity: o.entity };
  }
  const entity = best === null ? undefined : entities[best.entity];
  return best === null || entity === undefined ? null : { at: best.at, entity };
}
