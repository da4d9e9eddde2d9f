/**
 * Caps shared by every stage, documented in the README's "Security" section. One place, so the
 * page fetcher and the model client cannot drift apart.
 */

/**
 * Longest wait before a retry, page fetch or model call alike, backoff and `Retry-After`
 * included: a server asking for more (429 with `Retry-After: 86400`) fails that input at once
 * instead of stalling the batch.
 */
export const MAX_RETRY_WAIT_MS = 60_000;
