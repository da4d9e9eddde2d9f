/**
 * `translate` meets an endpoint that is down, refuses the key or lacks the model as one
 * problem, as summarize does: one error line for the whole batch, no more calls, exit 1.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fault, type FakeReply } from './helpers/fake-openai.js';
import { closedPort } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const ARTICLES = 10;
const CONCURRENCY = 3;
const fake = useFakeOpenAi();
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-translate-endpoint-'));
  mkdirSync(path.join(dir, 'veille'));
  // Failed calls fail at once (no SDK retries), so the test does not wait on backoff.
  writeFileSync(path.join(dir, 'veille', 'config.json'), JSON.stringify({ maxRetries: 0 }));
  files = Array.from({ length: ARTICLES }, (_, k) => {
    const file = path.join(dir, `article-${k + 1}.txt`);
    writeFileSync(
      file,
      `Conseil municipal numéro ${k + 1}\n\nLe conseil municipal a voté jeudi soir un budget de ${k + 1} millions d’euros pour la rénovation des écoles de la ville.\n`,
    );
    return file;
  });
});

function translateBatch(baseUrl: string) {
  return runCli(['translate', '-c', String(CONCURRENCY), '--format', 'jsonl', ...files], {
    env: {
      OPENAI_BASE_URL: baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: dir,
      XDG_DATA_HOME: mkdtempSync(path.join(dir, 'data-')),
    },
    cwd: dir,
  });
}

const errorLines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => l.startsWith('error '));

describe('translate and an endpoint-wide failure', () => {
  const cases: [string, () => FakeReply, string][] = [
    ['refuses the key', fault.unauthorized, 'LLM_AUTH'],
    ['lacks the model', fault.modelNotFound, 'LLM_'],
  ];
  it.each(cases)('%s: one line for all articles, no more calls, exit 1', async (_, make, code) => {
    fake.respond = make;
    const { code: exit, stdout, stderr } = await translateBatch(fake.baseUrl);
    expect(exit).toBe(1);
    expect(stdout).toBe('');
    const errors = errorLines(stderr);
    expect(errors, stderr).toHaveLength(1);
    expect(errors[0]).toContain(`[${code}`);
    expect(errors[0]).toContain('no more model calls');
    // Only the calls already in flight when the first one failed.
    expect(fake.chats().length).toBeLessThanOrEqual(CONCURRENCY);
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^0 done, ${ARTICLES} failed`));
  });

  it('is down: one line, exit 1', async () => {
    const port = await closedPort();
    const { code, stderr } = await translateBatch(`http://127.0.0.1:${port}/v1`);
    expect(code).toBe(1);
    const errors = errorLines(stderr);
    expect(errors, stderr).toHaveLength(1);
    expect(errors[0]).toContain('[LLM_UNREACHABLE]');
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^0 done, ${ARTICLES} failed`));
  });
});
