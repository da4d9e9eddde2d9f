/**
 * `evaluate`: every gold file in a folder → its sample page extracted (the same fetch → extract
 * → strip stages as the CLI) → analysed by the chosen engine → scored; per sample and overall.
 * A sample that fails is reported, never stops the others.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractInputs } from '../pipeline.js';
import { analyseWithRules } from '../rules/index.js';
import type { Analysis, ExtractResult } from '../types.js';
import { loadGoldFile } from './gold.js';
import { combineScores, scoreAnalysis, type Scores } from './scores.js';

/** Extensions tried, in order, for the sample page of a gold file. */
const SAMPLE_EXTENSIONS = ['.html', '.htm', '.txt'];
/**
 * Page files tried, in order, inside a case folder `<sample>/`: the layout of captured-page
 * corpora (mozilla/readability's test-pages, trafilatura's and ScrapingHub's benchmarks).
 */
const CASE_FILES = SAMPLE_EXTENSIONS.map((ext) => `source${ext}`);

/** The samples' gold and pages shipped with veille, found from the code, not the working folder. */
export const DEFAULT_GOLD_DIR = fileURLToPath(
  new URL('../../tests/fixtures/gold/', import.meta.url),
);
export const DEFAULT_SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export interface EvaluateOptions {
  /** Engine name, recorded in the report. */
  engine: Analysis['engine'];
  /** Folder of `<sample>.json` gold files. */
  goldDir: string;
  /** Folder of `<sample>.html|.htm|.txt` pages or of `<sample>/source.html|.htm|.txt` cases. */
  samplesDir: string;
  /** Analyses one article; defaults to the rules engine (required for other engines). */
  analyse?: (result: ExtractResult) => Promise<Analysis> | Analysis;
}

export interface EvalReport {
  engine: Analysis['engine'];
  samples: Scores[];
  /** Micro-average over the scored samples; null when none could be scored. */
  overall: Scores | null;
  failures: Array<{ sample: string; message: string }>;
  /** Sample pages of `samplesDir` that have no gold file: listed, never silently skipped. */
  unscored: string[];
}

async function extractSample(file: string): Promise<ExtractResult> {
  for await (const item of extractInputs([file], {})) {
    if (item instanceof Error) throw item;
    return item;
  }
  throw new Error(`nothing extracted from ${file}`);
}

/** The page of a case folder, or null when `dir` is not one. */
function casePage(dir: string): string | null {
  for (const name of CASE_FILES) {
    const file = path.join(dir, name);
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return null;
}

function samplePath(samplesDir: string, sample: string): string {
  for (const ext of SAMPLE_EXTENSIONS) {
    const file = path.join(samplesDir, `${sample}${ext}`);
    if (existsSync(file)) return file;
  }
  const page = casePage(path.join(samplesDir, sample));
  if (page !== null) return page;
  throw new Error(
    `no sample page ${sample}{${SAMPLE_EXTENSIONS.join(',')}} or ${sample}/source{${SAMPLE_EXTENSIONS.join(',')}} in ${samplesDir}`,
  );
}

/** Names of the pages and case folders of `samplesDir`. */
function sampleNames(samplesDir: string): string[] {
  if (!existsSync(samplesDir)) return [];
  const names = readdirSync(samplesDir, { withFileTypes: true }).flatMap((entry) => {
    const ext = path.extname(entry.name);
    if (entry.isFile() && SAMPLE_EXTENSIONS.includes(ext))
      return [entry.name.slice(0, -ext.length)];
    if (entry.isDirectory() && casePage(path.join(samplesDir, entry.name)) !== null)
      return [entry.name];
    return [];
  });
  return [...new Set(names)].sort();
}

/** Scores the engine on every gold file of `goldDir`. */
export async function evaluate(options: EvaluateOptions): Promise<EvalReport> {
  if (options.engine !== 'rules' && options.analyse === undefined) {
    throw new Error(`evaluate: an analyse function is required for the ${options.engine} engine`);
  }
  const analyse = options.analyse ?? analyseWithRules;
  const files = readdirSync(options.goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const samples: Scores[] = [];
  const failures: EvalReport['failures'] = [];
  for (const file of files) {
    const sample = file.replace(/\.json$/, '');
    try {
      const result = await extractSample(samplePath(options.samplesDir, sample));
      const gold = loadGoldFile(path.join(options.goldDir, file), result.article.text);
      samples.push(scoreAnalysis(await analyse(result), gold));
    } catch (err) {
      failures.push({ sample, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const golds = new Set(files.map((f) => f.replace(/\.json$/, '')));
  const unscored = sampleNames(options.samplesDir).filter((s) => !golds.has(s));
  return {
    engine: options.engine,
    samples,
    overall: combineScores(samples),
    failures,
    unscored,
  };
}
