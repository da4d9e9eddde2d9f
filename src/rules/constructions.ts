/**
 * Reporting constructions the sentence patterns of attribution.ts do not cover (issue 11, seen
 * on real pages), tried only on sentences where those found nothing:
 * - a trailing incise followed by a subordinate clause: "…, a assuré une source, alors que …";
 * - "comme l'a souligné X, …", "comme le rappelle X, …": X's statement is the main clause;
 * - "selon lui" without commas, ", toujours selon X,": the sentence is reported;
 * - "Dans le rapport, on apprend(ait) que …": the clause is the document's.
 */
import type { Attribution } from './attribution.js';
import { phraseAfter, type Phrase } from './speaker.js';
import { trimSegment, wordCountOf, type Segment } from './text.js';
import { findVerbs, verbAt } from './verb-match.js';

/** A statement span: trimmed, without leading commas or trailing stops; three words at least. */
function span(text: string, start: number, end: number): Segment | null {
  const seg = trimSegment({ start, end, text: text.slice(start, end) });
  const lead = /^[:,\s]*/u.exec(seg.text)?.[0].length ?? 0;
  const body = seg.text.slice(lead).replace(/[\s.…;:,]+$/u, '');
  if (wordCountOf(body) < 3) return null;
  return { start: seg.start + lead, end: seg.start + lead + body.length, text: body };
}

function reported(
  quote: Segment | null,
  speaker: Phrase | null,
  how: Pick<Attribution, 'verbStance' | 'attribution'>,
): Attribution[] {
  if (quote === null || speaker === null) return [];
  return [{ quote, speaker, ...how, bridge: '', kind: 'reported' }];
}

/** Subordinate clauses that may follow a trailing incise ("…, a assuré X, alors que …"). */
const AFTER_INCISE =
  /^\s*,\s*(?:alors|tandis|quand|lorsque|avant|après|pendant|puisque|d['’]autant|au moment|même si|bien que)(?!\p{L})/iu;
/** A noun phrase after an inverted verb starts with a name or a determiner. */
const NP_START = /^(?:\p{Lu}|(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s)/u;

/** "La ligne rouvrira, a assuré une porte-parole, alors que …": the clause before the verb. */
function trailingIncise(text: string, s: Segment): Attribution[] {
  for (const hit of findVerbs(text, s.start, s.end)) {
    if (hit.pronoun !== null || !/\S\s*,\s*$/u.test(text.slice(s.start, hit.start))) continue;
    const np = phraseAfter(text, hit.end + 1);
    if (np === null || !NP_START.test(np.text) || !AFTER_INCISE.test(text.slice(np.end, s.end))) {
      continue;
    }
    const quote = span(text, s.start, text.lastIndexOf(',', hit.start));
    return reported(quote, np, { verbStance: hit.stance, attribution: 'verb' });
  }
  return [];
}

const LEAD =
  /^(?:(?:mais|et|or|donc|ainsi|pourtant|toutefois|cependant|néanmoins|enfin)\s*,?\s*)?/iu;
/** "comme l'a souligné X", "comme le rappelle X": the object clitic stands for the main clause. */
const COMME_HEAD = new RegExp(`${LEAD.source}comme\\s+(?:l['’]\\s*|le\\s+)`, 'iu');
/** Where a statement may start after the speaker's appositions: a subject, not a participle. */
const CLAUSE_START =
  /,\s*(?=(?:il|elle|ils|elles|on|c['’]est|ce|cette|ces|le|la|les|l['’]|un|une|des|\p{Lu})(?!\p{L}))/gu;

function commeVerb(text: string, s: Segment): Attribution[] {
  const head = COMME_HEAD.exec(s.text);
  if (head === null) return [];
  const hit = verbAt(text, s.start + head[0].length);
  if (hit === null || hit.pronoun !== null) return [];
  const speaker = phraseAfter(text, hit.end + 1);
  if (speaker === null) return [];
  const rest = text.slice(speaker.end, s.end);
  CLAUSE_START.lastIndex = 0;
  const start = CLAUSE_START.exec(rest);
  if (start === null) return [];
  const quote = span(text, speaker.end + start.index, s.end);
  return reported(quote, speaker, { verbStance: hit.stance, attribution: 'verb' });
}

/** "… traduirait selon lui …": a stressed pronoun after selon always attributes. */
const SELON_PRONOUN = /\s(?:selon|d['’]après)\s+(lui|elle|eux|elles)(?=[\s,])/iu;
/** ", toujours selon X," ", là encore selon X,": an adverb before the incise's selon. */
const ADVERB_SELON =
  /\S,\s*(?:toujours|encore|là encore|aussi|également)\s+(?:selon|d['’]après)\s+([^,;]{2,60}?)\s*,\s*\S/iu;

function selonInside(text: string, s: Segment): Attribution[] {
  const how = { verbStance: null, attribution: 'according' } as const;
  const pronoun = SELON_PRONOUN.exec(s.text);
  if (pronoun !== null) {
    const at = s.start + pronoun.index + pronoun[0].lastIndexOf(pronoun[1] ?? '');
    const speaker = { text: pronoun[1] ?? '', start: at, end: at + (pronoun[1] ?? '').length };
    return reported(span(text, s.start, s.end), speaker, how);
  }
  const adverb = ADVERB_SELON.exec(s.text);
  if (adverb === null) return [];
  // "Toujours selon" names a source already met: whatever stands before the comma is it.
  const name = adverb[1] ?? '';
  const at = s.start + adverb.index + adverb[0].indexOf(name);
  const speaker = { text: name, start: at, end: at + name.length };
  return reported(span(text, s.start, s.end), speaker, how);
}

/** "Dans le rapport, on apprenait (notamment) que …": what one reads there is the document's. */
const LEARN =
  /^(?:dans|selon)\s+([^,]{3,80}?)\s*,\s*on\s+(?:apprend|apprenait|découvre|découvrait|lit|lisait)\s+(?:(?:\p{L}+ment|aussi|également|encore)\s+)?(?:que|qu['’])\s*/iu;

function onLearns(text: string, s: Segment): Attribution[] {
  const m = LEARN.exec(s.text);
  if (m === null) return [];
  const at = s.start + m[0].indexOf(m[1] ?? '');
  const speaker = { text: m[1] ?? '', start: at, end: at + (m[1] ?? '').length };
  return reported(span(text, s.start + m[0].length, s.end), speaker, {
    verbStance: 'reports',
    attribution: 'verb',
  });
}

/** The statements of a sentence in which the main patterns found none. */
export function constructionsOf(text: string, s: Segment): Attribution[] {
  for (const find of [commeVerb, onLearns, selonInside, trailingIncise]) {
    const found = find(text, s);
    if (found.length > 0) return found;
  }
  return [];
}
