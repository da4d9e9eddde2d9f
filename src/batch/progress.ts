/**
 * What a batch run says while it runs and when it ends: one line per article
 * (`ok <source> · N claims · 2 unverified quotes · cached`; none with --quiet), a single
 * updating line under them on a terminal (done/failed/total so far, ETA, tokens; kept with
 * --quiet), and one summary line at the end.
 */
import type { VeilleError } from '../errors.js';
import type { Reporter } from '../report.js';
import { plural, resultLine, warningCounts } from '../report-counts.js';
import type { Analysis, Warning } from '../types.js';
import { formatSeconds } from './duration.js';
import { costOf, formatCost, type PriceTable } from './prices.js';

export interface ProgressOptions {
  reporter: Reporter;
  /** Model the tokens are priced with; null for the rules engine. */
  model: string | null;
  prices: PriceTable;
  /** Milliseconds clock [Date.now]. */
  now?: () => number;
}

/** How one article ended. */
export type Outcome = 'cached' | 'model' | 'rules';

/** What an article's line says besides its analysis. */
export interface SucceededDetails {
  /** Every warning of the article (extract and analysis), counted on its line. */
  warnings: readonly Warning[];
  /** The file written with `--out`. */
  file?: string | undefined;
}

export class BatchProgress {
  /** Inputs seen so far (articles and failed inputs). */
  total = 0;
  done = 0;
  failed = 0;
  cached = 0;
  /** Pages answered from the store's fetch cache. */
  fresh = 0;
  tokensIn = 0;
  tokensOut = 0;
  /** True once the input stream is exhausted, so `total` is final. */
  complete = false;
  /** The loader's count of inputs to come (`Plan`), and whether it is final. */
  private planned = { inputs: 0, settled: false };
  readonly errorCodes = new Map<string, number>();
  private readonly started: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** Starts redrawing the status line every second (ETA moves even when nothing finishes). */
  start(): void {
    if (!this.options.reporter.isTTY) return;
    this.timer = setInterval(() => this.draw(), 1_000);
    this.timer.unref();
    this.draw();
  }

  /** The loader's count of inputs changed: a folder's files are counted before they are read. */
  plan(plan: { inputs: number; settled: boolean }): void {
    this.planned = plan;
    this.draw();
  }

  /** An input entered the batch. */
  seen(): void {
    this.total += 1;
    this.draw();
  }

  succeeded(analysis: Analysis, outcome: Outcome, details: SucceededDetails): void {
    this.done += 1;
    if (outcome === 'cached') this.cached += 1;
    else if (analysis.usage) {
      this.tokensIn += analysis.usage.promptTokens;
      this.tokensOut += analysis.usage.completionTokens;
    }
    const parts = [plural(analysis.claims.length, 'claim'), ...warningCounts(details.warnings)];
    if (outcome === 'cached') parts.push('cached');
    if (details.file !== undefined) parts.push(`→ ${details.file}`);
    this.options.reporter.info(resultLine('ok', analysis.source, parts));
    this.draw();
  }

  /** Counts a failure already printed by the reporter, and the tokens its calls still cost. */
  failure(error: VeilleError): void {
    this.failed += 1;
    const usage = usageOf(error);
    this.tokensIn += usage.promptTokens;
    this.tokensOut += usage.completionTokens;
    this.errorCodes.set(error.code, (this.errorCodes.get(error.code) ?? 0) + 1);
    this.draw();
  }

  /** Clears the status line and stops its timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.options.reporter.status(null);
  }

  cost(): number | null {
    return costOf(this.options.prices, this.options.model, {
      input: this.tokensIn,
      output: this.tokensOut,
    });
  }

  /** `12 done, 1 failed (LLM_TIMEOUT), 4 from cache, 2 pages reused, tokens 9,120 in / 1,204 out, cost $0.0021, 3.2s` */
  summary(): string {
    const codes = [...this.errorCodes]
      .map(([code, n]) => (n === 1 ? code : `${code} ×${n}`))
      .join(', ');
    const parts = [
      `${this.done} done`,
      `${this.failed} failed${codes === '' ? '' : ` (${codes})`}`,
      `${this.cached} from cache`,
    ];
    if (this.fresh > 0) parts.push(`${this.fresh} page${this.fresh === 1 ? '' : 's'} reused`);
    parts.push(`tokens ${fmt(this.tokensIn)} in / ${fmt(this.tokensOut)} out`);
    const cost = this.cost();
    if (cost !== null) parts.push(`cost ${formatCost(cost)}`);
    parts.push(formatSeconds((this.now() - this.started) / 1000));
    return parts.join(', ');
  }

  /**
   * `██████░░░░░░░░░░░░░░ 12/40 · 1 failed · ETA 1m 05s · 10,324 tokens` (`40+` while inputs
   * are still coming; the bar is then against the inputs seen so far).
   */
  line(): string {
    const finished = this.done + this.failed;
    // The loader's plan, when it knows more than what has entered the batch so far.
    const known = Math.max(this.total, this.planned.inputs);
    const final = this.complete || (this.planned.settled && this.planned.inputs >= this.total);
    const parts = [`${bar(finished, known)} ${finished}/${known}${final ? '' : '+'}`];
    if (this.failed > 0) parts.push(`${this.failed} failed`);
    const elapsed = (this.now() - this.started) / 1000;
    const left = known - finished;
    if (finished > 0 && left > 0) {
      parts.push(`ETA ${final ? '' : '≥'}${formatSeconds((elapsed / finished) * left)}`);
    }
    parts.push(`${fmt(this.tokensIn + this.tokensOut)} tokens`);
    const cost = this.cost();
    if (cost !== null) parts.push(formatCost(cost));
    return parts.join(' · ');
  }

  private draw(): void {
    if (this.options.reporter.isTTY) this.options.reporter.status(this.line());
  }
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Width of the progress bar, in characters. */
const BAR_WIDTH = 20;

/** `██████░░░░░░░░░░░░░░` for 3 of 10. */
function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(BAR_WIDTH, Math.floor((done / total) * BAR_WIDTH)) : 0;
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

/** Tokens spent on a failed analysis (`details.usage`, set by `analyseArticle`); 0 when none. */
function usageOf(error: VeilleError): { promptTokens: number; completionTokens: number } {
  const usage = error.details?.['usage'] as { promptTokens?: unknown; completionTokens?: unknown };
  const count = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
  return {
    promptTokens: count(usage?.promptTokens),
    completionTokens: count(usage?.completionTokens),
  };
}
