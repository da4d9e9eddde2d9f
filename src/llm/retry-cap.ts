/**
 * The openai SDK (v6, `client.js` `retryRequest`) retries 408/409/429/5xx and sleeps exactly as
 * long as the server asks: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date,
 * with no upper bound. A server answering `Retry-After: 86400` would stall a batch for a day.
 * We cap it without a second retry layer: the SDK's fetch is wrapped, and a response asking for
 * more than the cap gets `x-should-retry: false` (which the SDK obeys, throwing at once) plus a
 * header of ours carrying the wait, so the error can say why it was not retried.
 */
import { MAX_RETRY_WAIT_MS } from '../limits.js';

/** Longest wait veille accepts from a model endpoint's Retry-After (src/limits.ts). */
export { MAX_RETRY_WAIT_MS } from '../limits.js';

/** Set on a capped response; read back from the SDK error's headers by `askedWaitOf`. */
const WAIT_HEADER = 'x-veille-retry-wait-ms';

/** The wait a response asks for, read as the SDK reads it; null when it asks for none. */
export function askedWaitMs(headers: Headers, now: number): number | null {
  const millis = parseFloat(headers.get('retry-after-ms') ?? '');
  // The SDK skips a `retry-after-ms` of 0 (falsy) and falls through to Retry-After.
  if (!Number.isNaN(millis) && millis !== 0) return millis;
  const header = headers.get('retry-after');
  if (header === null || header === '') return null;
  const seconds = parseFloat(header);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : date - now;
}

/** Wraps the SDK's fetch so that no retry waits longer than `maxWaitMs` [MAX_RETRY_WAIT_MS]. */
export function capRetryWaits(
  fetchImpl: typeof fetch,
  maxWaitMs: number = MAX_RETRY_WAIT_MS,
): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    // Only error statuses are retried; a 3xx (e.g. 304) cannot be rebuilt with its body anyway.
    if (response.status < 400) return response;
    const waitMs = askedWaitMs(response.headers, Date.now());
    if (waitMs === null || waitMs <= maxWaitMs) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    headers.set(WAIT_HEADER, String(Math.round(waitMs)));
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}

/** The wait (ms) a capped response asked for, from an SDK error's headers; null when not capped. */
export function askedWaitOf(headers: Headers | undefined): number | null {
  const value = headers?.get(WAIT_HEADER);
  return value === undefined || value === null ? null : Number(value);
}

/** `86400 s`: how a refused wait is shown in error lines. */
export function formatWait(waitMs: number): string {
  return `${Math.round(waitMs / 1000)} s`;
}
