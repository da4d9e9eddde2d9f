import { Command, InvalidArgumentError, Option } from 'commander';
import { CLAIM_FORMATS, type ClaimFormat } from '../claims/format.js';
import type { ClaimFilters } from '../claims/filter.js';
import type { RunContext } from '../context.js';
import { VeilleError, formatErrorLine } from '../errors.js';
import { STANCES } from '../types.js';
import { periodFrom } from '../util/since.js';
import { formatOption, isTerminal } from '../render/formats.js';
import { addLogOptions, type LogFlags } from './inputs.js';

interface ClaimsFlags extends ClaimFilters, LogFlags {
  since: string;
  until?: string;
  tz?: string;
  db?: string;
  format: ClaimFormat;
  post?: string;
  batchSize?: number;
}

/** `veille claims`: the claims stored for a period, printed or POSTed to a tracker. */
export function claimsCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('claims')
    .description('print the claims stored for a period, or post the unsent ones to a tracker')
    .option('--since <when>', 'start of the period: 24h, 7d, today, or an ISO date', '24h')
    .option('--until <when>', 'end of the period, same forms as --since; a day is included [now]')
    .option('--tz <zone>', 'time zone of today, yesterday and dates [system zone]')
    .option('--db <path>', 'database file [$XDG_DATA_HOME/veille/veille.db]')
    .addOption(
      formatOption(
        CLAIM_FORMATS,
        'json is one document; schema-claim is schema.org Claim JSON-LD (alias claimreview) [jsonl]',
      ).default('jsonl'),
    )
    .option(
      '--post <url>',
      'POST the claims this tracker has not received yet (JSON batches) instead of printing',
    )
    .option('--batch-size <n>', 'claims per request with --post (default 50)', positiveInteger)
    .option('--claimant <name>', 'only claims whose claimant contains these words')
    .option('--entity <name>', 'only claims involving an entity of this name')
    .addOption(new Option('--stance <stance>', 'only claims of this stance').choices(STANCES))
    .option('--proposition <id>', 'only the claims of this proposition (or of this claim’s)')
    .option('--tag <tag>', 'only claims found through sources with this tag (repeatable)', collect);
  addLogOptions(command);
  return command.action(async (flags: ClaimsFlags) => {
    setExit(await runClaims(ctx, flags));
  });
}

async function runClaims(ctx: RunContext, flags: ClaimsFlags): Promise<number> {
  const { since, until } = periodFrom(flags, new Date());
  if (flags.post !== undefined && !/^https?:\/\/[^/]/i.test(flags.post)) {
    throw new VeilleError('USAGE', `--post: expected an http(s) URL, got '${flags.post}'`, {
      stage: 'config',
    });
  }
  // Heavy modules load when the command runs, not at start-up (tests/startup-imports.test.ts).
  const { openExistingStore } = await import('./store-run.js');
  const { claimFeed, formatClaims, postClaims } = await import('../claims/index.js');
  const { filterClaims } = await import('../claims/filter.js');
  const { postHeadersFrom } = await import('../claims/headers.js');
  // Read (and checked) before the store is opened, so a bad header setting changes nothing.
  const headers = flags.post === undefined ? {} : postHeadersFrom(ctx);
  const store = openExistingStore(ctx, flags.db, { write: flags.post !== undefined });
  try {
    if (flags.post === undefined) {
      const records = filterClaims(claimFeed(store, since, { until }), store, flags);
      ctx.stdout.write(formatClaims(records, flags.format, { pretty: isTerminal(ctx.stdout) }));
      return 0;
    }
    const url = flags.post;
    const records = filterClaims(claimFeed(store, since, { until, unpostedTo: url }), store, flags);
    const result = await postClaims(records, {
      url,
      store,
      headers,
      ...(flags.batchSize === undefined ? {} : { batchSize: flags.batchSize }),
      ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
    });
    if (result.error !== null) ctx.stderr.write(`${formatErrorLine(result.error)}\n`);
    const left = result.remaining.length;
    if (!flags.quiet || left > 0)
      ctx.stderr.write(
        `posted ${result.posted.length} claim(s) to ${url}; ${left} remaining` +
          (left > 0 ? ' (sent again on the next run)\n' : '\n'),
      );
    return left > 0 ? 1 : 0;
  } finally {
    store.close();
  }
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
