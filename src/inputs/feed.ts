import { XMLParser } from 'fast-xml-parser';
import { VeilleError } from '../errors.js';
import { decodeMarkup } from '../fetch/decode.js';
import type { FetchedDocument } from '../types.js';

export { isFeedDocument } from './feed-detect.js';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, expanded to the links of their items. Parsing is
 * lenient on purpose: real feeds are often slightly broken, and a link we can read is worth more
 * than a strict refusal.
 */

/** Elements that repeat in feeds; forced to arrays so one item and many look the same. */
const ALWAYS_ARRAYS = new Set(['item', 'entry', 'link', 'channel']);

/** Atom `rel` values that point at the article itself (no `rel` means `alternate`). */
const ARTICLE_RELS = new Set(['alternate', '']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true, // `rdf:RDF` → `RDF`, `atom:link` → `link`
  parseTagValue: false, // keep every value a string
  trimValues: true,
  isArray: (name) => ALWAYS_ARRAYS.has(name),
});

type Node = Record<string, unknown>;

function asNodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is Node => typeof v === 'object' && v !== null);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'object' && value !== null) return text((value as Node)['#text']);
  return null;
}

/** An item's article link: Atom rel=alternate, else the first href or text, else the guid. */
function itemLink(item: Node): string | null {
  const links = Array.isArray(item.link) ? (item.link as unknown[]) : [];
  for (const link of asNodes(links)) {
    const rel = typeof link['@_rel'] === 'string' ? link['@_rel'].trim().toLowerCase() : '';
    const href = text(link['@_href']);
    if (href && ARTICLE_RELS.has(rel)) return href;
  }
  for (const link of links) {
    const found = typeof link === 'string' ? text(link) : text((link as Node)['@_href']);
    if (found) return found;
  }
  const guid = item.guid;
  const permalink =
    typeof guid === 'object' && guid !== null ? (guid as Node)['@_isPermaLink'] : undefined;
  if (permalink !== 'false' && text(guid)) return text(guid);
  return text(item['@_about']); // RSS 1.0 names the item by its URL
}

/** The items or entries under a parsed feed's root, or null when the root is not a feed. */
function feedItems(parsed: Node): Node[] | null {
  const rss = asNodes(parsed.rss)[0];
  if (rss) return asNodes(rss.channel).flatMap((channel) => asNodes(channel.item));
  const atom = asNodes(parsed.feed)[0];
  if (atom) return asNodes(atom.entry);
  const rdf = asNodes(parsed.RDF)[0];
  if (rdf) return asNodes(rdf.item);
  return null;
}

/**
 * A locator (`scheme://…`), as opposed to an identifier that only looks like a URL: guids are
 * often `urn:uuid:…` or `tag:…` without isPermaLink="false", and a `mailto:` link names no page.
 * Those are no article link and are skipped; which locators may be loaded is the loader's call.
 */
const LOCATOR = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The link made absolute, or null when it locates nothing; see LOCATOR. */
function resolveLink(link: string, base: string | null): string | null {
  try {
    const href = new URL(link, base ?? undefined).href;
    return LOCATOR.test(href) ? href : null;
  } catch {
    return null; // relative link in a feed read from stdin, or garbage
  }
}

/**
 * The article links of a feed document, absolute (relative links resolved against the feed's
 * URL), without duplicates, in feed order. Throws FEED_INVALID when it cannot be parsed.
 */
export function feedLinks(doc: FetchedDocument): string[] {
  let items: Node[] | null;
  try {
    items = feedItems(parser.parse(decodeMarkup(doc.body, doc.contentType)) as Node);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new VeilleError('FEED_INVALID', `feed could not be parsed: ${reason}`, {
      stage: 'input',
      input: doc.source,
      cause: err,
    });
  }
  if (items === null) {
    throw new VeilleError('FEED_INVALID', 'no <rss>, <feed> or <rdf:RDF> root element', {
      stage: 'input',
      input: doc.source,
    });
  }
  const links = items.map(itemLink).map((link) => (link ? resolveLink(link, doc.url) : null));
  return [...new Set(links.filter((link): link is string => link !== null))];
}
