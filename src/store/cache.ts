/**
 * Cache identities. An analysis is reusable when the article text, the model, the prompt version
 * and the Analysis schema version are all the same; anything else that changes the output
 * (summary length, strict mode…) must be folded into `promptVersion` by the caller.
 */
import { createHash } from 'node:crypto';
import { articleInfo } from '../analyse/article-info.js';
import type { Analysis, ExtractResult } from '../types.js';

/** Version of the `Analysis` shape as stored; bump when types.ts changes it incompatibly. */
export const ANALYSIS_SCHEMA_VERSION = 1;

/** sha256 (hex) of the article text, exactly as extracted. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface CacheKeyInput {
  contentHash: string;
  /** Model name; null for the rules engine. */
  model: string | null;
  /** Prompt (or rules) version; null when unknown. */
  promptVersion: string | null;
  /** Default ANALYSIS_SCHEMA_VERSION. */
  schemaVersion?: number;
}

/** A cache key with its parts, as stored in the analyses table. */
export interface CacheKey {
  /** sha256 (hex, 32 chars) of the parts below. */
  id: string;
  contentHash: string;
  model: string | null;
  promptVersion: string | null;
  schemaVersion: number;
}

export function cacheKey(input: CacheKeyInput): CacheKey {
  const schemaVersion = input.schemaVersion ?? ANALYSIS_SCHEMA_VERSION;
  const parts = [input.contentHash, input.model ?? '', input.promptVersion ?? '', schemaVersion];
  const id = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
  return {
    id,
    contentHash: input.contentHash,
    model: input.model,
    promptVersion: input.promptVersion,
    schemaVersion,
  };
}

/** The key an analysis of this article would be stored under. */
export function cacheKeyOf(extract: ExtractResult, analysis: Analysis): CacheKey {
  return cacheKey({
    contentHash: contentHash(extract.article.text),
    model: analysis.model,
    promptVersion: analysis.promptVersion,
  });
}

/**
 * An analysis cached for one article, made to belong to another with the same text (an agency
 * dispatch republished by two outlets): source and article metadata from `extract`, and a
 * headline taken from the title (rules engine) follows the title. Claim ids are kept: both
 * copies are appearances of the same claims. Spans stay valid because the text is identical.
 */
export function rebindAnalysis(analysis: Analysis, extract: ExtractResult): Analysis {
  const article = articleInfo(extract.article);
  const { headline } = analysis.summary;
  const fromTitle = headline !== null && headline === analysis.article.title;
  return {
    ...analysis,
    source: extract.source,
    article,
    summary: fromTitle
      ? { ...analysis.summary, headline: article.title ?? headline }
      : analysis.summary,
  };
}
