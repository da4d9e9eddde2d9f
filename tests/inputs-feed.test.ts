import { describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { feedLinks, isFeedDocument } from '../src/inputs/feed.js';
import type { FetchedDocument } from '../src/types.js';

function feed(xml: string, url: string | null, contentType: string | null = null): FetchedDocument {
  return { source: url ?? '-', url, kind: 'html', body: Buffer.from(xml), contentType };
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Le Journal</title>
    <link>https://journal.example/</link>
    <atom:link rel="self" href="https://journal.example/rss.xml"/>
    <item><title>Un</title><link>https://journal.example/un.html</link></item>
    <item><title>Deux &amp; trois</title><link> /deux.html?a=1&amp;b=2 </link></item>
    <item><title>Permalien</title><guid>https://journal.example/guid.html</guid></item>
    <item><title>Pas de lien</title><guid isPermaLink="false">abc-123</guid></item>
    <item><title>Doublon</title><link>https://journal.example/un.html</link></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Blog</title>
  <link rel="self" href="https://blog.example/atom.xml"/>
  <entry>
    <title>A</title>
    <link rel="edit" href="/edit/a"/>
    <link rel="alternate" type="text/html" href="articles/a.html"/>
  </entry>
  <entry><title>B</title><link href="https://blog.example/b.html"/></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://old.example/"><title>Old</title></channel>
  <item rdf:about="https://old.example/1"><title>1</title><link>https://old.example/1</link></item>
  <item rdf:about="https://old.example/2"><title>2</title></item>
</rdf:RDF>`;

describe('feedLinks', () => {
  it('expands RSS 2.0 items, resolving relative links and skipping non-permalink guids', () => {
    expect(feedLinks(feed(RSS, 'https://journal.example/rss.xml'))).toEqual([
      'https://journal.example/un.html',
      'https://journal.example/deux.html?a=1&b=2',
      'https://journal.example/guid.html',
    ]);
  });

  it('expands Atom entries, preferring rel=alternate, resolved against the feed URL', () => {
    expect(feedLinks(feed(ATOM, 'https://blog.example/feeds/atom.xml'))).toEqual([
      'https://blog.example/feeds/articles/a.html',
      'https://blog.example/b.html',
    ]);
  });

  it('expands RSS 1.0 (RDF) items, falling back to rdf:about', () => {
    expect(feedLinks(feed(RDF, null))).toEqual(['https://old.example/1', 'https://old.example/2']);
  });

  it('handles a single item (no array in the XML) and a Latin-1 feed', () => {
    const latin = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>'),
      Buffer.from([0xe9, 0xe9]),
      Buffer.from(
        '</title><link>https://x.example/\xe9t\xe9</link></item></channel></rss>',
        'latin1',
      ),
    ]);
    const doc: FetchedDocument = { ...feed('', null), body: latin };
    expect(feedLinks(doc)).toEqual(['https://x.example/%C3%A9t%C3%A9']);
  });

  it('skips identifiers that are not locators (urn:, tag:, mailto:) but hands file: links to the loader', () => {
    const xml = `<rss><channel>
      <item><guid>urn:uuid:0b5f3c2e-8d1a-4c8e-9f00-1a2b3c4d5e6f</guid></item>
      <item><guid>tag:journal.example,2024:article-42</guid></item>
      <item><link>mailto:redaction@journal.example</link></item>
      <item><link>javascript:alert(1)</link></item>
      <item><link>file:///etc/passwd</link></item>
      <item><link>https://journal.example/ok.html</link></item>
    </channel></rss>`;
    expect(feedLinks(feed(xml, 'https://journal.example/rss.xml'))).toEqual([
      'file:///etc/passwd', // refused by the loader (UNSAFE_LINK), the one place deciding that
      'https://journal.example/ok.html',
    ]);
  });

  it('refuses XML that is not a feed with FEED_INVALID', () => {
    const err = (() => {
      try {
        feedLinks(feed('<?xml version="1.0"?><urlset><url/></urlset>', 'https://x.example/s'));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(VeilleError);
    expect((err as VeilleError).code).toBe('FEED_INVALID');
  });
});

describe('isFeedDocument', () => {
  it('recognises feeds by type or by root element, and not HTML', () => {
    expect(isFeedDocument(feed('whatever', null, 'application/rss+xml'))).toBe(true);
    expect(isFeedDocument(feed(ATOM, null, 'text/xml'))).toBe(true);
    expect(isFeedDocument(feed(RSS, null, 'text/html'))).toBe(true); // misconfigured servers
    expect(isFeedDocument(feed('<!DOCTYPE html><html></html>', null, 'text/html'))).toBe(false);
  });
});
