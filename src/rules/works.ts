/**
 * Works named by their cue word: books, films, reports, studies and shows (PRODUCT, as the
 * annotation convention types works). A French title capitalises only its first word ("Le temps
 * long"), so capitals cannot find its end; the cue word and how the title is set off can:
 * quotation marks, "intitulé …" / "au titre … :" up to the next punctuation, or capitalised
 * words right after the cue ("le film Intouchables").
 */
import { CAPS, cued } from './cues.js';
import type { TypedMention } from './typing.js';

/** Nouns that announce a work. */
const WORK = String.raw`(?<!\p{L})(?:livre|ouvrage|roman|essai|recueil|film|documentaire|série|album|rapport|étude|enquête|pièce|spectacle|émission|podcast|chanson|manuel|bande\s+dessinée)s?`;
/**
 * Nouns of things, whose name they announce when it is quoted or given with "baptisé" ("un
 * missile baptisé « Orechnik »", "le vaccin « … »"); unquoted, typing.ts reads them as class
 * nouns.
 */
const THING = String.raw`(?<!\p{L})(?:missile|drone|avion|char|fusil|grenade|lanceur|roquette|satellite|fusée|vaccin|médicament|logiciel|application|modèle)s?`;
/** Between the noun and the title: a few words, no clause ("que"), no end of sentence. */
const GAP = String.raw`(?:\s+(?!qu(?:e|['’]))[\p{L}\p{N}'’-]+){0,6}?`;
/** An unquoted title: a capital, then anything up to punctuation, at most 80 characters. */
const TITLE = String.raw`\p{Lu}[^.,;:!?()«»"“”\n]{1,80}?(?=\s*[.,;:!?()\n]|$)`;
/** A quoted title: a capital and at most 8 words, without a sentence's full stop. */
const QUOTED = String.raw`\p{Lu}[^.!?«»"“”\n]{1,60}?`;

const WORK_PATTERNS: RegExp[] = [
  // « Villes en transition », “Le temps long”: the title in quotation marks.
  String.raw`(?:${WORK}|${THING})${GAP}\s+(?:«\s*(?<q1>${QUOTED})\s*»|“(?<q2>${QUOTED})”)`,
  // "intitulé Les heures creuses", "au titre clair : Le temps long".
  String.raw`(?:${WORK}|${THING})${GAP}\s+(?:intitulée?s?|baptisée?s?|titrée?s?|(?:au|sous\s+le)\s+titre(?:\s+\p{Ll}+)?\s*:)\s+(?<t>${TITLE})`,
  // "le film Intouchables", "le rapport Stern": capitalised words right after the cue.
  String.raw`${WORK}\s+(?<c>${CAPS})`,
].map((source) => new RegExp(source, 'gu'));

/** Function words that alone are no title ("le livre Le …" cut short). */
const NOT_TITLE = /^(?:le|la|les|l['’]|un|une|des|ce|cette|son|sa|ses)$/iu;

/** Works of `text`, as mentions typed PRODUCT: the title only, not the cue. */
export function findWorks(text: string): TypedMention[] {
  return WORK_PATTERNS.flatMap((re) =>
    [...text.matchAll(re)].flatMap((m) => {
      const groups = m.groups ?? {};
      const title = groups['q1'] ?? groups['q2'] ?? groups['t'] ?? groups['c'];
      if (title === undefined || NOT_TITLE.test(title.trim())) return [];
      return [cued(title.trim(), m.index + m[0].lastIndexOf(title), 'PRODUCT')];
    }),
  );
}
