/**
 * Claim stage of the rules engine: direct quotations with their speakers → reported speech in
 * the other sentences → speakers resolved in reading order (pronouns to the previous speaker,
 * "la société" to the organisation last named) → claims with stance, certainty and ids.
 */
import { claimId } from '../analyse/ids.js';
import type { Claim, Entity } from '../types.js';
import { attributeSentence, type Attribution } from './attribution.js';
import { constructionsOf } from './constructions.js';
import { attributeQuotation } from './direct.js';
import { splitByIncise } from './incise.js';
import { tweetAttributions } from './tweets.js';
import { entitiesIn, entityOfSpeaker } from './entities.js';
import { isNarration } from './narration.js';
import { participleAttributions } from './participles.js';
import { withRelatives } from './relatives.js';
import { findQuotations } from './quotes.js';
import { GENERIC_ORG, POSSESSIVE_SPEAKER, PRONOUNS, isPersonDescription } from './speaker.js';
import { certaintyOf, stanceOf } from './stance.js';
import { fold, sentencesOf, type Segment } from './text.js';

/** How far back (characters) "la société" looks for the organisation it stands for. */
const ANTECEDENT_WINDOW = 600;

type Sentence = Segment & { paragraph: number };

/**
 * A quotation with no speaker of its own that opens a sentence continues the statement of the
 * previous sentence of the same paragraph ("Selon un agent, …. « … »").
 */
function continuations(text: string, sentences: Sentence[], atts: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  const covering = (s: Segment): Attribution | undefined =>
    [...atts, ...out].find((a) => a.quote.start < s.end && a.quote.end > s.start);
  for (const q of findQuotations(text)) {
    const i = sentences.findIndex((s) => s.start === q.outer.start);
    const sentence = sentences[i];
    const previous = sentences[i - 1];
    if (sentence === undefined || previous === undefined || covering(sentence)) continue;
    const source = previous.paragraph === sentence.paragraph ? covering(previous) : undefined;
    if (source) out.push({ ...source, quote: q.inner, kind: 'direct', bridge: '' });
  }
  return out;
}

/** Direct quotations first; then one reported statement per sentence without a quotation. */
export function findAttributions(text: string, entities: Entity[]): Attribution[] {
  const sentences = sentencesOf(text);
  const sentenceAt = (pos: number): Segment | undefined =>
    sentences.find((s) => s.start <= pos && pos < s.end);
  const direct: Attribution[] = tweetAttributions(text);
  const inTweet = (pos: number): boolean =>
    direct.some((a) => a.quote.start <= pos && pos < a.quote.end);
  for (const q of findQuotations(text)) {
    if (inTweet(q.outer.start)) continue;
    const split = splitByIncise(text, q);
    if (split !== null) {
      direct.push(...split);
      continue;
    }
    const sentence = sentenceAt(q.outer.start);
    const att = sentence && attributeQuotation(text, q, sentence, entities);
    if (att) direct.push(att);
  }
  const quoted = (s: Segment): boolean =>
    direct.some((a) => a.quote.start < s.end && a.quote.end > s.start);
  const reported = sentences
    .filter((s) => !quoted(s))
    .flatMap((s) => {
      const said = attributeSentence(text, s, entities);
      return said.length > 0 ? said : constructionsOf(text, s);
    });
  const said = [...direct, ...reported];
  // "…, soulignant que …", "X condamnant « … »": participles speak in any sentence.
  // "X, qui affirme que …": relatives after a comma speak for their noun, in any sentence.
  const found = [
    ...withRelatives(text, sentences, said),
    ...sentences.flatMap((s) => participleAttributions(text, s, said)),
  ];
  return [...found, ...continuations(text, sentences, found)]
    .filter((a) => !isNarration(text, a))
    .sort((a, b) => a.quote.start - b.quote.start);
}

/** Entity types "la société" may stand for (unknown names are mostly organisations). */
const ORG_LIKE = new Set(['ORG', 'OTHER']);
/** A singular subject or stressed pronoun: may stand for a person just named. */
const SINGULAR_PRONOUN = /^(?:il|elle|lui)$/iu;
// Untyped names count: "on croise Zineb … glisse-t-elle" names a person the shape tables do not know.
const PERSON_TYPE = new Set(['PERSON', 'OTHER']);
/** Entity types "il"/"elle" may stand for when no speaker came before. */
const SPEAKER_LIKE = new Set(['PERSON', 'ORG']);

/** The entity of one of the types named last before `pos`, within the window. */
function lastNamedBefore(
  text: string,
  pos: number,
  entities: Entity[],
  types: Set<string>,
): string | null {
  return lastNamedAt(text, pos, entities, types)?.name ?? null;
}

/** Like `lastNamedBefore`, with the position where that entity was named. */
function lastNamedAt(
  text: string,
  pos: number,
  entities: Entity[],
  types: Set<string>,
): { at: number; name: string } | null {
  const offset = Math.max(0, pos - ANTECEDENT_WINDOW);
  let best: { at: number; name: string } | null = null;
  for (const e of entities.filter((x) => types.has(x.type))) {
    for (const form of e.mentions) {
      const at = lastWholeWord(text, form, offset, pos);
      if (at >= 0 && (best === null || at > best.at)) best = { at, name: e.name };
    }
  }
  return best;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Start of the last whole-word occurrence of `form` in `text[from, to)`, else -1. Searched in
 * the window only: `lastIndexOf` on the whole text would scan back to its start whenever the
 * form is absent from the window, once per statement and form (quadratic on long articles).
 */
function lastWholeWord(text: string, form: string, from: number, to: number): number {
  if (form.length === 0) return -1;
  const window = text.slice(from, to);
  for (
    let at = window.lastIndexOf(form);
    at >= 0;
    at = at === 0 ? -1 : window.lastIndexOf(form, at - 1)
  ) {
    const start = from + at;
    const end = start + form.length;
    if (!WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '')) return start;
  }
  return -1;
}

/**
 * Claimants in reading order: pronouns → the previous speaker (else the person or organisation
 * named last); "la société" → the previous speaker if an organisation, else the one named last.
 */
export function resolveClaimants(text: string, atts: Attribution[], entities: Entity[]): string[] {
  let previous: string | null = null;
  /** End of the statements read so far: organisations named after it are new antecedents. */
  let previousAt = -1;
  const isOrg = (name: string | null): boolean =>
    name !== null && ORG_LIKE.has(entityOfSpeaker(name, entities)?.type ?? '');
  return atts.map((att) => {
    // "L'entreprise y affirme", "Le groupe en dit": the clitic is not part of the speaker.
    // "Chez PSA, on juge": the organisation is the speaker.
    const raw = att.speaker.text.replace(/\s+(?:y|en)$/iu, '').replace(/^chez\s+/iu, '');
    const before = (types: Set<string>): string | null =>
      lastNamedBefore(text, att.speaker.start, entities, types);
    const lastEnd = previousAt;
    previousAt = Math.max(previousAt, att.quote.end);
    // A person named since the last statement, outside this one, is whom "il"/"elle" and "la
    // jeune femme" stand for ("On croise Lucie Martin. « … », soupire-t-elle").
    const person = lastNamedAt(text, att.speaker.start, entities, PERSON_TYPE);
    const inThisQuote =
      person !== null && person.at >= att.quote.start && person.at < att.quote.end;
    const newPerson = person !== null && person.at > lastEnd && !inThisQuote ? person.name : null;
    if (SINGULAR_PRONOUN.test(raw) && newPerson !== null) {
      previous = newPerson;
      return newPerson;
    }
    // "selon lui", "d'après eux": stressed pronouns stand for the previous speaker too.
    if (PRONOUNS.has(fold(raw)) || /^(?:lui|eux)$/iu.test(raw)) {
      return previous ?? before(SPEAKER_LIKE) ?? raw;
    }
    let resolved = raw;
    if (isPersonDescription(raw)) resolved = person?.name ?? raw;
    // "son porte-parole", "ses auteurs": someone of the body named before, as for "la société".
    if (GENERIC_ORG.test(raw) || POSSESSIVE_SPEAKER.test(raw)) {
      // "La société" stands for the previous speaker, unless another organisation was named
      // since ("Apple, d'ordinaire avare de commentaires, a publié un texte. L'entreprise …").
      // Names inside a statement (its objects) do not count, only those said around them.
      const named = lastNamedAt(text, att.speaker.start, entities, ORG_LIKE);
      const inQuote = named !== null && named.at >= att.quote.start && named.at < att.quote.end;
      const newer = named !== null && named.at > lastEnd && !inQuote ? named.name : null;
      // A singular description cannot stand for a list ("Apple et Amazon démentent. Le géant du
      // commerce en ligne conteste …"): then the organisation named last is meant.
      const single = previous !== null && !/,|\s(?:et|ou)\s/u.test(previous);
      resolved = newer ?? (single && isOrg(previous) ? previous : named?.name) ?? raw;
    }
    previous = resolved;
    return resolved;
  });
}

/** Claims of an article text. */
export function extractClaims(text: string, key: string, entities: Entity[]): Claim[] {
  const atts = findAttributions(text, entities);
  const claimants = resolveClaimants(text, atts, entities);
  const seen = new Set<string>();
  const claims: Claim[] = [];
  atts.forEach((att, i) => {
    const claimant = claimants[i] ?? att.speaker.text;
    const spanKey = `${att.quote.start}:${att.quote.end}`;
    if (seen.has(spanKey)) return;
    seen.add(spanKey);
    const stance = stanceOf({ ...att, quote: att.quote.text });
    claims.push({
      id: claimId(key, claimant, att.quote.text),
      claim: null,
      claimant,
      stance,
      certainty: certaintyOf(stance, att.quote.text, att.bridge, att.concordance),
      quote: att.quote.text,
      quoteEn: null,
      span: { start: att.quote.start, end: att.quote.end },
      grounded: true,
      entities: entitiesIn([att.quote.text, claimant], entities),
    });
  });
  return claims;
}
