import { Command, InvalidArgumentError } from 'commander';
import { parseConcurrency, parseDuration } from '../batch/duration.js';
import type { RunContext } from '../context.js';
import { positiveNumber, timeoutSeconds } from './inputs.js';
import { collect } from './sources.js';
import {
  DEFAULT_CONCURRENCY,
  addAnalysisOptions,
  addLlmOptions,
  type Engine,
  type LlmCliFlags,
} from './summarize.js';
import type { SummaryLength } from '../analyse/index.js';

export interface RunFlags extends LlmCliFlags {
  tag: string[];
  /** `--every`: milliseconds between the starts of two cycles; once when absent. */
  every?: number;
  engine?: Engine;
  length: SummaryLength;
  strict?: boolean;
  db?: string;
  concurrency: number;
  timeout?: number;
  maxBytes?: number;
  verbose?: boolean;
  quiet?: boolean;
}

/** Shortest `--every` [1 minute]: sources are other people's servers. */
const MIN_EVERY_MS = 60_000;

function parseEvery(value: string): number {
  const ms = parseDuration(value);
  if (ms < MIN_EVERY_MS) throw new InvalidArgumentError('expected at least 1m between cycles');
  return ms;
}

/** `veille run`: every source fetched, only articles the store has not seen analysed and stored. */
export function runCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('run')
    .description(
      'fetch every source, analyse and store the articles not seen before; one line per cycle',
    )
    .option('--tag <tag>', 'only sources with this tag (repeatable: any of them)', collect, [])
    .option(
      '--every <duration>',
      'run again this long after each cycle starts (30m, 2h; at least 1m) until SIGINT/SIGTERM',
      parseEvery,
    );
  addAnalysisOptions(command)
    .option('--db <path>', 'database of sources and results [$XDG_DATA_HOME/veille/veille.db]')
    .option(
      '-c, --concurrency <n>',
      'model calls in flight at once',
      parseConcurrency,
      DEFAULT_CONCURRENCY,
    )
    .option(
      '--timeout <seconds>',
      'HTTP timeout per request in seconds (default 20)',
      timeoutSeconds,
    )
    .option(
      '--max-bytes <bytes>',
      'refuse bodies larger than this (default 5000000)',
      positiveNumber,
    )
    .option('-v, --verbose', 'show stack traces and details of errors')
    .option('-q, --quiet', 'print only errors on stderr');
  addLlmOptions(command);
  return command.action(async (flags: RunFlags) => {
    // The store, the HTTP client and the batch load when the command runs, not at start-up.
    const { runSourcesLoop } = await import('./run-loop.js');
    setExit(await runSourcesLoop(ctx, flags));
  });
}
