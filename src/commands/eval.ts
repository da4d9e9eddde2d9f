import { statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { analyseArticle } from '../analyse/index.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, formatErrorLine } from '../errors.js';
import type { EvalReport } from '../eval/evaluate.js';
import type { PRF, Scores } from '../eval/scores.js';
import { formatOption } from '../render/formats.js';
import { ENTITY_TYPES, STANCES } from '../types.js';
import type { Analysis } from '../types.js';
import { addLogOptions, type LogFlags } from './inputs.js';
import { llmConfigFrom, noEndpointError } from './summarize.js';

const ENGINES = ['rules', 'openai'] as const;
const FORMATS = ['text', 'json'] as const;

interface EvalFlags extends LogFlags {
  engine: (typeof ENGINES)[number];
  gold?: string;
  samples?: string;
  format: (typeof FORMATS)[number];
  model?: string;
  baseUrl?: string;
}

/** `veille eval`: scores an engine against the gold annotations. */
export function evalCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('eval')
    .description('score an engine against hand-written gold annotations of the sample pages')
    .addOption(new Option('--engine <engine>', 'engine to score').choices(ENGINES).default('rules'))
    .option('--gold <dir>', "folder of <sample>.json gold files (default: veille's own gold)")
    .option(
      '--samples <dir>',
      "folder of <sample>.html|.txt pages or <sample>/source.html cases (default: veille's samples)",
    )
    .addOption(formatOption(FORMATS, '[text]').default('text'))
    .option('--model <model>', 'model name (openai engine)')
    .option('--base-url <url>', 'OpenAI-compatible base URL (openai engine)');
  return addLogOptions(command).action(async (flags: EvalFlags) => {
    setExit(await runEval(ctx, flags));
  });
}

async function runEval(ctx: RunContext, flags: EvalFlags): Promise<number> {
  let analyse: ((r: Parameters<typeof analyseArticle>[0]) => Promise<Analysis>) | undefined;
  if (flags.engine === 'openai') {
    const config = await llmConfigFrom(ctx, flags);
    if (config === null) {
      ctx.stderr.write(`${formatErrorLine(noEndpointError())}\n`);
      return EXIT.USAGE;
    }
    const { analyseArticle } = await import('../analyse/index.js'); // openai: not at start-up
    analyse = (result) => analyseArticle(result, { config });
  }
  // Heavy modules load when the command runs, not at start-up (tests/startup-imports.test.ts).
  const { evaluate, DEFAULT_GOLD_DIR, DEFAULT_SAMPLES_DIR } = await import('../eval/evaluate.js');
  // The defaults are veille's own gold and samples, wherever the command is run from.
  const goldDir = path.resolve(ctx.cwd, flags.gold ?? DEFAULT_GOLD_DIR);
  const samplesDir = path.resolve(ctx.cwd, flags.samples ?? DEFAULT_SAMPLES_DIR);
  for (const [option, dir] of [
    ['--gold', goldDir],
    ['--samples', samplesDir],
  ] as const) {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      const err = new VeilleError('NOT_FOUND', `${option}: no folder ${dir}`, { stage: 'input' });
      ctx.stderr.write(`${formatErrorLine(err)}\n`);
      return EXIT.FAILED;
    }
  }
  const report = await evaluate({
    engine: flags.engine,
    goldDir,
    samplesDir,
    ...(analyse ? { analyse } : {}),
  });
  for (const failure of report.failures) {
    const err = new VeilleError('CONFIG', failure.message, { stage: 'input' });
    ctx.stderr.write(`${formatErrorLine(err)}\n`);
  }
  ctx.stdout.write(
    flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report),
  );
  return report.failures.length > 0 ? EXIT.FAILED : EXIT.OK;
}

const num = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(2).padStart(5));
const prfCells = (p: PRF): string =>
  `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}  (${p.tp}/${p.pred}/${p.gold})`;

function sampleRow(s: Scores, width: number): string {
  return [
    s.sample.padEnd(width),
    num(s.entities.f1),
    num(s.claims.precision),
    num(s.claims.recall),
    num(s.claims.f1),
    num(s.claimantAccuracy),
    num(s.stanceAccuracy),
    num(s.certaintyAccuracy),
    num(s.groundingRate),
    `${s.counts.claims.tp}/${s.counts.claims.pred}/${s.counts.claims.gold}`.padStart(9),
  ].join('  ');
}

/** A readable report: one row per sample, then the overall figures in detail. */
export function renderText(report: EvalReport): string {
  const lines: string[] = [`engine: ${report.engine}`, ''];
  const width = Math.max(7, ...report.samples.map((s) => s.sample.length));
  const head = [
    'sample'.padEnd(width),
    'entF1',
    'clmP ',
    'clmR ',
    'clmF1',
    'who  ',
    'stnce',
    'cert ',
  ]
    .concat(['grnd ', ' tp/pr/gd'])
    .join('  ');
  lines.push(head, '-'.repeat(head.length));
  for (const s of report.samples) lines.push(sampleRow(s, width));
  const o = report.overall;
  if (o) {
    lines.push('-'.repeat(head.length), sampleRow(o, width), '', 'overall');
    lines.push(`  entities            P/R/F1 ${prfCells(o.entities)}`);
    for (const t of ENTITY_TYPES) {
      const p = o.entitiesByType[t];
      if (p.pred + p.gold > 0) lines.push(`    ${t.padEnd(16)}  P/R/F1 ${prfCells(p)}`);
    }
    lines.push(`  claims (IoU≥0.5)    P/R/F1 ${prfCells(o.claims)}`);
    lines.push(`  claims (overlap)    P/R/F1 ${prfCells(o.claimsOverlap)}`);
    lines.push(
      `  claimant accuracy   ${num(o.claimantAccuracy)}  (${o.counts.claimant.hits}/${o.counts.claimant.total})`,
    );
    lines.push(
      `  stance accuracy     ${num(o.stanceAccuracy)}  (${o.counts.stance.hits}/${o.counts.stance.total})   macro-F1 ${num(o.stanceMacroF1)}`,
    );
    lines.push('  stance confusion (rows gold, columns predicted)');
    lines.push(`    ${''.padEnd(10)}${STANCES.map((s) => s.padStart(10)).join('')}`);
    for (const g of STANCES) {
      lines.push(
        `    ${g.padEnd(10)}${STANCES.map((p) => String(o.counts.confusion[g][p]).padStart(10)).join('')}`,
      );
    }
    lines.push(
      `  certainty accuracy  ${num(o.certaintyAccuracy)}  (${o.counts.certainty.hits}/${o.counts.certainty.total})`,
    );
    lines.push(`  grounding rate      ${num(o.groundingRate)}`);
    lines.push(`  English share       ${num(o.englishShare)}`);
    for (const note of o.notes) lines.push(`  note: ${note}`);
  } else {
    lines.push('no sample could be scored');
  }
  if (report.unscored.length > 0)
    lines.push('', `unscored (no gold): ${report.unscored.join(', ')}`);
  for (const f of report.failures) lines.push(`failed: ${f.sample}: ${f.message}`);
  return `${lines.join('\n')}\n`;
}
