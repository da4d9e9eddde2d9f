import { Command, Option } from 'commander';
import {
  analyseArticle,
  describeLlmConfig,
  resolveLlmConfig,
  type FormatMemory,
  type LlmConfig,
  type SummaryLength,
} from '../analyse/index.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, formatErrorLine, type Stage } from '../errors.js';
import { createLimiter, type Limiter } from '../fetch/limiter.js';
import {
  BatchProgress,
  BatchStore,
  batchInputs,
  parseConcurrency,
  parseDuration,
  readPrices,
  runPool,
  type BatchItem,
} from '../batch/index.js';
import {
  SUMMARY_EXTENSIONS,
  SUMMARY_FORMATS,
  renderAnalysis,
  type SummaryFormat,
} from '../render/analysis.js';
import { OutputClosed, writeResult } from '../output.js';
import { OutDir } from '../render/out.js';
import { Reporter } from '../report.js';
import { analyseWithRules, findMissedClaims } from '../rules/index.js';
import type { Analysis, ExtractResult } from '../types.js';
import { addInputOptions, assertSomeInput, inputOptionsFrom, type InputFlags } from './inputs.js';
import {
  loadFormatMemory,
  saveFormatMemory,
  analysisKey,
  openRunStore,
  type StoreFlags,
} from './store-run.js';
import { analysePromptVersion } from '../analyse/index.js';
import { RULES_VERSION } from '../rules/index.js';
import type { Store } from '../store/index.js';

export const ENGINES = ['openai', 'rules'] as const;
export type Engine = (typeof ENGINES)[number];
export const LENGTHS: readonly SummaryLength[] = ['brief', 'standard', 'detailed'];

/** Printed once when no endpoint is configured and no `--engine` was asked for. */
export const RULES_FALLBACK_NOTICE =
  'no model endpoint configured (set OPENAI_API_KEY, or OPENAI_BASE_URL and VEILLE_MODEL); using the offline rules engine';

/** The one-line hint of commands that need an endpoint and have none. */
export function noEndpointError(): VeilleError {
  return new VeilleError(
    'NO_ENDPOINT',
    'no model endpoint configured: set OPENAI_API_KEY, or OPENAI_BASE_URL and VEILLE_MODEL, or "baseUrl" and "model" in veille.config.json',
    { stage: 'config' },
  );
}

/** LLM endpoint flags shared by summarize and translate. */
export interface LlmCliFlags {
  model?: string;
  baseUrl?: string;
}

export function addLlmOptions(command: Command): Command {
  return command
    .option('--model <model>', 'model name on the endpoint (else VEILLE_MODEL or the config file)')
    .option(
      '--base-url <url>',
      'OpenAI-compatible base URL ending in /v1 (else OPENAI_BASE_URL or the config file)',
    );
}

/** Resolves the endpoint from flags, environment and config files; null when none. */
export function llmConfigFrom(ctx: RunContext, flags: LlmCliFlags): LlmConfig | null {
  return resolveLlmConfig({
    flags: {
      ...(flags.model === undefined ? {} : { model: flags.model }),
      ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
    },
    env: ctx.env,
    cwd: ctx.cwd,
  });
}

interface SummarizeFlags extends InputFlags, LlmCliFlags, StoreFlags {
  format: SummaryFormat;
  engine?: Engine;
  length: SummaryLength;
  strict?: boolean;
  out?: string;
  concurrency: number;
  maxAge: number;
}

/** Model calls in flight at once [4]. */
export const DEFAULT_CONCURRENCY = 4;
/** Articles in the batch pool per model-call slot: one waiting on the model, one being prepared. */
const ARTICLES_PER_SLOT = 2;
/** Pages fetched less than this long ago are taken from the store [12h]. */
export const DEFAULT_MAX_AGE = '12h';

/** `veille summarize`: English summary, entities and grounded claims per article. */
export function summarizeCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('summarize')
    .description('summarise French articles in English, with entities and grounded claims')
    .argument('[inputs...]', 'URLs, .html/.txt files, folders, feeds, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(SUMMARY_FORMATS).default('json'),
    )
    .addOption(
      new Option(
        '--engine <engine>',
        'openai (needs an endpoint) or rules (offline, French output) [openai when configured]',
      ).choices(ENGINES),
    )
    .addOption(
      new Option('--length <length>', 'summary length (openai engine)')
        .choices(LENGTHS)
        .default('standard'),
    )
    .option('--strict', 'drop claims whose quote is not found in the article')
    .option('-o, --out <dir>', 'write one file per article into this folder instead of stdout')
    .option('--db <path>', 'database for results and cache [$XDG_DATA_HOME/veille/veille.db]')
    .option('--no-store', 'neither read the cache nor save results')
    .option('--refresh', 'fetch and analyse again even when the store has the page or analysis')
    .addOption(
      new Option(
        '--max-age <duration>',
        'do not fetch again a URL the store fetched less than this long ago (90s, 30m, 12h, 2d)',
      )
        .argParser(parseDuration)
        .default(parseDuration(DEFAULT_MAX_AGE), DEFAULT_MAX_AGE),
    )
    .option(
      '-c, --concurrency <n>',
      'model calls in flight at once',
      parseConcurrency,
      DEFAULT_CONCURRENCY,
    );
  addLlmOptions(command);
  addInputOptions(command);
  return command.action(async (inputs: string[], flags: SummarizeFlags) => {
    setExit(await runSummarize(ctx, inputs, flags));
  });
}

async function runSummarize(
  ctx: RunContext,
  inputs: string[],
  flags: SummarizeFlags,
): Promise<number> {
  assertSomeInput(inputs, flags);
  const reporter = new Reporter(ctx.stderr, {
    verbose: Boolean(flags.verbose),
    quiet: Boolean(flags.quiet),
  });
  const config = flags.engine === 'rules' ? null : llmConfigFrom(ctx, flags);
  if (flags.engine === 'openai' && config === null) {
    ctx.stderr.write(`${formatErrorLine(noEndpointError())}\n`);
    return EXIT.USAGE;
  }
  if (flags.engine === undefined && config === null) reporter.info(RULES_FALLBACK_NOTICE);
  if (config !== null && flags.verbose) reporter.info(`model: ${describeLlmConfig(config)}`);
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
  try {
    return await summarizeAll(ctx, { inputs, flags, config, out, reporter, store, results });
  } finally {
    store?.close();
  }
}

interface SummarizeRun {
  inputs: string[];
  flags: SummarizeFlags;
  config: LlmConfig | null;
  out: OutDir | null;
  reporter: Reporter;
  store: Store | null;
  /** The batch's use of `store`: cache, in-flight sharing, failures reported once. */
  results: BatchStore;
}

async function summarizeAll(
  ctx: RunContext,
  { inputs, flags, config, out, reporter, store, results }: SummarizeRun,
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
        await emit(ctx, { analysis, format: flags.format, out, reporter });
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

async function emit(
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
