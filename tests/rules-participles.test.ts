import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const find = (text: string, start: string): Claim | undefined =>
  claimsOf(text).find((c) => c.quote.startsWith(start));

// Sentences written for these tests (issue 11: reporting constructions still missed).
describe('rules engine: present participles report', () => {
  it('", soulignant que …" after a quotation gives the clause to the same speaker', () => {
    const claim = find(
      '« Les stocks sont bas », a expliqué le directeur du port, soulignant que les livraisons reprendront lundi.',
      'les livraisons reprendront',
    );
    expect(claim?.quote).toBe('les livraisons reprendront lundi');
    expect(claim?.claimant).toBe('le directeur du port');
  });

  it('"X condamnant « … »": the participle phrase is X\'s statement, up to the next clause', () => {
    const claim = find(
      'La réaction fut rapide, la Norvège condamnant « une attaque inacceptable contre des civils », quand la Suède réclamait une enquête.',
      'condamnant',
    );
    expect(claim?.quote).toBe('condamnant « une attaque inacceptable contre des civils »');
    expect(claim?.claimant).toMatch(/Norvège/u);
  });

  it('"X contestant …" denies, with the noun phrase before it as speaker', () => {
    const claim = find(
      'Le tribunal a rejeté le recours des riverains contestant le tracé de la nouvelle rocade (déposé en mars).',
      'contestant',
    );
    expect(claim?.quote).toBe('contestant le tracé de la nouvelle rocade');
    expect(claim?.claimant).toBe('riverains');
    expect(claim?.stance).toBe('denies');
  });

  it('a participle that reports nothing gives no claim', () => {
    expect(
      find('Le train est reparti, rappelant aux voyageurs leurs vacances passées.', 'rappelant'),
    ).toBeUndefined();
    expect(
      find('Le maire a inauguré la salle, soulignant ses efforts pour la ville.', 'soulignant'),
    ).toBeUndefined();
    expect(
      find(
        "Le tribunal a rendu un jugement condamnant l'entreprise à payer une amende.",
        'condamnant',
      ),
    ).toBeUndefined();
  });
});
