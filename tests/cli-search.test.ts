import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../src/claims/index.js';
import type { PropositionLife } from '../src/claims/proposition.js';
import type { SearchHit } from '../src/store/index.js';
import { runCli } from './helpers/run-cli.js';

/** Two samples analysed offline: Huawei's and PSA's denials, Supermicro, Apple and Amazon's. */
const SAMPLES = ['01-tech-abonnes-supermicro.html', '03-disqus-huawei-ds7.html'];

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-cli-search-'));
  const inputs = path.join(dir, 'in');
  mkdirSync(inputs);
  for (const name of SAMPLES) copyFileSync(path.join('samples', name), path.join(inputs, name));
  db = path.join(dir, 'veille.db');
  const filled = await runCli(['summarize', inputs, '--engine', 'rules', '--db', db, '-q']);
  expect(filled.code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl<T>(stdout: string): T[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

describe('veille search', () => {
  it('finds a denial by claimant', async () => {
    const r = await runCli(['search', '--db', db, '--claimant', 'huawei', '--stance', 'denies']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).toMatch(/^Huawei denies · AutoTech Info · \d{4}-/);

    const json = await runCli(['search', 'France', '--db', db, '--claimant', 'Huawei']);
    const words = await runCli([
      ...['search', 'France', '--db', db, '--claimant', 'Huawei', '--stance', 'denies'],
      ...['--format', 'jsonl'],
    ]);
    expect(json.code).toBe(0);
    const hits = jsonl<SearchHit>(words.stdout);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit).toMatchObject({ kind: 'claim', claimant: 'Huawei', stance: 'denies' });
    }
  });

  it('folds accents: securite finds sécurité, marked in the snippet', async () => {
    const r = await runCli(['search', 'securite', '--db', db, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const hits = jsonl<SearchHit>(r.stdout);
    expect(hits.length).toBeGreaterThan(0);
    const words = hits.flatMap((h) =>
      h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e)),
    );
    expect(words.map((w) => w.toLowerCase())).toContain('sécurité');

    // Piped text marks the words with brackets.
    const text = await runCli(['search', 'SECURITE', 'nationale', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\[sécurité\] \[nationale\]/);
  });

  it('searches hostile query strings as words, in one line when they say nothing', async () => {
    for (const query of ['"Huawei', 'NEAR(Huawei)', 'Huawei OR', 'Huawei*', 'Huawei:', '(Huawei']) {
      const r = await runCli(['search', query, '--db', db, '--format', 'jsonl']);
      expect(r.code, query).toBe(0);
      expect(r.stderr, query).not.toMatch(/error/);
    }
    const star = await runCli(['search', '*', '--db', db]);
    expect(star.code).toBe(2);
    expect(star.stderr).toBe(
      'error [USAGE] nothing to search for: give words or a filter (see veille search --help)\n',
    );
    const raw = await runCli(['search', 'Huawei AND', '--raw', '--db', db]);
    expect(raw.code).toBe(2);
    expect(raw.stderr).toMatch(/^error \[USAGE\] Huawei AND: cannot read the query \(fts5: /);
    expect(raw.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('says so when nothing matches', async () => {
    const r = await runCli(['search', 'zzyzx', '--db', db, '--stance', 'questions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`no match for 'zzyzx' (stance questions) in ${db}\n`);
  });

  it('prints a JSON array, keeps to the limit and to the period', async () => {
    const r = await runCli(['search', 'Huawei', '--db', db, '--format', 'json', '--limit', '3']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as SearchHit[];
    expect(hits).toHaveLength(3);
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const later = await runCli(['search', 'Huawei', '--db', db, '--since', '2100-01-01']);
    expect(later.stdout).toBe('');
    const articles = await runCli([
      'search',
      'Huawei',
      '--db',
      db,
      '--kind',
      'article',
      '-f',
      'jsonl',
    ]);
    const kinds = jsonl<SearchHit>(articles.stdout).map((h) => h.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['article']));
  });
});

describe('veille claims filters and proposition', () => {
  it('claims keeps to --claimant and --stance', async () => {
    const all = ['claims', '--db', db, '--since', '2000-01-01'];
    const r = await runCli([...all, '--claimant', 'Huawei', '--stance', 'denies']);
    expect(r.code).toBe(0);
    const records = jsonl<ClaimRecord>(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    for (const c of records) expect([c.claimant, c.stance]).toEqual(['Huawei', 'denies']);
    const everything = jsonl<ClaimRecord>((await runCli(all)).stdout);
    expect(everything.length).toBeGreaterThan(records.length);
  });

  it('proposition tells who asserted and who denied, when and where', async () => {
    const all = jsonl<ClaimRecord>(
      (await runCli(['claims', '--db', db, '--since', '2000-01-01'])).stdout,
    );
    const denial = all.find((c) => c.claimant === 'Huawei' && c.stance === 'denies')!;
    const json = await runCli(['proposition', denial.id, '--db', db, '--format', 'json']);
    expect(json.code).toBe(0);
    const life = JSON.parse(json.stdout) as PropositionLife;
    expect(life.propositionId).toBe(denial.propositionId);
    expect(life.claimants.denies).toContain('Huawei');
    expect(life.events.map((e) => e.claimId)).toContain(denial.id);

    const text = await runCli(['proposition', denial.propositionId, '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^Proposition ${denial.propositionId}: `));
    expect(text.stdout).toMatch(/\ndenies: .*Huawei/);
    expect(text.stdout).toMatch(
      /\n\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}Huawei denies \(\w+\) {2}AutoTech Info/,
    );

    const same = await runCli([
      ...['claims', '--db', db, '--since', '2000-01-01'],
      ...['--proposition', denial.propositionId],
    ]);
    const members = jsonl<ClaimRecord>(same.stdout).map((c) => c.id);
    expect(members.sort()).toEqual([...new Set(life.events.map((e) => e.claimId))].sort());

    const missing = await runCli(['proposition', 'p_nothing', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `error [NOT_FOUND] p_nothing: no proposition or claim with this id in ${db}\n`,
    );
  });
});
