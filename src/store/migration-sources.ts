/**
 * Schema 5: the sources `veille run` follows (issue 12), kept in a file of its own so that the
 * migrations list only gains one line. Times are ISO 8601 UTC strings, as everywhere else.
 *
 * - `sources`: one row per followed URL (a feed, or a plain page), with its fetch health — the
 *   last fetch, the last error, how many runs in a row it failed — and the validators of its
 *   last 200 answer (`etag`, `last_modified`) for the next run's conditional GET.
 * - `source_tags`: the tags of each source (`--tag`, OPML folders and categories).
 * - `source_articles`: which source led to which article, so that articles can be filtered by
 *   a source's tags (`JOIN source_tags USING (source_id)`). An article two feeds list is linked
 *   to both.
 */
export const SOURCES_SQL = `
CREATE TABLE sources (
  id                INTEGER PRIMARY KEY,
  url               TEXT NOT NULL UNIQUE,  -- normalised (new URL().href), http(s) only
  name              TEXT,
  html_url          TEXT,                  -- the site's home page, from OPML htmlUrl
  kind              TEXT,                  -- 'feed' or 'page' once fetched; NULL before
  added_at          TEXT NOT NULL,
  last_fetch_at     TEXT,
  last_ok_at        TEXT,
  last_error_code   TEXT,
  last_error        TEXT,
  failures_in_a_row INTEGER NOT NULL DEFAULT 0,
  etag              TEXT,
  last_modified     TEXT
);

CREATE TABLE source_tags (
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  tag       TEXT NOT NULL,
  PRIMARY KEY (source_id, tag)
);
CREATE INDEX source_tags_tag ON source_tags (tag);

CREATE TABLE source_articles (
  source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  found_at   TEXT NOT NULL,
  PRIMARY KEY (source_id, article_id)
);
CREATE INDEX source_articles_article_id ON source_articles (article_id);
`;
