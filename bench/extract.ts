/**
 * Extraction benchmark: veille's extractor against Readability.js over a folder of pages.
 *
 *   tsx bench/extract.ts [DIR] [--json] [--verbose] [--process [--runs N]]
 *
 * DIR defaults to `samples/` (truth in `tests/fixtures/samples/`) or takes a corpus folder laid
 * out like /work/shared/corpus (see bench/cases.ts). Each extractor runs in its own child process
 * (this script with `--child NAME`): one warm-up pass, one timed pass, peak RSS of that process.
 *
 * `--process` measures whole processes instead, start-up included: the built CLI
 * (`node dist/cli.js extract DIR --format json`, built first) against Readability+jsdom as one
 * script, N runs each (default 5), pages/second, CPU time and peak RSS (see bench/process.ts).
 */
import { spawnSync } from 'node:child_process';
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCases, type BenchCase } from './cases.js';
import { benchProcesses, renderProcessTable } from './process.js';
import {
  extractorFigures,
  ratios,
  renderPages,
  renderTable,
  scorePages,
  type ExtractorFigures,
  type PageScore,
} from './report.js';
import {
  EXTRACTORS,
  isExtractorName,
  runExtractor,
  type ExtractorName,
  type RunResult,
} from './runners.js';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'samples');

interface Options {
  dir: string;
  json: boolean;
  verbose: boolean;
  child: ExtractorName | null;
  /** Whole-process runs instead of in-process timing; default false. */
  process: boolean;
  /** Runs of each process with `--process`; default 5. */
  runs: number;
}

const USAGE = 'usage: bench/extract.ts [DIR] [--json] [--verbose] [--process [--runs N]]\n';

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    dir: path.join(ROOT, 'samples'),
    json: false,
    verbose: false,
    child: null,
    process: false,
    runs: 5,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--process') options.process = true;
    else if (arg === '--runs') {
      options.runs = Number(argv[++i]);
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs: N ≥ 1');
    } else if (arg === '--child') {
      const name = argv[++i] ?? '';
      if (!isExtractorName(name)) throw new Error(`--child: unknown extractor ${name}`);
      options.child = name;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else options.dir = path.resolve(arg);
  }
  return options;
}

/** Runs one extractor in a child process (same loader flags) and returns its figures. */
function runInChild(name: ExtractorName, dir: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = fork(SCRIPT, ['--child', name, dir], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    // Keep our stdout clean for --json: whatever the child prints goes to stderr.
    child.stdout?.pipe(process.stderr);
    let result: RunResult | null = null;
    child.on('message', (message) => {
      result = message as RunResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else reject(new Error(`${name} run failed (exit ${code ?? signal})`));
    });
  });
}

async function childMain(name: ExtractorName, dir: string): Promise<void> {
  const result = await runExtractor(name, loadCases(dir, FIXTURES));
  await new Promise<void>((resolve, reject) => {
    process.send?.(result, (error: Error | null) => (error ? reject(error) : resolve()));
  });
  process.disconnect?.();
}

function warnFailures(name: ExtractorName, scores: readonly PageScore[]): void {
  const failed = scores.filter((s) => s.error !== null);
  if (failed.length === 0) return;
  const first = failed[0]?.error ?? '';
  process.stderr.write(
    `warning: ${name} failed on ${failed.length}/${scores.length} pages (${first})\n`,
  );
}

async function processMain(options: Options, cases: BenchCase[]): Promise<void> {
  process.stderr.write('building dist/…\n');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  process.stderr.write(`running both processes ${options.runs}× on ${cases.length} pages…\n`);
  const figures = await benchProcesses(ROOT, cases, options.runs);
  const text = options.json
    ? `${JSON.stringify({ dir: options.dir, processes: figures }, null, 2)}\n`
    : renderProcessTable(figures);
  process.stdout.write(text);
}

async function main(options: Options): Promise<void> {
  const cases: BenchCase[] = loadCases(options.dir, FIXTURES);
  if (cases.length === 0) throw new Error(`${options.dir}: no pages found`);
  if (options.process) return processMain(options, cases);
  const figures: ExtractorFigures[] = [];
  const verbose: string[] = [];
  for (const name of EXTRACTORS) {
    process.stderr.write(`running ${name} on ${cases.length} pages…\n`);
    const run = await runInChild(name, options.dir);
    const scores = scorePages(cases, run);
    warnFailures(name, scores);
    figures.push(extractorFigures(run, scores));
    if (options.verbose) verbose.push(renderPages(name, scores));
  }
  const [veille, readability] = figures;
  const r = veille && readability ? ratios(veille, readability) : null;
  if (options.json) {
    const json = { dir: options.dir, pages: cases.length, extractors: figures, ratios: r };
    process.stdout.write(
      JSON.stringify(json, (_k, v: unknown) => (Number.isNaN(v) ? null : v), 2) + '\n',
    );
    if (options.verbose) process.stderr.write(verbose.join('\n'));
    return;
  }
  if (options.verbose) process.stdout.write(verbose.join('\n') + '\n');
  process.stdout.write(renderTable(options.dir, cases, figures, r));
}

try {
  const options = parseArgs(process.argv.slice(2));
  if (options.child) await childMain(options.child, options.dir);
  else await main(options);
} catch (error) {
  process.stderr.write(
    `bench:extract: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
