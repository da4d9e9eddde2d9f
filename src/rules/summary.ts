/**
 * Extractive French summary: sentences scored by TF-IDF cosine centrality (how much a sentence
 * shares with the rest of the article) plus a lead bonus (news puts the gist first). Ties go to
 * the earlier sentence, so the result is deterministic.
 */
import type { Summary } from '../types.js';
import { foldedWords, sentencesOf, wordCountOf } from './text.js';

/** Sentences shorter than this (in words) are headings or captions, not summary material. */
const MIN_SENTENCE_WORDS = 8;
/** Weight of the lead bonus, which decays as 1 / (1 + position). */
const LEAD_WEIGHT = 0.35;
/** Sentences in `text`; bullets are between the two bounds. */
const TEXT_SENTENCES = 3;
const MIN_BULLETS = 3;
const MAX_BULLETS = 5;

/** French function words: no weight in the vectors. */
const STOP = new Set(
  `le la les un une des du de d l au aux et ou mais donc or ni car que qu qui quoi dont ou a
  en dans sur sous par pour avec sans entre vers chez ce cet cette ces son sa ses leur leurs
  il elle ils elles on nous vous je tu se s y ne n pas plus est sont ete etre avoir a ont
  aussi comme tout tous toute toutes meme si tres bien deja encore selon apres avant lors
  cela ceci c qu ainsi alors fait faire`.split(/\s+/),
);

const terms = (text: string): string[] =>
  foldedWords(text).filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w));

type Vector = Map<string, number>;

function vectors(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  return docs.map((doc) => {
    const v: Vector = new Map();
    for (const t of doc) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + docs.length / (df.get(t) ?? 1)));
    return v;
  });
}

/** `v` scaled to length 1; empty when `v` is all zeros. */
function unit(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const out: Vector = new Map();
  if (norm > 0) for (const [t, x] of v) out.set(t, x / norm);
  return out;
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [t, x] of a) sum += x * (b.get(t) ?? 0);
  return sum;
}

/**
 * Sentences ranked best first, each with its position in the article. A sentence's centrality
 * is its mean cosine with every other sentence, computed in linear time: the sum of cosines
 * with all sentences is the dot product of its unit vector with the sum of all unit vectors,
 * less its cosine with itself (1, or 0 for a sentence without terms).
 */
export function rankSentences(text: string): Array<{ text: string; index: number; score: number }> {
  const sentences = sentencesOf(text)
    .map((s) => s.text.replace(/\s+/g, ' '))
    .filter((s) => wordCountOf(s) >= MIN_SENTENCE_WORDS && /[.!?…»”"]$/u.test(s));
  const units = vectors(sentences.map(terms)).map(unit);
  const sum: Vector = new Map();
  for (const u of units) for (const [t, x] of u) sum.set(t, (sum.get(t) ?? 0) + x);
  const others = sentences.length - 1;
  const scored = sentences.map((s, i) => {
    const u = units[i] ?? new Map();
    const central = dot(u, sum) - (u.size > 0 ? 1 : 0);
    const centrality = others === 0 ? 0 : central / others;
    return { text: s, index: i, score: centrality + LEAD_WEIGHT / (1 + i) };
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The extractive summary; `headline` is the title, else the first sentence. */
export function summarise(text: string, title: string | null, lang = 'fr'): Summary {
  const ranked = rankSentences(text);
  const inOrder = (from: number, to: number): string[] =>
    ranked
      .slice(from, to)
      .sort((a, b) => a.index - b.index)
      .map((s) => s.text);
  const bulletCount = Math.min(MAX_BULLETS, Math.max(MIN_BULLETS, Math.round(ranked.length / 8)));
  const first = sentencesOf(text)[0]?.text ?? null;
  const lead = inOrder(0, TEXT_SENTENCES);
  return {
    headline: title ?? first,
    text: lead.length > 0 ? lead.join(' ') : null,
    // The next-ranked sentences: a bullet never repeats the summary it follows.
    bullets: inOrder(TEXT_SENTENCES, TEXT_SENTENCES + bulletCount),
    lang,
  };
}
