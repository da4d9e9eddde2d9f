/**
 * Rules-engine speed benchmark: `analyseWithRules` (what `summarize --engine rules` runs after
 * extraction) on synthetic French articles of growing length, in-process.
 *
 *   npm run bench:rules                                  # samples/ (French pages only)
 *   npm run bench:rules -- --corpus ../shared/corpus     # the dev pages of bench/gold-real
 *   npm run bench:rules -- --sizes 10000,150000 --runs 9 --json
 *   npm run bench:rules -- --dump DIR [PAGES_DIR]   # analyses as JSON files, for diff -r
 *
 * Per size: median CPU milliseconds of the engine, milliseconds per 1,000 characters, and two
 * baselines measured in the same run on the same text, printed as ratios (engine ÷ baseline):
 * `extract`, the extract stage reading the text as a plain-text file, and `sentences`, the
 * engine's own sentence splitter, a single linear pass. Linearity: the 300k/150k time ratio
 * should be about 2 (as the character ratio), and the ratios to the baselines flat across sizes.
 * The budget is 500 ms at 150,000 characters. Then the same 150k text in the shapes of
 * `SHAPES` (one paragraph, one endless sentence, quotations never closed), each once quadratic.
 * Timings vary with the machine's load; the ratios much less.
 *
 * `--dump DIR` times nothing: it writes the engine's analysis of every page of PAGES_DIR
 * (default samples/; a corpus folder's `<case>/source.html` too) and of each synthetic size to
 * `DIR/<name>.json`, so a speed change can be checked byte for byte (`diff -r before after`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.js';
import { analyseWithRules } from '../src/rules/index.js';
import { sentencesOf } from '../src/rules/text.js';
import type { ExtractResult } from '../src/types.js';
import {
  concatenated,
  extractedArticles,
  frenchArticles,
  goldCases,
  pageFiles,
  pageName,
  SHAPES,
  syntheticArticle,
} from './rules-articles.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_GOLD = path.join(ROOT, 'bench', 'gold-real', 'dev');
const USAGE =
  'usage: bench/rules.ts [--corpus DIR] [--sizes N,N,...] [--runs N] [--json]\n' +
  '       bench/rules.ts --dump DIR [PAGES_DIR]\n' +
  '  default: samples/, sizes 10000,50000,150000,300000, 5 runs\n';

interface Options {
  /** Corpus folder (`<case>/source.html`) whose gold-real dev pages are used; default samples/. */
  corpus: string | null;
  /** Article sizes in characters; default 10k, 50k, 150k, 300k. */
  sizes: number[];
  /** Timed runs per size and measure (the median is reported); default 5. */
  runs: number;
  json: boolean;
  /** Write analyses to this folder instead of timing; default none. */
  dump: string | null;
  /** Pages analysed with `--dump`; default samples/. */
  pages: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    corpus: null,
    sizes: [10_000, 50_000, 150_000, 300_000],
    runs: 5,
    json: false,
    dump: null,
    pages: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--corpus') options.corpus = path.resolve(argv[++i] ?? '');
    else if (arg === '--sizes') options.sizes = (argv[++i] ?? '').split(',').map(Number);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--dump') options.dump = path.resolve(argv[++i] ?? '');
    else if (arg !== undefined && !arg.startsWith('-') && options.pages === null)
      options.pages = path.resolve(arg);
    else {
      process.stderr.write(USAGE);
      process.exit(2);
    }
  }
  const bad = options.sizes.some((n) => !(n > 0)) || !(options.runs >= 1);
  if (bad) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  return options;
}

/** The measured passes, each given the same synthetic article. */
const MEASURES = {
  rules: (a: ExtractResult): unknown => analyseWithRules(a),
  extract: (a: ExtractResult): unknown =>
    extractDocument({
      source: a.source,
      url: null,
      kind: 'text',
      body: Buffer.from(a.article.text, 'utf8'),
      contentType: null,
    }),
  // A trailing space makes it a new text: the splitter keeps its last split, which the engine's
  // run just before made of this very text.
  sentences: (a: ExtractResult): unknown => sentencesOf(`${a.article.text} `),
} as const;
type MeasureName = keyof typeof MEASURES;
const NAMES = Object.keys(MEASURES) as MeasureName[];

interface SizeFigures {
  size: number;
  chars: number;
  /** Median milliseconds per measure. */
  ms: Record<MeasureName, number>;
  rulesMsPer1k: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Milliseconds of CPU this process spent in `run` (user + system), not wall time: on a shared
 * machine the other processes' load then stretches the figures much less.
 */
function timeOnce(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs are interleaved (rules, extract, sentences, rules, …) so load changes hit all alike. */
function measureSize(sources: ExtractResult[], size: number, runs: number): SizeFigures {
  const first = sources[0];
  if (first === undefined) throw new Error('no sources');
  const article = syntheticArticle(first, concatenated(sources, size));
  const times: Record<MeasureName, number[]> = { rules: [], extract: [], sentences: [] };
  for (let r = 0; r < runs; r++) {
    for (const name of NAMES) times[name].push(timeOnce(() => MEASURES[name](article)));
  }
  const chars = article.article.text.length;
  const ms = {
    rules: median(times.rules),
    extract: median(times.extract),
    sentences: median(times.sentences),
  };
  return { size, chars, ms, rulesMsPer1k: (ms.rules * 1000) / chars };
}

const fixed = (x: number, digits = 1): string => x.toFixed(digits);

/** Size at which the shapes are timed: the budget size. */
const SHAPE_SIZE = 150_000;

/** Median ms of the engine on each shape of the same text (see `SHAPES`). */
function measureShapes(sources: ExtractResult[], runs: number): Record<string, number> {
  const first = sources[0];
  if (first === undefined) throw new Error('no sources');
  const paragraphs = concatenated(sources, SHAPE_SIZE);
  return Object.fromEntries(
    Object.entries(SHAPES).map(([name, shape]) => {
      const article = syntheticArticle(first, shape(paragraphs));
      const times = Array.from({ length: runs }, () => timeOnce(() => analyseWithRules(article)));
      return [name, median(times)];
    }),
  );
}

function renderShapes(shapes: Record<string, number>): string[] {
  return [
    `shapes at ${SHAPE_SIZE / 1000}k characters: rules ms (ratio to paragraphs)`,
    ...Object.entries(shapes).map(
      ([name, ms]) =>
        `  ${name.padEnd(16)} ${fixed(ms).padStart(8)}  ×${fixed(ms / (shapes['paragraphs'] ?? ms), 2)}`,
    ),
  ];
}

function render(figures: SizeFigures[], sourceLabel: string, runs: number): string {
  const head = `size      chars     rules ms  ms/1k  extract ms  ×extract  sentences ms  ×sentences`;
  const rows = figures.map((f) =>
    [
      `${Math.round(f.size / 1000)}k`.padEnd(8),
      String(f.chars).padStart(7),
      fixed(f.ms.rules).padStart(12),
      fixed(f.rulesMsPer1k, 2).padStart(6),
      fixed(f.ms.extract).padStart(11),
      fixed(f.ms.rules / f.ms.extract).padStart(9),
      fixed(f.ms.sentences).padStart(13),
      fixed(f.ms.rules / f.ms.sentences).padStart(11),
    ].join(' '),
  );
  const at = (n: number): SizeFigures | undefined => figures.find((f) => f.size === n);
  const big = at(300_000);
  const mid = at(150_000);
  const linearity =
    big && mid
      ? [
          `linearity 300k/150k: rules ${fixed(big.ms.rules / mid.ms.rules, 2)}, ` +
            `sentences ${fixed(big.ms.sentences / mid.ms.sentences, 2)}, ` +
            `characters ${fixed(big.chars / mid.chars, 2)} (≈2 when linear)`,
        ]
      : [];
  const budget = mid ? [`150k budget 500 ms: ${mid.ms.rules <= 500 ? 'met' : 'NOT met'}`] : [];
  return [
    `rules engine on synthetic French articles (${sourceLabel}), median of ${runs} runs`,
    head,
    ...rows,
    ...linearity,
    ...budget,
  ].join('\n');
}

/** Every page's analysis and each synthetic size's, as JSON files named after them. */
async function dump(options: Options, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const dir = options.pages ?? path.join(ROOT, 'samples');
  const files = existsSync(dir) ? pageFiles(dir) : [];
  const write = (name: string, a: ExtractResult): void =>
    writeFileSync(
      path.join(out, `${name}.json`),
      `${JSON.stringify(analyseWithRules(a), null, 1)}\n`,
    );
  const pages = await extractedArticles(files);
  for (const page of pages) write(pageName(page.source), page);
  const sources = pages.filter((p) => p.article.lang === 'fr');
  const first = sources[0];
  if (first === undefined) return;
  for (const size of options.sizes) {
    write(`synthetic-${size}`, syntheticArticle(first, concatenated(sources, size)));
  }
  const paragraphs = concatenated(sources, SHAPE_SIZE);
  for (const [name, shape] of Object.entries(SHAPES)) {
    write(`shape-${name.replace(/\s+/g, '-')}`, syntheticArticle(first, shape(paragraphs)));
  }
  const count = pages.length + options.sizes.length + Object.keys(SHAPES).length;
  process.stderr.write(`${count} analyses written to ${out}\n`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.dump !== null) return dump(options, options.dump);
  const dir = options.corpus ?? path.join(ROOT, 'samples');
  const files = pageFiles(dir, options.corpus === null ? null : goldCases(DEV_GOLD));
  const sources = await frenchArticles(files);
  if (sources.length === 0) throw new Error(`${dir}: no French article to build from`);
  const label = `${sources.length} French pages of ${dir}`;
  // Warm-up: compile the engine's regexes and let the JIT settle before timing anything.
  measureSize(sources, 20_000, 3);
  const figures = options.sizes.map((size) => measureSize(sources, size, options.runs));
  const shapes = measureShapes(sources, options.runs);
  if (options.json) {
    const json = { sources: label, runs: options.runs, figures, shapes };
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    const lines = [render(figures, label, options.runs), ...renderShapes(shapes)];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

await main();
