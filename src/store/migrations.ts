/**
 * The database schema as an ordered list of migrations. `PRAGMA user_version` holds the version
 * a file is at; opening it runs every later migration, each in its own transaction, so an older
 * database is upgraded in place and never dropped. Never edit a released migration: append one.
 *
 * Times are ISO 8601 UTC strings (`toISOString()`), so text comparison is time order.
 */
import type Database from 'better-sqlite3';
import { SEARCH_MIGRATION } from './search-schema.js';
import { SOURCES_SQL } from './migration-sources.js';
import { TRANSLATIONS_SQL } from './translations.js';

export interface Migration {
  /** Schema version reached once this migration has run (1, 2, …, no gaps). */
  version: number;
  description: string;
  /** SQL run inside the migration's transaction. */
  sql: string;
}

const V1 = `
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  article_key   TEXT NOT NULL UNIQUE,   -- canonical URL, else URL, else text hash (analyse/ids.ts)
  source        TEXT NOT NULL,          -- the input as last named
  url           TEXT,
  canonical_url TEXT,
  content_hash  TEXT NOT NULL,          -- sha256 of the article text
  fetched_at    TEXT NOT NULL,
  published_at  TEXT,
  dated_at      TEXT NOT NULL,          -- published_at, else fetched_at: what --since filters on
  site          TEXT,
  lang          TEXT,
  title         TEXT,
  text          TEXT NOT NULL,
  extract_json  TEXT NOT NULL           -- the ExtractResult without article.text
);
CREATE INDEX articles_dated_at ON articles (dated_at);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE analyses (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  cache_key         TEXT NOT NULL,
  content_hash      TEXT NOT NULL,
  model             TEXT,
  prompt_version    TEXT,
  schema_version    INTEGER NOT NULL,
  engine            TEXT NOT NULL,
  json              TEXT NOT NULL,
  prompt_tokens     INTEGER,
  completion_tokens INTEGER,
  created_at        TEXT NOT NULL,
  UNIQUE (article_id, cache_key)
);
CREATE INDEX analyses_cache_key ON analyses (cache_key, created_at);

CREATE TABLE entities (
  article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id     TEXT NOT NULL,
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,
  description   TEXT,
  mentions_json TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_entity_id ON entities (entity_id);

CREATE TABLE claims (
  claim_id       TEXT PRIMARY KEY,
  proposition_id TEXT,
  claim          TEXT,
  claimant       TEXT NOT NULL,
  stance         TEXT NOT NULL,
  certainty      TEXT NOT NULL,
  entities_json  TEXT NOT NULL,         -- [{name, type, mentions}] of the claim's entities
  first_seen     TEXT NOT NULL
);

CREATE TABLE claim_appearances (
  claim_id     TEXT NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote        TEXT NOT NULL,
  quote_en     TEXT,
  span_start   INTEGER,
  span_end     INTEGER,
  grounded     INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (claim_id, article_id)
);
CREATE INDEX claim_appearances_published_at ON claim_appearances (published_at);
CREATE INDEX claim_appearances_article_id ON claim_appearances (article_id);

CREATE TABLE failures (
  source   TEXT PRIMARY KEY,
  code     TEXT NOT NULL,
  stage    TEXT NOT NULL,
  message  TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  last_at  TEXT NOT NULL
);
`;

const V2 = `
CREATE TABLE article_sources (
  source     TEXT PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  fetched_at TEXT NOT NULL
);
INSERT INTO article_sources (source, article_id, fetched_at)
  SELECT source, id, fetched_at FROM articles WHERE true
  ON CONFLICT (source) DO NOTHING;

CREATE TABLE posted (
  claim_id  TEXT NOT NULL,
  endpoint  TEXT NOT NULL,
  posted_at TEXT NOT NULL,
  PRIMARY KEY (claim_id, endpoint)
);
`;

/**
 * Article rows were keyed by canonical URL, so a page declaring another's canonical URL took over
 * its row. They are now keyed by the URL they were read from (analyse/ids.ts `storeKey`). Keys
 * are moved aside first so that no two rows ever hold the same key mid-way; then the newest row
 * read from each URL takes that URL; every other row gets its old key back when it is free, or
 * keeps it under the `v2:` prefix (a page only an older copy remembers: kept, never lost).
 * Rows of stdin (no URL) keep their text-hash key.
 */
const V3 = `
UPDATE articles SET article_key = 'v2:' || article_key;
UPDATE articles SET article_key = url
 WHERE url IS NOT NULL
   AND id = (SELECT d.id FROM articles d WHERE d.url = articles.url
              ORDER BY d.fetched_at DESC, d.id DESC LIMIT 1);
UPDATE articles SET article_key = substr(article_key, 4)
 WHERE article_key LIKE 'v2:%'
   AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.article_key = substr(articles.article_key, 4));
`;

/** Every migration, oldest first. The last one's version is the current schema version. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'articles, analyses, entities, claims, failures', sql: V1 },
  {
    version: 2,
    description: 'fetch cache by source (backfilled from articles); posted claims per endpoint',
    sql: V2,
  },
  { version: 3, description: 'articles keyed by the URL they were read from', sql: V3 },
  {
    version: 4,
    description: 'full-text index of articles, summaries and claims (backfilled)',
    sql: SEARCH_MIGRATION,
  },
  {
    version: 5,
    description: 'sources followed by `veille run`, their tags and articles',
    sql: SOURCES_SQL,
  },
  { version: 6, description: 'translations, cached like analyses', sql: TRANSLATIONS_SQL },
];

/** Schema version this build of veille writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Result of `migrate`: the version found and the version reached. */
export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * Brings the database up to the last migration's version. Each step re-reads the version inside
 * its write transaction, so two processes opening an old file at once do not run a step twice.
 * A database newer than this build is left alone: `from` is then greater than `to`.
 */
export function migrate(db: Database.Database, migrations = MIGRATIONS): MigrationResult {
  const version = (): number => db.pragma('user_version', { simple: true }) as number;
  const from = version();
  const target = migrations[migrations.length - 1]?.version ?? 0;
  if (from >= target) return { from, to: target };
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      if (version() >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: target };
}
