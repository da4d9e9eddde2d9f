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

/**
 * Most article links read from one feed, by `extract`/`summarize` and by `veille run`. News
 * feeds list 10 to a few hundred items; a feed of tens of thousands (hostile, or a site map
 * served as a feed) fits under the byte cap yet queued every link at once and fetched for
 * hours. The links past this are not read, and the feed gets one TOO_LARGE line saying so.
 */
export const MAX_FEED_LINKS = 1000;
