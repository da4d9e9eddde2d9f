/**
 * The one decision on which URLs veille may emit — as a link, a `url` field, a JSON-LD `url`,
 * a CSV cell: http(s) only, read by the WHATWG URL parser (the one browsers use, so `JavaScript:`,
 * ` javascript:` or `java\tscript:` are all seen as what a browser would run). Pages declare
 * canonical URLs and feeds list links: either may say `javascript:`, `data:`, `vbscript:` or
 * `file:`, which a Markdown viewer, a briefing reader or a tracker would then open.
 */

/** Schemes a URL from a page may have to be emitted. */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/**
 * The URL, normalised by the URL parser (spaces and `<>` percent-encoded, so it cannot end an
 * autolink or an attribute), when it is an absolute http(s) URL; else null. Credentials
 * (`user:password@`) are dropped: they are secrets, not part of an address to publish.
 */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // relative, or not a URL at all
  }
  if (!WEB_SCHEMES.has(parsed.protocol) || parsed.hostname === '') return null;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/**
 * The URL an article was read from (`article.url`), as emitted by extract, summarize and
 * translate: a web URL, or the `file:` URL veille itself gives a local input; else null.
 */
export function readFromUrl(url: string | null | undefined): string | null {
  if (url?.startsWith('file:')) {
    try {
      return new URL(url).href;
    } catch {
      return null;
    }
  }
  return webUrl(url);
}
