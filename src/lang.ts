import { franc } from 'franc-min';

/**
 * Language of an article. The page's declared `lang` is usually right and detection on short
 * text is noise, so the declared one wins unless a long text clearly says otherwise (a French
 * site republishing an English wire story keeps `lang="fr"`).
 */

/** Below this many letters franc is not asked at all: `und`. */
const MIN_DETECT_LETTERS = 20;
/** Detection overrides a declared language only from this many letters on. */
const MIN_OVERRIDE_LETTERS = 200;

/**
 * franc-min's ISO 639-3 codes that have an ISO 639-1 code. Macrolanguage members map to their
 * macrolanguage (`arb` Standard Arabic → `ar`, `pes` Persian → `fa`, `zlm` Malay → `ms`).
 */
const ISO_639_1: Readonly<Record<string, string>> = {
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  cmn: 'zh',
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kaz: 'kk',
  kin: 'rw',
  lin: 'ln',
  mar: 'mr',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tgl: 'tl',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
};

/**
 * Declared language (`fr-FR`, `FR`, `fr`) and text → `{lang, detected}`, both ISO 639-1 or
 * null. `detected` is what the text alone says; `lang` is the decision.
 */
export function detectLanguage(
  text: string,
  declared: string | null,
): { lang: string | null; detected: string | null } {
  const declaredCode = normaliseDeclared(declared);
  const letters = countLetters(text);
  const detected = letters >= MIN_DETECT_LETTERS ? toIso6391(franc(text)) : null;
  const sure = detected !== null && letters >= MIN_OVERRIDE_LETTERS;
  if (declaredCode === null) return { lang: detected, detected };
  return { lang: sure ? detected : declaredCode, detected };
}

/** ISO 639-3 from franc → ISO 639-1; null for `und` and languages without a 2-letter code. */
export function toIso6391(code: string): string | null {
  return ISO_639_1[code] ?? null;
}

/** `fr-FR` → `fr`; anything that is not a BCP 47 primary subtag of 2 letters → null. */
function normaliseDeclared(declared: string | null): string | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return /^[a-z]{2}$/u.test(primary) ? primary : null;
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
