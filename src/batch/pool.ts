/**
 * A bounded worker pool over an async iterator: at most `limit` tasks in flight, and the next
 * item is pulled from the source only when a slot is free, so a slow consumer (the LLM) holds
 * back the producer (fetch/extract) instead of letting results pile up in memory.
 */
export async function runPool<T>(
  source: AsyncIterable<T>,
  limit: number,
  worker: (item: T) => Promise<void>,
): Promise<void> {
  const cap = Math.max(1, Math.floor(limit));
  const inFlight = new Set<Promise<void>>();
  // A worker is expected to handle its own errors; anything it throws stops the batch.
  const state: { failure: { err: unknown } | null } = { failure: null };
  for await (const item of source) {
    const task: Promise<void> = worker(item)
      .catch((err: unknown) => {
        state.failure ??= { err };
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= cap) await Promise.race(inFlight);
    if (state.failure) break;
  }
  await Promise.all(inFlight);
  if (state.failure) throw state.failure.err;
}
