/**
 * An endpoint that is down, refuses the key or lacks the model is one problem, not one per
 * article: after the first such error the batch makes no more calls, says it in one line,
 * keeps every article not analysed as pending, and exits 1.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDbPath, openStore } from '../src/store/index.js';
import { echoResponder, fault, type FakeReply } from './helpers/fake-openai.js';
import { closedPort } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const ARTICLES = 12;
const CONCURRENCY = 3;
const fake = useFakeOpenAi();
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-endpoint-'));
  const folder = path.join(dir, 'articles');
  mkdirSync(folder);
  files = Array.from({ length: ARTICLES }, (_, k) => {
    const file = path.join(folder, `article-${String(k + 1).padStart(2, '0')}.txt`);
    writeFileSync(
      file,
      `Conseil municipal numéro ${k + 1}\n\n« Nous investirons ${k + 1} millions d’euros d’ici deux ans », a déclaré l’adjoint chargé des finances lors de la séance du conseil municipal de jeudi soir.\n`,
    );
    return file;
  });
});

/** A config folder whose user config makes failed calls fail at once (no SDK retries). */
function noRetries(): string {
  const config = mkdtempSync(path.join(dir, 'config-'));
  mkdirSync(path.join(config, 'veille'));
  writeFileSync(path.join(config, 'veille', 'config.json'), JSON.stringify({ maxRetries: 0 }));
  return config;
}

async function runBatch(baseUrl: string, data: string) {
  return runCli(['summarize', '-c', String(CONCURRENCY), ...files], {
    env: {
      OPENAI_BASE_URL: baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: noRetries(),
      XDG_DATA_HOME: data,
    },
    cwd: dir,
  });
}

function pendingIn(data: string): number {
  const store = openStore(defaultDbPath({ XDG_DATA_HOME: data }));
  try {
    return store.pendingFailures().length;
  } finally {
    store.close();
  }
}

const errorLines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => l.startsWith('error '));

describe('an endpoint-wide failure in a batch', () => {
  const cases: [string, () => FakeReply, string][] = [
    ['refuses the key', fault.unauthorized, 'LLM_AUTH'],
    ['lacks the model', fault.modelNotFound, 'LLM_'],
  ];
  it.each(cases)('%s: one line, no more calls, the rest pending, exit 1', async (_, make, code) => {
    fake.respond = make;
    const data = mkdtempSync(path.join(dir, 'data-'));
    const { code: exit, stdout, stderr } = await runBatch(fake.baseUrl, data);
    expect(exit).toBe(1);
    expect(stdout).toBe('');
    const errors = errorLines(stderr);
    expect(errors, stderr).toHaveLength(1);
    expect(errors[0]).toContain(`[${code}`);
    // Only the calls already in flight when the first one failed.
    expect(fake.chats().length).toBeLessThanOrEqual(CONCURRENCY);
    expect(pendingIn(data)).toBe(ARTICLES);
    expect(stderr.trimEnd().split('\n').at(-1)).toContain(`${ARTICLES} failed inputs to retry`);
  });

  it('is down: one line, the rest pending, exit 1', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    const port = await closedPort();
    const { code, stderr } = await runBatch(`http://127.0.0.1:${port}/v1`, data);
    expect(code).toBe(1);
    const errors = errorLines(stderr);
    expect(errors, stderr).toHaveLength(1);
    expect(errors[0]).toContain('[LLM_UNREACHABLE]');
    expect(pendingIn(data)).toBe(ARTICLES);
  });

  it('still serves what the cache holds, and analyses it all once the endpoint is back', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    fake.respond = echoResponder;
    const warm = await runCli(['summarize', ...files.slice(0, 4)], {
      env: {
        OPENAI_BASE_URL: fake.baseUrl,
        VEILLE_MODEL: 'test-model',
        XDG_CONFIG_HOME: dir,
        XDG_DATA_HOME: data,
      },
      cwd: dir,
    });
    expect(warm.code, warm.stderr).toBe(0);
    fake.respond = fault.unauthorized;
    const { code, stdout, stderr } = await runBatch(fake.baseUrl, data);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(4);
    expect(errorLines(stderr)).toHaveLength(1);
    expect(pendingIn(data)).toBe(ARTICLES - 4);
    fake.respond = echoResponder;
    const again = await runBatch(fake.baseUrl, data);
    expect(again.code, again.stderr).toBe(0);
    expect(pendingIn(data)).toBe(0);
  });
});
