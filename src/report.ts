import type { Writable } from 'node:stream';
import { formatErrorLine, toVeilleError, type Stage, type VeilleError } from './errors.js';
import { terminalLine, terminalText } from './terminal.js';
import { redactSecrets } from './secrets.js';
import type { Removal, Warning } from './types.js';

/** Options of the stderr reporter. */
export interface ReporterOptions {
  /** Print stacks, causes and the details of every warning [false]. */
  verbose?: boolean;
  /** Print nothing but errors (and, on a terminal, the progress bar) [false]. */
  quiet?: boolean;
}

/**
 * Everything a run says on stderr goes through here: one-line errors, warnings, removals,
 * progress. Page text in them is stripped of terminal controls (terminal.ts) and each stays one
 * line; every line and stack is passed through `redactSecrets` (a server may echo the key into
 * any message). It also counts failures, which decide the exit code.
 */
export class Reporter {
  failed = 0;
  done = 0;
  /** The live status line shown on a TTY (see `status`); '' when none is shown. */
  private statusText = '';

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

  /**
   * The details of one warning, with --verbose only: otherwise a result's warnings are counted
   * on its one line (report-counts.ts) and kept in full in the result itself.
   */
  warning(source: string, warning: Warning): void {
    if (this.options.quiet || !this.options.verbose) return;
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

  /** A line printed even with --quiet (what an interrupted run saved). */
  notice(message: string): void {
    this.line(message);
  }

  /** True when stderr is a terminal, where `status` draws one updating line. */
  get isTTY(): boolean {
    return (this.stderr as Writable & { isTTY?: boolean }).isTTY === true;
  }

  /**
   * Shows `text` as the single updating status line (TTY only, kept with `quiet`, which drops
   * the lines above it); other lines are printed above it. `null` clears it. A no-op without a
   * TTY.
   */
  status(text: string | null): void {
    if (!this.isTTY) return;
    const next = text === null ? '' : terminalLine(text);
    if (next === this.statusText) return;
    this.stderr.write(`\r\x1b[2K${next}`);
    this.statusText = next;
  }

  private printStack(error: Error): void {
    this.withoutStatus(() => {
      let current: unknown = error;
      while (current instanceof Error) {
        this.stderr.write(`${terminalText(redactSecrets(current.stack ?? current.message))}\n`);
        current = current.cause;
        if (current !== undefined) this.stderr.write('caused by: ');
      }
    });
  }

  private line(text: string): void {
    this.withoutStatus(() => this.stderr.write(`${terminalLine(redactSecrets(text))}\n`));
  }

  /** Clears the status line (if any) while `write` prints, then draws it again below. */
  private withoutStatus(write: () => void): void {
    if (this.statusText === '') return write();
    this.stderr.write('\r\x1b[2K');
    write();
    this.stderr.write(this.statusText);
  }
}
