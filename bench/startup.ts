/**
 * Start-up bench: wall time of the BUILT CLI (`node dist/cli.js`, as `npx veille` runs it) for
 * `--version`, `--help` and `extract <one sample>`, against bare `node -e 0` measured in the same
 * run, so the figures say what veille itself adds on this machine.
 *
 * Targets (issue 9): `--version` within 150 ms of the baseline; `extract` of one local page within
 * 300 ms of it. The first line says whether the build bundled the CLI (build/bundle.mjs, when
 * esbuild is installed) or left tsc's modules.
 *
 * The cases run interleaved (one of each per round, after one warm-up round) so a burst of load
 * on a shared machine hits them all alike; medians are printed, with the minimum beside them.
 *
 * Run: `npm run bench:startup` (builds, then `tsx bench/startup.ts`); options `--runs 21
 * --sample samples/01-tech-abonnes-supermicro.html`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface Case {
  name: string;
  args: string[];
  /** Allowed median over the baseline, in ms; none for the baseline and `--help`. */
  budgetMs?: number;
}

interface Options {
  runs: number;
  sample: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 21, sample: 'samples/01-tech-abonnes-supermicro.html' };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--runs' && value !== undefined) options.runs = Number(value);
    else if (flag === '--sample' && value !== undefined) options.sample = value;
    else throw new Error(`unknown option ${flag ?? ''} (expected --runs N, --sample FILE)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error('--runs: expected N ≥ 1');
  return options;
}

function casesFor(sample: string): Case[] {
  return [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
    { name: 'veille --version', args: [CLI, '--version'], budgetMs: 150 },
    { name: 'veille --help', args: [CLI, '--help'] },
    {
      name: `veille extract ${path.basename(sample)}`,
      args: [CLI, 'extract', sample],
      budgetMs: 300,
    },
  ];
}

/** One run of `node ...args` in ROOT; its wall time in ms. Throws when the command fails. */
function timeOnce(c: Case): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, c.args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${c.name} exited with ${String(result.status)}: ${result.stderr.trim()}`);
  }
  return ms;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function report(cases: Case[], times: number[][], runs: number): void {
  const base = median(times[0]!);
  const width = Math.max(...cases.map((c) => c.name.length));
  const build = readFileSync(CLI, 'utf8').includes('./bundle/') ? 'bundled' : 'unbundled (tsc)';
  const out: string[] = [
    `${runs} runs per case, medians (min), node ${process.version}, dist/cli.js ${build}`,
  ];
  cases.forEach((c, i) => {
    const m = median(times[i]!);
    const min = Math.min(...times[i]!);
    const delta = m - base;
    const row = `${c.name.padEnd(width)}  ${m.toFixed(0).padStart(5)} ms (${min.toFixed(0)})`;
    if (i === 0) return void out.push(row);
    const verdict =
      c.budgetMs === undefined
        ? ''
        : `  target +${c.budgetMs} ms: ${delta <= c.budgetMs ? 'ok' : 'OVER'}`;
    out.push(`${row}  +${delta.toFixed(0)} ms  ×${(m / base).toFixed(2)}${verdict}`);
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(argv: string[]): void {
  const options = parseOptions(argv);
  if (!existsSync(CLI)) throw new Error(`no ${CLI}: run \`npm run build\` first`);
  const cases = casesFor(options.sample);
  cases.forEach(timeOnce); // warm-up: disk cache, compile cache
  const times: number[][] = cases.map(() => []);
  for (let round = 0; round < options.runs; round++) {
    cases.forEach((c, i) => times[i]!.push(timeOnce(c)));
  }
  report(cases, times, options.runs);
}

main(process.argv.slice(2));
