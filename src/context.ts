import type { LookupFunction } from 'node:net';
import type { Writable } from 'node:stream';

/** Everything a command touches of the outside world, so tests can run it in-process. */
export interface RunContext {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /** Results only (so `--format json` pipes cleanly). */
  stdout: Writable;
  /** Progress, warnings and errors. */
  stderr: Writable;
  /** Injected fetch for inputs [globalThis.fetch]. */
  fetch?: typeof fetch;
  /** Injected resolver of the host names of inputs, used when connecting [dns.lookup]. */
  lookup?: LookupFunction;
  /**
   * Registers what to do on Ctrl-C (SIGINT); returns its removal. Absent in-process (tests), so
   * nothing is registered there [none].
   */
  onInterrupt?: (handler: () => void) => () => void;
}
