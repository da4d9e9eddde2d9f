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

export class BatchStore {
  /** Articles saved during this run. */
  saved = 0;
  private failure: VeilleError | null = null;
  private readonly inFlight = new Map<string, Promise<Analysis>>();
  private readonly startedAt: Date;

  /**
   * @param store null with `--no-store`.
   * @param report called once, with the first store failure.
   * @param now milliseconds clock [Date.now]: the run starts now (what `--refresh` reuses).
   */
  constructor(
    private readonly store: Store | null,
    private readonly report: (error: VeilleError) => void,
    now: () => number = Date.now,
  ) {
    this.startedAt = new Date(now());
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
      if (cached !== null) result = { analysis: cached, cached: true };
      else {
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
    if (this.store === null) return '';
    if (this.failure === null) return ` (stored in ${this.store.path})`;
    const code = this.failure.code;
    return this.saved === 0
      ? ` (nothing stored: ${code})`
      : ` (${this.saved} stored in ${this.store.path}, then ${code})`;
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
    if (this.store === null || this.failure !== null) return otherwise;
    try {
      return fn(this.store);
    } catch (err) {
      this.failure = toVeilleError(err, 'store', this.store.path);
      this.report(this.failure);
      return otherwise;
    }
  }
}
