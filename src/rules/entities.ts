/**
 * Entity stage of the rules engine: find name mentions → drop those inside a role → stretch to
 * acronym expansions → type each mention → merge into entities.
 */
import type { Entity } from '../types.js';
import { entitiesMatching } from './entity-index.js';
import { ORG_HEADS } from './entity-words.js';
import { findLaws } from './laws.js';
import { acronymPairs, mergeMentions } from './merge.js';
import { findMentions, type Mention } from './mentions.js';
import { fold } from './text.js';
import { isInsideRole, typeMention } from './typing.js';

/** Mentions stretched to the spelled-out form of a bracketed acronym, plus lower-case expansions. */
function withExpansions(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (const pair of acronymPairs(text)) {
    const inside = out.filter((m) => m.start >= pair.start && m.end <= pair.end);
    const first = inside[0];
    const sentence = first?.sentence ?? -1;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ surface: pair.long, start: pair.start, end: pair.end, initial: false, sentence });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "département de la Défense": a lower-case organisation head before a name belongs to it. */
function withOrgHeads(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // "ministère des Affaires étrangères", then "ministère chinois des Affaires étrangères".
    const head = [ORG_HEAD_BEFORE, ORG_HEAD_ADJECTIVE_BEFORE]
      .map((re) => re.exec(before))
      .find((h) => h !== null && ORG_HEADS.has(fold(h[1] ?? '')));
    if (head === undefined || head === null) return m;
    const start = m.start - (before.length - head.index);
    return { ...m, start, surface: text.slice(start, m.end) };
  });
}

const OF = String.raw`(?:de\s+la|de\s+l['’]|du|des|de|d['’])`;
const ORG_HEAD_BEFORE = new RegExp(String.raw`(?<!\p{L})(\p{L}+)\s+${OF}\s*$`, 'u');
const ORG_HEAD_ADJECTIVE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(\p{L}+)\s+\p{Ll}+\s+${OF}\s*$`,
  'u',
);

/** Lower-case adjectives that end an institution's name ("Affaires étrangères", "nationale"). */
const ORG_TAIL_ADJECTIVE =
  /^\s+(\p{Ll}+(?:aires?|ères?|als?|ales?|aux|els?|elles?|iques?|aises?|iennes?|éennes?|ieures?))(?!\p{L})/u;
/**
 * One complement in lower case ends many institutions' names ("Organisation mondiale de la
 * santé", "Académie d'agriculture", "Cour de cassation"); a few nouns that start adverbials or
 * quantities, and infinitives ("a demandé à la Confédération d'interdire"), are not part of it.
 */
const ORG_TAIL_COMPLEMENT =
  /^\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?!(?:manière|façon|plus|moins|nouveau|son|sa|ses|leur|leurs|ce|cette|ces|tout|toute|tous)(?!\p{L}))(?!\p{Ll}+(?:er|ir|oir|ire|dre|tre)(?!\p{L}))\p{Ll}[\p{Ll}-]+(?!\p{L})(?!\s*\p{Lu})/u;
/** At most this many adjectives are added. */
const MAX_ORG_TAIL = 2;

/** "Ministère des Affaires étrangères": an organisation name takes its trailing adjectives. */
function withOrgTails(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (!ORG_HEADS.has(fold(m.surface.split(/\s+/)[0] ?? ''))) return m;
    let end = m.end;
    for (let i = 0; i < MAX_ORG_TAIL; i++) {
      const adj = ORG_TAIL_ADJECTIVE.exec(text.slice(end, end + 40));
      if (adj === null) break;
      end += adj[0].length;
    }
    const complement = ORG_TAIL_COMPLEMENT.exec(text.slice(end, end + 40));
    if (complement !== null) end += complement[0].length;
    return { ...m, end, surface: text.slice(m.start, end) };
  });
}

/** Entities of an article text, in order of first mention. */
export function extractEntities(text: string): Entity[] {
  const found = findMentions(text).filter((m) => !isInsideRole(text, m));
  const mentions = withExpansions(text, withOrgTails(text, withOrgHeads(text, found)));
  const laws = findLaws(text);
  // A name inside a legal text ("Constitution" of "Constitution de 1958") is that text's.
  const outside = mentions.filter((m) => !laws.some((l) => m.start < l.end && l.start < m.end));
  const typed = outside.map((m) => typeMention(text, m));
  return mergeMentions(
    text,
    [...typed, ...laws].sort((a, b) => a.start - b.start),
  );
}

/** Whether `form` occurs in `text` as whole words (case and accents ignored). */
export function occursIn(text: string, form: string): boolean {
  return hasForm(wordsLine(text), form);
}

/** The text folded, its words separated by single spaces and padded: what `hasForm` searches. */
function wordsLine(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** Folded needles of entity forms: the same few forms are looked up for every claim. */
const needles = new Map<string, string>();
const MAX_NEEDLES = 10_000;

function hasForm(line: string, form: string): boolean {
  let needle = needles.get(form);
  if (needle === undefined) {
    needle = ` ${fold(form)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
    if (needles.size >= MAX_NEEDLES) needles.clear();
    needles.set(form, needle);
  }
  return needle.length > 2 && line.includes(needle);
}

/** Ids of the entities one of whose mentions (or name) occurs in any of the texts. */
export function entitiesIn(texts: string[], entities: Entity[]): string[] {
  return entitiesMatching(texts, entities).flatMap((i) => entities[i]?.id ?? []);
}

/** The first entity named in a speaker phrase ("la société Apple" → Apple), if any. */
export function entityOfSpeaker(speaker: string, entities: Entity[]): Entity | undefined {
  const first = entitiesMatching([speaker], entities)[0];
  return first === undefined ? undefined : entities[first];
}
