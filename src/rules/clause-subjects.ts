/**
 * Subjects a sentence gives outside the usual "X verb" order: the named subject of a clause
 * coordinated with the reporting verb ("L'OFAG retire … et considère …"), and the pronoun a
 * clause before a colon is about ("le métier est pour lui une passion : « … »").
 */
import type { Entity } from '../types.js';
import type { Phrase } from './speaker.js';
import { tailStart } from './text.js';

/** Connectors and a determiner opening a clause, before its named subject. */
const CLAUSE_OPENING = /^(?:(?:mais|et|or|donc|ainsi|puis|enfin|de plus)\s*,?\s*)?/iu;
const NAME_DETERMINER = /^(?:(?:le|la|les)\s+|l['’])?/iu;
/** Types of the names that can speak. */
const SPEAKING_TYPES = new Set(['ORG', 'PERSON', 'OTHER']);

/**
 * "L'OFAG retire le produit et considère la substance comme …": a verb right after "et" shares
 * the subject of the clause it is coordinated with; without a verb lexicon that clause's own verb
 * ("retire") is unknown, so only a named subject opening the sentence is taken, with its
 * determiner and a bracketed acronym.
 */
export function firstClauseSubject(
  text: string,
  from: number,
  verbStart: number,
  entities: Entity[],
): Phrase | null {
  if (!/\set\s+$/u.test(text.slice(tailStart(text, from, verbStart), verbStart))) return null;
  const clause = text.slice(from, verbStart);
  const start = from + (CLAUSE_OPENING.exec(clause)?.[0].length ?? 0);
  const at = start + (NAME_DETERMINER.exec(text.slice(start, verbStart))?.[0].length ?? 0);
  let end = -1;
  for (const e of entities.filter((x) => SPEAKING_TYPES.has(x.type))) {
    for (const form of e.mentions) {
      if (form.length > 0 && text.startsWith(form, at)) end = Math.max(end, at + form.length);
    }
  }
  if (end < 0 || end >= verbStart) return null;
  end += /^\s*\([^()]{1,20}\)/u.exec(text.slice(end, end + 24))?.[0].length ?? 0;
  return { text: text.slice(start, end), start, end };
}

/**
 * Who a clause before a colon is about, when it names no one: a stressed pronoun after a
 * preposition ("le métier est pour lui une passion :") or a subject pronoun with a verb that is
 * not impersonal ("Elle a une explication :", not "Il faut le dire :").
 */
const ABOUT_PRONOUN =
  /(?:^|[\s,])(?:(?:pour|selon|chez|d['’]après)\s+(lui|elle|eux|elles)|(il|elle|ils|elles)\s+(?!(?:faut|fallait|y|s['’]agit|semble|paraît|suffit|reste|est|était|sera)\b))(?=[\s,])/iu;

/** The pronoun a clause before a colon is about ("pour lui", "Elle"), or null. */
export function pronounAbout(text: string, from: number, to: number): Phrase | null {
  const m = ABOUT_PRONOUN.exec(text.slice(from, to));
  const word = m?.[1] ?? m?.[2];
  if (m === null || word === undefined) return null;
  const start = from + m.index + m[0].lastIndexOf(word);
  return { text: word, start, end: start + word.length };
}
