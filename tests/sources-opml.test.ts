import { describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { readOpml, writeOpml } from '../src/sources/opml.js';
import { sourceRecord } from './helpers/sources.js';

const opml = (body: string, prolog = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<opml version="2.0"><head><title>x</title></head><body>${body}</body></opml>`;

function readError(xml: string): VeilleError {
  try {
    readOpml(xml, 'subs.opml');
  } catch (err) {
    if (err instanceof VeilleError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

describe('reading OPML', () => {
  it('reads feeds, pages, folder tags and categories, decoding XML entities once', () => {
    const { sources, refused } = readOpml(
      opml(`
      <outline text="Tech">
        <outline text="Le Monde &amp; Pixels" type="rss" xmlUrl="https://www.lemonde.fr/pixels/rss.xml?a=1&amp;b=2"
                 htmlUrl="https://www.lemonde.fr/pixels/" category="/sécurité,france"/>
        <outline text="Veille" type="link" url="https://exemple.fr/page.html"/>
      </outline>
      <outline text="Zataz" xmlUrl="https://www.zataz.com/feed/" category="a&amp;lt;b"/>
      <outline text="Again" xmlUrl="https://www.zataz.com/feed/" category="cyber"/>`),
      'subs.opml',
    );
    expect(refused).toEqual([]);
    expect(sources).toEqual([
      {
        url: 'https://www.lemonde.fr/pixels/rss.xml?a=1&b=2',
        name: 'Le Monde & Pixels',
        htmlUrl: 'https://www.lemonde.fr/pixels/',
        tags: ['Tech', 'sécurité', 'france'],
        kind: 'feed',
      },
      {
        url: 'https://exemple.fr/page.html',
        name: 'Veille',
        htmlUrl: null,
        tags: ['Tech'],
        kind: 'page',
      },
      {
        url: 'https://www.zataz.com/feed/',
        name: 'Zataz',
        htmlUrl: null,
        tags: ['a&lt;b', 'cyber'],
        kind: 'feed',
      },
    ]);
  });

  it('accepts only http(s) feed and page URLs, refusing each other outline in one error', () => {
    const { sources, refused } = readOpml(
      opml(`
      <outline text="passwd" xmlUrl="file:///etc/passwd"/>
      <outline text="js" type="link" url="javascript:alert(1)"/>
      <outline text="creds" xmlUrl="https://user:pw@exemple.fr/rss"/>
      <outline text="ok" xmlUrl="http://exemple.fr/rss" htmlUrl="file:///home/me/"/>`),
      'subs.opml',
    );
    expect(sources.map((s) => [s.url, s.htmlUrl])).toEqual([['http://exemple.fr/rss', null]]);
    expect(refused.map((e) => e.code)).toEqual(['UNSAFE_LINK', 'UNSAFE_LINK', 'UNSAFE_LINK']);
    expect(refused[0]?.input).toBe('subs.opml (outline "passwd")');
    expect(refused.map((e) => e.message).join(' ')).not.toContain('pw@');
  });

  it('never expands DOCTYPE entities (no billion laughs)', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    const doctype = `<!DOCTYPE opml [<!ENTITY l0 "lol">${levels}]>`;
    const { sources } = readOpml(
      opml('<outline text="&l9;" xmlUrl="https://exemple.fr/rss"/>', doctype),
      'subs.opml',
    );
    expect(sources[0]?.name).toBe('&l9;');
  });

  it.each([
    ['not XML at all', 'this is not xml <', /line 1/],
    ['unclosed tags', opml('<outline text="a">'), /line 1/],
    ['another root', '<?xml version="1.0"?><rss><channel/></rss>', /no <opml> root/],
    [
      'nesting beyond the parser bound',
      opml('<outline text="a">'.repeat(150) + '</outline>'.repeat(150)),
      /nested/i,
    ],
  ])('%s is one OPML_INVALID error naming the file', (_name, xml, why) => {
    const err = readError(xml);
    expect(err.code).toBe('OPML_INVALID');
    expect(err.input).toBe('subs.opml');
    expect(err.message).toMatch(why);
    expect(err.message).not.toMatch(/\n/);
  });
});

describe('writing OPML', () => {
  const source = sourceRecord;

  it('writes OPML 2.0 that reads back to the same sources', () => {
    const sources = [
      source({
        name: 'A & "B" <c>',
        url: 'https://exemple.fr/rss?a=1&b=2',
        tags: ['tech', 'fr'],
        htmlUrl: 'https://exemple.fr/',
      }),
      source({ id: 2, url: 'https://exemple.fr/page.html', kind: 'page', tags: ['veille'] }),
    ];
    const xml = writeOpml(sources, new Date('2026-12-03T08:00:00Z'));
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('<dateCreated>Thu, 03 Dec 2026 08:00:00 GMT</dateCreated>');
    expect(readOpml(xml, 'out.opml')).toEqual({
      refused: [],
      sources: [
        {
          url: 'https://exemple.fr/rss?a=1&b=2',
          name: 'A & "B" <c>',
          htmlUrl: 'https://exemple.fr/',
          tags: ['tech', 'fr'],
          kind: 'feed',
        },
        {
          url: 'https://exemple.fr/page.html',
          name: 'https://exemple.fr/page.html',
          htmlUrl: null,
          tags: ['veille'],
          kind: 'page',
        },
      ],
    });
  });
});
