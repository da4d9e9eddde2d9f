/**
 * Many concurrent tasks, one ordered stream of their results: tasks hand results over as they
 * finish and may spawn more tasks (a folder its files, a feed its items); the stream ends when
 * no task is left running and every result has been taken.
 *
 * The stream holds at most `capacity` results that nobody has taken yet: a task handing over
 * one more waits (`put`) until the consumer catches up, so a slow consumer (the LLM) holds
 * back fetching instead of letting pages pile up in memory.
 */
export class FanIn<T> {
  private readonly ready: T[] = [];
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private closed = false;
  private wake: (() => void) | null = null;

  constructor(private readonly capacity = Infinity) {}

  /** Hands a result over, waiting while `capacity` results are already waiting to be taken. */
  async put(item: T): Promise<void> {
    while (!this.closed && this.ready.length >= this.capacity) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.closed) return; // nobody will read it any more
    this.ready.push(item);
    this.notify();
  }

  /** Runs a task in the background; what it throws becomes a result through `onError`. */
  spawn(task: () => Promise<void>, onError: (err: unknown) => T): void {
    this.running++;
    Promise.resolve()
      .then(task)
      .catch((err: unknown) => this.put(onError(err)))
      .finally(() => {
        this.running--;
        this.notify();
      });
  }

  /** Yields results in the order they arrive, until every task is done. */
  async *drain(): AsyncGenerator<T> {
    try {
      for (;;) {
        const next = this.ready.shift();
        if (next !== undefined) {
          this.waiting.shift()?.();
          yield next;
        } else if (this.running === 0) return;
        else await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      this.close();
    }
  }

  /** Drops what is waiting and lets every blocked `put` return: the consumer has gone. */
  close(): void {
    this.closed = true;
    this.ready.length = 0;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
