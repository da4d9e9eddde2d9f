/**
 * The SDK logs on its own (level from OPENAI_LOG, default `warn`) through a console-like
 * logger: at `debug` it prints every request URL (a base URL's `?api-key=` included) and
 * error bodies (which may echo the key). Its logger is given this wrapper, so what it says is
 * masked like all our output.
 */
import { format, inspect } from 'node:util';
import type { ClientOptions } from 'openai';
import { redactSecrets } from '../secrets.js';

/** The SDK's logger shape: error, warn, info, debug, each `(message, ...rest)`. */
export type Logger = NonNullable<ClientOptions['logger']>;

/**
 * Where SDK logs go by default: stderr for every level (the SDK's default, `console`, writes
 * `info` and `debug` to stdout, which carries results only).
 */
const toStderr = (message: string, ...rest: unknown[]): void => {
  process.stderr.write(`${format(message, ...rest)}\n`);
};
const STDERR_LOGGER: Logger = { error: toStderr, warn: toStderr, info: toStderr, debug: toStderr };

/** `sink` [stderr] with every log argument rendered to text and masked first. */
export function redactingLogger(sink: Logger = STDERR_LOGGER): Logger {
  const wrap =
    (log: Logger[keyof Logger]) =>
    (message: string, ...rest: unknown[]): void =>
      log(redactSecrets(message), ...rest.map(render));
  return {
    error: wrap(sink.error),
    warn: wrap(sink.warn),
    info: wrap(sink.info),
    debug: wrap(sink.debug),
  };
}

function render(value: unknown): string {
  const text =
    typeof value === 'string' ? value : inspect(value, { depth: 6, breakLength: Infinity });
  return redactSecrets(text);
}
