/**
 * SDK errors → VeilleError with one-line messages that name the endpoint or model and never
 * the key. Context-window overflows are not errors for the caller: they become
 * `ContextOverflow`, which the analyse stage answers with a smaller split.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { VeilleError } from '../errors.js';
import { redactSecrets } from '../secrets.js';
import { displayUrl, type LlmConfig } from './config.js';
import { askedWaitOf, formatWait, MAX_RETRY_WAIT_MS } from './retry-cap.js';

/** The input or the reply did not fit: split smaller and try again. */
export class ContextOverflow extends Error {
  constructor(readonly reason: 'finish_length' | 'context_length') {
    super(
      reason === 'finish_length'
        ? 'reply cut at the length limit'
        : 'input over the context length',
    );
    this.name = 'ContextOverflow';
  }
}

const CONTEXT_LENGTH =
  /context[ _-]?(length|window)|maximum context|too many tokens|prompt is too long/i;

/** True for a 400/413 whose message says the prompt is over the model's context. */
export function isContextLengthError(err: unknown): boolean {
  if (!(err instanceof APIError)) return false;
  if (err.status !== 400 && err.status !== 413) return false;
  return err.code === 'context_length_exceeded' || CONTEXT_LENGTH.test(err.message);
}

/** True for a 400/422 a server gives for a response_format it does not support. */
export function isFormatRejection(err: unknown): boolean {
  return (
    err instanceof APIError &&
    (err.status === 400 || err.status === 422) &&
    !isContextLengthError(err)
  );
}

export interface MapErrorContext {
  config: LlmConfig;
  /** The article's source, for the one-line message. */
  input?: string | undefined;
}

/** Maps anything thrown by the SDK to a VeilleError; VeilleErrors pass through. */
export function mapLlmError(err: unknown, context: MapErrorContext): VeilleError {
  if (err instanceof VeilleError) return err;
  const { config, input } = context;
  const url = displayUrl(config.baseUrl);
  const make = (code: VeilleError['code'], message: string, endpointWide = false): VeilleError =>
    new VeilleError(code, redactSecrets(message), {
      stage: 'analyse',
      input,
      cause: err,
      details: { ...errorDetails(err, config), ...(endpointWide ? { endpointWide } : {}) },
    });
  if (err instanceof APIConnectionTimeoutError) {
    return make('TIMEOUT', `no reply from ${url} within ${config.timeoutMs} ms`);
  }
  if (err instanceof APIConnectionError) {
    return make('LLM_UNREACHABLE', `cannot reach ${url}${causeCode(err)}`, true);
  }
  if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) {
    // The server's own message may quote the key ("Incorrect API key provided: sk-…"): not shown.
    return make(
      'LLM_AUTH',
      `${url} refused the API key (${err.status}); check OPENAI_API_KEY`,
      true,
    );
  }
  if (isModelNotFound(err)) {
    return make('LLM_MODEL_NOT_FOUND', `model "${config.model}" does not exist on ${url}`, true);
  }
  const refusedWait = err instanceof APIError ? askedWaitOf(err.headers) : null;
  if (refusedWait !== null) {
    const wait = `asks to wait ${formatWait(refusedWait)}, over the ${formatWait(MAX_RETRY_WAIT_MS)} cap: not retried`;
    if (err instanceof RateLimitError) return make('LLM_RATE_LIMITED', `${url} ${wait}`);
    return make(
      'LLM_ERROR',
      `${url} answered ${err instanceof APIError ? err.status : '?'} and ${wait}`,
    );
  }
  if (err instanceof RateLimitError) {
    return make('LLM_RATE_LIMITED', `${url} still rate-limited after ${config.maxRetries} retries`);
  }
  if (err instanceof NotFoundError) {
    return make(
      'LLM_ERROR',
      `${url} answered 404: is the base URL right (it usually ends in /v1)?`,
      true,
    );
  }
  if (err instanceof APIError) {
    return make(
      'LLM_ERROR',
      `${url} answered ${err.status ?? 'an error'}: ${firstLine(err.message)}`,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return make('LLM_ERROR', `call to ${url} failed: ${firstLine(message)}`);
}

/**
 * True for an error about the endpoint rather than the article: down, refusing the key, without
 * the model, or not an OpenAI API at that URL (404). Every other call would fail the same way,
 * so a batch stops calling after the first one (batch/endpoint-gate.ts).
 */
export function isEndpointWide(err: unknown): boolean {
  return err instanceof VeilleError && err.details?.['endpointWide'] === true;
}

function isModelNotFound(err: unknown): boolean {
  if (!(err instanceof APIError)) return false;
  if (err.code === 'model_not_found') return true;
  const modelMissing = /model\b.*\b(does not exist|not found|not exist)/i.test(err.message);
  return (err.status === 404 || err.status === 400) && modelMissing;
}

function causeCode(err: APIConnectionError): string {
  let cause: unknown = err.cause;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return ` (${code})`;
    cause = cause.cause;
  }
  return '';
}

function errorDetails(err: unknown, config: LlmConfig): Record<string, unknown> {
  const details: Record<string, unknown> = {
    baseUrl: displayUrl(config.baseUrl),
    model: config.model,
  };
  if (err instanceof APIError) {
    details['status'] = err.status;
    details['requestId'] = err.requestID ?? null;
  }
  return details;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}
