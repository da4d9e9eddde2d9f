/**
 * The rules engine: the same `Analysis` as the LLM engine, without any model. French in, French
 * out: entities from capitalisation, cue tables and a gazetteer; claims from quotation marks and
 * reporting verbs; an extractive summary. English fields stay null (NOT_TRANSLATED warning).
 *
 * Pipeline: entities → claims (uses the entities) → summary.
 */
import { articleKey, entityId } from '../analyse/ids.js';
import { articleInfo } from '../analyse/article-info.js';
import type { Analysis, Claim, Entity, ExtractResult, Warning } from '../types.js';
import { extractClaims } from './claims.js';
import { extractEntities } from './entities.js';
import { lookupGazetteer } from './gazetteer.js';
import { summarise } from './summary.js';

export { findMissedClaims } from './coverage.js';

/** Version of the rules; bump when a table or heuristic changes the output. */
export const RULES_VERSION = 'rules-12';

const NOT_TRANSLATED: Warning = {
  code: 'NOT_TRANSLATED',
  message:
    'rules engine: no translation; claim and quoteEn are null, the summary is in the article’s language',
};

/**
 * Claims may lean on untyped names; the output never shows an untyped guess (issue 11: OTHER as
 * a fallback was right 4 times in 108); OTHER from the gazetteer (diseases, viruses) is no guess
 * and stays. A single unknown name that speaks is a person ("glisse
 * Zineb"): its role in the text is the evidence its shape lacked. Claims keep the ids of the
 * entities that remain.
 */
function typedOnly(found: Entity[], raw: Claim[]): { entities: Entity[]; claims: Claim[] } {
  const speakers = new Set(raw.map((c) => c.claimant));
  /** Old entity id → id in the output (absent: not in the output). */
  const kept = new Map<string, string>();
  const entities = found.flatMap((e) => {
    if (e.type !== 'OTHER' || lookupGazetteer(e.name)?.type === 'OTHER') {
      kept.set(e.id, e.id);
      return [e];
    }
    if (!speakers.has(e.name) || /\s/u.test(e.name)) return [];
    const person = { ...e, type: 'PERSON' as const, id: entityId('PERSON', e.name) };
    kept.set(e.id, person.id);
    return [person];
  });
  const claims = raw.map((c) => ({
    ...c,
    entities: c.entities.flatMap((id) => kept.get(id) ?? []),
  }));
  return { entities, claims };
}

/** Analyses one extracted article with the rules engine. Deterministic; never throws on text. */
export function analyseWithRules(result: ExtractResult): Analysis {
  const { article } = result;
  const found = extractEntities(article.text);
  const { entities, claims } = typedOnly(
    found,
    extractClaims(article.text, articleKey(article), found),
  );
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
