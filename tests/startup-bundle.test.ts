/**
 * The bundled CLI (issue 9, build/bundle.mjs): veille's own modules bundled by esbuild into
 * `dist/bundle/`, packages left to Node, so start-up reads and compiles a few files instead of
 * ~75. It must behave as the sources do. Built here into a temp package folder (the bundle, and
 * links to node_modules and prompts, as in the real package), then run in child processes;
 * `npm run bench:startup` times it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePromptVersion } from '../src/analyse/index.js';
import type { Analysis } from '../src/types.js';
import { reply, startFakeOpenAi, supermicroReply, type FakeOpenAi } from './helpers/fake-openai.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', '01-tech-abonnes-supermicro.html');

let pkg: string;
let fake: FakeOpenAi | undefined;

beforeAll(async () => {
  pkg = mkdtempSync(path.join(tmpdir(), 'veille-bundle-'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
  symlinkSync(path.join(ROOT, 'prompts'), path.join(pkg, 'prompts'));
  await promisify(execFile)(process.execPath, ['build/bundle.mjs', path.join(pkg, 'dist')], {
    cwd: ROOT,
  });
  fake = await startFakeOpenAi();
}, 60_000);

afterAll(async () => {
  await fake?.close();
  rmSync(pkg, { recursive: true, force: true });
});

/** `node <pkg>/dist/cli.js ...argv` with `env` only (and PATH); its stdout. */
async function bundled(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(pkg, 'dist', 'cli.js'), ...argv],
    { cwd: pkg, env: { PATH: process.env.PATH, XDG_DATA_HOME: pkg, XDG_CONFIG_HOME: pkg, ...env } },
  );
  return stdout;
}

describe('the bundled CLI behaves as the sources', () => {
  it.each([[['--version']], [['--help']], [['extract', SAMPLE, '--format', 'json']]])(
    'veille %j prints the same',
    async (argv) => {
      const source = await runCli(argv, { env: { XDG_DATA_HOME: pkg, XDG_CONFIG_HOME: pkg } });
      expect(source.code, source.stderr).toBe(0);
      expect(await bundled(argv)).toBe(source.stdout);
    },
  );

  it('summarize --engine rules gives the same analysis', async () => {
    const argv = ['summarize', SAMPLE, '--engine', 'rules', '--no-store', '--format', 'json'];
    const source = await runCli(argv, { env: { XDG_DATA_HOME: pkg, XDG_CONFIG_HOME: pkg } });
    expect(source.code, source.stderr).toBe(0);
    expect(await bundled(argv)).toBe(source.stdout);
  });

  // The prompts are found from the bundle's chunks as from src/llm/: `../../prompts/`.
  it('summarize through a model endpoint finds its prompt files', async () => {
    const endpoint = fake!;
    endpoint.enqueue(reply.json(supermicroReply()));
    const stdout = await bundled(['summarize', SAMPLE, '--no-store', '--format', 'json'], {
      OPENAI_BASE_URL: endpoint.baseUrl,
      VEILLE_MODEL: 'test-model',
    });
    const [analysis] = JSON.parse(stdout) as Analysis[];
    expect(analysis?.engine).toBe('openai');
    expect(analysis?.promptVersion).toBe(analysePromptVersion());
  });
});
