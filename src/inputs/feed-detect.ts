import { FEED_MEDIA_TYPES, mediaTypeOf } from '../fetch/content-type.js';
import { looksLikeFeed } from '../fetch/sniff.js';
import type { FetchedDocument } from '../types.js';

/**
 * True when a document is a feed: by feed Content-Type, or by its root element. Apart from
 * feed.ts so that asking needs no XML parser: fast-xml-parser loads only for real feeds.
 */
export function isFeedDocument(doc: FetchedDocument): boolean {
  const mediaType = mediaTypeOf(doc.contentType);
  return (mediaType !== null && FEED_MEDIA_TYPES.has(mediaType)) || looksLikeFeed(doc.body);
}
