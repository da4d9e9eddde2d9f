import { VeilleError } from '../errors.js';

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
    const { done, value } = await reader.read();
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
