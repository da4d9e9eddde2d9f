import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VeilleError, toVeilleError, type Stage } from '../errors.js';
import { HTTP_DEFAULTS, fetchUrl, type HttpOptions } from '../fetch/http.js';
import { createLimiter, type Limiter } from '../fetch/limiter.js';
import { MAX_FEED_LINKS } from '../limits.js';
import type { FetchedDocument, StoredPage } from '../types.js';
import { FanIn, type TaskScope } from './fan-in.js';
import { isFeedDocument } from './feed-detect.js';
import { checkLink, targetOf, type LinkScope, type Target } from './links.js';
import { readInputList } from './list.js';
import {
  DOCUMENT_EXTENSIONS,
  fsError,
  isDocumentName,
  listFolder,
  pathKind,
  readLocalFile,
  readStdin,
  type FolderListing,
} from './local.js';

export interface LoadOptions {
  /** `--from FILE`: one URL or path a line, `#` comments allowed [none]. */
  from?: string | undefined;
  /** Stream read for the `-` input [process.stdin]. */
  stdin?: NodeJS.ReadableStream;
  /** Base folder for relative paths [process.cwd()]. */
  cwd?: string;
  /** HTTP settings; `maxBytes` also caps local files and stdin [see HttpOptions]. */
  http?: HttpOptions;
  /** Simultaneous loads in all [8]. */
  globalLimit?: number;
  /** Simultaneous fetches per host [2]. */
  perHostLimit?: number;
  /**
   * Yield in input order (a folder's files and a feed's links where the folder or feed was
   * named), within a window of READ_AHEAD results; false yields as loads finish [true].
   */
  ordered?: boolean | undefined;
  /**
   * Asked before fetching any http(s) URL, including a feed's links and a `--from` list's
   * lines: a page returned here is yielded instead of fetching the URL again [none].
   */
  recall?: ((url: string) => StoredPage | null) | undefined;
  /** Told each time the count of inputs to expect changes (see `Plan`) [none]. */
  onPlan?: ((plan: Plan) => void) | undefined;
  /**
   * Inputs that are links found in fetched feeds (`veille run`), with the URL of that feed:
   * loaded as remote content's links are, into no other network than the feed's [none].
   */
  foundIn?: ReadonlyMap<string, URL> | undefined;
}

/**
 * How many inputs (articles or failed inputs) the run will yield, as far as known: `settled`
 * once nothing left to load can add more. Folders are listed and files named by a document
 * extension counted at once, so a folder's total is known long before its files are read;
 * a URL or stdin may be a feed, so the plan settles only once they are loaded.
 */
export interface Plan {
  inputs: number;
  settled: boolean;
}

/** What `loadInputs` yields: a loaded document, a recalled page, or an input's error. */
export type LoadedItem = FetchedDocument | StoredPage | VeilleError;

/**
 * Documents loaded but not yet taken by the consumer, at most. With the global limit this
 * bounds the pages held in memory when the consumer (extraction, then the LLM) is slower than
 * the network.
 */
export const READ_AHEAD = 8;

interface Run {
  queue: FanIn<LoadedItem>;
  limiter: Limiter;
  /** Dedup keys of inputs already dispatched: `url:` + URL without fragment, `path:` + abs path. */
  seen: Set<string>;
  http: HttpOptions;
  maxBytes: number;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  recall: LoadOptions['recall'];
  /** Inputs counted so far, and loads that may still add some (folders, lists, URLs, stdin). */
  plan: { inputs: number; open: number; tell: ((plan: Plan) => void) | undefined };
}

/** How an input got here: named by the user (feeds expanded) or found inside a feed. */
interface Origin {
  expandFeeds: boolean;
  /** Who wrote it, which bounds what it may load (see links.ts). */
  scope: LinkScope;
}

/** Inputs named on the command line. */
const USER_INPUT: Origin = { expandFeeds: true, scope: { type: 'user' } };

/**
 * Expands inputs (URLs, files, folders, `-`, feeds, --from lists) and loads each one, yielding
 * documents as they arrive and a VeilleError (with `input` set) for each input that failed.
 * A load holds its slot of the global limit until the consumer takes its document, so at most
 * `globalLimit` + READ_AHEAD documents are in memory however slow the consumer is.
 */
export function loadInputs(
  inputs: string[],
  options?: LoadOptions & { recall?: undefined },
): AsyncGenerator<FetchedDocument | VeilleError>;
export function loadInputs(inputs: string[], options: LoadOptions): AsyncGenerator<LoadedItem>;
export async function* loadInputs(
  inputs: string[],
  options: LoadOptions = {},
): AsyncGenerator<LoadedItem> {
  const abort = new AbortController();
  const userSignal = options.http?.signal;
  const run: Run = {
    queue: new FanIn<LoadedItem>({ capacity: READ_AHEAD, ordered: options.ordered ?? true }),
    limiter: createLimiter({ global: options.globalLimit, perKey: options.perHostLimit }),
    seen: new Set(),
    http: {
      ...options.http,
      signal: userSignal ? AbortSignal.any([userSignal, abort.signal]) : abort.signal,
    },
    maxBytes: options.http?.maxBytes ?? HTTP_DEFAULTS.maxBytes,
    cwd: options.cwd ?? process.cwd(),
    stdin: options.stdin ?? process.stdin,
    recall: options.recall,
    plan: { inputs: 0, open: 0, tell: undefined },
  };
  for (const input of inputs) {
    const from = options.foundIn?.get(input);
    const found: Origin = { expandFeeds: true, scope: { type: 'remote', from: from ?? null } };
    dispatch(run, input, from === undefined ? USER_INPUT : found);
  }
  const from = options.from;
  if (from !== undefined) {
    run.plan.open += 1; // settled once the list is read and its lines dispatched
    const origin: Origin = {
      expandFeeds: true,
      scope: { type: 'local', folder: path.dirname(from) },
    };
    run.queue.spawn(
      async (list) => {
        try {
          for (const input of await readInputList(from, run.maxBytes)) {
            dispatch(run, input, origin, list);
          }
        } finally {
          replan(run, { open: -1, inputs: 0 });
        }
      },
      (err) => toVeilleError(err, 'input', from),
    );
  }
  // Told from here on: the named inputs are all counted, so no early `settled` is seen.
  run.plan.tell = options.onPlan;
  replan(run, { inputs: 0, open: 0 });
  try {
    yield* run.queue.drain();
  } finally {
    abort.abort(); // the consumer stopped early: cancel what is still in flight
  }
}

function dedupKey(target: Target): string | null {
  if (target.type === 'stdin') return 'stdin';
  if (target.type === 'path') return `path:${target.file}`;
  if (target.type === 'url') return `url:${target.url.href.replace(/#.*$/, '')}`;
  return null;
}

/**
 * Starts loading one input unless it was already seen; its results go to the run's queue,
 * placed in the order where `parent` (the folder, feed or list that named it) is.
 */
function dispatch(
  run: Run,
  input: string,
  origin: Origin,
  parent: TaskScope<LoadedItem> = run.queue,
): void {
  const target = targetOf(input, run.cwd);
  const key = dedupKey(target);
  if (key !== null) {
    if (run.seen.has(key)) return;
    run.seen.add(key);
  }
  const stage: Stage = target.type === 'url' ? 'fetch' : 'input';
  // A file named with a document extension is one article; anything else may expand.
  const leaf = target.type === 'path' && isDocumentName(target.file);
  replan(run, leaf ? { inputs: 1, open: 0 } : { inputs: 0, open: 1 });
  parent.spawn(
    async (scope) => {
      const outcome: Outcome = { leaf, known: false };
      try {
        await load(run, { spelled: target, input, origin, scope, outcome });
      } finally {
        known(run, outcome, 'article'); // an error is one input too
      }
    },
    (err) => toVeilleError(err, stage, input),
  );
}

/** What a load turned out to be, for the plan: told once (`known`). */
interface Outcome {
  /** Counted as one article when dispatched. */
  leaf: boolean;
  known: boolean;
}

/** Updates the plan once a load knows it is one article, or an expansion (folder, feed). */
function known(run: Run, outcome: Outcome, as: 'article' | 'expansion'): void {
  if (outcome.known) return;
  outcome.known = true;
  if (outcome.leaf) {
    if (as === 'expansion') replan(run, { inputs: -1, open: 0 });
  } else replan(run, { inputs: as === 'article' ? 1 : 0, open: -1 });
}

function replan(run: Run, change: { inputs: number; open: number }): void {
  const { plan } = run;
  plan.inputs += change.inputs;
  plan.open += change.open;
  plan.tell?.({ inputs: plan.inputs, settled: plan.open === 0 });
}

/** One input to load: as spelled, where it came from, and its place in the results. */
interface Load {
  spelled: Target;
  input: string;
  origin: Origin;
  scope: TaskScope<LoadedItem>;
  outcome: Outcome;
}

async function load(run: Run, { spelled, input, origin, scope, outcome }: Load): Promise<void> {
  const target = await checkLink(spelled, input, origin.scope);
  switch (target.type) {
    case 'invalid':
      throw new VeilleError('USAGE', target.message, { stage: 'input', input });
    case 'stdin':
      return deliver(run, await readStdin(run.stdin, { maxBytes: run.maxBytes }), {
        origin,
        scope,
        outcome,
      });
    case 'url': {
      const recalled = run.recall?.(input) ?? null;
      if (recalled !== null) return scope.put(recalled);
      return run.limiter.run(target.url.host, async () =>
        deliver(run, await fetchUrl(input, httpOptions(run, origin)), { origin, scope, outcome }),
      );
    }
    case 'path':
      // The whole load in one slot, so with a limit of 1 files come in the order dispatched.
      return run.limiter.run(null, async () => {
        if ((await pathKind(target.file, input)) === 'folder') {
          // Files found in a folder named by a file:// URL are named by plain paths.
          const named = /^file:/i.test(input) ? target.file : input;
          return loadFolder(run, { folder: target.file, input: named }, { origin, scope, outcome });
        }
        const doc = await readLocalFile(target.file, { source: input, maxBytes: run.maxBytes });
        return deliver(run, doc, { origin, scope, outcome });
      });
  }
}

/** A link found in remote content connects only where that content may lead (connect-guard.ts). */
function httpOptions(run: Run, origin: Origin): HttpOptions {
  const { scope } = origin;
  return scope.type === 'remote' ? { ...run.http, foundIn: scope.from } : run.http;
}

/**
 * Dispatches the documents found in a folder, named as the user named the folder; they keep the
 * folder's origin, so a folder named by a feed cannot reach outside that feed's folder.
 */
async function loadFolder(
  run: Run,
  where: { folder: string; input: string },
  { origin, scope, outcome }: Place,
): Promise<void> {
  const { folder, input } = where;
  const named = (file: string): string => path.join(input, path.relative(folder, file));
  let listing: FolderListing;
  try {
    listing = await listFolder(folder);
  } catch (err) {
    throw fsError(err, input);
  }
  const { files, unreadable } = listing;
  // Each unreadable subfolder is one more input (its error).
  replan(run, { inputs: unreadable.length, open: 0 });
  for (const { folder: sub, cause } of unreadable) await scope.put(fsError(cause, named(sub)));
  if (files.length === 0 && unreadable.length === 0) {
    const extensions = Object.keys(DOCUMENT_EXTENSIONS).join(', ');
    throw new VeilleError('NOT_FOUND', `the folder holds no ${extensions} file`, {
      stage: 'input',
      input,
    });
  }
  for (const file of files) dispatch(run, named(file), origin, scope);
  known(run, outcome, 'expansion');
}

/**
 * Who wrote a feed's links: a local feed file may name pages beside it, a fetched feed (or one
 * piped on stdin, often straight from curl) only web pages.
 */
function feedScope(doc: FetchedDocument): LinkScope {
  if (doc.url === null) return { type: 'remote', from: null };
  if (!/^file:/i.test(doc.url)) return { type: 'remote', from: webUrl(doc.url) };
  return { type: 'local', folder: path.dirname(fileURLToPath(doc.url)) };
}

function tooManyLinks(count: number, input: string): VeilleError {
  const message = `the feed lists ${count} links; only the first ${MAX_FEED_LINKS} are read`;
  return new VeilleError('TOO_LARGE', message, { stage: 'input', input });
}

/** `url` parsed, or null when it is no URL (then links from it count as of unknown origin). */
function webUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Passes a document on, or expands it when it is a feed named by the user. */
/** Where a load's results go, and what it turned out to be. */
interface Place {
  origin: Origin;
  scope: TaskScope<LoadedItem>;
  outcome: Outcome;
}

async function deliver(
  run: Run,
  doc: FetchedDocument,
  { origin, scope, outcome }: Place,
): Promise<void> {
  if (!isFeedDocument(doc)) {
    known(run, outcome, 'article');
    return scope.put(doc);
  }
  if (!origin.expandFeeds) {
    throw new VeilleError('UNSUPPORTED_TYPE', 'a feed listed inside a feed is not expanded', {
      stage: 'input',
      input: doc.source,
    });
  }
  const { feedLinks } = await import('./feed.js'); // fast-xml-parser, for feeds only
  const links = feedLinks(doc);
  if (links.length === 0) {
    throw new VeilleError('EMPTY', 'the feed lists no article links', {
      stage: 'input',
      input: doc.source,
    });
  }
  const found: Origin = { expandFeeds: false, scope: feedScope(doc) };
  if (links.length > MAX_FEED_LINKS) {
    replan(run, { inputs: 1, open: 0 }); // the refusal is one more result
    await scope.put(tooManyLinks(links.length, doc.source));
  }
  for (const link of links.slice(0, MAX_FEED_LINKS)) dispatch(run, link, found, scope);
  known(run, outcome, 'expansion');
}
