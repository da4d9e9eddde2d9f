let names: Intl.DisplayNames | undefined;

/**
 * English names of languages (`fr` → `French`), built on first use: the first DisplayNames
 * loads ICU data, ~15 ms that every start-up paid for a label only reports show (issue 9).
 */
export function languageNames(): Intl.DisplayNames {
  names ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return names;
}

/**
 * The article's detected language as the reports name it: `French`, `German`; `original
 * language` when none was detected; null for English, which a report needs no label for.
 */
export function languageLabel(lang: string | null): string | null {
  if (lang === null || lang === '') return 'original language';
  if (/^en\b/i.test(lang)) return null;
  try {
    return languageNames().of(lang) ?? lang;
  } catch {
    return lang; // not a language tag Intl knows: shown as detected
  }
}
