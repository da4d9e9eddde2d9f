/**
 * One structured call, validated: strict `json_schema` first, stepping down to `json_object`
 * (schema in the prompt) and then plain text (JSON extracted) when a server rejects the
 * format with a 400. A reply that does not parse or breaks the schema gets ONE repair turn
 * naming the errors — in JSON mode with the schema in the prompt, since a server that let a
 * bad reply through did not enforce the schema — then LLM_OUTPUT_INVALID keeping the raw
 * reply. What worked is remembered per endpoint+model in the session's format memory.
 * A reply in French gets one retry that says so, then a NOT_ENGLISH warning.
 */
import type { z } from 'zod';
import { VeilleError } from '../errors.js';
import type { Warning } from '../types.js';
import {
  chat,
  memoryKey,
  RESPONSE_MODES,
  type ChatMessage,
  type ChatReply,
  type LlmSession,
  type ResponseMode,
} from './client.js';
import { isFormatRejection, mapLlmError } from './errors.js';
import { extractJson } from './json.js';
import { looksFrench } from './language.js';
import { loadPrompt, renderPrompt, type PromptTemplate } from './prompts.js';

export interface StructuredTask<T> {
  /** System message (instructions) and user message (the delimited data). */
  system: string;
  user: string;
  schemaName: string;
  /** JSON Schema in OpenAI's strict subset, sent as response_format. */
  jsonSchema: Record<string, unknown>;
  /** The same shape as a zod schema: what we actually trust. */
  zodSchema: z.ZodType<T>;
  /** Checks beyond the schema (e.g. paragraph count); each string is an error for the repair turn. */
  check?: ((value: T) => string[]) | undefined;
  /** Texts that must be English (one per field or group); any French one means one retry. */
  englishText?: ((value: T) => string[]) | undefined;
}

export interface StructuredResult<T> {
  value: T;
  mode: ResponseMode;
  warnings: Warning[];
}

/** Helper prompts this module renders; part of every task's prompt version. */
export function structuredHelperPrompts(): PromptTemplate[] {
  return [loadPrompt('schema-note'), loadPrompt('repair'), loadPrompt('not-english')];
}

type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export async function callStructured<T>(
  session: LlmSession,
  task: StructuredTask<T>,
): Promise<StructuredResult<T>> {
  const key = memoryKey(session.config);
  let mode: ResponseMode = session.memory[key] ?? 'json_schema';
  const first = await callStepping(session, task, mode, []);
  mode = first.mode;
  let reply = first.reply;
  let outcome = validate(reply.content, task);
  if (!outcome.ok) {
    if (mode === 'json_schema') mode = 'json_object';
    const repair = renderPrompt(loadPrompt('repair'), {
      errors: outcome.errors.map((e) => `- ${e}`).join('\n'),
    });
    const again = await callStepping(session, task, mode, turn(reply.content, repair.system));
    mode = again.mode;
    const firstErrors = outcome.errors;
    outcome = validate(again.reply.content, task);
    if (!outcome.ok) {
      throw invalidOutput(
        session,
        again.reply.content,
        { firstErrors, errors: outcome.errors },
        mode,
      );
    }
    reply = again.reply;
  }
  session.memory[key] = mode;
  const warnings: Warning[] = [];
  const value = await ensureEnglish(session, task, { mode, reply, value: outcome.value, warnings });
  return { value, mode, warnings };
}

interface Replied<T> {
  mode: ResponseMode;
  reply: ChatReply;
  value: T;
  warnings: Warning[];
}

async function ensureEnglish<T>(
  session: LlmSession,
  task: StructuredTask<T>,
  state: Replied<T>,
): Promise<T> {
  if (task.englishText === undefined || !anyFrench(task.englishText(state.value))) {
    return state.value;
  }
  const retry = renderPrompt(loadPrompt('not-english'), {});
  const again = await callStepping(
    session,
    task,
    state.mode,
    turn(state.reply.content, retry.system),
  );
  const outcome = validate(again.reply.content, task);
  if (outcome.ok && !anyFrench(task.englishText(outcome.value))) return outcome.value;
  state.warnings.push({
    code: 'NOT_ENGLISH',
    message: 'the model wrote French where English was asked, even after a retry',
  });
  return outcome.ok ? outcome.value : state.value;
}

function anyFrench(texts: string[]): boolean {
  return texts.some((text) => looksFrench(text));
}

function turn(previous: string, instruction: string): ChatMessage[] {
  return [
    { role: 'assistant', content: previous },
    { role: 'user', content: instruction },
  ];
}

/** Calls in `mode`, stepping down the format chain on each 400 that rejects it. */
async function callStepping<T>(
  session: LlmSession,
  task: StructuredTask<T>,
  start: ResponseMode,
  extra: ChatMessage[],
): Promise<{ mode: ResponseMode; reply: ChatReply }> {
  for (let i = RESPONSE_MODES.indexOf(start); i < RESPONSE_MODES.length; i++) {
    const mode = RESPONSE_MODES[i] ?? 'text';
    try {
      const reply = await chat(session, {
        messages: [...baseMessages(task, mode), ...extra],
        mode,
        schema: { name: task.schemaName, schema: task.jsonSchema },
      });
      return { mode, reply };
    } catch (err) {
      if (!isFormatRejection(err)) throw err;
      if (mode === 'text') throw mapLlmError(err, { config: session.config, input: session.input });
    }
  }
  throw new Error('unreachable: the format chain ends with text');
}

/** System + user; outside strict json_schema the schema travels in the system message. */
function baseMessages<T>(task: StructuredTask<T>, mode: ResponseMode): ChatMessage[] {
  const note =
    mode === 'json_schema'
      ? ''
      : `\n\n${renderPrompt(loadPrompt('schema-note'), { schema: JSON.stringify(task.jsonSchema) }).system}`;
  return [
    { role: 'system', content: task.system + note },
    { role: 'user', content: task.user },
  ];
}

function validate<T>(content: string, task: StructuredTask<T>): Validation<T> {
  const json = extractJson(content);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const parsed = task.zodSchema.safeParse(json.value);
  if (!parsed.success) {
    const errors = parsed.error.issues
      .slice(0, 12)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, errors };
  }
  const extra = task.check?.(parsed.data) ?? [];
  return extra.length > 0 ? { ok: false, errors: extra } : { ok: true, value: parsed.data };
}

/**
 * The first reply's fault is the cause; the repair reply's own is said after it. (The repair
 * reply often breaks differently — another shape altogether — and alone it hid the cause: a
 * reply with 2 of 19 paragraphs surfaced as "paragraphs: expected array, received undefined".)
 */
function invalidOutput(
  session: LlmSession,
  raw: string,
  { firstErrors, errors }: { firstErrors: string[]; errors: string[] },
  mode: ResponseMode,
): VeilleError {
  const first = firstErrors[0] ?? '';
  const again = errors[0] ?? '';
  const repair =
    again === first
      ? 'the repair turn did not fix it'
      : `the repair turn did not fix it (${again})`;
  return new VeilleError(
    'LLM_OUTPUT_INVALID',
    `model ${session.config.model} replied with invalid output: ${first}; ${repair}`,
    { stage: 'analyse', input: session.input, details: { raw, firstErrors, errors, mode } },
  );
}
