/**
 * Crash safety: an article is stored whole or not at all, and a batch killed with SIGKILL at an
 * arbitrary moment resumes without losing or duplicating anything.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { supermicroLeMonde } from './helpers/analysis-fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = 400;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-crash-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function counts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  const out: Record<string, number> = {};
  for (const t of ['articles', 'analyses', 'entities', 'claims', 'claim_appearances']) {
    out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  out.integrity = db.pragma('integrity_check', { simple: true }) === 'ok' ? 1 : 0;
  db.close();
  return out;
}

/** A child process that saves ARTICLES variants of one fixture, printing each index once committed. */
function writerScript(): string {
  const script = join(dir, 'writer.mts');
  writeFileSync(
    script,
    `import { openStore } from '${ROOT}/src/store/index.ts';
import { makeAnalysis, makeExtract, supermicroLeMonde } from '${ROOT}/tests/helpers/analysis-fixtures.ts';
const store = openStore(process.argv[2]);
const base = supermicroLeMonde();
for (let i = 0; i < ${ARTICLES}; i++) {
  const url = base.extract.source + '?v=' + i;
  const extract = { ...base.extract, source: url, article: { ...base.extract.article, url, canonicalUrl: url } };
  const analysis = { ...base.analysis, source: url, claims: base.analysis.claims.map((c) => ({ ...c, id: c.id + '_' + i })) };
  store.saveArticleAnalysis(extract, analysis);
  process.stdout.write(i + '\\n');
}
store.close();
`,
  );
  return script;
}

function runWriter(script: string, db: string, killAfter?: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, db], { cwd: ROOT });
    let committed = 0;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      committed += chunk.toString().split('\n').filter(Boolean).length;
      if (killAfter !== undefined && committed >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`writer failed: ${stderr}`));
      else resolvePromise(committed);
    });
  });
}

describe('crash safety', () => {
  it('rolls back the whole article when one of its writes fails', () => {
    const path = join(dir, 'veille.db');
    const store = openStore(path);
    const { extract, analysis } = supermicroLeMonde();
    // BigInt cannot be serialised: the analysis write throws after the article row was written.
    const broken = {
      ...analysis,
      usage: { promptTokens: 1n as unknown as number, completionTokens: 1 },
    };
    expect(() => store.saveArticleAnalysis(extract, broken)).toThrow();
    store.close();
    expect(counts(path)).toMatchObject({ articles: 0, analyses: 0, claims: 0, entities: 0 });
  });

  it('loses and duplicates nothing when killed with SIGKILL mid-batch and run again', async () => {
    const path = join(dir, 'veille.db');
    const script = writerScript();
    const committed = await runWriter(script, path, 40);
    const after = counts(path);
    expect(after.integrity).toBe(1);
    expect(after.articles).toBeGreaterThanOrEqual(committed);
    expect(after.articles).toBeLessThan(ARTICLES);
    // Whatever was committed is complete: one analysis, six entities, three claims per article.
    expect(after).toMatchObject({
      analyses: after.articles,
      entities: 6 * after.articles!,
      claims: 3 * after.articles!,
      claim_appearances: 3 * after.articles!,
    });
    await runWriter(script, path);
    expect(counts(path)).toEqual({
      articles: ARTICLES,
      analyses: ARTICLES,
      entities: 6 * ARTICLES,
      claims: 3 * ARTICLES,
      claim_appearances: 3 * ARTICLES,
      integrity: 1,
    });
  });
});
