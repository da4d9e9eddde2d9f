import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { analyseArticle, createSession, listModels, type LlmConfig } from '../src/analyse/index.js';
import { formatErrorLine, VeilleError } from '../src/errors.js';
import { MAX_RETRY_WAIT_MS } from '../src/llm/retry-cap.js';
import {
  fakeConfig,
  fault,
  type FakeReply,
  reply,
  supermicroReply,
  supermicroResult,
} from './helpers/fake-openai.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const fake = useFakeOpenAi();

const run = (overrides: Partial<LlmConfig> = {}) =>
  analyseArticle(supermicroResult(), {
    config: fakeConfig(fake, overrides),
    length: 'brief',
    strict: false,
  });

const failure = async (overrides: Partial<LlmConfig> = {}): Promise<VeilleError> => {
  const err = await run(overrides).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(VeilleError);
  return err as VeilleError;
};

describe('faults the SDK retries (no second retry layer of ours)', () => {
  it('waits out a 429 as Retry-After says, then succeeds', async () => {
    fake.enqueue(fault.rateLimited(1), reply.json(supermicroReply()));
    const started = Date.now();
    const analysis = await run();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.chats()).toHaveLength(2);
    expect(analysis.claims).toHaveLength(3);
  });

  it('retries a 500 and a connection reset, then succeeds', async () => {
    fake.enqueue(fault.serverError(), fault.reset(), reply.json(supermicroReply()));
    const analysis = await run();
    expect(fake.chats()).toHaveLength(3);
    expect(analysis.summary.headline).toContain('deny');
  });

  it('gives up with LLM_RATE_LIMITED after maxRetries', async () => {
    fake.enqueue(fault.rateLimited(0), fault.rateLimited(0), fault.rateLimited(0));
    const err = await failure({ maxRetries: 2 });
    expect(err.code).toBe('LLM_RATE_LIMITED');
    expect(fake.chats()).toHaveLength(3);
  });
});

describe('waits longer than MAX_RETRY_WAIT_MS are not waited', () => {
  it('a 429 asking for a day fails at once with LLM_RATE_LIMITED saying so', async () => {
    fake.enqueue(fault.rateLimited(86_400), reply.json(supermicroReply()));
    const err = await failure({ maxRetries: 3 });
    expect(err.code).toBe('LLM_RATE_LIMITED');
    expect(err.message).toContain('86400 s');
    expect(fake.chats()).toHaveLength(1);
  });

  it('the same for retry-after-ms and an HTTP date, and for a 503', async () => {
    const inADay = new Date(Date.now() + 86_400_000).toUTCString();
    const slow = (status: number, headers: Record<string, string>): FakeReply => ({
      kind: 'status',
      status,
      headers,
      body: { error: { message: 'slow down', type: 'x', param: null, code: null } },
    });
    fake.enqueue(slow(429, { 'retry-after-ms': '3600000' }));
    expect((await failure()).code).toBe('LLM_RATE_LIMITED');
    fake.enqueue(slow(429, { 'retry-after': inADay }));
    expect((await failure()).code).toBe('LLM_RATE_LIMITED');
    fake.enqueue(slow(503, { 'retry-after': '7200' }));
    const err = await failure();
    expect(err.code).toBe('LLM_ERROR');
    expect(err.message).toContain('7200 s');
    expect(fake.chats()).toHaveLength(3);
  });

  it('a wait under the cap is still waited, then the call succeeds', async () => {
    fake.enqueue(fault.rateLimited(0), reply.json(supermicroReply()));
    const analysis = await run();
    expect(fake.chats()).toHaveLength(2);
    expect(analysis.claims).toHaveLength(3);
  });

  it('the cap is one minute', () => {
    expect(MAX_RETRY_WAIT_MS).toBe(60_000);
  });
});

describe('faults mapped to one-line errors', () => {
  it('times out on a server that never answers', async () => {
    fake.enqueue(fault.hang());
    const err = await failure({ timeoutMs: 300, maxRetries: 0 });
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain(fake.baseUrl);
    expect(err.message).toContain('300 ms');
  });

  it('401: LLM_AUTH without echoing the key the server quoted', async () => {
    fake.enqueue(fault.unauthorized());
    const err = await failure();
    expect(err.code).toBe('LLM_AUTH');
    const everything = `${formatErrorLine(err)} ${err.message} ${JSON.stringify(err.details)}`;
    expect(everything).not.toContain('SECRET');
    expect(everything).not.toContain('sk-test');
    expect(fake.history[0]!.authorized).toBe(true);
    expect(JSON.stringify(fake.history)).not.toContain('SECRET');
  });

  it('unreachable: LLM_UNREACHABLE naming the base URL', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}/v1`;
    const err = await failure({ baseUrl, maxRetries: 0 });
    expect(err.code).toBe('LLM_UNREACHABLE');
    expect(err.message).toContain(baseUrl);
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('404 model_not_found: LLM_MODEL_NOT_FOUND naming the model', async () => {
    fake.enqueue(fault.modelNotFound());
    const err = await failure({ model: 'llama-imaginaire' });
    expect(err.code).toBe('LLM_MODEL_NOT_FOUND');
    expect(err.message).toContain('"llama-imaginaire"');
    expect(err.stage).toBe('analyse');
  });

  it('other statuses: LLM_ERROR with the status', async () => {
    fake.enqueue({ kind: 'status', status: 418, body: { error: { message: 'teapot' } } });
    const err = await failure();
    expect(err.code).toBe('LLM_ERROR');
    expect(err.message).toContain('418');
  });
});

describe('listModels', () => {
  it('reads GET /v1/models, for a hint when the model is wrong', async () => {
    fake.models = ['llama3.1:8b', 'mistral-small'];
    const session = createSession({ config: fakeConfig(fake) });
    expect(await listModels(session)).toEqual(['llama3.1:8b', 'mistral-small']);
    expect(fake.history[0]).toMatchObject({ method: 'GET', path: '/v1/models', authorized: true });
    expect(fake.history[0]!.headers['authorization']).toBeUndefined();
  });
});

describe('usage', () => {
  it('counts 0 when the server reports no usage, and keeps going', async () => {
    fake.enqueue(reply.json(supermicroReply(), { usage: null }));
    const analysis = await run();
    expect(analysis.usage).toEqual({ promptTokens: 0, completionTokens: 0 });
  });

  it('sums usage over every call, repair included', async () => {
    fake.enqueue(
      reply.text('not json', { usage: { prompt: 1000, completion: 5 } }),
      reply.json(supermicroReply(), { usage: { prompt: 1100, completion: 400 } }),
    );
    const analysis = await run();
    expect(analysis.usage).toEqual({ promptTokens: 2100, completionTokens: 405 });
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
