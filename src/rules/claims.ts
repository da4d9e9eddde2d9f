/**
 * Claim stage of the rules engine: direct quotations with their speakers → reported speech in
 * the other sentences → speakers resolved in reading order (claimants.ts: pronouns, "la
 * société", "le toxicologue") → claims with stance, certainty and ids.
 */
import { claimId } from '../analyse/ids.js';
import type { Claim, Entity } from '../types.js';
import { attributeSentence, type Attribution } from './attribution.js';
import { constructionsOf } from './constructions.js';
import { attributeQuotation, joinedQuotation } from './direct.js';
import { splitByIncise } from './incise.js';
import { attributeFromNeighbours } from './neighbours.js';
import { tweetAttributions } from './tweets.js';
import { resolveClaimants } from './claimants.js';
import { entitiesIn } from './entities.js';
import { withoutHeadingRepeats } from './headings.js';
import { isNarration } from './narration.js';
import { nestedDenials, spillsOutOfQuotation } from './nested.js';
import { participleAttributions } from './participles.js';
import { passiveAttributions } from './passive.js';
import { findQuotations, type Quotation } from './quotes.js';
import { withRelatives } from './relatives.js';
import { certaintyOf, stanceOf } from './stance.js';
import { statementVerb } from './statement-verb.js';
import { FEARING } from './verbs.js';
import { isQuotedTerm } from './terms.js';
import { normaliseSpans } from './span-splits.js';
import { firstEndingAfter, sentencesOf, type Segment } from './text.js';

/**
 * How much text before a quote its stance may read: a negated verb ("il n'est « pas possible
 * … »") and, in the same sentence, an accusation it answers ("Concernant les rumeurs, …").
 */
const LEAD_WINDOW = 160;

type Sentence = Segment & { paragraph: number };

/**
 * A quotation with no speaker of its own that opens a sentence continues the statement of the
 * previous sentence of the same paragraph ("Selon un agent, …. « … »"), or of the previous
 * paragraph when that one left a « open (`leftOpen`).
 */
function continuations(
  text: string,
  sentences: Sentence[],
  quotations: Quotation[],
  atts: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  // The statements (atts, then out, in order) overlapping each sentence, kept up to date:
  // looking through every statement for every quotation was quadratic in long articles.
  const covering = new Map<number, Attribution[]>();
  const cover = (a: Attribution): void => bucket(covering, sentences, a);
  atts.forEach(cover);
  const byStart = new Map<number, number>();
  sentences.forEach((s, i) => {
    if (!byStart.has(s.start)) byStart.set(s.start, i);
  });
  /** Whether a statement overlaps the span itself, not only its sentence. */
  const covered = (span: { start: number; end: number }): boolean =>
    overlapped(sentences, span).some((i) =>
      (covering.get(i) ?? []).some((a) => a.quote.start < span.end && a.quote.end > span.start),
    );
  for (const q of quotations) {
    const i = byStart.get(q.outer.start) ?? -1;
    const sentence = sentences[i];
    const previous = sentences[i - 1];
    // The quotation itself, not its sentence: a passive later in the sentence is no speaker of it.
    if (sentence === undefined || previous === undefined || covered(q.outer)) continue;
    const reopened =
      previous.paragraph === sentence.paragraph - 1 &&
      q.outer.start === sentence.start &&
      leftOpen(text, previous);
    const source =
      previous.paragraph === sentence.paragraph || reopened ? covering.get(i - 1)?.[0] : undefined;
    // A speaker met in passing ("…, rejetés par X") says nothing more after it.
    if (source && source.aside !== true) {
      const found: Attribution = { ...source, quote: q.inner, kind: 'direct', bridge: '' };
      out.push(found);
      cover(found);
    }
  }
  return out;
}

/**
 * Whether the paragraph ending with `last` leaves a « open: French typography runs a quotation
 * over several paragraphs by reopening « at each one and closing » only at the end, so the next
 * paragraph's « … continues the same statement. Reads that one paragraph.
 */
function leftOpen(text: string, last: Segment): boolean {
  const start = text.lastIndexOf('\n', last.start) + 1;
  let depth = 0;
  for (let i = start; i < last.end; i++) {
    if (text[i] === '«') depth++;
    else if (text[i] === '»' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Files a statement under each sentence its quote overlaps, after those filed before it. */
function bucket(
  bySentence: Map<number, Attribution[]>,
  sentences: Segment[],
  a: Attribution,
): void {
  for (const i of overlapped(sentences, a.quote)) {
    const list = bySentence.get(i);
    if (list === undefined) bySentence.set(i, [a]);
    else list.push(a);
  }
}

/** Indices of the sentences a span overlaps (`start < s.end && end > s.start`). */
function overlapped(sentences: Segment[], span: { start: number; end: number }): number[] {
  const out: number[] = [];
  for (let i = firstEndingAfter(sentences, span.start); i < sentences.length; i++) {
    const s = sentences[i];
    if (s === undefined || s.start >= span.end) break;
    out.push(i);
  }
  return out;
}

/**
 * Adds the statements made in the passive ("…, des accusations démenties par X"), outside
 * quotations. An apposition closing a reported statement is cut from it: "X affirmait que P,
 * des accusations démenties par Y" is P by X and a denial by Y, not one statement.
 */
function withPassives(
  text: string,
  sentences: Segment[],
  atts: Attribution[],
  found: Quotation[],
): Attribution[] {
  const quotations = found.map((q) => q.outer);
  const inQuotation = (pos: number): boolean =>
    quotations.some((q) => q.start <= pos && pos < q.end);
  const spans = new Set(atts.map((a) => `${a.quote.start}:${a.quote.end}`));
  const passives = sentences
    .flatMap((s) => passiveAttributions(text, s, inQuotation))
    .filter((p) => !spans.has(`${p.quote.start}:${p.quote.end}`));
  const trimmed = atts.map((a) => {
    const tail = passives.find(
      (p) =>
        p.quote.start > a.quote.start && p.quote.start < a.quote.end && a.quote.end <= p.quote.end,
    );
    if (tail === undefined) return a;
    const head = /[\s,]*$/u.exec(text.slice(a.quote.start, tail.quote.start));
    const end = tail.quote.start - (head?.[0].length ?? 0);
    return { ...a, quote: { start: a.quote.start, end, text: text.slice(a.quote.start, end) } };
  });
  return [...trimmed, ...passives];
}

/** Direct quotations first; then one reported statement per sentence without a quotation. */
export function findAttributions(text: string, entities: Entity[]): Attribution[] {
  const sentences = sentencesOf(text);
  /** Index of the sentence holding `pos`, else -1 (binary search, not a scan per quotation). */
  const sentenceAt = (pos: number): number => {
    const i = firstEndingAfter(sentences, pos);
    const s = sentences[i];
    return s !== undefined && s.start <= pos ? i : -1;
  };
  const tweets = tweetAttributions(text);
  const direct: Attribution[] = [...tweets];
  // Only a tweet can hold a later quotation: quotations never overlap one another.
  const inTweet = (pos: number): boolean =>
    tweets.some((a) => a.quote.start <= pos && pos < a.quote.end);
  const quotations = findQuotations(text);
  /** The direct statement of each quotation, so a later one closed by its speaker can join it. */
  const ofQuotation = new Map<Quotation, Attribution>();
  const replaced = new Set<Attribution>();
  quotations.forEach((q, k) => {
    // A quoted term or title is the writer's: its sentence is read as reported speech below.
    if (inTweet(q.outer.start) || isQuotedTerm(text, q)) return;
    const split = splitByIncise(text, q);
    if (split !== null) {
      direct.push(...split);
      return;
    }
    const at = sentenceAt(q.outer.start);
    const sentence = sentences[at];
    const att =
      sentence &&
      (attributeQuotation(text, q, sentence, entities) ??
        attributeFromNeighbours(text, q, sentences, at, entities));
    const previous = quotations[k - 1];
    const joined = att && previous ? joinedQuotation(text, previous, q) : null;
    // A quoted fragment inside a reported clause is widened to that clause later (spans.ts).
    if (att && joined) {
      // "« A », « B » selon X": one statement, by X, replacing A's own.
      const earlier = ofQuotation.get(previous as Quotation);
      if (earlier !== undefined) replaced.add(earlier);
      direct.push({ ...att, quote: joined });
    } else if (att) {
      direct.push(att);
      ofQuotation.set(q, att);
    }
  });
  if (replaced.size > 0) direct.splice(0, direct.length, ...direct.filter((a) => !replaced.has(a)));
  // Sentences a direct statement overlaps, marked once per statement, not searched per sentence.
  // A quoted title (“The Wall Street Journal”), left out later as narration, does not hide the
  // sentence's reported statement ("…, rappelle le journal “The Wall Street Journal” : …").
  const quoted = new Set(
    direct.filter((a) => !isNarration(text, a)).flatMap((a) => overlapped(sentences, a.quote)),
  );
  const reported = sentences
    .filter((_, i) => !quoted.has(i))
    .flatMap((s) => {
      const said = attributeSentence(text, s, entities);
      return said.length > 0 ? said : constructionsOf(text, s);
    })
    .filter((a) => !spillsOutOfQuotation(a, quotations));
  const said = [...direct, ...reported];
  // The statements overlapping each sentence, bucketed once: not filtered from all per sentence.
  const bySentence = new Map<number, Attribution[]>();
  for (const a of said) bucket(bySentence, sentences, a);
  // "…, soulignant que …", "X condamnant « … »": participles speak in any sentence.
  // "X, qui affirme que …": relatives after a comma speak for their noun, in any sentence.
  const withClauses = [
    ...withRelatives(text, sentences, said),
    ...sentences.flatMap((s, i) => participleAttributions(text, s, bySentence.get(i) ?? [])),
  ];
  const found = withPassives(text, sentences, withClauses, quotations);
  const all = [...found, ...continuations(text, sentences, quotations, found)];
  const spans = new Set(all.map((a) => `${a.quote.start}:${a.quote.end}`));
  const nested = nestedDenials(text, quotations, entities)
    .filter((a) => !spans.has(`${a.quote.start}:${a.quote.end}`))
    .map((a) => ({ ...a, aside: true }));
  return [...all, ...nested]
    .filter((a) => !isNarration(text, a))
    .sort((a, b) => a.quote.start - b.quote.start);
}

/**
 * The words of a statement that are its speaker's own: without the statements of others met in
 * passing inside it ("…, mais l'institut a démenti", "…, démentis par Y"), whose stance is theirs.
 */
function ownWords(text: string, att: Attribution, asides: Attribution[]): string {
  const { start, end } = att.quote;
  const inside = asides.filter((a) => a !== att && a.quote.start >= start && a.quote.end <= end);
  if (inside.length === 0) return att.quote.text;
  let out = '';
  let at = start;
  for (const a of inside) {
    out += text.slice(at, Math.max(at, a.quote.start));
    at = Math.max(at, a.quote.end);
  }
  return out + text.slice(at, end);
}

/** Claims of an article text. */
export function extractClaims(text: string, key: string, entities: Entity[]): Claim[] {
  const atts = findAttributions(text, entities);
  const claimants = resolveClaimants(text, atts, entities);
  const asides = atts.filter((a) => a.aside === true);
  const seen = new Set<string>();
  const claims: Claim[] = [];
  atts.forEach((att, i) => {
    const claimant = claimants[i] ?? att.speaker.text;
    // Spans follow the gold convention (spans.ts); stance and certainty still read the words
    // the construction found, the verb and its frame included, unless it held two statements.
    const parts = normaliseSpans(text, att);
    for (const part of parts) {
      const { quote } = part;
      // Another speaker's statement split off this one (spans.ts) is theirs, as written.
      const said = part.speaker.start === att.speaker.start ? claimant : part.speaker.text;
      const spanKey = `${quote.start}:${quote.end}`;
      if (seen.has(spanKey)) continue;
      seen.add(spanKey);
      const words = parts.length === 1 ? att : part;
      const verbLemma = statementVerb(text, words);
      const stance = stanceOf({
        ...words,
        quote: ownWords(text, words, asides),
        verbLemma,
        lead: text.slice(Math.max(0, words.quote.start - LEAD_WINDOW), words.quote.start),
        speaker: words.speaker.text,
        claimant,
        throughInfinitive: true,
      });
      // A "que" clause after a past verb found by spans.ts: its conditional is concordance.
      const mood = part.concordance === true && words.concordance !== true ? part : words;
      claims.push({
        id: claimId(key, said, quote.text),
        claim: null,
        claimant: said,
        stance,
        certainty:
          verbLemma !== undefined && FEARING.has(verbLemma) && stance !== 'denies'
            ? 'possible'
            : certaintyOf(stance, mood.quote.text, mood.bridge, mood.concordance),
        quote: quote.text,
        quoteEn: null,
        span: { start: quote.start, end: quote.end },
        grounded: true,
        entities: entitiesIn([quote.text, said], entities),
      });
    }
  });
  return withoutHeadingRepeats(text, claims);
}
