/**
 * Broken pipes. `veille extract samples/ | head -1` closes stdout while veille still has results
 * to write; Unix tools then stop quietly with success. Node reports the closed pipe as an 'error'
 * event on the stream (which crashes the process when nobody listens) and as the error of the
 * write's callback. So:
 *
 *   watchOutput(ctx.stdout)       run() listens once per stream: no crash, the stream is noted closed
 *   await writeResult(out, text)  commands write results; throws OutputClosed once the reader left
 *   OutputClosed                  command loops let it through (it is no input's failure) and run()
 *                                 turns it into exit 0 with nothing on stderr
 */
import type { Writable } from 'node:stream';

/** Thrown by `writeResult` once the reader of the output is gone: stop the work, quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('the reader of the output has gone (broken pipe)');
    this.name = 'OutputClosed';
  }
}

/**
 * Error codes meaning "nobody reads this stream any more": the reader closed the pipe (EPIPE),
 * or a write came after the stream was torn down because of it.
 */
const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

const closedStreams = new WeakSet<Writable>();
const watchedStreams = new WeakSet<Writable>();

export function isBrokenPipe(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' && CLOSED_CODES.has(code);
}

/**
 * Notes a broken pipe on `stream` instead of letting its 'error' event crash the process. Other
 * stream errors still reach the writer through its write callback (see `writeResult`).
 */
export function watchOutput(stream: Writable): void {
  if (watchedStreams.has(stream)) return;
  watchedStreams.add(stream);
  stream.on('error', (err) => {
    if (isBrokenPipe(err)) closedStreams.add(stream);
  });
}

/**
 * Writes one result and resolves once the stream took it (so a slow reader holds the work
 * back); rejects with OutputClosed when the reader has gone, before or during this write.
 */
export function writeResult(stream: Writable, text: string): Promise<void> {
  if (closedStreams.has(stream) || stream.destroyed) return Promise.reject(new OutputClosed());
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => {
      if (!err) return resolve();
      if (!isBrokenPipe(err)) return reject(err);
      closedStreams.add(stream);
      reject(new OutputClosed());
    });
  });
}
