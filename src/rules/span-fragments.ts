/**
 * Step 1 of span normalisation (spans.ts): a « … » fragment inside a clause gives the clause
 * (`widenFragment`), coordinated quotations ("« A » et « B »") and a writer's sentence of quoted
 * pieces included. Each look is bounded to the quotation's sentence or a fixed window before it.
 */
import type { Attribution } from './attribution.js';
import {
  AFTER_VERB,
  MARKS,
  segment,
  speechParticiple,
  statementStart,
  upTo,
} from './statement-start.js';
import { firstEndingAfter, sentencesOf, wordCountOf, type Segment } from './text.js';
import { findVerbs } from './verb-match.js';

/** The sentence holding `pos` (the article's sentences are split once, text.ts). */
function sentenceAt(text: string, pos: number): Segment | undefined {
  const sentences = sentencesOf(text);
  const s = sentences[firstEndingAfter(sentences, pos)];
  return s !== undefined && s.start <= pos ? s : undefined;
}

/**
 * "et" or "ou", maybe with "que" and the clause's first words, then another quotation: the two
 * quotations are coordinated in one clause ("« A » et « B »", "qu'elle est « A » et qu'elle « B »").
 */
const COORDINATED = String.raw`\s*(?:,\s*)?(?:et|ou)\s+(?:(?:que|qu['’])\s*(?:[\p{L}'’-]+\s+){0,4})?`;
const COORDINATED_AFTER = new RegExp(`^${COORDINATED}[«“"]`, 'u');
const COORDINATED_BEFORE = new RegExp(`[»”"]${COORDINATED}$`, 'u');
/** Most quotations coordinated into one clause. */
const MAX_COORDINATED = 3;
/** Words after a closing mark that continue its clause: lower case, not a conjunction. */
const RUNS_ON = /^\s*(?!(?:et|mais|puis|ou|car|alors|tandis|selon|d['’]après)(?!\p{L}))\p{Ll}/u;

/**
 * Step 1: a quotation that is a piece of its clause ("a assuré que la réforme serait « menée
 * jusqu'au bout » malgré les grèves", "le chantier « à l'abandon », écrit X") gives the clause:
 * from the reporting verb's statement start (or the sentence start when the speaker follows the
 * quotation) to the end of the clause, never over another quotation. The caller drops the
 * attribution tail from it (spans.ts step 5).
 */
export function widenFragment(text: string, att: Attribution, quote: Segment): Segment {
  if (att.kind !== 'direct') return quote;
  const sentence = sentenceAt(text, quote.start);
  if (sentence === undefined) return quote;
  const outerStart = markBefore(text, quote.start, sentence.start);
  const outerEnd = markAfter(text, quote.end, sentence.end);
  if (outerStart === null || outerEnd === null) return quote;
  const speakerAfter = att.speaker.start >= outerEnd;
  const after = text.slice(outerEnd, sentence.end);
  let start = speakerAfter
    ? clauseBefore(text, sentence.start, outerStart)
    : (bridgeStart(text, att, sentence.start, outerStart) ??
      accordingStart(text, att, sentence.start, outerStart));
  // Nothing but marks and punctuation before the quotation: it opens the statement.
  if (start !== null && !/\p{L}/u.test(text.slice(start, outerStart))) start = null;
  // The speaker between the verb and the quotation ("ajoute X, « … »") is an incise, not a clause.
  if (start !== null && att.speaker.start >= start && att.speaker.start < outerStart) return quote;
  // "affirme qu'il souhaite « … » à …": the verb before the quotation is the clause's own.
  if (start === null && !speakerAfter) start = pronounClauseStart(text, sentence.start, outerStart);
  if (start === null) {
    // Right after its verb, a quotation whose clause runs on ("affirme « examiner plus de
    // serveurs » que n'importe qui") opens the statement, which ends with the clause.
    const coordinated = COORDINATED_AFTER.test(after);
    if (speakerAfter || att.attribution !== 'verb') return quote;
    if (!RUNS_ON.test(after) && !coordinated) return quote;
    const adverbs = AFTER_VERB.exec(att.bridge)?.[0].length ?? 0;
    // "assure que « A » n'a été …": after "que" too, the quotation opens a clause that runs on.
    const own = att.bridge.slice(adverbs).replace(/^(?:que|qu['’])\s*$/iu, '');
    if (wordCountOf(own) > 0) return quote;
    if (MARKS.test(after) && !coordinated) return quote;
    start = outerStart;
  }
  const end = speakerAfter ? outerEnd : clauseEnd(after, outerEnd, sentence.end);
  const widened = segment(text, start, end);
  return upTo(text, widened, end) ?? widened;
}

/** Characters before a quotation its clause may span when the fragment is widened to it. */
const MAX_CLAUSE_BEFORE = 600;

/**
 * "que" + a subject pronoun + the clause's verb right before a quotation ("affirme qu'il souhaite
 * « donner un nouvel élan » à …", "a indiqué qu'elle voulait « … »"): the verb is the reported
 * clause's own, not the speaker's, and the clause starts at its pronoun. Read in a bounded tail.
 */
const PRONOUN_CLAUSE =
  /(?<!\p{L})(?:que|qu['’])\s*((?:il|elle|ils|elles|on|nous|je|j['’]|vous)\s*(?:\p{L}+\s+){0,2}?\p{L}+\s*)$/iu;

function pronounClauseStart(text: string, from: number, outerStart: number): number | null {
  const tailStart = Math.max(from, outerStart - 60);
  const m = PRONOUN_CLAUSE.exec(text.slice(tailStart, outerStart));
  return m === null ? null : outerStart - (m[1] ?? '').length;
}

/**
 * With the speaker after the quotation ("le chantier « à l'abandon », écrit X"), the clause it
 * sits in starts the sentence, other quotations in it included ("La Russie « a besoin » de migrants
 * face à une situation « tendue », a déclaré X"); not when the quotation is a statement of its
 * own, after "que", a colon, a comma or a dash, or inside brackets.
 */
function clauseBefore(text: string, from: number, outerStart: number): number | null {
  // A clause longer than any statement is no clause to widen to; the bound also keeps an endless
  // sentence of quotations from being reread for each of them.
  if (outerStart - from > MAX_CLAUSE_BEFORE) return null;
  const prefix = text.slice(from, outerStart);
  if (mixedQuotation(text, from, outerStart)) return from;
  if (/(?:[,:;–—(]|\s-|(?<!\p{L})(?:que|qu['’]))\s*$/iu.test(prefix)) return null;
  const opened = prefix.split('(').length - prefix.split(')').length;
  return opened > 0 ? null : from;
}

/** Longest text before a quotation read for a sentence of quoted pieces. */
const MIXED_WINDOW = 400;

/**
 * A sentence the writer builds from the source's words, quoted pieces and plain words after a
 * comma ("Les ventes ont « nettement reculé » …, avec …, « du jamais vu … », selon X"): the words
 * before the comma open with the writer's own (not a mark), hold a quotation of their own, and no
 * reporting verb that would give that earlier piece another speaker.
 */
function mixedQuotation(text: string, from: number, outerStart: number): boolean {
  // Such a sentence is short; reading a long one again for each of its quotations is quadratic.
  if (outerStart - from > MIXED_WINDOW) return false;
  const prefix = text.slice(from, outerStart);
  if (!/,\s*$/u.test(prefix) || !/^\s*\p{L}/u.test(prefix)) return false;
  if (!/[«“"][^«»“”"]+[»”"]/u.test(prefix)) return false;
  return findVerbs(text, from, outerStart).length === 0;
}

/**
 * "Selon X, la réforme constitue « … » pour …", "D'après X, le suspect aurait agi « … »": the
 * clause after the source's comma holds the quotation.
 */
function accordingStart(
  text: string,
  att: Attribution,
  from: number,
  outerStart: number,
): number | null {
  if (att.attribution !== 'according' && att.attribution !== 'pour') return null;
  // A quotation continuing a source's previous sentence has its source there, not in its clause.
  if (att.speaker.start < from || att.speaker.end > outerStart) return null;
  const comma = /^[^,«»"“”]*,\s*/u.exec(text.slice(att.speaker.end, outerStart));
  return comma === null ? null : att.speaker.end + comma[0].length;
}

/**
 * With a reporting verb before the quotation and words between them ("a assuré que la réforme
 * serait « … »", "dit regretter « … »"), the statement starts as it would without the marks;
 * after a colon the quotation is the statement.
 */
function bridgeStart(
  text: string,
  att: Attribution,
  from: number,
  outerStart: number,
): number | null {
  if (att.attribution !== 'verb' || wordCountOf(att.bridge) === 0) return null;
  // After a colon the quotation is the statement; after a comma, an incise or an apposition
  // ("a reconnu l'entraîneur, « … »") stands between the verb and it.
  if (/[:,]\s*$/u.test(att.bridge)) return null;
  // Another quotation between the verb and this one: the earlier one holds the clause's start,
  // unless the two are coordinated in one clause ("qu'elle est « A » et qu'elle « B »").
  if (MARKS.test(att.bridge) && !COORDINATED_BEFORE.test(att.bridge)) return null;
  const verbEnd = outerStart - att.bridge.length;
  const hit = findVerbs(text, Math.max(from, verbEnd - 80), verbEnd).find((h) => h.end === verbEnd);
  if (hit === undefined) return null;
  // An inverted verb, after another quotation or a clause and a comma ("« … », estime le
  // médecin, pour qui « … »", "…, a précisé le préfet, ajoutant que « … »"), has its clause
  // behind it: the words after it are its subject, not a statement. "X, lui, a dit" is no such.
  const before = text.slice(Math.max(from, hit.start - 12), hit.start);
  const stressed = /,\s*(?:lui|elle|eux|elles)\s*,\s*$/iu.test(before);
  if (/[»”"]\s*,?\s*$/u.test(before)) return null;
  // After a bare comma the verb may also end its subject's apposition ("certains, membres du
  // CNU, évoquent …"): inverted only when its own subject and a comma fill the bridge.
  if (/,\s*$/u.test(before) && !stressed && att.bridge.includes(',')) return null;
  const start = statementStart(text, hit, outerStart);
  return start === null || start > outerStart ? null : start;
}

/**
 * Where the clause of a quotation ends, its speaker before it: with words after the closing mark,
 * the sentence's end; with another quotation later in the sentence, the first comma, colon,
 * conjunction or quotation mark ("avait « détruit les meilleures unités » ukrainiennes et salué
 * une « avancée »" ends after "ukrainiennes").
 */
function clauseEnd(after: string, outerEnd: number, sentenceEnd: number, depth = 0): number {
  if (!/^\s*[\p{L},]/u.test(after)) return outerEnd;
  // "« A » et « B » à sa compagne": the clause goes on past the coordinated quotation.
  const coordinated = COORDINATED_AFTER.exec(after);
  const close = coordinated === null ? -1 : after.slice(coordinated[0].length).search(/[»”"]/u);
  if (coordinated !== null && close >= 0 && depth < MAX_COORDINATED) {
    const skip = coordinated[0].length + close + 1;
    return clauseEnd(after.slice(skip), outerEnd + skip, sentenceEnd, depth + 1);
  }
  const act = speechParticiple(after);
  if (act !== null && !MARKS.test(after.slice(0, act.index))) return outerEnd + act.index;
  if (!MARKS.test(after)) return sentenceEnd;
  const stop = /[,;:«»"“”]|\s(?:et|mais|puis|ou|car)\s/u.exec(after);
  // Up to another quotation, the words would end on its determiner ("constituer une «"): stay.
  if (stop === null || stop.index === 0 || MARKS.test(stop[0])) return outerEnd;
  return outerEnd + stop.index;
}

/** The opening mark right before a quotation's words (spaces allowed), if inside the sentence. */
function markBefore(text: string, pos: number, floor: number): number | null {
  let i = pos - 1;
  while (i >= floor && /[\s\u00a0\u202f]/u.test(text[i] ?? '')) i--;
  return i >= floor && /[«“"]/u.test(text[i] ?? '') ? i : null;
}

/** The end of the closing mark right after a quotation's words, if inside the sentence. */
function markAfter(text: string, pos: number, ceiling: number): number | null {
  let i = pos;
  while (i < ceiling && /[\s\u00a0\u202f]/u.test(text[i] ?? '')) i++;
  return i < ceiling && /[»”"]/u.test(text[i] ?? '') ? i + 1 : null;
}
