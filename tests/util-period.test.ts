/**
 * One reading of durations and days for every option: `--since`, `--until`, `--max-age`; a day
 * given as `--until` includes that day; `today`/`yesterday` are days of the `--tz` zone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDuration } from '../src/batch/duration.js';
import { openStore } from '../src/store/index.js';
import { periodFrom } from '../src/util/since.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

describe('durations', () => {
  it('--max-age takes weeks and minutes as --since does', () => {
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    expect(parseDuration('5min')).toBe(300_000);
    expect(parseDuration('0')).toBe(0);
  });

  it('--since and --max-age refuse the same nonsense', () => {
    expect(() => parseDuration('3 fortnights')).toThrow();
    expect(() => periodFrom({ since: '3 fortnights' }, new Date())).toThrow();
  });
});

describe('periods', () => {
  const now = new Date('2025-08-05T10:00:00Z');

  it('--until with a date alone includes that whole day', () => {
    const p = periodFrom({ since: '2025-07-30', until: '2025-07-31', tz: 'Europe/Paris' }, now);
    expect(p.since.toISOString()).toBe('2025-07-29T22:00:00.000Z');
    expect(p.until.toISOString()).toBe('2025-07-31T22:00:00.000Z');
  });

  it('--until yesterday ends where today starts', () => {
    const p = periodFrom({ since: '7d', until: 'yesterday', tz: 'UTC' }, now);
    expect(p.until.toISOString()).toBe('2025-08-05T00:00:00.000Z');
  });

  it('today and yesterday are days of the --tz zone, not of the machine', () => {
    const late = new Date('2025-07-31T20:00:00Z'); // already 1 August in Tokyo
    expect(periodFrom({ since: 'today', tz: 'Asia/Tokyo' }, late).since.toISOString()).toBe(
      '2025-07-31T15:00:00.000Z',
    );
    expect(
      periodFrom({ since: 'yesterday', tz: 'America/New_York' }, late).since.toISOString(),
    ).toBe('2025-07-30T04:00:00.000Z');
    expect(
      periodFrom({ since: '2025-07-31T08:00', tz: 'Europe/Paris' }, late).since.toISOString(),
    ).toBe('2025-07-31T06:00:00.000Z');
  });

  it('a time zone that does not exist is a usage error', () => {
    expect(() => periodFrom({ since: '24h', tz: 'Mars/Olympus' }, now)).toThrow(/--tz/);
  });
});

describe('brief --tz', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veille-period-'));
    db = path.join(dir, 'veille.db');
    const store = openStore(db);
    for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
    store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows times in the zone that chose the period', async () => {
    const r = await runCli([
      'brief',
      '--db',
      db,
      '--since',
      '2018-10-04',
      '--until',
      '2018-10-05',
      '--tz',
      'Asia/Tokyo',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Thu 4 Oct 2018, 00:00 – Sat 6 Oct 2018, 00:00 (Asia/Tokyo)');
  });

  it('defaults to the system zone, in the page as in the filter', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const r = await runCli(['brief', '--db', db, '--since', '2018-10-04', '--until', '2018-10-05']);
    expect(r.stdout).toContain(`Thu 4 Oct 2018, 00:00 – Sat 6 Oct 2018, 00:00 (${zone})`);
  });

  it('refuses an unknown zone with exit 2', async () => {
    const r = await runCli(['brief', '--db', db, '--tz', 'Mars/Olympus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error \[USAGE\] --tz/);
  });
});
