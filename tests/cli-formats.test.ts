/**
 * One vocabulary of formats: `json` is one JSON document (indented on a terminal), `jsonl` one
 * object per line; piped, extract and summarize default to jsonl; on a terminal, to a readable
 * text (extract) or report (summarize), as gh does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const A = path.join(ROOT, 'samples', '01-tech-abonnes-supermicro.html');
const B = path.join(ROOT, 'samples', '02-wordpress-blog-microsoft.html');

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-formats-'));
  db = path.join(dir, 'claims.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Offline: no endpoint, a fresh database in the temp folder. */
const offline = (): { env: NodeJS.ProcessEnv; cwd: string } => ({
  env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: mkdtempSync(path.join(dir, 'data-')) },
  cwd: dir,
});

const lines = (stdout: string): unknown[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe.each(['extract', 'summarize'])('%s', (command) => {
  it('--format json prints one JSON document holding every result', async () => {
    const r = await runCli([command, '--format', 'json', A, B], offline());
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { source: string }[];
    expect(doc.map((d) => d.source).sort()).toEqual([A, B]);
  });

  it('--format json is indented on a terminal, and still one document', async () => {
    const r = await runCli([command, '--format', 'json', A, B], { ...offline(), tty: true });
    expect(r.stdout).toMatch(/^\[\n {2}\{\n {4}"source"/);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('piped, prints one object per line by default (jsonl)', async () => {
    const r = await runCli([command, A, B], offline());
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(2);
    const explicit = await runCli([command, '--format', 'jsonl', A, B], offline());
    expect(lines(explicit.stdout)).toHaveLength(2);
  });

  it('takes md for markdown', async () => {
    const r = await runCli([command, '-f', 'md', A], offline());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
  });
});

describe('defaults on a terminal', () => {
  it('summarize prints the readable report', async () => {
    const r = await runCli(['summarize', A], { ...offline(), tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain('## Who said what');
  });

  it('extract prints the article text', async () => {
    const r = await runCli(['extract', A], { ...offline(), tty: true });
    expect(r.stdout).not.toMatch(/^[{#]/);
    expect(r.stdout.length).toBeGreaterThan(500);
  });

  it('--help says which format is the default where', async () => {
    for (const command of ['extract', 'summarize']) {
      const r = await runCli([command, '--help']);
      expect(r.stdout).toMatch(/jsonl\s+when\s+piped/);
    }
  });
});

describe('claims', () => {
  const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];

  it('names the schema.org Claim format schema-claim and keeps claimreview as its alias', async () => {
    const named = await runCli(['claims', '--db', db, '-f', 'schema-claim', ...PERIOD]);
    const old = await runCli(['claims', '--db', db, '-f', 'claimreview', ...PERIOD]);
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(old.stdout);
    expect((JSON.parse(named.stdout) as { '@type': string }[])[0]?.['@type']).toBe('Claim');
  });
});

describe('every command takes the same format names', () => {
  it('brief takes md for markdown', async () => {
    const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];
    const r = await runCli(['brief', '--db', db, '-f', 'md', ...PERIOD]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Morning briefing/);
  });

  it('eval refuses an unknown format in the common usage style', async () => {
    const r = await runCli(['eval', '-f', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error \[USAGE\] .*'xml' is not one of text, json/);
  });
});
