/**
 * The rules engine: the same `Analysis` as the LLM engine, without any model. French in, French
 * out: entities from capitalisation, cue tables and a gazetteer; claims from quotation marks and
 * reporting verbs; an extractive summary. English fields stay null (NOT_TRANSLATED warning).
 *
 * Pipeline: entities → claims (uses the entities) → summary.
 */
import { articleKey } from '../analyse/ids.js';
import { articleInfo } from '../analyse/article-info.js';
import type { Analysis, ExtractResult, Warning } from '../types.js';
import { extractClaims } from './claims.js';
import { extractEntities } from './entities.js';
import { summarise } from './summary.js';

export { findMissedClaims } from './coverage.js';

/** Version of the rules; bump when a table or heuristic changes the output. */
export const RULES_VERSION = 'rules-4';

const NOT_TRANSLATED: Warning = {
  code: 'NOT_TRANSLATED',
  message:
    'rules engine: no translation; claim and quoteEn are null, the summary is in the article’s language',
};

/** Analyses one extracted article with the rules engine. Deterministic; never throws on text. */
export function analyseWithRules(result: ExtractResult): Analysis {
  const { article } = result;
  const found = extractEntities(article.text);
  // Claims may lean on untyped names (a speaker "Zorglub"); the output never shows an untyped
  // guess (issue 11: OTHER as a fallback was right 4 times in 108): typed entities only.
  const entities = found.filter((e) => e.type !== 'OTHER');
  const typed = new Set(entities.map((e) => e.id));
  const claims = extractClaims(article.text, articleKey(article), found).map((c) => ({
    ...c,
    entities: c.entities.filter((id) => typed.has(id)),
  }));
  return {
    source: result.source,
    article: articleInfo(article),
    // Extractive: the summary is in the article's own language.
    summary: summarise(article.text, article.title, article.lang ?? 'fr'),
    entities,
    claims,
    engine: 'rules',
    model: null,
    promptVersion: RULES_VERSION,
    usage: null,
    warnings: [NOT_TRANSLATED],
  };
}
