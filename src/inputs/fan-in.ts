/**
 * Many concurrent tasks, one stream of their results: tasks hand results over as they finish
 * and may spawn more tasks (a folder its files, a feed its items); the stream ends when no task
 * is left running and every result has been taken.
 *
 * Order. Each task has a place: its parent's place plus its index among what the parent handed
 * over or spawned (`[2]`, then `[2, 0]`, `[2, 1]` for a folder's files). Ordered (the default),
 * the stream yields results by place, i.e. in input order, a folder's files and a feed's links
 * where the folder or feed was named; a result waits while a task that may still hand over
 * something earlier is running. Unordered, results come as they finish.
 *
 * Memory. The stream holds at most `capacity` results that nobody has taken yet: a task handing
 * over one more waits (`put`) until the consumer catches up, so a slow consumer (the LLM) holds
 * back fetching. When the window is full of results waiting for an earlier, slower one, the
 * earliest of them is yielded anyway: order yields to flat memory, never to a stall.
 */

/** A place in the order; compared element by element, a prefix first. */
type Place = readonly number[];

/** What a running task may do: hand over results, and spawn tasks placed after them. */
export interface TaskScope<T> {
  /** Hands a result over, waiting while `capacity` results are already waiting to be taken. */
  put(item: T): Promise<void>;
  /** Runs a task in the background; what it throws becomes a result through `onError`. */
  spawn(task: (scope: TaskScope<T>) => Promise<void>, onError: (err: unknown) => T): void;
}

interface Ready<T> {
  place: Place;
  item: T;
}

/** A task's next index: everything it hands over from now on is placed at or after it. */
interface Running {
  place: Place;
  next: number;
}

function compare(a: Place, b: Place): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

export interface FanInOptions {
  /** Results waiting to be taken, at most [Infinity]. */
  capacity?: number;
  /** Yield by place (input order) rather than as results finish [true]. */
  ordered?: boolean;
}

export class FanIn<T> implements TaskScope<T> {
  private readonly ready: Ready<T>[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly running = new Set<Running>();
  /** The top level, as a task that never ends on its own. */
  private readonly root: Running = { place: [], next: 0 };
  private closed = false;
  private wake: (() => void) | null = null;
  private readonly capacity: number;
  private readonly ordered: boolean;

  constructor(options: FanInOptions = {}) {
    this.capacity = options.capacity ?? Infinity;
    this.ordered = options.ordered ?? true;
  }

  put(item: T): Promise<void> {
    return this.putAt(this.root, item);
  }

  spawn(task: (scope: TaskScope<T>) => Promise<void>, onError: (err: unknown) => T): void {
    this.spawnUnder(this.root, task, onError);
  }

  /** Yields results (by place when ordered) until every task is done. */
  async *drain(): AsyncGenerator<T> {
    try {
      for (;;) {
        const next = this.takeNext();
        if (next !== undefined) {
          this.waiting.shift()?.();
          yield next.item;
        } else if (this.running.size === 0 && this.ready.length === 0) return;
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

  /** The result to yield now, removed from `ready`; undefined when it must wait. */
  private takeNext(): Ready<T> | undefined {
    if (this.ready.length === 0) return undefined;
    if (!this.ordered) return this.ready.shift();
    let best = 0;
    for (let i = 1; i < this.ready.length; i++) {
      if (compare(this.ready[i]!.place, this.ready[best]!.place) < 0) best = i;
    }
    const candidate = this.ready[best]!;
    const full = this.ready.length >= this.capacity;
    if (!full && [...this.running].some((t) => compare(this.bound(t), candidate.place) < 0)) {
      return undefined; // a running task may still hand over something earlier
    }
    this.ready.splice(best, 1);
    return candidate;
  }

  /** The earliest place a running task can still hand over or spawn at. */
  private bound(task: Running): Place {
    return [...task.place, task.next];
  }

  private scopeOf(task: Running): TaskScope<T> {
    return {
      put: (item) => this.putAt(task, item),
      spawn: (child, onError) => this.spawnUnder(task, child, onError),
    };
  }

  private async putAt(owner: Running, item: T): Promise<void> {
    const place = [...owner.place, owner.next++];
    while (!this.closed && this.ready.length >= this.capacity) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.closed) return; // nobody will read it any more
    this.ready.push({ place, item });
    this.notify();
  }

  private spawnUnder(
    parent: Running,
    task: (scope: TaskScope<T>) => Promise<void>,
    onError: (err: unknown) => T,
  ): void {
    const self: Running = { place: [...parent.place, parent.next++], next: 0 };
    this.running.add(self);
    Promise.resolve()
      .then(() => task(this.scopeOf(self)))
      .catch((err: unknown) => this.putAt(self, onError(err)))
      .finally(() => {
        this.running.delete(self);
        this.notify();
      });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
