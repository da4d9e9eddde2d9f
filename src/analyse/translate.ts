/**
 * Full translation, paragraph by paragraph: the article is cut to a (smaller) budget, each
 * part's paragraphs are numbered inside `<article>`, and the reply must hold exactly one
 * English string per piece. The French side of each pair is our own text, never the model's.
 */
import type OpenAI from 'openai';
import { VeilleError } from '../errors.js';
import { createSession, type FormatMemory, type LlmSession, type Usage } from '../llm/client.js';
import type { Limiter } from '../fetch/limiter.js';
import type { LlmConfig } from '../llm/config.js';
import { ContextOverflow } from '../llm/errors.js';
import { loadPrompt, promptVersionOf, renderPrompt } from '../llm/prompts.js';
import { callStructured, structuredHelperPrompts } from '../llm/structured.js';
import type { ExtractResult, Warning } from '../types.js';
import { dedupeWarnings } from './analyse.js';
import { chunkParagraphs, runWithSmallerSplits, type Piece } from './chunk.js';
import { articleBlock } from './delimit.js';
import { TRANSLATION_JSON_SCHEMA, TranslationOutput } from './schema.js';

/** Article tokens per translation call by default: the reply is as long as the input. */
export const TRANSLATE_BUDGET = 1_500;

export interface TranslateOptions {
  config: LlmConfig;
  /** Article tokens per call. Default the smaller of `config.tokenBudget` and 1,500. */
  budget?: number | undefined;
  client?: OpenAI | undefined;
  fetch?: typeof fetch | undefined;
  /** What response format worked per endpoint+model; shared and updated across calls. */
  memory?: FormatMemory | undefined;
  /** Shared cap on calls in flight (`--concurrency`, closed by an EndpointGate); none when absent. */
  slots?: Limiter | undefined;
}

export interface Translation {
  /** The English title; null when the article has none. */
  title: string | null;
  paragraphs: { fr: string; en: string }[];
  model: string;
  promptVersion: string;
  usage: Usage;
  warnings: Warning[];
}

/** The prompt version of `translateArticle` outputs. */
export function translatePromptVersion(): string {
  return promptVersionOf(loadPrompt('translate'), structuredHelperPrompts());
}

/** Translates the whole article into English, one English paragraph per French one. */
export async function translateArticle(
  result: ExtractResult,
  options: TranslateOptions,
): Promise<Translation> {
  const { article } = result;
  const session = createSession({ ...options, input: result.source });
  const budget = options.budget ?? Math.min(session.config.tokenBudget, TRANSLATE_BUDGET);
  const paragraphs =
    article.paragraphs.length > 0 ? article.paragraphs : article.text.split(/\n{2,}/);
  // The title goes first among the numbered pieces: translated in the same calls, same checks.
  const title = article.title?.trim() || null;
  const pieces = title === null ? paragraphs : [title, ...paragraphs];
  const first = title === null ? 0 : 1;
  const english = pieces.map(() => [] as string[]);
  const warnings: Warning[] = [];
  const translate = (group: Piece[]) => translateGroup(session, group, warnings);
  for (const group of chunkParagraphs(pieces, budget)) {
    const done = await runWithSmallerSplits(
      group,
      budget,
      translate,
      (e) => e instanceof ContextOverflow,
    ).catch(overflowError(session));
    for (const pairs of done) for (const { piece, en } of pairs) english[piece.paragraph]?.push(en);
  }
  const englishOf = (i: number): string => (english[i] ?? []).join(' ');
  return {
    title: title === null ? null : englishOf(0) || title,
    paragraphs: paragraphs.map((fr, i) => ({ fr, en: englishOf(i + first) })),
    model: session.config.model,
    promptVersion: translatePromptVersion(),
    usage: { ...session.usage },
    warnings: dedupeWarnings(warnings),
  };
}

async function translateGroup(
  session: LlmSession,
  group: Piece[],
  warnings: Warning[],
): Promise<{ piece: Piece; en: string }[]> {
  const numbered = group.map((piece, i) => `[${i + 1}] ${piece.text}`).join('\n\n');
  const prompt = renderPrompt(loadPrompt('translate'), {
    count: String(group.length),
    paragraphs: articleBlock(numbered, null),
  });
  const result = await callStructured(session, {
    ...prompt,
    schemaName: 'translation',
    jsonSchema: TRANSLATION_JSON_SCHEMA,
    zodSchema: TranslationOutput,
    check: (value) => checkCount(value.paragraphs, group.length),
    englishText: (value) => value.paragraphs,
  });
  warnings.push(...result.warnings);
  return group.map((piece, i) => ({
    piece,
    en: (result.value.paragraphs[i] ?? '').replace(/^\[\d+\]\s*/, ''),
  }));
}

function checkCount(paragraphs: string[], expected: number): string[] {
  if (paragraphs.length !== expected) {
    return [
      `paragraphs: the reply has ${paragraphs.length} of the ${expected} paragraphs; expected exactly ${expected} strings, one per numbered paragraph`,
    ];
  }
  const empty = paragraphs.flatMap((p, i) => (p.trim() === '' ? [i + 1] : []));
  return empty.length > 0 ? [`paragraphs: item(s) ${empty.join(', ')} are empty`] : [];
}

function overflowError(session: LlmSession): (err: unknown) => never {
  return (err) => {
    if (!(err instanceof ContextOverflow)) throw err;
    throw new VeilleError(
      'LLM_ERROR',
      `model ${session.config.model} ran out of room even on the smallest split`,
      {
        stage: 'analyse',
        input: session.input,
        cause: err,
      },
    );
  };
}
