import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunContext } from '../context.js';
import { VeilleError } from '../errors.js';
import { redactSecrets } from '../secrets.js';
import {
  cacheKey,
  contentHash,
  defaultDbPath,
  openStore,
  type CacheKey,
  type Store,
} from '../store/index.js';
import type { FormatMemory } from '../analyse/index.js';
import type { ExtractResult } from '../types.js';

/** Flags of commands that keep their results in the store. */
export interface StoreFlags {
  /** Database file [$XDG_DATA_HOME/veille/veille.db]. */
  db?: string;
  /** `--no-store` sets this to false: neither read the cache nor save [true]. */
  store?: boolean;
  /** Ignore cached analyses and analyse again [false]. */
  refresh?: boolean;
}

/** Opens the run's store, or returns null with `--no-store`. */
export function openRunStore(ctx: RunContext, flags: StoreFlags): Store | null {
  if (flags.store === false) return null;
  return openStore(dbPathFrom(ctx, flags.db));
}

/** `--db` (relative to the working folder), else the default path under the data directory. */
function dbPathFrom(ctx: RunContext, db: string | undefined): string {
  return db === undefined ? defaultDbPath(ctx.env) : path.resolve(ctx.cwd, db);
}

/**
 * Opens an existing database (brief, claims), read-only unless `write` (claims --post marks what
 * it sent). A missing file is an error that says how to fill it; no empty database is created
 * for a read. Damaged or locked files fail in one line naming the file (store/open.ts).
 */
export function openExistingStore(
  ctx: RunContext,
  db: string | undefined,
  { write = false }: { write?: boolean } = {},
): Store {
  const file = dbPathFrom(ctx, db);
  if (!existsSync(file)) {
    throw new VeilleError(
      'NOT_FOUND',
      'no veille database here: nothing has been stored yet. Run `veille summarize` on some ' +
        'articles first, or pass --db PATH of an existing database',
      { stage: 'store', input: file },
    );
  }
  return openStore(file, { createDir: false, readOnly: !write });
}

/**
 * The cache key of one analysis: content hash, model, prompt version (with every option that
 * changes the output folded in) and the output-schema version.
 */
export function analysisKey(
  item: ExtractResult,
  engine: { model: string | null; version: string },
): CacheKey {
  return cacheKey({
    contentHash: contentHash(item.article.text),
    model: engine.model,
    promptVersion: engine.version,
  });
}

const MODES = ['json_schema', 'json_object', 'text'] as const;

/** Where the response format that worked per endpoint and model is kept, beside the database. */
function formatMemoryFile(store: Store): string {
  return `${store.path}.formats.json`;
}

/**
 * The response format each endpoint+model accepted on earlier runs, so a server that rejects
 * strict JSON schemas is not asked again every run. Unreadable or foreign content is ignored.
 */
export function loadFormatMemory(store: Store | null): FormatMemory {
  if (!store) return {};
  try {
    const raw = JSON.parse(readFileSync(formatMemoryFile(store), 'utf8')) as unknown;
    if (typeof raw !== 'object' || raw === null) return {};
    const memory: FormatMemory = {};
    for (const [key, mode] of Object.entries(raw)) {
      // Keys written before they were masked are masked now, so the next save cleans the file.
      if ((MODES as readonly unknown[]).includes(mode)) {
        memory[redactSecrets(key)] = mode as FormatMemory[string];
      }
    }
    return memory;
  } catch {
    return {};
  }
}

/** Saves the format memory beside the database; a failure only costs a retry next run. */
export function saveFormatMemory(store: Store | null, memory: FormatMemory): void {
  if (!store || Object.keys(memory).length === 0) return;
  try {
    writeFileSync(formatMemoryFile(store), `${JSON.stringify(memory, null, 2)}\n`);
  } catch {
    // Not worth failing a finished batch for.
  }
}
