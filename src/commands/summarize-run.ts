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
  type Obtained,
} from '../batch/index.js';
import { InOrder, ORDER_WINDOW } from '../batch/in-order.js';
import { interruptedLine, watchInterrupt, type Interruption } from '../batch/interrupt.js';
import { EndpointGate, failureReporter } from '../batch/endpoint-gate.js';
import { mapLlmError } from '../llm/errors.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, formatErrorLine, toVeilleError, type Stage } from '../errors.js';
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
import type { Plan } from '../inputs/load.js';
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
  const out =
    flags.out === undefined ? null : new OutDir(flags.out, { force: Boolean(flags.force) });
  if (out) await out.prepare();
  const format =
    flags.format ?? defaultFormat(ctx.stdout, { readable: 'markdown', hasOut: out !== null });
  const sink = new ResultSink(ctx.stdout, format, out, separatorOf(format));
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
  // The loader tells the progress bar how many inputs a folder holds as soon as it is listed.
  const items = (onPlan: (plan: Plan) => void): AsyncIterable<BatchItem | VeilleError> =>
    batchInputs(
      inputs,
      { ...inputOptionsFrom(ctx, flags), onPlan },
      {
        store: store === null ? null : results,
        maxAgeMs: flags.maxAge,
        refresh: Boolean(flags.refresh),
      },
    );
  try {
    const closing = await summarizeItems(ctx, {
      items,
      flags,
      config,
      format,
      sink,
      reporter,
      store,
      results,
      interruptible: true,
    });
    if (closing === null) return EXIT.INTERRUPTED;
    await sink.end();
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
  /**
   * Extracts (or input errors) to analyse, e.g. `batchInputs(…)`; as a function, it is handed
   * the progress bar's `onPlan` (the loader's count of the inputs to come).
   */
  items:
    | AsyncIterable<BatchItem | VeilleError>
    | ((onPlan: (plan: Plan) => void) => AsyncIterable<BatchItem | VeilleError>);
  flags: SummarizeFlags;
  config: LlmConfig | null;
  format: SummaryFormat;
  /** Where results are written; null: they are only stored (`veille run`). */
  sink: ResultSink | null;
  reporter: Reporter;
  store: Store | null;
  /** The batch's use of `store`: cache, in-flight sharing, failures reported once. */
  results: BatchStore;
  /** Called once an article's analysis is obtained and saved (e.g. to link it to its source). */
  onStored?: (item: ExtractResult) => void;
  /**
   * Ctrl-C stops the batch at once and says what was saved [false]. `veille run` keeps it off:
   * it lets the calls in flight finish on its own signals.
   */
  interruptible?: boolean;
}

/**
 * Analyses every item through the batch pool (cache, model slots, store) and returns the
 * closing summary line, or null when Ctrl-C stopped it (the line saying so is printed);
 * failures are counted by `reporter`.
 */
export async function summarizeItems(ctx: RunContext, run: SummarizeRun): Promise<string | null> {
  const { items, flags, config, reporter, store, results } = run;
  // Format memory: what response format worked per endpoint+model, kept across runs.
  const memory: FormatMemory = loadFormatMemory(store);
  const engine = engineOf(config, flags);
  const progress = new BatchProgress({
    reporter,
    model: engine.model,
    prices: config === null ? {} : readPrices(ctx),
  });
  // `--concurrency` caps the model calls in flight; twice as many articles are in the pool so
  // the next ones are extracted, and the last replies checked and stored, while calls are out.
  const slots = createLimiter({ global: flags.concurrency });
  const ordered = flags.order !== 'completion';
  const order = new InOrder(ordered);
  const articlesInFlight = flags.concurrency * ARTICLES_PER_SLOT + (ordered ? ORDER_WINDOW : 0);
  const source = typeof items === 'function' ? items((plan) => progress.plan(plan)) : items;
  /** Counts each input as it enters, with its turn, and notes when the inputs are exhausted. */
  async function* counted(): AsyncGenerator<Entry> {
    for await (const item of source) {
      progress.seen();
      yield { item, ticket: order.enter() };
    }
    progress.complete = true;
  }
  // Closed by the first endpoint-wide error: no more calls, one line, the rest kept pending.
  const gate = new EndpointGate((err) =>
    config === null ? toVeilleError(err, 'analyse') : mapLlmError(err, { config }),
  );
  const guarded = gate.guard(slots);
  const fail = failureReporter(reporter, gate, (error) => progress.failure(error));
  const interrupt = run.interruptible === true ? watchInterrupt(ctx) : null;
  progress.start();
  try {
    const entryRun = { ...run, engine, memory, progress, fail, gate, slots: guarded };
    const pool = runPool(counted(), articlesInFlight, async ({ item, ticket }) => {
      try {
        await summarizeEntry(ctx, item, { ...entryRun, turn: () => order.turn(ticket) });
      } finally {
        order.done(ticket);
      }
    });
    if (interrupt === null) await pool;
    else if ((await untilInterrupted(pool, interrupt)) === 'interrupted') {
      results.stop();
      progress.stop();
      reporter.notice(interruptedLine(results.saved, results.savedIn));
      return null;
    }
  } finally {
    interrupt?.dispose();
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

/** The engine's model and version; options that change the output are part of the version. */
function engineOf(
  config: LlmConfig | null,
  flags: SummarizeFlags,
): { model: string | null; version: string } {
  if (config === null) return { model: null, version: RULES_VERSION };
  const version = `${analysePromptVersion()}:${flags.length}${flags.strict ? ':strict' : ''}`;
  return { model: config.model, version };
}

/** Waits for the pool, or for Ctrl-C, whichever comes first; an abandoned pool is left to die. */
async function untilInterrupted(
  pool: Promise<void>,
  interrupt: Interruption,
): Promise<'done' | 'interrupted'> {
  const finished = pool.then(() => 'done' as const);
  const ended = await Promise.race([finished, interrupt.interrupted]);
  if (ended === 'interrupted') finished.catch(() => {}); // what it still throws is of no interest
  return ended;
}

interface EntryRun extends SummarizeRun {
  engine: { model: string | null; version: string };
  memory: FormatMemory;
  progress: BatchProgress;
  fail: (err: unknown, stage: Stage, input?: string) => void;
  gate: EndpointGate;
  /** Model-call slots, closed by the gate. */
  slots: Limiter;
  /** Resolves when this input's result may be written (`--order`). */
  turn: () => Promise<void>;
}

/** One input of the batch and its place in the output order. */
interface Entry {
  item: BatchItem | VeilleError;
  ticket: number;
}

/** One input of the batch: its error, or its analysis (cached or made) written out. */
async function summarizeEntry(
  ctx: RunContext,
  entry: BatchItem | VeilleError,
  run: EntryRun,
): Promise<void> {
  const { config, flags, results, progress, reporter, fail } = run;
  if (entry instanceof VeilleError) {
    fail(entry, entry.stage, entry.input);
    // Kept so a later run (or `pendingFailures`) knows this input is still to be done.
    if (entry.input !== undefined) results.recordFailure(entry.input, entry);
    return;
  }
  const item = entry.extract;
  if (entry.fetchedAt) progress.fresh += 1;
  let obtained: Obtained;
  try {
    obtained = await results.obtain(item, {
      key: analysisKey(item, run.engine),
      refresh: Boolean(flags.refresh),
      fetchedAt: entry.fetchedAt,
      analyse: async () => {
        if (config === null) return analyseWithRules(item);
        run.gate.check();
        return await analyse(item, config, flags, run.memory, run.slots);
      },
    });
  } catch (err) {
    fail(err, 'analyse', item.source);
    return;
  }
  const { analysis, cached } = obtained;
  run.onStored?.(item);
  // A cached analysis was warned about when it was made: its warnings are only counted.
  const warnings = [...item.warnings, ...analysis.warnings];
  if (!cached) for (const warning of warnings) reporter.warning(item.source, warning);
  let file: string | undefined;
  await run.turn();
  try {
    if (run.sink === null) reporter.done += 1;
    else file = await emit({ analysis, format: run.format, sink: run.sink, reporter });
  } catch (err) {
    // The reader left (`| head`): the pool stops taking inputs; what is analysed is stored.
    if (err instanceof OutputClosed) throw err;
    fail(err, 'render', item.source);
    return;
  }
  const outcome = cached ? 'cached' : config === null ? 'rules' : 'model';
  progress.succeeded(analysis, outcome, { warnings, file });
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

/** Between two Markdown reports on stdout: a rule and a blank line. */
export const MARKDOWN_SEPARATOR = '\n---\n\n';
/** Between two plain-text reports on stdout: a dashed line between blank lines. */
export const TEXT_SEPARATOR = `\n${'-'.repeat(40)}\n\n`;

/** What goes between two reports on stdout; JSON Lines and the JSON array need nothing. */
function separatorOf(format: SummaryFormat): string {
  if (format === 'markdown') return MARKDOWN_SEPARATOR;
  return format === 'text' ? TEXT_SEPARATOR : '';
}

/** Writes one analysis to stdout or `--out`; resolves to the file written, if any. */
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
}): Promise<string | undefined> {
  // A slow reader of stdout holds the batch back instead of results piling up in memory.
  const file = await sink.write({
    label: analysis.article.title ?? analysis.source,
    extension: SUMMARY_EXTENSIONS[format],
    rendered: renderAnalysis(analysis, format),
    record: analysisRecord(analysis),
  });
  reporter.done += 1;
  return file ?? undefined;
}
