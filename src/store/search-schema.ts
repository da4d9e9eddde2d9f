/**
 * The full-text index (schema 4): two FTS5 tables, one row per article and one per claim
 * appearance, tokenised by `unicode61 remove_diacritics 2` so that `securite` finds `sécurité`
 * and `etat` finds `l’État` in French and English alike.
 *
 *   search_articles  rowid = articles.id          title, summary (newest analysis), text, entities
 *   search_claims    rowid = claim_appearances.id claim, claimant, quote, quote_en, entities
 *
 * FTS5 tables keep their own copy of the text, because `snippet()` and `highlight()` need it.
 * Claim rows follow their tables through triggers (a claim shared by syndicated copies updates
 * every copy's row). Article rows are rebuilt once per saved article by `indexArticle` (write.ts),
 * not by triggers: an article's summary and entities arrive in the same transaction as many
 * small writes, and a trigger on each would re-tokenise the whole text every time.
 */

/** The tokenizer of both tables: Unicode word boundaries, accents folded (also on `œ`-less forms). */
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

/** One `search_articles` row (rowid, title, summary, text, entities) per row of `articles a`. */
export const ARTICLE_DOCUMENT = `
  SELECT a.id, coalesce(a.title, ''),
    coalesce((SELECT concat_ws(' ', json_extract(n.json, '$.summary.headline'),
                       json_extract(n.json, '$.summary.text'),
                       (SELECT group_concat(b.value, ' ')
                          FROM json_each(n.json, '$.summary.bullets') b))
                FROM analyses n WHERE n.article_id = a.id
               ORDER BY n.created_at DESC, n.id DESC LIMIT 1), ''),
    a.text,
    coalesce((SELECT group_concat(e.name || ' ' || coalesce(
                       (SELECT group_concat(m.value, ' ') FROM json_each(e.mentions_json) m), ''),
                     ' ; ')
                FROM entities e WHERE e.article_id = a.id), '')
    FROM articles a`;

/** The names and French mentions of a claim's stored entities (`claims c`), as one text. */
const CLAIM_ENTITIES = `
  coalesce((SELECT group_concat(j.value, ' ; ') FROM json_tree(c.entities_json) j
             WHERE j.type = 'text' AND (j.key = 'name' OR j.path LIKE '%.mentions')), '')`;

/** One `search_claims` row per row of `claim_appearances p JOIN claims c`. */
const CLAIM_DOCUMENT = `
  SELECT p.id, coalesce(c.claim, ''), c.claimant, p.quote, coalesce(p.quote_en, ''),
         ${CLAIM_ENTITIES}
    FROM claim_appearances p JOIN claims c ON c.claim_id = p.claim_id`;

const CLAIM_COLUMNS = 'rowid, claim, claimant, quote, quote_en, entities';

/**
 * Migration 4. `claim_appearances` is first rebuilt with an INTEGER PRIMARY KEY: the index is
 * keyed by rowid, and SQLite may renumber the implicit rowids of a table without one (VACUUM).
 */
export const SEARCH_MIGRATION = `
CREATE TABLE claim_appearances_v4 (
  id           INTEGER PRIMARY KEY,
  claim_id     TEXT NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote        TEXT NOT NULL,
  quote_en     TEXT,
  span_start   INTEGER,
  span_end     INTEGER,
  grounded     INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  UNIQUE (claim_id, article_id)
);
INSERT INTO claim_appearances_v4 (claim_id, article_id, quote, quote_en, span_start, span_end,
    grounded, published_at)
  SELECT claim_id, article_id, quote, quote_en, span_start, span_end, grounded, published_at
    FROM claim_appearances ORDER BY published_at, article_id, claim_id;
DROP TABLE claim_appearances;
ALTER TABLE claim_appearances_v4 RENAME TO claim_appearances;
CREATE INDEX claim_appearances_published_at ON claim_appearances (published_at);
CREATE INDEX claim_appearances_article_id ON claim_appearances (article_id);

CREATE VIRTUAL TABLE search_articles USING fts5(title, summary, text, entities, ${TOKENIZE});
CREATE VIRTUAL TABLE search_claims USING fts5(claim, claimant, quote, quote_en, entities,
  ${TOKENIZE});

INSERT INTO search_articles (rowid, title, summary, text, entities) ${ARTICLE_DOCUMENT};
INSERT INTO search_claims (${CLAIM_COLUMNS}) ${CLAIM_DOCUMENT};

CREATE TRIGGER search_articles_delete AFTER DELETE ON articles BEGIN
  DELETE FROM search_articles WHERE rowid = old.id;
END;
CREATE TRIGGER search_claims_insert AFTER INSERT ON claim_appearances BEGIN
  INSERT INTO search_claims (${CLAIM_COLUMNS}) ${CLAIM_DOCUMENT} WHERE p.id = new.id;
END;
CREATE TRIGGER search_claims_update AFTER UPDATE ON claim_appearances BEGIN
  DELETE FROM search_claims WHERE rowid = old.id;
  INSERT INTO search_claims (${CLAIM_COLUMNS}) ${CLAIM_DOCUMENT} WHERE p.id = new.id;
END;
CREATE TRIGGER search_claims_delete AFTER DELETE ON claim_appearances BEGIN
  DELETE FROM search_claims WHERE rowid = old.id;
END;
CREATE TRIGGER search_claims_claim AFTER UPDATE OF claim, claimant, entities_json ON claims BEGIN
  DELETE FROM search_claims
   WHERE rowid IN (SELECT id FROM claim_appearances WHERE claim_id = new.claim_id);
  INSERT INTO search_claims (${CLAIM_COLUMNS}) ${CLAIM_DOCUMENT} WHERE c.claim_id = new.claim_id;
END;
`;
