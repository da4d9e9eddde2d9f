import { describe, expect, it } from 'vitest';
import { entityId } from '../src/analyse/ids.js';
import { locateQuote, parseGold, resolveGold, type Gold } from '../src/eval/gold.js';
import { combineScores, isEnglish, scoreAnalysis } from '../src/eval/scores.js';
import type { Analysis, Claim, Entity } from '../src/types.js';

const TEXT =
  'Selon Reuters, le contrat aurait été signé en secret. Le groupe Orange dément avoir payé la moindre commission. « Nous étudions toutes les options », a déclaré Paul Girard.';

const GOLD: Gold = {
  sample: 'demo',
  entities: [
    { name: 'Reuters', type: 'ORG', mentions: ['Reuters'] },
    { name: 'Orange', type: 'ORG', mentions: ['Orange', 'Le groupe Orange'] },
    { name: 'Paul Girard', type: 'PERSON', mentions: ['Paul Girard'] },
  ],
  claims: [
    {
      quote: 'le contrat aurait été signé en secret',
      claimant: 'Reuters',
      stance: 'reports',
      certainty: 'possible',
      claimEn: 'The contract was reportedly signed in secret.',
    },
    {
      quote: 'Le groupe Orange dément avoir payé la moindre commission',
      claimant: 'Orange',
      stance: 'denies',
      certainty: 'certain',
      claimEn: 'Orange denies paying any commission.',
    },
    {
      quote: 'Nous étudions toutes les options',
      claimant: 'Paul Girard',
      stance: 'asserts',
      certainty: 'certain',
      claimEn: 'All options are being studied.',
    },
  ],
};
const resolved = resolveGold(GOLD, TEXT, 'demo.json');

const entity = (name: string, type: Entity['type'], mentions = [name]): Entity => ({
  id: entityId(type, name),
  name,
  type,
  mentions,
  description: null,
});

function claimOf(gold: Gold['claims'][number], over: Partial<Claim> = {}): Claim {
  const span = locateQuote(TEXT, gold.quote);
  return {
    id: gold.quote,
    claim: gold.claimEn,
    claimant: gold.claimant,
    stance: gold.stance,
    certainty: gold.certainty,
    quote: gold.quote,
    quoteEn: 'We are studying every option.',
    span,
    grounded: true,
    entities: [],
    ...over,
  };
}

function analysis(
  entities: Entity[],
  claims: Claim[],
  engine: Analysis['engine'] = 'openai',
): Analysis {
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
      wordCount: 30,
    },
    summary: { headline: null, text: null, bullets: [], lang: 'en' },
    entities,
    claims,
    engine,
    model: null,
    promptVersion: null,
    usage: null,
    warnings: [],
  };
}

const PERFECT = analysis(
  [entity('Reuters', 'ORG'), entity('Orange', 'ORG'), entity('Paul Girard', 'PERSON')],
  GOLD.claims.map((c) => claimOf(c)),
);

describe('gold files', () => {
  it('locates quotes, by occurrence and across typographic variants', () => {
    expect(resolved.claims.map((c) => TEXT.slice(c.span.start, c.span.end))).toEqual(
      GOLD.claims.map((c) => c.quote),
    );
    expect(locateQuote('a b a b', 'a b', 2)).toEqual({ start: 4, end: 7 });
    expect(locateQuote('l’État  décide', "l'État décide")).toEqual({ start: 0, end: 14 });
  });

  it('names the file and the field of a schema error or a missing quote', () => {
    const bad = { ...GOLD, claims: [GOLD.claims[0], { ...GOLD.claims[1], stance: 'maybe' }] };
    expect(() => parseGold(bad, 'x.json')).toThrow(/gold file x\.json: claims\[1\]\.stance/);
    const missing = {
      ...GOLD,
      claims: [...GOLD.claims, { ...GOLD.claims[0], quote: 'absent du texte' }],
    } as Gold;
    expect(() => resolveGold(missing, TEXT, 'x.json')).toThrow(
      'gold file x.json: claims[3].quote not found in the article',
    );
  });
});

describe('scoreAnalysis', () => {
  it('scores a perfect prediction 1.0 everywhere', () => {
    const s = scoreAnalysis(PERFECT, resolved);
    expect([s.entities.f1, s.claims.precision, s.claims.recall, s.claims.f1]).toEqual([1, 1, 1, 1]);
    expect([
      s.claimantAccuracy,
      s.stanceAccuracy,
      s.stanceMacroF1,
      s.certaintyAccuracy,
      s.groundingRate,
    ]).toEqual([1, 1, 1, 1, 1]);
    expect(s.entitiesByType.PERSON.f1).toBe(1);
    expect(s.englishShare).toBe(1);
  });

  it('scores an empty prediction: recall 0, precision null, F1 0', () => {
    const s = scoreAnalysis(analysis([], []), resolved);
    expect(s.claims).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(s.entities).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect([s.claimantAccuracy, s.stanceAccuracy, s.stanceMacroF1, s.groundingRate]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('scores a partly wrong prediction with known values', () => {
    const [reuters, orange] = GOLD.claims;
    if (!reuters || !orange) throw new Error('fixture');
    const pred = analysis(
      [entity('Reuters', 'ORG'), entity('Orange', 'LOCATION'), entity('Lundi', 'OTHER')],
      [
        claimOf(reuters, { claimant: 'l’agence Reuters', certainty: 'certain' }),
        claimOf(orange, { stance: 'asserts', claimant: 'Apple' }),
        claimOf(reuters, { span: { start: 0, end: 5 }, quote: 'Selon' }),
      ],
      'rules',
    );
    const s = scoreAnalysis(pred, resolved);
    expect(s.entities).toMatchObject({ tp: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(s.entitiesByType.ORG).toMatchObject({
      tp: 1,
      pred: 1,
      gold: 2,
      precision: 1,
      recall: 0.5,
    });
    expect(s.claims).toMatchObject({ tp: 2, pred: 3, gold: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(s.claimantAccuracy).toBe(0.5);
    expect(s.stanceAccuracy).toBe(0.5);
    expect(s.certaintyAccuracy).toBe(0.5);
    // A denial predicted as an assertion shows in the confusion matrix (gold → predicted).
    expect(s.counts.confusion.denies.asserts).toBe(1);
    expect(s.counts.confusion.reports.reports).toBe(1);
    // reports F1 = 1, denies F1 = 0, asserts F1 = 0 (one false positive) → macro 1/3.
    expect(s.stanceMacroF1).toBeCloseTo(1 / 3);
    expect(s.englishShare).toBeNull();
    expect(s.notes[0]).toMatch(/does not translate/);
  });

  it('micro-averages samples by summing counts', () => {
    const overall = combineScores([
      scoreAnalysis(PERFECT, resolved),
      scoreAnalysis(analysis([], []), resolved),
    ]);
    expect(overall?.claims).toMatchObject({ tp: 3, pred: 3, gold: 6, precision: 1, recall: 0.5 });
    expect(overall?.sample).toBe('overall');
    expect(combineScores([])).toBeNull();
  });

  it('tells English from French and counts null as not English', () => {
    expect(isEnglish('The company denies having paid any commission.')).toBe(true);
    expect(isEnglish('La société dément avoir versé la moindre commission.')).toBe(false);
    expect(isEnglish(null)).toBe(false);
  });
});
