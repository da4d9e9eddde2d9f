/**
 * Start-up stays light (issue 9): each command loads its packages when it runs, so `--version`
 * and `--help` load none but commander, and `extract` of a local page none of the model, database,
 * feed or HTTP-client packages. Checked by recording every module the CLI process resolves (a
 * loader hook, tests/helpers/trace-imports/), not by timing; `npm run bench:startup` times it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const REGISTER = path.join(ROOT, 'tests', 'helpers', 'trace-imports', 'register.mjs');
const CJS_LOADED = path.join(ROOT, 'tests', 'helpers', 'trace-imports', 'cjs-loaded.mjs');
const SAMPLE = 'samples/01-tech-abonnes-supermicro.html';

/** Packages only some commands need, and what they cost at start-up if loaded up front. */
const HEAVY = [
  'openai', // the model client: summarize, translate, eval --engine openai
  'zod', // schemas of model replies, config and price files
  'better-sqlite3', // the store: summarize, brief, claims
  'fast-xml-parser', // RSS/Atom feeds only
  'undici', // the address check of links found in content (fetch/connect-guard.ts)
];

const dir = mkdtempSync(path.join(tmpdir(), 'veille-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let traces = 0;

/**
 * Runs `veille ...argv` in a child process; its stdout, the packages it imported, and the URLs
 * of every CommonJS module it required (the test tooling's own, tsx and esbuild, among them).
 */
async function tracedRun(
  argv: string[],
): Promise<{ stdout: string; packages: Set<string>; required: string[] }> {
  const trace = path.join(dir, `trace-${traces}.txt`);
  const cjs = path.join(dir, `cjs-${traces++}.txt`);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', CJS_LOADED, '--import', 'tsx', '--import', REGISTER, 'src/cli.ts', ...argv],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, VEILLE_TRACE_IMPORTS: trace, VEILLE_TRACE_CJS: cjs },
    },
  );
  const required = readFileSync(cjs, 'utf8').split('\n');
  return { stdout, packages: packagesIn(readFileSync(trace, 'utf8')), required };
}

/** The package names (`name` or `@scope/name`) of the node_modules files among `urls`. */
function packagesIn(urls: string): Set<string> {
  const names = new Set<string>();
  for (const url of urls.split('\n')) {
    const tail = url.split('/node_modules/').at(-1);
    if (tail === undefined || tail === url) continue;
    const [first, second] = tail.split('/');
    names.add(first?.startsWith('@') ? `${first}/${second}` : (first ?? ''));
  }
  return names;
}

describe('start-up loads only what the command needs', () => {
  it.each([
    [['--version']],
    [['--help']],
    [['summarize', '--help']],
    [['run', '--help']],
    [['sources', 'import', '--help']],
  ])('veille %j loads no package but commander', async (argv) => {
    const { stdout, packages } = await tracedRun(argv);
    expect(stdout).not.toBe('');
    expect([...packages]).toEqual(['commander']);
  });

  it('veille extract <local page> loads no model, database, feed or HTTP-client package', async () => {
    const { stdout, packages } = await tracedRun(['extract', SAMPLE]);
    expect(stdout).toContain('Supermicro');
    expect(packages).toContain('cheerio'); // the trace does see what extract needs
    expect(HEAVY.filter((name) => packages.has(name))).toEqual([]);
  });

  // iconv-lite reads all of its codec tables on first use (~9 ms); valid UTF-8, most pages,
  // needs none of them.
  it('veille extract <UTF-8 page> loads no iconv-lite codec table', async () => {
    const { stdout, required } = await tracedRun(['extract', SAMPLE]);
    expect(stdout).toContain('Supermicro');
    expect(required.some((url) => url.includes('/iconv-lite/lib/'))).toBe(true); // it sees CJS
    expect(required.filter((url) => url.includes('/iconv-lite/encodings/'))).toEqual([]);
  });

  it('veille extract parses with htmlparser2, not parse5 (issue 9: about 5× faster, same results)', async () => {
    const { packages } = await tracedRun(['extract', SAMPLE]);
    expect(packages).toContain('htmlparser2');
    expect(packages).not.toContain('parse5');
  });
});

describe('start-up builds no Intl formatter', () => {
  // Building the first Intl.DisplayNames loads ICU data: ~15 ms that `--version` and `extract`
  // paid for a label only reports use. Formatters are built when first used.
  it('importing the program constructs no Intl.DisplayNames', async () => {
    const script = [
      "Intl.DisplayNames = function () { throw new Error('Intl.DisplayNames built at import'); };",
      "await import('./src/program.ts');",
      "process.stdout.write('imported');",
    ].join('\n');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: ROOT, env: { PATH: process.env.PATH } },
    );
    expect(stdout).toBe('imported');
  });
});
