import type { VeilleError } from '../errors.js';
import type { HttpOptions } from '../fetch/http.js';
import type { FetchedDocument } from '../types.js';

export interface LoadOptions {
  /** `--from FILE`: one URL or path a line, `#` comments allowed. */
  from?: string | undefined;
  /** Stream read for the `-` input [process.stdin]. */
  stdin?: NodeJS.ReadableStream;
  /** Base folder for relative paths [process.cwd()]. */
  cwd?: string;
  http?: HttpOptions;
  /** Simultaneous fetches in all [8] and per host [2]. */
  globalLimit?: number;
  perHostLimit?: number;
}

/**
 * Expands inputs (URLs, files, folders, `-`, feeds, --from lists) and loads each one, yielding
 * documents as they arrive and a VeilleError (with `input` set) for each input that failed.
 */
export async function* loadInputs(
  _inputs: string[],
  _options: LoadOptions = {},
): AsyncGenerator<FetchedDocument | VeilleError> {
  throw new Error('not implemented');
}
