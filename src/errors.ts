import { terminalLine } from './terminal.js';
import { redactSecrets } from './secrets.js';

/**
 * One small error family: every failure carries a stable code, the stage it happened in and the
 * input it concerns. The CLI turns it into one line on stderr; stacks only with --verbose.
 */

export type Stage = 'input' | 'fetch' | 'extract' | 'analyse' | 'store' | 'render' | 'config';

/** Stable error codes; documented in the README. Add new ones here, never reuse one. */
export const ERROR_CODES = {
  USAGE: 'invalid command-line usage',
  NOT_FOUND: 'no such file or folder',
  READ_FAILED: 'the file could not be read',
  UNREACHABLE: 'the host could not be reached',
  TIMEOUT: 'the request timed out',
  HTTP_STATUS: 'the server answered with an error status',
  GONE: 'the page no longer exists (404/410)',
  TOO_MANY_REDIRECTS: 'too many redirects, or a redirect loop',
  BAD_RESPONSE: 'the server sent a broken response (e.g. a corrupt gzip body)',
  UNSUPPORTED_TYPE: 'the content is not HTML or text',
  TOO_LARGE: 'the body exceeds the byte cap',
  BINARY: 'the file is binary, not text',
  EMPTY: 'no article text could be found',
  FEED_INVALID: 'the feed could not be parsed',
  UNSAFE_LINK: 'a link found in a feed, list or redirect may not be loaded from there',
  OPML_INVALID: 'the OPML file could not be read as a list of sources',
  CONFIG: 'the configuration is invalid',
  WRITE_FAILED: 'an output file or folder could not be written',
  LLM_AUTH: 'the model endpoint refused the credentials',
  LLM_UNREACHABLE: 'the model endpoint could not be reached',
  LLM_MODEL_NOT_FOUND: 'the model does not exist on the endpoint',
  LLM_RATE_LIMITED: 'the model endpoint kept rate-limiting, or asked to wait over 60 s',
  LLM_ERROR: 'the model endpoint failed',
  LLM_OUTPUT_INVALID: 'the model reply did not match the schema',
  NO_ENDPOINT: 'no model endpoint is configured',
  STORE_FAILED: 'the database could not be opened, read or written',
  STORE_CORRUPT: 'the database file is damaged or is not a veille database',
  STORE_LOCKED: 'the database is locked by another process',
  DELIVERY_FAILED: 'the briefing could not be delivered (the mail server refused it)',
  INTERNAL: 'an unexpected internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface VeilleErrorOptions {
  stage: Stage;
  /** The input (path, URL, `-`) the error concerns, when there is one. */
  input?: string | undefined;
  cause?: unknown;
  /** Extra data kept for inspection (e.g. the raw model reply), never printed in one-line form. */
  details?: Record<string, unknown> | undefined;
}

export class VeilleError extends Error {
  readonly code: ErrorCode;
  readonly stage: Stage;
  readonly input: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: VeilleErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VeilleError';
    this.code = code;
    this.stage = options.stage;
    this.input = options.input;
    this.details = options.details;
  }
}

/** Wraps anything thrown into a VeilleError, keeping VeilleErrors as they are. */
export function toVeilleError(err: unknown, stage: Stage, input?: string): VeilleError {
  if (err instanceof VeilleError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new VeilleError('INTERNAL', message, { stage, input, cause: err });
}

/**
 * The one-line form printed on stderr: `error [CODE] input: message`. Messages and inputs may
 * hold page text, so terminal controls are removed (terminal.ts), and secrets are masked.
 */
export function formatErrorLine(err: VeilleError): string {
  const where = err.input === undefined ? '' : ` ${terminalLine(err.input)}:`;
  const oneLine = terminalLine(err.message).replace(/\s+/g, ' ').trim();
  return redactSecrets(`error [${err.code}]${where} ${oneLine}`);
}

/** Exit codes: 0 all good, 1 some input failed, 2 usage error, 130 interrupted (Ctrl-C). */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;
