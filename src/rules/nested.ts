/**
 * Denials reported inside a quotation: "« La rumeur citait une étude, mais l'institut a aussitôt
 * démenti »" quotes one speaker and reports another's denial. The denial is a claim of its own,
 * by the subject named inside the quotation, and its statement is that subject's clause (issue
 * 11: it matched the surrounding quotation instead, with the wrong speaker and stance). A
 * quotation whose own speaker was not found must not lend its words outside to such a denial.
 */
import { attributeSentence, type Attribution } from './attribution.js';
import type { Quotation } from './quotes.js';
import { PRONOUNS } from './speaker.js';
import { fold, sentencesOf, type Segment } from './text.js';
import type { Entity } from '../types.js';

/** Subjects that stand for the quotation's own speaker or for someone named before it. */
const NOT_NESTED_SPEAKER = new Set([...PRONOUNS, 'je', "j'", 'nous', 'on', 'vous', 'tu']);

/** A conjunction or a comma right before the subject opens its clause ("…, mais l'institut …"). */
const CLAUSE_OPENER = /(?:[,;]|(?<!\p{L})(?:mais|et|or|car|puis))\s*$/iu;

/** Stems of the denial and finding verbs (verbs.ts, verb-lexicon.ts): a cheap first test. */
const MAY_DENY =
  /d[ée]ment|contest|(?<!\p{L})ni(?:e|é|ent|ait|aient)|réfut|refut|rejet|récus|recus|bala[iy]|défend|defend|refus|montr|prouv|établi|etabli/iu;

/** Sentences of a quotation's words, offsets in the full text. */
function innerSentences(q: Quotation): Segment[] {
  return sentencesOf(q.inner.text).map((s) => ({
    start: s.start + q.inner.start,
    end: s.end + q.inner.start,
    text: s.text,
  }));
}

const within = (inner: Segment, pos: number): boolean => inner.start <= pos && pos < inner.end;

/** The statement from the subject on, when a conjunction or a comma opens the subject's clause. */
function fromSubject(text: string, att: Attribution): Attribution {
  const { quote, speaker } = att;
  if (speaker.start <= quote.start || speaker.start >= quote.end) return att;
  if (!CLAUSE_OPENER.test(text.slice(quote.start, speaker.start))) return att;
  const body = text.slice(speaker.start, quote.end);
  return { ...att, quote: { start: speaker.start, end: quote.end, text: body } };
}

/** Denials by a third party named inside the quotations. */
export function nestedDenials(
  text: string,
  quotations: Quotation[],
  entities: Entity[],
): Attribution[] {
  return quotations.flatMap((q) =>
    // Only quotations holding a denial or finding verb are read again (speed).
    !MAY_DENY.test(q.inner.text)
      ? []
      : innerSentences(q)
          .flatMap((s) => attributeSentence(text, s, entities))
          .filter(
            (a) =>
              a.verbStance === 'denies' &&
              // "« Ces études ne montrent rien »": a finding denied inside a quotation is the
              // quoted speaker's own reading, not a third party's denial.
              !/^(?:ne|n['’])/iu.test(a.quote.text) &&
              within(q.inner, a.speaker.start) &&
              !NOT_NESTED_SPEAKER.has(fold(a.speaker.text)),
          )
          .map((a) => fromSubject(text, a)),
  );
}

/**
 * Whether a statement was found through a speaker inside a quotation while its words run outside
 * that quotation: a verb inside quoted words reports inside them only.
 */
export function spillsOutOfQuotation(att: Attribution, quotations: Quotation[]): boolean {
  return quotations.some(
    (q) =>
      within(q.inner, att.speaker.start) &&
      // A name in quotation marks ("« Les voix des femmes » appelle …") is a subject, not speech.
      /\p{L}/u.test(q.inner.text.slice(att.speaker.end - q.inner.start)) &&
      (att.quote.start < q.inner.start || att.quote.end > q.inner.end),
  );
}
