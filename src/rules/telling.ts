/**
 * Verbs of telling and recalling (raconter, rappeler, relater, rapporter, faire état) relay
 * hearsay only when a medium says them: "rappelle le quotidien", "rapporte l'agence Reuters",
 * "Le Parisien rapporte que". A person telling what they saw ("a-t-elle raconté") or a body
 * stating its own facts ("rapporte le ministère", "fait état d'une hausse de son bénéfice")
 * asserts, as the real-page gold has it (issue 11, round 6). Documents are left to stance.ts.
 */
import { MORE_MEDIA } from './gazetteer-orgs-more.js';
import { MEDIA } from './gazetteer-orgs.js';
import { fold } from './text.js';

/** Lemmas (verbs.ts, verb-lexicon.ts) whose `reports` depends on who tells. */
const TELLING = new Set(['raconter', 'rappeler', 'relater', 'rapporter', 'faire état']);

/** Head nouns of a medium as speaker ("le quotidien régional", "l'agence Reuters"), folded. */
const MEDIA_HEADS = new Set(
  `journal journaux quotidien quotidiens hebdomadaire mensuel magazine agence agences chaine radio
  television site media medias presse titre revue gazette confrere confreres`.split(/\s+/u),
);

/** A determiner opening a phrase, a whole word ("les titres" is not "le" + "s titres"). */
const DETERMINER = /^(?:(?:les|le|la|the|un|une|des|du|ces|cette|ce|ses|son|sa)\s+|l'\s*)/u;

/**
 * Media the gazetteer lists among other organisations (gazetteer.ts's press and wire entries),
 * beside its media tables.
 */
const OTHER_MEDIA = 'Bloomberg|Bloomberg Businessweek|Reuters|AFP|Agence France-Presse|ProPublica';

/** Media named in the gazetteer, folded, without their article. */
const MEDIA_NAMES = new Set(
  [MEDIA, MORE_MEDIA, OTHER_MEDIA]
    .join('\n')
    .split('\n')
    .flatMap((line) => line.split('|'))
    .map((name) => fold(name.trim()).replace(DETERMINER, ''))
    .filter((name) => name.length > 0),
);

/** Whether the speaker phrase is a medium: its head noun, a known name, or a title. */
function isMedium(speaker: string): boolean {
  const s = speaker.trim().replace(/’/gu, "'");
  // "Le Parisien", "La Croix", "L'Express": a capitalised article before a capital is a title.
  if (/^(?:Le|La|Les|L'|The)\s*\p{Lu}/u.test(s)) return true;
  const folded = fold(s).replace(DETERMINER, '');
  if (MEDIA_NAMES.has(folded)) return true;
  // The head in the singular too: "les titres de la presse", "des sites d'information".
  const head = folded.split(/[\s,]+/u)[0] ?? '';
  return MEDIA_HEADS.has(head) || MEDIA_HEADS.has(head.replace(/[sx]$/u, ''));
}

/**
 * Whether a `reports` verb tells the speaker's own account: a telling verb, and neither the
 * speaker phrase nor the claimant it was resolved to ("Il rappelle" → a magazine) is a medium.
 */
export function tellsOwnAccount(
  lemma: string | undefined,
  speaker: string,
  claimant = '',
): boolean {
  if (lemma === undefined || !TELLING.has(lemma) || speaker.trim() === '') return false;
  return !isMedium(speaker) && (claimant.trim() === '' || !isMedium(claimant));
}
