/**
 * Quoted terms and titles (issue 11, narration taken as claims): guillemets around a word, a
 * name or a title set in the writer's own sentence ("la « qualification »", "une « ruée »",
 * "l'opération « … »", "lire « … »") mark a term, not a statement. Such a quotation is not
 * attributed as someone's words; its sentence is read as any other (a reporting verb in it
 * still reports the whole clause: "considère qu'ils passent « entre les mailles du filet »").
 */
import type { Quotation } from './quotes.js';
import { fold, wordCountOf } from './text.js';

/**
 * Words that put a quotation inside the writer's noun phrase: determiners and prepositions
 * ("la « … »", "d'« … »", "avec « … »"). A statement is introduced by a verb, a colon or a comma,
 * never by an article.
 */
const INSIDE_PHRASE = new Set(
  `le la les l un une des du de d au aux a avec pour par sur sans dans en entre ce cette ces
  son sa ses leur leurs notre nos votre vos mon ma mes`.split(/\s+/u),
);

/** Nouns that name what follows them: a title or a name, not words said. */
const NAMING = new Set(
  `lire voir intitule intitulee intitules intitulees titre titres operation slogan livre ouvrage
  roman essai film documentaire emission serie article tribune chanson album spectacle
  exposition campagne hashtag devise label mot terme expression`.split(/\s+/u),
);

/** Longest quoted term: a noun phrase of the writer's sentence; a title may be longer. */
const MAX_TERM_WORDS = 8;
const MAX_TITLE_WORDS = 12;
/** How far before the opening mark the introducing word is looked for. */
const LOOKBACK = 40;

/** The folded word right before the opening mark ("la", "d", "operation"), if any. */
function wordBefore(text: string, pos: number): string {
  const before = text.slice(Math.max(0, pos - LOOKBACK), pos);
  const m = /([\p{L}]+)['’]?\s*$/u.exec(before);
  return m === null ? '' : fold(m[1] ?? '');
}

/** Whether a quotation is a term or a title of the writer's sentence, not a statement. */
export function isQuotedTerm(text: string, q: Quotation): boolean {
  const words = wordCountOf(q.inner.text);
  // A quotation with its own sentence ends ("… ne peut pas durer. ») is a statement.
  if (/[.!?;:]/u.test(q.inner.text.replace(/[.…]+$/u, ''))) return false;
  const before = wordBefore(text, q.outer.start);
  if (NAMING.has(before)) return words <= MAX_TITLE_WORDS;
  return INSIDE_PHRASE.has(before) && words <= MAX_TERM_WORDS;
}
