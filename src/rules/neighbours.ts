/**
 * Quotations whose speaker is named outside their sentence: right after them ("« … » Cette
 * petite phrase d'Arnaud Martin a fait le tour des réseaux") or in the paragraph before, when
 * that paragraph ends on a colon and the quotation stands alone ("X a aussitôt réagi :" then
 * "« … »" as a paragraph of its own).
 */
import type { Entity } from '../types.js';
import type { Attribution } from './attribution.js';
import { attributeQuotation } from './direct.js';
import type { Quotation } from './quotes.js';
import { phraseAfter, subjectBefore } from './speaker.js';
import type { Segment } from './text.js';
import { findVerbs } from './verb-match.js';

/** "Cette petite phrase de", "Ces propos du", "La déclaration d'": words naming what was said, and by whom. */
const SAYING_OF =
  /^[\s\u00a0\u202f]*\.?[\s\u00a0\u202f]*(?:cette|ces|ce|la|les)\s+(?:(?:petites?|dernières?|fameuses?|fameux|derniers?|courte|longue)\s+)?(?:phrase|déclaration|propos|mots|paroles|formule|sortie|confidence|citation|réplique|message|tweet)s?\s+(?:de\s+|du\s+|des\s+|d['’])/iu;

/** The verb of the sentence that names the saying ("… de X a fait le tour"): the name ends there. */
const CLAUSE_VERB =
  /\s(?:(?:a|ont|avait|avaient|est|sont|était|étaient|fait|font|ne|se|suscite|résume|illustre|montre)(?=\s)|[ns]['’](?=\p{L}))/u;

/** "« … » Cette petite phrase de X …": X, from the words right after the quotation. */
function namedAfter(text: string, q: Quotation): Omit<Attribution, 'quote' | 'kind'> | null {
  const m = SAYING_OF.exec(text.slice(q.outer.end, Math.min(q.paragraph.end, q.outer.end + 80)));
  if (m === null) return null;
  const phrase = phraseAfter(text, q.outer.end + m[0].length);
  const verb = phrase === null ? null : CLAUSE_VERB.exec(phrase.text);
  const speaker =
    phrase && verb
      ? { ...phrase, text: phrase.text.slice(0, verb.index), end: phrase.start + verb.index }
      : phrase;
  return speaker && { speaker, verbStance: null, attribution: 'colon', bridge: '' };
}

/** The quotation fills its paragraph (give or take its final punctuation). */
const alone = (q: Quotation): boolean =>
  q.outer.start === q.paragraph.start && q.paragraph.end - q.outer.end <= 2;

/**
 * "Paul Girard complète. « … »", "La rectrice insiste. « … »": a sentence of the same paragraph
 * that ends on a verb of saying, with nothing said after it, announces the quotation filling the
 * next sentence, as a colon would; its subject speaks.
 */
function announcedBy(
  text: string,
  q: Quotation,
  sentence: Segment & { paragraph: number },
  previous: Segment & { paragraph: number },
): Omit<Attribution, 'quote' | 'kind'> | null {
  if (previous.paragraph !== sentence.paragraph || q.outer.start !== sentence.start) return null;
  if (sentence.end - q.outer.end > 2) return null;
  const hit = findVerbs(text, previous.start, previous.end).pop();
  if (hit === undefined) return null;
  // Nothing after the verb but adverbials and the full stop ("complète encore.", "insiste.").
  if (
    !/^(?:\s+(?:\p{Ll}+ment|encore|aussi|alors|ensuite|enfin))*\s*[.…]*\s*$/u.test(
      text.slice(hit.end, previous.end),
    )
  )
    return null;
  const speaker =
    hit.pronoun !== null
      ? { text: hit.pronoun, start: hit.start, end: hit.end }
      : subjectBefore(text, previous.start, hit.start);
  return speaker && { speaker, verbStance: hit.stance, attribution: 'verb', bridge: '' };
}

/**
 * The attribution of a quotation whose own sentence names no speaker, from its neighbours;
 * `sentences` are the text's, `at` the index of the quotation's sentence.
 */
export function attributeFromNeighbours(
  text: string,
  q: Quotation,
  sentences: Array<Segment & { paragraph: number }>,
  at: number,
  entities: Entity[],
): Attribution | null {
  const after = namedAfter(text, q);
  if (after !== null) return { ...after, quote: q.inner, kind: 'direct' };
  const sentence = sentences[at];
  const previous = sentences[at - 1];
  if (sentence === undefined || previous === undefined) return null;
  const announced = announcedBy(text, q, sentence, previous);
  if (announced !== null) return { ...announced, quote: q.inner, kind: 'direct' };
  if (!alone(q)) return null;
  if (previous.paragraph !== sentence.paragraph - 1 || !/:\s*$/u.test(previous.text)) return null;
  // The sentence ending on the colon, read as if the quotation followed it on the same line.
  const joined = {
    start: previous.start,
    end: q.outer.end,
    text: text.slice(previous.start, q.outer.end),
  };
  return attributeQuotation(text, q, joined, entities);
}
