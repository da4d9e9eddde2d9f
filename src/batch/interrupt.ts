/**
 * Ctrl-C during a batch. Every finished article is already committed in its own transaction,
 * so there is nothing to wait for: the batch stops, says in one line how many articles it saved
 * and that running the same command again resumes (saved articles come from the cache), and
 * exits 130. Calls still in flight are abandoned; they were not saved, so they are redone.
 */
import type { RunContext } from '../context.js';

export interface Interruption {
  /** Resolves on Ctrl-C; never without `ctx.onInterrupt` (in-process runs). */
  readonly interrupted: Promise<'interrupted'>;
  /** Unregisters the handler. */
  dispose(): void;
}

export function watchInterrupt(ctx: RunContext): Interruption {
  let dispose = (): void => {};
  const interrupted = new Promise<'interrupted'>((resolve) => {
    const remove = ctx.onInterrupt?.(() => resolve('interrupted'));
    if (remove) dispose = remove;
  });
  return { interrupted, dispose: () => dispose() };
}

/** `interrupted: 5 articles saved in PATH; run the same command again to resume`. */
export function interruptedLine(saved: number, where: string | null): string {
  const articles = `${saved} article${saved === 1 ? '' : 's'}`;
  if (where === null) return `interrupted: ${articles} analysed, nothing saved (no database)`;
  return `interrupted: ${articles} saved in ${where}; run the same command again to resume`;
}
