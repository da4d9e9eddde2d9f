import path from 'node:path';
import { Command } from 'commander';
import type { RunContext } from '../context.js';
import { periodFrom } from '../util/since.js';
import { writeOutFile } from '../render/out.js';
import { formatOption } from '../render/formats.js';
import { addLogOptions, type LogFlags } from './inputs.js';

export const BRIEF_FORMATS = ['markdown', 'html'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

interface BriefFlags extends LogFlags {
  since: string;
  until?: string;
  db?: string;
  format: BriefFormat;
  out?: string;
  title?: string;
  tz?: string;
  force?: boolean;
}

/** `veille brief`: the morning briefing of the stored analyses of a period. */
export function briefCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('brief')
    .description('write the briefing of the analyses stored for a period (Markdown or HTML)')
    .option('--since <when>', 'start of the period: 24h, 7d, today, or an ISO date', '24h')
    .option('--until <when>', 'end of the period, same forms as --since; a day is included [now]')
    .option('--tz <zone>', 'time zone of today, yesterday, dates and the times shown [system zone]')
    .option('--db <path>', 'database file [$XDG_DATA_HOME/veille/veille.db]')
    .addOption(formatOption(BRIEF_FORMATS, 'md = markdown [markdown]').default('markdown'))
    .option('-o, --out <file>', 'write the briefing to this file instead of stdout')
    .option('--title <title>', 'title of the briefing [Morning briefing]')
    .option('--force', 'overwrite the --out file if it exists (else it is kept: name-2.ext)');
  addLogOptions(command);
  return command.action(async (flags: BriefFlags) => {
    setExit(await runBrief(ctx, flags));
  });
}

async function runBrief(ctx: RunContext, flags: BriefFlags): Promise<number> {
  const now = new Date();
  const { since, until, timeZone } = periodFrom(flags, now);
  // Heavy modules load when the command runs, not at start-up (tests/startup-imports.test.ts).
  const { openExistingStore } = await import('./store-run.js');
  const { buildBriefing, renderBriefingHtml, renderBriefingMarkdown } =
    await import('../brief/index.js');
  const store = openExistingStore(ctx, flags.db);
  let rendered: string;
  let articles: number;
  try {
    const briefing = buildBriefing(store.analysesSince(since, { until }), {
      since,
      until,
      timeZone,
      ...(flags.title === undefined ? {} : { title: flags.title }),
    });
    articles = briefing.sources.length;
    rendered =
      flags.format === 'html' ? renderBriefingHtml(briefing) : renderBriefingMarkdown(briefing);
  } finally {
    store.close();
  }
  if (articles === 0 && !flags.quiet) {
    ctx.stderr.write(`no analysed articles dated in this period in ${store.path}\n`);
  }
  if (flags.out === undefined) {
    ctx.stdout.write(rendered);
    return 0;
  }
  const file = await writeOutFile(path.resolve(ctx.cwd, flags.out), rendered, {
    force: Boolean(flags.force),
  });
  if (!flags.quiet) ctx.stderr.write(`wrote ${file}\n`);
  return 0;
}
