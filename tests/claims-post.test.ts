import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  claimFeed,
  idempotencyKey,
  postClaims,
  type PostClaimsOptions,
} from '../src/claims/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { readClaimIds, send, startServer, type TestServer } from './helpers/http-server.js';

/** One POST as the tracker received it. */
interface Received {
  key: string | undefined;
  ids: string[];
}

let dir: string;
let store: Store;
let server: TestServer | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-post-'));
  store = openStore(join(dir, 'v.db'));
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
});
afterEach(async () => {
  store.close();
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A tracker whose n-th request (0-based) is answered by `plan[n]`: a status, or `drop` to cut the
 * connection without answering. Requests past the plan get 200.
 */
async function tracker(plan: (number | 'drop')[], received: Received[]): Promise<TestServer> {
  let n = 0;
  server = await startServer({
    '/claims': async (req, res) => {
      const step = plan[n++] ?? 200;
      const ids = await readClaimIds(req);
      if (step === 'drop') {
        req.socket.destroy();
        return;
      }
      if (step < 300) received.push({ key: req.headers['idempotency-key'] as string, ids });
      send(res, step, '{}', step === 429 ? { 'Retry-After': '0' } : {});
    },
  });
  return server;
}

const options = (s: TestServer, extra: Partial<PostClaimsOptions> = {}): PostClaimsOptions => ({
  url: `${s.url}/claims`,
  store,
  batchSize: 3,
  retryBaseMs: 5,
  ...extra,
});

describe('postClaims', () => {
  it('posts batches with an idempotency key each and marks them posted', async () => {
    const received: Received[] = [];
    const s = await tracker([], received);
    const records = claimFeed(store, new Date(0));
    const result = await postClaims(records, options(s));
    expect(result).toMatchObject({ error: null, remaining: [], attempts: 3 });
    expect(received.map((r) => r.ids.length)).toEqual([3, 3, 2]);
    expect(received.flatMap((r) => r.ids)).toEqual(records.map((r) => r.id));
    for (const r of received) expect(r.key).toBe(idempotencyKey(r.ids));
    expect(s.requests[0]?.headers['content-type']).toBe('application/json');
    expect(store.unposted(`${s.url}/claims`)).toEqual([]);
  });

  it('retries a 500 and a 429, sending the same idempotency key', async () => {
    const received: Received[] = [];
    const s = await tracker([500, 200, 429, 200], received);
    const result = await postClaims(claimFeed(store, new Date(0)), options(s));
    expect(result.error).toBeNull();
    expect(result.attempts).toBe(5);
    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(store.unposted(`${s.url}/claims`)).toEqual([]);
  });

  it('retries after the connection is dropped', async () => {
    const received: Received[] = [];
    const s = await tracker(['drop', 200], received);
    const result = await postClaims(claimFeed(store, new Date(0)), options(s));
    expect(result.error).toBeNull();
    expect(s.requests).toHaveLength(4);
    expect(received.flatMap((r) => r.ids)).toHaveLength(8);
  });

  it('loses nothing when the tracker stays down: the next run sends the rest', async () => {
    const received: Received[] = [];
    const s = await tracker([200, 503, 503, 503], received);
    const url = `${s.url}/claims`;
    const first = await postClaims(
      claimFeed(store, new Date(0), { unpostedTo: url }),
      options(s, { retries: 2 }),
    );
    expect(first.error?.code).toBe('HTTP_STATUS');
    expect(first.error?.message).toBe(`tracker ${url} answered HTTP 503`);
    expect(first.posted).toHaveLength(3);
    expect(first.remaining).toHaveLength(5);
    expect(store.unposted(url)).toEqual(first.remaining);

    const second = await postClaims(claimFeed(store, new Date(0), { unpostedTo: url }), options(s));
    expect(second).toMatchObject({ error: null, posted: first.remaining });
    expect(received.flatMap((r) => r.ids).sort()).toEqual(
      claimFeed(store, new Date(0))
        .map((r) => r.id)
        .sort(),
    );
    expect(store.unposted(url)).toEqual([]);
  });

  it('does not retry a 4xx refusal', async () => {
    const s = await tracker([400], []);
    const result = await postClaims(claimFeed(store, new Date(0)), options(s));
    expect(result.error?.code).toBe('HTTP_STATUS');
    expect(result.attempts).toBe(1);
    expect(result.posted).toEqual([]);
  });

  it('refuses an endpoint that is not http(s)', async () => {
    await expect(postClaims([], { url: 'file:///etc/passwd' })).rejects.toMatchObject({
      code: 'USAGE',
    });
  });
});

describe('postClaims and redirects', () => {
  /** A tracker that moved: `/claims` answers `status` with a Location to `/v2/claims`. */
  async function movedTracker(status: number, received: Received[]): Promise<TestServer> {
    server = await startServer({
      '/claims': async (req, res, s) => {
        await readClaimIds(req).catch(() => []);
        send(res, status, '', { Location: `${s.url}/v2/claims` });
      },
      '/v2/claims': async (req, res) => {
        // Only a POST carrying the claims counts as received; a GET (a followed 302) has none.
        if (req.method === 'POST') {
          received.push({
            key: req.headers['idempotency-key'] as string,
            ids: await readClaimIds(req),
          });
        }
        send(res, 200, '{}');
      },
    });
    return server;
  }

  it.each([301, 302, 303])(
    'a %i is an error naming the new location, and nothing is marked posted',
    async (status) => {
      const received: Received[] = [];
      const s = await movedTracker(status, received);
      const url = `${s.url}/claims`;
      const result = await postClaims(claimFeed(store, new Date(0)), options(s));
      expect(result.posted).toEqual([]);
      expect(result.remaining).toHaveLength(8);
      expect(result.error?.code).toBe('HTTP_STATUS');
      expect(result.error?.message).toContain(`${s.url}/v2/claims`);
      expect(result.attempts).toBe(1);
      expect(s.hits('/v2/claims')).toEqual([]);
      expect(store.unposted(url)).toHaveLength(8);
    },
  );

  it.each([307, 308])(
    'a %i is followed with the same method, body and idempotency key',
    async (status) => {
      const received: Received[] = [];
      const s = await movedTracker(status, received);
      const records = claimFeed(store, new Date(0));
      const result = await postClaims(records, options(s));
      expect(result).toMatchObject({ error: null, remaining: [] });
      expect(received.flatMap((r) => r.ids)).toEqual(records.map((r) => r.id));
      for (const r of received) expect(r.key).toBe(idempotencyKey(r.ids));
      expect(s.hits('/v2/claims').every((r) => r.method === 'POST')).toBe(true);
      expect(store.unposted(`${s.url}/claims`)).toEqual([]);
    },
  );

  it('stops after a few 307 hops in a loop, marking nothing posted', async () => {
    server = await startServer({
      '/claims': async (req, res, s) => {
        await readClaimIds(req);
        send(res, 307, '', { Location: `${s.url}/claims` });
      },
    });
    const result = await postClaims(claimFeed(store, new Date(0)), options(server));
    expect(result.error?.code).toBe('TOO_MANY_REDIRECTS');
    expect(result.posted).toEqual([]);
    expect(server.requests.length).toBeLessThanOrEqual(6);
  });

  it('does not follow a 307 to a non-http(s) location', async () => {
    server = await startServer({
      '/claims': async (req, res) => {
        await readClaimIds(req);
        send(res, 307, '', { Location: 'file:///etc/passwd' });
      },
    });
    const result = await postClaims(claimFeed(store, new Date(0)), options(server));
    expect(result.error?.code).toBe('HTTP_STATUS');
    expect(result.error?.message).toContain('file:///etc/passwd');
    expect(result.posted).toEqual([]);
  });

  it('does not send the Authorization header to another host on a 307', async () => {
    const other = await startServer({ '/in': (_req, res) => send(res, 200, '{}') });
    try {
      server = await startServer({
        '/claims': async (req, res) => {
          await readClaimIds(req);
          send(res, 307, '', { Location: `http://localhost:${other.port}/in` });
        },
      });
      const result = await postClaims(
        claimFeed(store, new Date(0)),
        options(server, { headers: { Authorization: 'Bearer secret-token' } }),
      );
      expect(result.error).toBeNull();
      expect(server.requests[0]?.headers['authorization']).toBe('Bearer secret-token');
      expect(other.requests.length).toBeGreaterThan(0);
      for (const r of other.requests) expect(r.headers['authorization']).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
