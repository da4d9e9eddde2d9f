/**
 * Posting claim records to a tracker endpoint: JSON batches `{"claims": [ClaimRecord…]}` by POST.
 * Each batch carries an `Idempotency-Key` header (a hash of its claim ids, so a retried batch has
 * the same key) and every record carries its own stable `id`, so the tracker can drop repeats.
 * 429, 5xx, timeouts and network errors are retried with exponential backoff (Retry-After
 * honoured); a batch is marked posted in the store only once the endpoint answered 2xx to the POST
 * itself (a 307/308 is followed with the same body; any other redirect is an error). The first
 * batch that still fails stops the run: nothing is lost, the next run sends what is unposted.
 */
import { createHash } from 'node:crypto';
import { VeilleError, type ErrorCode } from '../errors.js';
import { USER_AGENT } from '../fetch/http.js';
import { answerRetry, retrying, type Attempt } from '../fetch/retry.js';
import type { Store } from '../store/index.js';
import type { ClaimRecord } from './records.js';

export interface PostClaimsOptions {
  /** Tracker endpoint, http(s). Also the endpoint name under which posts are recorded. */
  url: string;
  /** Records per request. Default 50. */
  batchSize?: number;
  /** Injected fetch (tests hand in a loopback server's). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Retries of a batch after its first attempt. Default 3. */
  retries?: number;
  /** First backoff in milliseconds, doubled on each retry. Default 500. */
  retryBaseMs?: number;
  /** Longest wait between attempts, Retry-After included. Default 30000. */
  maxDelayMs?: number;
  /** Time limit of one request. Default 30000 ms. */
  timeoutMs?: number;
  /** Extra request headers (e.g. Authorization). Default none. */
  headers?: Record<string, string>;
  /** Where posted claims are marked (`markPosted(ids, url)`). Default: nowhere. */
  store?: Pick<Store, 'markPosted'>;
}

export interface PostResult {
  /** Ids the endpoint accepted, in order. */
  posted: string[];
  /** Ids not sent or not accepted; the next run sends them again. */
  remaining: string[];
  /** Why the run stopped early; null when every batch was accepted. */
  error: VeilleError | null;
  /** HTTP attempts made, retries included. */
  attempts: number;
}

/** Same ids → same key, whatever their order. */
export function idempotencyKey(ids: string[]): string {
  return createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex')
    .slice(0, 40);
}

/** Sends `records` in batches; never throws for HTTP or network failures (see `error`). */
export async function postClaims(
  records: ClaimRecord[],
  options: PostClaimsOptions,
): Promise<PostResult> {
  if (!/^https?:\/\//i.test(options.url)) {
    throw new VeilleError('USAGE', `tracker endpoint must be an http(s) URL: ${options.url}`, {
      stage: 'store',
    });
  }
  const size = Math.max(1, options.batchSize ?? 50);
  const result: PostResult = { posted: [], remaining: [], error: null, attempts: 0 };
  for (let i = 0; i < records.length; i += size) {
    const batch = records.slice(i, i + size);
    const ids = batch.map((r) => r.id);
    if (result.error === null) {
      result.error = await sendBatch(batch, options, result);
      if (result.error === null) {
        options.store?.markPosted(ids, options.url);
        result.posted.push(...ids);
        continue;
      }
    }
    result.remaining.push(...ids);
  }
  return result;
}

async function sendBatch(
  batch: ClaimRecord[],
  options: PostClaimsOptions,
  result: PostResult,
): Promise<VeilleError | null> {
  const key = idempotencyKey(batch.map((r) => r.id));
  const body = JSON.stringify({ claims: batch });
  const { error, attempts } = await retrying(() => attemptPost(body, key, options), options);
  result.attempts += attempts;
  return error;
}

/**
 * Redirects of a POST: 307 and 308 promise the same method and body at the new address, so they
 * are followed (at most MAX_REDIRECTS hops, http(s) only). 301/302/303 let a client switch to a
 * bodiless GET, which the tracker would answer 200 without having received any claim: they are
 * errors naming the new address, never a success.
 */
const SAME_METHOD_REDIRECTS = new Set([307, 308]);
const MAX_REDIRECTS = 5;
/** Credentials meant for the tracker, not for another origin it redirects to (as fetch does). */
const ORIGIN_BOUND_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

async function attemptPost(
  body: string,
  key: string,
  options: PostClaimsOptions,
): Promise<Attempt<VeilleError>> {
  let target = options.url;
  let headers: Record<string, string> = {
    'User-Agent': USER_AGENT,
    'Content-Type': 'application/json',
    'Idempotency-Key': key,
    ...options.headers,
  };
  try {
    for (let hop = 0; ; hop++) {
      const res = await postOnce(target, body, headers, options);
      if (res.ok) return { error: null, retryable: false, retryAfterMs: null };
      const location = redirectTarget(res, target);
      if (location === null) return statusFailure(res, options.url);
      if (!SAME_METHOD_REDIRECTS.has(res.status) || !/^https?:$/.test(location.protocol)) {
        return refusedRedirect(res.status, location.href, options.url);
      }
      if (hop >= MAX_REDIRECTS) return tooManyRedirects(location.href, options.url);
      if (location.origin !== new URL(target).origin) {
        headers = withoutCredentials(headers, Object.keys(options.headers ?? {}));
      }
      target = location.href;
    }
  } catch (err) {
    return networkFailure(err, options.url);
  }
}

function networkFailure(err: unknown, url: string): Attempt<VeilleError> {
  const timedOut = err instanceof Error && err.name === 'TimeoutError';
  const code: ErrorCode = timedOut ? 'TIMEOUT' : 'UNREACHABLE';
  const why = timedOut ? 'timed out' : describe(err);
  return {
    error: postError(code, `tracker ${url}: ${why}`, url, err),
    retryable: true,
    retryAfterMs: null,
  };
}

function tooManyRedirects(last: string, url: string): Attempt<VeilleError> {
  const message = `tracker ${url}: more than ${MAX_REDIRECTS} redirects (last to ${last})`;
  return {
    error: postError('TOO_MANY_REDIRECTS', message, url),
    retryable: false,
    retryAfterMs: null,
  };
}

/** One POST, redirects not followed: only the answer to this very request counts. */
async function postOnce(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostClaimsOptions,
): Promise<Response> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const res = await doFetch(url, {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  await res.arrayBuffer().catch(() => undefined);
  return res;
}

/** The Location of a 3xx answer, resolved against the request URL; null for anything else. */
function redirectTarget(res: Response, requested: string): URL | null {
  if (res.status < 300 || res.status > 399) return null;
  const location = res.headers.get('location');
  if (location === null) return null;
  try {
    return new URL(location, requested);
  } catch {
    return null;
  }
}

function statusFailure(res: Response, url: string): Attempt<VeilleError> {
  return {
    error: postError('HTTP_STATUS', `tracker ${url} answered HTTP ${res.status}`, url),
    ...answerRetry(res),
  };
}

function refusedRedirect(status: number, location: string, url: string): Attempt<VeilleError> {
  const message = `tracker ${url} answered HTTP ${status}, redirecting to ${location}: not followed for a POST; use that address with --post if it is the tracker's`;
  return { error: postError('HTTP_STATUS', message, url), retryable: false, retryAfterMs: null };
}

/** Without the credentials, nor any header the user configured (an `X-Api-Key` is one too). */
function withoutCredentials(
  headers: Record<string, string>,
  configured: string[],
): Record<string, string> {
  const dropped = new Set([...ORIGIN_BOUND_HEADERS, ...configured.map((n) => n.toLowerCase())]);
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !dropped.has(name.toLowerCase())),
  );
}

function postError(code: ErrorCode, message: string, url: string, cause?: unknown): VeilleError {
  return new VeilleError(code, message, { stage: 'store', input: url, cause });
}

/** fetch's "fetch failed" hides the reason in `cause` (ECONNRESET, ECONNREFUSED…). */
function describe(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return `network error (${cause.code})`;
  return err instanceof Error ? err.message : String(err);
}
