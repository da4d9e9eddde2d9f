/**
 * A relative clause after a comma reports for the noun it follows (issue 11, constructions
 * missed): "…, ciblées par Israël, qui affirme en avoir endommagé 32", "La CNIL, qui critique
 * fortement cette disposition". Without the comma the relative describes its noun ("l'agent qui
 * aurait dénoncé …", see narration.ts), so only ", qui" counts.
 */
import type { Attribution } from './attribution.js';
import { isSpeakerPhrase, phraseAfter, type Phrase } from './speaker.js';
import { firstAtLeast, tailStart, wordCountOf, type Segment } from './text.js';
import { findVerbs, verbAt, type VerbHit } from './verb-match.js';
import { REPORTING_VERBS } from './verbs.js';

const COMMA_QUI = /,\s*qui\s+(?:(?:\p{L}+ment|aussi|également|encore|toujours)\s+)?/giu;
/** "que" after the verb, maybe after an adverb. */
const QUE_AFTER = /^\s*(?:(?:\p{L}+ment|également|aussi|encore|même)\s+)?(?:que|qu['’])\s*/iu;
/** An infinitive complement: "dit en avoir inspecté", "assure n'avoir jamais". */
const INFINITIVE_AFTER =
  /^\s*(?=(?:(?:ne|n['’])\s*(?:\p{L}+\s+)?)?(?:(?:l['’]|les?\s+|en\s+|y\s+|s['’]|se\s+)\s*)?\p{L}+(?:er|ir|re|oir)(?!\p{L}))/iu;
/** Where the statement stops: a comma, a semicolon, a bracket, a dash or the sentence's end. */
const PHRASE_END = /\s*[,;(—–]|[\s.…!?]*$/u;
/** An acronym in brackets ending the text before ", qui": "La Commission … (CNIL), qui". */
const ACRONYM_BEFORE = /\(\s*(\p{Lu}[\p{Lu}\p{N}-]+)\s*\)\s*$/u;
/**
 * The comma closing a relative inserted before the main verb ("X, qui affirme examiner …, y
 * compris …, a pris le contre-pied"): the statement runs up to it, past its inner commas.
 */
const MAIN_VERB_AFTER =
  /,\s*(?:a|ont|avait|avaient|aura|est|sont|était|étaient|sera|va|vont|doit|doivent|peut|peuvent|ne|n['’]|se|s['’])\s*(?=\p{L})/u;
/** Characters after a relative's verb within which the main verb closing it is looked for. */
const MAIN_VERB_REACH = 600;
/** A name ending the text before ", qui": "ciblées par Israël, qui". */
const NAME_BEFORE =
  /\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|du|des|d['’]\p{Lu}[\p{L}'’-]*))*\s*$/u;

/**
 * The speaker of an inverted verb right before the comma ("», estime le maire, qui ajoute que"):
 * the relative stands for the one who just spoke, named or not.
 */
function invertedSpeakerBefore(text: string, s: Segment, comma: number): Phrase | null {
  const from = Math.max(s.start, comma - MAX_INVERTED_REACH);
  const hits = findVerbs(text, from, comma);
  const last = hits[hits.length - 1];
  if (last === undefined || last.pronoun !== null) return null;
  if (!/[,»”"]\s*$/u.test(text.slice(tailStart(text, s.start, last.start), last.start)))
    return null;
  const np = phraseAfter(text, last.end + 1);
  return np !== null && text.slice(np.end, comma).trim() === '' ? np : null;
}
/** How far before ", qui" an inverted verb and its subject are looked for. */
const MAX_INVERTED_REACH = 120;

/** The noun the relative stands for: the acronym in brackets, else the name before the comma. */
function antecedent(text: string, s: Segment, comma: number): Phrase | null {
  // The patterns are anchored at the comma: read a bounded stretch before it, not the sentence.
  const from = tailStart(text, s.start, comma);
  const before = text.slice(from, comma);
  const acronym = ACRONYM_BEFORE.exec(before);
  const m = acronym ?? NAME_BEFORE.exec(before);
  if (m === null) return invertedSpeakerBefore(text, s, comma);
  const name = (acronym !== null ? (acronym[1] ?? '') : m[0]).trim();
  const start = from + m.index + m[0].indexOf(name);
  return isSpeakerPhrase(name) ? { text: name, start, end: start + name.length } : null;
}

/** The statement of the relative's verb: its "que" clause, infinitive or verb phrase. */
function statementAfter(text: string, s: Segment, hit: VerbHit): Segment | null {
  const rest = text.slice(hit.end, s.end);
  const que = QUE_AFTER.exec(rest);
  let from: number;
  if (que !== null) from = hit.end + que[0].length;
  else if (!hit.clauseOnly && INFINITIVE_AFTER.test(rest)) from = hit.end + 1;
  else if (hit.predicate === 'request') from = hit.start;
  else return null;
  const tail = text.slice(from, s.end);
  // The main verb closing an inserted relative is near: looked for in a bounded window, so an
  // endless sentence of relatives is not reread for each of them.
  const main = MAIN_VERB_AFTER.exec(tail.slice(0, MAIN_VERB_REACH));
  const stop = main ?? PHRASE_END.exec(tail);
  const end = from + (stop?.index ?? s.end - from);
  const body = text.slice(from, end).trim();
  if (wordCountOf(body) < 3) return null;
  const start = from + text.slice(from, end).indexOf(body);
  return { start, end: start + body.length, text: body };
}

/** Lemmas of the denial verbs: "qui dit rejeter …" denies through its infinitive. */
const DENIAL_LEMMAS = new Set(
  REPORTING_VERBS.filter((v) => v.stance === 'denies').map((v) => v.lemma),
);

/** The stance of the verb, or denies when its statement opens on a denial's infinitive. */
function stanceThrough(hit: VerbHit, quote: Segment): VerbHit['stance'] {
  const first = /^\p{L}+/u.exec(quote.text)?.[0].toLowerCase() ?? '';
  return DENIAL_LEMMAS.has(first) ? 'denies' : hit.stance;
}

/** Statements of the ", qui <reporting verb>" relatives of one sentence. */
export function relativeAttributions(
  text: string,
  s: Segment,
  foundStarts: readonly number[],
): Attribution[] {
  const out: Attribution[] = [];
  COMMA_QUI.lastIndex = 0;
  for (let m = COMMA_QUI.exec(s.text); m !== null; m = COMMA_QUI.exec(s.text)) {
    const hit = verbAt(text, s.start + m.index + m[0].length);
    if (hit === null || hit.pronoun !== null) continue;
    const quote = statementAfter(text, s, hit);
    const speaker = antecedent(text, s, s.start + m.index);
    if (quote === null || speaker === null) continue;
    // A statement found already in this span is not repeated.
    const next = foundStarts[firstAtLeast(foundStarts, hit.start)];
    if (next !== undefined && next < quote.end) continue;
    out.push({
      quote,
      speaker,
      verbStance: stanceThrough(hit, quote),
      attribution: 'verb',
      bridge: '',
      kind: 'reported',
      concordance: hit.past,
    });
  }
  return out;
}

/**
 * The statements with the relatives' added. A statement the relative's own verb made for the
 * same speaker ("Le site X, qui affirme examiner …, a pris le contre-pied": the whole sentence,
 * given to X by "affirme") gives way to the relative's exact one.
 */
export function withRelatives(
  text: string,
  sentences: Segment[],
  said: Attribution[],
): Attribution[] {
  // Starts in order, so each relative finds the statements in its span by a binary search
  // rather than by reading every statement of the article.
  const starts = said.map((a) => a.quote.start).sort((x, y) => x - y);
  const added = sentences
    .flatMap((s) => relativeAttributions(text, s, starts))
    .sort((x, y) => x.quote.start - y.quote.start);
  if (added.length === 0) return said;
  const addedStarts = added.map((r) => r.quote.start);
  const replaced = (a: Attribution): boolean => {
    for (let i = firstAtLeast(addedStarts, a.quote.start + 1); i < added.length; i++) {
      const r = added[i];
      if (r === undefined || r.quote.start >= a.quote.end) break;
      const inside = a.quote.end >= r.quote.end && a.speaker.end <= r.quote.start;
      if (inside && a.speaker.text.includes(r.speaker.text)) return true;
    }
    return false;
  };
  return [...said.filter((a) => !replaced(a)), ...added];
}
