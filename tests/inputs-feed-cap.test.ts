/**
 * A feed is expanded to at most MAX_FEED_LINKS links: a hostile or broken feed of 60,000 items
 * (2.9 MB, under the byte cap) made `extract` queue every link at once (795 MB RSS after a
 * minute) and fetch for most of an hour. The rest is refused in one line naming the feed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { loadInputs } from '../src/inputs/load.js';
import { MAX_FEED_LINKS } from '../src/limits.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('feed expansion is bounded', () => {
  it('reads the first MAX_FEED_LINKS links of a longer feed and says so once', async () => {
    expect(MAX_FEED_LINKS).toBeGreaterThanOrEqual(100);
    // file: links are refused without any fetch, one UNSAFE_LINK each: a count of what was read.
    const items = Array.from(
      { length: MAX_FEED_LINKS + 25 },
      (_, i) => `<item><link>file:///nowhere/${i}.html</link></item>`,
    );
    const s = (server = await startServer({
      '/feed.xml': (_q, r) =>
        send(r, 200, `<rss><channel>${items.join('')}</channel></rss>`, {
          'Content-Type': 'application/rss+xml',
        }),
    }));
    const errors: VeilleError[] = [];
    for await (const item of loadInputs([`${s.url}/feed.xml`], { http: { retryBaseMs: 5 } })) {
      if (item instanceof VeilleError) errors.push(item);
    }
    const refused = errors.filter((e) => e.code === 'UNSAFE_LINK');
    expect(refused).toHaveLength(MAX_FEED_LINKS);
    expect(refused.at(-1)?.input).toBe(`file:///nowhere/${MAX_FEED_LINKS - 1}.html`);
    const capped = errors.filter((e) => e.code === 'TOO_LARGE');
    expect(capped.map((e) => e.input)).toEqual([`${s.url}/feed.xml`]);
    expect(capped[0]?.message).toBe(
      `the feed lists ${MAX_FEED_LINKS + 25} links; only the first ${MAX_FEED_LINKS} are read`,
    );
  });
});
