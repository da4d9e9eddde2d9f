import path from 'node:path';
import { VeilleError } from '../errors.js';
import { readRegularFile } from './local.js';

/** Inputs that are not paths: stdin and anything with a scheme (`https://`, `file://`). */
const NOT_A_PATH = /^(-|[a-z][a-z0-9+.-]*:\/\/.*)$/i;

/** An inline comment: `#` after whitespace. A bare `#` inside a URL is its fragment. */
const INLINE_COMMENT = /\s+#.*$/;

/**
 * Reads a `--from` list: one URL or path a line; blank lines and `#` comments (whole-line, or
 * after whitespace) are ignored; relative paths are resolved against the list's own folder.
 * Throws NOT_FOUND / READ_FAILED (a device or FIFO too) / TOO_LARGE past `maxBytes`, with the
 * list's path as input.
 */
export async function readInputList(file: string, maxBytes: number): Promise<string[]> {
  let content: string;
  try {
    content = (await readRegularFile(file, file, maxBytes)).toString('utf8');
  } catch (err) {
    if (err instanceof VeilleError) throw err;
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new VeilleError('NOT_FOUND', 'no such input list', { stage: 'input', input: file });
    }
    throw new VeilleError('READ_FAILED', `could not read the input list: ${String(code ?? err)}`, {
      stage: 'input',
      input: file,
      cause: err,
    });
  }
  const folder = path.dirname(file);
  return content
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(INLINE_COMMENT, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) =>
      NOT_A_PATH.test(line) || path.isAbsolute(line) ? line : path.join(folder, line),
    );
}
