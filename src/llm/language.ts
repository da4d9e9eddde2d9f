/**
 * Is this model output English or French? A stop-word ratio: short, deterministic, and good at
 * the one question we ask (franc-min needs longer text and says `und` for headlines).
 */

/** Frequent French words that are not also common English words (no "a", "on", "en", "de"). */
const FRENCH = new Set(
  (
    'le la les des du et est une un dans pour que qui pas sur au aux avec ce cette ces ont sont ' +
    'été il elle ils elles selon mais ou où son sa ses leur leurs nous vous aurait serait ' +
    'par plus être avait était fait après contre entre sans sous chez dont aussi très'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the of and to in is that for with as was by it are be has have from at an this said its not ' +
    'which were would could will been their they he she his her who after against between ' +
    'without about also very than into'
  ).split(' '),
);

/** Below this many stop words either way, the text is too short to judge. */
const MIN_STOP_WORDS = 3;
/** Share of French among the stop words found above which the text is called French. */
const FRENCH_RATIO = 0.6;

/** `fr`, `en` or `und` (too short or mixed). */
export function guessEnglishOrFrench(text: string): 'en' | 'fr' | 'und' {
  let fr = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (FRENCH.has(word)) fr++;
    else if (ENGLISH.has(word)) en++;
  }
  if (fr + en < MIN_STOP_WORDS) return 'und';
  if (fr / (fr + en) >= FRENCH_RATIO) return 'fr';
  if (en / (fr + en) >= FRENCH_RATIO) return 'en';
  return 'und';
}

/** True when the text reads as French. */
export function looksFrench(text: string): boolean {
  return guessEnglishOrFrench(text) === 'fr';
}
