/**
 * Issue 12: the briefing as a reader skims it — dated title, "In brief" list, contested stories
 * first, English before French, at most 3 quotes unfolded per claimant, sources by site name,
 * forums not counted as press, one entry per country whatever the language.
 */
import { describe, expect, it } from 'vitest';
import {
  buildBriefing,
  renderBriefingHtml,
  renderBriefingMarkdown,
  type Briefing,
} from '../src/brief/index.js';
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
const brief = (analyses: Analysis[]): Briefing => buildBriefing(analyses, PERIOD);

/** One article of `site` whose claimant says `n` different things, each quoted once. */
function talkative(n: number): Analysis {
  const paragraphs = Array.from(
    { length: n },
    (_, i) => `« Le point numéro ${i + 1} concerne la sécurité du cloud ${i + 1} », dit Microsoft.`,
  );
  const extract = makeExtract({
    url: 'https://www.example.fr/direct/cloud',
    site: 'Le Direct',
    title: 'En direct : le cloud',
    publishedAt: '2018-10-05T08:00:00Z',
    paragraphs,
  });
  return makeAnalysis(extract, {
    headline: 'Microsoft answers questions about its cloud',
    summary: 'Microsoft answered questions all day.',
    entities: [{ name: 'Microsoft', type: 'ORG', mentions: ['Microsoft'] }],
    claims: paragraphs.map((_, i) => ({
      claimant: 'Microsoft',
      stance: 'asserts' as const,
      claim: `Point ${i + 1} about cloud security ${i + 1} holds.`,
      quote: `Le point numéro ${i + 1} concerne la sécurité du cloud ${i + 1}`,
      quoteEn: `Point number ${i + 1} is about cloud security ${i + 1}`,
      entities: ['Microsoft'],
    })),
  });
}

/** A reader forum thread about the Supermicro story. */
function forumThread(): Analysis {
  const extract = makeExtract({
    url: 'https://www.forum-hardware.fr/viewtopic.php?t=58231',
    site: 'Forum Hardware',
    title: 'Puces Supermicro : vous en pensez quoi ?',
    publishedAt: '2018-10-05T07:00:00Z',
    paragraphs: ['Bloomberg dit que Supermicro, Apple et Amazon ont des puces espionnes.'],
  });
  return makeAnalysis(extract, {
    headline: 'Forum users discuss the Supermicro chips',
    summary: 'Users discuss Bloomberg and Supermicro.',
    entities: [
      { name: 'Bloomberg', type: 'ORG', mentions: ['Bloomberg'] },
      { name: 'Supermicro', type: 'ORG', mentions: ['Supermicro'] },
      { name: 'Apple', type: 'ORG', mentions: ['Apple'] },
    ],
    claims: [],
  });
}

describe('briefing layout (issue 12)', () => {
  const all = brief(allFixtures().map((f) => f.analysis));
  const md = renderBriefingMarkdown(all);
  const html = renderBriefingHtml(all);

  it('puts the date of the briefing in its title, then the period', () => {
    expect(md).toMatch(/^# Morning briefing — Friday 5 October 2018\n/);
    expect(html).toContain('<h1>Morning briefing — Friday 5 October 2018</h1>');
    expect(html).toContain('<title>Morning briefing — Friday 5 October 2018</title>');
  });

  it('opens with an "In brief" list, one line per story, contested stories first', () => {
    const inBrief = md.slice(md.indexOf('**In brief**'), md.indexOf('## 1.'));
    const lines = inBrief.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1\. Bloomberg says Chinese spy chips .* — 2 sources, contested$/);
    expect(lines[1]).toMatch(/^2\. Microsoft used China-based engineers.* — 1 source$/);
    expect(html).toMatch(/<h2[^>]*>In brief<\/h2>\s*<ol[^>]*><li><a href="#story-1">/);
  });

  it('ranks a contested story above a bigger uncontested one', () => {
    const quiet = [0, 1, 2].map((i) => {
      const a = talkative(2);
      return {
        ...a,
        source: `https://www.site${i}.fr/cloud`,
        article: {
          ...a.article,
          url: `https://www.site${i}.fr/cloud`,
          canonicalUrl: `https://www.site${i}.fr/cloud`,
          siteName: `Site ${i}`,
        },
      };
    });
    const b = brief([...quiet, supermicroLeMonde().analysis]);
    expect(b.stories[0]?.headline.text).toMatch(/^Bloomberg says/);
    expect(b.stories[0]?.contested).toBe(true);
    expect(b.stories[1]?.contested).toBe(false);
  });

  it('calls a story contested when one party denies while another asserts, even in other words', () => {
    const lm = supermicroLeMonde().analysis;
    // The linker did not see Apple's denial as the same proposition as Bloomberg's allegation.
    const unlinked: Analysis = {
      ...lm,
      claims: lm.claims.map((c) =>
        c.claimant === 'Bloomberg' ? c : { ...c, claim: 'Nothing of the sort ever happened' },
      ),
    };
    expect(brief([unlinked]).stories[0]?.contested).toBe(true);
    const selfDenial: Analysis = { ...lm, claims: lm.claims.filter((c) => c.claimant === 'Apple') };
    expect(brief([selfDenial]).stories[0]?.contested).toBe(false);
  });

  it('says "1 story" and "1 article", never "1 stories"', () => {
    const one = renderBriefingMarkdown(brief([supermicroLeMonde().analysis]));
    expect(one).toContain('1 story · 1 article');
    expect(one).not.toMatch(/\b1 (stories|articles|sources)\b/);
    expect(md).toContain('2 stories · 3 articles');
  });

  it('never joins claims ending with a full stop with ".;"', () => {
    const lm = supermicroLeMonde().analysis;
    const dotted = { ...lm, claims: lm.claims.map((c) => ({ ...c, claim: `${c.claim}.` })) };
    const b = brief([dotted]);
    expect(renderBriefingMarkdown(b)).not.toContain('.;');
    expect(renderBriefingHtml(b)).not.toContain('.;');
  });

  it('shows the English quote first and folds the French quote with its link', () => {
    expect(html).toMatch(
      /<details><summary>“We have never found malicious chips or hardware manipulations in our servers” — <a href="https:\/\/www\.lemonde\.fr\/[^"]+">Le Monde<\/a>[^<]*<\/summary><q lang="fr">Nous n&#39;avons jamais trouvé/,
    );
    const apple = md.indexOf('“We have never found malicious chips');
    const french = md.indexOf("« Nous n'avons jamais trouvé");
    expect(apple).toBeGreaterThan(0);
    expect(french).toBeGreaterThan(apple);
  });

  it('shows at most 3 quotes per claimant and folds the rest', () => {
    const b = brief([talkative(24)]);
    const page = renderBriefingHtml(b);
    const text = renderBriefingMarkdown(b);
    const openQuotes = page.split('<details class="more">')[0]!.match(/<details>/g) ?? [];
    expect(openQuotes.length).toBeLessThanOrEqual(3);
    expect(page).toContain('<details class="more"><summary>');
    expect(text.match(/“Point number \d+/g)?.length).toBeLessThanOrEqual(3);
    expect(text).toMatch(/and \d+ more (quotes|claims)/);
  });

  it('names sources by site and time, never "source N", each article once', () => {
    const local = rulesAnalysisOf(supermicroLeMonde());
    const noSite: Analysis = {
      ...local,
      source: 'samples/07-texte-brut.txt',
      article: {
        ...local.article,
        siteName: null,
        url: 'file:///tmp/07-texte-brut.txt',
        canonicalUrl: null,
      },
    };
    const b = brief([noSite, supermicroLeFigaro().analysis]);
    for (const out of [renderBriefingMarkdown(b), renderBriefingHtml(b)]) {
      expect(out).not.toMatch(/source \d/);
      expect(out).toContain('07-texte-brut.txt');
    }
    expect(md).not.toMatch(/\[\d+\]/);
    const story1 = md.slice(md.indexOf('## 1.'), md.indexOf('## 2.'));
    const sources = story1.slice(story1.indexOf('**Sources**'));
    expect(sources.match(/Le Figaro/g)).toHaveLength(1);
    expect(sources.match(/Le Monde\]/g)).toHaveLength(1);
    expect(sources).toMatch(/\n- \[Le Figaro\]\(<https:[^>]+>\), Fri 5 Oct 2018, 06:45\n/);
  });

  it('names the source of every sentence the synthesis adds, even one without a site name', () => {
    const figaro = supermicroLeFigaro().analysis;
    const unnamed: Analysis = {
      ...figaro,
      source: 'notes/figaro.txt',
      article: { ...figaro.article, siteName: null, url: null, canonicalUrl: null },
    };
    const b = brief([supermicroLeMonde().analysis, unnamed]);
    expect(b.stories[0]?.synthesis[1]?.site).toBe('figaro.txt');
  });

  it('never counts a reader forum thread as press', () => {
    const b = brief([supermicroLeMonde().analysis, forumThread()]);
    expect(b.stories).toHaveLength(1);
    expect(b.stories[0]?.sources).toHaveLength(1);
    expect(b.forums.map((f) => f.site)).toEqual(['Forum Hardware']);
    const text = renderBriefingMarkdown(b);
    expect(text).toContain('1 story · 1 article');
    expect(text).toMatch(/Reader forums and comment pages \(not counted as press\)/);
  });

  it('indexes China and Chine, and accented or cased variants, as one entity', () => {
    const lm = supermicroLeMonde().analysis;
    const fr: Analysis = {
      ...microsoftProPublica().analysis,
      entities: [
        ...microsoftProPublica().analysis.entities.filter((e) => e.name !== 'China'),
        { id: 'e_x', name: 'Chine', type: 'LOCATION', mentions: ['Chine'], description: null },
        { id: 'e_y', name: 'pentagone', type: 'ORG', mentions: ['Pentagone'], description: null },
        { id: 'e_z', name: 'États-Unis', type: 'LOCATION', mentions: [], description: null },
      ],
    };
    const en: Analysis = {
      ...lm,
      entities: [
        ...lm.entities,
        { id: 'e_w', name: 'United States', type: 'LOCATION', mentions: [], description: null },
      ],
    };
    const b = brief([en, fr]);
    const names = b.entityIndex.map((e) => e.name);
    expect(names.filter((n) => /^chin/i.test(n))).toEqual(['China']);
    expect(names.filter((n) => /united states|etats|états/i.test(n))).toEqual(['United States']);
    expect(b.entityIndex.find((e) => e.name === 'China')?.stories).toEqual([1, 2]);
  });
});
