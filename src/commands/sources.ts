import { Command, Option } from 'commander';
import type { RunContext } from '../context.js';

/** Formats of `sources list`. */
export const SOURCE_LIST_FORMATS = ['text', 'json'] as const;
export type SourceListFormat = (typeof SOURCE_LIST_FORMATS)[number];

export interface SourcesFlags {
  db?: string;
  name?: string;
  tag: string[];
  format?: SourceListFormat;
  out?: string;
}

/** Collects a repeatable option (`--tag a --tag b`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const DB_HELP = 'database file [$XDG_DATA_HOME/veille/veille.db]';

/** `veille sources add|list|remove|import|export`: the feeds and pages `veille run` follows. */
export function sourcesCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('sources').description(
    'the feeds and pages `veille run` follows: add, list, remove, import/export OPML',
  );
  // The store and OPML code load when a subcommand runs, not at start-up.
  const act =
    (name: 'add' | 'list' | 'remove' | 'import' | 'export') =>
    async (...args: unknown[]): Promise<void> => {
      const { runSources } = await import('./sources-run.js');
      const flags = args.find((a): a is SourcesFlags => typeof a === 'object' && a !== null);
      const target = typeof args[0] === 'string' ? args[0] : undefined;
      setExit(await runSources(ctx, name, target, flags ?? { tag: [] }));
    };
  command
    .command('add')
    .description('follow a feed or a page')
    .argument('<url>', 'http(s) URL of an RSS/Atom feed or of a page')
    .option('--name <name>', 'display name')
    .option('--tag <tag>', 'tag the source (repeatable)', collect, [])
    .option('--db <path>', DB_HELP)
    .action(act('add'));
  command
    .command('list')
    .description('every source with its health: articles of the last 7 days, last error')
    .option('--tag <tag>', 'only sources with this tag (repeatable: any of them)', collect, [])
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(SOURCE_LIST_FORMATS)
        .default('text'),
    )
    .option('--db <path>', DB_HELP)
    .action(act('list'));
  command
    .command('remove')
    .description('stop following a source')
    .argument('<url-or-id>', 'the URL or the number `sources list` shows')
    .option('--db <path>', DB_HELP)
    .action(act('remove'));
  command
    .command('import')
    .description('follow every feed of an OPML file (feed readers export one); idempotent')
    .argument('<file>', 'OPML file')
    .option('--tag <tag>', 'also tag every imported source (repeatable)', collect, [])
    .option('--db <path>', DB_HELP)
    .action(act('import'));
  command
    .command('export')
    .description('write the sources as OPML 2.0')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--db <path>', DB_HELP)
    .action(act('export'));
  return command;
}
