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
  lastCounted,
  lastGroup,
  lastNamedText,
  lastNamedEntities,
  lastOccurrence,
  occurrencesOf,
  personLike,
  personTitled,
  type Occurrence,
} from './antecedents.js';
import {
  introducedSpeaker,
  mediumNamed,
  roleHolder,
  sourceCitedBefore,
  sourceOfOn,
} from './descriptions.js';
import { entityOfSpeaker } from './entities.js';
import { officeHolder, roleSubjectBefore, type OfficeQuery } from './offices.js';
import { findQuotations } from './quotes.js';
import {
  captionsOf,
  gendersOf,
  isSubjectPosition,
  personBefore,
  type Gender,
  type PersonQuery,
} from './persons.js';
import { GENERIC_ORG, POSSESSIVE_SPEAKER, PRONOUNS, isPersonDescription } from './speaker.js';
import { fold, sentencesOf, type Segment } from './text.js';

/** How far back (characters) "la société" or a stray "il" looks for what it stands for. */
const ANTECEDENT_WINDOW = 600;
/**
 * How far back a person named since the last statement, or a title given, is looked for: a
 * description may run long between a name and its "écrit-elle".
 */
const PERSON_REACH = 2000;
/** How far back a described group ("les chercheurs") is looked for by "ils" or "leur étude". */
const GROUP_REACH = 1200;

/** Entity types "la société" may stand for (unknown names are mostly organisations). */
const ORG_LIKE = new Set(['ORG', 'OTHER']);
/** Entity types "il"/"elle" may stand for when no speaker came before. */
const SPEAKER_LIKE = new Set(['PERSON', 'ORG']);
/** A singular subject or stressed pronoun: may stand for a person just named. */
const SINGULAR_PRONOUN = /^(?:il|elle|lui)$/iu;
/** Plural pronouns and a group's own document: the group named last ("Selon leur étude"). */
const PLURAL_SPEAKER =
  /^(?:ils|elles|eux|leurs?\s+(?:étude|études|rapport|rapports|enquête|analyse|travaux|recherches|article|livre|ouvrage|note))$/iu;
/** Works that speak for their author ("le livre dénonçait" → the writer named before). */
const WORK = /^(?:le|l['’]|cet|ce|son)\s*(?:livre|ouvrage|essai|roman|récit|film|documentaire)$/iu;
/**
 * "Les trois entreprises", "les deux hommes": a count and a kind stand for the last ones of
 * that kind named. Kinds of people are listed; any other kind is taken for organisations.
 */
const NUMBERED =
  /^(?:les|ces)\s+(deux|trois|quatre|cinq)\s+(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*)?$/iu;
const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };
const PEOPLE =
  /^(?:hommes|femmes|dirigeants|dirigeantes|élus|élues|ministres|responsables|présidents|présidentes|candidats|candidates|chercheurs|chercheuses|experts|expertes|auteurs|autrices|avocats|avocates|chefs|leaders|scientifiques|médecins)$/iu;

/** "Celle sur les pesticides", "ceux du collectif": a demonstrative and its complement. */
const DEMONSTRATIVE =
  /^(celle|celui|celles|ceux)\s+((?:de|du|des|d['’]|sur|pour|contre|en|à|au|aux)(?!\p{L}).*)$/iu;
/** How far back the things "celle sur …" picks from are looked for. */
const COUNTED_REACH = 400;

/** "Ce dernier", "cette dernière": the person named last. */
const LATTER = /^(?:[Cc]e|[Cc]ette)\s+derni(?:er|ère)$/u;
/** The source cited last, by a demonstrative or "même" ("cette source", "la même source"). */
const SAME_SOURCE =
  /^(?:(?:[Cc]ette|[Ll]a)\s+même\s+source|[Cc]ette\s+source)$|(?:de|d['’]après)\s+la\s+même\s+source$/u;

/** A document of the speaker before ("Pour l'ONG, … Son rapport annuel indique …"). */
const OWN_DOCUMENT =
  /^(?:[Ss]on|[Ss]a)\s+(?:rapport|étude|enquête|évaluation|analyse|audit|bilan|note|communiqué|document)(?![\p{L}])/u;

/** A text that speaks ("dit le texte"): the declaration, charter or law named before. */
const TEXT_SPEAKER = /^(?:le|ce)\s+(?:texte|document)$/iu;

/**
 * A public body by its head noun ("le ministère", "la mairie"): the body of that kind named
 * before ("ministère de la Santé"), else as written; never any organisation named last, as
 * "la société" may ("Nordtek … Le gouvernement estime" is no statement of Nordtek's).
 */
const BODY_KINDS =
  'mairie|municipalité|ministère|gouvernement|direction|préfecture|rectorat|région|département|présidence|commission|agence|office|conseil|fédération|confédération|assemblée|tribunal|parquet|université|académie|institut|syndicat|parti';
const BODY = new RegExp(`^(?:le|la|l['’])\\s*(${BODY_KINDS})$`, 'iu');
/** A public body named by its kind ("le ministère de la Santé", "la préfecture du Rhône"). */
const BODY_NAMED = new RegExp(`^(?:le|la|l['’])\\s*(${BODY_KINDS})(?!\\p{L})`, 'iu');
/** How far back the body of the same kind is looked for. */
const BODY_REACH = 3000;

/** A medium by its kind ("le magazine", "l'hebdomadaire"): the previous speaker if a medium spoke. */
const MEDIUM =
  /^(?:le|la|l['’]|ce|cet|cette)\s*(?:magazine|hebdomadaire|quotidien|journal|site|média|mensuel|revue|chaîne|radio)(?:\s|$)/iu;

/** A claimant that stands for several ("les auteurs", "Apple et Amazon", "ses opposants"). */
const PLURAL_NAME = /^(?:les|des|ces|ses|leurs|plusieurs|certains|certaines)\s|\s(?:et|ou)\s|,/iu;

/** Where things are named, and the boundaries of sentences and live-blog items. */
interface Context {
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
function inQuotation(ctx: Context, pos: number): boolean {
  const q = ctx.quoted[lastBefore(ctx.quoted, (x) => x.start, pos + 1)];
  return q !== undefined && pos < q.end;
}

/** Reading state: the speaker resolved last and where the statements read so far end. */
interface State {
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
function genderOfSpeaker(raw: string): Gender | null {
  if (/^elle$|^(?:la|une|cette)\s/iu.test(raw)) return 'f';
  if (/^(?:il|lui)$|^(?:le|un|ce|cet)\s/iu.test(raw)) return 'm';
  return null;
}

/**
 * The gender of the speaker as written on the page: "à ses yeux" is given the speaker "lui"
 * by attribution.ts, but says nothing of a gender.
 */
function writtenGender(ctx: Context, att: Attribution): Gender | null {
  const written = ctx.text.slice(att.speaker.start, att.speaker.end);
  const word = att.speaker.text.split(/\s/u)[0] ?? '';
  const shown = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(written);
  return shown ? genderOfSpeaker(att.speaker.text) : null;
}

/** A look-up for the person a singular pronoun stands for (persons.ts). */
function personQuery(ctx: Context, st: State, att: Attribution): PersonQuery {
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
function officeQuery(ctx: Context, st: State, att: Attribution): OfficeQuery {
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

/**
 * "La secrétaire générale de la CGT a exposé … Selon elle, …": with no person named since the
 * last statement, a pronoun continues a subject described by its role written since then (a
 * bounded window back); that role's holder when the text names one (offices.ts), else as written.
 */
function describedSubject(ctx: Context, st: State, att: Attribution): string | null {
  const pos = att.speaker.start;
  const from = Math.max(st.barrier, st.item, pos - ANTECEDENT_WINDOW);
  const subject = roleSubjectBefore(ctx.text, from, pos, writtenGender(ctx, att));
  if (subject === null) return null;
  const query = { ...officeQuery(ctx, st, att), at: subject.start };
  return officeHolder(query, subject.text) ?? subject.text;
}

/** Whether a pronoun's gender rules out a speaker ("il" after a speaker "elle" stood for). */
function clashes(ctx: Context, st: State, att: Attribution, name: string): boolean {
  const gender = writtenGender(ctx, att);
  const known = st.genders.get(name) ?? ctx.genders.get(name);
  return gender !== null && known !== undefined && known !== gender;
}

const endOfSentenceAt = (ctx: Context, pos: number): number => {
  const s = ctx.sentences[lastBefore(ctx.sentences, (x) => x.start, pos + 1)];
  return s !== undefined && s.end > pos ? s.end : pos + 1;
};

/** Start of the paragraph holding `pos`, looked for at most PERSON_REACH back. */
function paragraphStart(ctx: Context, pos: number): number {
  const from = Math.max(0, pos - PERSON_REACH);
  const at = ctx.text.slice(from, pos).lastIndexOf('\n');
  return at < 0 ? from : from + at + 1;
}

/** The entity of one of `types` named last in [from, pos). */
function namedLast(ctx: Context, from: number, pos: number, types: Set<string>): Occurrence | null {
  return lastOccurrence(ctx.occurrences, from, pos, (o) => types.has(o.entity.type));
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

/** "ils", "eux", "leur étude": a group described since the last statement, else the previous
 * speaker if several, else the last group described nearby. */
function pluralOf(ctx: Context, st: State, pos: number): string | null {
  const since = lastGroup(ctx.text, Math.max(st.barrier, st.item, pos - GROUP_REACH), pos);
  if (since !== null) return since.text;
  if (st.previous !== null && PLURAL_NAME.test(st.previous)) return st.previous;
  return lastGroup(ctx.text, Math.max(st.item, pos - GROUP_REACH), pos)?.text ?? null;
}

/**
 * "toujours selon l'organisation islamiste" after "le ministère de la Santé": a description
 * of another kind than the public body that spoke is not that body.
 */
function otherBody(previous: string, description: string): boolean {
  const kind = fold(BODY_NAMED.exec(previous)?.[1] ?? '');
  const head = fold(
    /^(?:le|la|l['’]|ce|cet|cette)\s*(\p{L}[\p{L}-]*)/iu.exec(description)?.[1] ?? '',
  );
  return kind !== '' && head !== '' && head !== kind;
}

/** "la société", "son porte-parole": the organisation meant (see resolveClaimants). */
function organisationOf(ctx: Context, st: State, att: Attribution): string | null {
  const pos = att.speaker.start;
  const named = namedLast(ctx, Math.max(st.item, pos - ANTECEDENT_WINDOW), pos, ORG_LIKE);
  const inQuote = named !== null && named.at >= att.quote.start && named.at < att.quote.end;
  const newer = named !== null && named.at > st.barrier && !inQuote ? named.entity.name : null;
  const isOrg = (name: string | null): boolean =>
    name !== null && ORG_LIKE.has(entityOfSpeaker(name, ctx.entities)?.type ?? '');
  // A singular description cannot stand for a list ("Apple et Amazon démentent. Le géant du
  // commerce en ligne conteste …"): then the organisation named last is meant.
  const single =
    st.previous !== null &&
    !/,|\s(?:et|ou)\s/u.test(st.previous) &&
    !otherBody(st.previous, att.speaker.text);
  // A medium's story names companies; "le magazine" is still the medium that spoke before, else
  // the last medium named ("rappelle le quotidien" after "The Wall Street Journal").
  if (MEDIUM.test(att.speaker.text)) {
    if (single && isOrg(st.previous)) return st.previous;
    const medium = mediumNamed(ctx.text, ctx.occurrences, { from: st.item, to: pos });
    if (medium !== null) return medium;
  }
  return newer ?? (single && isOrg(st.previous) ? st.previous : named?.entity.name) ?? null;
}

/** "Les trois entreprises" → "Nordtek, Brava et Celtix"; null when fewer were named. */
function numberedOf(ctx: Context, st: State, raw: string, pos: number): string | null {
  const m = NUMBERED.exec(raw);
  const n = COUNTS[fold(m?.[1] ?? '')];
  if (m === null || n === undefined) return null;
  const types = PEOPLE.test(m[2] ?? '') ? new Set(['PERSON']) : ORG_LIKE;
  const from = Math.max(st.item, pos - ANTECEDENT_WINDOW);
  const found = lastNamedEntities(ctx.occurrences, from, pos, n, (o) => types.has(o.entity.type));
  if (found.length < n) return null;
  const names = found.map((e) => e.name);
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1] ?? ''}`;
}

/**
 * "Celle sur les pesticides" after "deux initiatives" → "initiative sur les pesticides": the
 * demonstrative picks one (or some) of the things counted just before.
 */
function demonstrativeOf(ctx: Context, st: State, raw: string, pos: number): string | null {
  const m = DEMONSTRATIVE.exec(raw);
  if (m === null) return null;
  const noun = lastCounted(ctx.text, Math.max(st.item, pos - COUNTED_REACH), pos);
  if (noun === null) return null;
  const singular = /^(?:celle|celui)$/iu.test(m[1] ?? '');
  return `${singular ? noun.replace(/[sx]$/u, '') : noun} ${m[2] ?? ''}`;
}

/** "le ministère" → the last organisation named with "ministère" in its name; null if none. */
function bodyOf(ctx: Context, st: State, raw: string, pos: number): string | null {
  const head = fold(BODY.exec(raw)?.[1] ?? '');
  if (head === '') return null;
  const re = new RegExp(`(?:^|[^\\p{L}])${head}(?![\\p{L}])`, 'u');
  const from = Math.max(st.item, pos - BODY_REACH);
  const found = lastOccurrence(
    ctx.occurrences,
    from,
    pos,
    (o) => ORG_LIKE.has(o.entity.type) && re.test(fold(o.entity.name)),
  );
  return found?.entity.name ?? null;
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

/**
 * "a-t-on appris de sources diplomatiques": the sources; "de même source": the sources cited
 * before ("de sources …" written earlier, else the previous speaker). Null for a generic "on".
 */
function onSource(ctx: Context, st: State, att: Attribution): string | null {
  const source = sourceOfOn(ctx.text, att.speaker.end);
  if (source === null || !/^même\s+source$/iu.test(source)) return source;
  const cited = sourceCitedBefore(ctx.text, { from: st.item, to: att.speaker.start });
  return cited ?? (st.previous !== null && !/^on$/iu.test(st.previous) ? st.previous : null);
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
  // "Ce dernier rappelle": the person named last, whatever was said since.
  if (LATTER.test(raw)) {
    const from = Math.max(st.item, pos - PERSON_REACH);
    return personBefore({ ...personQuery(ctx, st, att), gender: null }, from, pos) ?? raw;
  }
  const described =
    roleHolder(ctx.text, ctx.occurrences, raw, { from: st.item, to: pos }) ??
    introducedSpeaker(ctx.text, st.written, raw, { from: st.item, to: pos });
  if (described !== null) return described;
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
    return titled ?? person ?? last?.entity.name ?? raw;
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
