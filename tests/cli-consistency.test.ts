/**
 * The same behaviour in every command: usage errors in one style with the command's help hint,
 * `-v`/`-q` everywhere, `--out` creating missing folders and never overwriting silently.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', '01-tech-abonnes-supermicro.html');
const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-consistency-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = (): { env: NodeJS.ProcessEnv; cwd: string } => ({
  env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: mkdtempSync(path.join(dir, 'data-')) },
  cwd: dir,
});

describe('usage errors', () => {
  it.each([
    [['extract', '--format', 'pdf', SAMPLE], /'pdf'.* \(see veille extract --help\)/],
    [['brief', '--bogus'], /unknown option '--bogus' \(see veille brief --help\)/],
    [['extract'], /no inputs.* \(see veille extract --help\)/],
    [
      ['brief', '--db', 'x.db', '--since', 'whenever'],
      /--since: cannot read 'whenever'.* \(see veille brief --help\)/,
    ],
    [['claims', '--batch-size', '0'], /--batch-size.* \(see veille claims --help\)/],
    [['frobnicate'], /unknown command 'frobnicate' \(see veille --help\)/],
  ])('%j: one line, error [USAGE], exit 2, the help of that command', async (argv, pattern) => {
    const r = await runCli(argv, env());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error \[USAGE\] [^\n]*\n$/);
    expect(r.stderr).toMatch(pattern);
  });
});

describe('-v and -q', () => {
  it.each([
    ['brief'],
    ['claims'],
    ['eval'],
    ['config', 'path'],
    ['translate'],
    ['extract'],
    ['summarize'],
  ])('%s takes --verbose and --quiet', async (...command) => {
    const r = await runCli([...command, '--help'], env());
    expect(r.stdout).toMatch(/-v, --verbose/);
    expect(r.stdout).toMatch(/-q, --quiet/);
  });

  it('--quiet leaves only errors on stderr', async () => {
    const out = path.join(dir, 'quiet', 'b.md');
    const r = await runCli(['brief', '-q', '--db', db, ...PERIOD, '--out', out], env());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
  });
});

describe('--out', () => {
  it('brief creates missing folders', async () => {
    const out = path.join(dir, 'new', 'dir', 'b.html');
    const r = await runCli(['brief', '--db', db, ...PERIOD, '-f', 'html', '--out', out], env());
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('brief never overwrites an earlier file silently: a suffix, or --force', async () => {
    const out = path.join(dir, 'again', 'b.md');
    await runCli(['brief', '--db', db, ...PERIOD, '--out', out], env());
    writeFileSync(out, 'kept');
    const second = await runCli(['brief', '--db', db, ...PERIOD, '--out', out], env());
    expect(second.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('kept');
    const suffixed = path.join(dir, 'again', 'b-2.md');
    expect(readFileSync(suffixed, 'utf8')).toMatch(/^# Morning briefing/);
    expect(second.stderr).toContain(`wrote ${suffixed}`);
    const forced = await runCli(['brief', '--db', db, ...PERIOD, '--out', out, '--force'], env());
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Morning briefing/);
  });

  it('a re-run of extract --out DIR adds suffixed files, or overwrites with --force', async () => {
    const out = path.join(dir, 'articles');
    await runCli(['extract', '--out', out, SAMPLE], env());
    const [first] = readdirSync(out);
    writeFileSync(path.join(out, first!), 'kept');
    await runCli(['extract', '--out', out, SAMPLE], env());
    expect(readFileSync(path.join(out, first!), 'utf8')).toBe('kept');
    expect(readdirSync(out)).toHaveLength(2);
    await runCli(['extract', '--out', out, '--force', SAMPLE], env());
    expect(readFileSync(path.join(out, first!), 'utf8')).not.toBe('kept');
    expect(readdirSync(out)).toHaveLength(2);
  });
});
