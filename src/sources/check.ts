/**
 * The first half of a `veille run` cycle: every source fetched once, conditionally (its stored
 * ETag/Last-Modified sent back, so an unchanged feed costs one 304), politely (a few requests
 * per host at once), and sorted into what changed: a feed's article links, or a page itself.
 */
import { VeilleError, toVeilleError } from '../errors.js';
import { crossesNetworks } from '../fetch/address.js';
import { fetchIfChanged, type HttpOptions } from '../fetch/http.js';
import { createLimiter } from '../fetch/limiter.js';
import { feedLinks, isFeedDocument } from '../inputs/feed.js';
import { MAX_FEED_LINKS } from '../limits.js';
import type { Source } from '../store/index.js';
import type { FetchedDocument, HttpValidators } from '../types.js';
import { sourceUrl } from './url.js';

/** What one source's fetch found. */
export type CheckResult =
  | { type: 'unchanged' }
  | {
      type: 'feed';
      links: string[];
      refused: VeilleError[];
      validators: HttpValidators | null;
      /** Where the feed came from (after redirects): its links may lead into no other network. */
      from: URL;
    }
  | { type: 'page'; doc: FetchedDocument; validators: HttpValidators | null }
  | { type: 'failed'; error: VeilleError };

export interface Checked {
  source: Source;
  result: CheckResult;
}

export interface CheckOptions {
  http: HttpOptions;
  /** Sources fetched at once in all [8]. */
  global?: number;
  /** Sources of one host fetched at once [2], as for every other fetch of veille. */
  perHost?: number;
}

/** Fetches every source, in parallel within the limits; never throws for one source. */
export async function checkSources(
  sources: readonly Source[],
  options: CheckOptions,
): Promise<Checked[]> {
  const limiter = createLimiter({ global: options.global ?? 8, perKey: options.perHost ?? 2 });
  return Promise.all(
    sources.map(async (source) => ({
      source,
      result: await limiter
        .run(new URL(source.url).host, () => checkSource(source, options.http))
        .catch((err: unknown) => ({
          type: 'failed' as const,
          error: toVeilleError(err, 'fetch', source.url),
        })),
    })),
  );
}

async function checkSource(source: Source, http: HttpOptions): Promise<CheckResult> {
  const doc = await fetchIfChanged(source.url, source.validators, http);
  if (doc === null) return { type: 'unchanged' };
  const validators = doc.validators ?? null;
  if (!isFeedDocument(doc)) return { type: 'page', doc, validators };
  const links: string[] = [];
  const refused: VeilleError[] = [];
  // A fetched feed is remote content: its links may only be web pages of its own network
  // (inputs/links.ts, fetch/address.ts).
  const from = new URL(doc.url ?? source.url);
  const all = feedLinks(doc);
  if (all.length > MAX_FEED_LINKS) {
    const message = `the feed lists ${all.length} links; only the first ${MAX_FEED_LINKS} are read`;
    refused.push(new VeilleError('TOO_LARGE', message, { stage: 'input', input: source.url }));
  }
  for (const link of all.slice(0, MAX_FEED_LINKS)) {
    try {
      const url = sourceUrl(link);
      const crossing = crossesNetworks(from, new URL(url));
      if (crossing !== null)
        throw new VeilleError('UNSAFE_LINK', crossing, { stage: 'input', input: link });
      links.push(url);
    } catch (err) {
      refused.push(toVeilleError(err, 'input', link));
    }
  }
  return { type: 'feed', links: [...new Set(links)], refused, validators, from };
}
