/**
 * The briefing posted to a webhook as JSON: `{title, since, until, stories, articles, markdown,
 * html, briefing}`. Success is a 2xx answer to the POST itself. As for `claims --post`
 * (claims/post.ts): a 307/308 is followed with the same body (at most 5 hops, http(s) only);
 * 301/302/303 would turn the POST into a bodiless GET, so they are errors, never a success.
 * Also as for `claims --post`: 429, 408, 5xx, timeouts and dropped connections are retried with
 * exponential backoff (Retry-After honoured), so a webhook restarting at 07:00 does not lose the
 * morning briefing; other 4xx are not. Webhook URLs often hold their secret in the path or
 * query, so messages show only the origin.
 */
import { VeilleError, type ErrorCode } from '../errors.js';
import { answerRetry, retrying, type Attempt, type RetryPolicy } from '../fetch/retry.js';

/** Where and how to post; retries as for `claims --post` (RetryPolicy: 3, from 500 ms). */
export interface WebhookOptions extends RetryPolicy {
  url: string;
  /** Injected fetch (tests hand in a loopback server's). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Time limit of one request. Default 30000 ms. */
  timeoutMs?: number;
}

const SAME_METHOD_REDIRECTS = new Set([307, 308]);
const MAX_REDIRECTS = 5;

/** `https://hooks.example.org/…`: enough to recognise the endpoint, nothing of its secret. */
export function displayWebhook(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname === '/' && u.search === '' ? u.origin : `${u.origin}/…`;
  } catch {
    return 'the webhook';
  }
}

/** Checks the URL before any work: http(s) only (USAGE otherwise). */
export function checkWebhookUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new VeilleError('USAGE', `--webhook must be an http(s) URL`, { stage: 'config' });
  }
}

function fail(code: ErrorCode, message: string, url: string, cause?: unknown): VeilleError {
  return new VeilleError(code, message, { stage: 'render', input: displayWebhook(url), cause });
}

/** POSTs `payload`, retrying; throws HTTP_STATUS, TOO_MANY_REDIRECTS, TIMEOUT or UNREACHABLE. */
export async function postWebhook(payload: unknown, options: WebhookOptions): Promise<void> {
  checkWebhookUrl(options.url);
  const body = JSON.stringify(payload);
  const { error, attempts } = await retrying(() => attemptPost(body, options), options);
  if (error === null) return;
  if (attempts === 1) throw error;
  const message = `${error.message} (gave up after ${attempts} attempts)`;
  throw fail(error.code, message, options.url, error.cause);
}

/** One POST, following 307/308 only; its error (null: a 2xx) and whether to try again. */
async function attemptPost(body: string, options: WebhookOptions): Promise<Attempt<VeilleError>> {
  const doFetch = options.fetch ?? globalThis.fetch;
  let target = options.url;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await doFetch(target, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      await res.arrayBuffer().catch(() => undefined);
    } catch (err) {
      const timedOut = err instanceof Error && err.name === 'TimeoutError';
      const code = timedOut ? 'TIMEOUT' : 'UNREACHABLE';
      const why = timedOut ? 'the webhook timed out' : 'the webhook could not be reached';
      return { error: fail(code, why, options.url, err), retryable: true, retryAfterMs: null };
    }
    if (res.ok) return { error: null, retryable: false, retryAfterMs: null };
    const location = res.headers.get('location');
    const next =
      location === null || res.status < 300 || res.status > 399 ? null : safeUrl(location, target);
    if (next === null || !SAME_METHOD_REDIRECTS.has(res.status)) {
      const how = next === null ? '' : ', a redirect not followed for a POST';
      const why = `the webhook answered HTTP ${res.status}${how}`;
      return { error: fail('HTTP_STATUS', why, options.url), ...answerRetry(res) };
    }
    if (hop >= MAX_REDIRECTS) {
      const why = `the webhook redirected more than ${MAX_REDIRECTS} times`;
      return {
        error: fail('TOO_MANY_REDIRECTS', why, options.url),
        retryable: false,
        retryAfterMs: null,
      };
    }
    target = next;
  }
}

/** The redirect target when it is http(s), else null. */
function safeUrl(location: string, base: string): string | null {
  try {
    const u = new URL(location, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
