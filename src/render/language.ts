const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The article's detected language as the reports name it: `French`, `German`; `original
 * language` when none was detected; null for English, which a report needs no label for.
 */
export function languageLabel(lang: string | null): string | null {
  if (lang === null || lang === '') return 'original language';
  if (/^en\b/i.test(lang)) return null;
  try {
    return LANGUAGE_NAMES.of(lang) ?? lang;
  } catch {
    return lang; // not a language tag Intl knows: shown as detected
  }
}
