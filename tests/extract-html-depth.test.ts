import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';
import { flattenDeep, MAX_DEPTH, nestingDepth, parseHtml } from '../src/extract/parse.js';

/** Deepest element below `node`, counted in elements (iterative: the trees here are deep). */
function treeDepth(node: AnyNode): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[node, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [n, depth] = item;
    max = Math.max(max, depth);
    if ('children' in n)
      for (const c of n.children) if (c.type === 'tag') stack.push([c, depth + 1]);
  }
  return max;
}

const nested = (levels: number, inner: string): string =>
  `<html><body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}</body></html>`;

describe('nestingDepth', () => {
  it.each([
    ['<div><section><p>a</p></section></div>', 2],
    // Optional end tags and void elements do not nest.
    ['<div><p>a<p>b<p>c<br><img src=x></div>', 1],
    ['<ul><li>a<li>b<li>c</ul>', 1],
    // Tags inside scripts, comments and attribute values are not tags.
    ['<div><script>for (;;) s += "<div><div><div>";</script><!-- <div><div> --></div>', 2],
    ['<div title="<div><div>">x</div>', 1],
    // `<x/>` closes itself in SVG only; in HTML the parser ignores the slash.
    ['<svg><g><path d="M0"/><path/></g></svg>', 2],
    ['<div/><div/><div/>', 3],
    // htmlparser2 parses <noscript>, <iframe>, <noembed> and <noframes> content as markup: it nests.
    ['<noscript><div><div></div></div></noscript>', 3],
    ['<iframe><div><div></div></div></iframe>', 3],
  ])('%s → %i', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });
});

describe('flattenDeep', () => {
  it('leaves a page under the bound as it is', () => {
    const html = nested(10, '<article><p>Texte</p></article>');
    expect(flattenDeep(html, 20)).toBe(html);
  });

  it('makes elements past the bound siblings, keeping every text in order', () => {
    const html = nested(10, '<article><h2>Titre</h2><p>Un</p><p>Deux</p></article>') + 'fin';
    const flat = flattenDeep(html, 4);
    // The kept levels, then one level of siblings.
    expect(nestingDepth(flat)).toBe(5);
    const $ = load(flat);
    expect($('body').text()).toBe(load(html)('body').text());
    expect($('h2').text()).toBe('Titre');
    expect(
      $('p')
        .toArray()
        .map((p) => $(p).text()),
    ).toEqual(['Un', 'Deux']);
  });

  it('bounds the parsed tree of 5,000 nested divs and keeps the article text', () => {
    const paragraphs = ['Premier paragraphe.', 'Second paragraphe.'];
    const html = nested(
      5_000,
      `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const { $, depth } = parseHtml(html);
    expect(depth).toBe(5_001);
    // html > body > MAX_DEPTH kept levels > the flattened <article> > its <p>.
    expect(treeDepth($.root().get(0) as AnyNode)).toBe(MAX_DEPTH + 4);
    expect(
      $('p')
        .toArray()
        .map((p) => $(p).text()),
    ).toEqual(paragraphs);
  });
});

describe('extractHtml on a page nested past the bound', () => {
  const article =
    '<article><p>Le conseil municipal a voté mardi soir le budget de la ville.</p></article>';

  it('warns that the page was read flattened', () => {
    const deep = extractHtml(nested(MAX_DEPTH + 10, article), { url: null });
    expect(deep.warnings.map((w) => w.code)).toContain('DEEP_HTML');
    expect(deep.paragraphs).toEqual([
      'Le conseil municipal a voté mardi soir le budget de la ville.',
    ]);
  });

  it('says nothing about a page under the bound', () => {
    const page = extractHtml(nested(MAX_DEPTH - 10, article), { url: null });
    expect(page.warnings.map((w) => w.code)).not.toContain('DEEP_HTML');
  });
});
