/**
 * Story grouping benchmark: pages → extract → rules-engine analysis (offline) → the briefing's
 * grouping (src/brief/stories.ts) → pairwise precision/recall against a story gold.
 *
 *   npm run bench:stories                                   # samples/ and their gold
 *   npm run bench:stories -- ../shared/corpus --gold G.json # a corpus (`<case>/source.html`)
 *   npm run bench:stories -- DIR --json
 *
 * Gold format: bench/stories-score.ts (`StoryGold`); without `--gold` for a folder other than
 * samples/, every page is its own story, so only wrong merges (precision) are measured.
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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const SAMPLES_GOLD = path.join(ROOT, 'tests', 'fixtures', 'stories', 'samples.json');
const PAGE = /\.(html?|xhtml|txt)$/i;

interface Options {
  dir: string;
  gold: string | null;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { dir: SAMPLES, gold: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--gold') options.gold = path.resolve(argv[++i] ?? '');
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
  const propositionOf = new Map(
    recordsFromAnalyses(analyses).map((r) => [r.id, r.propositionId] as const),
  );
  const groups = groupArticles(analyses, propositionOf).map((g) => g.map((i) => names[i]!));
  const gold =
    options.gold === null
      ? []
      : (JSON.parse(readFileSync(options.gold, 'utf8')) as StoryGold).stories.map(
          (s) => s.articles,
        );
  const scores = pairwiseScores(names, groups, gold);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ dir: options.dir, scores, groups })}\n`);
    return;
  }
  const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
  const out = [
    `story grouping, ${names.length} articles, ${scores.pairs} pairs (${options.dir})`,
    `gold: ${options.gold ?? 'none: every page its own story'}`,
    `pairwise precision ${pct(scores.precision)} (${scores.truePositives}/${scores.truePositives + scores.falsePositives})`,
    `pairwise recall    ${pct(scores.recall)} (${scores.truePositives}/${scores.truePositives + scores.falseNegatives})`,
    `pairwise F1        ${pct(scores.f1)}`,
    'predicted stories of more than one article:',
    ...groups.filter((g) => g.length > 1).map((g) => `  ${g.join(', ')}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
