/**
 * One chat-completion call through the official SDK. Retries and backoff are the SDK's
 * (`maxRetries`, Retry-After honoured up to MAX_RETRY_WAIT_MS, see retry-cap.ts); we add no
 * second retry layer. Every call adds its
 * usage to the session, counting 0 when a local server reports none.
 */
import OpenAI from 'openai';
import type { Limiter } from '../fetch/limiter.js';
import { DUMMY_API_KEY, type LlmConfig } from './config.js';
import { ContextOverflow, isContextLengthError, mapLlmError } from './errors.js';
import { redactingLogger, type Logger } from './log.js';
import { capRetryWaits } from './retry-cap.js';
import { redactSecrets, registerSecret, registerUrlSecrets } from '../secrets.js';

/** How the reply is constrained: strict JSON schema, JSON mode, or plain text. */
export type ResponseMode = 'json_schema' | 'json_object' | 'text';
export const RESPONSE_MODES: readonly ResponseMode[] = ['json_schema', 'json_object', 'text'];

/**
 * What worked per endpoint+model (`<baseUrl>#<model>` → mode). A plain object so the
 * batch layer can save it as JSON and hand it back next run.
 */
export type FormatMemory = Record<string, ResponseMode>;

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** Everything the calls of one task share. */
export interface LlmSession {
  client: OpenAI;
  config: LlmConfig;
  memory: FormatMemory;
  usage: Usage;
  /** Chat-completion calls made (each may hide SDK retries). */
  calls: number;
  /** The article's source, for error messages. */
  input?: string | undefined;
  /** Caps the calls in flight across sessions (`--concurrency`); none when absent. */
  slots?: Limiter | undefined;
}

export interface SessionOptions {
  config: LlmConfig;
  /** A ready client (tests, custom setups); default: built from `config`. */
  client?: OpenAI | undefined;
  /** fetch used by the default client; default the global one. */
  fetch?: typeof fetch | undefined;
  /** Format memory shared across articles; default a fresh one. */
  memory?: FormatMemory | undefined;
  input?: string | undefined;
  /**
   * Shared cap on calls in flight. Only the HTTP call holds a slot, so preparing the next
   * article and checking the last reply happen while other calls are out.
   */
  slots?: Limiter | undefined;
}

/**
 * The SDK client for a config: our timeout, the SDK's retries with every wait capped, a dummy
 * key for local servers.
 */
export function createLlmClient(
  config: LlmConfig,
  fetchImpl?: typeof fetch,
  /** Where the SDK's own logs go, masked [stderr]. */
  logger?: Logger,
): OpenAI {
  registerConfigSecrets(config);
  // Looked up per call, not bound now, so a fetch installed later is still the one used.
  const base: typeof fetch = (input, init) => (fetchImpl ?? globalThis.fetch)(input, init);
  const { baseURL, defaultQuery } = splitQuery(config.baseUrl);
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL,
    ...(defaultQuery === undefined ? {} : { defaultQuery }),
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: capRetryWaits(base),
    logger: redactingLogger(logger),
  });
}

/**
 * A config may be built in code rather than resolved from env and files (which registers its
 * secrets): its key and URL credentials are masked in any output all the same.
 */
function registerConfigSecrets(config: LlmConfig): void {
  if (config.apiKey !== DUMMY_API_KEY) registerSecret(config.apiKey);
  registerUrlSecrets(config.baseUrl);
}

/**
 * The SDK appends the call's path to the base URL as a string, so a query in it
 * (`…/v1?api-key=…`, as some gateways want) would end up before the path. It is sent as the
 * SDK's `defaultQuery` instead, on every call.
 */
function splitQuery(baseUrl: string): { baseURL: string; defaultQuery?: Record<string, string> } {
  const url = new URL(baseUrl);
  if (url.search === '') return { baseURL: baseUrl };
  const defaultQuery = Object.fromEntries(url.searchParams);
  url.search = '';
  return { baseURL: url.toString().replace(/\/+$/, ''), defaultQuery };
}

export function createSession(options: SessionOptions): LlmSession {
  registerConfigSecrets(options.config);
  return {
    client: options.client ?? createLlmClient(options.config, options.fetch),
    config: options.config,
    memory: options.memory ?? {},
    usage: { promptTokens: 0, completionTokens: 0 },
    calls: 0,
    input: options.input,
    slots: options.slots,
  };
}

/** Key of the format memory for this session's endpoint and model; saved to disk, so masked. */
export function memoryKey(config: LlmConfig): string {
  return redactSecrets(`${config.baseUrl}#${config.model}`);
}

export interface ChatRequest {
  messages: ChatMessage[];
  mode: ResponseMode;
  /** Sent with mode `json_schema`. */
  schema?: { name: string; schema: Record<string, unknown> } | undefined;
}

export interface ChatReply {
  content: string;
  finishReason: string | null;
}

/**
 * One call. Throws `ContextOverflow` for a context-length 400 or a reply cut by
 * `finish_reason: 'length'`; lets format rejections (400) through as SDK errors for the
 * caller to step down; maps the rest to VeilleError.
 */
export async function chat(session: LlmSession, request: ChatRequest): Promise<ChatReply> {
  session.calls++;
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    const call = () =>
      session.client.chat.completions.create({
        model: session.config.model,
        messages: request.messages,
        ...responseFormat(request),
      });
    completion = await (session.slots ? session.slots.run(null, call) : call());
  } catch (err) {
    if (isContextLengthError(err)) throw new ContextOverflow('context_length');
    if (err instanceof OpenAI.BadRequestError || err instanceof OpenAI.UnprocessableEntityError) {
      throw err;
    }
    throw mapLlmError(err, { config: session.config, input: session.input });
  }
  session.usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
  session.usage.completionTokens += completion.usage?.completion_tokens ?? 0;
  const choice = completion.choices?.[0];
  if (choice?.finish_reason === 'length') throw new ContextOverflow('finish_length');
  return { content: choice?.message?.content ?? '', finishReason: choice?.finish_reason ?? null };
}

function responseFormat(
  request: ChatRequest,
): Pick<OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming, 'response_format'> {
  if (request.mode === 'json_object') return { response_format: { type: 'json_object' } };
  if (request.mode === 'json_schema' && request.schema !== undefined) {
    return {
      response_format: {
        type: 'json_schema',
        json_schema: { name: request.schema.name, strict: true, schema: request.schema.schema },
      },
    };
  }
  return {};
}

/** Model ids the endpoint lists (GET /models), for a CLI hint when the model is wrong. */
export async function listModels(session: LlmSession): Promise<string[]> {
  try {
    const page = await session.client.models.list();
    return page.data.map((m) => m.id);
  } catch (err) {
    throw mapLlmError(err, { config: session.config, input: session.input });
  }
}
