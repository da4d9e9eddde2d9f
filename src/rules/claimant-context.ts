/**
 * The reading context of claimant resolution (claimants.ts): where things are named, sentence,
 * paragraph and live-blog item boundaries, the reading state carried from one statement to the
 * next, and the look-ups built from them for persons (persons.ts) and office holders (offices.ts).
 */
import type { Entity } from '../types.js';
import type { Attribution } from './attribution.js';
import { lastBefore, lastOccurrence, type Occurrence } from './antecedents.js';
import type { OfficeQuery } from './offices.js';
import type { Gender, PersonQuery } from './persons.js';
import type { Segment } from './text.js';

/** How far back (characters) "la société" or a stray "il" looks for what it stands for. */
export const ANTECEDENT_WINDOW = 600;
/**
 * How far back a person named since the last statement, or a title given, is looked for: a
 * description may run long between a name and its "écrit-elle".
 */
export const PERSON_REACH = 2000;
/** How far back a described group ("les chercheurs") is looked for by "ils" or "leur étude". */
export const GROUP_REACH = 1200;

/** Entity types "la société" may stand for (unknown names are mostly organisations). */
export const ORG_LIKE = new Set(['ORG', 'OTHER']);

/** Where things are named, and the boundaries of sentences and live-blog items. */
export interface Context {
  text: string;
  entities: Entity[];
  occurrences: Occurrence[];
  sentences: Segment[];
  items: number[];
  /** Photo captions, which pronouns do not look back into. */
  captions: Segment[];
  /** Genders the text gives names ("Mme X", "la journaliste X"). */
  genders: Map<string, Gender>;
  /** Quotations, in order: a name quoted is someone spoken of, not whom "elle" stands for. */
  quoted: Array<{ start: number; end: number }>;
}

/** Whether `pos` is inside one of the text's quotations (binary search). */
export function inQuotation(ctx: Context, pos: number): boolean {
  const q = ctx.quoted[lastBefore(ctx.quoted, (x) => x.start, pos + 1)];
  return q !== undefined && pos < q.end;
}

/** Reading state: the speaker resolved last and where the statements read so far end. */
export interface State {
  previous: string | null;
  /** Names after this offset are new antecedents. */
  barrier: number;
  /** Start of the live-blog item being read (0 outside live blogs). */
  item: number;
  /** Speakers as written so far, in order: "cette source" looks for "une source …" there. */
  written: string[];
  /** Genders learnt from the pronouns resolved so far ("raconte-t-elle" → X is a woman). */
  genders: Map<string, Gender>;
}

/** The gender a singular pronoun or a description gives ("elle", "la géologue"), else null. */
export function genderOfSpeaker(raw: string): Gender | null {
  if (/^elle$|^(?:la|une|cette)\s/iu.test(raw)) return 'f';
  if (/^(?:il|lui)$|^(?:le|un|ce|cet)\s/iu.test(raw)) return 'm';
  return null;
}

/**
 * The gender of the speaker as written on the page: "à ses yeux" is given the speaker "lui"
 * by attribution.ts, but says nothing of a gender.
 */
export function writtenGender(ctx: Context, att: Attribution): Gender | null {
  const written = ctx.text.slice(att.speaker.start, att.speaker.end);
  const word = att.speaker.text.split(/\s/u)[0] ?? '';
  const shown = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(written);
  return shown ? genderOfSpeaker(att.speaker.text) : null;
}

/** A look-up for the person a singular pronoun stands for (persons.ts). */
export function personQuery(ctx: Context, st: State, att: Attribution): PersonQuery {
  return {
    text: ctx.text,
    occurrences: ctx.occurrences,
    captions: ctx.captions,
    gender: writtenGender(ctx, att),
    genderOf: (name) => st.genders.get(name) ?? ctx.genders.get(name),
    skip: (o) => (o.at >= att.quote.start && o.at < att.quote.end) || inQuotation(ctx, o.at),
  };
}

/** How far ahead (characters) an office described may find the person it is given to. */
const OFFICE_AHEAD = 1500;

/** A look-up for the holder of an office described (offices.ts), within the live-blog item. */
export function officeQuery(ctx: Context, st: State, att: Attribution): OfficeQuery {
  const at = att.speaker.start;
  const next = ctx.items[lastBefore(ctx.items, (x) => x, at + 1) + 1] ?? Number.POSITIVE_INFINITY;
  return {
    text: ctx.text,
    occurrences: ctx.occurrences,
    from: Math.max(st.item, at - PERSON_REACH),
    at,
    to: Math.min(next, at + OFFICE_AHEAD),
    genderOf: (name) => st.genders.get(name) ?? ctx.genders.get(name),
    skip: (o) => (o.at >= att.quote.start && o.at < att.quote.end) || inQuotation(ctx, o.at),
    previous: st.previous,
  };
}

/** Whether a pronoun's gender rules out a speaker ("il" after a speaker "elle" stood for). */
export function clashes(ctx: Context, st: State, att: Attribution, name: string): boolean {
  const gender = writtenGender(ctx, att);
  // A speaker left as described ("le maire de la commune") has the gender of its determiner;
  // a name does not ("La Libre Belgique" is no woman).
  const described = /^\S+\s+\p{Ll}/u.test(name) ? genderOfSpeaker(name) : null;
  const known = st.genders.get(name) ?? ctx.genders.get(name) ?? described;
  return gender !== null && known !== null && known !== gender;
}

export const endOfSentenceAt = (ctx: Context, pos: number): number => {
  const s = ctx.sentences[lastBefore(ctx.sentences, (x) => x.start, pos + 1)];
  return s !== undefined && s.end > pos ? s.end : pos + 1;
};

/** Start of the paragraph holding `pos`, looked for at most PERSON_REACH back. */
export function paragraphStart(ctx: Context, pos: number): number {
  const from = Math.max(0, pos - PERSON_REACH);
  const at = ctx.text.slice(from, pos).lastIndexOf('\n');
  return at < 0 ? from : from + at + 1;
}

/** The entity of one of `types` named last in [from, pos). */
export function namedLast(
  ctx: Context,
  from: number,
  pos: number,
  types: Set<string>,
): Occurrence | null {
  return lastOccurrence(ctx.occurrences, from, pos, (o) => types.has(o.entity.type));
}
