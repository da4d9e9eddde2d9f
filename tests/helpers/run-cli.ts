import type { LookupFunction } from 'node:net';
import { PassThrough, Readable, Writable } from 'node:stream';
import { run } from '../../src/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with string streams, as a user would from a shell. */
export async function runCli(
  argv: string[],
  options: {
    stdin?: string;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    fetch?: typeof fetch;
    /** Resolves the host names of inputs (`evil.example` → 127.0.0.1) [dns.lookup]. */
    lookup?: LookupFunction;
    /** stdout is a terminal (`isTTY`), as when a person runs the command. */
    tty?: boolean;
  } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (chunk: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(chunk.toString());
        callback();
      },
    });
  const stdin = options.stdin === undefined ? new PassThrough() : Readable.from([options.stdin]);
  if (options.stdin === undefined) (stdin as PassThrough).end();
  const terminalOrPipe = sink((c) => (stdout += c));
  if (options.tty) Object.assign(terminalOrPipe, { isTTY: true });
  const code = await run({
    argv,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdin,
    stdout: terminalOrPipe,
    stderr: sink((c) => (stderr += c)),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });
  return { code, stdout, stderr };
}
