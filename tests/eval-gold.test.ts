import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldFile } from '../src/eval/gold.js';
import { extractInputs } from '../src/pipeline.js';

const GOLD = path.resolve('tests/fixtures/gold');
const SAMPLES = path.resolve('samples');

async function articleText(file: string): Promise<string> {
  for await (const item of extractInputs([file], {})) {
    if (item instanceof Error) throw item;
    return item.article.text;
  }
  throw new Error(`nothing extracted from ${file}`);
}

const samples = readdirSync(SAMPLES)
  .filter((f) => /\.(html|txt)$/.test(f))
  .sort();

describe('gold annotations', () => {
  it('exist for every sample page', () => {
    const golds = readdirSync(GOLD).filter((f) => f.endsWith('.json'));
    expect(golds.sort()).toEqual(samples.map((f) => f.replace(/\.(html|txt)$/, '.json')));
  });

  it.each(samples)('%s: loads, names its sample and resolves every quote', async (file) => {
    const name = file.replace(/\.(html|txt)$/, '');
    const text = await articleText(path.join(SAMPLES, file));
    const gold = loadGoldFile(path.join(GOLD, `${name}.json`), text);
    expect(gold.sample).toBe(name);
    expect(gold.claims.length).toBeGreaterThanOrEqual(4);
    expect(gold.entities.length).toBeGreaterThan(0);
    for (const claim of gold.claims) {
      expect(claim.span.end).toBeGreaterThan(claim.span.start);
      expect(claim.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
