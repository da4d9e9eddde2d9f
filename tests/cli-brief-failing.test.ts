import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

const PERIOD = [
  '--since',
  '2018-10-04T00:00Z',
  '--until',
  '2018-10-06T00:00Z',
  '--tz',
  'Europe/Paris',
];
const TOKEN = 's3cr3t-abonne-42';
const PRIVATE = `https://abonnes.exemple.fr/rss.xml?token=${TOKEN}`;

let dir: string;
let db: string;

const gone = (): VeilleError =>
  new VeilleError('GONE', 'server answered 404', { stage: 'fetch', input: 'x' });

/** Fails the source `runs` times, one run a day from `from`. */
function fail(file: string, url: string, runs: number, from: string, okFirst: boolean): void {
  let clock = new Date(from);
  const store = openStore(file, { now: () => clock });
  const id = store.sources.list().find((s) => s.url === url)!.id;
  if (okFirst) store.sources.recordFetch(id, { ok: true, kind: 'feed', validators: null });
  for (let run = 0; run < runs; run++) {
    clock = new Date(clock.getTime() + 86_400_000);
    store.sources.recordFetch(id, { ok: false, error: gone() });
  }
  store.close();
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-brief-failing-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.sources.add([
    { url: 'https://www.exemple.fr/gone.xml', name: 'Gone' },
    { url: PRIVATE },
    { url: 'https://www.exemple.fr/flaky.xml', name: 'Flaky' },
  ]);
  store.close();
  fail(db, 'https://www.exemple.fr/gone.xml', 5, '2026-11-27T06:15:00Z', true);
  fail(db, PRIVATE, 6, '2026-11-20T06:15:00Z', false);
  fail(db, 'https://www.exemple.fr/flaky.xml', 4, '2026-11-27T06:15:00Z', true);
  // The briefing opens the store read-only: the footer must not need to write.
  chmodSync(db, 0o444);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('veille brief: failing sources in the footer', () => {
  it('lists sources failing 5 runs in a row, masked, with their error and last success', async () => {
    const r = await runCli(['brief', '--db', db, ...PERIOD]);
    expect(r.code).toBe(0);
    const footer = r.stdout.slice(r.stdout.indexOf('## Sources that keep failing'));
    expect(footer).toMatch(/^## Sources that keep failing\n\n/);
    expect(footer).toContain(
      '- abonnes.exemple.fr — `https://abonnes.exemple.fr/rss.xml?token=***` — \\[GONE\\] 6 runs in a row, never fetched successfully',
    );
    expect(footer).toContain(
      '- Gone — `https://www.exemple.fr/gone.xml` — \\[GONE\\] 5 runs in a row, last fetched successfully Fri 27 Nov 2026, 07:15',
    );
    expect(footer).not.toContain('Flaky');
    expect(r.stdout).not.toContain(TOKEN);
  });

  it('shows the same footer in the HTML briefing', async () => {
    const r = await runCli(['brief', '--db', db, '--format', 'html', ...PERIOD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<h2>Sources that keep failing</h2>');
    expect(r.stdout).toContain(
      '<li>Gone — <code>https://www.exemple.fr/gone.xml</code> — [GONE] 5 runs in a row, last fetched successfully Fri 27 Nov 2026, 07:15</li>',
    );
    expect(r.stdout).toContain('<code>https://abonnes.exemple.fr/rss.xml?token=***</code>');
    expect(r.stdout).not.toContain(TOKEN);
  });
});
