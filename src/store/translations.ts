/**
 * Schema 6: translations (`veille translate`), cached like analyses. A row is reusable when the
 * translated text (title and article text), the model, the prompt version and the stored
 * shape's version are the same; its key is `cacheKey` of those parts. Kept apart from the
 * articles table: a translation belongs to the text, whichever URL it was read at.
 */
import type { Translation } from '../analyse/translate.js';
import type { CacheKey } from './cache.js';
import type { StoreContext } from './open.js';

/** Version of the `Translation` shape as stored; bump when analyse/translate.ts changes it. */
export const TRANSLATION_SCHEMA_VERSION = 1;

export const TRANSLATIONS_SQL = `
CREATE TABLE translations (
  cache_key         TEXT PRIMARY KEY,      -- cacheKey(content hash, model, prompt version, schema)
  content_hash      TEXT NOT NULL,         -- sha256 of the title and article text translated
  model             TEXT NOT NULL,
  prompt_version    TEXT NOT NULL,
  schema_version    INTEGER NOT NULL,
  source            TEXT NOT NULL,         -- the input it was last made for
  json              TEXT NOT NULL,         -- the Translation
  prompt_tokens     INTEGER,
  completion_tokens INTEGER,
  created_at        TEXT NOT NULL
);
CREATE INDEX translations_content_hash ON translations (content_hash);
`;

/** The translation stored under `key`, or null. */
export function getCachedTranslation(ctx: StoreContext, key: CacheKey): Translation | null {
  const row = ctx.db.prepare('SELECT json FROM translations WHERE cache_key = ?').get(key.id) as
    { json: string } | undefined;
  return row === undefined ? null : (JSON.parse(row.json) as Translation);
}

/** Stores (or replaces) the translation of `source` under `key`. */
export function saveTranslation(
  ctx: StoreContext,
  source: string,
  translation: Translation,
  key: CacheKey,
): void {
  ctx.db
    .prepare(
      `INSERT OR REPLACE INTO translations (cache_key, content_hash, model, prompt_version,
         schema_version, source, json, prompt_tokens, completion_tokens, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      key.id,
      key.contentHash,
      translation.model,
      translation.promptVersion,
      key.schemaVersion,
      source,
      JSON.stringify(translation),
      translation.usage.promptTokens,
      translation.usage.completionTokens,
      ctx.now().toISOString(),
    );
}
