/**
 * Whole-process extraction bench: the BUILT CLI (`node dist/cli.js extract DIR --format json`)
 * against Readability+jsdom run as one process (bench/readability-cli.mjs) on the same folder,
 * start-up included, as a user running either over a folder would see it. Each run is a fresh
 * process preloaded with bench/rss-reporter.mjs, which reports its peak RSS and CPU time.
 *
 * Runs alternate (veille, readability, veille, …) so a burst of load on a shared machine hits
 * both alike; medians of wall and CPU time are reported, with the ratio measured in the same run.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './cases.js';

export interface ProcessFigures {
  name: string;
  pages: number;
  /** Median wall time of one whole run, seconds. */
  wallSeconds: number;
  /** Median CPU time (user + system) of one whole run, seconds. */
  cpuSeconds: number;
  /** Pages per wall second and per CPU second. */
  pagesPerSecond: number;
  pagesPerCpuSecond: number;
  /** Highest peak RSS over the runs, MB. */
  peakRssMB: number;
}

interface OneRun {
  wall: number;
  cpu: number;
  rssMB: number;
}

/** The pages of `cases` copied into one flat temp folder, in the cases' order. */
export function flatFolder(cases: readonly BenchCase[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'veille-bench-'));
  cases.forEach((c, i) => {
    const ext = c.kind === 'text' ? 'txt' : 'html';
    copyFileSync(c.file, path.join(dir, `${String(i).padStart(3, '0')}-${c.id}.${ext}`));
  });
  return dir;
}

/** Runs `node --import rss-reporter ARGS` once; rejects on a non-zero exit. */
function runOnce(root: string, args: readonly string[]): Promise<OneRun> {
  const reporter = path.join(root, 'bench', 'rss-reporter.mjs');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', reporter, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = (performance.now() - started) / 1000;
      const line = /VEILLE_BENCH (\{.*\})/.exec(stderr)?.[1];
      if (code !== 0 || line === undefined) {
        reject(new Error(`${args.join(' ')}: exit ${code}\n${stderr.slice(-500)}`));
        return;
      }
      const report = JSON.parse(line) as { maxRssKb: number; cpuUs?: number };
      resolve({ wall, cpu: (report.cpuUs ?? 0) / 1e6, rssMB: report.maxRssKb / 1024 });
    });
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function figuresOf(name: string, pages: number, runs: readonly OneRun[]): ProcessFigures {
  const wallSeconds = median(runs.map((r) => r.wall));
  const cpuSeconds = median(runs.map((r) => r.cpu));
  return {
    name,
    pages,
    wallSeconds,
    cpuSeconds,
    pagesPerSecond: pages / wallSeconds,
    pagesPerCpuSecond: pages / cpuSeconds,
    peakRssMB: Math.max(...runs.map((r) => r.rssMB)),
  };
}

/** Times both whole processes `runs` times each over `cases`, interleaved. */
export async function benchProcesses(
  root: string,
  cases: readonly BenchCase[],
  runs: number,
): Promise<ProcessFigures[]> {
  const dir = flatFolder(cases);
  const commands: [string, string[]][] = [
    ['veille', [path.join(root, 'dist', 'cli.js'), 'extract', dir, '--format', 'json', '-q']],
    ['readability', [path.join(root, 'bench', 'readability-cli.mjs'), dir]],
  ];
  const results = commands.map((): OneRun[] => []);
  try {
    for (let round = 0; round < runs; round++) {
      for (const [i, [, args]] of commands.entries()) results[i]?.push(await runOnce(root, args));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return commands.map(([name], i) => figuresOf(name, cases.length, results[i] ?? []));
}

/** The figures as a table, with veille's ratio to Readability. */
export function renderProcessTable(figures: readonly ProcessFigures[]): string {
  const rows = figures.map(
    (f) =>
      `${f.name.padEnd(12)} ${f.wallSeconds.toFixed(2).padStart(7)} s ${f.pagesPerSecond.toFixed(1).padStart(7)} pages/s ` +
      `${f.cpuSeconds.toFixed(2).padStart(7)} s CPU ${f.pagesPerCpuSecond.toFixed(1).padStart(7)} pages/CPU-s ` +
      `${f.peakRssMB.toFixed(0).padStart(5)} MB peak RSS`,
  );
  const [veille, readability] = figures;
  if (veille && readability) {
    rows.push(
      `veille/readability: ${(veille.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}× pages/s, ` +
        `${(veille.pagesPerCpuSecond / readability.pagesPerCpuSecond).toFixed(2)}× pages/CPU-s, ` +
        `${(veille.peakRssMB / readability.peakRssMB).toFixed(2)}× peak RSS`,
    );
  }
  const pages = figures[0]?.pages ?? 0;
  return `whole process, ${pages} pages, start-up included (median of runs):\n${rows.join('\n')}\n`;
}
