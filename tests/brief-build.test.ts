import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing, type Briefing } from '../src/brief/index.js';
import { openStore } from '../src/store/index.js';
import type { Analysis } from '../src/types.js';
import {
  allFixtures,
  makeAnalysis,
  makeExtract,
  microsoftProPublica,
  rulesAnalysisOf,
  supermicroLeFigaro,
  supermicroLeMonde,
} from './helpers/analysis-fixtures.js';

const PERIOD = { since: new Date('2018-10-04T00:00:00Z'), until: new Date('2018-10-05T10:00:00Z') };
const brief = (analyses: Analysis[], extra = {}): Briefing =>
  buildBriefing(analyses, { ...PERIOD, ...extra });

/** An article about `orgs` with no claims, to test grouping on entities alone. */
function about(slug: string, orgs: string[]): Analysis {
  const extract = makeExtract({
    url: `https://www.example.fr/${slug}`,
    site: 'Exemple',
    title: slug,
    publishedAt: '2018-10-05T08:00:00Z',
    paragraphs: [`Un article sur ${orgs.join(' et ')}.`],
  });
  return makeAnalysis(extract, {
    headline: slug,
    summary: `About ${orgs.join(' and ')}.`,
    entities: [
      ...orgs.map((name) => ({ name, type: 'ORG' as const, mentions: [name] })),
      { name: 'France', type: 'LOCATION', mentions: ['France'] },
      { name: 'Paris', type: 'LOCATION', mentions: ['Paris'] },
    ],
    claims: [],
  });
}

describe('buildBriefing: stories', () => {
  const b = brief(allFixtures().map((f) => f.analysis));

  it('makes the two Supermicro articles one story with two sources, ranked first', () => {
    expect(b.stories).toHaveLength(2);
    const [first, second] = b.stories;
    expect(first?.sources.map((n) => b.sources[n - 1]?.site)).toEqual(['Le Monde', 'Le Figaro']);
    expect(first?.headline).toEqual({
      text: 'Bloomberg says Chinese spy chips reached Apple and Amazon servers; both deny it',
      lang: 'en',
    });
    expect(second?.sources.map((n) => b.sources[n - 1]?.site)).toEqual(['Le Monde Informatique']);
  });

  it('puts the allegation and its denials side by side, each quote with its source', () => {
    const [top] = b.stories[0]!.propositions;
    expect(top?.claims.map((c) => `${c.claimant} ${c.stance}`)).toEqual([
      'Bloomberg asserts',
      'Apple denies',
      'Amazon denies',
    ]);
    const bloomberg = top!.claims[0]!;
    expect(bloomberg.quotes.map((q) => b.sources[q.source - 1]?.site)).toEqual([
      'Le Monde',
      'Le Figaro',
    ]);
    expect(bloomberg.quotes[0]?.quote).toMatch(/^Des agents de l'Armée populaire/);
  });

  it('adds what a second source says that the first did not', () => {
    const synthesis = b.stories[0]!.synthesis;
    expect(synthesis[0]?.site).toBeNull();
    expect(synthesis[1]).toMatchObject({ site: 'Le Figaro', lang: 'en' });
  });

  it('lists main entities, an entity index and every source with its story', () => {
    expect(b.stories[0]?.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Supermicro', 'Apple', 'Amazon', 'Bloomberg']),
    );
    expect(b.entityIndex.find((e) => e.name === 'China')?.stories).toEqual([1, 2]);
    expect(b.sources.map((s) => [s.n, s.story])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    expect(b).toMatchObject({
      since: '2018-10-04T00:00:00.000Z',
      until: '2018-10-05T10:00:00.000Z',
    });
  });

  it('groups on two shared significant entities, never on places alone', () => {
    const g = brief([
      about('a', ['Renault', 'Nissan']),
      about('b', ['Nissan', 'Renault', 'Mitsubishi']),
    ]);
    expect(g.stories).toHaveLength(1);
    const h = brief([about('c', ['Renault', 'Stellantis']), about('d', ['Renault', 'Airbus'])]);
    expect(h.stories).toHaveLength(2);
  });

  it('keeps a story that fills half the period in one piece (its entities are common)', () => {
    const scandal = [1, 2, 3, 4, 5].map((i) =>
      about(`chips-${i}`, ['Supermicro', 'Bloomberg', 'Apple', 'Amazon', `Witness ${i}`]),
    );
    const cars = [1, 2, 3].map((i) =>
      about(`cars-${i}`, ['Huawei', 'PSA', 'ANSSI', 'Apple', 'Amazon']),
    );
    const others = [1, 2, 3, 4].map((i) => about(`other-${i}`, [`Club ${i}`, `Coach ${i}`]));
    const g = brief([...scandal, ...cars, ...others]);
    const sizes = g.stories.map((s) => s.sources.length).sort((a, b) => b - a);
    expect(sizes).toEqual([5, 3, 1, 1, 1, 1]);
  });

  it('does not join two pieces that share only a couple of names among many', () => {
    const politics = (slug: string, names: string[]): Analysis =>
      about(slug, ['Emmanuel Macron', 'Élysée', ...names]);
    const g = brief([
      politics('culture', ['Facebook', 'Celsa', 'Paul Valadier', 'Anne Dujin', 'Eric Chauvier']),
      politics('enquete', ['Francois Bayrou', 'Sylvie Goulard', 'LREM', 'Richard Ferrand', 'AFP']),
    ]);
    expect(g.stories).toHaveLength(2);
  });

  it('leaves out articles dated outside the period and keeps one analysis per article', () => {
    const lm = supermicroLeMonde().analysis;
    const g = brief([lm, lm, supermicroLeFigaro().analysis, microsoftProPublica().analysis], {
      since: new Date('2018-10-05T00:00:00Z'),
    });
    expect(g.sources.map((s) => s.site).sort()).toEqual(['Le Figaro', 'Le Monde Informatique']);
    expect(brief([lm, lm]).sources).toHaveLength(1);
  });
});

describe('buildBriefing: rules-engine analyses', () => {
  it('falls back to French text, marked as French', () => {
    const b = brief([rulesAnalysisOf(supermicroLeMonde()), rulesAnalysisOf(supermicroLeFigaro())]);
    const story = b.stories[0]!;
    expect(story.headline.lang).toBe('fr');
    expect(story.headline.text).toMatch(/^Des puces espionnes/);
    expect(story.synthesis[0]?.lang).toBe('fr');
    const claim = story.propositions.flatMap((p) => p.claims).find((c) => c.claimant === 'Apple');
    expect(claim?.text).toEqual({ text: claim!.quotes[0]!.quote, lang: 'fr' });
    expect(claim?.quotes[0]?.quoteEn).toBeNull();
  });
});

describe('buildBriefing: from the store', () => {
  it('reads the period streamed by analysesSince', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-brief-'));
    try {
      const store = openStore(join(dir, 'v.db'));
      for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
      const b = buildBriefing(store.analysesSince(PERIOD.since, { until: PERIOD.until }), PERIOD);
      store.close();
      expect(b.stories.map((s) => s.sources.length)).toEqual([2, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
