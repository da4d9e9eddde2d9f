import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';
import { readJsonLd } from '../src/extract/jsonld.js';
import {
  normaliseDate,
  normaliseLang,
  readMetadata,
  stripSiteSuffix,
} from '../src/extract/metadata.js';
import { parseHtml } from '../src/extract/parse.js';

const BODY =
  '<body><article><p>Un paragraphe suffisamment long pour être retenu comme le texte de l’article, avec des virgules, des faits, et des chiffres.</p></article></body>';

function meta(head: string, body = BODY, url: string | null = 'https://www.exemple.fr/a/b') {
  return extractHtml(`<html lang="fr-FR"><head>${head}</head>${body}</html>`, { url }).metadata;
}

describe('extractHtml metadata', () => {
  it('prefers JSON-LD over OpenGraph, meta and <title>, reading @graph and type arrays', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle', 'ReportageNewsArticle'],
          headline: 'Titre JSON-LD',
          author: [{ '@type': 'Person', name: 'Anne Martin' }, { name: 'Paul Roux' }],
          datePublished: '2024-03-05T08:30:00+0100',
          publisher: { '@type': 'Organization', name: 'Le Quotidien' },
          inLanguage: 'fr-FR',
        },
      ],
    });
    const m = meta(`<title>Titre title - Le Quotidien</title>
      <meta property="og:title" content="Titre OG"><meta property="og:site_name" content="OG Site">
      <meta name="author" content="Meta Author"><script type="application/ld+json">${ld}</script>`);
    expect(m).toMatchObject({
      title: 'Titre JSON-LD',
      byline: 'Anne Martin, Paul Roux',
      publishedAt: '2024-03-05T08:30:00+01:00',
      siteName: 'Le Quotidien',
      lang: 'fr',
    });
  });

  it('falls back to OpenGraph, then meta, then the title without its site suffix', () => {
    const og =
      meta(`<meta property="og:title" content="Titre OG"><meta property="og:locale" content="fr_FR">
      <meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Léa Petit">
      <meta property="article:published_time" content="2023-01-02T10:00:00Z">`);
    expect(og).toMatchObject({
      title: 'Titre OG',
      byline: 'Léa Petit',
      publishedAt: '2023-01-02T10:00:00Z',
      lang: 'fr',
    });
    const title = meta(
      '<title>La réforme passe | Le Quotidien</title><meta property="og:site_name" content="Le Quotidien"><meta name="sailthru.date" content="2022-06-01 12:00:00">',
    );
    expect(title.title).toBe('La réforme passe');
    expect(title.publishedAt).toBe('2022-06-01T12:00:00');
  });

  it('resolves the canonical link against the page URL and reads <html lang> and <time>', () => {
    const m = meta(
      '<link rel="canonical" href="/article/42">',
      '<body><article><time datetime="2021-09-09T09:00:00+02:00">9 sept.</time><p>Texte.</p></article></body>',
    );
    expect(m.canonicalUrl).toBe('https://www.exemple.fr/article/42');
    expect(m.lang).toBe('fr');
    expect(m.publishedAt).toBe('2021-09-09T09:00:00+02:00');
  });

  it.each([
    'javascript:alert(document.cookie)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
  ])('never takes %j as the canonical URL, falling back to the next declaration', (href) => {
    const escaped = href.replace(/"/g, '&quot;').replace(/</g, '&lt;');
    expect(meta(`<link rel="canonical" href="${escaped}">`).canonicalUrl).toBeNull();
    const og = '<meta property="og:url" content="https://www.exemple.fr/a/b-og">';
    expect(meta(`<link rel="canonical" href="${escaped}">${og}`).canonicalUrl).toBe(
      'https://www.exemple.fr/a/b-og',
    );
    expect(meta(`<meta property="og:url" content="${escaped}">`).canonicalUrl).toBeNull();
  });

  it('does not make a local path of a relative canonical link on a local file', () => {
    const m = meta('<link rel="canonical" href="/article/42">', BODY, 'file:///home/me/a.html');
    expect(m.canonicalUrl).toBeNull();
  });

  it('keeps only an http(s) canonical URL, falling back to the next declaration', () => {
    const bad = meta('<link rel="canonical" href="file:///etc/passwd">');
    expect(bad.canonicalUrl).toBeNull();
    const next = meta(
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://www.exemple.fr/og">',
    );
    expect(next.canonicalUrl).toBe('https://www.exemple.fr/og');
  });

  it('survives malformed JSON-LD', () => {
    const m = meta(
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Réparé",}</script><script type="application/ld+json">{oops</script>',
    );
    expect(m.title).toBe('Réparé');
  });

  it('normalises dates, languages and title suffixes', () => {
    expect(normaliseDate('2020-04-09')).toBe('2020-04-09');
    expect(normaliseDate('1er mai 2019')).toBe('2019-05-01');
    expect(normaliseDate('pas une date')).toBeNull();
    expect(normaliseLang('FR_fr')).toBe('fr');
    expect(normaliseLang('en-US')).toBe('en');
    expect(stripSiteSuffix('Réforme - le gouvernement recule', null, null)).toBe(
      'Réforme - le gouvernement recule',
    );
    expect(
      stripSiteSuffix('Les éléphants | DW | 23.05.2011', null, 'https://www.dw.com/fr/x'),
    ).toBe('Les éléphants');
  });
});

describe('readMetadata queries', () => {
  // Start-up (issue 9): each selector is compiled afresh by css-select and walks the whole page;
  // a field the head already answers needs none of the fallbacks below it.
  it('leaves the page body unqueried when JSON-LD and <head> answer every field', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Le titre',
      author: { name: 'Anne Martin' },
      datePublished: '2024-03-05',
      inLanguage: 'fr',
      publisher: { name: 'Le Quotidien' },
    });
    const { $ } = parseHtml(
      `<html lang="fr"><head><script type="application/ld+json">${ld}</script><link rel="canonical" href="https://www.exemple.fr/a"></head>${BODY}</html>`,
    );
    const selectors: string[] = [];
    const spied = Object.assign((selector: unknown, ...rest: unknown[]) => {
      if (typeof selector === 'string') selectors.push(selector);
      return ($ as (...args: unknown[]) => unknown)(selector, ...rest);
    }, $) as unknown as typeof $;
    const m = readMetadata(spied, readJsonLd($), 'https://www.exemple.fr/a');
    expect(m).toMatchObject({ title: 'Le titre', byline: 'Anne Martin', lang: 'fr' });
    expect(selectors).toEqual(['meta', 'link[rel~="canonical" i]']);
  });
});
