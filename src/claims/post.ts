/**
 * Posting claim records to a tracker endpoint: JSON batches `{"claims": [ClaimRecord…]}` by POST.
 * Each batch carries an `Idempotency-Key` header (a hash of its claim ids, so a retried batch has
 * the same key) and every record carries its own stable `id`, so the tracker can drop repeats.
 * 429, 5xx, timeouts and network errors are retried with exponential backoff (Retry-After
 * honoured); a batch is marked posted in the store only once the endpoint answered 2xx. The first
 * batch that still fails stops the run: nothing is lost, the next run sends what is unposted.
 */
import { createHash } from 'node:crypto';
import { VeilleError, type ErrorCode } from '../errors.js';
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

interface Attempt {
  /** null when accepted. */
  error: VeilleError | null;
  retryable: boolean;
  retryAfterMs: number | null;
}

async function sendBatch(
  batch: ClaimRecord[],
  options: PostClaimsOptions,
  result: PostResult,
): Promise<VeilleError | null> {
  const retries = options.retries ?? 3;
  const key = idempotencyKey(batch.map((r) => r.id));
  const body = JSON.stringify({ claims: batch });
  for (let attempt = 0; ; attempt++) {
    result.attempts++;
    const outcome = await attemptPost(body, key, options);
    if (outcome.error === null || !outcome.retryable || attempt >= retries) return outcome.error;
    const backoff = (options.retryBaseMs ?? 500) * 2 ** attempt;
    await sleep(Math.min(outcome.retryAfterMs ?? backoff, options.maxDelayMs ?? 30_000));
  }
}

async function attemptPost(
  body: string,
  key: string,
  options: PostClaimsOptions,
): Promise<Attempt> {
  const doFetch = options.fetch ?? globalThis.fetch;
  try {
    const res = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': key,
        ...options.headers,
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) return { error: null, retryable: false, retryAfterMs: null };
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
    const message = `tracker ${options.url} answered HTTP ${res.status}`;
    return {
      error: postError('HTTP_STATUS', message, options.url),
      retryable,
      retryAfterMs: retryAfter(res.headers.get('retry-after')),
    };
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    const code: ErrorCode = timedOut ? 'TIMEOUT' : 'UNREACHABLE';
    const why = timedOut ? 'timed out' : describe(err);
    return {
      error: postError(code, `tracker ${options.url}: ${why}`, options.url, err),
      retryable: true,
      retryAfterMs: null,
    };
  }
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

/** Retry-After in seconds or as an HTTP date → milliseconds; null when absent or unreadable. */
function retryAfter(value: string | null): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
