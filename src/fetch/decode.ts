import { decodeBuffer, getEncoding } from 'encoding-sniffer';
import type { FetchedDocument } from '../types.js';

/**
 * Decoding follows the HTML standard's order through `encoding-sniffer`: a BOM wins (as in
 * browsers), then the HTTP charset, then `<meta charset>` / `<meta http-equiv>` / the XML
 * declaration. With nothing declared, a body that is valid UTF-8 is read as UTF-8 (old French
 * pages in Latin-1 are almost never valid UTF-8), else as windows-1252, the superset of
 * ISO-8859-1 that also has œ, €, and typographic quotes.
 */
const FALLBACK_ENCODING = 'windows-1252';

/** The `charset` parameter of a Content-Type header, or undefined. */
export function charsetOf(contentType: string | null): string | undefined {
  if (contentType === null) return undefined;
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}

/** The text of bytes that are UTF-8 without a single invalid sequence (BOM dropped), or null. */
function validUtf8(body: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

type SnifferOptions = Parameters<typeof getEncoding>[1];

/**
 * The bytes decoded in the encoding the sniffer picks. Valid UTF-8 read as UTF-8 (most pages)
 * is the text already decoded: iconv-lite would first load all of its codec tables, ~9 ms of
 * every start-up (issue 9). The same text either way: no invalid sequence, one BOM dropped.
 */
function decodeSniffed(body: Buffer, utf8: string | null, options: SnifferOptions): string {
  if (utf8 !== null && getEncoding(body, options) === 'UTF-8') return utf8;
  return decodeBuffer(body, options);
}

/** HTML and XML: the sniffer handles BOM, HTTP charset, meta tags and the XML declaration. */
export function decodeMarkup(body: Buffer, contentType: string | null): string {
  const utf8 = validUtf8(body);
  const options: { transportLayerEncodingLabel?: string; defaultEncoding: string } = {
    defaultEncoding: utf8 !== null ? 'utf-8' : FALLBACK_ENCODING,
  };
  const declared = charsetOf(contentType);
  if (declared !== undefined) options.transportLayerEncodingLabel = declared;
  return decodeSniffed(body, utf8, options);
}

/** Plain text: BOM, then the HTTP charset, then UTF-8 when valid, else windows-1252. */
export function decodePlainText(body: Buffer, contentType: string | null): string {
  // A user encoding outranks everything but a BOM, so `<meta>` look-alikes in text are ignored;
  // the sniffer maps labels the WHATWG way (latin1 → windows-1252, as browsers do).
  const utf8 = validUtf8(body);
  const fallback = utf8 !== null ? 'utf-8' : FALLBACK_ENCODING;
  return decodeSniffed(body, utf8, {
    userEncoding: charsetOf(contentType) ?? fallback,
    defaultEncoding: fallback,
  });
}

/**
 * Decodes bytes: BOM, HTTP charset, <meta charset>, then UTF-8 if valid, else windows-1252.
 * Stray NULs (a few let through by the binary check) are dropped, as the HTML tree builder
 * drops them from page text; a U+FFFD in the article would help no reader.
 */
export function decodeDocument(doc: FetchedDocument): string {
  const text =
    doc.kind === 'html'
      ? decodeMarkup(doc.body, doc.contentType)
      : decodePlainText(doc.body, doc.contentType);
  return (text.startsWith('\ufeff') ? text.slice(1) : text).replaceAll('\0', '');
}
