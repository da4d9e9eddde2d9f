/**
 * `veille run` reads the article links of its feeds as remote content (src/sources/check.ts):
 * like `extract` on a feed (tests/inputs-links.test.ts), a feed may not lead it into another
 * network, such as a cloud metadata service or an intranet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkSources } from '../src/sources/check.js';
import type { Source } from '../src/store/index.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';
import { sourceRecord } from './helpers/sources.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function source(url: string): Source {
  return sourceRecord({ url, addedAt: '2026-12-01T00:00:00.000Z' });
}

describe('checkSources: a feed’s links stay in its own network', () => {
  it('refuses link-local and private links of a loopback feed, keeps its loopback links', async () => {
    const foreign = ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.7/wiki'];
    const s = (server = await startServer({
      '/feed.xml': (_q, r, srv) =>
        send(
          r,
          200,
          `<rss><channel>${[...foreign, `${srv.url}/a.html`]
            .map((l) => `<item><link>${l}</link></item>`)
            .join('')}</channel></rss>`,
          { 'Content-Type': 'application/rss+xml' },
        ),
    }));
    const [checked] = await checkSources([source(`${s.url}/feed.xml`)], { http: {} });
    const result = checked?.result;
    if (result?.type !== 'feed') throw new Error(`expected a feed, got ${result?.type}`);
    expect(result.links).toEqual([`${s.url}/a.html`]);
    expect(result.refused.map((e) => [e.code, e.input])).toEqual(
      foreign.map((l) => ['UNSAFE_LINK', l]),
    );
  });
});
