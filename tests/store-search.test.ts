import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { migrate } from '../src/store/migrations.js';
import { MIGRATIONS, openStore, type SearchHit, type Store } from '../src/store/index.js';
import {
  allFixtures,
  microsoftProPublica,
  supermicroLeFigaro,
  supermicroLeMonde,
} from './helpers/analysis-fixtures.js';

let dir: string;
let store: Store | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-search-'));
});
afterEach(() => {
  store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function filled(path = join(dir, 'veille.db')): Store {
  store = openStore(path);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  return store;
}

/** What a hit is about, for readable expectations. */
function label(hit: SearchHit): string {
  return hit.kind === 'claim' ? `${hit.claimant} ${hit.stance}` : `article ${hit.site}`;
}

function marked(hit: SearchHit): string[] {
  return hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e));
}

describe('store search', () => {
  it('folds accents and case both ways: dementi and DÉMENTI find démenti', () => {
    const s = filled();
    const hits = s.search({ query: 'dementi' });
    expect(hits.map(label)).toContain('article Le Monde');
    const leMonde = hits.find((h) => h.kind === 'article' && h.site === 'Le Monde')!;
    expect(marked(leMonde)).toEqual(['démenti']);
    expect(s.search({ query: 'DÉMENTI' }).map(label)).toEqual(hits.map(label));
    // French and English both indexed: `Défense` in the quote, `Defense` in the English quote.
    const defense = s.search({ query: 'defense', stance: 'asserts' });
    expect(defense.map(label)).toEqual(['Frank Shaw asserts']);
  });

  it('finds a denial by claimant, and keeps to stance and period', () => {
    const s = filled();
    const denials = s.search({ query: '', claimant: 'apple', stance: 'denies' });
    expect(denials.map(label)).toEqual(['Apple denies', 'Apple denies']);
    expect(new Set(denials.map((h) => h.site))).toEqual(new Set(['Le Monde', 'Le Figaro']));
    const words = s.search({ query: 'puces serveurs', stance: 'denies' });
    expect(words.map(label)).toContain('Apple denies');
    expect(words.every((h) => h.kind === 'claim' && h.stance === 'denies')).toBe(true);
    const later = s.search({ query: 'puces', since: new Date('2018-10-05T05:00:00Z') });
    expect(later).toEqual([]);
  });

  it('filters by entity on names and French mentions', () => {
    const s = filled();
    // "Chine" is the French mention of the entity named China.
    const china = s.search({ query: '', entity: 'chine' });
    const byEntity = s.search({ query: '', entity: 'China' });
    expect(china.length).toBeGreaterThan(0);
    expect(china.map(label).sort()).toEqual(byEntity.map(label).sort());
  });

  it('searches hostile text as words and never fails on it', () => {
    const s = filled();
    const hostile = [
      '"',
      '*',
      'NEAR',
      'NEAR(puces serveurs)',
      'puces AND',
      'OR NOT',
      '"puces',
      'title:puces',
      '{title}: puces',
      '^puces',
      '-puces',
      '(',
      ')',
      'puce*',
      "l'Armée",
      '\u0000',
    ];
    for (const query of hostile) {
      expect(() => s.search({ query, entity: 'Apple' }), query).not.toThrow();
    }
    // Operators are words: nothing holds the word NEAR, so nothing matches.
    expect(s.search({ query: 'NEAR(puces serveurs)' })).toEqual([]);
    expect(s.search({ query: '"puces' }).length).toBeGreaterThan(0);
    expect(s.search({ query: "l'Armée" }).map(label)).toContain('Bloomberg asserts');
  });

  it('says a query with nothing to search for is a usage error; --raw syntax errors too', () => {
    const s = filled();
    const usage = (fn: () => unknown): string => {
      try {
        fn();
      } catch (err) {
        expect(err).toBeInstanceOf(VeilleError);
        expect((err as VeilleError).code).toBe('USAGE');
        return (err as VeilleError).message;
      }
      throw new Error('expected a usage error');
    };
    expect(usage(() => s.search({ query: '*** «»' }))).toMatch(/nothing to search for/);
    expect(usage(() => s.search({ query: 'puces AND', raw: true }))).toMatch(/cannot read/);
    expect(s.search({ query: 'NEAR(puces serveurs, 10)', raw: true }).length).toBeGreaterThan(0);
  });

  it('keeps the index in step with every save: new text, dropped claims, shared claims', () => {
    const s = filled();
    const { extract, analysis } = microsoftProPublica();
    const text = extract.article.text.replace(/Pentagone/g, 'ministère');
    const title = extract.article.title!.replace(/Pentagone/g, 'ministère');
    const changed = { ...extract, article: { ...extract.article, text, title } };
    s.saveArticleAnalysis(changed, { ...analysis, claims: analysis.claims.slice(0, 1) });
    expect(s.search({ query: 'Pentagone' }).filter((h) => h.kind === 'article')).toEqual([]);
    expect(s.search({ query: 'ministère' }).map(label)).toContain('article Le Monde Informatique');
    expect(s.search({ query: '', claimant: 'Frank Shaw' })).toEqual([]);
    // The same text read at a second URL shares its claims: both appearances are found.
    const figaro = supermicroLeFigaro();
    const copy = { ...figaro.extract, source: 'https://copie.example/a' };
    copy.article = { ...copy.article, url: 'https://copie.example/a', canonicalUrl: null };
    s.saveArticleAnalysis(copy, figaro.analysis);
    const supermicro = s.search({ query: '', claimant: 'Supermicro' });
    expect(supermicro.map((h) => h.url).sort()).toEqual([
      'https://copie.example/a',
      figaro.extract.article.url,
    ]);
  });

  it('forgets an article deleted from the database, and its claims', () => {
    const path = join(dir, 'veille.db');
    filled(path).close();
    store = undefined;
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM articles WHERE site = ?').run('Le Monde');
    db.close();
    store = openStore(path);
    expect(store.search({ query: 'puces' }).some((h) => h.site === 'Le Monde')).toBe(false);
    expect(store.search({ query: 'puces' }).some((h) => h.site === 'Le Figaro')).toBe(true);
  });

  it('backfills the index when a schema-3 database is upgraded', () => {
    const source = join(dir, 'new.db');
    filled(source).close();
    store = undefined;
    const path = join(dir, 'v3.db');
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 3));
    old.exec(`ATTACH '${source}' AS n`);
    for (const table of ['articles', 'analyses', 'entities', 'claims', 'article_sources']) {
      old.exec(`INSERT INTO main.${table} SELECT * FROM n.${table}`);
    }
    old.exec(`INSERT INTO main.claim_appearances SELECT claim_id, article_id, quote, quote_en,
      span_start, span_end, grounded, published_at FROM n.claim_appearances`);
    old.exec('DETACH n');
    old.close();

    store = openStore(path);
    expect(store.search({ query: 'securite', entity: 'Apple' })).toEqual([]);
    expect(store.search({ query: '', claimant: 'apple', stance: 'denies' })).toHaveLength(2);
    // Summaries are indexed too: this word is only in the English summary.
    expect(store.search({ query: 'flatly' }).map(label)).toEqual(['article Le Monde']);
    expect(store.claimsSince(new Date(0))).toHaveLength(8);
  });
});

describe('matchingClaimIds', () => {
  it('returns the ids of every claim by a claimant, whatever its date', () => {
    const s = filled();
    const ids = s.matchingClaimIds({ query: '', claimant: 'Apple' });
    const apple = [supermicroLeMonde(), supermicroLeFigaro()].flatMap((f) =>
      f.analysis.claims.filter((c) => c.claimant === 'Apple').map((c) => c.id),
    );
    expect([...ids].sort()).toEqual(apple.sort());
  });
});
