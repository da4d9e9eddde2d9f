/**
 * What an HTTP Content-Type means for us: an article page, plain text, a feed or other XML to
 * look inside, or something we refuse (PDF, images, video…).
 */

/** How an accepted body is handled: `xml` and `feed` are sniffed for a feed root later. */
export type BodyClass = 'html' | 'text' | 'feed' | 'xml';

/** Media types we accept, by what they become. Anything else is UNSUPPORTED_TYPE. */
const ACCEPTED_MEDIA_TYPES: Record<string, BodyClass> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'xml',
  'application/xml': 'xml',
  'text/xml': 'xml',
};

/** Media types that are feeds whatever their body looks like. */
export const FEED_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
]);

/** The `Accept` header: pages first, then feeds, then anything (refused later, but named). */
export const ACCEPT_HEADER =
  'text/html,application/xhtml+xml,text/plain;q=0.9,' +
  'application/rss+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/xml;q=0.7,' +
  '*/*;q=0.5';

/** The lower-cased media type of a Content-Type header (`text/html`), or null when absent. */
export function mediaTypeOf(contentType: string | null): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** The class of an accepted media type; null for a missing type, `unsupported` for others. */
export function classifyMediaType(mediaType: string | null): BodyClass | 'unsupported' | null {
  if (mediaType === null) return null;
  return ACCEPTED_MEDIA_TYPES[mediaType] ?? 'unsupported';
}
