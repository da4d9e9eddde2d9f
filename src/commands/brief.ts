import path from 'node:path';
import { Command, Option } from 'commander';
import { buildBriefing, renderBriefingHtml, renderBriefingMarkdown } from '../brief/index.js';
import { formatTime } from '../brief/text.js';
import type { RunContext } from '../context.js';
import { VeilleError } from '../errors.js';
import { periodFrom } from '../util/since.js';
import { writeFileAtomic } from '../render/out.js';
import { openExistingStore } from './store-run.js';

export const BRIEF_FORMATS = ['markdown', 'html'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];
/** Time zone of the briefing's dates (BriefOptions.timeZone's default). */
const BRIEF_TIME_ZONE = 'Europe/Paris';

interface BriefFlags {
  since: string;
  until?: string;
  db?: string;
  format: BriefFormat;
  out?: string;
  title?: string;
}

/** `veille brief`: the morning briefing of the stored analyses of a period. */
export function briefCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('brief')
    .description('write the briefing of the analyses stored for a period (Markdown or HTML)')
    .option('--since <when>', 'start of the period: 24h, 7d, today, or an ISO date', '24h')
    .option('--until <when>', 'end of the period, same forms as --since [now]')
    .option('--db <path>', 'database file [$XDG_DATA_HOME/veille/veille.db]')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(BRIEF_FORMATS)
        .default('markdown'),
    )
    .option('-o, --out <file>', 'write the briefing to this file instead of stdout')
    .option('--title <title>', 'title of the briefing [Morning briefing]');
  return command.action(async (flags: BriefFlags) => {
    setExit(await runBrief(ctx, flags));
  });
}

async function runBrief(ctx: RunContext, flags: BriefFlags): Promise<number> {
  const now = new Date();
  const { since, until } = periodFrom(flags, now);
  const store = openExistingStore(ctx, flags.db);
  let rendered: string;
  let articles: number;
  let newest: string | null = null;
  try {
    const stored = store.analysesSince(since, { until, orFetched: true });
    const briefing = buildBriefing(stored, {
      since,
      until,
      ...(flags.title === undefined ? {} : { title: flags.title }),
    });
    articles = briefing.sources.length + briefing.forums.length;
    if (articles === 0) newest = store.newestFetch();
    rendered =
      flags.format === 'html' ? renderBriefingHtml(briefing) : renderBriefingMarkdown(briefing);
  } finally {
    store.close();
  }
  if (articles === 0) ctx.stderr.write(`${emptyPeriodLine(store.path, newest, now)}\n`);
  if (flags.out === undefined) {
    ctx.stdout.write(rendered);
    return 0;
  }
  const file = path.resolve(ctx.cwd, flags.out);
  await writeOutput(file, rendered);
  ctx.stderr.write(`wrote ${file}\n`);
  return 0;
}

async function writeOutput(file: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(file, content);
  } catch (cause) {
    const why = (cause as { code?: unknown } | null)?.code;
    throw new VeilleError(
      'WRITE_FAILED',
      `cannot write the briefing (${typeof why === 'string' ? why : String(cause)})`,
      { stage: 'render', input: file, cause },
    );
  }
}

/** Why the briefing is empty and what to try: the period that would reach the newest article. */
function emptyPeriodLine(db: string, newest: string | null, now: Date): string {
  const head = `no analysed articles stored or published in this period in ${db}`;
  if (newest === null) return `${head}; run veille summarize first`;
  const days = Math.max(1, Math.ceil((now.getTime() - Date.parse(newest)) / 86_400_000));
  return `${head}; the newest was stored on ${formatTime(newest, BRIEF_TIME_ZONE)}, try --since ${days}d`;
}
