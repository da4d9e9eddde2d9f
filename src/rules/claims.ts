/**
 * Claim stage of the rules engine: direct quotations with their speakers → reported speech in
 * the other sentences → speakers resolved in reading order (claimants.ts: pronouns, "la
 * société", "le toxicologue") → claims with stance, certainty and ids.
 */
import { claimId } from '../analyse/ids.js';
import type { Claim, Entity } from '../types.js';
import { attributeSentence, type Attribution } from './attribution.js';
import { attributeQuotation } from './direct.js';
import { splitByIncise } from './incise.js';
import { attributeFromNeighbours } from './neighbours.js';
import { tweetAttributions } from './tweets.js';
import { resolveClaimants } from './claimants.js';
import { entitiesIn } from './entities.js';
import { findQuotations } from './quotes.js';
import { certaintyOf, stanceOf } from './stance.js';
import { sentencesOf, type Segment } from './text.js';

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
  const sentenceAt = (pos: number): Sentence | undefined =>
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
    const att =
      sentence &&
      (attributeQuotation(text, q, sentence, entities) ??
        attributeFromNeighbours(text, q, sentences, sentences.indexOf(sentence), entities));
    if (att) direct.push(att);
  }
  const quoted = (s: Segment): boolean =>
    direct.some((a) => a.quote.start < s.end && a.quote.end > s.start);
  const reported = sentences
    .filter((s) => !quoted(s))
    .flatMap((s) => attributeSentence(text, s, entities));
  const found = [...direct, ...reported];
  return [...found, ...continuations(text, sentences, found)].sort(
    (a, b) => a.quote.start - b.quote.start,
  );
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
