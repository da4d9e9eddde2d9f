/**
 * Claimants in reading order: a speaker as written ("il", "la société", "le toxicologue", "leur
 * étude") becomes the person, body or group it stands for. What counts as "since the last
 * statement" ends with the sentence of that statement (names in its tail, "…, dit X, qui a
 * travaillé avec Y", are not new antecedents) and a live-blog item starts afresh.
 */
import type { Entity } from '../types.js';
import type { Attribution } from './attribution.js';
import {
  fullNameOf,
  itemStarts,
  lastBefore,
  lastNamedText,
  lastOccurrence,
  occurrencesOf,
  personLike,
  personTitled,
  type Occurrence,
} from './antecedents.js';
import {
  ANTECEDENT_WINDOW,
  PERSON_REACH,
  clashes,
  endOfSentenceAt,
  genderOfSpeaker,
  inQuotation,
  namedLast,
  officeQuery,
  paragraphStart,
  personQuery,
  writtenGender,
  type Context,
  type State,
} from './claimant-context.js';
import {
  BODY,
  bodyOf,
  demonstrativeOf,
  numberedOf,
  onSource,
  organisationOf,
  pluralOf,
} from './claimant-groups.js';
import { introducedSpeaker, roleHolder } from './descriptions.js';
import { entityOfSpeaker } from './entities.js';
import { chainAntecedent, describedSubjectBefore } from './described-subjects.js';
import { officeHolder, roleSubjectBefore } from './offices.js';
import { findQuotations } from './quotes.js';
import { captionsOf, gendersOf, isSubjectPosition, personBefore } from './persons.js';
import { GENERIC_ORG, POSSESSIVE_SPEAKER, PRONOUNS, isPersonDescription } from './speaker.js';
import { fold, sentencesOf } from './text.js';

/** Entity types "il"/"elle" may stand for when no speaker came before. */
const SPEAKER_LIKE = new Set(['PERSON', 'ORG']);
/** A singular subject or stressed pronoun: may stand for a person just named. */
const SINGULAR_PRONOUN = /^(?:il|elle|lui)$/iu;
/** Plural pronouns and a group's own document: the group named last ("Selon leur étude"). */
const PLURAL_SPEAKER =
  /^(?:ils|elles|eux|leurs?\s+(?:étude|études|rapport|rapports|enquête|analyse|travaux|recherches|article|livre|ouvrage|note))$/iu;
/** Works that speak for their author ("le livre dénonçait" → the writer named before). */
const WORK = /^(?:le|l['’]|cet|ce|son)\s*(?:livre|ouvrage|essai|roman|récit|film|documentaire)$/iu;
/** "Ce dernier", "cette dernière": the person named last. */
const LATTER = /^(?:[Cc]e|[Cc]ette)\s+derni(?:er|ère)$/u;
/** The source cited last, by a demonstrative or "même" ("cette source", "la même source"). */
const SAME_SOURCE =
  /^(?:(?:[Cc]ette|[Ll]a)\s+même\s+source|[Cc]ette\s+source)$|(?:de|d['’]après)\s+la\s+même\s+source$/u;

/** A document of the speaker before ("Pour l'ONG, … Son rapport annuel indique …"). */
const OWN_DOCUMENT =
  /^(?:[Ss]on|[Ss]a)\s+(?:rapport|étude|enquête|évaluation|analyse|audit|bilan|note|communiqué|document)(?![\p{L}])/u;

/**
 * What someone said, told by a relative with a subject pronoun ("le récit qu'elle livre", "les
 * propos qu'il a tenus", "la version qu'ils défendent"): the pronoun's antecedent speaks.
 */
const SAYING_BY_PRONOUN =
  /^(?:le|la|les|l['’]|ce|cet|cette|ces)\s*(?:récit|témoignage|propos|explications?|version|déclarations?|mots|paroles|déposition|interview|entretien|confidences?|réponses?|analyse|lettre|courrier|message|discours)\s+qu['’](il|elle|ils|elles)(?!\p{L})/iu;
/** A client's lawyers by a possessive ("son avocat", "ses avocates"): kept as written. */
const COUNSEL = /^(?:son|sa|ses|leurs?)\s+avocat(?:e|s|es)?$/iu;

/** A text that speaks ("dit le texte"): the declaration, charter or law named before. */
const TEXT_SPEAKER = /^(?:le|ce)\s+(?:texte|document)$/iu;

/** Kinds of companies a story names its company by, besides GENERIC_ORG's ("le conglomérat"). */
const COMPANY =
  /^(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:conglomérat|banque|assureur|opérateur|distributeur|équipementier|laboratoire|chimiste|pétrolier|sidérurgiste|transporteur|armateur|industriel|club|parti|syndicat)(?!\p{L})/u;

/**
 * "La secrétaire générale de la CGT a exposé … Selon elle, …": with no person named since the
 * last statement, a pronoun continues a subject described by its role written since then (a
 * bounded window back); that role's holder when the text names one (offices.ts), else as written.
 */
function describedSubject(ctx: Context, st: State, att: Attribution): string | null {
  const pos = att.speaker.start;
  const from = Math.max(st.barrier, st.item, pos - ANTECEDENT_WINDOW);
  const gender = writtenGender(ctx, att);
  // Any person or body described ("Le suspect … Il affirme") when there is no speaker before
  // the pronoun may continue: none in this item or this paragraph, or one of the other gender.
  const loose =
    st.previous === null ||
    st.barrier < paragraphStart(ctx, pos) ||
    clashes(ctx, st, att, st.previous);
  const paragraph = { from: Math.max(st.item, paragraphStart(ctx, pos)), to: pos };
  const subject =
    roleSubjectBefore(ctx.text, from, pos, gender) ??
    (loose ? describedSubjectBefore(ctx.text, from, pos, gender) : null) ??
    (loose ? chainAntecedent(ctx.text, paragraph, att.speaker.text, gender) : null);
  if (subject === null) return null;
  // "L'anthropologue utilise … observe-t-il": a person described is read as if it spoke.
  if (isPersonDescription(subject.text)) {
    return resolveOne(ctx, st, { ...att, speaker: subject });
  }
  // "La mairie de Namur a publié … Selon elle": the body by its name.
  const bare = fold(subject.text.replace(/^(?:le|la|l['’])\s*/iu, ''));
  const body = ctx.entities.find((e) => e.type !== 'PERSON' && fold(e.name) === bare);
  if (body !== undefined) return body.name;
  // "Le conglomérat industriel … indique-t-il": a company described is the one named before.
  if (GENERIC_ORG.test(subject.text) || COMPANY.test(subject.text)) {
    return organisationOf(ctx, st, { ...att, speaker: subject }) ?? subject.text;
  }
  const query = { ...officeQuery(ctx, st, att), at: subject.start };
  return officeHolder(query, subject.text) ?? subject.text;
}

/**
 * "Le frère affirme …. À propos des adversaires de X, il assure …": X, named since the last
 * statement only as a complement, is spoken of; when that statement was made in the same
 * paragraph, "il" continues its speaker when that speaker is known to be of the pronoun's gender.
 */
const AFTER_PREPOSITION =
  /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|contre|par|pour|sur|avec|envers)\s*$/iu;
function mentionedOnly(ctx: Context, st: State, att: Attribution, name: string): boolean {
  const pos = att.speaker.start;
  if (st.previous === null || st.barrier <= paragraphStart(ctx, pos)) return false;
  // Only a speaker known to be of the pronoun's gender: "le roman de X … écrit-elle" is X's.
  const gender = writtenGender(ctx, att);
  const previous = st.previous;
  const known =
    st.genders.get(previous) ?? ctx.genders.get(previous) ?? genderOfSpeaker(previous) ?? null;
  if (gender === null || known !== gender) return false;
  const from = Math.max(st.barrier, st.item, pos - PERSON_REACH);
  // Only complements: a name introduced as an object ("on croise X, infirmière") is often the
  // next speaker.
  const notComplement = lastOccurrence(
    ctx.occurrences,
    from,
    pos,
    (o) =>
      o.entity.name === name &&
      (isSubjectPosition(ctx.text, o) || !AFTER_PREPOSITION.test(ctx.text.slice(o.at - 12, o.at))),
  );
  return notComplement === null;
}

/** A person named since the last statement, outside this statement ("On croise Lucie. « … », dit-elle"). */
function newPerson(ctx: Context, st: State, att: Attribution): string | null {
  const pos = att.speaker.start;
  const from = Math.max(st.barrier, st.item, pos - PERSON_REACH);
  return personBefore(personQuery(ctx, st, att), from, pos);
}

/**
 * A role before a name in one speaker phrase ("le maire Paul Durand", "la ministre des Sports,
 * Julie Martin"): the name is who speaks, the gold's convention. Not a name after a preposition
 * ("le porte-parole de X" speaks for X, is not X).
 */
const ROLE_THEN_NAME = /^(?:[Ll]e|[Ll]a|[Ll]['’])\s*\p{Ll}[^,;:«»()]*?,?\s*$/u;
const PREPOSITION_LAST = /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|pour|chez|par|avec)\s*$/iu;

function nameAfterRole(ctx: Context, att: Attribution): string | null {
  const { start, end } = att.speaker;
  const o = lastOccurrence(ctx.occurrences, start + 1, end, (x) => x.end === end);
  if (o === null || o.entity.type !== 'PERSON') return null;
  const before = ctx.text.slice(start, o.at);
  const role = before.split(/\s+/u).length <= 8 && ROLE_THEN_NAME.test(before);
  return role && !PREPOSITION_LAST.test(before) ? o.entity.name : null;
}

/** The head noun of a person described ("la toxicologue" → "toxicologue"). */
const headOf = (raw: string): string =>
  raw.replace(/^\S+\s+(?:(?:jeune|vieille|vieil)\s+)?|^l['’]/iu, '');

/** What one speaker as written stands for. */
function resolveOne(ctx: Context, st: State, att: Attribution): string {
  // "L'entreprise y affirme", "Le groupe en dit": the clitic is not part of the speaker.
  // "Chez PSA, on juge": the organisation is the speaker.
  const raw = att.speaker.text.replace(/\s+(?:y|en)$/iu, '').replace(/^chez\s+/iu, '');
  // "Lui et ses proches accusent": the pronoun is resolved, the rest kept as written.
  const joined = /^(lui|elle)(\s+et\s+\S.*)$/iu.exec(raw);
  if (joined !== null) {
    const word = joined[1] ?? '';
    const who = resolveOne(ctx, st, { ...att, speaker: { ...att.speaker, text: word } });
    return who === word ? raw : `${who}${joined[2] ?? ''}`;
  }
  // "d'après le récit qu'elle livre": the pronoun of the relative is who speaks.
  const teller = SAYING_BY_PRONOUN.exec(raw)?.[1];
  if (teller !== undefined) {
    const who = resolveOne(ctx, st, { ...att, speaker: { ...att.speaker, text: teller } });
    if (who !== teller) return who;
  }
  const pos = att.speaker.start;
  const apposed = nameAfterRole(ctx, att);
  if (apposed !== null) return apposed;
  if (/^on$/iu.test(raw)) return onSource(ctx, st, att) ?? raw;
  const windowFrom = Math.max(st.item, pos - ANTECEDENT_WINDOW);
  const person =
    SINGULAR_PRONOUN.test(raw) || isPersonDescription(raw) ? newPerson(ctx, st, att) : null;
  if (SINGULAR_PRONOUN.test(raw) && person !== null) {
    return mentionedOnly(ctx, st, att, person) ? (st.previous ?? person) : person;
  }
  if (SINGULAR_PRONOUN.test(raw)) {
    const described = describedSubject(ctx, st, att);
    if (described !== null) return described;
  }
  // "Il explique" after a speaker "elle" stood for: the person of that gender named before.
  if (SINGULAR_PRONOUN.test(raw) && st.previous !== null && clashes(ctx, st, att, st.previous)) {
    const from = Math.max(st.item, pos - PERSON_REACH);
    return personBefore(personQuery(ctx, st, att), from, pos) ?? raw;
  }
  if (PLURAL_SPEAKER.test(raw)) return pluralOf(ctx, st, pos) ?? st.previous ?? raw;
  // "selon lui", "d'après eux": stressed pronouns stand for the previous speaker too.
  if (PRONOUNS.has(fold(raw)) || /^(?:lui|eux)$/iu.test(raw)) {
    // In a live-blog item, the item is what the pronoun's context is: its heading names it.
    const from = st.item > 0 ? Math.max(st.item, pos - PERSON_REACH) : windowFrom;
    return st.previous ?? namedLast(ctx, from, pos, SPEAKER_LIKE)?.entity.name ?? raw;
  }
  // "Ce dernier rappelle": the person of that gender named last, whatever its place in the
  // sentence (the word is there to point past the subject: "X a reçu Y. Ce dernier …" is Y).
  if (LATTER.test(raw)) {
    const q = personQuery(ctx, st, att);
    const gender = /^cette/iu.test(raw) ? 'f' : 'm';
    const fits = (o: Occurrence): boolean =>
      personLike(ctx.text, o) && !q.skip(o) && (q.genderOf(o.entity.name) ?? gender) === gender;
    const from = Math.max(st.item, pos - PERSON_REACH);
    return lastOccurrence(ctx.occurrences, from, pos, fits)?.entity.name ?? raw;
  }
  const described =
    roleHolder(ctx.text, ctx.occurrences, raw, { from: st.item, to: pos }) ??
    introducedSpeaker(ctx.text, st.written, raw, { from: st.item, to: pos });
  // "Le ministre" after "la ministre de la Justice, X": a role of the other gender is not X's.
  if (described !== null && !clashes(ctx, st, att, described)) return described;
  const holder = officeHolder(officeQuery(ctx, st, att), raw);
  if (holder !== null) return holder;
  // "selon cette source", "de la même source" with no "une source" before: the source just cited.
  if (SAME_SOURCE.test(raw) && st.previous !== null) return st.previous;
  if (isPersonDescription(raw)) {
    const from = Math.max(st.item, pos - PERSON_REACH);
    const titled = personTitled(ctx.text, ctx.occurrences, headOf(raw), from, pos);
    const last = lastOccurrence(
      ctx.occurrences,
      from,
      pos,
      (o) => personLike(ctx.text, o) && !inQuotation(ctx, o.at),
    );
    const fits = titled !== null && !clashes(ctx, st, att, titled);
    return (fits ? titled : null) ?? person ?? last?.entity.name ?? raw;
  }
  const named =
    fullNameOf(ctx.text, ctx.occurrences, raw, pos) ??
    bodyOf(ctx, st, raw, pos) ??
    numberedOf(ctx, st, raw, pos) ??
    demonstrativeOf(ctx, st, raw, pos);
  if (named !== null) return named;
  if (BODY.test(raw) && !GENERIC_ORG.test(raw)) return raw;
  if (TEXT_SPEAKER.test(raw)) {
    const lawFrom = Math.max(st.item, pos - ANTECEDENT_WINDOW);
    const law = namedLast(ctx, lawFrom, pos, new Set(['LAW']))?.entity.name;
    return law ?? lastNamedText(ctx.text, lawFrom, pos) ?? raw;
  }
  if (WORK.test(raw)) {
    return namedLast(ctx, windowFrom, pos, new Set(['PERSON']))?.entity.name ?? raw;
  }
  // "Son évaluation annuelle des menaces, publiée …, décrivait": the document of the speaker of
  // the same paragraph; a speaker of an earlier paragraph is too far to be what "son" means.
  if (OWN_DOCUMENT.test(raw) && st.previous !== null && st.barrier > paragraphStart(ctx, pos)) {
    return st.previous;
  }
  // "son porte-parole", "ses auteurs": someone of the body named before, as for "la société".
  // "selon ses avocats": lawyers speak for a client, in their own name (as "l'avocat" does).
  if (COUNSEL.test(raw)) return raw;
  if (GENERIC_ORG.test(raw) || POSSESSIVE_SPEAKER.test(raw)) {
    return organisationOf(ctx, st, att) ?? raw;
  }
  return raw;
}

/**
 * "raconte-t-elle" resolved to X: X is a woman for the pronouns after. Persons only: a body's
 * pronoun follows the noun it is named by ("la Cour … d'après lui" is loose, not a clash).
 */
function learnGender(ctx: Context, st: State, att: Attribution, resolved: string): void {
  const raw = att.speaker.text;
  const gender = SINGULAR_PRONOUN.test(raw) ? writtenGender(ctx, att) : null;
  if (gender === null || resolved === raw || st.genders.has(resolved)) return;
  const type = entityOfSpeaker(resolved, ctx.entities)?.type;
  if (type === 'PERSON' || type === 'OTHER') st.genders.set(resolved, gender);
}

/**
 * Claimants in reading order: pronouns → the person named since the last statement, else the
 * previous speaker (else the person or organisation named last); "ils"/"leur étude" → the group
 * described last; "le toxicologue" → the person given that title; "le livre" → its author; "les
 * trois entreprises" → the last three named; "celle sur X" → one of the things counted before;
 * "le texte" → the law or declaration named before;
 * "la société" → the organisation named since, else the previous speaker if an organisation.
 */
export function resolveClaimants(text: string, atts: Attribution[], entities: Entity[]): string[] {
  const ctx: Context = {
    text,
    entities,
    occurrences: occurrencesOf(text, entities),
    sentences: sentencesOf(text),
    items: itemStarts(text),
    captions: captionsOf(text),
    genders: new Map(),
    quoted: findQuotations(text).map((q) => q.outer),
  };
  ctx.genders = gendersOf(text, ctx.occurrences);
  const st: State = { previous: null, barrier: -1, item: 0, written: [], genders: new Map() };
  return atts.map((att) => {
    const here = Math.min(att.speaker.start, att.quote.start);
    const item = ctx.items[lastBefore(ctx.items, (x) => x, here + 1)] ?? 0;
    if (item > st.item) Object.assign(st, { previous: null, barrier: item, item });
    const resolved = resolveOne(ctx, st, att);
    learnGender(ctx, st, att, resolved);
    st.written.push(att.speaker.text);
    // An agent after "par", a denial quoted in another's words: not whom the next "il" means.
    if (att.aside !== true) st.previous = resolved;
    const ends = [att.quote.end - 1, att.speaker.end - 1].map((p) => endOfSentenceAt(ctx, p));
    st.barrier = Math.max(st.barrier, ...ends);
    return resolved;
  });
}
