import { Command, Option } from 'commander';
import type { LlmConfig, SummaryLength } from '../analyse/index.js';
import { parseConcurrency, parseDuration } from '../batch/duration.js';
import type { RunContext } from '../context.js';
import { VeilleError } from '../errors.js';
import { SUMMARY_FORMATS, type SummaryFormat } from '../render/analysis.js';
import { formatOption } from '../render/formats.js';
import { addInputOptions, type InputFlags } from './inputs.js';
import type { StoreFlags } from './store-run.js';

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

/** `--engine`, `--length` and `--strict`: how articles are analysed (summarize and run). */
export function addAnalysisOptions(command: Command): Command {
  return command
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
    .option('--strict', 'drop claims whose quote is not found in the article');
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
export async function llmConfigFrom(
  ctx: RunContext,
  flags: LlmCliFlags,
): Promise<LlmConfig | null> {
  const { resolveLlmConfig } = await import('../analyse/index.js'); // zod, openai: not at start-up
  return resolveLlmConfig({
    flags: {
      ...(flags.model === undefined ? {} : { model: flags.model }),
      ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
    },
    env: ctx.env,
    cwd: ctx.cwd,
  });
}

export interface SummarizeFlags extends InputFlags, LlmCliFlags, StoreFlags {
  format?: SummaryFormat;
  engine?: Engine;
  length: SummaryLength;
  strict?: boolean;
  out?: string;
  force?: boolean;
  concurrency: number;
  maxAge: number;
}

/** Model calls in flight at once [4]. */
export const DEFAULT_CONCURRENCY = 4;
/** Pages fetched less than this long ago are taken from the store [12h]. */
export const DEFAULT_MAX_AGE = '12h';

/** `veille summarize`: English summary, entities and grounded claims per article. */
export function summarizeCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('summarize')
    .description('summarise French articles in English, with entities and grounded claims')
    .argument('[inputs...]', 'URLs, .html/.txt files, folders, feeds, or - for stdin')
    .addOption(
      formatOption(
        SUMMARY_FORMATS,
        'text is the report in plain lines, json one document, jsonl one object per line, md = markdown [markdown on a terminal or with --out, jsonl when piped]',
      ),
    );
  addAnalysisOptions(command)
    .option('-o, --out <dir>', 'write one file per article into this folder instead of stdout')
    .option('--force', 'overwrite files already in the --out folder (else: name-2.ext)')
    .option('--db <path>', 'database for results and cache [$XDG_DATA_HOME/veille/veille.db]')
    .option('--no-store', 'neither read the cache nor save results')
    .option('--refresh', 'fetch and analyse again even when the store has the page or analysis')
    .addOption(
      new Option(
        '--max-age <duration>',
        'do not fetch again a URL the store fetched less than this long ago (90s, 30m, 12h, 7d, 2w)',
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
    // The run (model client, store, batch) loads when the command runs, not at start-up.
    const { runSummarize } = await import('./summarize-run.js');
    setExit(await runSummarize(ctx, inputs, flags));
  });
}
