/** Language of an article: the declared one when the text agrees, else the detected one. */
export function detectLanguage(
  _text: string,
  _declared: string | null,
): { lang: string | null; detected: string | null } {
  throw new Error('not implemented');
}
