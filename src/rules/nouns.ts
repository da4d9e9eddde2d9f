/**
 * Verb forms that are nouns in context: "le juge Martin", "une note", "au juge" (issue 11,
 * narration taken as claims: "le juge en chef … qui nommera" read as the verb juger).
 */

/**
 * A verb form right after one of these is a noun ("le juge Martin", "une note", "au juge",
 * "sans doute", "nul doute", "par écrit", "de demande"; a finite verb never follows "sans" or "aucun"): articles and prepositions never stand before a
 * conjugated verb ("en" does, as a clitic: "comme en témoigne"), while "le"/"la"/"les" alone
 * may be object clitics ("il le juge"), so they count only after a preposition or "c'est".
 */
const NOUN_BEFORE =
  /(?:^|[^\p{L}'’])(?:(?:un|une|du|au|aux|des|ce|cet|cette|ces|son|sa|ses|mon|ma|mes|notre|nos|votre|vos|chaque|quel|quelle|sans|nul|nulle|aucun|aucune|avec|contre|envers|de|à|par|pour|sur|dans|chez|vers)\s+|(?:(?:de|à|par|pour|sur|contre|avec|entre|sans|dans|chez|vers|est|c['’]est)\s+(?:le|la|les)\s+|(?:de|à|par|pour|sur|contre|avec|sans|dans|chez|est|c['’]est)\s+l['’]))$/iu;
/** How far before a verb form its determiner is looked for. */
const NOUN_WINDOW = 24;

/** Whether the verb form at `pos` is a noun, being right after an article or a preposition. */
export function isNounUse(text: string, pos: number): boolean {
  return NOUN_BEFORE.test(text.slice(Math.max(0, pos - NOUN_WINDOW), pos));
}
