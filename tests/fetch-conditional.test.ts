/**
 * Conditional GET (issue 12): a feed unchanged since the last run costs one 304 — the validators
 * of the last full answer are sent back, and the 304 is "unchanged", not an error.
 */
import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { fetchIfChanged, fetchUrl } from '../src/fetch/http.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';

const ETAG = '"feed-v1"';
const MODIFIED = 'Thu, 04 Oct 2018 16:00:00 GMT';
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A feed that answers 304 when either validator matches, as servers do. */
function feedRoute(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === MODIFIED) {
    send(res, 304, '', { ETag: ETAG });
    return;
  }
  send(res, 200, FEED, {
    'Content-Type': 'application/rss+xml',
    ETag: ETAG,
    'Last-Modified': MODIFIED,
  });
}

describe('conditional GET', () => {
  it('keeps the validators of a full answer, and sends them back to get a 304', async () => {
    server = await startServer({ '/feed.xml': feedRoute });
    const url = `${server.url}/feed.xml`;
    const first = await fetchIfChanged(url, null);
    expect(first?.validators).toEqual({ etag: ETAG, lastModified: MODIFIED });
    expect(first?.body.toString()).toBe(FEED);
    const second = await fetchIfChanged(url, first!.validators!);
    expect(second).toBeNull();
    const [, conditional] = server.requests;
    expect(conditional?.headers['if-none-match']).toBe(ETAG);
    expect(conditional?.headers['if-modified-since']).toBe(MODIFIED);
  });

  it('sends only the validators it has', async () => {
    server = await startServer({ '/feed.xml': feedRoute });
    const url = `${server.url}/feed.xml`;
    expect(await fetchIfChanged(url, { etag: null, lastModified: MODIFIED })).toBeNull();
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('a 304 nobody asked for is still an error of a plain fetch', async () => {
    server = await startServer({ '/x': (_req, res) => send(res, 304) });
    const err = await fetchUrl(`${server.url}/x`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VeilleError);
    expect((err as VeilleError).code).toBe('HTTP_STATUS');
  });
});
