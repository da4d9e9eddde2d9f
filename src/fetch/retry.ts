/**
 * When and how long to wait before trying a request again: exponential backoff with jitter,
 * overridden by the server's `Retry-After` when it sends one.
 */
import { MAX_RETRY_WAIT_MS } from '../limits.js';

/** 4xx statuses worth retrying: they say "later", not "never". Every 5xx is retried too. */
const RETRYABLE_4XX: ReadonlySet<number> = new Set([
  408, // request timeout: the server gave up waiting on us
  425, // too early
  429, // too many requests
]);

/** 5xx statuses that will not change on a retry. */
const PERMANENT_5XX: ReadonlySet<number> = new Set([
  501, // not implemented
  505, // HTTP version not supported
]);

/** Longest wait before retrying a page fetch (src/limits.ts). */
export { MAX_RETRY_WAIT_MS } from '../limits.js';

/** Delay settings; defaults in brackets. */
export interface BackoffOptions {
  /** First backoff delay; doubles each retry [500 ms]. */
  baseMs: number;
  /** Longest wait, backoff and `Retry-After` alike; never above MAX_RETRY_WAIT_MS [60 000 ms]. */
  maxMs: number;
  /** Random source in [0, 1) for jitter [Math.random]. */
  random?: () => number;
}

/** True for a status worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  if (status >= 500 && status <= 599) return !PERMANENT_5XX.has(status);
  return RETRYABLE_4XX.has(status);
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), or null when the
 * header is missing or unreadable. A date in the past means "now".
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** The longest wait allowed by `options`: its `maxMs`, within MAX_RETRY_WAIT_MS. */
export function maxWaitMs(options: Pick<BackoffOptions, 'maxMs'>): number {
  return Math.min(options.maxMs, MAX_RETRY_WAIT_MS);
}

/**
 * Delay before retry number `attempt` (0-based): `baseMs · 2^attempt`, scaled by a jitter in
 * [0.5, 1.5) so many clients do not retry in lockstep, capped at `maxWaitMs`. `Retry-After`
 * wins; callers check first that it is within the cap (a longer wait is not retried at all).
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | null,
  options: BackoffOptions,
): number {
  const cap = maxWaitMs(options);
  if (retryAfterMs !== null) return Math.min(retryAfterMs, cap);
  const jitter = 0.5 + (options.random ?? Math.random)();
  return Math.min(Math.round(options.baseMs * 2 ** attempt * jitter), cap);
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One try of a request: its error (null: it succeeded), whether trying again may help. */
export interface Attempt<E> {
  error: E | null;
  retryable: boolean;
  /** The wait the server's `Retry-After` asked for; null for none. */
  retryAfterMs: number | null;
}

/** Retries of a POST to an endpoint the user named (`claims --post`, `brief --webhook`). */
export interface RetryPolicy {
  /** Retries after the first attempt [3]. */
  retries?: number;
  /** First backoff in milliseconds, doubled on each retry, with jitter [500]. */
  retryBaseMs?: number;
  /** Longest wait between attempts, Retry-After included [30000]. */
  maxDelayMs?: number;
}

/** 4xx answers a POST is tried again on, as on every 5xx: they say "later" (or time out). */
const POST_RETRYABLE_4XX: ReadonlySet<number> = new Set([408, 429]);

/** Whether a POST answered with this error status is worth another attempt, and how soon. */
export function answerRetry(response: Response): Omit<Attempt<never>, 'error'> {
  return {
    retryable: response.status >= 500 || POST_RETRYABLE_4XX.has(response.status),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  };
}

/**
 * Makes `attempt` until it succeeds, fails for good, or `retries` retries are spent, waiting
 * between attempts as `retryDelay` says. Returns the last attempt's error and how many were made.
 */
export async function retrying<E>(
  attempt: () => Promise<Attempt<E>>,
  policy: RetryPolicy,
): Promise<{ error: E | null; attempts: number }> {
  const retries = policy.retries ?? 3;
  const backoff = { baseMs: policy.retryBaseMs ?? 500, maxMs: policy.maxDelayMs ?? 30_000 };
  for (let n = 0; ; n++) {
    const outcome = await attempt();
    if (outcome.error === null || !outcome.retryable || n >= retries) {
      return { error: outcome.error, attempts: n + 1 };
    }
    await sleep(retryDelay(n, outcome.retryAfterMs, backoff));
  }
}
