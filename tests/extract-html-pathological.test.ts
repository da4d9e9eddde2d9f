import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

// Generated pathological pages (issue 8, item 10): very deep nesting used to overflow the stack
// or take minutes (parse5 and several walks are quadratic in depth); very wide pages took
// minutes (cheerio's `.find()` is quadratic in the number of children). Each must end with a
// result or a one-line error, never INTERNAL. No time is asserted: the slow cases are caught by
// vitest's timeout, which is generous for a loaded machine.
const PARAGRAPH =
  "Le conseil municipal a voté mardi soir, après un long débat, le budget de la ville pour l'année prochaine, en hausse de trois pour cent.";
const HEAD =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Budget</title></head>';
const nested = (levels: number, inner: string): string =>
  `${HEAD}<body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}</body></html>`;
const LONG = 120_000;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-deep-'));
  writeFileSync(path.join(dir, 'nested-100k.html'), nested(100_000, `<p>${PARAGRAPH}</p>`));
  const article = `<article><h1>Le budget voté</h1>${[1, 2, 3, 4].map((n) => `<p>${n}. ${PARAGRAPH}</p>`).join('')}</article>`;
  writeFileSync(path.join(dir, 'nested-5k-article.html'), nested(5_000, article));
  const siblings = Array.from({ length: 150_000 }, (_, i) => `<p>Ligne ${i}, courte.</p>`);
  writeFileSync(
    path.join(dir, 'siblings-150k.html'),
    `${HEAD}<body>${siblings.join('')}</body></html>`,
  );
});

async function extract(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['extract', path.join(dir, file)]);
}

describe('pathological HTML', () => {
  it(
    'reads the article out of 5,000 nested divs',
    async () => {
      const { code, stdout, stderr } = await extract('nested-5k-article.html');
      expect(stderr).not.toContain('INTERNAL');
      expect(code, stderr).toBe(0);
      for (const n of [1, 2, 3, 4]) expect(stdout).toContain(`${n}. ${PARAGRAPH}`);
    },
    LONG,
  );

  it(
    'reads the paragraph at the bottom of 100,000 nested divs',
    async () => {
      const { code, stdout, stderr } = await extract('nested-100k.html');
      expect(stderr).not.toContain('INTERNAL');
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(PARAGRAPH);
    },
    LONG,
  );

  it(
    'reads 150,000 sibling paragraphs',
    async () => {
      const { code, stdout, stderr } = await extract('siblings-150k.html');
      expect(stderr).not.toContain('INTERNAL');
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('Ligne 0, courte.');
      expect(stdout).toContain('Ligne 149999, courte.');
    },
    LONG,
  );
});
