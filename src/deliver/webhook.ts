/**
 * The briefing posted to a webhook as JSON: `{title, since, until, stories, articles, markdown,
 * html, briefing}`. Success is a 2xx answer to the POST itself. As for `claims --post`
 * (claims/post.ts): a 307/308 is followed with the same body (at most 5 hops, http(s) only);
 * 301/302/303 would turn the POST into a bodiless GET, so they are errors, never a success.
 * Webhook URLs often hold their secret in the path or query, so messages show only the origin.
 */
import { VeilleError, type ErrorCode } from '../errors.js';

export interface WebhookOptions {
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

/** POSTs `payload`; throws HTTP_STATUS, TOO_MANY_REDIRECTS, TIMEOUT or UNREACHABLE. */
export async function postWebhook(payload: unknown, options: WebhookOptions): Promise<void> {
  checkWebhookUrl(options.url);
  const body = JSON.stringify(payload);
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
      throw fail(
        code,
        timedOut ? 'the webhook timed out' : 'the webhook could not be reached',
        options.url,
        err,
      );
    }
    if (res.ok) return;
    const location = res.headers.get('location');
    const next =
      location === null || res.status < 300 || res.status > 399 ? null : safeUrl(location, target);
    if (next === null || !SAME_METHOD_REDIRECTS.has(res.status)) {
      const how = next === null ? '' : ', a redirect not followed for a POST';
      throw fail('HTTP_STATUS', `the webhook answered HTTP ${res.status}${how}`, options.url);
    }
    if (hop >= MAX_REDIRECTS) {
      throw fail(
        'TOO_MANY_REDIRECTS',
        `the webhook redirected more than ${MAX_REDIRECTS} times`,
        options.url,
      );
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
