/**
 * Where a command's results go: one file each under `--out DIR`, or stdout, where `json` puts
 * them in one array (render/formats.ts) and other formats are written as rendered.
 */
import type { Writable } from 'node:stream';
import { writeResult } from '../output.js';
import { JsonArrayWriter, isTerminal } from './formats.js';
import type { OutDir } from './out.js';

/** One rendered result. */
export interface RenderedResult {
  /** Names the file under `--out` (title, else source). */
  label: string;
  extension: string;
  /** The text written to a file or to stdout. */
  rendered: string;
  /** What `json` puts in its array on stdout. */
  record: unknown;
}

export class ResultSink {
  private readonly array: JsonArrayWriter | null;
  /** Results written to stdout so far (a separator goes between two). */
  private written = 0;

  constructor(
    private readonly stdout: Writable,
    format: string,
    private readonly out: OutDir | null,
    /** Written between two results on stdout (e.g. a Markdown rule) [none]. */
    private readonly separator = '',
  ) {
    this.array =
      format === 'json' && out === null ? new JsonArrayWriter(stdout, isTerminal(stdout)) : null;
  }

  /** Writes one result; returns the file written under `--out`, else null. */
  async write(result: RenderedResult): Promise<string | null> {
    if (this.out) return this.out.write(result.label, result.extension, result.rendered);
    if (this.array) await this.array.add(result.record);
    else {
      // Counted before the write, so two results finishing together still get one separator.
      const separate = this.separator !== '' && this.written++ > 0;
      await writeResult(this.stdout, separate ? this.separator + result.rendered : result.rendered);
    }
    return null;
  }

  /** Closes the JSON array, when there is one. */
  async end(): Promise<void> {
    await this.array?.end();
  }
}

/**
 * The format when `--format` is not given: on a terminal, or into `--out` files, the readable
 * one; piped, `jsonl` (one object per line, for programs), as gh does.
 */
export function defaultFormat<const F extends string>(
  stdout: Writable,
  { readable, hasOut }: { readable: F; hasOut: boolean },
): F | 'jsonl' {
  return hasOut || isTerminal(stdout) ? readable : 'jsonl';
}
