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
import {
  SUMMARY_EXTENSIONS,
  analysisRecord,
  renderAnalysis,
  type SummaryFormat,
} from '../render/analysis.js';
import { OutputClosed } from '../output.js';
import { OutDir } from '../render/out.js';
import { ResultSink, defaultFormat } from '../render/results.js';
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
  const config = flags.engine === 'rules' ? null : await llmConfigFrom(ctx, flags);
  if (flags.engine === 'openai' && config === null) {
    ctx.stderr.write(`${formatErrorLine(noEndpointError())}\n`);
    return EXIT.USAGE;
  }
  if (flags.engine === undefined && config === null) reporter.info(RULES_FALLBACK_NOTICE);
  if (config !== null && flags.verbose) reporter.info(`model: ${describeLlmConfig(config)}`);
  const out =
    flags.out === undefined ? null : new OutDir(flags.out, { force: Boolean(flags.force) });
  if (out) await out.prepare();
  const format =
    flags.format ?? defaultFormat(ctx.stdout, { readable: 'markdown', hasOut: out !== null });
  const sink = new ResultSink(ctx.stdout, format, out);
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
  try {
    const code = await summarizeAll(ctx, {
      inputs,
      flags,
      config,
      format,
      sink,
      reporter,
      store,
      results,
    });
    await sink.end();
    return code;
  } finally {
    store?.close();
  }
}

interface SummarizeRun {
  inputs: string[];
  flags: SummarizeFlags;
  config: LlmConfig | null;
  format: SummaryFormat;
  sink: ResultSink;
  reporter: Reporter;
  store: Store | null;
  /** The batch's use of `store`: cache, in-flight sharing, failures reported once. */
  results: BatchStore;
}

async function summarizeAll(
  ctx: RunContext,
  { inputs, flags, config, format, sink, reporter, store, results }: SummarizeRun,
): Promise<number> {
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
  const source = batchInputs(inputs, inputOptionsFrom(ctx, flags), {
    store: store === null ? null : results,
    maxAgeMs: flags.maxAge,
    refresh,
  });
  /** Counts each input as it enters, and notes when the inputs are exhausted. */
  async function* counted(): AsyncGenerator<BatchItem | VeilleError> {
    for await (const item of source) {
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
      try {
        await emit({ analysis, format, sink, reporter });
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
  reporter.info(
    progress.summary() +
      (pending > 0 ? `, ${pending} failed input${pending === 1 ? '' : 's'} to retry` : '') +
      results.closingNote(),
  );
  return reporter.failed > 0 ? EXIT.FAILED : EXIT.OK;
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

async function emit({
  analysis,
  format,
  sink,
  reporter,
}: {
  analysis: Analysis;
  format: SummaryFormat;
  sink: ResultSink;
  reporter: Reporter;
}): Promise<void> {
  for (const warning of analysis.warnings) reporter.warning(analysis.source, warning);
  // A slow reader of stdout holds the batch back instead of results piling up in memory.
  const file = await sink.write({
    label: analysis.article.title ?? analysis.source,
    extension: SUMMARY_EXTENSIONS[format],
    rendered: renderAnalysis(analysis, format),
    record: analysisRecord(analysis),
  });
  if (file !== null) reporter.info(`wrote ${file}`);
  reporter.done += 1;
}
