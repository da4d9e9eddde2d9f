import path from 'node:path';
import { Command } from 'commander';
import type { Briefing } from '../brief/index.js';
import { countOf, datedTitle, formatTime } from '../brief/text.js';
import type { RunContext } from '../context.js';
import type { SmtpSettings } from '../deliver/index.js';
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
  mailTo: string[];
  webhook?: string;
  tz?: string;
  force?: boolean;
}

/** Where the briefing goes besides stdout/--out, checked before any work. */
interface Delivery {
  mailTo: string[];
  smtp: SmtpSettings | null;
  webhook: string | null;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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
    .option(
      '--mail-to <address>',
      'mail the briefing (HTML + text) via SMTP; repeatable',
      collect,
      [],
    )
    .option('--webhook <url>', 'POST the briefing as JSON to this URL')
    .option('--force', 'overwrite the --out file if it exists (else it is kept: name-2.ext)');
  addLogOptions(command);

  return command.action(async (flags: BriefFlags) => {
    setExit(await runBrief(ctx, flags));
  });
}

async function deliveryOf(ctx: RunContext, flags: BriefFlags): Promise<Delivery> {
  const { checkWebhookUrl, parseRecipients, resolveSmtpSettings } =
    await import('../deliver/index.js');
  const mailTo = parseRecipients(flags.mailTo);
  if (flags.webhook !== undefined) checkWebhookUrl(flags.webhook);
  const smtp = mailTo.length === 0 ? null : resolveSmtpSettings({ env: ctx.env, cwd: ctx.cwd });
  return { mailTo, smtp, webhook: flags.webhook ?? null };
}

async function runBrief(ctx: RunContext, flags: BriefFlags): Promise<number> {
  const now = new Date();
  const { since, until, timeZone } = periodFrom(flags, now);
  const delivery = await deliveryOf(ctx, flags);
  // Heavy modules load when the command runs, not at start-up (tests/startup-imports.test.ts).
  const { openExistingStore } = await import('./store-run.js');
  const { buildBriefing, renderBriefingHtml, renderBriefingMarkdown } =
    await import('../brief/index.js');
  const store = openExistingStore(ctx, flags.db);
  let briefing: Briefing;
  let newest: string | null = null;
  try {
    const stored = store.analysesSince(since, { until, orFetched: true });
    briefing = buildBriefing(stored, {
      since,
      until,
      timeZone,
      ...(flags.title === undefined ? {} : { title: flags.title }),
      failingSources: store.sources.failing(),
    });
    if (briefing.sources.length + briefing.forums.length === 0) newest = store.newestFetch();
  } finally {
    store.close();
  }
  if (briefing.sources.length + briefing.forums.length === 0 && !flags.quiet) {
    ctx.stderr.write(`${emptyPeriodLine(store.path, newest, now, timeZone)}\n`);
  }
  const rendered =
    flags.format === 'html' ? renderBriefingHtml(briefing) : renderBriefingMarkdown(briefing);
  const delivering = delivery.mailTo.length > 0 || delivery.webhook !== null;
  if (flags.out !== undefined) {
    const file = await writeOutFile(path.resolve(ctx.cwd, flags.out), rendered, {
      force: Boolean(flags.force),
    });
    if (!flags.quiet) ctx.stderr.write(`wrote ${file}\n`);
  } else if (!delivering) ctx.stdout.write(rendered);
  await deliver(ctx, briefing, delivery);
  return 0;
}

/** Mails and posts the briefing; stderr says where it went (never a secret). */
async function deliver(ctx: RunContext, b: Briefing, d: Delivery): Promise<void> {
  if (d.smtp === null && d.webhook === null) return;
  const { renderBriefingHtml, renderBriefingMarkdown } = await import('../brief/index.js');
  const { displayWebhook, postWebhook, sendBriefingMail } = await import('../deliver/index.js');
  const what = `the briefing (${countOf(b.stories.length, 'story', 'stories')})`;
  const markdown = renderBriefingMarkdown(b);
  const html = renderBriefingHtml(b);
  const title = datedTitle(b.title, b.until, b.timeZone);
  if (d.smtp !== null) {
    await sendBriefingMail({ to: d.mailTo, subject: title, html, text: markdown }, d.smtp);
    ctx.stderr.write(`sent ${what} to ${d.mailTo.join(', ')}\n`);
  }
  if (d.webhook !== null) {
    const payload = {
      title,
      since: b.since,
      until: b.until,
      stories: b.stories.length,
      articles: b.sources.length,
      markdown,
      html,
      briefing: b,
    };
    await postWebhook(payload, { url: d.webhook, ...(ctx.fetch ? { fetch: ctx.fetch } : {}) });
    ctx.stderr.write(`posted ${what} to ${displayWebhook(d.webhook)}\n`);
  }
}

/** Why the briefing is empty and what to try: the period that would reach the newest article. */
function emptyPeriodLine(db: string, newest: string | null, now: Date, timeZone: string): string {
  const head = `no analysed articles stored or published in this period in ${db}`;
  if (newest === null) return `${head}; run veille summarize first`;
  const days = Math.max(1, Math.ceil((now.getTime() - Date.parse(newest)) / 86_400_000));
  return `${head}; the newest was stored on ${formatTime(newest, timeZone)}, try --since ${days}d`;
}
