import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';

const SENTENCES = [
  'Le conseil municipal a voté lundi soir, après trois heures de débat, la fin des trottinettes en libre-service.',
  'Les opérateurs, qui comptaient plusieurs milliers d’engins dans la ville, ont trois mois pour les retirer.',
  'Pour la maire, la sécurité des piétons, les trottoirs encombrés et les accidents justifient cette décision.',
];

function run(html: string) {
  return extractHtml(html, { url: 'https://www.exemple.fr/x' });
}

describe('extractHtml main content', () => {
  it('picks the article over a longer link-dense sidebar and removes in-article link lists', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/a${i}">Titre d’un autre article numéro ${i}, sur un autre sujet</a></li>`,
    ).join('');
    const html = `<html><body><div class="sidebar-list"><ul>${links}</ul></div>
      <div class="article-body">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}
      <div class="encadre"><a href="/1">Trottinettes : les chiffres</a> <a href="/2">Vélos : le bilan</a></div></div></body></html>`;
    const { paragraphs, removed } = run(html);
    expect(paragraphs).toEqual(SENTENCES);
    expect(removed.map((r) => r.rule)).toContain('link-list');
  });

  it('splits <br><br> runs in a div into paragraphs, keeps single <br> inside one', () => {
    const html = `<html><body><div class="texte">${SENTENCES[0]}<br><br>\n${SENTENCES[1]}<br>${SENTENCES[2]}</div></body></html>`;
    expect(run(html).paragraphs).toEqual([SENTENCES[0], `${SENTENCES[1]} ${SENTENCES[2]}`]);
  });

  it('serialises headings, list items and quotes in order and drops the repeated title', () => {
    const html = `<html><head><title>Fin des trottinettes - Le Journal</title><meta property="og:site_name" content="Le Journal"></head><body><article>
      <h1>Fin des trottinettes</h1><p>${SENTENCES[0]}</p><h2>Ce qui change</h2><ul><li>Retrait des engins</li><li>Amendes doublées</li></ul>
      <blockquote><p>${SENTENCES[2]}</p></blockquote><figure><img src="a.jpg"><figcaption>Une trottinette. Photo AFP</figcaption></figure></article></body></html>`;
    expect(run(html).paragraphs).toEqual([
      SENTENCES[0],
      'Ce qui change',
      'Retrait des engins',
      'Amendes doublées',
      SENTENCES[2],
    ]);
  });

  it('prefers [itemprop=articleBody] and keeps the chapô above it', () => {
    const html = `<html><body><div class="page"><div class="chapo"><p>Le chapô résume l’article en une phrase assez longue pour compter, avec une virgule.</p></div>
      <div itemprop="articleBody">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</div></div>
      <div class="autre">${SENTENCES.map(
        (s) => `<p>${s} Un autre texte très long, encore, et encore, et encore.</p>`,
      )
        .join('')
        .repeat(3)}</div></body></html>`;
    const { paragraphs } = run(html);
    expect(paragraphs[0]).toMatch(/^Le chapô/);
    expect(paragraphs.slice(1)).toEqual(SENTENCES);
  });

  it('never throws on malformed HTML and returns [] for empty or script-only pages', () => {
    const broken = `<html><body><div><p>${SENTENCES[0]}<p>${SENTENCES[1]}</div></span><table><td>${SENTENCES[2]}`;
    const { paragraphs } = run(broken);
    expect(paragraphs).toEqual(expect.arrayContaining([SENTENCES[0], SENTENCES[1]]));
    expect(run('').paragraphs).toEqual([]);
    expect(
      run(
        '<html><head><script>var a = "texte";</script></head><body><script>document.write("x")</script><style>p{}</style></body></html>',
      ).paragraphs,
    ).toEqual([]);
    expect(() => run('<<<>>><!-- <div <p </')).not.toThrow();
  });

  it('takes the JSON-LD articleBody when the page itself shows little of it (script-rendered)', () => {
    const ld = (body: string) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Fin des trottinettes',
        articleBody: body,
      })}</script>`;
    const shell = (body: string) =>
      `<html><head>${ld(body)}</head><body><div id="app"><p>Chargement…</p></div></body></html>`;
    const plain = run(shell(SENTENCES.join('\n\n')));
    expect(plain.paragraphs).toEqual(SENTENCES);
    expect(plain.warnings.map((w) => w.code)).toContain('JSONLD_BODY');
    // Markup and entities inside articleBody are read, not shown.
    const marked = run(shell(SENTENCES.map((x) => `<p>${x.replace('’', '&rsquo;')}</p>`).join('')));
    expect(marked.paragraphs).toEqual(SENTENCES);
  });

  it('keeps the page text when it is the article, whatever articleBody says', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      articleBody: `${SENTENCES.join(' ')} Un paragraphe de plus que la page ne montre pas.`,
    })}</script></head><body><article>${SENTENCES.map((x) => `<p>${x}</p>`).join('')}</article></body></html>`;
    const { paragraphs, warnings } = run(html);
    expect(paragraphs).toEqual(SENTENCES);
    expect(warnings.map((w) => w.code)).not.toContain('JSONLD_BODY');
  });
});
