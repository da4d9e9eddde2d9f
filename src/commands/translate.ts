import { Command } from 'commander';
import type { FormatMemory } from '../analyse/index.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, formatErrorLine } from '../errors.js';
import { OutputClosed, writeResult } from '../output.js';
import { renderTranslationBilingual, renderTranslationText } from '../render/analysis.js';
import { OutDir } from '../render/out.js';
import { Reporter } from '../report.js';
import { addInputOptions, assertSomeInput, inputOptionsFrom, type InputFlags } from './inputs.js';
import { addLlmOptions, llmConfigFrom, noEndpointError, type LlmCliFlags } from './summarize.js';

interface TranslateFlags extends InputFlags, LlmCliFlags {
  bilingual?: boolean;
  out?: string;
  force?: boolean;
}

/** `veille translate`: the whole article in English, paragraph by paragraph. Needs an endpoint. */
export function translateCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('translate')
    .description('translate French articles into English, paragraph by paragraph (needs a model)')
    .argument('[inputs...]', 'URLs, .html/.txt files, folders, feeds, or - for stdin')
    .option('--bilingual', 'write Markdown with each French paragraph followed by its English')
    .option('-o, --out <dir>', 'write one file per article into this folder instead of stdout')
    .option('--force', 'overwrite files already in the --out folder (else: name-2.ext)');
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
  // Heavy modules load when the command runs, not at start-up (tests/startup-imports.test.ts).
  const { describeLlmConfig, translateArticle } = await import('../analyse/index.js');
  const { extractInputs } = await import('../pipeline.js');
  if (flags.verbose) reporter.info(`model: ${describeLlmConfig(config)}`);
  const out =
    flags.out === undefined ? null : new OutDir(flags.out, { force: Boolean(flags.force) });
  if (out) await out.prepare();
  const memory: FormatMemory = {};
  for await (const item of extractInputs(inputs, inputOptionsFrom(ctx, flags))) {
    if (item instanceof VeilleError) {
      reporter.error(item, item.stage, item.input);
      continue;
    }
    for (const warning of item.warnings) reporter.warning(item.source, warning);
    try {
      const translation = await translateArticle(item, { config, memory });
      for (const warning of translation.warnings) reporter.warning(item.source, warning);
      const rendered = flags.bilingual
        ? renderTranslationBilingual(item, translation)
        : renderTranslationText(item, translation);
      if (out) {
        const label = item.article.title ?? item.source;
        const file = await out.write(label, flags.bilingual ? 'md' : 'txt', rendered);
        reporter.info(`wrote ${file}`);
      } else {
        await writeResult(ctx.stdout, rendered);
      }
      reporter.done += 1;
    } catch (err) {
      if (err instanceof OutputClosed) throw err; // the reader left: stop, quietly
      reporter.error(err, err instanceof VeilleError ? err.stage : 'analyse', item.source);
    }
  }
  return reporter.failed > 0 ? EXIT.FAILED : EXIT.OK;
}
