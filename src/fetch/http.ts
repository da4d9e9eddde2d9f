import type { FetchedDocument } from '../types.js';

/** Options of one HTTP fetch; defaults in brackets. */
export interface HttpOptions {
  /** Per-request timeout in ms [20000]. */
  timeoutMs?: number;
  /** Redirects followed before TOO_MANY_REDIRECTS [5]. */
  maxRedirects?: number;
  /** Byte cap on the body [5 MiB]. */
  maxBytes?: number;
  /** Retries on 429/5xx/network errors [3]. */
  retries?: number;
  /** Injected fetch (tests, proxies) [globalThis.fetch]. */
  fetch?: typeof fetch;
}

/** Fetches one http(s) URL into raw bytes. Throws VeilleError (stage `fetch`, input = url). */
export async function fetchUrl(_url: string, _options: HttpOptions = {}): Promise<FetchedDocument> {
  throw new Error('not implemented');
}
