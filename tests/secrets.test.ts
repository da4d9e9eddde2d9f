import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chat, createLlmClient, createSession, memoryKey } from '../src/llm/client.js';
import { VeilleError } from '../src/errors.js';
import { redactSecrets, registerSecret, registerUrlSecrets } from '../src/secrets.js';
import {
  SUPERMICRO_PARAGRAPHS,
  articleIn,
  echoResponder,
  fakeConfig,
  startFakeOpenAi,
  type FakeOpenAi,
} from './helpers/fake-openai.js';
import { runCli } from './helpers/run-cli.js';

/** Not shaped like an OpenAI key, so only knowing the configured key can mask it. */
const KEY = 'azure-7f3c9d2e1b4a5f6e8d7c';
const URL_USER = 'svc-veille-user';
const URL_PASSWORD = 'pa55-W0rd-xyz';
const QUERY_KEY = 'Qsecret55aa77';

let dir: string;
let fake: FakeOpenAi;
let article: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-secrets-'));
  article = path.join(dir, 'supermicro.html');
  writeFileSync(
    article,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Puces</title></head>
<body><article><h1>Puces</h1>${SUPERMICRO_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  fake = await startFakeOpenAi();
});
beforeEach(() => {
  fake.history.length = 0;
  fake.respond = null;
});
afterAll(async () => {
  await fake.close();
});

/** Every file below `folder`, read as bytes (the database included). */
function filesUnder(folder: string): { file: string; bytes: Buffer }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file, bytes: readFileSync(file) };
    });
}

/** Asserts that none of `secrets` is on stdout, stderr or in any file written under `data`. */
function expectNowhere(
  secrets: string[],
  run: { stdout: string; stderr: string },
  data: string,
): void {
  for (const secret of secrets) {
    expect(run.stdout, `stdout holds ${secret}`).not.toContain(secret);
    expect(run.stderr, `stderr holds ${secret}`).not.toContain(secret);
    for (const { file, bytes } of filesUnder(data)) {
      expect(bytes.includes(secret), `${file} holds ${secret}`).toBe(false);
    }
  }
}

describe('redactSecrets', () => {
  it('masks URL credentials and credential query parameters of any URL', () => {
    const text =
      'GET https://bob:hunter22@api.example.com/v1?api-version=2024&api-key=abc123&token=t0k failed';
    const out = redactSecrets(text);
    expect(out).not.toMatch(/bob|hunter22|abc123|t0k/);
    expect(out).toContain('api.example.com/v1?api-version=2024&api-key=***&token=***');
  });

  it('masks bearer tokens and OpenAI-shaped keys', () => {
    const out = redactSecrets('Authorization: Bearer abc.DEF-123 and sk-proj-AbCdEf123456');
    expect(out).not.toMatch(/abc\.DEF-123|AbCdEf123456/);
  });

  it('masks a registered value wherever it appears, and the secrets of a registered URL', () => {
    registerSecret('plain-registered-9f8e7d');
    registerUrlSecrets('http://someone:p%40ss-word-77@h.example/v1?key=zz-top-99');
    registerUrlSecrets('https://ghp_tokenAsUser123@git.example/');
    const out = redactSecrets(
      'echo plain-registered-9f8e7d; password p@ss-word-77 / p%40ss-word-77; zz-top-99; ghp_tokenAsUser123',
    );
    expect(out).not.toMatch(/plain-registered-9f8e7d|p@ss-word-77|p%40ss|zz-top-99|ghp_token/);
    // A plain user name beside a password is not a secret to hunt in free text.
    expect(redactSecrets('someone said')).toBe('someone said');
  });
});

describe('the format memory', () => {
  it('is keyed by the endpoint without its credentials', () => {
    const key = memoryKey(
      fakeConfig(fake, {
        baseUrl: `http://${URL_USER}:${URL_PASSWORD}@127.0.0.1:9/v1?api-key=${QUERY_KEY}`,
      }),
    );
    expect(key).not.toMatch(new RegExp(`${URL_USER}|${URL_PASSWORD}|${QUERY_KEY}`));
    expect(key).toContain('127.0.0.1:9/v1');
  });

  it('a formats file written with secrets in its keys is cleaned on the next run', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    const db = path.join(data, 'veille.db');
    const old = `http://${URL_USER}:${URL_PASSWORD}@old.example/v1?api-key=${QUERY_KEY}#m`;
    writeFileSync(`${db}.formats.json`, JSON.stringify({ [old]: 'json_object' }));
    fake.respond = echoResponder;
    const run = await runCli(
      ['summarize', '--db', db, '--base-url', fake.baseUrl, '--model', 'm', article],
      { env: { XDG_CONFIG_HOME: dir }, cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expectNowhere([URL_USER, URL_PASSWORD, QUERY_KEY], run, data);
    expect(readFileSync(`${db}.formats.json`, 'utf8')).toContain('old.example/v1');
  });
});

describe("the SDK's own logs (OPENAI_LOG=debug)", () => {
  it('reach the logger masked: the URL api-key, and the key of a config never resolved from files, echoed in an error body', async () => {
    const lines: string[] = [];
    const sink =
      (level: string) =>
      (message: string, ...rest: unknown[]) =>
        lines.push([level, message, ...rest.map((r) => String(r))].join(' '));
    const saved = process.env['OPENAI_LOG'];
    process.env['OPENAI_LOG'] = 'debug';
    try {
      fake.enqueue({
        kind: 'status',
        status: 402,
        body: { error: { message: `no credit on ${KEY}`, type: 'x', param: null, code: null } },
      });
      const config = fakeConfig(fake, {
        apiKey: KEY,
        baseUrl: `${fake.baseUrl}?api-key=${QUERY_KEY}`,
        maxRetries: 0,
      });
      const client = createLlmClient(config, undefined, {
        error: sink('error'),
        warn: sink('warn'),
        info: sink('info'),
        debug: sink('debug'),
      });
      await client.chat.completions
        .create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
        .catch(() => undefined);
    } finally {
      if (saved === undefined) delete process.env['OPENAI_LOG'];
      else process.env['OPENAI_LOG'] = saved;
    }
    expect(lines.join('\n')).toContain('sending request');
    expect(lines.join('\n')).toContain('api-key=***');
    for (const secret of [KEY, QUERY_KEY]) expect(lines.join('\n')).not.toContain(secret);
  });
});

describe('a config built in code, never resolved from env or files', () => {
  it('still has its key masked in the error it causes', async () => {
    const key = 'direct-config-key-5e6f7a8b';
    fake.enqueue({
      kind: 'status',
      status: 402,
      body: { error: { message: `no credit on ${key}`, type: 'x', param: null, code: null } },
    });
    const session = createSession({ config: fakeConfig(fake, { apiKey: key, maxRetries: 0 }) });
    const err = (await chat(session, {
      messages: [{ role: 'user', content: 'x' }],
      mode: 'text',
    }).catch((e: unknown) => e)) as VeilleError;
    expect(err).toBeInstanceOf(VeilleError);
    expect(err.message).toContain('no credit on');
    expect(err.message).not.toContain(key);
  });
});

describe('a base URL with ?api-key=', () => {
  it('works: the query goes with every call, and the key nowhere else', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    fake.respond = echoResponder;
    const baseUrl = `${fake.baseUrl}?api-key=${QUERY_KEY}`;
    const run = await runCli(
      ['summarize', '--verbose', '--base-url', baseUrl, '--model', 'm', article],
      { env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: data }, cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(fake.history.map((r) => [r.path, r.queryNames])).toEqual(
      fake.history.map(() => ['/v1/chat/completions', ['api-key']]),
    );
    expectNowhere([QUERY_KEY], run, data);
    expect(readFileSync(path.join(data, 'veille', 'veille.db.formats.json'), 'utf8')).toContain(
      '?api-key=***#m',
    );
  });
});

describe('secrets never leave the process', () => {
  for (const verbose of [false, true]) {
    const flags = verbose ? ['--verbose'] : [];

    it(`an endpoint error body that echoes the key${verbose ? ' (--verbose)' : ''}`, async () => {
      const data = mkdtempSync(path.join(dir, 'data-'));
      const failing = SUPERMICRO_PARAGRAPHS[0]!.slice(0, 40);
      fake.respond = (body) =>
        articleIn(body).includes(failing)
          ? {
              kind: 'status',
              status: 402,
              body: {
                error: {
                  message: `Quota exhausted for key ${KEY} (Bearer ${KEY})`,
                  type: 'insufficient_quota',
                  param: null,
                  code: null,
                },
              },
            }
          : echoResponder(body);
      const run = await runCli(['summarize', ...flags, article], {
        env: {
          OPENAI_BASE_URL: fake.baseUrl,
          OPENAI_API_KEY: KEY,
          VEILLE_MODEL: 'm',
          XDG_CONFIG_HOME: dir,
          XDG_DATA_HOME: data,
        },
        cwd: dir,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('[LLM_ERROR]');
      if (verbose) expect(run.stderr).toContain('caused by');
      expectNowhere([KEY], run, data);
    });

    it(`a base URL with user:password@ and ?api-key=${verbose ? ' (--verbose)' : ''}`, async () => {
      const data = mkdtempSync(path.join(dir, 'data-'));
      fake.respond = echoResponder;
      const port = new URL(fake.baseUrl).port;
      const baseUrl = `http://${URL_USER}:${URL_PASSWORD}@127.0.0.1:${port}/v1?api-key=${QUERY_KEY}`;
      const run = await runCli(
        ['summarize', ...flags, '--base-url', baseUrl, '--model', 'm', article],
        { env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: data }, cwd: dir },
      );
      expect(run.stderr).toMatch(/error \[LLM_\w+\]/);
      expectNowhere([URL_USER, URL_PASSWORD, QUERY_KEY], run, data);
    });
  }
});

describe('a project veille.config.json that sets baseUrl', () => {
  it('does not receive OPENAI_API_KEY until the user names the endpoint', async () => {
    const cwd = mkdtempSync(path.join(dir, 'cloned-'));
    writeFileSync(
      path.join(cwd, 'veille.config.json'),
      JSON.stringify({ baseUrl: fake.baseUrl, model: 'm' }),
    );
    const env = {
      OPENAI_API_KEY: KEY,
      XDG_CONFIG_HOME: dir,
      XDG_DATA_HOME: mkdtempSync(path.join(dir, 'data-')),
    };
    fake.respond = echoResponder;
    const refused = await runCli(['summarize', article], { env, cwd });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^error \[CONFIG\] .*veille\.config\.json: .*--base-url/);
    expect(refused.stderr).not.toContain(KEY);
    expect(fake.history).toHaveLength(0);

    const named = await runCli(['summarize', '--base-url', fake.baseUrl, article], { env, cwd });
    expect(named.code, named.stderr).toBe(0);
    expect(fake.history.every((r) => r.authorized)).toBe(true);
  });
});
