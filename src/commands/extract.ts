import { statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { RunContext } from '../context.js';
import { VeilleError } from '../errors.js';
import { OutputClosed } from '../output.js';
import { OutDir } from '../render/out.js';
import {
  EXTRACT_EXTENSIONS,
  EXTRACT_FORMATS,
  extractRecord,
  renderExtract,
  type ExtractFormat,
} from '../render/extract.js';
import { formatOption } from '../render/formats.js';
import { ResultSink, defaultFormat } from '../render/results.js';
import { Reporter } from '../report.js';
import { resultLine, warningCounts } from '../report-counts.js';
import type { ExtractResult } from '../types.js';
import { addInputOptions, assertSomeInput, inputOptionsFrom, type InputFlags } from './inputs.js';

interface ExtractFlags extends InputFlags {
  format?: ExtractFormat;
  out?: string;
  force?: boolean;
  explain?: boolean;
  links?: boolean;
}

/** `veille extract`: fetch, extract and strip; one result per input. Returns the exit code. */
export function extractCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('extract')
    .description('fetch French articles, extract the article text and strip comments')
    .argument('[inputs...]', 'URLs, .html/.txt files, folders, feeds, or - for stdin')
    .addOption(
      formatOption(
        EXTRACT_FORMATS,
        'json is one document, jsonl one object per line, md = markdown [text on a terminal or with --out, jsonl when piped]',
      ),
    )
    .option('-o, --out <dir>', 'write one file per article into this folder instead of stdout')
    .option('--force', 'overwrite files already in the --out folder (else: name-2.ext)')
    .option('--explain', 'print every removal (rule, reason, size, preview) to stderr')
    .option('--links', "markdown: keep the article's http(s) links as [text](url)");
  addInputOptions(command);
  return command.action(async (inputs: string[], flags: ExtractFlags) => {
    setExit(await runExtract(ctx, inputs, flags));
  });
}

async function runExtract(ctx: RunContext, inputs: string[], flags: ExtractFlags): Promise<number> {
  assertSomeInput(inputs, flags);
  // Heavy modules load when the command runs, not at start-up (tests/startup-imports.test.ts).
  const { extractInputs } = await import('../pipeline.js');
  const reporter = new Reporter(ctx.stderr, {
    verbose: Boolean(flags.verbose),
    quiet: Boolean(flags.quiet),
  });
  const out =
    flags.out === undefined ? null : new OutDir(flags.out, { force: Boolean(flags.force) });
  const format =
    flags.format ?? defaultFormat(ctx.stdout, { readable: 'text', hasOut: out !== null });
  const separate = format === 'text' && out === null && mayYieldSeveral(ctx, inputs, flags);
  if (out) await out.prepare();
  const sink = new ResultSink(ctx.stdout, format, out);
  for await (const item of extractInputs(inputs, inputOptionsFrom(ctx, flags))) {
    if (item instanceof VeilleError) {
      reporter.error(item, item.stage, item.input);
      continue;
    }
    try {
      await emit({ result: item, flags, format, sink, reporter, separate });
    } catch (err) {
      if (err instanceof OutputClosed) throw err; // the reader left: stop, quietly
      reporter.error(err, 'render', item.source);
    }
  }
  await sink.end();
  return reporter.failed > 0 ? 1 : 0;
}

interface EmitArgs {
  result: ExtractResult;
  flags: ExtractFlags;
  format: ExtractFormat;
  sink: ResultSink;
  reporter: Reporter;
  /** Precede the text with a `==> source <==` line. */
  separate: boolean;
}

async function emit({ result, flags, format, sink, reporter, separate }: EmitArgs): Promise<void> {
  if (flags.explain) for (const removal of result.removed) reporter.removal(result.source, removal);
  for (const warning of result.warnings) reporter.warning(result.source, warning);
  const rendered = renderExtract(result, format, { links: Boolean(flags.links) });
  const parts = warningCounts(result.warnings);
  const file = await sink.write({
    label: result.article.title ?? result.source,
    extension: EXTRACT_EXTENSIONS[format],
    // Plain text has no structure of its own: name each article as `head` does with files.
    rendered: separate ? `==> ${result.source} <==\n${rendered}\n` : rendered,
    record: extractRecord(result),
  });
  if (file !== null) parts.push(`→ ${file}`);
  // One line per input, and only when it has something to say (warnings, a file written).
  if (parts.length > 0) reporter.info(resultLine('ok', result.source, parts));
  reporter.done += 1;
}

/** True when the inputs may expand to several articles (several inputs, a list, a folder, a feed). */
function mayYieldSeveral(ctx: RunContext, inputs: string[], flags: ExtractFlags): boolean {
  if (inputs.length !== 1 || flags.from !== undefined) return true;
  const only = inputs[0] ?? '-';
  if (only === '-') return false;
  if (/^https?:/i.test(only)) return /\b(rss|atom|feed)\b|\.xml$/i.test(only);
  try {
    return statSync(path.resolve(ctx.cwd, only)).isDirectory() || /\.xml$/i.test(only);
  } catch {
    return false;
  }
}
