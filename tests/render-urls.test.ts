/**
 * Output injection through URLs: a page can declare any canonical URL (`javascript:`, `data:`,
 * `file:`…), and stored analyses made before extraction checked them may still hold one. No
 * renderer may emit such a URL as a link or as a `url` value.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing, renderBriefingHtml, renderBriefingMarkdown } from '../src/brief/index.js';
import {
  claimFeed,
  CLAIM_FORMATS,
  formatClaims,
  recordsFromAnalyses,
} from '../src/claims/index.js';
import {
  renderAnalysis,
  renderTranslationBilingual,
  SUMMARY_FORMATS,
} from '../src/render/analysis.js';
import { EXTRACT_FORMATS, renderExtract } from '../src/render/extract.js';
import { openStore } from '../src/store/index.js';
import type { Analysis, ExtractResult } from '../src/types.js';
import { webUrl } from '../src/util/web-url.js';
import { supermicroLeMonde } from './helpers/analysis-fixtures.js';

const PAGE =
  'https://www.lemonde.fr/pixels/article/2018/10/04/des-puces-espionnes-chinoises_5364.html';
/** Canonical URLs a hostile or broken page may declare; none may come out. */
const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];
const UNSAFE = /javascript:|data:|vbscript:|file:\/\/\/etc/i;

function withCanonical(canonicalUrl: string): { extract: ExtractResult; analysis: Analysis } {
  const { extract, analysis } = supermicroLeMonde();
  return {
    extract: { ...extract, article: { ...extract.article, canonicalUrl } },
    analysis: { ...analysis, article: { ...analysis.article, canonicalUrl } },
  };
}

describe('webUrl', () => {
  it('keeps http(s) URLs, normalised by the URL parser, without credentials', () => {
    expect(webUrl(PAGE)).toBe(PAGE);
    expect(webUrl('HTTPS://Exemple.FR')).toBe('https://exemple.fr/');
    expect(webUrl('https://user:secret@exemple.fr/a')).toBe('https://exemple.fr/a');
    expect(webUrl('https://exemple.fr/a b<c>')).toBe('https://exemple.fr/a%20b%3Cc%3E');
  });

  it.each([...HOSTILE, '', 'not a url', '/relative/path', '//exemple.fr/x', null, undefined])(
    'refuses %j',
    (url) => {
      expect(webUrl(url)).toBeNull();
    },
  );
});

describe.each(HOSTILE)('a canonical URL %j', (canonical) => {
  const { extract, analysis } = withCanonical(canonical);

  it.each(EXTRACT_FORMATS)('is not emitted by extract --format %s', (format) => {
    const out = renderExtract(extract, format);
    expect(out).not.toMatch(UNSAFE);
    if (format === 'json') {
      const article = (JSON.parse(out) as ExtractResult).article;
      expect(article.canonicalUrl).toBeNull();
      expect(article.url).toBe(PAGE);
    }
    if (format === 'markdown') expect(out).toContain(`Source: <${PAGE}>`);
  });

  it.each(SUMMARY_FORMATS)('is not emitted by summarize --format %s', (format) => {
    const out = renderAnalysis(analysis, format);
    expect(out).not.toMatch(UNSAFE);
    if (format === 'markdown') expect(out).toContain(`Source: <${PAGE}>`);
    else if (format === 'text') expect(out).toContain(`Source: ${PAGE}\n`);
    else expect((JSON.parse(out) as Analysis).article.canonicalUrl).toBeNull();
  });

  it('is not emitted by translate --bilingual', () => {
    const translation = {
      title: null,
      paragraphs: [{ fr: 'Bonjour.', en: 'Hello.' }],
      model: 'm',
      promptVersion: 'translate@1',
      usage: { promptTokens: 1, completionTokens: 1 },
      warnings: [],
    };
    const out = renderTranslationBilingual(extract, translation);
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain(`Source: <${PAGE}>`);
  });

  it.each(CLAIM_FORMATS)('is not emitted by claims --format %s; the page URL is', (format) => {
    const records = recordsFromAnalyses([analysis]);
    const out = formatClaims(records, format);
    expect(out).not.toMatch(UNSAFE);
    expect(records[0]?.appearances[0]?.url).toBe(PAGE);
  });

  it('is not emitted by claims read back from the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-urls-'));
    const store = openStore(join(dir, 'v.db'));
    try {
      store.saveArticleAnalysis(extract, analysis);
      const records = claimFeed(store, new Date(0));
      expect(records.length).toBeGreaterThan(0);
      for (const format of CLAIM_FORMATS) expect(formatClaims(records, format)).not.toMatch(UNSAFE);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not linked by the briefing, which links the page URL instead', () => {
    const briefing = buildBriefing([analysis], { since: new Date(0), until: new Date() });
    expect(briefing.sources[0]?.url).toBe(PAGE);
    const md = renderBriefingMarkdown(briefing);
    const page = renderBriefingHtml(briefing);
    expect(md).not.toMatch(UNSAFE);
    expect(page).not.toMatch(UNSAFE);
    expect(page).toContain(`href="${PAGE}"`);
  });
});

describe('the URL an article was read from', () => {
  it('keeps the file: URL veille gives a local input, and the input name for stdin', () => {
    const { extract } = supermicroLeMonde();
    const local = {
      ...extract,
      article: { ...extract.article, url: 'file:///tmp/a.html', canonicalUrl: null },
    };
    expect(renderExtract(local, 'markdown')).toContain('Source: <file:///tmp/a.html>');
    const stdin = {
      ...extract,
      source: '-',
      article: { ...extract.article, url: null, canonicalUrl: null },
    };
    expect(renderExtract(stdin, 'markdown')).toMatch(/^Source: -$/m);
  });

  it('is not emitted when it is not http(s) or file:', () => {
    const { extract } = supermicroLeMonde();
    const odd = {
      ...extract,
      article: { ...extract.article, url: 'javascript:alert(1)', canonicalUrl: null },
    };
    expect(renderExtract(odd, 'markdown')).not.toMatch(UNSAFE);
    expect((JSON.parse(renderExtract(odd, 'json')) as ExtractResult).article.url).toBeNull();
  });
});
