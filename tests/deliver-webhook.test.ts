/**
 * `brief --webhook` retries as `claims --post` does (src/fetch/retry.ts): a 503 or a dropped
 * connection at 07:00 must not lose the morning briefing. Against a loopback server that fails a
 * given number of times, then answers 202.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook, type WebhookOptions } from '../src/deliver/index.js';
import { VeilleError } from '../src/errors.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The hook's n-th request (0-based) is answered `plan[n]`, or cut (`drop`); then 202. */
async function hook(plan: (number | 'drop')[], headers: Record<string, string> = {}) {
  let n = 0;
  server = await startServer({
    '/hooks/SECRET': (req, res) => {
      const step = plan[n++] ?? 202;
      if (step === 'drop') return void req.socket.destroy();
      send(res, step, '', step >= 300 ? headers : {});
    },
  });
  return server;
}

const options = (s: TestServer, extra: Partial<WebhookOptions> = {}): WebhookOptions => ({
  url: `${s.url}/hooks/SECRET?token=abc`,
  retryBaseMs: 5,
  ...extra,
});

async function failure(s: TestServer, extra: Partial<WebhookOptions> = {}): Promise<VeilleError> {
  const err: unknown = await postWebhook({ title: 't' }, options(s, extra)).then(
    () => new Error('expected the webhook to fail'),
    (e: unknown) => e,
  );
  if (!(err instanceof VeilleError)) throw err;
  expect(err.input).toBe(`${s.url}/…`);
  expect(err.message).not.toMatch(/SECRET|abc|\n/);
  return err;
}

describe('postWebhook: retries', () => {
  const plans: (number | 'drop')[][] = [
    [503, 503],
    [500, 429, 502],
    ['drop', 'drop'],
    [504, 'drop', 503],
  ];
  it.each(plans.map((plan) => [plan]))(
    'delivers after failures %j, once each attempt',
    async (plan) => {
      const s = await hook(plan);
      await postWebhook({ title: 't' }, options(s));
      expect(s.requests).toHaveLength(plan.length + 1);
      expect(s.requests.every((r) => r.method === 'POST')).toBe(true);
    },
  );

  it('gives up after 3 retries, counting the attempts, naming only the origin', async () => {
    const s = await hook([503, 503, 503, 503, 503]);
    const err = await failure(s);
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.message).toBe('the webhook answered HTTP 503 (gave up after 4 attempts)');
    expect(s.requests).toHaveLength(4);
  });

  it('gives up on a connection dropped every time as UNREACHABLE', async () => {
    const s = await hook(['drop', 'drop', 'drop']);
    const err = await failure(s, { retries: 2 });
    expect(err.code).toBe('UNREACHABLE');
    expect(err.message).toBe('the webhook could not be reached (gave up after 3 attempts)');
    expect(s.requests).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 410, 422])('does not retry a %i', async (status) => {
    const s = await hook([status]);
    const err = await failure(s);
    expect(err.message).toBe(`the webhook answered HTTP ${status}`);
    expect(s.requests).toHaveLength(1);
  });

  it.each([301, 302, 303])('does not follow or retry a %i', async (status) => {
    const s = await hook([status], { Location: '/elsewhere' });
    const err = await failure(s);
    expect(err.message).toBe(
      `the webhook answered HTTP ${status}, a redirect not followed for a POST`,
    );
    expect(s.requests.map((r) => r.path)).toEqual(['/hooks/SECRET?token=abc']);
  });
});
