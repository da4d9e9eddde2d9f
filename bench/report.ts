/**
 * Figures of the benchmark: per-page scores, per-group aggregates, veille/Readability ratios,
 * and their rendering as a table, per-page lines or JSON.
 */
import type { BenchCase } from './cases.js';
import type { ExtractorName, RunResult } from './runners.js';
import {
  addSnippets,
  EMPTY_TALLY,
  findSnippets,
  meanPrf,
  ratio,
  shingleScore,
  type Prf,
  type SnippetHits,
  type SnippetTally,
} from './score.js';

export interface PageScore {
  case: BenchCase;
  empty: boolean;
  error: string | null;
  shingle: Prf | null;
  include: SnippetHits | null;
  exclude: SnippetHits | null;
}

export interface GroupFigures {
  pages: number;
  empty: number;
  errors: number;
  shingle: Prf & { docs: number };
  snippets: SnippetTally;
  includeRecall: number;
  excludeRate: number;
}

export interface ExtractorFigures {
  extractor: ExtractorName;
  seconds: number;
  pagesPerSecond: number;
  startRssMB: number;
  peakRssMB: number;
  /** Share of must-exclude lines found on pages with comments. */
  commentLeakRate: number;
  groups: Record<GroupName, GroupFigures>;
}

const GROUPS = {
  all: () => true,
  fr: (c: BenchCase) => c.lang === 'fr',
  other: (c: BenchCase) => c.lang !== 'fr',
  comments: (c: BenchCase) => c.hasComments,
} as const;
export type GroupName = keyof typeof GROUPS;
const GROUP_NAMES = Object.keys(GROUPS) as GroupName[];

/** Scores each page of one run against its ground truth. */
export function scorePages(cases: readonly BenchCase[], run: RunResult): PageScore[] {
  return cases.map((c, i) => {
    const out = run.pages[i];
    if (!out || out.id !== c.id) throw new Error(`${run.extractor}: page ${c.id} missing`);
    return {
      case: c,
      empty: out.text.trim() === '',
      error: out.error,
      shingle: c.expected === null ? null : shingleScore(c.expected, out.text),
      include: c.mustInclude ? findSnippets(out.text, c.mustInclude) : null,
      exclude: c.mustExclude ? findSnippets(out.text, c.mustExclude) : null,
    };
  });
}

function groupFigures(scores: readonly PageScore[]): GroupFigures {
  const snippets = scores.reduce((t, s) => addSnippets(t, s.include, s.exclude), EMPTY_TALLY);
  return {
    pages: scores.length,
    empty: scores.filter((s) => s.empty).length,
    errors: scores.filter((s) => s.error !== null).length,
    shingle: meanPrf(scores.flatMap((s) => (s.shingle ? [s.shingle] : []))),
    snippets,
    includeRecall: ratio(snippets.includeFound, snippets.includeTotal),
    excludeRate: ratio(snippets.excludeFound, snippets.excludeTotal),
  };
}

/** Aggregates one extractor's page scores and run figures. */
export function extractorFigures(run: RunResult, scores: readonly PageScore[]): ExtractorFigures {
  const groups = Object.fromEntries(
    GROUP_NAMES.map((g) => [g, groupFigures(scores.filter((s) => GROUPS[g](s.case)))]),
  ) as Record<GroupName, GroupFigures>;
  return {
    extractor: run.extractor,
    seconds: run.seconds,
    pagesPerSecond: run.pagesPerSecond ?? Number.NaN,
    startRssMB: run.startRssMB,
    peakRssMB: run.peakRssMB,
    commentLeakRate: groups.comments.excludeRate,
    groups,
  };
}

export interface Ratios {
  /** veille F1 ÷ Readability F1, per group. */
  f1: Record<GroupName, number>;
  commentLeakRate: { veille: number; readability: number };
  /** veille pages/s ÷ Readability pages/s (> 1: veille is faster). */
  speed: number;
  /** veille peak RSS ÷ Readability peak RSS (< 1: veille uses less). */
  memory: number;
}

export function ratios(veille: ExtractorFigures, readability: ExtractorFigures): Ratios {
  const f1 = Object.fromEntries(
    GROUP_NAMES.map((g) => [g, veille.groups[g].shingle.f1 / readability.groups[g].shingle.f1]),
  ) as Record<GroupName, number>;
  return {
    f1,
    commentLeakRate: { veille: veille.commentLeakRate, readability: readability.commentLeakRate },
    speed: veille.pagesPerSecond / readability.pagesPerSecond,
    memory: veille.peakRssMB / readability.peakRssMB,
  };
}

const num = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const frac = (a: number, b: number): string => (b === 0 ? '—' : `${a}/${b}`);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

function qualityRows(all: readonly ExtractorFigures[]): string[][] {
  const rows = [
    ['group / extractor', 'pages', 'empty', 'err', 'docs', 'P', 'R', 'F1'].concat([
      'incl.found',
      'incl.recall',
      'excl.hits',
      'excl.rate',
    ]),
  ];
  for (const g of GROUP_NAMES) {
    for (const f of all) {
      const x = f.groups[g];
      const s = x.snippets;
      rows.push([
        `${g} / ${f.extractor}`,
        String(x.pages),
        String(x.empty),
        String(x.errors),
        String(x.shingle.docs),
        num(x.shingle.precision),
        num(x.shingle.recall),
        num(x.shingle.f1),
        frac(s.includeFound, s.includeTotal),
        pct(x.includeRecall),
        frac(s.excludeFound, s.excludeTotal),
        pct(x.excludeRate),
      ]);
    }
  }
  return rows;
}

function perfRows(all: readonly ExtractorFigures[]): string[][] {
  const rows = [['extractor', 'seconds', 'pages/s', 'start RSS MB', 'peak RSS MB', 'comment leak']];
  for (const f of all) {
    rows.push([
      f.extractor,
      num(f.seconds, 2),
      num(f.pagesPerSecond, 1),
      num(f.startRssMB, 0),
      num(f.peakRssMB, 0),
      pct(f.commentLeakRate),
    ]);
  }
  return rows;
}

function ratioLines(r: Ratios): string[] {
  const f1 = GROUP_NAMES.map((g) => `${g} ${num(r.f1[g], 2)}`).join(', ');
  return [
    'veille / Readability',
    `  F1 ratio:          ${f1}`,
    `  comment leak:      veille ${pct(r.commentLeakRate.veille)} vs Readability ${pct(r.commentLeakRate.readability)}`,
    `  speed ratio:       ${num(r.speed, 2)} (veille pages/s ÷ Readability pages/s)`,
    `  memory ratio:      ${num(r.memory, 2)} (peak RSS veille ÷ Readability)`,
  ];
}

/** The human-readable report. */
export function renderTable(
  dir: string,
  cases: readonly BenchCase[],
  all: readonly ExtractorFigures[],
  r: Ratios | null,
): string {
  const fr = cases.filter(GROUPS.fr).length;
  const comments = cases.filter(GROUPS.comments).length;
  const header =
    `Extraction benchmark: ${cases.length} pages from ${dir} ` +
    `(${fr} French, ${cases.length - fr} other, ${comments} with comments)`;
  const legend =
    'P/R/F1: 4-gram shingles, mean over the pages with an expected text (docs); ' +
    'incl./excl.: pooled must-include / must-exclude snippets; ' +
    'comment leak: must-exclude lines found on pages with comments.';
  const failures = all
    .filter((f) => f.groups.all.errors > 0)
    .map(
      (f) =>
        `note: ${f.extractor} failed on ${f.groups.all.errors}/${f.groups.all.pages} pages (scored as empty)`,
    );
  const parts = [header, '', table(qualityRows(all)), '', table(perfRows(all)), '', ...failures];
  if (r) parts.push(...ratioLines(r), '');
  parts.push(legend);
  return parts.join('\n') + '\n';
}

/** One line per page and extractor, plus one per leaked snippet and per failure. */
export function renderPages(name: ExtractorName, scores: readonly PageScore[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    const c = s.case;
    const inc = s.include
      ? ` incl ${frac(s.include.found.length, s.include.found.length + s.include.missing.length)}`
      : '';
    const exc = s.exclude
      ? ` excl ${frac(s.exclude.found.length, s.exclude.found.length + s.exclude.missing.length)}`
      : '';
    const f1 = s.shingle
      ? ` F1 ${num(s.shingle.f1)} (P ${num(s.shingle.precision)} R ${num(s.shingle.recall)})`
      : '';
    const flags = `${c.lang ?? '??'}${c.hasComments ? ' comments' : ''}${s.empty ? ' EMPTY' : ''}`;
    lines.push(`${name.padEnd(11)} ${c.id} [${flags}]${f1}${inc}${exc}`);
    if (s.error) lines.push(`    error: ${s.error}`);
    for (const leak of s.exclude?.found ?? []) lines.push(`    leak: ${JSON.stringify(leak)}`);
    for (const miss of s.include?.missing ?? []) lines.push(`    missing: ${JSON.stringify(miss)}`);
  }
  return lines.join('\n') + '\n';
}
