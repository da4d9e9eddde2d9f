/**
 * Legal texts named by their cue word: "décret n°2021-457", "loi n° 12 de 2019", "ordonnance de
 * mars 2020", "Constitution de 1958". Their words are mostly lower case, so the name finder never
 * sees them; the cue word and a number or a date are the evidence. A bare "la loi" or "le
 * règlement intérieur" names no particular text and stays out.
 */
import { CAP, OF, cued, cuedMentions } from './cues.js';
import type { TypedMention } from './typing.js';

/** Cue words of a legal text (French), longest first so "projet de loi" wins over "loi". */
const LAW_CUES = [
  'projet de loi',
  'proposition de loi',
  'loi organique',
  'loi',
  'décret-loi',
  'décret',
  'ordonnance',
  'arrêté',
  'directive',
  'règlement',
  'Constitution',
];

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
/** What makes a cue word name one text: a number, a date, or a year. */
const IDENTIFIER = [
  String.raw`n[°o]\s*\d[\d./-]*(?:\s+(?:de|du)\s+(?:\d{1,2}\s+(?:${MONTHS})\s+)?\d{4})?`,
  String.raw`du\s+\d{1,2}(?:er)?\s+(?:${MONTHS})\s+\d{4}`,
  String.raw`de\s+(?:${MONTHS})\s+\d{4}`,
  String.raw`de\s+\d{4}`,
].join('|');

const LAW_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${LAW_CUES.join('|')})\s+(?:${IDENTIFIER})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Legal texts named in words. A law after a person or an acronym ("loi Dufresne", "directive
 * Bolkestein", "loi ALUR"); a treaty after its place ("traité de Lisbonne", "déclaration de
 * Rio"); the codes of French law by their names.
 */
const NAMED_LAW_PATTERNS: RegExp[] = [
  String.raw`(?<!\p{L})(?:loi|directive|ordonnance|réforme)\s+${CAP}`,
  String.raw`(?<!\p{L})(?:traité|traités|accord|accords|déclaration|convention|pacte|protocole)\s+${OF}${CAP}`,
  String.raw`(?<!\p{L})[cC]ode\s+(?:civil|pénal|électoral|rural|minier|forestier|général\s+des\s+impôts|général\s+des\s+collectivités\s+territoriales|de\s+commerce|de\s+la\s+consommation|de\s+la\s+route|de\s+la\s+santé\s+publique|de\s+la\s+sécurité\s+sociale|de\s+l['’](?:éducation|environnement|urbanisme|énergie|entrée\s+et\s+du\s+séjour\s+des\s+étrangers)|du\s+travail|des\s+(?:assurances|douanes|transports|marchés\s+publics))(?!\p{L})`,
].map((source) => new RegExp(source, 'gu'));

/**
 * "loi sur la sécurité des barrages", "loi d'orientation des mobilités": a law by its subject,
 * up to the first punctuation, verb or clause word, at most 8 words. After "de" it needs a noun
 * without article and two content words, so the idioms "loi de la jungle", "loi du marché",
 * "loi du plus fort" stay out. The subject is read in a lookahead: a match never swallows the
 * next "loi".
 */
const SUBJECT_LAW =
  /(?<!\p{L})(?:(?:projet|proposition)\s+de\s+)?loi\s+(sur|relative\s+à|relatif\s+à|pour|contre|visant\s+à|de|d['’])\s*(?=((?:[\p{L}'’-]+\s*){1,8}))/gu;
/** A participle before "par" starts the clause about the law: "… défendu par la ministre". */
const PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|is|ise|it|ite|té|tés)$/u;
/** Words a law's subject never runs into: auxiliaries, common verbs, clause words, "et". */
const SUBJECT_STOP = new Set(
  `a ont est sont été était étaient sera seront serait avait avaient doit doivent va vont vise
  visent prévoit prévoient permet permettent impose imposent qui que qu dont et ou mais car en
  depuis par avec lors dans entre selon adoptée adopté votée voté promulguée promulgué`.split(
    /\s+/,
  ),
);
const FUNCTION_WORDS = new Set(
  'de du des d la le les l à au aux pour sur contre un une'.split(' '),
);
const ADVERBS = new Set('plus moins très trop bien mal'.split(' '));

/** The law named by its subject at one match of SUBJECT_LAW, if its words make one. */
function subjectLaw(m: RegExpMatchArray): TypedMention | null {
  const subject = m[2] ?? '';
  const offset = m[0].length;
  const kept: Array<{ word: string; end: number }> = [];
  const words = [...subject.matchAll(/\S+/gu)];
  for (const [i, w] of words.entries()) {
    const lower = w[0].toLowerCase();
    if (PARTICIPLE.test(lower) && words[i + 1]?.[0] === 'par') break;
    const bare = lower.replace(/^[dl]['’]/u, '');
    // After "de", an article means an idiom ("loi de la jungle"), not a law's subject.
    if (kept.length === 0 && /^d/u.test(m[1] ?? '') && FUNCTION_WORDS.has(lower)) return null;
    if (SUBJECT_STOP.has(lower) || SUBJECT_STOP.has(bare) || /^\p{Lu}/u.test(w[0])) break;
    kept.push({ word: bare, end: offset + w.index + w[0].length });
  }
  while (kept.length > 0 && FUNCTION_WORDS.has(kept[kept.length - 1]?.word ?? '')) kept.pop();
  const content = kept.filter((k) => !FUNCTION_WORDS.has(k.word.replace(/['’]$/u, '')));
  const needed = /^d/u.test((m[1] ?? '').toLowerCase()) ? 2 : 1;
  const last = kept[kept.length - 1];
  if (last === undefined || content.length < needed || ADVERBS.has(content[0]?.word ?? '')) {
    return null;
  }
  return cued((m.input ?? '').slice(m.index, (m.index ?? 0) + last.end), m.index ?? 0, 'LAW');
}

/** Legal texts of `text`, as mentions typed LAW. */
export function findLaws(text: string): TypedMention[] {
  return [
    ...cuedMentions(text, [LAW_RE], 'LAW'),
    ...cuedMentions(text, NAMED_LAW_PATTERNS, 'LAW'),
    ...[...text.matchAll(SUBJECT_LAW)].flatMap((m) => subjectLaw(m) ?? []),
  ];
}
