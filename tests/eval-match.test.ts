import { describe, expect, it } from 'vitest';
import { sameClaimant } from '../src/eval/match.js';
import { locateQuote, resolveGold, type Gold } from '../src/eval/gold.js';
import { scoreAnalysis } from '../src/eval/scores.js';
import type { Analysis, Claim } from '../src/types.js';

const ENTITIES: Gold['entities'] = [
  { name: 'Sophie Binet', type: 'PERSON', mentions: ['Sophie Binet', 'Mme Binet'] },
  {
    name: 'Confédération générale du travail',
    type: 'ORG',
    mentions: ['Confédération générale du travail', 'CGT'],
  },
  { name: 'Dmitri Peskov', type: 'PERSON', mentions: ['Dmitri Peskov'] },
];

describe('sameClaimant', () => {
  it('keeps word containment ("la société Apple" = "Apple")', () => {
    expect(sameClaimant('la société Apple', 'Apple')).toBe(true);
    expect(sameClaimant('Apple', 'Amazon')).toBe(false);
  });

  it('matches a person by surname, with or without a title', () => {
    expect(sameClaimant('Mme Binet', 'Sophie Binet')).toBe(true);
    expect(sameClaimant('M. Peskov', 'Dmitri Peskov')).toBe(true);
    expect(sameClaimant('Binet', 'Sophie Binet')).toBe(true);
    expect(sameClaimant('Mme Durand', 'Sophie Binet')).toBe(false);
  });

  it('never matches a bare title or initial', () => {
    expect(sameClaimant('M', 'M. Peskov')).toBe(false);
    expect(sameClaimant('Mme', 'Sophie Binet')).toBe(false);
  });

  it('matches any two mentions of the same gold entity', () => {
    expect(sameClaimant('la CGT', 'Confédération générale du travail', ENTITIES)).toBe(true);
    expect(sameClaimant('CGT', 'Sophie Binet', ENTITIES)).toBe(false);
  });
});

const TEXT =
  'La CGT affirme que la réforme passera mal. Selon Mme Binet, « la mobilisation sera massive et durable dans tout le pays ».';
const GOLD: Gold = {
  sample: 'demo',
  entities: ENTITIES,
  claims: [
    {
      quote: 'la réforme passera mal',
      claimant: 'Confédération générale du travail',
      stance: 'asserts',
      certainty: 'certain',
      claimEn: 'The reform will go down badly.',
    },
    {
      quote: 'la mobilisation sera massive et durable dans tout le pays',
      claimant: 'Sophie Binet',
      stance: 'reports',
      certainty: 'certain',
      claimEn: 'The mobilisation will be massive and lasting nationwide.',
    },
  ],
};

function claim(quote: string, claimant: string): Claim {
  return {
    id: quote,
    claim: quote,
    claimant,
    stance: 'asserts',
    certainty: 'certain',
    quote,
    quoteEn: null,
    span: locateQuote(TEXT, quote),
    grounded: true,
    entities: [],
  };
}

function analysis(claims: Claim[]): Analysis {
  return {
    source: 'demo',
    article: {
      url: null,
      canonicalUrl: null,
      title: null,
      byline: null,
      publishedAt: null,
      siteName: null,
      lang: 'fr',
      wordCount: 20,
    },
    summary: { headline: null, text: null, bullets: [], lang: 'fr' },
    entities: [],
    claims,
    engine: 'rules',
    model: null,
    promptVersion: null,
    usage: null,
    warnings: [],
  };
}

describe('scoreAnalysis with real-page habits', () => {
  const resolved = resolveGold(GOLD, TEXT, 'demo.json');

  it('counts a claimant named by another mention of the same entity as right', () => {
    const s = scoreAnalysis(
      analysis([
        claim('La CGT affirme que la réforme passera mal', 'La CGT'),
        claim('la mobilisation sera massive et durable dans tout le pays', 'Mme Binet'),
      ]),
      resolved,
    );
    expect(s.counts.claimant).toEqual({ hits: 2, total: 2 });
  });

  it('reports quote matches by any overlap beside the IoU ≥ 0.5 matches', () => {
    // A quote cut to a fragment overlaps the gold statement but with IoU < 0.5.
    const s = scoreAnalysis(analysis([claim('massive', 'Mme Binet')]), resolved);
    expect(s.claims).toMatchObject({ tp: 0, pred: 1, gold: 2 });
    expect(s.claimsOverlap).toMatchObject({ tp: 1, pred: 1, gold: 2, precision: 1, recall: 0.5 });
  });
});
