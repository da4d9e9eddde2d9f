import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';
import { runCli } from './helpers/run-cli.js';

// Plain text through the CLI: a pasted lead paragraph or a one-line text must reach the output
// whole; a real headline still becomes the title.
const LEAD =
  "Le fabricant de cartes mères Supermicro a vu son action chuter de plus de quarante pour cent en une seule séance, après la publication d'une enquête affirmant que des puces espionnes avaient été ajoutées à ses produits.";
const REST = [
  "Selon l'agence Bloomberg, les composants auraient été soudés lors de la fabrication chez des sous-traitants installés en Chine.",
  "Apple et Amazon ont publié des démentis d'une fermeté inhabituelle. « Nous n'avons jamais trouvé de puce malveillante », a déclaré un porte-parole.",
];
const ONE_LINE = Array.from({ length: 5 }, () => `${LEAD} ${REST[0]}`).join(' ');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-text-'));
  writeFileSync(path.join(dir, 'lead.txt'), [LEAD, ...REST].join('\n\n'));
  writeFileSync(path.join(dir, 'one-line.txt'), `${ONE_LINE}\n`);
});

async function extractJson(args: string[], stdin?: string): Promise<ExtractResult> {
  const { code, stdout, stderr } = await runCli(
    ['extract', '--format', 'jsonl', ...args],
    stdin === undefined ? {} : { stdin },
  );
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as ExtractResult;
}

describe('veille extract on plain text', () => {
  it.each([
    ['a .txt file', () => extractJson([path.join(dir, 'lead.txt')])],
    ['stdin', () => extractJson(['-'], [LEAD, ...REST].join('\n\n'))],
  ])('keeps a pasted lead paragraph in the text (%s)', async (_, extract) => {
    const { article } = await extract();
    expect(article.title).toBeNull();
    expect(article.paragraphs).toEqual([LEAD, ...REST]);
  });

  it.each([
    ['a .txt file', () => extractJson([path.join(dir, 'one-line.txt')])],
    ['stdin', () => extractJson(['-'], ONE_LINE)],
  ])('keeps a one-line 1,000-character text whole (%s)', async (_, extract) => {
    expect(ONE_LINE.length).toBeGreaterThan(1000);
    const { article } = await extract();
    expect(article.title).toBeNull();
    expect(article.text).toBe(ONE_LINE);
  });

  it('still takes the headline of samples/07 as its title', async () => {
    const sample = path.resolve('samples', '07-texte-brut-commentaires.txt');
    const headline = readFileSync(sample, 'utf8').split('\n')[0];
    const fromFile = await extractJson([sample]);
    const fromStdin = await extractJson(['-'], readFileSync(sample, 'utf8'));
    expect(fromFile.article.title).toBe(headline);
    expect(fromStdin.article.title).toBe(headline);
  });
});
