/**
 * The batch's use of the store. Two things a plain `Store` does not do:
 *
 * - One analysis per text. An analysis is looked up by cache key (content hash + model + prompt
 *   + schema versions); a copy of a text whose analysis is still in flight in this batch waits
 *   for it instead of calling the model again. Every copy is then saved as its own article (own
 *   URL, title, site), an appearance of the same claims.
 * - Failures of the store itself (read-only file, full disk, damaged file) are reported once, with
 *   their store code; the store is left alone for the rest of the run, and analyses still reach
 *   the output. `closingNote()` says truthfully what was stored.
 */
import { toVeilleError, type VeilleError } from '../errors.js';
import { rebindAnalysis, type CacheKey, type Store } from '../store/index.js';
import type { Analysis, ExtractResult, StoredPage } from '../types.js';

/** How one article's analysis was obtained. */
export interface Obtained {
  analysis: Analysis;
  /** True when no model call was made for it (stored, or shared with a copy in flight). */
  cached: boolean;
}

export interface ObtainOptions {
  key: CacheKey;
  /** `--refresh`: analyses stored before this run are not reused. */
  refresh: boolean;
  analyse: () => Promise<Analysis>;
  /** When the page was really fetched, for a page taken from the store's fetch cache. */
  fetchedAt?: Date | undefined;
}

export interface BatchStoreOptions {
  /** null with `--no-store`, or when it could not be opened (`failure`). */
  store: Store | null;
  /** Called once, with the first store failure. */
  report: (error: VeilleError) => void;
  /** Why the store could not be opened; reported at once. Default: none. */
  failure?: unknown;
  /** Milliseconds clock [Date.now]: the run starts now (what `--refresh` may reuse). */
  now?: () => number;
}

export class BatchStore {
  /** Articles saved during this run. */
  saved = 0;
  private failure: VeilleError | null = null;
  private stopped = false;
  private readonly inFlight = new Map<string, Promise<Analysis>>();
  private readonly startedAt: Date;
  private readonly store: Store | null;
  private readonly report: (error: VeilleError) => void;

  constructor(options: BatchStoreOptions) {
    this.store = options.store;
    this.report = options.report;
    this.startedAt = new Date((options.now ?? Date.now)());
    if (options.failure) this.fail(options.failure);
  }

  /**
   * Ctrl-C: nothing more is read from or saved to the store, so `saved` stays the count the
   * batch reports, and the store can be closed under the calls still in flight.
   */
  stop(): void {
    this.stopped = true;
  }

  /** Where the articles were saved; null when nothing could be (no store, or it failed). */
  get savedIn(): string | null {
    if (this.store === null || (this.failure !== null && this.saved === 0)) return null;
    return this.store.path;
  }

  /** The store failure of this run, if any. */
  get failed(): VeilleError | null {
    return this.failure;
  }

  /** The page stored for `url` if fetched less than `maxAgeMs` ago (the batch's fetch cache). */
  recall(url: string, maxAgeMs: number): StoredPage | null {
    return this.use((s) => s.getFreshArticle(url, maxAgeMs), null);
  }

  /** Keeps a failed input, to be retried next run. */
  recordFailure(source: string, err: unknown): void {
    this.use((s) => s.recordFailure(source, err), undefined);
  }

  /** Inputs still to retry; 0 without a working store. */
  pendingFailures(): number {
    return this.use((s) => s.pendingFailures().length, 0);
  }

  /**
   * The analysis of `item`: stored (analysed before, maybe at another URL), shared with a copy
   * in flight, or made by `analyse`. Saved with the article either way; a failure is recorded
   * for the next run and rethrown.
   */
  async obtain(item: ExtractResult, options: ObtainOptions): Promise<Obtained> {
    const { key } = options;
    const lookup = { ...this.cacheWindow(options), extract: item };
    const cached = this.use((s) => s.getCachedAnalysis(key, lookup), null);
    let result: Obtained;
    try {
      if (cached !== null) {
        // Stored for this very page: nothing to save (its newest analysis stays its own).
        if (this.use((s) => s.hasAnalysis(item, key), false))
          return { analysis: cached, cached: true };
        result = { analysis: cached, cached: true };
      } else {
        const shared = this.inFlight.get(key.id);
        result = shared
          ? { analysis: rebindAnalysis(await shared, item), cached: true }
          : { analysis: await this.analyseOnce(key, options.analyse), cached: false };
      }
    } catch (err) {
      this.recordFailure(item.source, err);
      throw err;
    }
    this.save(item, result.analysis, options);
    return result;
  }

  /** ` (stored in PATH)` when everything was stored, else what was and why not. */
  closingNote(): string {
    if (this.failure !== null) {
      const code = this.failure.code;
      return this.saved === 0 || this.store === null
        ? ` (nothing stored: ${code})`
        : ` (${this.saved} stored in ${this.store.path}, then ${code})`;
    }
    return this.store === null ? '' : ` (stored in ${this.store.path})`;
  }

  private async analyseOnce(key: CacheKey, analyse: () => Promise<Analysis>): Promise<Analysis> {
    const running = analyse();
    this.inFlight.set(key.id, running);
    try {
      return await running;
    } finally {
      this.inFlight.delete(key.id);
    }
  }

  /** With `--refresh`, only analyses made during this run (by a copy of the text) are reused. */
  private cacheWindow(options: ObtainOptions): { madeSince?: Date } {
    return options.refresh ? { madeSince: this.startedAt } : {};
  }

  private save(item: ExtractResult, analysis: Analysis, options: ObtainOptions): void {
    const at = options.fetchedAt === undefined ? {} : { fetchedAt: options.fetchedAt };
    this.use((s) => {
      s.saveArticleAnalysis(item, analysis, options.key, at);
      this.saved += 1;
    }, undefined);
  }

  /** Runs `fn` on the store unless it is absent or has failed; a failure is reported once. */
  private use<T>(fn: (store: Store) => T, otherwise: T): T {
    if (this.store === null || this.failure !== null || this.stopped) return otherwise;
    try {
      return fn(this.store);
    } catch (err) {
      this.fail(err);
      return otherwise;
    }
  }

  private fail(err: unknown): void {
    this.failure = toVeilleError(err, 'store');
    this.report(this.failure);
  }
}
