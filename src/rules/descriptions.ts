/**
 * Descriptions that stand for a speaker met before: a role ("la ministre", "le juge en chef",
 * "le procureur de la République") is the person given that role; a demonstrative ("cette
 * source", "ce fonctionnaire") or a definite anonymous speaker ("la source", "l'expert") is the
 * unnamed speaker introduced before with an indefinite article ("une source gouvernementale"),
 * kept as described there (the gold convention for unnamed speakers).
 */
import { lastOccurrence, personTitled, type Occurrence } from './antecedents.js';
import { MEDIA } from './gazetteer-orgs.js';
import { ROLE_NOUNS, phraseAfter } from './speaker.js';
import { fold } from './text.js';

/** How far back (characters) the person given a role, or an unnamed speaker, is looked for. */
const DESCRIPTION_REACH = 3000;
/** How many speakers back "cette source" looks for "une source …" (keeps the pass linear). */
const SPEAKERS_BACK = 40;

/**
 * A role with its determiner, a fixed modifier and a complement: "la ministre", "le juge en
 * chef", "le ministre de l'Intérieur", "l'avocate de la famille".
 */
const ROLE_DESCRIPTION =
  /^(?:[Ll]e|[Ll]a|[Ll]['’])\s*(\p{Ll}[\p{L}-]*)(?:\s+(?:en chef|général|générale|adjoint|adjointe|délégué|déléguée))?(?:\s+(?:de|du|des|d['’]|à|au|aux)(?!\p{L}).*)?$/u;

/** The person a role description stands for ("la ministre" → "Hélène Garnier"), else null. */
export function roleHolder(
  text: string,
  occurrences: Occurrence[],
  raw: string,
  limits: { from: number; to: number },
): string | null {
  const m = ROLE_DESCRIPTION.exec(raw);
  if (m === null || !ROLE_NOUNS.has(fold(m[1] ?? ''))) return null;
  const from = Math.max(limits.from, limits.to - DESCRIPTION_REACH);
  // "le ministre de l'Intérieur" as given: another minister is not that one.
  const head = raw.replace(/^(?:le|la)\s+|^l['’]\s*/iu, '');
  const complement = /\s((?:de|du|des|d['’])\s*(?:la\s+|les\s+|l['’])?\p{Lu}.*)$/u.exec(head)?.[1];
  return (
    personTitled(text, occurrences, head, from, limits.to) ??
    (complement === undefined ? null : titledOf(text, occurrences, complement, from, limits.to))
  );
}

/** A determiner and a role right before a complement ("la secrétaire générale " before "de la CGT"). */
const ROLE_BEFORE = /(?:^|\s)(?:le|la|l['’])\s*(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*)?\s*$/iu;

/**
 * "la dirigeante de la CGT" after "Sophie Binet, la secrétaire générale de la CGT": the person
 * given any role of the same body named by its complement.
 */
function titledOf(
  text: string,
  occurrences: Occurrence[],
  complement: string,
  from: number,
  to: number,
): string | null {
  const window = fold(text.slice(from, to));
  const needle = fold(complement);
  for (let at = window.lastIndexOf(needle); at >= 0; at = window.lastIndexOf(needle, at - 1)) {
    const role = ROLE_BEFORE.exec(text.slice(Math.max(from, from + at - 40), from + at));
    if (role !== null && ROLE_NOUNS.has(fold(role[1] ?? ''))) {
      const head = text.slice(from + at - role[0].trimStart().length, from + at + needle.length);
      const found = personTitled(text, occurrences, head.trim(), from, to);
      if (found !== null) return found;
    }
    if (at === 0) break;
  }
  return null;
}

/** A demonstrative description ("cette source gouvernementale", "ces experts"): its head noun. */
const DEMONSTRATIVE =
  /^(?:[Cc]ette|[Cc]e|[Cc]et|[Cc]es)\s+(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}'’-]*)*$/u;
/** A definite description of an anonymous speaker ("la source", "l'expert"): its head noun. */
const DEFINITE = /^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}'’-]*)*$/u;
/**
 * Heads (folded, singular) of speakers a page leaves unnamed on purpose: "la source" or
 * "l'expert" after "une source proche du dossier" is that source. Other definite descriptions
 * ("le groupe", "la société") name a body and are resolved elsewhere.
 */
const ANONYMOUS_HEADS = new Set(
  `source proche expert experte responsable temoin fonctionnaire diplomate enqueteur enqueteuse
  policier policiere militant militante habitant habitante salarie salariee employe employee
  specialiste analyste observateur observatrice conseiller conseillere membre officiel cadre
  representant representante manifestant manifestante agent medecin chercheur chercheuse
  interlocuteur interlocutrice`.split(/\s+/),
);

/** "ces experts" → "expert": the singular head, to find "un expert" as well as "des experts". */
const singular = (word: string): string => word.replace(/(?<=[^s])[sx]$/u, '');

/**
 * The unnamed speaker a demonstrative or an anonymous definite description stands for: the
 * last speaker introduced by "un", "une" or "des" with the same head noun, else that
 * indefinite phrase in the text before; null when none was introduced.
 */
export function introducedSpeaker(
  text: string,
  speakers: readonly string[],
  raw: string,
  limits: { from: number; to: number },
): string | null {
  const demonstrative = DEMONSTRATIVE.exec(raw);
  const m = demonstrative ?? DEFINITE.exec(raw);
  const head = singular(fold(m?.[1] ?? ''));
  if (m === null || head.length < 3) return null;
  if (demonstrative === null && !ANONYMOUS_HEADS.has(head)) return null;
  const mentions = (phrase: string): boolean =>
    /^(?:un|une|des)\s/iu.test(phrase) && fold(phrase).split(/\s+/).map(singular).includes(head);
  // The last few speakers only: a page's statements are many, its anonymous sources few.
  for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - SPEAKERS_BACK); i--) {
    const phrase = speakers[i];
    if (phrase !== undefined && mentions(phrase)) return phrase;
  }
  return introducedInText(text, head, limits);
}

/** "une source gouvernementale" written before `to`, as a noun phrase; null if none. */
function introducedInText(
  text: string,
  head: string,
  limits: { from: number; to: number },
): string | null {
  const from = Math.max(limits.from, limits.to - DESCRIPTION_REACH);
  const window = fold(text.slice(from, limits.to));
  const re = new RegExp(
    `(?<!\\p{L})(?:un|une|des)\\s+(?:\\p{L}+\\s+)?${head}[sx]?(?!\\p{L})`,
    'gu',
  );
  let last: number | null = null;
  for (const found of window.matchAll(re)) last = found.index;
  if (last === null) return null;
  return phraseAfter(text, from + last)?.text ?? null;
}

/** Media named in the gazetteer (folded names and aliases): what "le quotidien" may stand for. */
const MEDIA_NAMES = new Set(
  MEDIA.split('\n')
    .flatMap((line) => line.split('|'))
    .map((name) => fold(name.trim()).replace(/^(?:le|la|les|the)\s+/u, ''))
    .filter((name) => name.length > 0),
);
/** A medium's kind right before its name ("le journal américain “The Wall Street Journal”"). */
const MEDIUM_CUE =
  /(?:journal|quotidien|hebdomadaire|magazine|mensuel|site|média|chaîne|radio|revue)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*[«“"]?\s*$/iu;

/**
 * The medium a description by its kind stands for ("rappelle le quotidien conservateur
 * américain"): the last organisation named before `to` that is a medium, by the gazetteer or by
 * its kind written before it; null when none was named.
 */
export function mediumNamed(
  text: string,
  occurrences: Occurrence[],
  limits: { from: number; to: number },
): string | null {
  const from = Math.max(limits.from, limits.to - DESCRIPTION_REACH);
  const found = lastOccurrence(occurrences, from, limits.to, (o) => {
    if (o.entity.type !== 'ORG' && o.entity.type !== 'OTHER') return false;
    const name = fold(o.entity.name).replace(/^(?:le|la|les|the)\s+/u, '');
    return MEDIA_NAMES.has(name) || MEDIUM_CUE.test(text.slice(Math.max(0, o.at - 40), o.at));
  });
  return found?.entity.name ?? null;
}

/**
 * The source "on" learnt from, after the verb ("a-t-on appris vendredi de sources
 * diplomatiques", "a-t-on précisé auprès de la préfecture"): a few adverbial words, then "de" or
 * "auprès de" and the source up to the end of the clause. "même source" is returned as such.
 */
const ON_SOURCE =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:de|d['’]|auprès\s+(?:de\s+|des\s+|du\s+|d['’]))\s*((?:la\s+|les\s+|le\s+|l['’])?[^.,;:!?()«»\n]{2,60}?)\s*(?=[.,;:!?)]|$)/u;
/** What a source learnt from is: sources, a milieu, someone close, or a speaker noun phrase. */
const SOURCE_HEAD =
  /^(?:même\s+source|sources?\s|milieux?\s|proches?\s|(?:la|le|les|l['’])\s*\p{L})/iu;

export function sourceOfOn(text: string, verbEnd: number): string | null {
  const m = ON_SOURCE.exec(text.slice(verbEnd, verbEnd + 140));
  const source = m?.[1]?.trim();
  return source !== undefined && SOURCE_HEAD.test(source) ? source : null;
}

/** "de sources militaires", "de source policière" written before `to`: the source cited last. */
const SOURCE_CITED =
  /(?<!\p{L})(?:de|d['’]après|selon)\s+(sources?\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)/gu;

export function sourceCitedBefore(
  text: string,
  limits: { from: number; to: number },
): string | null {
  const from = Math.max(limits.from, limits.to - DESCRIPTION_REACH);
  let last: string | null = null;
  for (const m of text.slice(from, limits.to).matchAll(SOURCE_CITED)) last = m[1] ?? null;
  return last;
}
