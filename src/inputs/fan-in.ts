/**
 * Many concurrent tasks, one ordered stream of their results: tasks push results as they
 * finish and may spawn more tasks (a folder its files, a feed its items); the stream ends when
 * no task is left running and every result has been taken.
 */
export class FanIn<T> {
  private readonly ready: T[] = [];
  private running = 0;
  private wake: (() => void) | null = null;

  /** Hands a result to the stream. */
  push(item: T): void {
    this.ready.push(item);
    this.notify();
  }

  /** Runs a task in the background; what it throws becomes a result through `onError`. */
  spawn(task: () => Promise<void>, onError: (err: unknown) => T): void {
    this.running++;
    Promise.resolve()
      .then(task)
      .catch((err: unknown) => this.push(onError(err)))
      .finally(() => {
        this.running--;
        this.notify();
      });
  }

  /** Yields results in the order they arrive, until every task is done. */
  async *drain(): AsyncGenerator<T> {
    for (;;) {
      const next = this.ready.shift();
      if (next !== undefined) yield next;
      else if (this.running === 0) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
