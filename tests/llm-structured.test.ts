import { describe, expect, it } from 'vitest';
import { analyseArticle, type FormatMemory } from '../src/analyse/index.js';
import { VeilleError } from '../src/errors.js';
import { extractJson } from '../src/llm/json.js';
import {
  fakeConfig,
  fault,
  reply,
  supermicroReply,
  supermicroResult,
} from './helpers/fake-openai.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const fake = useFakeOpenAi();

const run = (memory: FormatMemory, model = 'fake-model') =>
  analyseArticle(supermicroResult(), {
    config: fakeConfig(fake, { model }),
    length: 'standard',
    strict: false,
    memory,
  });

const formats = () => fake.chats().map((c) => c.response_format?.type ?? 'text');
const schemaInPrompt = (i: number) =>
  fake.chats()[i]!.messages[0]!.content.includes('It must match this JSON Schema');

describe('response format fallback chain', () => {
  it('steps down to json_object with the schema in the prompt after a 400, and remembers it', async () => {
    const memory: FormatMemory = {};
    fake.enqueue(fault.rejectFormat(), reply.json(supermicroReply()));
    await run(memory);
    expect(formats()).toEqual(['json_schema', 'json_object']);
    expect(schemaInPrompt(0)).toBe(false);
    expect(schemaInPrompt(1)).toBe(true);
    expect(memory).toEqual({ [`${fake.baseUrl}#fake-model`]: 'json_object' });

    fake.enqueue(reply.json(supermicroReply()));
    await run(memory);
    expect(formats()).toEqual(['json_schema', 'json_object', 'json_object']);
    // The memory is plain JSON, for the batch layer to save.
    expect(JSON.parse(JSON.stringify(memory))).toEqual(memory);
  });

  it('remembers per model: another model on the same endpoint starts from json_schema', async () => {
    const memory: FormatMemory = { [`${fake.baseUrl}#fake-model`]: 'json_object' };
    fake.enqueue(reply.json(supermicroReply()));
    await run(memory, 'other-model');
    expect(formats()).toEqual(['json_schema']);
    expect(memory[`${fake.baseUrl}#other-model`]).toBe('json_schema');
  });

  it('falls to plain text and extracts the JSON from a fenced block', async () => {
    const memory: FormatMemory = {};
    const fenced = `Here is the analysis:\n\`\`\`json\n${JSON.stringify(supermicroReply())}\n\`\`\`\nHope it helps!`;
    fake.enqueue(fault.rejectFormat(), fault.rejectFormat(), reply.text(fenced));
    const analysis = await run(memory);
    expect(formats()).toEqual(['json_schema', 'json_object', 'text']);
    expect(schemaInPrompt(2)).toBe(true);
    expect(analysis.claims).toHaveLength(3);
    expect(memory[`${fake.baseUrl}#fake-model`]).toBe('text');
  });

  it('a server that ignores json_schema: the repair goes in JSON mode, and that is remembered', async () => {
    const memory: FormatMemory = {};
    fake.enqueue(
      reply.json({ resume: 'Apple dément', entites: [] }),
      reply.json(supermicroReply()),
    );
    await run(memory);
    expect(formats()).toEqual(['json_schema', 'json_object']);
    expect(schemaInPrompt(1)).toBe(true);
    expect(memory[`${fake.baseUrl}#fake-model`]).toBe('json_object');
  });

  it('a 400 in text mode is an LLM_ERROR, not a loop', async () => {
    fake.enqueue(fault.rejectFormat(), fault.rejectFormat(), fault.rejectFormat());
    const err = await run({}).catch((e: unknown) => e);
    expect((err as VeilleError).code).toBe('LLM_ERROR');
    expect(fake.chats()).toHaveLength(3);
  });
});

describe('extractJson', () => {
  it('reads a bare object, a fenced block, or the first balanced object', () => {
    expect(extractJson('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(extractJson('```json\n{"a": "}"}\n```')).toEqual({ ok: true, value: { a: '}' } });
    expect(extractJson('Voici : {"a": {"b": "x{y"}} et voilà')).toEqual({
      ok: true,
      value: { a: { b: 'x{y' } },
    });
  });

  it('tells "no JSON" from "broken JSON"', () => {
    expect(extractJson('I cannot help with that.')).toEqual({
      ok: false,
      error: 'no JSON object found in the reply',
    });
    const broken = extractJson('{"a": 1,,}');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/^invalid JSON/);
  });
});
