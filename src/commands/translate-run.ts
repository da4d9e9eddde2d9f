/**
 * The run of `veille translate`, apart from its definition (translate.ts) so that the model
 * client loads only when the command runs. Results go out as `--format` says (render/formats.ts);
 * one closing line gives the counts, tokens and cost, as summarize's does.
 */
import {
  describeLlmConfig,
  translateArticle,
  type FormatMemory,
  type LlmConfig,
  type Translation,
} from '../analyse/index.js';
import { costOf, formatCost, formatSeconds, readPrices, runPool } from '../batch/index.js';
import { EndpointGate, failureReporter } from '../batch/endpoint-gate.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError } from '../errors.js';
import { createLimiter } from '../fetch/limiter.js';
import { mapLlmError } from '../llm/errors.js';
import { OutputClosed } from '../output.js';
import { extractInputs } from '../pipeline.js';
import { renderTranslationBilingual, renderTranslationText } from '../render/analysis.js';
import { withEmittableUrls } from '../render/links.js';
import type { OutDir } from '../render/out.js';
import { ResultSink } from '../render/results.js';
import type { Reporter } from '../report.js';
import type { ExtractResult } from '../types.js';
import { inputOptionsFrom } from './inputs.js';
import { TranslationCache } from './translate-cache.js';
import type { TranslateFlags, TranslateFormat } from './translate.js';

interface TranslateRun {
  inputs: string[];
  flags: TranslateFlags;
  config: LlmConfig;
  format: TranslateFormat;
  out: OutDir | null;
  reporter: Reporter;
}

const EXTENSIONS: Record<TranslateFormat, string> = {
  text: 'txt',
  markdown: 'md',
  json: 'json',
  jsonl: 'jsonl',
};

export async function translateAll(
  ctx: RunContext,
  { inputs, flags, config, format, out, reporter }: TranslateRun,
): Promise<number> {
  if (flags.verbose) reporter.info(`model: ${describeLlmConfig(config)}`);
  if (out) await out.prepare();
  const sink = new ResultSink(ctx.stdout, format, out);
  const tally = new Tally(config.model, readPrices(ctx));
  const memory: FormatMemory = {};
  // Closed by the first endpoint-wide error: no more calls, one line, the rest counted.
  const gate = new EndpointGate((err) => mapLlmError(err, { config }));
  const slots = gate.guard(createLimiter({ global: flags.concurrency }));
  const fail = failureReporter(reporter, gate, (error) => tally.failed(error));
  const cache = new TranslationCache(ctx, flags, (err) => {
    tally.storeFailed(reporter.error(err, 'store'));
  });
  /** The stored translation, else a new one (saved); only a new one is warned about. */
  const obtain = async (item: ExtractResult): Promise<Translation> => {
    const key = cache.keyOf(item, config.model);
    const cached = cache.get(key);
    if (cached !== null) {
      tally.cached();
      return cached;
    }
    gate.check();
    const translation = await translateArticle(item, { config, memory, slots });
    tally.done(translation);
    for (const warning of translation.warnings) reporter.warning(item.source, warning);
    cache.save(item, translation, key);
    return translation;
  };
  try {
    // Articles are translated `--concurrency` at a time; results go out as each completes.
    await runPool(
      extractInputs(inputs, inputOptionsFrom(ctx, flags)),
      flags.concurrency,
      async (item) => {
        if (item instanceof VeilleError) {
          fail(item, item.stage, item.input);
          return;
        }
        for (const warning of item.warnings) reporter.warning(item.source, warning);
        try {
          const translation = await obtain(item);
          const file = await sink.write({
            label: item.article.title ?? item.source,
            extension: EXTENSIONS[format],
            rendered: render(item, translation, format),
            record: translationRecord(item, translation),
          });
          if (file !== null) reporter.info(`wrote ${file}`);
          reporter.done += 1;
        } catch (err) {
          if (err instanceof OutputClosed) throw err; // the reader left: stop, quietly
          fail(err, err instanceof VeilleError ? err.stage : 'analyse', item.source);
        }
      },
    );
  } finally {
    cache.close();
  }
  await sink.end();
  reporter.info(tally.summary());
  return reporter.failed > 0 ? EXIT.FAILED : EXIT.OK;
}

function render(item: ExtractResult, translation: Translation, format: TranslateFormat): string {
  if (format === 'markdown') return renderTranslationBilingual(item, translation);
  if (format === 'text') return renderTranslationText(item, translation);
  const record = translationRecord(item, translation);
  return format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`;
}

/** The JSON form: the article's metadata, then each French paragraph with its English. */
function translationRecord(item: ExtractResult, translation: Translation): unknown {
  const { text: _text, paragraphs: _paragraphs, ...article } = withEmittableUrls(item.article);
  return {
    source: item.source,
    article,
    paragraphs: translation.paragraphs,
    model: translation.model,
    promptVersion: translation.promptVersion,
    usage: translation.usage,
    warnings: translation.warnings,
  };
}

/**
 * Counts and tokens for the closing line:
 * `2 done, 1 failed (LLM_AUTH), 1 from cache, tokens … , cost …, 3s`.
 */
class Tally {
  private ok = 0;
  private fromCache = 0;
  private storeFailure: string | null = null;
  private readonly codes = new Map<string, number>();
  private tokensIn = 0;
  private tokensOut = 0;
  private readonly started = Date.now();

  constructor(
    private readonly model: string,
    private readonly prices: ReturnType<typeof readPrices>,
  ) {}

  done(translation: Translation): void {
    this.ok += 1;
    this.tokensIn += translation.usage.promptTokens;
    this.tokensOut += translation.usage.completionTokens;
  }

  /** A stored translation was served: done, with no call and no tokens. */
  cached(): void {
    this.ok += 1;
    this.fromCache += 1;
  }

  storeFailed(error: VeilleError): void {
    this.storeFailure ??= error.code;
  }

  failed(error: VeilleError): void {
    this.codes.set(error.code, (this.codes.get(error.code) ?? 0) + 1);
  }

  summary(): string {
    const failed = [...this.codes.values()].reduce((a, b) => a + b, 0);
    const codes = [...this.codes].map(([c, n]) => (n === 1 ? c : `${c} ×${n}`)).join(', ');
    const parts = [`${this.ok} done`, `${failed} failed${codes === '' ? '' : ` (${codes})`}`];
    if (this.fromCache > 0) parts.push(`${this.fromCache} from cache`);
    parts.push(`tokens ${count(this.tokensIn)} in / ${count(this.tokensOut)} out`);
    const cost = costOf(this.prices, this.model, { input: this.tokensIn, output: this.tokensOut });
    if (cost !== null) parts.push(`cost ${formatCost(cost)}`);
    parts.push(formatSeconds((Date.now() - this.started) / 1000));
    const note = this.storeFailure === null ? '' : ` (nothing stored: ${this.storeFailure})`;
    return parts.join(', ') + note;
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
