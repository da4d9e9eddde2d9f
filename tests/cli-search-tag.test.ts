import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../src/claims/index.js';
import type { SearchHit } from '../src/store/index.js';
import { openStore } from '../src/store/index.js';
import { supermicroLeFigaro, supermicroLeMonde } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

const PERIOD = ['--since', '2018-10-01', '--until', '2018-10-10'];

let dir: string;
let db: string;

/**
 * Two articles about the same story, both quoting Apple: Le Monde found through a feed tagged
 * `tech` and `fr`, Le Figaro through one tagged `eco`; a third feed tagged `tech` found nothing.
 */
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-search-tag-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  const monde = supermicroLeMonde();
  const figaro = supermicroLeFigaro();
  for (const f of [monde, figaro]) store.saveArticleAnalysis(f.extract, f.analysis);
  store.sources.add([
    { url: 'https://www.lemonde.fr/rss.xml', tags: ['tech', 'fr'] },
    { url: 'https://www.lefigaro.fr/rss.xml', tags: ['eco'] },
    { url: 'https://www.exemple.fr/rss.xml', tags: ['tech'] },
  ]);
  const [lemonde, lefigaro] = store.sources.list();
  store.sources.linkArticle(lemonde!.id, monde.extract.source);
  store.sources.linkArticle(lefigaro!.id, figaro.extract.source);
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl<T>(stdout: string): T[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

const sites = (hits: { site?: string | null }[]): string[] =>
  [...new Set(hits.map((h) => h.site ?? ''))].sort();

describe('--tag: what was found through a source with that tag', () => {
  it('search keeps the articles and claims of sources tagged T', async () => {
    const all = await runCli(['search', '--db', db, '-f', 'jsonl', 'Apple']);
    expect(sites(jsonl<SearchHit>(all.stdout))).toEqual(['Le Figaro', 'Le Monde']);
    const tech = await runCli(['search', '--db', db, '-f', 'jsonl', '--tag', 'tech', 'Apple']);
    expect(tech.code).toBe(0);
    const hits = jsonl<SearchHit>(tech.stdout);
    expect(sites(hits)).toEqual(['Le Monde']);
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['article', 'claim']));
  });

  it('search takes several tags (any of them) and says when a tag finds nothing', async () => {
    const both = await runCli(['search', '--db', db, '-f', 'jsonl', '--tag', 'eco', '--tag', 'fr']);
    expect(both.code).toBe(2); // a tag narrows words or filters; alone it searches nothing
    const any = await runCli([
      'search',
      '--db',
      db,
      '-f',
      'jsonl',
      '--tag',
      'eco',
      '--tag',
      'fr',
      '--claimant',
      'Apple',
    ]);
    expect(sites(jsonl<SearchHit>(any.stdout))).toEqual(['Le Figaro', 'Le Monde']);
    const none = await runCli(['search', '--db', db, '--tag', 'sport', 'Apple']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^no match for 'Apple' \(tag sport\) in /);
  });

  it('claims keeps the claims that appear in articles of sources tagged T', async () => {
    const all = jsonl<ClaimRecord>((await runCli(['claims', '--db', db, ...PERIOD])).stdout);
    const eco = await runCli(['claims', '--db', db, ...PERIOD, '--tag', 'eco']);
    expect(eco.code).toBe(0);
    const kept = jsonl<ClaimRecord>(eco.stdout);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    for (const record of kept) {
      expect(record.appearances.some((a) => a.site === 'Le Figaro')).toBe(true);
    }
    const apple = await runCli([
      'claims',
      '--db',
      db,
      ...PERIOD,
      '--tag',
      'tech',
      '--claimant',
      'Apple',
    ]);
    expect(jsonl<ClaimRecord>(apple.stdout).map((r) => r.claimant)).toEqual(['Apple']);
    const none = await runCli(['claims', '--db', db, ...PERIOD, '--tag', 'sport']);
    expect(none.stdout).toBe('');
  });
});
