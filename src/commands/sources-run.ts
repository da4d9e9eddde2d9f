/**
 * The subcommands of `veille sources`, apart from their definitions (sources.ts) so that the
 * store and the OPML parser load only when one runs. Results (the list, the OPML) go to stdout;
 * confirmations and errors to stderr.
 */
import path from 'node:path';
import type { RunContext } from '../context.js';
import { EXIT, VeilleError, formatErrorLine } from '../errors.js';
import { decodeMarkup } from '../fetch/decode.js';
import { HTTP_DEFAULTS } from '../fetch/http.js';
import { readRegularFile, fsError } from '../inputs/local.js';
import { writeFileAtomic } from '../render/out.js';
import { readOpml, writeOpml } from '../sources/opml.js';
import { cleanTag, sourceUrl } from '../sources/url.js';
import { FAILING_AFTER_RUNS, type Source, type Store } from '../store/index.js';
import { redactSecrets } from '../secrets.js';
import { terminalLine } from '../terminal.js';
import { UsageError } from './inputs.js';
import type { SourcesFlags } from './sources.js';
import { openExistingStore, openRunStore } from './store-run.js';

type Subcommand = 'add' | 'list' | 'remove' | 'import' | 'export';

/** Runs one `sources` subcommand; resolves to the exit code. */
export async function runSources(
  ctx: RunContext,
  name: Subcommand,
  target: string | undefined,
  flags: SourcesFlags,
): Promise<number> {
  const reading = name === 'list' || name === 'export';
  const store = reading
    ? openExistingStore(ctx, flags.db)
    : openRunStore(ctx, flags.db === undefined ? {} : { db: flags.db });
  if (store === null) throw new UsageError('sources need a database');
  try {
    switch (name) {
      case 'add':
        return add(ctx, store, target ?? '', flags);
      case 'list':
        return list(ctx, store, flags);
      case 'remove':
        return remove(ctx, store, target ?? '');
      case 'import':
        return await importOpml(ctx, store, target ?? '', flags);
      case 'export':
        return await exportOpml(ctx, store, flags);
    }
  } finally {
    store.close();
  }
}

function tagsOf(flags: SourcesFlags): string[] {
  return flags.tag.map((raw) => {
    const tag = cleanTag(raw);
    if (tag === null)
      throw new UsageError(`invalid tag ${JSON.stringify(raw)}: empty, or with a comma`);
    return tag;
  });
}

function add(ctx: RunContext, store: Store, raw: string, flags: SourcesFlags): number {
  const url = sourceUrl(raw);
  const tags = tagsOf(flags);
  const { added } = store.sources.add([{ url, name: flags.name ?? null, tags }]);
  ctx.stderr.write(redactSecrets(`${added === 1 ? 'added' : 'updated'} source ${url}\n`));
  return EXIT.OK;
}

function remove(ctx: RunContext, store: Store, target: string): number {
  if (!store.sources.remove(target) && !store.sources.remove(normalised(target))) {
    ctx.stderr.write(
      `${formatErrorLine(new VeilleError('NOT_FOUND', 'no such source (see `veille sources list`)', { stage: 'input', input: target }))}\n`,
    );
    return EXIT.FAILED;
  }
  ctx.stderr.write(redactSecrets(`removed source ${terminalLine(target)}\n`));
  return EXIT.OK;
}

/** The URL as stored, so `remove https://Exemple.fr` finds `https://exemple.fr/`. */
function normalised(target: string): string {
  try {
    return sourceUrl(target);
  } catch {
    return target;
  }
}

function list(ctx: RunContext, store: Store, flags: SourcesFlags): number {
  const tags = tagsOf(flags);
  // Any of the tags, as `run --tag` selects sources.
  const sources = store.sources
    .list()
    .filter((s) => tags.length === 0 || s.tags.some((t) => tags.includes(t)));
  for (const source of sources) {
    ctx.stdout.write(
      `${flags.format === 'json' ? JSON.stringify(source) : describeSource(source)}\n`,
    );
  }
  if (sources.length === 0) {
    ctx.stderr.write('no sources: add one with `veille sources add URL` or import an OPML file\n');
  }
  return EXIT.OK;
}

/**
 * `#3 Le Monde Pixels https://…/rss.xml [tech, fr] · feed · 4 articles in 7 days · fetched
 * 2026-12-03 08:00Z · ok`; a source failing FAILING_AFTER_RUNS runs in a row says FAILING.
 */
export function describeSource(source: Source): string {
  const parts = [
    `#${source.id} ${source.name === null ? '' : `${source.name} `}${source.url}` +
      (source.tags.length === 0 ? '' : ` [${source.tags.join(', ')}]`),
    source.kind ?? 'not fetched yet',
    `${source.articlesLast7Days} article${source.articlesLast7Days === 1 ? '' : 's'} in 7 days`,
  ];
  if (source.lastFetchAt !== null) parts.push(`fetched ${shortTime(source.lastFetchAt)}`);
  if (source.failuresInARow === 0) {
    if (source.lastFetchAt !== null) parts.push('ok');
  } else {
    const runs = `${source.failuresInARow} run${source.failuresInARow === 1 ? '' : 's'} in a row`;
    const label = source.failuresInARow >= FAILING_AFTER_RUNS ? 'FAILING' : 'failed';
    parts.push(`${label} ${runs}: [${source.lastErrorCode ?? '?'}] ${source.lastError ?? ''}`);
  }
  // A private feed's token (`?token=…`) is for fetching, not for the screen; export keeps it.
  return redactSecrets(terminalLine(parts.join(' · ')));
}

/** `2026-12-03 08:00Z` */
function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z`;
}

async function importOpml(
  ctx: RunContext,
  store: Store,
  file: string,
  flags: SourcesFlags,
): Promise<number> {
  const extra = tagsOf(flags);
  const full = path.resolve(ctx.cwd, file);
  let body: Buffer;
  try {
    body = await readRegularFile(full, file, HTTP_DEFAULTS.maxBytes);
  } catch (err) {
    throw err instanceof VeilleError ? err : fsError(err, file);
  }
  const { sources, refused } = readOpml(decodeMarkup(body, null), file);
  for (const err of refused) ctx.stderr.write(`${formatErrorLine(err)}\n`);
  const { added, updated } = store.sources.add(
    sources.map((s) => ({ ...s, tags: [...new Set([...s.tags, ...extra])] })),
  );
  ctx.stderr.write(
    `imported ${sources.length} source${sources.length === 1 ? '' : 's'} from ${file}: ` +
      `${added} new, ${updated} already followed` +
      (refused.length > 0 ? `, ${refused.length} refused` : '') +
      '\n',
  );
  return refused.length > 0 ? EXIT.FAILED : EXIT.OK;
}

async function exportOpml(ctx: RunContext, store: Store, flags: SourcesFlags): Promise<number> {
  const xml = writeOpml(store.sources.list(), new Date());
  if (flags.out === undefined) {
    ctx.stdout.write(xml);
    return EXIT.OK;
  }
  const file = path.resolve(ctx.cwd, flags.out);
  try {
    await writeFileAtomic(file, xml);
  } catch (cause) {
    throw new VeilleError('WRITE_FAILED', 'cannot write the OPML file', {
      stage: 'render',
      input: file,
      cause,
    });
  }
  ctx.stderr.write(`wrote ${file}\n`);
  return EXIT.OK;
}
