import { afterEach, describe, expect, it } from 'vitest';
import { decodeDocument } from '../src/fetch/decode.js';
import { fetchUrl } from '../src/fetch/http.js';
import {
  isBinary,
  looksLikeFeed,
  sniffKind,
  sniffMagic,
  sniffRootElement,
} from '../src/fetch/sniff.js';
import type { FetchedDocument } from '../src/types.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';

/** French with every accent that trips Latin-1 handling, œ included (only in windows-1252). */
const FRENCH = 'Élève à l’école, garçon, cœur, « déjà » — été.';
/** The same in windows-1252 bytes: Latin-1 for most, 0x9C for œ, 0x92 for ’, 0x97 for —. */
const FRENCH_1252 = Buffer.from([
  ...Buffer.from('\xc9l\xe8ve \xe0 l', 'latin1'),
  0x92,
  ...Buffer.from('\xe9cole, gar\xe7on, c', 'latin1'),
  0x9c,
  ...Buffer.from('ur, \xab d\xe9j\xe0 \xbb ', 'latin1'),
  0x97,
  ...Buffer.from(' \xe9t\xe9.', 'latin1'),
]);

function doc(
  body: Buffer,
  kind: 'html' | 'text',
  contentType: string | null = null,
): FetchedDocument {
  return { source: 'test', url: null, kind, body, contentType };
}

const page = (head: string, text: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), text, Buffer.from('</p>')]);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('decodeDocument: HTML', () => {
  it('decodes an ISO-8859-1 page fetched over HTTP with accents (and œ) right', async () => {
    server = await startServer({
      '/latin': (_q, r) =>
        send(r, 200, page('', FRENCH_1252), { 'Content-Type': 'text/html; charset=ISO-8859-1' }),
    });
    const fetched = await fetchUrl(`${server.url}/latin`);
    expect(decodeDocument(fetched)).toContain(FRENCH);
  });

  it('uses <meta charset> when the header has none', () => {
    const body = page('<meta charset="iso-8859-1">', FRENCH_1252);
    expect(decodeDocument(doc(body, 'html', 'text/html'))).toContain(FRENCH);
  });

  it('uses <meta http-equiv="Content-Type">', () => {
    const body = page(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      FRENCH_1252,
    );
    expect(decodeDocument(doc(body, 'html'))).toContain(FRENCH);
  });

  it('prefers the HTTP charset over a contradicting <meta>', () => {
    const body = page('<meta charset="utf-8">', FRENCH_1252);
    expect(decodeDocument(doc(body, 'html', 'text/html; charset="latin1"'))).toContain(FRENCH);
  });

  it('lets a UTF-8 BOM win and strips it from the output', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('', Buffer.from(FRENCH))]);
    const text = decodeDocument(doc(body, 'html', 'text/html; charset=iso-8859-1'));
    expect(text.startsWith('<html>')).toBe(true);
    expect(text).toContain(FRENCH);
  });

  it('falls back to windows-1252 when nothing is declared', () => {
    expect(decodeDocument(doc(page('', FRENCH_1252), 'html'))).toContain(FRENCH);
  });

  it('reads undeclared but valid UTF-8 as UTF-8', () => {
    expect(decodeDocument(doc(page('', Buffer.from(FRENCH)), 'html'))).toContain(FRENCH);
  });
});

describe('decodeDocument: plain text', () => {
  it('reads UTF-8 text', () => {
    expect(decodeDocument(doc(Buffer.from(FRENCH), 'text'))).toBe(FRENCH);
  });

  it('reads invalid-UTF-8 text as windows-1252', () => {
    expect(decodeDocument(doc(FRENCH_1252, 'text'))).toBe(FRENCH);
  });

  it('honours a UTF-16LE BOM and strips it', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]);
    expect(decodeDocument(doc(body, 'text'))).toBe(FRENCH);
  });

  it('honours the HTTP charset of text/plain', () => {
    expect(decodeDocument(doc(FRENCH_1252, 'text', 'text/plain; charset=iso-8859-1'))).toBe(FRENCH);
  });
});

describe('decodeDocument: stray NUL bytes', () => {
  const withNuls = Buffer.from('<html><body><p>Bonjour\0 le\0 monde\0.</p></body></html>');
  it('drops them from HTML and from text, as browsers do', () => {
    for (const kind of ['html', 'text'] as const) {
      const text = decodeDocument(doc(withNuls, kind));
      expect(text).not.toContain('\0');
      expect(text).toContain('Bonjour le monde.');
    }
  });
});

describe('sniffing', () => {
  it('tells HTML from text', () => {
    expect(sniffKind(Buffer.from('\n  <!-- x --><!DOCTYPE html><html>'))).toBe('html');
    expect(sniffKind(Buffer.from('<?xml version="1.0"?>\n<html xmlns="x">'))).toBe('html');
    expect(sniffKind(Buffer.from('<div class="a">texte</div>'))).toBe('html');
    expect(sniffKind(Buffer.from('Le Monde — 3 mars\n\n<b> n’est pas une balise ici'))).toBe(
      'text',
    );
  });

  it('finds feed roots past the XML declaration and comments', () => {
    expect(sniffRootElement(Buffer.from('\ufeff<?xml version="1.0"?><!-- c --><rss>'))).toBe('rss');
    expect(looksLikeFeed(Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe(true);
    expect(looksLikeFeed(Buffer.from('<rdf:RDF xmlns:rdf="x">'))).toBe(true);
    expect(looksLikeFeed(Buffer.from('<!DOCTYPE html><html>'))).toBe(false);
  });

  it('does not call a page with a few NUL bytes binary, but still mostly-NUL content', () => {
    const page = `<!DOCTYPE html><html><body>${'<p>Un paragraphe de texte.</p>'.repeat(20)}</body></html>`;
    const withNuls = Buffer.from(page.replaceAll('de texte', 'de\0texte')); // 20 NULs
    expect(withNuls.includes(0)).toBe(true);
    expect(isBinary(withNuls)).toBe(false);
    expect(isBinary(Buffer.from(page, 'utf16le'))).toBe(true); // UTF-16 without a BOM: half NULs
    expect(isBinary(Buffer.alloc(100))).toBe(true);
  });

  it('knows more binary formats by their magic numbers', () => {
    const magic = (hex: string, pad = 'padding text') =>
      sniffMagic(Buffer.concat([Buffer.from(hex, 'hex'), Buffer.from(pad)]));
    expect(magic('7f454c46')).toBe('application/x-elf');
    expect(magic('d0cf11e0a1b11ae1')).toBe('application/x-ole-storage');
    expect(magic('00000020667479706d703432')).toBe('video/mp4');
    expect(magic('4f676753')).toBe('audio/ogg');
    expect(magic('774f4632')).toBe('font/woff2');
    expect(magic('53514c69746520666f726d6174203300')).toBe('application/vnd.sqlite3');
    expect(sniffMagic(Buffer.from('<html>ftyp</html>'))).toBeNull();
  });

  it('detects binary content', () => {
    expect(isBinary(Buffer.from('%PDF-1.4 ...'))).toBe(true);
    expect(isBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]))).toBe(
      true,
    );
    expect(isBinary(Buffer.from('abc\0def'))).toBe(true);
    expect(isBinary(Buffer.from([1, 2, 3, 4, 5, 6, 0x41, 0x42, 0x43]))).toBe(true);
    expect(isBinary(FRENCH_1252)).toBe(false);
    expect(isBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le')]))).toBe(
      false,
    );
  });
});
