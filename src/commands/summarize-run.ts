/**
 * The run of `veille summarize`, apart from its definition (summarize.ts) so that the model
 * client, the store and the batch machinery load only when the command runs.
 */
import {
  analyseArticle,
  analysePromptVersion,
  describeLlmConfig,
  type FormatMemory,
  type LlmConfig,
} from '../analyse/index.js';
import {
  BatchProgress,
  BatchStore,
  batchInputs,
  readPrices,
  runPool,
  type BatchItem,
} from '../batch/index.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, formatErrorLine, type Stage } from '../errors.js';
import { createLimiter, type Limiter } from '../fetch/limiter.js';
import { SUMMARY_EXTENSIONS, renderAnalysis, type SummaryFormat } from '../render/analysis.js';
import { OutputClosed, writeResult } from '../output.js';
import { OutDir } from '../render/out.js';
import { Reporter } from '../report.js';
import { RULES_VERSION, analyseWithRules, findMissedClaims } from '../rules/index.js';
import type { Store } from '../store/index.js';
import type { Analysis, ExtractResult } from '../types.js';
import { assertSomeInput, inputOptionsFrom } from './inputs.js';
import { analysisKey, loadFormatMemory, openRunStore, saveFormatMemory } from './store-run.js';
import {
  RULES_FALLBACK_NOTICE,
  llmConfigFrom,
  noEndpointError,
  type SummarizeFlags,
} from './summarize.js';

/** Articles in the batch pool per model-call slot: one waiting on the model, one being prepared. */
const ARTICLES_PER_SLOT = 2;

/** Runs `veille summarize` on `inputs`; resolves to the exit code. */
export async function runSummarize(
  ctx: RunContext,
  inputs: string[],
  flags: SummarizeFlags,
): Promise<number> {
  assertSomeInput(inputs, flags);
  const reporter = new Reporter(ctx.stderr, {
    verbose: Boolean(flags.verbose),
    quiet: Boolean(flags.quiet),
  });
  const config = await engineConfig(ctx, flags, reporter);
  if (config === 'usage') return EXIT.USAGE;
  const out = flags.out === undefined ? null : new OutDir(flags.out);
  if (out) await out.prepare();
  // A store that cannot be opened is reported once and the run goes on without it.
  let store: Store | null = null;
  let failure: unknown;
  try {
    store = openRunStore(ctx, flags);
  } catch (err) {
    if (!(err instanceof VeilleError) || err.stage !== 'store') throw err;
    failure = err;
  }
  const results = new BatchStore({
    store,
    report: (err) => reporter.error(err, 'store'),
    ...(failure === undefined ? {} : { failure }),
  });
  const items = batchInputs(inputs, inputOptionsFrom(ctx, flags), {
    store: store === null ? null : results,
    maxAgeMs: flags.maxAge,
    refresh: Boolean(flags.refresh),
  });
  try {
    const closing = await summarizeItems(ctx, {
      items,
      flags,
      config,
      out,
      reporter,
      store,
      results,
    });
    reporter.info(closing);
    return reporter.failed > 0 ? EXIT.FAILED : EXIT.OK;
  } finally {
    store?.close();
  }
}

/**
 * The endpoint of `flags` (null for the rules engine), saying so when none is configured;
 * 'usage' (after a one-line error) when `--engine openai` has no endpoint.
 */
export async function engineConfig(
  ctx: RunContext,
  flags: Pick<SummarizeFlags, 'engine' | 'model' | 'baseUrl' | 'verbose'>,
  reporter: Reporter,
): Promise<LlmConfig | null | 'usage'> {
  const config = flags.engine === 'rules' ? null : await llmConfigFrom(ctx, flags);
  if (flags.engine === 'openai' && config === null) {
    ctx.stderr.write(`${formatErrorLine(noEndpointError())}\n`);
    return 'usage';
  }
  if (flags.engine === undefined && config === null) reporter.info(RULES_FALLBACK_NOTICE);
  if (config !== null && flags.verbose) reporter.info(`model: ${describeLlmConfig(config)}`);
  return config;
}

/** One batch: the items to analyse, and where results go. */
export interface SummarizeRun {
  /** Extracts (or input errors) to analyse, e.g. `batchInputs(…)`. */
  items: AsyncIterable<BatchItem | VeilleError>;
  flags: SummarizeFlags;
  config: LlmConfig | null;
  out: OutDir | null;
  reporter: Reporter;
  store: Store | null;
  /** The batch's use of `store`: cache, in-flight sharing, failures reported once. */
  results: BatchStore;
  /** False: results are only stored, nothing is written to stdout or `out` [true]. */
  emit?: boolean;
  /** Called once an article's analysis is obtained and saved (e.g. to link it to its source). */
  onStored?: (item: ExtractResult) => void;
}

/**
 * Analyses every item through the batch pool (cache, model slots, store) and returns the
 * closing summary line; failures are counted by `reporter`.
 */
export async function summarizeItems(
  ctx: RunContext,
  { items, flags, config, out, reporter, store, results, emit = true, onStored }: SummarizeRun,
): Promise<string> {
  // Format memory: what response format worked per endpoint+model, kept across runs.
  const memory: FormatMemory = loadFormatMemory(store);
  // Options that change the output are part of the version, hence of the cache key.
  const engine =
    config === null
      ? { model: null, version: RULES_VERSION }
      : {
          model: config.model,
          version: `${analysePromptVersion()}:${flags.length}${flags.strict ? ':strict' : ''}`,
        };
  const progress = new BatchProgress({
    reporter,
    model: engine.model,
    prices: config === null ? {} : readPrices(ctx),
  });
  const refresh = Boolean(flags.refresh);
  // `--concurrency` caps the model calls in flight; twice as many articles are in the pool so
  // the next ones are extracted, and the last replies checked and stored, while calls are out.
  const slots = createLimiter({ global: flags.concurrency });
  const articlesInFlight = flags.concurrency * ARTICLES_PER_SLOT;
  /** Counts each input as it enters, and notes when the inputs are exhausted. */
  async function* counted(): AsyncGenerator<BatchItem | VeilleError> {
    for await (const item of items) {
      progress.seen();
      yield item;
    }
    progress.complete = true;
  }
  const fail = (err: unknown, stage: Stage, input?: string): void => {
    const error = reporter.error(err, stage, input);
    progress.failure(error);
  };
  progress.start();
  try {
    await runPool(counted(), articlesInFlight, async (entry) => {
      if (entry instanceof VeilleError) {
        fail(entry, entry.stage, entry.input);
        // Kept so a later run (or `pendingFailures`) knows this input is still to be done.
        if (entry.input !== undefined) results.recordFailure(entry.input, entry);
        return;
      }
      const item = entry.extract;
      if (entry.fetchedAt) progress.fresh += 1;
      for (const warning of item.warnings) reporter.warning(item.source, warning);
      let analysis: Analysis;
      let cached: boolean;
      try {
        const result = await results.obtain(item, {
          key: analysisKey(item, engine),
          refresh,
          fetchedAt: entry.fetchedAt,
          analyse: async () =>
            config === null
              ? analyseWithRules(item)
              : await analyse(item, config, flags, memory, slots),
        });
        analysis = result.analysis;
        cached = result.cached;
      } catch (err) {
        fail(err, 'analyse', item.source);
        return;
      }
      onStored?.(item);
      try {
        if (emit) await emitAnalysis(ctx, { analysis, format: flags.format, out, reporter });
        else reporter.done += 1;
      } catch (err) {
        // The reader left (`| head`): the pool stops taking inputs; what is analysed is stored.
        if (err instanceof OutputClosed) throw err;
        fail(err, 'render', item.source);
        return;
      }
      progress.succeeded(analysis, cached ? 'cached' : config === null ? 'rules' : 'model');
    });
  } finally {
    progress.stop();
    saveFormatMemory(store, memory);
  }
  const pending = results.pendingFailures();
  return (
    progress.summary() +
    (pending > 0 ? `, ${pending} failed input${pending === 1 ? '' : 's'} to retry` : '') +
    results.closingNote()
  );
}

/** The LLM analysis, plus the rules engine's claims the model seems to have missed. */
async function analyse(
  item: ExtractResult,
  config: LlmConfig,
  flags: SummarizeFlags,
  memory: FormatMemory,
  slots: Limiter,
): Promise<Analysis> {
  const analysis = await analyseArticle(item, {
    config,
    length: flags.length,
    strict: Boolean(flags.strict),
    memory,
    slots,
  });
  const rules = analyseWithRules(item);
  analysis.warnings.push(...findMissedClaims(rules.claims, analysis.claims));
  return analysis;
}

async function emitAnalysis(
  ctx: RunContext,
  {
    analysis,
    format,
    out,
    reporter,
  }: { analysis: Analysis; format: SummaryFormat; out: OutDir | null; reporter: Reporter },
): Promise<void> {
  for (const warning of analysis.warnings) reporter.warning(analysis.source, warning);
  const rendered = renderAnalysis(analysis, format);
  if (out) {
    const label = analysis.article.title ?? analysis.source;
    const file = await out.write(label, SUMMARY_EXTENSIONS[format], rendered);
    reporter.info(`wrote ${file}`);
  } else {
    // A slow reader of stdout holds the batch back instead of results piling up in memory.
    await writeResult(ctx.stdout, rendered);
  }
  reporter.done += 1;
}
