import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { RunContext } from '../context.js';
import type { LoadOptions } from '../inputs/load.js';

/** `-v`/`-q`, which every command takes. */
export interface LogFlags {
  verbose?: boolean;
  quiet?: boolean;
}

/** Adds `-v, --verbose` and `-q, --quiet`, the same on every command. */
export function addLogOptions(command: Command): Command {
  return command
    .option('-v, --verbose', 'show stack traces and details of errors')
    .option('-q, --quiet', 'print only errors on stderr');
}

/** Flags shared by every command that reads articles. */
export interface InputFlags extends LogFlags {
  from?: string;
  timeout?: number;
  maxBytes?: number;
  /** `--order`: results in input order, or as they complete [input]. */
  order?: ResultOrder;
}

export const RESULT_ORDERS = ['input', 'completion'] as const;
export type ResultOrder = (typeof RESULT_ORDERS)[number];

/** Adds the input options (`--from`, `--timeout`, `--max-bytes`) and `--verbose`/`--quiet`. */
export function addInputOptions(command: Command): Command {
  return addLogOptions(command)
    .option('--from <file>', 'read inputs from a file, one URL or path a line (# comments)')
    .option(
      '--timeout <seconds>',
      `HTTP timeout per request in seconds (default 20, at most ${MAX_TIMEOUT_SECONDS})`,
      timeoutSeconds,
    )
    .option(
      '--max-bytes <bytes>',
      'refuse bodies larger than this (default 5000000)',
      positiveNumber,
    )
    .addOption(
      new Option('--order <order>', 'results in input order, or as they complete (streaming)')
        .choices(RESULT_ORDERS)
        .default('input'),
    );
}

/** Builds the loader options from a command's flags and the run context. */
export function inputOptionsFrom(ctx: RunContext, flags: InputFlags): LoadOptions {
  const http: NonNullable<LoadOptions['http']> = {};
  if (flags.timeout !== undefined) http.timeoutMs = flags.timeout * 1000;
  if (flags.maxBytes !== undefined) http.maxBytes = flags.maxBytes;
  if (ctx.fetch) http.fetch = ctx.fetch;
  if (ctx.lookup) http.lookup = ctx.lookup;
  return {
    from: flags.from === undefined ? undefined : path.resolve(ctx.cwd, flags.from),
    stdin: ctx.stdin,
    cwd: ctx.cwd,
    http,
    ordered: flags.order !== 'completion',
  };
}

/** Longest `--timeout` [3600 s]: a longer wait is a typo, and timers overflow past ~24 days. */
export const MAX_TIMEOUT_SECONDS = 3600;

/** Parses `--timeout`: positive seconds, at most MAX_TIMEOUT_SECONDS. */
export function timeoutSeconds(value: string): number {
  const n = positiveNumber(value);
  if (n > MAX_TIMEOUT_SECONDS) {
    throw new InvalidArgumentError(`expected at most ${MAX_TIMEOUT_SECONDS} seconds`);
  }
  return n;
}

/** Parses a positive number option (`--max-bytes`). */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** Usage error when a command is given nothing to read. */
export function assertSomeInput(inputs: string[], flags: InputFlags): void {
  if (inputs.length === 0 && flags.from === undefined) {
    throw new UsageError('no inputs: give URLs, files, folders, - for stdin, or --from FILE');
  }
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
