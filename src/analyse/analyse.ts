/**
 * Analyse stage (LLM engine): article → one structured call (or one per part when over the
 * token budget, then a summary call from the parts' summaries) → our post-processing:
 * entity merge and ids, quote grounding, claim ids, warnings.
 */
import type OpenAI from 'openai';
import type { Limiter } from '../fetch/limiter.js';
import { articleInfo } from './article-info.js';
import { VeilleError, toVeilleError } from '../errors.js';
import { createSession, type FormatMemory, type LlmSession } from '../llm/client.js';
import type { LlmConfig } from '../llm/config.js';
import { ContextOverflow } from '../llm/errors.js';
import { loadPrompt, promptVersionOf, renderPrompt } from '../llm/prompts.js';
import { callStructured, structuredHelperPrompts } from '../llm/structured.js';
import { estimateTokens } from '../llm/tokens.js';
import type { Analysis, ExtractResult, Warning } from '../types.js';
import { chunkParagraphs, groupText, runWithSmallerSplits, type Piece } from './chunk.js';
import { buildClaims } from './claims.js';
import { articleBlock, wrapData } from './delimit.js';
import { mergeEntities } from './entities.js';
import { foldWithMap } from './grounding.js';
import { articleKey } from './ids.js';
import {
  ANALYSIS_JSON_SCHEMA,
  AnalysisOutput,
  SUMMARY_JSON_SCHEMA,
  SummaryOutput,
} from './schema.js';

export type SummaryLength = 'brief' | 'standard' | 'detailed';

export interface AnalyseOptions {
  config: LlmConfig;
  /** Summary length. Default `standard`. */
  length?: SummaryLength | undefined;
  /** Drop claims whose quote is not found in the article. Default false (kept, warned). */
  strict?: boolean | undefined;
  /** A ready SDK client; default one built from `config`. */
  client?: OpenAI | undefined;
  /** fetch for the default client; default the global one. */
  fetch?: typeof fetch | undefined;
  /** What response format worked per endpoint+model; shared and updated across calls. */
  memory?: FormatMemory | undefined;
  /** Cap on model calls in flight, shared by the articles of a batch; none when absent. */
  slots?: Limiter | undefined;
}

/** The prompt version of `analyseArticle` outputs (changes with any prompt file it may use). */
export function analysePromptVersion(): string {
  return promptVersionOf(loadPrompt('analyse'), [
    loadPrompt('summary'),
    ...structuredHelperPrompts(),
  ]);
}

/**
 * Analyses one extracted article with the configured model. When it fails, the error's
 * `details.usage` holds the tokens its calls still cost, so a batch can count them.
 */
export async function analyseArticle(
  result: ExtractResult,
  options: AnalyseOptions,
): Promise<Analysis> {
  const session = createSession({ ...options, input: result.source });
  try {
    return await analyseInSession(session, result, options);
  } catch (err) {
    const error = toVeilleError(err, 'analyse', result.source);
    if (session.usage.promptTokens + session.usage.completionTokens === 0) throw error;
    throw new VeilleError(error.code, error.message, {
      stage: error.stage,
      input: error.input,
      cause: error.cause,
      details: { ...error.details, usage: { ...session.usage } },
    });
  }
}

async function analyseInSession(
  session: LlmSession,
  result: ExtractResult,
  options: AnalyseOptions,
): Promise<Analysis> {
  const { article } = result;
  const length = options.length ?? 'standard';
  const paragraphs =
    article.paragraphs.length > 0 ? article.paragraphs : article.text.split(/\n{2,}/);
  const groups = chunkParagraphs(paragraphs, session.config.tokenBudget);
  const warnings: Warning[] = [];
  const parts: AnalysisOutput[] = [];
  for (const [i, group] of groups.entries()) {
    const label = groups.length === 1 ? 'the whole article' : `part ${i + 1} of ${groups.length}`;
    // After a smaller split the model sees a section of the part, and is told so.
    const analyse = (g: Piece[]) =>
      analysePart(session, {
        group: g,
        label: g === group ? label : `a section of ${label}`,
        length,
        title: article.title,
        warnings,
      });
    parts.push(
      ...(await runWithSmallerSplits(group, session.config.tokenBudget, analyse, isOverflow).catch(
        overflowError(session),
      )),
    );
  }
  if (parts.length > 1) {
    warnings.push({
      code: 'ARTICLE_SPLIT',
      message: `article of ~${estimateTokens(article.text)} tokens analysed in ${parts.length} parts`,
    });
  }
  const summary =
    parts.length === 1 ? parts[0]!.summary : await summariseParts(session, parts, length, warnings);
  const folded = foldWithMap(article.text);
  const merged = mergeEntities(
    parts.flatMap((p) => p.entities),
    folded,
  );
  const claims = buildClaims(
    parts.flatMap((p) => p.claims),
    {
      article,
      articleKey: articleKey(article),
      folded,
      lookup: merged.lookup,
      mentionsOf: (id) => merged.entities.find((e) => e.id === id)?.mentions ?? [],
      strict: options.strict,
    },
  );
  return {
    source: result.source,
    article: articleInfo(article),
    summary: { ...summary, lang: 'en' },
    entities: merged.entities,
    claims: claims.claims,
    engine: 'openai',
    model: session.config.model,
    promptVersion: analysePromptVersion(),
    usage: { ...session.usage },
    warnings: dedupeWarnings([...warnings, ...merged.warnings, ...claims.warnings]),
  };
}

interface PartRequest {
  group: Piece[];
  label: string;
  length: SummaryLength;
  title: string | null;
  /** Collects soft failures (NOT_ENGLISH) of every call. */
  warnings: Warning[];
}

async function analysePart(session: LlmSession, request: PartRequest): Promise<AnalysisOutput> {
  const prompt = renderPrompt(loadPrompt('analyse'), {
    length: request.length,
    part: request.label,
    article: articleBlock(groupText(request.group), request.title),
  });
  const result = await callStructured(session, {
    ...prompt,
    schemaName: 'article_analysis',
    jsonSchema: ANALYSIS_JSON_SCHEMA,
    zodSchema: AnalysisOutput,
    englishText: (value) => englishOf(value),
  });
  request.warnings.push(...result.warnings);
  return result.value;
}

/** The texts that must be English: the summary, each claim, the descriptions. */
function englishOf(value: AnalysisOutput): string[] {
  const { summary } = value;
  return [
    [summary.headline, summary.text, ...summary.bullets].join('\n'),
    ...value.claims.map((c) => `${c.claim}\n${c.quoteEn}`),
    value.entities.map((e) => e.description ?? '').join('\n'),
  ];
}

async function summariseParts(
  session: LlmSession,
  parts: AnalysisOutput[],
  length: SummaryLength,
  warnings: Warning[],
): Promise<SummaryOutput> {
  const notes = parts
    .map(
      (p, i) =>
        `Part ${i + 1}: ${p.summary.headline}\n${p.summary.text}\n${p.summary.bullets.map((b) => `- ${b}`).join('\n')}`,
    )
    .join('\n\n');
  const prompt = renderPrompt(loadPrompt('summary'), { length, notes: wrapData('notes', notes) });
  const result = await callStructured(session, {
    ...prompt,
    schemaName: 'article_summary',
    jsonSchema: SUMMARY_JSON_SCHEMA,
    zodSchema: SummaryOutput,
    englishText: (s) => [[s.headline, s.text, ...s.bullets].join('\n')],
  }).catch(overflowError(session));
  warnings.push(...result.warnings);
  return result.value;
}

function isOverflow(err: unknown): boolean {
  return err instanceof ContextOverflow;
}

/** An overflow that survived the smallest split becomes a normal error. */
function overflowError(session: LlmSession): (err: unknown) => never {
  return (err) => {
    if (!(err instanceof ContextOverflow)) throw err;
    throw new VeilleError(
      'LLM_ERROR',
      `model ${session.config.model} ran out of room (${err.message}) even on the smallest split`,
      { stage: 'analyse', input: session.input, cause: err },
    );
  };
}

/** One warning per code and message (chunks may repeat them). */
export function dedupeWarnings(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
