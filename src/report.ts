import type { Writable } from 'node:stream';
import { formatErrorLine, toVeilleError, type Stage, type VeilleError } from './errors.js';
import type { Removal, Warning } from './types.js';

/** Options of the stderr reporter. */
export interface ReporterOptions {
  /** Print stacks and causes [false]. */
  verbose?: boolean;
  /** Print nothing but errors [false]. */
  quiet?: boolean;
}

/**
 * Everything a run says on stderr goes through here: one-line errors, warnings, removals,
 * progress. It also counts failures, which decide the exit code.
 */
export class Reporter {
  failed = 0;
  done = 0;

  constructor(
    private readonly stderr: Writable,
    private readonly options: ReporterOptions = {},
  ) {}

  /** Records a failed input and prints its one-line error (and stack with --verbose). */
  error(err: unknown, stage: Stage, input?: string): VeilleError {
    const error = toVeilleError(err, stage, input);
    this.failed += 1;
    this.line(formatErrorLine(error));
    if (this.options.verbose) this.printStack(error);
    return error;
  }

  warning(source: string, warning: Warning): void {
    if (this.options.quiet) return;
    this.line(`warning [${warning.code}] ${source}: ${warning.message}`);
  }

  removal(source: string, removal: Removal): void {
    this.line(
      `removed [${removal.rule}] ${source}: ${removal.chars} chars (${removal.reason}): ${removal.preview}`,
    );
  }

  info(message: string): void {
    if (!this.options.quiet) this.line(message);
  }

  private printStack(error: Error): void {
    let current: unknown = error;
    while (current instanceof Error) {
      this.stderr.write(`${current.stack ?? current.message}\n`);
      current = current.cause;
      if (current !== undefined) this.stderr.write('caused by: ');
    }
  }

  private line(text: string): void {
    this.stderr.write(`${text}\n`);
  }
}
