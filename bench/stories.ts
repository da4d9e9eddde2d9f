/**
 * Story grouping benchmark: pages → extract → rules-engine analysis (offline) → the briefing's
 * grouping (src/brief/stories.ts) → pairwise precision/recall against a story gold.
 *
 *   npm run bench:stories                                   # samples/ and their gold
 *   npm run bench:stories -- ../shared/corpus --gold G.json # a corpus (`<case>/source.html`)
 *   npm run bench:stories -- DIR --json
 *   npm run bench:stories -- --sizes 6 --max 200 --seed 7     # subsets: which sizes, how many
 *
 * Gold format: bench/stories-score.ts (`StoryGold`); without `--gold` for a folder other than
 * samples/, every page is its own story, so only wrong merges (precision) are measured.
 *
 * Then the same on parts of the period (bench/stories-subsets.ts): for each subset size, every
 * subset of the pages (or `--max` random ones, seeded), worst and mean pairwise P/R, since a
 * briefing must group two articles alike whatever else was stored that day.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupArticles } from '../src/brief/index.js';
import { recordsFromAnalyses } from '../src/claims/index.js';
import { extractInputs } from '../src/pipeline.js';
import { analyseWithRules } from '../src/rules/index.js';
import type { Analysis } from '../src/types.js';
import { pairwiseScores, type StoryGold } from './stories-score.js';
import { subsetScoresBySize, type SubsetStats } from './stories-subsets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const SAMPLES_GOLD = path.join(ROOT, 'tests', 'fixtures', 'stories', 'samples.json');
const PAGE = /\.(html?|xhtml|txt)$/i;

interface Options {
  dir: string;
  gold: string | null;
  json: boolean;
  /** Subset sizes scored; empty: every size from 2 to n-1. */
  sizes: number[];
  /** Most subsets per size (above it, a seeded random draw). */
  max: number;
  seed: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { dir: SAMPLES, gold: null, json: false, sizes: [], max: 1000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--gold') options.gold = path.resolve(argv[++i] ?? '');
    else if (arg === '--sizes') options.sizes = (argv[++i] ?? '').split(',').map(Number);
    else if (arg === '--max') options.max = Number(argv[++i]);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else options.dir = path.resolve(arg);
  }
  if (options.gold === null && options.dir === SAMPLES) options.gold = SAMPLES_GOLD;
  return options;
}

/** Named pages of a folder: `name.html` files, or `<case>/source.html` corpus folders. */
function pages(dir: string): { name: string; file: string }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        const source = path.join(full, 'source.html');
        return existsSync(source) ? [{ name: entry, file: source }] : [];
      }
      return PAGE.test(entry) ? [{ name: entry.replace(PAGE, ''), file: full }] : [];
    });
}

async function analyse(file: string): Promise<Analysis | null> {
  for await (const item of extractInputs([file], {})) {
    return item instanceof Error ? null : analyseWithRules(item);
  }
  return null;
}

/** The briefing's grouping of the named articles, as if they alone made the period. */
function grouper(names: string[], analyses: Analysis[]): (subset: readonly string[]) => string[][] {
  const byName = new Map(names.map((name, i) => [name, analyses[i]!] as const));
  return (subset) => {
    const part = subset.map((name) => byName.get(name)!);
    const propositionOf = new Map(
      recordsFromAnalyses(part).map((r) => [r.id, r.propositionId] as const),
    );
    return groupArticles(part, propositionOf).map((g) => g.map((i) => subset[i]!));
  };
}

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

function subsetLines(stats: SubsetStats[]): string[] {
  const cell = (s: SubsetStats['precision']): string =>
    `${pct(s.worst).padStart(6)} ${pct(s.mean).padStart(6)} (${s.defined})`;
  const worst = (key: 'precision' | 'recall'): string[] => {
    const low = stats
      .filter((s) => s[key].worst !== null)
      .reduce<SubsetStats | null>(
        (w, s) => (w === null || s[key].worst! < w[key].worst! ? s : w),
        null,
      );
    return low === null || low[key].worst === 1
      ? []
      : [`  worst ${key} ${pct(low[key].worst)}: ${low[key].worstSubset!.join(', ')}`];
  };
  return [
    'on parts of the period: pairwise P and R, worst and mean over subsets (subsets where defined)',
    '  size  subsets       precision worst/mean      recall worst/mean',
    ...stats.map(
      (s) =>
        `  ${String(s.size).padStart(4)}  ${`${s.subsets}${s.exhaustive ? '' : ' random'}`.padEnd(11)}  ${cell(s.precision).padEnd(24)} ${cell(s.recall)}`,
    ),
    ...worst('precision'),
    ...worst('recall'),
  ];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const names: string[] = [];
  const analyses: Analysis[] = [];
  for (const page of pages(options.dir)) {
    const analysis = await analyse(page.file);
    if (analysis === null) continue; // failed pages are not articles of any story
    names.push(page.name);
    analyses.push(analysis);
  }
  const group = grouper(names, analyses);
  const groups = group(names);
  const gold =
    options.gold === null
      ? []
      : (JSON.parse(readFileSync(options.gold, 'utf8')) as StoryGold).stories.map(
          (s) => s.articles,
        );
  const scores = pairwiseScores(names, groups, gold);
  const subsets = subsetScoresBySize(names, gold, group, {
    max: options.max,
    seed: options.seed,
    ...(options.sizes.length > 0 ? { sizes: options.sizes } : {}),
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ dir: options.dir, scores, groups, subsets })}\n`);
    return;
  }
  const out = [
    `story grouping, ${names.length} articles, ${scores.pairs} pairs (${options.dir})`,
    `gold: ${options.gold ?? 'none: every page its own story'}`,
    `pairwise precision ${pct(scores.precision)} (${scores.truePositives}/${scores.truePositives + scores.falsePositives})`,
    `pairwise recall    ${pct(scores.recall)} (${scores.truePositives}/${scores.truePositives + scores.falseNegatives})`,
    `pairwise F1        ${pct(scores.f1)}`,
    'predicted stories of more than one article:',
    ...groups.filter((g) => g.length > 1).map((g) => `  ${g.join(', ')}`),
    ...subsetLines(subsets),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
