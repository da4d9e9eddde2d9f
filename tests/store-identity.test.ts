import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleKey, storeKey, trustedCanonical } from '../src/analyse/ids.js';
import { registrableDomain } from '../src/analyse/site.js';
import { openStore, type Store } from '../src/store/index.js';
import { supermicroLeMonde } from './helpers/analysis-fixtures.js';

describe('registrableDomain', () => {
  it.each([
    ['www.lemonde.fr', 'lemonde.fr'],
    ['lemonde.fr', 'lemonde.fr'],
    ['a.b.c.leparisien.fr', 'leparisien.fr'],
    ['WWW.LeMonde.FR.', 'lemonde.fr'],
    ['www.service-public.gouv.fr', 'service-public.gouv.fr'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.example.com.au', 'example.com.au'],
    ['blog.example.asso.fr', 'example.asso.fr'],
    ['www.radio-canada.qc.ca', 'radio-canada.qc.ca'],
    ['alice.github.io', 'alice.github.io'],
    ['bob.blogspot.com', 'bob.blogspot.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('trustedCanonical', () => {
  const of = (url: string | null, canonicalUrl: string | null) =>
    trustedCanonical({ url, canonicalUrl });
  it('keeps a canonical URL on the fetched page’s own site', () => {
    expect(of('https://www.lemonde.fr/a.html?utm=x', 'https://www.lemonde.fr/a.html')).toBe(
      'https://www.lemonde.fr/a.html',
    );
    expect(of('https://amp.lemonde.fr/a.html', 'https://www.lemonde.fr/a.html')).toBe(
      'https://www.lemonde.fr/a.html',
    );
  });
  it('drops a canonical URL on another site, another user’s subdomain, or not http(s)', () => {
    expect(of('https://www.faux-journal.fr/b.html', 'https://www.lemonde.fr/a.html')).toBeNull();
    expect(of('https://eve.github.io/x', 'https://alice.github.io/x')).toBeNull();
    expect(of('https://www.bbc.co.uk/x', 'https://www.evil.co.uk/x')).toBeNull();
    expect(of('https://www.lemonde.fr/a', 'javascript:alert(1)')).toBeNull();
  });
  it('keeps an http(s) canonical URL of a saved file or stdin, which has no site of its own', () => {
    expect(of('file:///tmp/a.html', 'https://www.lemonde.fr/a.html')).toBe(
      'https://www.lemonde.fr/a.html',
    );
    expect(of(null, 'https://www.lemonde.fr/a.html')).toBe('https://www.lemonde.fr/a.html');
    expect(of('file:///tmp/a.html', 'file:///etc/passwd')).toBeNull();
  });
  it('keys the store by the fetched URL, and claim ids by the trusted canonical URL', () => {
    const forged = {
      url: 'https://www.faux-journal.fr/b.html',
      canonicalUrl: 'https://www.lemonde.fr/a.html',
      text: 'x',
    };
    expect(storeKey(forged)).toBe('https://www.faux-journal.fr/b.html');
    expect(articleKey(forged)).toBe('https://www.faux-journal.fr/b.html');
    const tracked = { ...forged, url: 'https://www.lemonde.fr/a.html?xtor=RSS' };
    expect(storeKey(tracked)).toBe('https://www.lemonde.fr/a.html?xtor=RSS');
    expect(articleKey(tracked)).toBe('https://www.lemonde.fr/a.html');
  });
});

describe('the store and a forged canonical URL', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'veille-identity-'));
    store = openStore(join(dir, 'veille.db'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the other site’s article and claims, and shows each appearance at its own URL', () => {
    const { extract, analysis } = supermicroLeMonde();
    const leMonde = extract.article.url!;
    store.saveArticleAnalysis(extract, analysis);
    const url = 'https://www.faux-journal.fr/puces.html';
    const forgery = {
      ...extract,
      source: url,
      article: { ...extract.article, url, canonicalUrl: leMonde, siteName: 'Faux Journal' },
    };
    const forgedClaim = { ...analysis.claims[0]!, id: 'c_forged', quote: 'Une citation inventée' };
    store.saveArticleAnalysis(forgery, {
      ...analysis,
      source: url,
      article: { ...analysis.article, url, canonicalUrl: leMonde, siteName: 'Faux Journal' },
      claims: [forgedClaim],
    });
    const claims = store.claimsSince(new Date(0));
    expect(claims.map((c) => c.id).sort()).toEqual(
      [...analysis.claims.map((c) => c.id), 'c_forged'].sort(),
    );
    for (const claim of claims) {
      for (const a of claim.appearances) {
        expect(a.url).toBe(claim.id === 'c_forged' ? url : leMonde);
        expect(a.site).toBe(claim.id === 'c_forged' ? 'Faux Journal' : 'Le Monde');
      }
    }
    expect([...store.analysesSince(new Date(0))]).toHaveLength(2);
  });
});
