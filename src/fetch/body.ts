import { VeilleError } from '../errors.js';
import { errorCode } from './network.js';

/**
 * Error codes of a body that cannot be decompressed: zlib's (gzip, deflate: `Z_DATA_ERROR`…)
 * and brotli's (`ERR__ERROR_FORMAT_…`). The server sent bad bytes and will send them again, so
 * this is BAD_RESPONSE, never retried, unlike a connection cut mid-body.
 */
const DECODING_FAILURE = /^(Z_[A-Z_]+|ERR__ERROR_[A-Z0-9_]+)$/;

/** The deepest message of an error chain: `terminated` says less than `incorrect header check`. */
function rootMessage(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

/** A BAD_RESPONSE when `err` is a decompression failure, else null. */
function decodingFailure(err: unknown, response: Response, input: string): VeilleError | null {
  const code = errorCode(err);
  if (code === undefined || !DECODING_FAILURE.test(code)) return null;
  const encoding = response.headers.get('content-encoding') ?? 'compressed';
  const why = `the ${encoding} body could not be decompressed: ${rootMessage(err)}`;
  return new VeilleError('BAD_RESPONSE', why, { stage: 'fetch', input, cause: err });
}

/** The TOO_LARGE error, one line, saying how the cap was crossed. */
function tooLarge(maxBytes: number, input: string, detail: string): VeilleError {
  return new VeilleError('TOO_LARGE', `body ${detail} the ${maxBytes}-byte cap`, {
    stage: 'fetch',
    input,
  });
}

/** Refuses early when the server announces a body larger than the cap. */
export function checkContentLength(response: Response, maxBytes: number, input: string): void {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw tooLarge(maxBytes, input, `of ${declared} bytes (Content-Length) exceeds`);
  }
}

/**
 * Reads a response body, stopping as soon as it crosses `maxBytes`: Content-Length can be
 * missing or wrong, and a compressed body can inflate far beyond it.
 */
export async function readCappedBody(
  response: Response,
  maxBytes: number,
  input: string,
): Promise<Buffer> {
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (err) {
      throw decodingFailure(err, response, input) ?? err;
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, input, 'exceeds');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Discards a body we will not read, so the connection can be reused or closed. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
