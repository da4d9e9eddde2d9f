/**
 * Failed inputs, kept so the next run can retry them: one row per source with the last error and
 * how many attempts failed. Storing the source's article clears its failure.
 */
import { toVeilleError } from '../errors.js';
import { redactSecrets } from '../secrets.js';
import { stmt, type StoreContext } from './open.js';

/** A source whose last attempt failed. */
export interface Failure {
  source: string;
  /** VeilleError code of the last failure (`INTERNAL` for anything else thrown). */
  code: string;
  stage: string;
  message: string;
  /** Failed attempts so far. */
  attempts: number;
  /** ISO UTC. */
  firstAt: string;
  lastAt: string;
}

/** Counts one more failed attempt for `source`, keeping the latest error. */
export function recordFailure(ctx: StoreContext, source: string, err: unknown): void {
  const error = toVeilleError(err, 'store', source);
  const at = ctx.now().toISOString();
  stmt(
    ctx,
    `INSERT INTO failures (source, code, stage, message, attempts, first_at, last_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (source) DO UPDATE SET code = excluded.code, stage = excluded.stage,
       message = excluded.message, attempts = failures.attempts + 1, last_at = excluded.last_at`,
  ).run(source, error.code, error.stage, redactSecrets(error.message), at, at);
}

export function clearFailure(ctx: StoreContext, source: string): void {
  stmt(ctx, 'DELETE FROM failures WHERE source = ?').run(source);
}

export interface PendingFailuresOptions {
  /** Leave out sources that already failed this many times. Default: no limit. */
  maxAttempts?: number;
}

/** Sources to retry, oldest failure first. */
export function pendingFailures(
  ctx: StoreContext,
  options: PendingFailuresOptions = {},
): Failure[] {
  return stmt(
    ctx,
    `SELECT source, code, stage, message, attempts, first_at AS firstAt, last_at AS lastAt
       FROM failures WHERE attempts < ? ORDER BY first_at, source`,
  ).all(options.maxAttempts ?? Number.MAX_SAFE_INTEGER) as Failure[];
}
