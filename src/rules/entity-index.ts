/**
 * The entities of an article indexed once, so that each statement looks up the few names it
 * may contain instead of testing every entity: scanning all entities per statement made long
 * articles quadratic (issue 11: no article over 500 ms at 150k characters). Built on first use
 * and kept with the entity list (which the engine never changes once built).
 */
import type { Entity } from '../types.js';
import { fold } from './text.js';

/** Folded words of a text (runs of letters and digits). */
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
