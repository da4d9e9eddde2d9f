/**
 * The schema.org type of a claimant (`author` of a Claim): Person or Organization.
 *
 *   1. The entities the claim names: the one whose name or mention appears, as whole words, in
 *      the claimant phrase (`Le groupe PSA` holds `PSA`), longest first, so `Tim Cook, patron
 *      d'Apple` is Tim Cook; a PERSON is a Person, any other type (ORG, a country speaking as
 *      its government…) an Organization. `Apple et Amazon` holds two organisations.
 *   2. Else the words of the phrase: organisation nouns (ORGANISATION_WORDS) make it an
 *      Organization; anything else, `un porte-parole` or a bare name, stays a Person.
 */
import type { ClaimEntity } from '../store/index.js';

export type ClaimantType = 'Person' | 'Organization';

/**
 * Nouns that name a body, not a person, in French and English claimant phrases (`le groupe`,
 * `la société`, `le ministère`, `the company`…). Matched as whole words, accents ignored.
 */
const ORGANISATION_WORDS = new RegExp(
  '\\b(?:' +
    [
      // companies
      'groupe',
      'societe',
      'entreprise',
      'constructeur',
      'fabricant',
      'operateur',
      'banque',
      'editeur',
      'laboratoire',
      'compagnie',
      'firme',
      'company',
      'group',
      'firm',
      'maker',
      // state and justice
      'ministere',
      'gouvernement',
      'parquet',
      'police',
      'gendarmerie',
      'prefecture',
      'mairie',
      'tribunal',
      'cour',
      'commission',
      'agence',
      'autorite',
      'administration',
      'armee',
      'ministry',
      'government',
      'agency',
      'department',
      'authority',
      'court',
      'army',
      'police',
      // collective bodies
      'syndicat',
      'association',
      'federation',
      'collectif',
      'parti',
      'ong',
      'union',
      'union',
      'party',
      'association',
      'council',
      'conseil',
      'direction',
    ].join('|') +
    ')\\b',
  'i',
);

/** Lower case, no accents, words separated by single spaces, padded: ` le groupe psa `. */
function words(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

export function claimantType(claimant: string, entities: ClaimEntity[]): ClaimantType {
  const phrase = words(claimant);
  let best: { length: number; type: ClaimEntity['type'] } | undefined;
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.mentions]) {
      const needle = words(name);
      if (needle.trim().length < 2 || !phrase.includes(needle)) continue;
      if (best === undefined || needle.length > best.length) {
        best = { length: needle.length, type: entity.type };
      }
    }
  }
  if (best !== undefined) return best.type === 'PERSON' ? 'Person' : 'Organization';
  return ORGANISATION_WORDS.test(phrase) ? 'Organization' : 'Person';
}
