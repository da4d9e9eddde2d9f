/**
 * The run of `veille run`, apart from its definition (run.ts). One cycle: every source fetched
 * conditionally (sources/check.ts); links the store already holds are linked to their source
 * and skipped; the rest go through the summarize batch (summarize-run.ts), each article linked
 * to the sources that listed it as soon as it is stored; one closing line.
 *
 * SIGINT/SIGTERM stop the cycle from taking more articles: the analyses in flight finish and are
 * stored, the closing line is printed, and the command exits 0.
 */
import type { LlmConfig } from '../analyse/index.js';
import { BatchStore, batchInputs, type BatchItem } from '../batch/index.js';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, toVeilleError } from '../errors.js';
import { extractDocument } from '../extract/index.js';
import type { HttpOptions } from '../fetch/http.js';
import { sleep } from '../fetch/retry.js';
import { Reporter } from '../report.js';
import { checkSources, type Checked } from '../sources/check.js';
import type { Source, Store } from '../store/index.js';
import type { FetchedDocument } from '../types.js';
import { inputOptionsFrom } from './inputs.js';
import type { RunFlags } from './run.js';
import { openRunStore } from './store-run.js';
import { engineConfig, summarizeItems } from './summarize-run.js';
import type { SummarizeFlags } from './summarize.js';

/** An article link that failed this many runs is left alone until it is stored otherwise [3]. */
export const MAX_LINK_ATTEMPTS = 3;

/** Signals that end `run` gracefully. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Runs `veille run` (once, or every `--every` until a signal); resolves to the exit code. */
export async function runSourcesLoop(ctx: RunContext, flags: RunFlags): Promise<number> {
  const reporter = reporterFor(ctx, flags);
  const config = await engineConfig(ctx, flags, reporter);
  if (config === 'usage') return EXIT.USAGE;
  const store = openRunStore(ctx, flags.db === undefined ? {} : { db: flags.db });
  if (store === null) return EXIT.USAGE; // never: run has no --no-store
  const stop = new AbortController();
  const onSignal = (): void => stop.abort(new Error('interrupted'));
  // Ctrl-C through the CLI's handler when there is one (it would otherwise end the process at
  // once, exit 130); SIGTERM, and SIGINT in-process, directly.
  const fromCli = ctx.onInterrupt?.(onSignal);
  const signals = fromCli === undefined ? STOP_SIGNALS : STOP_SIGNALS.filter((s) => s !== 'SIGINT');
  for (const signal of signals) process.on(signal, onSignal);
  try {
    for (;;) {
      const started = Date.now();
      const code = await cycleOrReport(ctx, { flags, config, store, signal: stop.signal });
      if (stop.signal.aborted) return EXIT.OK;
      if (flags.every === undefined) return code;
      const wait = Math.max(0, flags.every - (Date.now() - started));
      await sleep(wait, stop.signal).catch(() => undefined);
      if (stop.signal.aborted) return EXIT.OK;
    }
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
    fromCli?.();
    store.close();
  }
}

/**
 * One cycle. With `--every`, a cycle that fails as a whole (the database locked by a long
 * write elsewhere) is reported in one line and the next cycle still comes.
 */
async function cycleOrReport(ctx: RunContext, run: Cycle): Promise<number> {
  if (run.flags.every === undefined) return cycle(ctx, run);
  try {
    return await cycle(ctx, run);
  } catch (err) {
    reporterFor(ctx, run.flags).error(err, 'store');
    return EXIT.FAILED;
  }
}

function reporterFor(ctx: RunContext, flags: RunFlags): Reporter {
  return new Reporter(ctx.stderr, { verbose: Boolean(flags.verbose), quiet: Boolean(flags.quiet) });
}

interface Cycle {
  flags: RunFlags;
  config: LlmConfig | null;
  store: Store;
  signal: AbortSignal;
}

/** What the sources gave this cycle: new links (with the sources listing them) and pages. */
interface Found {
  /** Article URL → ids of the sources that listed it (a page source lists itself). */
  sourcesOf: Map<string, Set<number>>;
  /** The feed each new link was found in (the first one when several list it). */
  foundIn: Map<string, URL>;
  pages: FetchedDocument[];
  changed: number;
  unchanged: number;
  failed: number;
}

async function cycle(ctx: RunContext, run: Cycle): Promise<number> {
  const { flags, store, signal } = run;
  const reporter = reporterFor(ctx, flags);
  const sources = selected(store.sources.list(), flags.tag);
  if (sources.length === 0) {
    reporter.info(
      flags.tag.length === 0
        ? 'no sources: add some with `veille sources add URL` or `veille sources import FILE.opml`'
        : `no source is tagged ${flags.tag.join(' or ')}`,
    );
    return EXIT.OK;
  }
  const http = { ...inputOptionsFrom(ctx, flags).http, signal };
  const checked = await checkSources(sources, { http });
  const found = record(checked, { store, reporter, interrupted: signal.aborted });
  const results = new BatchStore({ store, report: (err) => reporter.error(err, 'store') });
  const links = [...found.sourcesOf.keys()].filter(
    (url) => !found.pages.some((p) => p.source === url),
  );
  const { foundIn } = found;
  const items = untilAborted(
    articles(found.pages, links, { ctx, flags, http, results, foundIn }),
    signal,
  );
  const onStored = linker(store, found.sourcesOf, reporter);
  const summary = await summarizeItems(ctx, {
    items,
    flags: batchFlags(flags),
    config: run.config,
    format: 'jsonl',
    sink: null,
    reporter,
    store,
    results,
    onStored,
  });
  settle(store, found.sourcesOf, reporter);
  const fresh = found.sourcesOf.size;
  reporter.info(
    `${sources.length} source${plural(sources.length)} (${found.changed} changed, ` +
      `${found.unchanged} unchanged, ${found.failed} failed), ${fresh} new article${plural(fresh)}` +
      `${signal.aborted ? ', interrupted' : ''}: ${summary}`,
  );
  return reporter.failed > 0 ? EXIT.FAILED : EXIT.OK;
}

const plural = (n: number): string => (n === 1 ? '' : 's');

/** Sources carrying any of `tags`; all of them without tags. */
function selected(sources: Source[], tags: string[]): Source[] {
  return tags.length === 0 ? sources : sources.filter((s) => s.tags.some((t) => tags.includes(t)));
}

/**
 * Keeps each source's health and validators, reports failures, links the articles the store
 * already holds, and gathers the rest. Fetches cut short by a signal are not failures.
 */
function record(
  checked: Checked[],
  { store, reporter, interrupted }: { store: Store; reporter: Reporter; interrupted: boolean },
): Found {
  const found: Found = {
    sourcesOf: new Map(),
    foundIn: new Map(),
    pages: [],
    changed: 0,
    unchanged: 0,
    failed: 0,
  };
  const add = (url: string, id: number): void => {
    const ids = found.sourcesOf.get(url) ?? new Set<number>();
    found.sourcesOf.set(url, ids.add(id));
  };
  for (const { source, result } of checked) {
    if (result.type === 'failed') {
      if (interrupted) continue;
      found.failed += 1;
      store.sources.recordFetch(source.id, { ok: false, error: result.error });
      reporter.error(result.error, 'fetch', source.url);
    } else if (result.type === 'unchanged') {
      found.unchanged += 1;
      store.sources.recordFetch(source.id, { ok: true, notModified: true });
    } else {
      found.changed += 1;
      store.sources.recordFetch(source.id, {
        ok: true,
        kind: result.type,
        validators: result.validators,
      });
      if (result.type === 'page') {
        found.pages.push(result.doc);
        add(source.url, source.id);
        continue;
      }
      for (const err of result.refused) reporter.error(err, 'input', err.input);
      for (const link of result.links) {
        if (store.sources.linkArticle(source.id, link)) continue; // the store has it already
        if (store.sources.failedRuns(link) >= MAX_LINK_ATTEMPTS) continue;
        add(link, source.id);
        if (!found.foundIn.has(link)) found.foundIn.set(link, result.from);
      }
    }
  }
  return found;
}

/** The changed pages (already fetched), then the new links through the batch's loader. */
async function* articles(
  pages: FetchedDocument[],
  links: string[],
  {
    ctx,
    flags,
    http,
    results,
    foundIn,
  }: {
    ctx: RunContext;
    flags: RunFlags;
    http: HttpOptions;
    results: BatchStore;
    foundIn: ReadonlyMap<string, URL>;
  },
): AsyncGenerator<BatchItem | VeilleError> {
  for (const doc of pages) {
    try {
      yield { extract: extractDocument(doc) };
    } catch (err) {
      yield toVeilleError(err, 'extract', doc.source);
    }
  }
  if (links.length === 0) return;
  // Every link was checked as http(s) (sources/check.ts); the store was asked already. Each is
  // still remote content's link: it may connect only into its feed's network.
  yield* batchInputs(
    links,
    { ...inputOptionsFrom(ctx, flags), http, foundIn },
    {
      store: results,
      maxAgeMs: 0,
      refresh: false,
    },
  );
}

/** Stops taking items once `signal` aborts, without waiting for the next one to arrive. */
async function* untilAborted<T>(items: AsyncGenerator<T>, signal: AbortSignal): AsyncGenerator<T> {
  const aborted = new Promise<null>((resolve) => {
    if (signal.aborted) resolve(null);
    else signal.addEventListener('abort', () => resolve(null), { once: true });
  });
  try {
    for (;;) {
      const next = await Promise.race([items.next(), aborted]);
      if (next === null || next.done === true) return;
      yield next.value;
    }
  } finally {
    void items.return(undefined); // not awaited: a pending fetch is being cancelled
  }
}

/** Links each stored article to the sources that listed it; a store failure is reported once. */
function linker(
  store: Store,
  sourcesOf: Map<string, Set<number>>,
  reporter: Reporter,
): (item: { source: string }) => void {
  let failed = false;
  return (item) => {
    if (failed) return;
    try {
      for (const id of sourcesOf.get(item.source) ?? []) store.sources.linkArticle(id, item.source);
    } catch (err) {
      failed = true;
      reporter.error(err, 'store', item.source);
    }
  };
}

/**
 * A 304 hides a feed's links, so a source keeps its validators only when every new link it
 * listed is now stored or given up on (MAX_LINK_ATTEMPTS): a link that failed, or that an
 * interrupted cycle never reached, is tried again next run through a full fetch of its feed.
 */
function settle(store: Store, sourcesOf: Map<string, Set<number>>, reporter: Reporter): void {
  try {
    for (const [link, ids] of sourcesOf) {
      for (const id of ids) {
        if (store.sources.linkArticle(id, link)) continue;
        if (store.sources.failedRuns(link) >= MAX_LINK_ATTEMPTS) continue;
        store.sources.forgetValidators(id);
      }
    }
  } catch (err) {
    reporter.error(err, 'store');
  }
}

/** The summarize flags the batch reads, from `run`'s. */
function batchFlags(flags: RunFlags): SummarizeFlags {
  return {
    format: 'json',
    length: flags.length,
    concurrency: flags.concurrency,
    maxAge: 0,
    // Nothing is printed, so no order to keep: the pool stays small, and a signal leaves only
    // the few articles already taken to finish.
    order: 'completion',
    ...(flags.engine === undefined ? {} : { engine: flags.engine }),
    ...(flags.strict === undefined ? {} : { strict: flags.strict }),
    ...(flags.verbose === undefined ? {} : { verbose: flags.verbose }),
    ...(flags.quiet === undefined ? {} : { quiet: flags.quiet }),
  };
}
