/**
 * Byte sniffing: what is this body really? Binary formats are looked for in every body (local
 * files, stdin, HTTP whatever its Content-Type); HTML, text and feeds are told apart when no
 * trustworthy type came with the body.
 */

/**
 * Magic numbers of formats we refuse, checked on the first bytes of every body (a server's
 * `text/html` is no proof: PDFs and images are often served so). `at` is the offset of the
 * signature, 0 unless said. Only signatures no text or HTML page can start with.
 */
const MAGIC_NUMBERS: ReadonlyArray<{ type: string; bytes: readonly number[]; at?: number }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { type: 'image/webp', bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF (WebP, WAV, AVI)
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx, odt, epub
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'application/x-elf', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // executables
  // old .doc, .xls, .ppt
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: 'video/mp4', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 }, // ftyp: MP4, MOV, HEIC, AVIF
  { type: 'audio/ogg', bytes: [0x4f, 0x67, 0x67, 0x53] }, // OggS
  { type: 'audio/mpeg', bytes: [0x49, 0x44, 0x33, 0x03] }, // ID3v2.3 tag
  { type: 'font/woff', bytes: [0x77, 0x4f, 0x46, 0x46] }, // wOFF
  { type: 'font/woff2', bytes: [0x77, 0x4f, 0x46, 0x32] }, // wOF2
  { type: 'application/zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { type: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'application/vnd.sqlite3', bytes: [...Buffer.from('SQLite format 3\0')] },
];

/** Bytes looked at when deciding whether a body is binary. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Above this share of control characters (NUL included; not tab, newline, CR, form feed,
 * escape) a body is binary: real text, even in a legacy encoding, has almost none. A few NULs
 * in a page (a bad CMS export) stay below it: browsers show such pages, and decoding drops them.
 */
const MAX_CONTROL_RATIO = 0.1;

/** Control bytes that do occur in text files. */
const TEXT_CONTROL_BYTES = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

/**
 * Openings that make a body HTML rather than text; checked case-insensitively on the start of
 * the body after whitespace, BOM, comments and an XML declaration.
 */
const HTML_OPENINGS = /^<(!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6])\b/i;

/** Root elements of RSS 2.0, Atom and RSS 1.0 (RDF) feeds. */
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/** The refused type a body's magic number reveals, or null. */
export function sniffMagic(body: Uint8Array): string | null {
  for (const { type, bytes, at = 0 } of MAGIC_NUMBERS) {
    if (bytes.every((byte, i) => body[at + i] === byte)) return type;
  }
  return null;
}

/** True when the body starts with a UTF-16 BOM, whose text legitimately holds NUL bytes. */
function hasUtf16Bom(body: Uint8Array): boolean {
  return (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff);
}

/** True for binary content: a known magic number, or many control characters (NULs count). */
export function isBinary(body: Uint8Array): boolean {
  return binaryReason(body) !== null;
}

/**
 * Why a body is binary, for the error that refuses it (`looks like application/pdf`), or null
 * for text. `utf16` is set when the charset says UTF-16, whose text is half NUL bytes.
 */
export function binaryReason(body: Uint8Array, options: { utf16?: boolean } = {}): string | null {
  const magic = sniffMagic(body);
  if (magic !== null) return `looks like ${magic}`;
  if (options.utf16 === true || hasUtf16Bom(body)) return null;
  const end = Math.min(body.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = body[i] ?? 0;
    if ((byte < 0x20 || byte === 0x7f) && !TEXT_CONTROL_BYTES.has(byte)) controls++;
  }
  return end > 0 && controls / end > MAX_CONTROL_RATIO ? 'holds NUL or control bytes' : null;
}

/**
 * The start of the body as ASCII-compatible text, past a UTF-8 BOM, whitespace, comments,
 * processing instructions (the XML declaration) and, unless `keepDoctype`, a doctype.
 */
function markupStart(body: Uint8Array, options: { keepDoctype: boolean }): string {
  let head = Buffer.from(body.subarray(0, 4096)).toString('latin1');
  if (head.startsWith('\xef\xbb\xbf')) head = head.slice(3);
  const skippable = options.keepDoctype
    ? /^(\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)/
    : /^(\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!doctype[^>]*>)/i;
  for (let m = skippable.exec(head); m; m = skippable.exec(head)) head = head.slice(m[0].length);
  return head;
}

/** Lower-cased name of the first element (e.g. `rss`, `feed`, `rdf:rdf`, `html`), or null. */
export function sniffRootElement(body: Uint8Array): string | null {
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(markupStart(body, { keepDoctype: false }));
  return match?.[1]?.toLowerCase() ?? null;
}

/** True when the body's root element is an RSS, Atom or RDF feed. */
export function looksLikeFeed(body: Uint8Array): boolean {
  const root = sniffRootElement(body);
  return root !== null && FEED_ROOTS.has(root);
}

/** `html` when the body opens like an HTML page, else `text`. */
export function sniffKind(body: Uint8Array): 'html' | 'text' {
  return HTML_OPENINGS.test(markupStart(body, { keepDoctype: true })) ? 'html' : 'text';
}
