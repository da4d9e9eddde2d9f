/**
 * Batch bench, offline: `veille summarize` over generated French articles against the fake
 * OpenAI-compatible server with a fixed latency per call. The fake server runs in its own
 * process, as a real model server would, so its work is not charged to veille.
 *
 *   1. N articles (default 40), latency L (default 200 ms), concurrency C (default 4), run
 *      in-process: wall time vs the ideal N·L/C (target ≤ 1.2×).
 *   2. The same command again on the same database: LLM calls made (target 0).
 *   3. 1,000 articles with L = 5 ms in a child process: its peak RSS (target ≤ 250 MB).
 *
 * Run: `npm run bench:batch` (builds, then `tsx bench/batch.ts`); options `--n 40 --latency 200
 * --concurrency 4 --big 1000 --big-latency 5`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run } from '../src/program.js';
import { createInterface } from 'node:readline';
import OpenAI from 'openai';
import { echoResponder, startFakeOpenAi } from '../tests/helpers/fake-openai.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

const TOPICS = [
  ['le conseil municipal', 'la rénovation des écoles', 'le maire'],
  ['la préfecture', 'un arrêté sur la sécheresse', 'le préfet'],
  ['le syndicat des transports', 'la hausse du prix du ticket', 'la présidente du syndicat'],
  ['l’hôpital universitaire', 'la fermeture de lits en été', 'le directeur'],
  ['la chambre de commerce', 'un plan pour les commerces du centre', 'le président de la chambre'],
] as const;

/** A short French article, different for every `i` (so each has its own cache key). */
function article(i: number): string {
  const [who, what, speaker] = TOPICS[i % TOPICS.length]!;
  return [
    `Dossier ${i} : ${what}`,
    `Selon un communiqué publié jeudi, ${who} a présenté ${what}, un projet estimé à ${i + 3} millions d’euros.`,
    `« Nous tiendrons nos engagements d’ici ${2 + (i % 5)} ans », a déclaré ${speaker} devant la presse, en insistant sur le calendrier.`,
    `L’opposition conteste ce chiffrage et affirme que le financement du dossier numéro ${i} n’est pas garanti.`,
    `Une réunion publique est prévue le ${1 + (i % 28)} du mois prochain pour répondre aux questions des habitants.`,
  ].join('\n\n');
}

function writeArticles(folder: string, n: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(path.join(folder, `article-${String(i).padStart(5, '0')}.txt`), article(i));
  }
}

/** The fake model server in a child process: it echoes a valid analysis after `latency` ms. */
interface FakeServerProcess {
  baseUrl: string;
  /** Chat calls answered so far. */
  calls: number;
  /** Changes the latency of the next calls. */
  setLatency(ms: number): void;
  close(): void;
}

/** Child mode `--fake-server MS`: prints the base URL, then `call` per chat, reads new latencies. */
async function fakeServer(latency: number): Promise<void> {
  const fake = await startFakeOpenAi();
  let delay = latency;
  fake.respond = (body) => {
    const answer = echoResponder(body);
    process.stdout.write('call\n');
    return answer.kind === 'content' ? { ...answer, delayMs: delay } : answer;
  };
  createInterface({ input: process.stdin })
    .on('line', (line) => (delay = Number(line)))
    .on('close', () => void fake.close().then(() => process.exit(0)));
  process.stdout.write(`${JSON.stringify({ baseUrl: fake.baseUrl })}\n`);
}

function startFakeServerProcess(latency: number): Promise<FakeServerProcess> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', SELF, '--fake-server', String(latency)],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const server: FakeServerProcess = {
      baseUrl: '',
      calls: 0,
      setLatency: (ms) => proc.stdin.write(`${ms}\n`),
      close: () => proc.stdin.end(),
    };
    proc.on('error', reject);
    proc.on('exit', (code) => reject(new Error(`fake server exited (${code})`)));
    createInterface({ input: proc.stdout }).on('line', (line) => {
      if (line === 'call') server.calls += 1;
      else {
        server.baseUrl = (JSON.parse(line) as { baseUrl: string }).baseUrl;
        resolve(server);
      }
    });
  });
}

/**
 * The floor any client pays: `n` chat calls through the openai SDK, `concurrency` at a time, to
 * the same server, with a small article in the prompt and no extraction, checking or storing.
 */
async function bareSdk(baseUrl: string, n: number, concurrency: number): Promise<number> {
  const client = new OpenAI({ apiKey: 'bench', baseURL: baseUrl, maxRetries: 0 });
  const ask = (i: number) =>
    client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Analyse the article.' },
        { role: 'user', content: `<article>\n${article(i)}\n</article>` },
      ],
    });
  await ask(0); // warm-up, as the veille run had one
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < n) await ask(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

function envFor(fake: { baseUrl: string }, dir: string): NodeJS.ProcessEnv {
  return {
    OPENAI_BASE_URL: fake.baseUrl,
    VEILLE_MODEL: 'gpt-4o-mini',
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
  };
}

const discard = (): Writable =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });

/** Runs the CLI in this process; returns exit code, wall time and the last stderr lines. */
async function runInProcess(
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; ms: number; summary: string }> {
  let stderr = '';
  const started = performance.now();
  const code = await run({
    argv,
    env,
    cwd,
    stdin: process.stdin,
    stdout: discard(),
    stderr: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        stderr += chunk.toString();
        callback();
      },
    }),
  });
  const ms = performance.now() - started;
  return { code, ms, summary: stderr.trim().split('\n').at(-1) ?? '' };
}

/** Preloaded into the built CLI: prints its peak RSS and live heap on stderr as it exits. */
const RSS_REPORTER = path.join(ROOT, 'bench', 'rss-reporter.mjs');

/**
 * Runs the built CLI (`dist/cli.js`, what `npx veille` runs) in a child process, results
 * discarded, and returns its exit code and peak RSS.
 */
function runChild(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; maxRssKb: number; heapUsedKb: number; summary: string; ms: number }> {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(
      process.execPath,
      ['--expose-gc', '--import', pathToFileURL(RSS_REPORTER).href, cli, ...argv],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, ...env },
      },
    );
    let stderr = '';
    proc.stdout.resume(); // results are not kept
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('error', reject);
    proc.on('close', () => {
      const report = /^VEILLE_BENCH (.+)$/m.exec(stderr);
      if (report === null) {
        reject(new Error(`child failed: ${stderr.slice(-2000)}`));
        return;
      }
      const parsed = JSON.parse(report[1]!) as {
        code: number;
        maxRssKb: number;
        heapUsedKb: number;
      };
      const lines = stderr.slice(0, report.index).trim().split('\n');
      resolve({ ...parsed, summary: lines.at(-1) ?? '', ms: performance.now() - started });
    });
  });
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
}

const verdict = (ok: boolean): string => (ok ? 'OK' : 'MISSED');

async function main(args: string[]): Promise<void> {
  const n = option(args, 'n', 40);
  const latency = option(args, 'latency', 200);
  const concurrency = option(args, 'concurrency', 4);
  const big = option(args, 'big', 1000);
  const bigLatency = option(args, 'big-latency', 5);

  const dir = mkdtempSync(path.join(tmpdir(), 'veille-bench-batch-'));
  const fake = await startFakeServerProcess(latency);
  writeFileSync(
    path.join(dir, 'veille.config.json'),
    JSON.stringify({ prices: { 'gpt-4o-mini': { input: 0.15, output: 0.6 } } }),
  );
  try {
    // 0. Warm-up (JIT, first SDK call), not timed: the cold first run is reported too.
    const env = envFor(fake, dir);
    const warm = path.join(dir, 'warm');
    writeArticles(warm, concurrency * 2);
    const cold = await runInProcess(
      ['summarize', '--no-store', '--concurrency', String(concurrency), warm],
      env,
      dir,
    );
    const coldIdeal = (concurrency * 2 * latency) / concurrency;
    process.stdout.write(
      `warm-up: ${concurrency * 2} articles, cold process: ${cold.ms.toFixed(0)} ms vs ideal ${coldIdeal.toFixed(0)} ms\n`,
    );
    // 1. Throughput.
    const small = path.join(dir, 'small');
    writeArticles(small, n);
    const db = path.join(dir, 'small.db');
    const argv = ['summarize', '--db', db, '--concurrency', String(concurrency), small];
    const before = fake.calls;
    const first = await runInProcess(argv, env, dir);
    const ideal = (n * latency) / concurrency;
    const ratio = first.ms / ideal;
    const calls = fake.calls - before;
    const bare = await bareSdk(fake.baseUrl, n, concurrency);
    process.stdout.write(
      `batch: ${n} articles, latency ${latency} ms, concurrency ${concurrency} (exit ${first.code})\n` +
        `  wall ${first.ms.toFixed(0)} ms vs ideal N·L/C ${ideal.toFixed(0)} ms: ratio ${ratio.toFixed(2)}× (target ≤ 1.20×) ${verdict(ratio <= 1.2)}\n` +
        `  baseline "bare SDK" (the same ${n} calls, ${concurrency} at a time, nothing else): ${bare.toFixed(0)} ms = ${(bare / ideal).toFixed(2)}× ideal; veille ÷ bare SDK ${(first.ms / bare).toFixed(2)}×\n` +
        `  LLM calls ${calls}\n  ${first.summary}\n`,
    );

    // 2. Re-run: everything from the cache.
    const beforeAgain = fake.calls;
    const second = await runInProcess(argv, env, dir);
    const again = fake.calls - beforeAgain;
    process.stdout.write(
      `re-run: ${again} LLM calls (target 0) ${verdict(again === 0)}, wall ${second.ms.toFixed(0)} ms\n  ${second.summary}\n`,
    );

    // 3. Peak memory of a big batch, in a child process running the built CLI.
    const large = path.join(dir, 'large');
    writeArticles(large, big);
    fake.setLatency(bigLatency);
    const beforeBig = fake.calls;
    const bigDb = path.join(dir, 'large.db');
    const result = await runChild(
      ['summarize', '--db', bigDb, '--concurrency', String(concurrency), large],
      envFor(fake, dir),
    );
    const mb = result.maxRssKb / 1024;
    process.stdout.write(
      `memory: ${big} articles, latency ${bigLatency} ms (exit ${result.code}, ${fake.calls - beforeBig} LLM calls, ${(result.ms / 1000).toFixed(1)} s)\n` +
        `  peak RSS ${mb.toFixed(0)} MB (target ≤ 250 MB) ${verdict(mb <= 250)}; JS heap live at exit (after a GC) ${(result.heapUsedKb / 1024).toFixed(0)} MB\n`,
    );
  } finally {
    fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--fake-server') await fakeServer(Number(argv[1]));
else await main(argv);
