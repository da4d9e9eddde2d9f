import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures, supermicroLeMonde } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

// The times shown are Paris times (--tz), whatever the zone of the machine running the tests.
const PERIOD = [
  '--since',
  '2018-10-04T00:00Z',
  '--until',
  '2018-10-06T00:00Z',
  '--tz',
  'Europe/Paris',
];
const CHROMIUM = '/usr/bin/chromium';

let dir: string;
let db: string;
let hostileDb: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-cli-brief-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();

  // A claim whose English text carries markup, as a page or a model could produce.
  hostileDb = path.join(dir, 'hostile.db');
  const hostile = openStore(hostileDb);
  const { extract, analysis } = supermicroLeMonde();
  const [first, ...rest] = analysis.claims;
  hostile.saveArticleAnalysis(extract, {
    ...analysis,
    claims: [{ ...first!, claim: 'Chips <script>alert("x")</script> were implanted' }, ...rest],
  });
  hostile.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('veille brief', () => {
  it('prints a Markdown briefing grouping the two Supermicro articles into one story', async () => {
    const r = await runCli(['brief', '--db', db, ...PERIOD]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Morning briefing — Saturday 6 October 2018\n/);
    expect(r.stdout).toContain(
      '## 1. Bloomberg says Chinese spy chips reached Apple and Amazon servers; both deny it',
    );
    expect(r.stdout).toContain('## 2. Microsoft used China-based engineers');
    expect(r.stdout).not.toContain('## 3.');
    // Story 1 cites both outlets; the Microsoft story is the third source.
    const story1 = r.stdout.slice(r.stdout.indexOf('## 1.'), r.stdout.indexOf('## 2.'));
    expect(story1).toContain('Le Monde');
    expect(story1).toContain('Le Figaro');
    expect(r.stdout).toContain('- **Bloomberg** asserts:');
    expect(r.stdout).toContain('- [Le Monde Informatique](<https://www.lemondeinformatique.fr/');
  });

  it('takes a title and the database path relative to the working folder', async () => {
    const r = await runCli(['brief', '--db', 'veille.db', '--title', 'Revue du matin', ...PERIOD], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Revue du matin — Saturday 6 October 2018\n/);
  });

  it('prints a self-contained HTML briefing', async () => {
    const r = await runCli(['brief', '--db', db, '--format', 'html', ...PERIOD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).not.toMatch(/<script|<link|<img|<iframe/i);
    expect(r.stdout).toContain('<section id="story-2">');
    expect(r.stdout).toContain('<strong>Apple</strong> <span class="stance-denies">denies</span>');
    expect(r.stdout).toContain('>Le Figaro</a>, Fri 5 Oct 2018, 06:45');
  });

  it('escapes a <script> found in a claim', async () => {
    const html = await runCli(['brief', '--db', hostileDb, '--format', 'html', ...PERIOD]);
    expect(html.code).toBe(0);
    expect(html.stdout).not.toMatch(/<script/i);
    expect(html.stdout).toContain('Chips &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    const md = await runCli(['brief', '--db', hostileDb, ...PERIOD]);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toMatch(/(^|[^\\])<script/im);
    expect(md.stdout).toContain('Chips \\<script\\>alert("x")\\</script\\> were implanted');
  });

  it('leaves out articles outside the period and says the period is empty', async () => {
    const r = await runCli(['brief', '--db', db, '--since', '2019-01-01', '--until', '2019-02-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No articles were stored or published in this period.');
    expect(r.stderr).toMatch(
      new RegExp(
        `^no analysed articles stored or published in this period in ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; `,
      ),
    );
  });

  it('by default briefs what was stored in the last 24 h, whatever its publication date', async () => {
    // The README's first run: old articles summarised just now.
    const fresh = path.join(dir, 'fresh.db');
    const store = openStore(fresh);
    for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
    store.close();
    const r = await runCli(['brief', '--db', fresh]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 stories · 3 articles');
    expect(r.stderr).toBe('');
  });

  it('leaves out what was neither stored nor published in the period', async () => {
    const old = path.join(dir, 'old.db');
    const store = openStore(old, { now: () => new Date('2018-10-06T00:00:00Z') });
    for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
    store.close();
    const r = await runCli(['brief', '--db', old, '--tz', 'Europe/Paris']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 stories · 0 articles');
    expect(r.stdout).toContain('No articles were stored or published in this period.');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^no analysed articles stored or published in this period in .*old\.db; the newest was stored on Sat 6 Oct 2018, 02:00, try --since \d+d$/m,
    );
    const since = /--since (\d+d)/.exec(r.stderr)![1]!;
    const wider = await runCli(['brief', '--db', old, '--since', since]);
    expect(wider.stdout).toContain('2 stories · 3 articles');
  });

  it('writes to --out FILE and says where on stderr', async () => {
    const out = path.join(dir, 'brief.html');
    const r = await runCli(['brief', '--db', db, '--format', 'html', '--out', out, ...PERIOD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Le Figaro/);
  });

  it('fails in one line, exit 1, when --out cannot be written', async () => {
    // A missing folder is created (issue 10); a file where the folder should be cannot be.
    const blocker = path.join(dir, 'a-file-not-a-folder');
    writeFileSync(blocker, 'x');
    const out = path.join(blocker, 'brief.md');
    const r = await runCli(['brief', '--db', db, '--out', out, ...PERIOD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(out);
    expect(r.stderr).toMatch(/ENOTDIR|EEXIST/);
    expect(r.stderr).toContain('[WRITE_FAILED]');
  });

  it('refuses an unreadable --since or --until with exit 2', async () => {
    for (const args of [
      ['--since', 'last tuesday'],
      ['--since', '24h', '--until', 'soon'],
    ]) {
      const r = await runCli(['brief', '--db', db, ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^error \[USAGE\] --(since|until): cannot read/);
    }
    const backwards = await runCli(['brief', '--db', db, '--since', '1h', '--until', '2h']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/^error \[USAGE\] --since .* must be before --until/);
  });

  it('refuses an unknown --format with exit 2', async () => {
    const r = await runCli(['brief', '--db', db, '--format', 'pdf']);
    expect(r.code).toBe(2);
  });

  it('names a corrupt database in one line, exit 1', async () => {
    const bad = path.join(dir, 'corrupt.db');
    writeFileSync(
      bad,
      'this is not a SQLite database, just some text that is long enough'.repeat(40),
    );
    const r = await runCli(['brief', '--db', bad, ...PERIOD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toContain('not a veille database');
  });

  it('says nothing is stored yet when the database is missing, without creating it', async () => {
    const missing = path.join(dir, 'nowhere', 'veille.db');
    const r = await runCli(['brief', '--db', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).toContain('nothing has been stored yet');
    expect(existsSync(path.dirname(missing))).toBe(false);
  });

  it('defaults to the database under XDG_DATA_HOME', async () => {
    const r = await runCli(['brief', ...PERIOD], { env: { XDG_DATA_HOME: path.join(dir, 'xdg') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(path.join(dir, 'xdg', 'veille', 'veille.db'));
  });

  const hasChromium = existsSync(CHROMIUM);
  it.skipIf(!hasChromium)(
    hasChromium
      ? 'renders the HTML briefing in headless Chromium'
      : `renders the HTML briefing in headless Chromium (skipped: ${CHROMIUM} is not installed)`,
    async () => {
      const html = path.join(dir, 'smoke.html');
      const r = await runCli(['brief', '--db', db, '--format', 'html', '--out', html, ...PERIOD]);
      expect(r.code).toBe(0);
      const png = path.join(dir, 'b.png');
      await promisify(execFile)(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--user-data-dir=${path.join(dir, 'chromium-profile')}`,
          `--screenshot=${png}`,
          '--window-size=420,900',
          `file://${html}`,
        ],
        { timeout: 60_000 },
      );
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(5_000);
    },
    90_000,
  );
});
