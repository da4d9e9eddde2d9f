import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';
import { extractDocument } from '../src/extract/index.js';

// Issue 9, "never empty on a real article": when the scored content reads as nothing, the
// largest text container, then the page minus its furniture, are read instead, with a warning.

const PROSE =
  'Le syndicat intercommunal a confirmé mardi, après deux mois de travaux, la réouverture de la piscine, fermée depuis une fuite du bassin principal.';

function run(html: string) {
  return extractHtml(html, { url: 'https://www.exemple.fr/x' });
}

describe('content fallback chain', () => {
  it('reads the text a furniture-named box holds when it is all the page says', () => {
    // Was EMPTY: the wrapper won on its class name and pruning dropped the box named "teaser".
    const html = `<html><body><div class="article-content"><div class="teaser">${PROSE}</div></div></body></html>`;
    expect(run(html).paragraphs).toEqual([PROSE]);
  });

  it('reads the page minus its furniture when pruning leaves the winner empty', () => {
    // The only text is a run of links: scoring finds no prose, pruning drops it as a link box.
    const linked = `Le syndicat intercommunal a confirmé mardi <a href="/a">la réouverture de la piscine municipale</a> et <a href="/b">la fin des travaux du bassin principal</a>.`;
    const html = `<html><body><div class="article-content"><div>${linked}</div></div></body></html>`;
    const { paragraphs, warnings } = run(html);
    expect(paragraphs).toEqual([
      'Le syndicat intercommunal a confirmé mardi la réouverture de la piscine municipale et la fin des travaux du bassin principal.',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['CONTENT_FALLBACK']);
  });

  it('keeps EMPTY for a page that really holds no text', () => {
    const html =
      '<html><body><div class="content"><img src="a.jpg"></div><script>x()</script></body></html>';
    expect(() =>
      extractDocument({
        source: 'empty.html',
        url: null,
        kind: 'html',
        body: Buffer.from(html),
        contentType: null,
      }),
    ).toThrow(/no article text/);
  });

  it('does not warn when the scored content holds the article', () => {
    const html = `<html><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;
    expect(run(html).warnings).toEqual([]);
  });
});
