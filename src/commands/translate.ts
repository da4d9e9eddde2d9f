import { Command } from 'commander';
import { parseConcurrency } from '../batch/duration.js';
import type { RunContext } from '../context.js';
import { EXIT, formatErrorLine } from '../errors.js';
import { formatOption } from '../render/formats.js';
import { OutDir } from '../render/out.js';
import { Reporter } from '../report.js';
import { addInputOptions, assertSomeInput, type InputFlags } from './inputs.js';
import type { StoreFlags } from './store-run.js';
import { addLlmOptions, llmConfigFrom, noEndpointError, type LlmCliFlags } from './summarize.js';

/** Output formats of `veille translate`; `markdown` is French and English side by side. */
export const TRANSLATE_FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
export type TranslateFormat = (typeof TRANSLATE_FORMATS)[number];

export interface TranslateFlags extends InputFlags, LlmCliFlags, StoreFlags {
  format?: TranslateFormat;
  bilingual?: boolean;
  out?: string;
  force?: boolean;
  concurrency: number;
}

/** `veille translate`: the whole article in English, paragraph by paragraph. Needs an endpoint. */
export function translateCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('translate')
    .description('translate French articles into English, paragraph by paragraph (needs a model)')
    .argument('[inputs...]', 'URLs, .html/.txt files, folders, feeds, or - for stdin')
    .addOption(
      formatOption(
        TRANSLATE_FORMATS,
        'markdown quotes each French paragraph above its English; json is one document [text]',
      ),
    )
    .option('--bilingual', 'the same as --format markdown')
    .option('-o, --out <dir>', 'write one file per article into this folder instead of stdout')
    .option('--force', 'overwrite files already in the --out folder (else: name-2.ext)')
    .option('--db <path>', 'database for translations and cache [$XDG_DATA_HOME/veille/veille.db]')
    .option('--no-store', 'neither read the cache nor save translations')
    .option('--refresh', 'translate again even when the store has a translation')
    .option('-c, --concurrency <n>', 'articles translated at once', parseConcurrency, 4);
  addLlmOptions(command);
  addInputOptions(command);
  return command.action(async (inputs: string[], flags: TranslateFlags) => {
    setExit(await runTranslate(ctx, inputs, flags));
  });
}

async function runTranslate(
  ctx: RunContext,
  inputs: string[],
  flags: TranslateFlags,
): Promise<number> {
  assertSomeInput(inputs, flags);
  const reporter = new Reporter(ctx.stderr, {
    verbose: Boolean(flags.verbose),
    quiet: Boolean(flags.quiet),
  });
  const config = await llmConfigFrom(ctx, flags);
  if (config === null) {
    ctx.stderr.write(`${formatErrorLine(noEndpointError())}\n`);
    return EXIT.USAGE;
  }
  const out =
    flags.out === undefined ? null : new OutDir(flags.out, { force: Boolean(flags.force) });
  const format: TranslateFormat = flags.format ?? (flags.bilingual ? 'markdown' : 'text');
  // The run (model client, extraction) loads when the command runs, not at start-up.
  const { translateAll } = await import('./translate-run.js');
  return translateAll(ctx, { inputs, flags, config, format, out, reporter });
}
