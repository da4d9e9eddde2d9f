/**
 * Translations kept in the store, as summarize keeps analyses: keyed by the translated text
 * (title and article text), model and prompt version, so a re-run on unchanged content makes no
 * model call. A store that fails is reported once and the run goes on without it.
 */
import { translatePromptVersion, type Translation } from '../analyse/translate.js';
import type { RunContext } from '../context.js';
import { VeilleError } from '../errors.js';
import {
  TRANSLATION_SCHEMA_VERSION,
  cacheKey,
  contentHash,
  type CacheKey,
  type Store,
} from '../store/index.js';
import type { ExtractResult } from '../types.js';
import { openRunStore, type StoreFlags } from './store-run.js';

export class TranslationCache {
  private store: Store | null = null;

  /**
   * Opens the run's store (none with `--no-store`); `report` prints a store failure, once.
   * `--refresh` translates again, and saves over what was kept.
   */
  constructor(
    ctx: RunContext,
    private readonly flags: StoreFlags,
    private readonly report: (err: unknown) => void,
  ) {
    this.attempt(() => {
      this.store = openRunStore(ctx, flags);
    });
  }

  /** The key of `item`'s translation by `model`. */
  keyOf(item: ExtractResult, model: string): CacheKey {
    // The title is translated with the text, so both are part of what the key hashes.
    const { title, text } = item.article;
    return cacheKey({
      contentHash: contentHash(`${title ?? ''}\n\n${text}`),
      model,
      promptVersion: translatePromptVersion(),
      schemaVersion: TRANSLATION_SCHEMA_VERSION,
    });
  }

  /** The stored translation, or null (none, `--refresh`, no store). */
  get(key: CacheKey): Translation | null {
    if (this.flags.refresh === true) return null;
    return this.attempt(() => this.store?.getCachedTranslation(key) ?? null) ?? null;
  }

  save(item: ExtractResult, translation: Translation, key: CacheKey): void {
    this.attempt(() => this.store?.saveTranslation(item.source, translation, key));
  }

  close(): void {
    this.store?.close();
    this.store = null;
  }

  /** Runs a store step; a store failure is reported and the store left alone from then on. */
  private attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (err) {
      if (!(err instanceof VeilleError) || err.stage !== 'store') throw err;
      this.store?.close();
      this.store = null;
      this.report(err);
      return undefined;
    }
  }
}
