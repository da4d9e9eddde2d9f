/**
 * Opening the SQLite file: folder created, WAL journal (readers never block the one writer),
 * busy timeout, foreign keys, migrations. SQLite's failures become one-line VeilleErrors that
 * name the file: not a database, locked, newer schema, cannot open.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { VeilleError, type ErrorCode } from '../errors.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';

/** Error code per kind of store failure; `details.reason` keeps the finer kind. */
const STORE_CODES = {
  corrupt: 'STORE_CORRUPT',
  locked: 'STORE_LOCKED',
  newer: 'STORE_FAILED',
  cannotOpen: 'STORE_FAILED',
  readOnly: 'STORE_FAILED',
  other: 'STORE_FAILED',
} as const satisfies Record<string, ErrorCode>;

export type StoreFailure = keyof typeof STORE_CODES;

export interface OpenDatabaseOptions {
  /** Milliseconds to wait for another process's write before failing as locked. Default 5000. */
  busyTimeoutMs?: number;
  /** Create the parent folder when it is missing. Default true. */
  createDir?: boolean;
  /**
   * Open for reading only (brief, claims): nothing is written, not even the journal mode, so a
   * read-only file or medium can be read. The file must exist. Default false.
   */
  readOnly?: boolean;
}

function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function classify(err: unknown): StoreFailure {
  const code = sqliteCode(err);
  // better-sqlite3 checks the folder itself and throws a plain TypeError.
  if (err instanceof TypeError && /cannot open database/i.test(err.message)) return 'cannotOpen';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readOnly';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'EACCES') {
    return 'cannotOpen';
  }
  return 'other';
}

const EXPLAIN: Record<StoreFailure, (path: string, why: string) => string> = {
  corrupt: (p) => `${p} is not a veille database or is damaged; move it away or pass another path`,
  locked: (p) => `database ${p} is locked by another process; try again when it has finished`,
  newer: (p, why) => `database ${p} was written by a newer veille (${why}); upgrade veille`,
  cannotOpen: (p, why) => `cannot open database ${p}: ${why}`,
  readOnly: (p) => `database ${p} is read-only: results cannot be stored there`,
  other: (p, why) => `database ${p}: ${why}`,
};

/** Turns anything SQLite (or the file system) threw into a VeilleError naming the file. */
export function storeError(err: unknown, path: string, kind?: StoreFailure): VeilleError {
  if (err instanceof VeilleError) return err;
  const reason = kind ?? classify(err);
  const why = err instanceof Error ? err.message : String(err);
  return new VeilleError(STORE_CODES[reason], EXPLAIN[reason](path, why), {
    stage: 'store',
    cause: err,
    details: { reason, path },
  });
}

/** Runs `fn`, rethrowing its failure as a store VeilleError. */
export function guard<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw storeError(err, path);
  }
}

/** Opens (creating if needed) and migrates the database at `path`; `:memory:` works too. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (options.readOnly === true) return openReadOnly(path, options);
  if (path !== ':memory:' && options.createDir !== false) {
    guard(path, () => mkdirSync(dirname(path), { recursive: true }));
  }
  const db = guard(path, () => new Database(path));
  return configured(db, path, () => {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const { from, to } = migrate(db);
    if (from > to) throw newerError(path, from);
  });
}

/**
 * A read-only connection. A database of an older schema is first upgraded by a read-write open
 * (which fails in one line when the file cannot be written), then opened again for reading.
 */
function openReadOnly(path: string, options: OpenDatabaseOptions): Database.Database {
  const open = (): Database.Database =>
    guard(path, () => new Database(path, { readonly: true, fileMustExist: true }));
  let db = open();
  let version = 0;
  db = configured(db, path, () => {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw newerError(path, version);
  });
  if (version === SCHEMA_VERSION) return db;
  db.close();
  try {
    openDatabase(path, { ...options, readOnly: false, createDir: false }).close();
  } catch (err) {
    if (!(err instanceof VeilleError) || err.details?.reason !== 'readOnly') throw err;
    throw new VeilleError(
      'STORE_FAILED',
      `database ${path} has an older schema (${version}, this veille reads ${SCHEMA_VERSION}) and is read-only: open it once where it can be written to upgrade it`,
      { stage: 'store', cause: err, details: { reason: 'readOnly', path } },
    );
  }
  return open();
}

/** Runs `setUp` on a fresh connection; on failure closes it and throws a store error. */
function configured(db: Database.Database, path: string, setUp: () => void): Database.Database {
  try {
    setUp();
    return db;
  } catch (err) {
    db.close();
    throw storeError(err, path);
  }
}

function newerError(path: string, version: number): VeilleError {
  return storeError(
    new Error(`schema ${version}, this veille knows ${SCHEMA_VERSION}`),
    path,
    'newer',
  );
}

/** What every store function needs: the connection, its path (for messages) and the clock. */
export interface StoreContext {
  db: Database.Database;
  /** Opened with `readOnly`: writes that only keep derived data are skipped. */
  readOnly?: boolean;
  path: string;
  now: () => Date;
}

/** ISO UTC form of a timestamp as an article gives it; null when absent or unreadable. */
export function isoOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection. */
export function stmt(ctx: StoreContext, sql: string): Database.Statement {
  let cache = statements.get(ctx.db);
  if (cache === undefined) statements.set(ctx.db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (prepared === undefined) cache.set(sql, (prepared = ctx.db.prepare(sql)));
  return prepared;
}
