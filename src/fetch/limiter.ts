/** Concurrency caps of a limiter. */
export interface LimiterOptions {
  /** Tasks running at once in all [8]. */
  global?: number | undefined;
  /** Tasks running at once for one key, e.g. one host [2]. */
  perKey?: number | undefined;
}

/** Runs async tasks under a global cap and a per-key cap (keys are hosts for HTTP). */
export interface Limiter {
  /** Runs `task` when a slot is free; `key` null counts against the global cap only. */
  run<T>(key: string | null, task: () => Promise<T>): Promise<T>;
}

interface Waiting {
  key: string | null;
  start: () => void;
}

/**
 * A small FIFO limiter: a waiting task whose host is busy does not block tasks for other hosts
 * queued behind it, so one slow site cannot stall a whole batch.
 */
export function createLimiter(options: LimiterOptions = {}): Limiter {
  const globalCap = Math.max(1, options.global ?? 8);
  const perKeyCap = Math.max(1, options.perKey ?? 2);
  const perKey = new Map<string, number>();
  const queue: Waiting[] = [];
  let running = 0;

  const fits = (key: string | null): boolean =>
    running < globalCap && (key === null || (perKey.get(key) ?? 0) < perKeyCap);

  const acquire = (key: string | null): void => {
    running++;
    if (key !== null) perKey.set(key, (perKey.get(key) ?? 0) + 1);
  };

  const release = (key: string | null): void => {
    running--;
    if (key !== null) {
      const left = (perKey.get(key) ?? 1) - 1;
      if (left === 0) perKey.delete(key);
      else perKey.set(key, left);
    }
    for (let i = 0; i < queue.length && running < globalCap;) {
      const next = queue[i];
      if (next && fits(next.key)) {
        queue.splice(i, 1);
        acquire(next.key);
        next.start();
      } else i++;
    }
  };

  return {
    run<T>(key: string | null, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          // Through a resolved promise so a task that throws synchronously still releases.
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => release(key));
        };
        if (fits(key)) {
          acquire(key);
          start();
        } else queue.push({ key, start });
      });
    },
  };
}
