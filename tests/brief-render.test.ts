import { describe, expect, it } from 'vitest';
import {
  buildBriefing,
  escapeMarkdown,
  renderBriefingHtml,
  renderBriefingMarkdown,
  type Briefing,
} from '../src/brief/index.js';
import type { Analysis } from '../src/types.js';
import { allFixtures, rulesAnalysisOf, supermicroLeMonde } from './helpers/analysis-fixtures.js';

const PERIOD = { since: new Date('2018-10-04T00:00:00Z'), until: new Date('2018-10-05T10:00:00Z') };
const normal = buildBriefing(
  allFixtures().map((f) => f.analysis),
  PERIOD,
);

/** The Le Monde analysis with hostile text in every field a page or a model controls. */
function hostile(): Analysis {
  const { analysis } = supermicroLeMonde();
  const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  const [first, ...rest] = analysis.claims;
  return {
    ...analysis,
    article: {
      ...analysis.article,
      url: 'javascript:alert(1)',
      canonicalUrl: 'javascript:alert(1)',
      title: `Titre ${evil}`,
      siteName: `Site ${evil}`,
    },
    summary: {
      ...analysis.summary,
      headline: `Headline ${evil}`,
      text: `Summary ${evil} [click](javascript:alert(2))`,
    },
    claims: [
      { ...first!, claim: `Claim ${evil}`, claimant: `Bloomberg ${evil}`, quote: `« ${evil} »` },
      ...rest,
    ],
  };
}

describe('renderBriefingMarkdown', () => {
  it('shows the period, stories with who-said-what, entity index and sources', () => {
    const md = renderBriefingMarkdown(normal);
    expect(md).toMatch(
      /^# Morning briefing — Friday 5 October 2018\n\n\*Thu 4 Oct 2018, 02:00 – Fri 5 Oct 2018, 12:00 \(Europe\/Paris\)/,
    );
    expect(md).toContain(
      '## 1. Bloomberg says Chinese spy chips reached Apple and Amazon servers; both deny it',
    );
    expect(md).toContain('- **Bloomberg** asserts: Chinese agents implanted malicious chips');
    expect(md).toMatch(
      /; \*\*Apple\*\* denies: Malicious chips were implanted in Apple's servers; \*\*Amazon\*\* denies:/,
    );
    expect(md).toContain(
      "  - “We have never found malicious chips or hardware manipulations in our servers” — [Le Monde](<https://www.lemonde.fr/pixels/article/2018/10/04/des-puces-espionnes-chinoises_5364.html>), Thu 4 Oct 2018, 18:02\n    - « Nous n'avons jamais trouvé",
    );
    expect(md).toContain('## Entity index\n\n- Amazon — story 1');
    expect(md).toContain('- [Le Monde Informatique](<https://www.lemondeinformatique.fr/');
  });

  it('marks French fallbacks of rules-engine analyses', () => {
    const md = renderBriefingMarkdown(
      buildBriefing([rulesAnalysisOf(supermicroLeMonde())], PERIOD),
    );
    expect(md).toContain(
      '## 1. Des puces espionnes chinoises dans des serveurs américains ? Apple et Amazon démentent *(in French)*',
    );
    expect(md).toContain("**Apple** denies: Nous n'avons jamais trouvé de puces malveillantes");
  });

  it('labels untranslated text with the article’s own language, and English text not at all', () => {
    const french = rulesAnalysisOf(supermicroLeMonde());
    const german: Analysis = {
      ...french,
      article: { ...french.article, lang: 'de' },
      summary: { ...french.summary, headline: 'Spionagechips in Servern', lang: 'de' },
    };
    const german_md = renderBriefingMarkdown(buildBriefing([german], PERIOD));
    expect(german_md).toContain('## 1. Spionagechips in Servern *(in German)*');
    expect(german_md).toMatch(/\*\*Apple\*\* denies: .+ \*\(in German\)\*/);
    expect(german_md).not.toContain('(in French)');
    expect(renderBriefingHtml(buildBriefing([german], PERIOD))).toContain('<span lang="de">');
    const english: Analysis = {
      ...french,
      article: { ...french.article, lang: 'en' },
      summary: { ...french.summary, headline: 'Spy chips in servers', lang: 'en' },
    };
    const english_md = renderBriefingMarkdown(buildBriefing([english], PERIOD));
    expect(english_md).toContain('## 1. Spy chips in servers\n');
    expect(english_md).not.toMatch(/\(in \w+\)/);
  });

  it('escapes Markdown and HTML from articles and never links a javascript: URL', () => {
    const md = renderBriefingMarkdown(buildBriefing([hostile()], PERIOD));
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/[^\\]\]\(<?javascript/);
    expect(md).toContain('\\[click\\](javascript:alert(2))');
    expect(md).not.toContain('(<javascript');
    expect(md).toContain('\\<script\\>');
    expect(escapeMarkdown('1. *a* [b](c)\n# d')).toBe('1\\. \\*a\\* \\[b\\](c) # d');
  });
});

describe('renderBriefingHtml', () => {
  const html = renderBriefingHtml(normal);

  it('is one self-contained page: inline CSS, no scripts, nothing to fetch', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<style>[^<]*max-width:42rem/);
    expect(html).toContain('-apple-system');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=/i);
    // The only URLs are the articles' own links.
    const urls = [...html.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(normal.sources.map((s) => s.url)));
  });

  it('shows who-said-what with French quotes and links to the sources', () => {
    expect(html).toContain('<strong>Apple</strong> <span class="stance-denies">denies</span>');
    expect(html).toContain('<q lang="fr">Nous n&#39;avons jamais trouvé de puces malveillantes');
    expect(html).toContain(
      '<a href="https://www.lefigaro.fr/secteur/high-tech/2018/10/05/01007-espionnage-supermicro.php">Le Figaro</a>, Fri 5 Oct 2018, 06:45',
    );
    expect(html).toContain('<section id="story-2">');
  });

  it('shows a <script> from an article as text and never links a javascript: URL', () => {
    const page = renderBriefingHtml(buildBriefing([hostile()], PERIOD));
    expect(page).not.toMatch(/<script|<img|href="javascript/i);
    expect(page).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(page.match(/<a /g)?.length).toBe(page.match(/<a href="#story-/g)?.length);
  });

  it('marks French text with lang="fr"', () => {
    const page = renderBriefingHtml(buildBriefing([rulesAnalysisOf(supermicroLeMonde())], PERIOD));
    expect(page).toContain('<h2>1. <span lang="fr">Des puces espionnes');
    expect(page).toContain('<span class="fr">(in French)</span>');
  });

  it('says when the period is empty', () => {
    const empty: Briefing = buildBriefing([], PERIOD);
    expect(renderBriefingHtml(empty)).toContain(
      '<p>No articles were stored or published in this period.',
    );
    expect(renderBriefingHtml(empty)).toContain('<code>veille brief --since 7d</code>');
    expect(renderBriefingMarkdown(empty)).toContain(
      'No articles were stored or published in this period. Run `veille summarize` on some articles, or widen the period, e.g. `veille brief --since 7d`.',
    );
  });
});
