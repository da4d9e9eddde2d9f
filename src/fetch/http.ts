import type { LookupFunction } from 'node:net';
import { VeilleError, type ErrorCode } from '../errors.js';
import type { FetchedDocument, HttpValidators } from '../types.js';
import { checkContentLength, discardBody, readCappedBody } from './body.js';
import { crossesNetworks } from './address.js';
import { connectOptions, reachFrom, unsafeAddress, type Reach } from './connect-guard.js';
import { ACCEPT_HEADER, classifyMediaType, mediaTypeOf } from './content-type.js';
import { charsetOf } from './decode.js';
import { networkFailure } from './network.js';
import {
  MAX_RETRY_WAIT_MS,
  isRetryableStatus,
  maxWaitMs,
  parseRetryAfter,
  retryDelay,
  sleep,
} from './retry.js';
import { binaryReason, looksLikeFeed, sniffKind } from './sniff.js';

/** Sent on every request so site owners can tell who is reading. */
export const USER_AGENT = 'veille/0.1 (+press monitoring)';

/** French first: many sites serve a translated or geo-picked edition otherwise. */
export const ACCEPT_LANGUAGE = 'fr,fr-FR;q=0.9,en;q=0.5';

/** Options of one HTTP fetch; defaults in brackets. */
export interface HttpOptions {
  /** Per-attempt timeout in ms, body included [20000]. */
  timeoutMs?: number;
  /** Redirects followed before TOO_MANY_REDIRECTS [5]. */
  maxRedirects?: number;
  /** Byte cap on the body; also applies to local files and stdin [5 MiB]. */
  maxBytes?: number;
  /** Retries on 429/5xx/network errors [3]. */
  retries?: number;
  /** First backoff delay in ms, doubled each retry, with jitter; tests set it low [500]. */
  retryBaseMs?: number;
  /**
   * Longest wait before a retry in ms, never above MAX_RETRY_WAIT_MS; a `Retry-After` asking for
   * more fails at once with HTTP_STATUS [60000].
   */
  maxRetryWaitMs?: number;
  /** User-Agent header [`veille/0.1 (+press monitoring)`]. */
  userAgent?: string;
  /** Cancels the fetch and any pending retry wait [none]. */
  signal?: AbortSignal;
  /** Injected fetch (tests, proxies) [globalThis.fetch]. */
  fetch?: typeof fetch;
  /**
   * For a link found in remote content: that content's URL (null: unknown, as stdin). The
   * request then connects only to public addresses or into that URL's network, whatever the
   * link's host resolves to (connect-guard.ts). Absent: a URL the user named [absent].
   */
  foundIn?: URL | null;
  /** Resolves host names when connecting; tests map names to 127.0.0.1 [dns.lookup]. */
  lookup?: LookupFunction;
}

/** Defaults of HttpOptions. */
export const HTTP_DEFAULTS = {
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  retries: 3,
  retryBaseMs: 500,
  maxRetryWaitMs: MAX_RETRY_WAIT_MS,
} as const;

/** Statuses that carry a `Location` to follow; 303 means "GET this instead", which we do anyway. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Statuses meaning the article is gone for good. */
const GONE_STATUSES: ReadonlySet<number> = new Set([404, 410]);

interface Settings extends Required<Omit<HttpOptions, 'signal' | 'foundIn' | 'lookup'>> {
  signal: AbortSignal | undefined;
  lookup: LookupFunction | undefined;
  /** The URL as the user named it, carried by every error. */
  input: string;
  /** Sent as If-None-Match / If-Modified-Since; a 304 then means "unchanged". */
  validators: HttpValidators | null;
}

type Outcome =
  | { type: 'redirect'; location: URL }
  | { type: 'retry'; error: VeilleError; retryAfterMs: number | null }
  | { type: 'done'; doc: FetchedDocument }
  | { type: 'unchanged' };

/** Fetches one http(s) URL into raw bytes. Throws VeilleError (stage `fetch`, input = url). */
export async function fetchUrl(url: string, options: HttpOptions = {}): Promise<FetchedDocument> {
  const doc = await fetchHops(url, options, null);
  if (doc === null) throw new Error('unreachable: no validators were sent'); // see fetchHops
  return doc;
}

/**
 * A conditional GET: `validators` (of the last full answer) are sent back, and null is returned
 * when the server answers 304 Not Modified, so an unchanged feed costs one empty answer.
 * Without validators it is `fetchUrl`. Every document keeps its own `validators`.
 */
export async function fetchIfChanged(
  url: string,
  validators: HttpValidators | null,
  options: HttpOptions = {},
): Promise<FetchedDocument | null> {
  return fetchHops(url, options, validators);
}

/** Follows redirects; null only for a 304 answering `validators`. */
async function fetchHops(
  url: string,
  options: HttpOptions,
  validators: HttpValidators | null,
): Promise<FetchedDocument | null> {
  const settings: Settings = {
    ...HTTP_DEFAULTS,
    userAgent: USER_AGENT,
    fetch: globalThis.fetch,
    ...options,
    signal: options.signal,
    lookup: options.lookup,
    input: url,
    validators,
  };
  let current = parseHttpUrl(url, settings);
  let reach: Reach = options.foundIn === undefined ? 'any' : reachFrom(options.foundIn);
  const visited = new Set([current.href]);
  for (let redirects = 0; ; redirects++) {
    const outcome = await fetchWithRetries(
      { url: current, reach, redirected: redirects > 0 },
      settings,
    );
    if (outcome.type === 'done') return outcome.doc;
    if (outcome.type === 'unchanged') return null;
    if (visited.has(outcome.location.href)) {
      throw fail('TOO_MANY_REDIRECTS', `redirect loop back to ${outcome.location.href}`, settings);
    }
    if (redirects >= settings.maxRedirects) {
      throw fail('TOO_MANY_REDIRECTS', `more than ${settings.maxRedirects} redirects`, settings);
    }
    visited.add(outcome.location.href);
    // A redirect is content from `current`, except within one host (a server moving /a to /a/).
    if (outcome.location.hostname !== current.hostname) reach = reachFrom(current);
    current = outcome.location;
  }
}

function fail(code: ErrorCode, message: string, settings: Settings, cause?: unknown): VeilleError {
  return new VeilleError(code, message, { stage: 'fetch', input: settings.input, cause });
}

/**
 * Parses an http(s) URL (a redirect's `Location` when `base` is set), refusing other schemes
 * and embedded credentials.
 */
function parseHttpUrl(raw: string, settings: Settings, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw fail('USAGE', `not a valid URL: ${raw}`, settings);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // A redirect is remote content: following it to file: would read a local file for the server.
    if (base !== undefined)
      throw fail('UNSAFE_LINK', `refused redirect to ${raw}: only http(s) is followed`, settings);
    throw fail('USAGE', `unsupported URL scheme ${url.protocol}`, settings);
  }
  if (url.username || url.password) {
    throw fail('USAGE', 'URLs with a user name or password are not supported', settings);
  }
  const crossing = base === undefined ? null : crossesNetworks(base, url);
  if (crossing !== null) throw fail('UNSAFE_LINK', `refused redirect: ${crossing}`, settings);
  return url;
}

/** One request of a redirect chain, and where it may connect. */
interface Hop {
  url: URL;
  reach: Reach;
  redirected: boolean;
}

/** One hop (no redirect following), retried with backoff on 429, 5xx and network errors. */
async function fetchWithRetries(
  hop: Hop,
  settings: Settings,
): Promise<Exclude<Outcome, { type: 'retry' }>> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce(hop, settings);
    if (outcome.type !== 'retry') return outcome;
    if (attempt >= settings.retries) {
      const tries = attempt + 1;
      const suffix = tries > 1 ? ` (gave up after ${tries} attempts)` : '';
      throw fail(outcome.error.code, outcome.error.message + suffix, settings, outcome.error.cause);
    }
    const backoff = { baseMs: settings.retryBaseMs, maxMs: settings.maxRetryWaitMs };
    await sleep(retryDelay(attempt, outcome.retryAfterMs, backoff), settings.signal);
  }
}

/** One request with its own timeout; network failures become a retry outcome or an error. */
async function attemptOnce({ url, reach, redirected }: Hop, settings: Settings): Promise<Outcome> {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = settings.signal ? AbortSignal.any([settings.signal, timeout]) : timeout;
  const connect = await connectOptions(reach, settings.lookup);
  try {
    const response = await settings.fetch(url, {
      redirect: 'manual',
      signal,
      ...connect,
      headers: {
        'User-Agent': settings.userAgent,
        Accept: ACCEPT_HEADER,
        'Accept-Language': ACCEPT_LANGUAGE,
        ...conditionalHeaders(settings.validators),
      },
    });
    return await handleResponse(response, url, settings);
  } catch (err) {
    if (err instanceof VeilleError) throw err;
    const refused = unsafeAddress(err);
    if (refused !== null) {
      const what = redirected ? `refused redirect to ${url.href}` : 'link refused';
      throw fail('UNSAFE_LINK', `${what}: ${refused}`, settings, err);
    }
    if (timeout.aborted) {
      const seconds = settings.timeoutMs / 1000;
      throw fail('TIMEOUT', `no complete answer from ${url.host} within ${seconds} s`, settings);
    }
    if (settings.signal?.aborted) throw fail('INTERNAL', 'request cancelled', settings, err);
    const { error, retry } = networkFailure(err, url, settings.input);
    if (!retry) throw error;
    return { type: 'retry', error, retryAfterMs: null };
  }
}

/** If-None-Match / If-Modified-Since for the validators we have; none without. */
function conditionalHeaders(validators: HttpValidators | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

function describeStatus(response: Response): string {
  const text = response.statusText ? ` ${response.statusText}` : '';
  return `server answered ${response.status}${text}`;
}

/** Maps a status to an outcome; only a 2xx body is read. */
async function handleResponse(response: Response, url: URL, settings: Settings): Promise<Outcome> {
  const status = response.status;
  if (status >= 200 && status < 300)
    return { type: 'done', doc: await readDocument(response, url, settings) };
  await discardBody(response);
  // Only an answer to our validators: a 304 to a plain GET stays an error status.
  if (status === 304 && settings.validators !== null) return { type: 'unchanged' };
  if (REDIRECT_STATUSES.has(status)) {
    const location = response.headers.get('location');
    if (!location) throw fail('HTTP_STATUS', `${status} redirect without a Location`, settings);
    return { type: 'redirect', location: parseHttpUrl(location, settings, url) };
  }
  if (isRetryableStatus(status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const cap = maxWaitMs({ maxMs: settings.maxRetryWaitMs });
    if (retryAfterMs !== null && retryAfterMs > cap) {
      const asked = `asks to retry after ${Math.ceil(retryAfterMs / 1000)} s`;
      const why = `${describeStatus(response)} for ${url.href} and ${asked}, longer than the ${cap / 1000} s cap`;
      throw fail('HTTP_STATUS', why, settings);
    }
    return {
      type: 'retry',
      error: fail('HTTP_STATUS', describeStatus(response), settings),
      retryAfterMs,
    };
  }
  if (GONE_STATUSES.has(status)) throw fail('GONE', describeStatus(response), settings);
  throw fail('HTTP_STATUS', describeStatus(response), settings);
}

/** Checks the type and size, then reads the body into a FetchedDocument. */
async function readDocument(
  response: Response,
  url: URL,
  settings: Settings,
): Promise<FetchedDocument> {
  const contentType = response.headers.get('content-type');
  const mediaType = mediaTypeOf(contentType);
  const bodyClass = classifyMediaType(mediaType);
  try {
    if (bodyClass === 'unsupported') {
      throw fail(
        'UNSUPPORTED_TYPE',
        `content type ${mediaType} is not HTML, text or a feed`,
        settings,
      );
    }
    checkContentLength(response, settings.maxBytes, settings.input);
  } catch (err) {
    await discardBody(response);
    throw err;
  }
  const body = await readCappedBody(response, settings.maxBytes, settings.input);
  refuseBinary(body, contentType, settings);
  const kind = bodyClass === null ? sniffUntyped(body) : bodyClass === 'text' ? 'text' : 'html';
  const validators = {
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
  return { source: settings.input, url: url.href, kind, body, contentType, validators };
}

/**
 * Refuses binary bytes whatever the Content-Type says: PDFs and images served as `text/html`
 * would otherwise be "extracted" into control-character soup.
 */
function refuseBinary(body: Buffer, contentType: string | null, settings: Settings): void {
  const utf16 = /^utf-?16/i.test(charsetOf(contentType) ?? '');
  const reason = binaryReason(body, { utf16 });
  if (reason === null) return;
  const served =
    contentType === null ? '(no Content-Type)' : `served as ${mediaTypeOf(contentType)}`;
  throw fail('UNSUPPORTED_TYPE', `binary content ${served}: ${reason}`, settings);
}

/** Without a Content-Type, and not binary: tells HTML (and feeds) from text. */
function sniffUntyped(body: Buffer): 'html' | 'text' {
  return looksLikeFeed(body) ? 'html' : sniffKind(body);
}
