import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../src/claims/index.js';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { readClaimIds, send, startServer, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';

const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];
/** Claims in the three fixtures: 3 (Le Monde) + 3 (Le Figaro) + 2 (ProPublica). */
const TOTAL = 8;

let dir: string;
let db: string;
let server: TestServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-cli-claims-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A tracker that answers `status()` to each POST and records the ids it accepted. */
async function tracker(status: () => number, accepted: string[]): Promise<string> {
  server = await startServer({
    '/claims': async (req, res) => {
      const ids = await readClaimIds(req);
      const code = status();
      if (code < 300) accepted.push(...ids);
      // Retry-After: 0 keeps the client's retries instant.
      send(res, code, '{}', code >= 500 ? { 'Retry-After': '0' } : {});
    },
  });
  return `${server.url}/claims`;
}

describe('veille claims', () => {
  it('prints one JSON record a line by default', async () => {
    const r = await runCli(['claims', '--db', db, ...PERIOD]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const records = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ClaimRecord);
    expect(records).toHaveLength(TOTAL);
    const apple = records.filter((c) => c.claimant === 'Apple');
    expect(apple).toHaveLength(2);
    // Apple's two denials (Le Monde, Le Figaro) are linked into one proposition.
    expect(apple[0]!.propositionId).toBe(apple[1]!.propositionId);
    expect(records[0]!.appearances[0]!.site).toBe('Le Monde');
  });

  it('by default lists the claims of articles just stored, whatever their publication date', async () => {
    // The fixtures were published in 2018 and stored now, as right after `summarize` on older
    // pages: the briefing of the default period shows them, so the claim feed must too.
    const r = await runCli(['claims', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(TOTAL);
    const old = await runCli([
      'claims',
      '--db',
      db,
      '--since',
      '2019-01-01',
      '--until',
      '2019-02-01',
    ]);
    expect(old.stdout).toBe('');
  });

  it('prints a JSON array, CSV and ClaimReview', async () => {
    const json = await runCli(['claims', '--db', db, '--format', 'json', ...PERIOD]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveLength(TOTAL);

    const csv = await runCli(['claims', '--db', db, '--format', 'csv', ...PERIOD]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^claim_id,proposition_id,claim,claimant,stance,certainty,/);
    expect(rows).toHaveLength(TOTAL + 1);
    expect(csv.stdout).toContain(',Apple,denies,');

    const review = await runCli(['claims', '--db', db, '--format', 'claimreview', ...PERIOD]);
    expect(review.code).toBe(0);
    const claims = JSON.parse(review.stdout) as { '@type': string; author: { name: string } }[];
    expect(claims).toHaveLength(TOTAL);
    expect(claims[0]!['@type']).toBe('Claim');
    expect(claims.map((c) => c.author.name)).toContain('Bloomberg');
  });

  it('keeps to the period', async () => {
    const r = await runCli([
      'claims',
      '--db',
      db,
      '--since',
      '2018-10-05T05:00Z',
      '--until',
      '2018-10-06T00:00Z',
    ]);
    expect(r.code).toBe(0);
    const claimants = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as ClaimRecord).claimant);
    expect(claimants).toEqual(['ProPublica', 'Frank Shaw']);
  });

  it('posts unposted claims to the tracker, then nothing on the second run', async () => {
    const accepted: string[] = [];
    const url = await tracker(() => 200, accepted);
    const first = await runCli(['claims', '--db', db, '--post', url, ...PERIOD]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe(`posted ${TOTAL} claim(s) to ${url}; 0 remaining\n`);
    expect(new Set(accepted).size).toBe(TOTAL);
    expect(server!.hits('/claims')[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f]{40}$/);

    const second = await runCli(['claims', '--db', db, '--post', url, ...PERIOD]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`posted 0 claim(s) to ${url}; 0 remaining\n`);
    expect(server!.hits('/claims')).toHaveLength(1);

    // Printing still lists every claim: posting only marks them for that endpoint.
    const printed = await runCli(['claims', '--db', db, ...PERIOD]);
    expect(printed.stdout.trimEnd().split('\n')).toHaveLength(TOTAL);
  });

  it('exits 1 when the tracker fails, and a later run sends what is left', async () => {
    const accepted: string[] = [];
    let calls = 0;
    let recovered = false;
    // The first batch goes through, then the tracker breaks down until it recovers.
    const url = await tracker(() => (recovered || calls++ === 0 ? 200 : 503), accepted);
    const failed = await runCli([
      'claims',
      '--db',
      db,
      '--post',
      url,
      '--batch-size',
      '3',
      ...PERIOD,
    ]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    const lines = failed.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`error [HTTP_STATUS] ${url}: tracker ${url} answered HTTP 503`);
    expect(lines[1]).toBe(
      `posted 3 claim(s) to ${url}; ${TOTAL - 3} remaining (sent again on the next run)`,
    );
    expect(accepted).toHaveLength(3);
    // 1 accepted + 1 failing batch tried 4 times (3 retries).
    expect(server!.hits('/claims')).toHaveLength(5);

    recovered = true;
    const retried = await runCli(['claims', '--db', db, '--post', url, ...PERIOD]);
    expect(retried.code).toBe(0);
    expect(retried.stderr).toBe(`posted ${TOTAL - 3} claim(s) to ${url}; 0 remaining\n`);
    expect(new Set(accepted).size).toBe(TOTAL);
    expect(accepted).toHaveLength(TOTAL);
  });

  it('exits 1 naming the new address when the tracker answers 302, and marks nothing posted', async () => {
    server = await startServer({
      '/claims': async (req, res, s) => {
        await readClaimIds(req);
        send(res, 302, '', { Location: `${s.url}/new` });
      },
      // A client following the 302 as a GET lands here with no claims: that is not a post.
      '/new': (_req, res) => send(res, 200, '{}'),
    });
    const url = `${server.url}/claims`;
    const r = await runCli(['claims', '--db', db, '--post', url, ...PERIOD]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^error \[HTTP_STATUS\] /);
    expect(lines[0]).toContain(`${server.url}/new`);
    expect(lines[1]).toBe(
      `posted 0 claim(s) to ${url}; ${TOTAL} remaining (sent again on the next run)`,
    );
    expect(server.hits('/new')).toEqual([]);
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = (input) => {
      seen.push(String(input));
      return Promise.resolve(new Response('{}', { status: 201 }));
    };
    const r = await runCli(
      ['claims', '--db', db, '--post', 'https://tracker.example/c', ...PERIOD],
      {
        fetch: fakeFetch,
      },
    );
    expect(r.code).toBe(0);
    expect(seen).toEqual(['https://tracker.example/c']);
  });

  it('refuses a non-http --post, a bad --batch-size and a bad --since with exit 2', async () => {
    for (const args of [
      ['--post', 'ftp://tracker.example/c'],
      ['--post', 'https://t.example/c', '--batch-size', '0'],
      ['--since', 'whenever'],
      ['--format', 'xml'],
    ]) {
      const r = await runCli(['claims', '--db', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('says nothing is stored yet when the database is missing', async () => {
    const missing = path.join(dir, 'missing.db');
    const r = await runCli(['claims', '--db', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[NOT_FOUND\] .*missing\.db: no veille database here/);
  });
});
