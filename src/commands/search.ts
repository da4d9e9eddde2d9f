import { Command, InvalidArgumentError, Option } from 'commander';
import type { RunContext } from '../context.js';
import { formatHits, marksFor, SEARCH_FORMATS, type SearchFormat } from '../search/format.js';
import type { SearchOptions } from '../store/index.js';
import { terminalLine } from '../terminal.js';
import { STANCES, type Stance } from '../types.js';
import { parseSince } from '../util/since.js';

interface SearchFlags {
  since?: string;
  until?: string;
  claimant?: string;
  entity?: string;
  stance?: Stance;
  tag?: string[];
  raw?: boolean;
  kind?: 'article' | 'claim';
  limit: number;
  db?: string;
  format: SearchFormat;
}

/** `veille search`: ranked full-text search of the stored articles, summaries and claims. */
export function searchCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('search')
    .description('search the stored articles, summaries and claims (accents and case folded)')
    .argument('[words...]', 'words that must all appear (quotes and operators are words)')
    .option('--since <when>', 'only what is dated from then on: 24h, 7d, today, or an ISO date')
    .option('--until <when>', 'only what is dated before then, same forms as --since')
    .option('--claimant <name>', 'only claims whose claimant contains these words')
    .option('--entity <name>', 'only articles and claims involving an entity of this name')
    .addOption(new Option('--stance <stance>', 'only claims of this stance').choices(STANCES))
    .option(
      '--tag <tag>',
      'only what was found through sources with this tag (repeatable)',
      collect,
    )
    .addOption(
      new Option('--kind <kind>', 'only articles or only claims').choices(['article', 'claim']),
    )
    .option('--raw', 'read the words as an SQLite FTS5 query (AND, OR, NOT, NEAR, "…", prefix*)')
    .option('-n, --limit <n>', 'most results shown', positiveInteger, 20)
    .option('--db <path>', 'database file [$XDG_DATA_HOME/veille/veille.db]')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(SEARCH_FORMATS).default('text'),
    );
  return command.action(async (words: string[], flags: SearchFlags) => {
    setExit(await runSearch(ctx, words.join(' '), flags));
  });
}

async function runSearch(ctx: RunContext, query: string, flags: SearchFlags): Promise<number> {
  const options = searchOptions(query, flags, new Date());
  // The store (better-sqlite3) loads when the command runs, not at start-up.
  const { openExistingStore } = await import('./store-run.js');
  const store = openExistingStore(ctx, flags.db);
  try {
    const hits = store.search(options);
    if (hits.length === 0) {
      ctx.stderr.write(`no match${describe(query, flags)} in ${terminalLine(store.path)}\n`);
      return 0;
    }
    ctx.stdout.write(formatHits(hits, flags.format, marksFor(ctx.stdout, ctx.env)));
    return 0;
  } finally {
    store.close();
  }
}

function searchOptions(query: string, flags: SearchFlags, now: Date): SearchOptions {
  const { claimant, entity, stance, raw, kind, tag } = flags;
  return {
    query,
    limit: flags.limit,
    ...(flags.since === undefined ? {} : { since: parseSince(flags.since, { now }) }),
    ...(flags.until === undefined
      ? {}
      : { until: parseSince(flags.until, { now, flag: '--until' }) }),
    ...(claimant === undefined ? {} : { claimant }),
    ...(entity === undefined ? {} : { entity }),
    ...(stance === undefined ? {} : { stance }),
    ...(tag === undefined ? {} : { tags: tag }),
    ...(kind === undefined ? {} : { kind }),
    ...(raw === true ? { raw } : {}),
  };
}

/** ` for 'words' (claimant …)`: what was searched, for the no-match line. */
function describe(query: string, flags: SearchFlags): string {
  const filters = (['kind', 'claimant', 'entity', 'stance', 'tag', 'since', 'until'] as const)
    .filter((f) => flags[f] !== undefined)
    .map((f) => `${f} ${flags[f]}`);
  const words = query.trim() === '' ? '' : ` for '${query.trim()}'`;
  return terminalLine(words + (filters.length > 0 ? ` (${filters.join(', ')})` : ''));
}

/** Collects a repeatable option (`--tag a --tag b`). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
