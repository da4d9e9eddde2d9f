// Golden tests over samples/: each sample's article text, metadata and removals are checked
// against hand-written files in tests/fixtures/samples/<name>/. `UPDATE=1` rewrites only the
// removal goldens (expected-removed.json); article text goldens are written by hand.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { loadInputs } from '../src/inputs/load.js';
import type { ExtractResult } from '../src/types.js';

const SAMPLES = path.resolve('samples');
const GOLDEN = path.resolve('tests/fixtures/samples');
const names = readdirSync(SAMPLES)
  .filter((f) => /\.(html?|txt)$/.test(f))
  .sort();

async function extractSample(file: string): Promise<ExtractResult> {
  for await (const item of loadInputs([path.join(SAMPLES, file)])) {
    if (item instanceof Error) throw item;
    return extractDocument(item);
  }
  throw new Error(`nothing loaded for ${file}`);
}

const collapse = (s: string): string => s.replace(/[ \t]+/g, ' ').trim();

describe('samples', () => {
  it('has at least 8 samples, each with golden files', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const file of names) {
      const dir = path.join(GOLDEN, file.replace(/\.[^.]+$/, ''));
      expect(existsSync(path.join(dir, 'expected.txt')), `${dir}/expected.txt`).toBe(true);
    }
  });

  describe.each(names)('%s', (file) => {
    const dir = path.join(GOLDEN, file.replace(/\.[^.]+$/, ''));
    const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

    it('extracts exactly the expected article text', async () => {
      const result = await extractSample(file);
      const expected = read('expected.txt')
        .split(/\n\s*\n/)
        .map(collapse)
        .filter(Boolean);
      expect(result.article.paragraphs.map(collapse)).toEqual(expected);
    });

    it('removes every comment and boilerplate snippet', async () => {
      const { snippets } = JSON.parse(read('must-remove.json')) as { snippets: string[] };
      const { article } = await extractSample(file);
      const leaked = snippets.filter((s) => article.text.includes(s));
      expect(leaked).toEqual([]);
    });

    it('reads the metadata', async () => {
      const meta = JSON.parse(read('meta.json')) as Record<string, unknown>;
      const { article } = await extractSample(file);
      for (const key of ['title', 'byline', 'publishedAt', 'siteName', 'lang', 'canonicalUrl']) {
        if (key in meta) expect(article[key as keyof typeof article], key).toEqual(meta[key]);
      }
    });

    it('records the expected removals', async () => {
      const { removed } = await extractSample(file);
      const actual = removed.map(({ rule, chars, preview }) => ({ rule, chars, preview }));
      const golden = path.join(dir, 'expected-removed.json');
      if (process.env.UPDATE === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(golden), `${golden} missing: run UPDATE=1 npm test and review it`).toBe(
        true,
      );
      expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  });
});
