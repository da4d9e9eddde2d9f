import { describe, expect, it } from 'vitest';
import {
  linkPropositions,
  recordsFromAnalyses,
  tokens,
  type ClaimRecord,
  type LinkItem,
} from '../src/claims/index.js';
import {
  allFixtures,
  microsoftProPublica,
  rulesAnalysisOf,
  supermicroLeFigaro,
  supermicroLeMonde,
} from './helpers/analysis-fixtures.js';

const byClaimant = (records: ClaimRecord[], site: string, claimant: string): ClaimRecord => {
  const found = records.find((r) => r.claimant === claimant && r.appearances[0]?.site === site);
  if (!found) throw new Error(`no ${claimant} claim from ${site}`);
  return found;
};

describe('tokens', () => {
  it('folds case and accents, drops stop words and negations, stems plurals', () => {
    expect([...tokens("Malicious chips were NOT implanted in Apple's servers", 'en')]).toEqual([
      'malicious',
      'chip',
      'implanted',
      'appl',
      'serv',
    ]);
    expect(tokens('des puces malveillantes implantées', 'fr')).toEqual(
      tokens('une puce malveillante implantée', 'fr'),
    );
  });
});

describe('linking claims into propositions', () => {
  const records = recordsFromAnalyses(allFixtures().map((f) => f.analysis));

  it('gives the allegation, both denials and the second outlet one proposition', () => {
    const allegation = byClaimant(records, 'Le Monde', 'Bloomberg').propositionId;
    expect(byClaimant(records, 'Le Monde', 'Apple').propositionId).toBe(allegation);
    expect(byClaimant(records, 'Le Monde', 'Amazon').propositionId).toBe(allegation);
    expect(byClaimant(records, 'Le Figaro', 'Bloomberg').propositionId).toBe(allegation);
    expect(byClaimant(records, 'Le Figaro', 'Apple').propositionId).toBe(allegation);
  });

  it('keeps other propositions apart, including claims of the other story', () => {
    const allegation = byClaimant(records, 'Le Monde', 'Bloomberg').propositionId;
    const supermicro = byClaimant(records, 'Le Figaro', 'Supermicro').propositionId;
    const propublica = byClaimant(records, 'Le Monde Informatique', 'ProPublica').propositionId;
    const shaw = byClaimant(records, 'Le Monde Informatique', 'Frank Shaw').propositionId;
    expect(new Set([allegation, supermicro, propublica, shaw]).size).toBe(4);
  });

  it('names a proposition after its earliest claim, the same on every run', () => {
    const again = recordsFromAnalyses(
      allFixtures()
        .reverse()
        .map((f) => f.analysis),
    );
    const group = records.filter((r) => r.propositionId === records[0]!.propositionId);
    const earliest = group
      .filter((r) => r.appearances[0]?.site === 'Le Monde')
      .map((r) => r.id)
      .sort()[0]!;
    expect(records[0]!.propositionId).toBe(`p_${earliest.slice(2)}`);
    for (const r of records)
      expect(again.find((a) => a.id === r.id)?.propositionId).toBe(r.propositionId);
  });

  it('keeps a proposition id from an earlier run', () => {
    const items: LinkItem[] = records.map((r) => ({
      id: r.id,
      claim: r.claim,
      claimant: r.claimant,
      quote: r.appearances[0]!.quote,
      entityNames: r.entities.map((e) => e.name),
      firstSeen: r.firstSeen,
      propositionId: r.claimant === 'Amazon' ? 'p_from_yesterday' : null,
    }));
    const links = linkPropositions(items);
    expect(links.get(byClaimant(records, 'Le Figaro', 'Apple').id)).toBe('p_from_yesterday');
  });

  it('needs a shared entity: the same words about unrelated parties stay apart', () => {
    const item = (id: string, claimant: string, entity: string): LinkItem => ({
      id,
      claim: 'The company will cut 1,200 jobs in France',
      claimant,
      quote: 'supprimer 1 200 postes',
      entityNames: [entity],
      firstSeen: null,
    });
    const links = linkPropositions([
      item('c_1', 'Renault', 'Renault'),
      item('c_2', 'Auchan', 'Auchan'),
    ]);
    expect(links.get('c_1')).not.toBe(links.get('c_2'));
  });

  it('links rules-engine claims (no English) on their French quotes', () => {
    const lm = rulesAnalysisOf(supermicroLeMonde());
    const fig = rulesAnalysisOf(supermicroLeFigaro());
    const apple = lm.claims.find((c) => c.claimant === 'Apple')!;
    // A second outlet repeating Apple's statement nearly word for word.
    const repeated = {
      ...fig,
      claims: [
        {
          ...fig.claims.find((c) => c.claimant === 'Apple')!,
          id: 'c_repeat',
          quote:
            "Nous n'avons jamais trouvé de puce malveillante ni de manipulation matérielle sur nos serveurs",
        },
      ],
    };
    const records = recordsFromAnalyses([lm, repeated, rulesAnalysisOf(microsoftProPublica())]);
    const first = records.find((r) => r.id === apple.id)!;
    expect(first.claim).toBeNull();
    expect(records.find((r) => r.id === 'c_repeat')?.propositionId).toBe(first.propositionId);
    const bloomberg = records.find((r) => r.claimant === 'Bloomberg')!;
    expect(bloomberg.propositionId).not.toBe(first.propositionId);
  });
});
