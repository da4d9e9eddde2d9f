/**
 * Where the text names what a pronoun or a description may stand for: every occurrence of every
 * entity form, found in one pass; live-blog items (a time stamp starts one); the groups the text
 * describes ("les chercheurs"); and the title a person was given ("Marc Vidal, toxicologue").
 * Look-ups go backwards from a position over these sorted lists, never over the whole text.
 */
import type { Entity } from '../types.js';
import { isDescribedSpeaker, type Phrase } from './speaker.js';
import { fold, paragraphsOf } from './text.js';
import { trieAlternation } from './trie-regex.js';

/** One place where an entity is named. */
export interface Occurrence {
  at: number;
  end: number;
  entity: Entity;
}

const WORD = String.raw`[\p{L}\p{N}]`;
const apostrophes = (s: string): string => s.replace(/’/g, "'");
/** Longest form looked for, in characters (the longest real names are about 80). */
const MAX_FORM = 200;

/**
 * Whole-word occurrences of the entities' forms, in text order: one regex built as a trie (see
 * trie-regex.ts), so the scan stays linear whatever the number of names.
 */
export function occurrencesOf(text: string, entities: Entity[]): Occurrence[] {
  const byForm = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const form of new Set(e.mentions)) {
      // No name runs past MAX_FORM characters; a longer run of capitals is a heading or an attack,
      // and the matcher built from the forms must not grow with it (trie-regex.ts recurses per letter).
      if (form.length === 0 || form.length > MAX_FORM) continue;
      const key = apostrophes(form);
      byForm.set(key, [...(byForm.get(key) ?? []), e]);
    }
  }
  if (byForm.size === 0) return [];
  const re = new RegExp(`(?<!${WORD})(?:${trieAlternation(byForm.keys())})(?!${WORD})`, 'gu');
  const out: Occurrence[] = [];
  for (const m of text.matchAll(re)) {
    for (const entity of byForm.get(apostrophes(m[0])) ?? []) {
      out.push({ at: m.index, end: m.index + m[0].length, entity });
    }
  }
  return out;
}

/** Index of the last item of `sorted` whose key is below `pos`, else -1 (binary search). */
export function lastBefore<T>(sorted: T[], key: (t: T) => number, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid] as T) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The last occurrence in [from, to) that `accept` takes, walking back from `to`. */
export function lastOccurrence(
  occurrences: Occurrence[],
  from: number,
  to: number,
  accept: (o: Occurrence) => boolean,
): Occurrence | null {
  for (let i = lastBefore(occurrences, (o) => o.at, to); i >= 0; i--) {
    const o = occurrences[i];
    if (o === undefined || o.at < from) break;
    if (accept(o)) return o;
  }
  return null;
}

/**
 * A live-blog item starts at its time stamp ("10h45", "9 h 30", "14:05"); what was said in one
 * item is not what a pronoun of the next one stands for. Section headings do not reset anything:
 * a report's sections keep their speakers ("Des tensions avec la présidence" then "pour lui").
 */
const TIME_STAMP = /^(?:\d{1,2}\s?[h:]\s?\d{2}|\d{1,2}\s?h)$/u;
/**
 * A heading opened by its time stamp and a dash or a colon ("8h47 - ABB voit ses commandes …",
 * "14:05 : …"): the item's title, which starts it as a bare time stamp does. A time inside a
 * sentence ("À 9h40, les pompiers …") opens nothing.
 */
const STAMPED_HEADING = /^(?:\d{1,2}\s?[h:]\s?\d{2}|\d{1,2}\s?h)\s*[-–—:]\s+\S/u;

/** Start offsets of the live-blog items of a text (none for an ordinary article). */
export function itemStarts(text: string): number[] {
  return paragraphsOf(text)
    .filter((p) => TIME_STAMP.test(p.text) || STAMPED_HEADING.test(p.text))
    .map((p) => p.start);
}

/**
 * Articles, possessives and prepositions of place before a name make it a thing or a place
 * ("les Beaux-Arts", "la Défense", "ses Mémoires", "vit à Saint-Denis", "en Bretagne").
 */
const ARTICLE_BEFORE =
  /(?:^|[^\p{L}])(?:le|la|les|l['’]|des|du|au|aux|un|une|son|sa|ses|leur|leurs|à|en|dans|depuis|vers)\s*$/iu;

/**
 * Whether an occurrence may be a person "il"/"elle" stands for: a name typed as a person, or a
 * name the tables do not type ("on croise Zineb") unless an article says it is a thing.
 */
export function personLike(text: string, o: Occurrence): boolean {
  if (o.entity.type === 'PERSON') return true;
  if (o.entity.type !== 'OTHER') return false;
  return !ARTICLE_BEFORE.test(text.slice(Math.max(0, o.at - 8), o.at));
}

/** A group described by a plural determiner and a speaker noun ("les chercheurs", "des élus"). */
const GROUP = /(?<!\p{L})(les|ces|des)\s+(\p{Ll}[\p{L}-]+)/giu;

/** The last group described in [from, to), as written ("Les commerçants"); null if none. */
export function lastGroup(text: string, from: number, to: number): Phrase | null {
  let best: Phrase | null = null;
  for (const m of text.slice(from, to).matchAll(GROUP)) {
    const phrase = `${m[1] ?? ''} ${m[2] ?? ''}`;
    if (!isDescribedSpeaker(phrase)) continue;
    const start = from + m.index;
    best = { text: text.slice(start, start + m[0].length), start, end: start + m[0].length };
  }
  return best;
}

/**
 * A text named by its kind and a proper name ("la déclaration de Rio", "la charte de Lisbonne",
 * "le traité de Maastricht"): what "le texte" stands for.
 */
const NAMED_TEXT =
  /(?<!\p{L})(?:déclaration|convention|charte|traité|loi|directive|résolution|accord|pacte|protocole|constitution)\s+(?:de\s+|du\s+|d['’])\p{Lu}[\p{L}-]*/giu;

/** The text named last in [from, to), as written without its article; null if none. */
export function lastNamedText(text: string, from: number, to: number): string | null {
  let found: string | null = null;
  for (const m of text.slice(from, to).matchAll(NAMED_TEXT)) found = m[0];
  return found;
}

/** A title and a surname ("M. Peskov", "Mme Binet"): the person named in full before. */
const TITLED = /^(?:M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Me)\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** The full name ("Dmitri Peskov") a titled surname stands for, named before `to`; else null. */
export function fullNameOf(
  text: string,
  occurrences: Occurrence[],
  speaker: string,
  to: number,
): string | null {
  const surname = TITLED.exec(speaker)?.[1];
  if (surname === undefined) return null;
  const tail = ` ${fold(surname)}`;
  const o = lastOccurrence(occurrences, 0, to, (x) => {
    const name = fold(x.entity.name);
    return personLike(text, x) && name.endsWith(tail) && name.length > tail.length;
  });
  return o?.entity.name ?? null;
}

/** Things counted or listed ("deux initiatives", "plusieurs recours"): what "celle sur …" picks from. */
const COUNTED =
  /(?<!\p{L})(?:deux|trois|quatre|cinq|plusieurs|les|des|ces)\s+(\p{Ll}[\p{L}-]*[sx])(?!\p{L})/giu;

/** The plural noun counted last in [from, to) ("initiatives"), or null. */
export function lastCounted(text: string, from: number, to: number): string | null {
  let noun: string | null = null;
  for (const m of text.slice(from, to).matchAll(COUNTED)) noun = m[1] ?? null;
  return noun;
}

/** The last `n` distinct entities `accept` takes in [from, to), in text order ("A, B et C"). */
export function lastNamedEntities(
  occurrences: Occurrence[],
  from: number,
  to: number,
  n: number,
  accept: (o: Occurrence) => boolean,
): Entity[] {
  const found: Entity[] = [];
  for (let i = lastBefore(occurrences, (o) => o.at, to); i >= 0 && found.length < n; i--) {
    const o = occurrences[i];
    if (o === undefined || o.at < from) break;
    if (accept(o) && !found.includes(o.entity)) found.push(o.entity);
  }
  return found.reverse();
}

/** How close (characters) a name sits to the title it was given: "X, toxicologue" / "la toxicologue X". */
const TITLE_GAP = 3;
/** How far (characters) the complement of a title may run before the name it closes. */
const COMPLEMENT_REACH = 90;
/**
 * A title's complement closed by a comma before the name: "la ministre de la Culture, X", "le
 * juge en chef de la cour d'appel, X". No comma inside, so no clause of its own ("la ministre
 * de la Culture a reçu X" gives no title to X).
 */
const TITLE_COMPLEMENT = /^\s+(?:de|du|des|d['’]|à|au|aux)\s*[^,.;:!?«»()\n]{1,80},\s*$/u;

/** Whether a name at `o` is the one a title at [start, end) was given to. */
function closesTitle(text: string, o: Occurrence, start: number, end: number): boolean {
  if (o.at < end) return start - o.end <= TITLE_GAP && start >= o.end;
  return o.at - end <= TITLE_GAP || TITLE_COMPLEMENT.test(text.slice(end, o.at));
}

/**
 * The person a title was given to before `to` ("assure Marc Vidal, toxicologue à Lyon", "la
 * toxicologue Dominique Parent-Massin", "la ministre de la Culture, Hélène Garnier"): "le
 * toxicologue", "la ministre" later stand for that person, whatever was named since.
 */
export function personTitled(
  text: string,
  occurrences: Occurrence[],
  head: string,
  from: number,
  to: number,
): string | null {
  const window = fold(text.slice(from, to));
  const needle = fold(head);
  for (let at = window.lastIndexOf(needle); at >= 0; at = window.lastIndexOf(needle, at - 1)) {
    const start = from + at;
    const end = start + head.length;
    const wordStart = !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '');
    const wordEnd = !/[\p{L}\p{N}]/u.test(text[end] ?? '');
    if (wordStart && wordEnd) {
      const near = lastOccurrence(
        occurrences,
        start - 60,
        end + COMPLEMENT_REACH,
        (o) => personLike(text, o) && closesTitle(text, o, start, end),
      );
      if (near !== null) return near.entity.name;
    }
    if (at === 0) break;
  }
  return null;
}
