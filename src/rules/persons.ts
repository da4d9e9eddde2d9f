/**
 * Which person "il" or "elle" stands for among the persons named before it. A pronoun subject
 * continues the subject of the sentences before it far more often than a name met as an object
 * or a complement ("X bouscule Y. Il affirme …" is X; "le roman de Y" is about Y, not by Y), a
 * name typed as a person is a better guess than a name the tables could not type ("chez
 * Lumio"), and a pronoun never stands for a person of the other gender, when the page tells it
 * (a title, a determiner, a pronoun already resolved to that person). Photo captions ("… ©
 * AFP") are not part of the prose a pronoun looks back into.
 */
import { lastBefore, personLike, type Occurrence } from './antecedents.js';
import { genderAround, genderOfFirstName } from './genders.js';
import { paragraphsOf, type Segment } from './text.js';

export type Gender = 'f' | 'm';

/** Gender given by what stands right before a name: a title or a determiner and a role. */
const GENDER_BEFORE: Array<[RegExp, Gender]> = [
  [/(?:^|[^\p{L}])(?:Mme|Madame|Mlle|Mademoiselle)\s+$/u, 'f'],
  [/(?:^|[^\p{L}])(?:M\.|Monsieur)\s+$/u, 'm'],
  // "la journaliste X", "une avocate X"; "le photographe X", "un élu X".
  [/(?:^|[^\p{L}])(?:[Ll]a|[Uu]ne|[Cc]ette)\s+\p{Ll}[\p{L}-]*\s+$/u, 'f'],
  [/(?:^|[^\p{L}])(?:[Ll]e|[Uu]n|[Cc]e|[Cc]et)\s+\p{Ll}[\p{L}-]*\s+$/u, 'm'],
];

/**
 * The gender of every person the text gives one for: a title or a determiner before a name
 * first, else the words agreed with it around (genders.ts), else its first name; the words and
 * the first name disagreeing ("Marie-Pierre X, professeur d'histoire"), neither.
 */
export function gendersOf(text: string, occurrences: Occurrence[]): Map<string, Gender> {
  const titled = new Map<string, Gender>();
  const agreed = new Map<string, Gender>();
  const out = new Map<string, Gender>();
  for (const o of occurrences) {
    const name = o.entity.name;
    if (titled.has(name) || !personLike(text, o)) continue;
    const before = text.slice(Math.max(0, o.at - 30), o.at);
    const found =
      o.entity.type === 'PERSON' ? GENDER_BEFORE.find(([re]) => re.test(before)) : undefined;
    if (found !== undefined) titled.set(name, found[1]);
    else if (!agreed.has(name)) {
      const around = genderAround(text, o, { subject: isSubjectPosition(text, o) });
      if (around !== null) agreed.set(name, around);
    }
    const first = o.entity.type === 'PERSON' ? genderOfFirstName(name) : null;
    const guess = titled.get(name) ?? agreed.get(name) ?? first;
    if (guess === null || guess === undefined) continue;
    if (!titled.has(name) && first !== null && guess !== first) out.delete(name);
    else out.set(name, guess);
  }
  return out;
}

/** Where a clause opens: the last punctuation mark before a name. */
const CLAUSE_OPEN = /[.!?;:,«»“”"()\n–—][^.!?;:,«»“”"()\n–—]*$/u;
/** A connector opening a clause before its subject. */
const CONNECTOR = /^(?:mais|et|or|donc|ainsi|alors|puis|enfin)(?:\s+|$)/iu;
/** A determiner and a role before a name ("le journaliste X", "la ministre des Sports X"). */
const ROLE_BEFORE = /^(?:le|la|les|l['’])\s*\S/iu;
/** A complement ends on its preposition ("la photo de X", "avec X", "chez X"). */
const PREPOSITION_END =
  /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|par|pour|avec|chez|sur|contre|entre|selon|sans|envers|vers)$/iu;
/** How far back (characters) the opening of the clause of a name is looked for. */
const SUBJECT_LOOKBACK = 80;

/** Whether the name at `o` opens its clause, alone or after a role: the clause's subject. */
export function isSubjectPosition(text: string, o: Occurrence): boolean {
  const window = text.slice(Math.max(0, o.at - SUBJECT_LOOKBACK), o.at);
  const open = CLAUSE_OPEN.exec(window);
  if (open === null && o.at > SUBJECT_LOOKBACK) return false;
  const before = (open === null ? window : open[0].slice(1)).trim().replace(CONNECTOR, '');
  if (before === '') return true;
  const words = before.split(/\s+/).length;
  return ROLE_BEFORE.test(before) && words <= 6 && !PREPOSITION_END.test(before);
}

/** Photo captions and credits: a paragraph carrying "©" or "(Photo …)". */
const CAPTION = /©|\(Photo\s/u;

/** The caption paragraphs of a text, in order (few; looked up by binary search). */
export function captionsOf(text: string): Segment[] {
  return paragraphsOf(text).filter((p) => CAPTION.test(p.text));
}

const inCaption = (captions: Segment[], at: number): boolean => {
  const p = captions[lastBefore(captions, (c) => c.start, at + 1)];
  return p !== undefined && at < p.end;
};

/** What a look-up for a person needs to know besides the window. */
export interface PersonQuery {
  text: string;
  occurrences: Occurrence[];
  captions: Segment[];
  /** Gender of the pronoun (null: any). */
  gender: Gender | null;
  /** Known gender of a name. */
  genderOf: (name: string) => Gender | undefined;
  /** Occurrences never taken (inside the statement's own quotation). */
  skip: (o: Occurrence) => boolean;
}

/**
 * The person a singular pronoun stands for among those named in [from, to). In the pronoun's
 * own paragraph, the last in subject position, else the last typed as a person, else the last
 * person-like name; before that paragraph, only a typed person in subject position comes first
 * (an untyped capitalised word opening a clause is as often a thing, "Convention citoyenne").
 */
export function personBefore(q: PersonQuery, from: number, to: number): string | null {
  const paragraph = from + q.text.slice(from, to).lastIndexOf('\n') + 1;
  return (
    lastByTier(q, Math.max(from, paragraph), to, (o, subject) =>
      subject ? 0 : o.entity.type === 'PERSON' ? 1 : 2,
    ) ??
    lastByTier(q, from, paragraph, (o, subject) =>
      o.entity.type === 'PERSON' ? (subject ? 0 : 1) : 2,
    )
  );
}

/** The last name in [from, to) of the best tier (0 best) among those a pronoun may take. */
function lastByTier(
  q: PersonQuery,
  from: number,
  to: number,
  tierOf: (o: Occurrence, subject: boolean) => number,
): string | null {
  const best: Array<Occurrence | undefined> = [];
  for (let i = lastBefore(q.occurrences, (o) => o.at, to); i >= 0 && best[0] === undefined; i--) {
    const o = q.occurrences[i];
    if (o === undefined || o.at < from) break;
    if (q.skip(o) || !personLike(q.text, o) || inCaption(q.captions, o.at)) continue;
    const known = q.genderOf(o.entity.name);
    if (q.gender !== null && known !== undefined && known !== q.gender) continue;
    const tier = tierOf(o, isSubjectPosition(q.text, o));
    best[tier] ??= o;
  }
  return best.find((o) => o !== undefined)?.entity.name ?? null;
}
