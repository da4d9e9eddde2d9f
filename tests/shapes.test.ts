// Golden tests over real-world page shapes written for this project (issue 9): one folder per
// shape, `tests/fixtures/shapes/<category>--<slug>/{source.html, expected.txt, meta.json}`.
// `expected.txt` is the article text written by hand, one block per paragraph; `meta.json`
// holds metadata to check and `mustExclude`, snippets of page furniture that must not leak.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import type { ExtractResult } from '../src/types.js';

const SHAPES = path.resolve('tests/fixtures/shapes');
const names = readdirSync(SHAPES).sort();

interface ShapeMeta {
  title?: string;
  lang?: string;
  mustExclude: string[];
}

function extractShape(name: string): ExtractResult {
  return extractDocument({
    source: `${name}/source.html`,
    url: null,
    kind: 'html',
    body: readFileSync(path.join(SHAPES, name, 'source.html')),
    contentType: null,
  });
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('real-world shapes', () => {
  it('covers the six shapes of issue 9', () => {
    const categories = new Set(names.map((n) => n.split('--')[0]));
    for (const c of ['digest', 'perpara', 'promo', 'donation', 'liveblog', 'table'])
      expect(categories.has(c), c).toBe(true);
  });

  describe.each(names)('%s', (name) => {
    const read = (file: string): string => readFileSync(path.join(SHAPES, name, file), 'utf8');
    const meta = JSON.parse(read('meta.json')) as ShapeMeta;

    it('extracts exactly the expected article text', () => {
      const expected = read('expected.txt')
        .split(/\n\s*\n/)
        .map(collapse)
        .filter(Boolean);
      expect(extractShape(name).article.paragraphs.map(collapse)).toEqual(expected);
    });

    it('leaves out the page furniture', () => {
      const { text } = extractShape(name).article;
      expect(meta.mustExclude.filter((s) => text.includes(s))).toEqual([]);
    });

    it('reads the metadata', () => {
      const { article } = extractShape(name);
      if (meta.title !== undefined) expect(article.title).toBe(meta.title);
      if (meta.lang !== undefined) expect(article.lang).toBe(meta.lang);
    });
  });
});
