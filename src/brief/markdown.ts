/**
 * Briefing → Markdown. Every text from articles and models is escaped (Markdown punctuation
 * backslashed, line breaks collapsed), and only http(s) URLs become links, so a title cannot
 * inject a link, an image or raw HTML into whatever renders the file.
 */
import type {
  BriefClaim,
  BriefProposition,
  BriefQuote,
  Briefing,
  LangText,
  Story,
} from './types.js';
import {
  clause,
  datedTitle,
  formatTime,
  oneLine,
  safeUrl,
  STANCE_VERB,
  untranslatedLabel,
} from './text.js';
import { periodLine, quotesOf, storyFacts, type ShownQuotes } from './view.js';
import { FAILING_HEADING, failingFacts } from './failing.js';

/**
 * Backslash-escapes what Markdown (CommonMark/GFM) could read as syntax: emphasis, code, links,
 * raw HTML, tables, strikethrough, entities anywhere; headings, quotes and list markers at the
 * start. Parentheses and `!` are harmless once `[` and `]` are escaped.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^([#>+-]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

function lang(t: LangText): string {
  const text = escapeMarkdown(t.text);
  return t.lang === 'en' ? text : `${text} *${untranslatedLabel(t.lang)}*`;
}

function link(label: string, url: string | null): string {
  const safe = safeUrl(url);
  return safe === null
    ? escapeMarkdown(label)
    : `[${escapeMarkdown(label)}](<${safe.replace(/[<>]/g, encodeURIComponent)}>)`;
}

/** `[Le Monde](<url>), Thu 4 Oct 2018, 18:02`: a source by its site name and time. */
function sourceRef(b: Briefing, n: number): string {
  const s = b.sources[n - 1];
  if (s === undefined) return '';
  return `${link(s.label, s.url)}, ${formatTime(s.publishedAt, b.timeZone)}`;
}

function claimLine(c: BriefClaim): string {
  const text = { ...c.text, text: clause(c.text.text) };
  return `**${escapeMarkdown(c.claimant)}** ${STANCE_VERB[c.stance]}: ${lang(text)}`;
}

/** English quote first, then the French words it translates, on the line below. */
function quoteLines(b: Briefing, q: BriefQuote): string[] {
  const french = `« ${escapeMarkdown(q.quote)} »`;
  if (q.quoteEn === null) return [`  - ${french} — ${sourceRef(b, q.source)}`];
  return [`  - “${escapeMarkdown(q.quoteEn)}” — ${sourceRef(b, q.source)}`, `    - ${french}`];
}

function folded(b: Briefing, c: BriefClaim, quotes: BriefQuote[]): string[] {
  if (quotes.length === 0) return [];
  const sites = [...new Set(quotes.map((q) => b.sources[q.source - 1]?.label ?? ''))];
  const noun = quotes.length === 1 ? 'quote' : 'quotes';
  return [
    `  - ${escapeMarkdown(c.claimant)}: and ${quotes.length} more ${noun} (${sites.map(escapeMarkdown).join(', ')})`,
  ];
}

/** One proposition: who asserts it and who denies it side by side, then their quotes. */
function proposition(
  b: Briefing,
  p: BriefProposition,
  shown: Map<BriefClaim, ShownQuotes>,
): string[] {
  const lines = [`- ${p.claims.map(claimLine).join('; ')}`];
  for (const c of p.claims) {
    const quotes = shown.get(c) ?? { open: c.quotes, folded: [] };
    lines.push(...quotes.open.flatMap((q) => quoteLines(b, q)), ...folded(b, c, quotes.folded));
  }
  return lines;
}

function story(b: Briefing, s: Story): string[] {
  const out = [`## ${s.n}. ${lang(s.headline)}`, ''];
  const synthesis = s.synthesis.map((part) =>
    part.site === null ? lang(part) : `*${escapeMarkdown(part.site)} adds:* ${lang(part)}`,
  );
  if (synthesis.length > 0) out.push(synthesis.join(' '), '');
  if (s.propositions.length > 0) {
    const shown = quotesOf(s);
    out.push(
      '**Who says what**',
      '',
      ...s.propositions.flatMap((p) => proposition(b, p, shown)),
      '',
    );
  }
  if (s.entities.length > 0) {
    out.push(`**Entities:** ${s.entities.map((e) => escapeMarkdown(e.name)).join(', ')}`, '');
  }
  out.push('**Sources**', '', ...s.sources.map((n) => `- ${sourceRef(b, n)}`), '');
  return out;
}

function inBrief(b: Briefing): string[] {
  if (b.stories.length === 0) return [];
  const lines = b.stories.map((s) => `${s.n}. ${lang(s.headline)} — ${storyFacts(s)}`);
  return ['**In brief**', '', ...lines, ''];
}

function forums(b: Briefing): string[] {
  if (b.forums.length === 0) return [];
  const lines = b.forums.map((f) => {
    const title = f.title === null ? '' : ` — ${escapeMarkdown(f.title)}`;
    return `- ${link(f.label, f.url)}${title}, ${formatTime(f.publishedAt, b.timeZone)}`;
  });
  return ['## Reader forums and comment pages (not counted as press)', '', ...lines, ''];
}

function failing(b: Briefing): string[] {
  if (b.failingSources.length === 0) return [];
  // The URL as code, not a link: masked, it would lead nowhere.
  const lines = b.failingSources.map(
    (f) =>
      `- ${escapeMarkdown(f.label)} — \`${f.url.replace(/`/g, '%60')}\` — ${escapeMarkdown(failingFacts(f, b.timeZone))}`,
  );
  return [`## ${FAILING_HEADING}`, '', ...lines, ''];
}

/** Why a briefing is empty, and what to try. */
export const EMPTY_PERIOD =
  'No articles were stored or published in this period. Run `veille summarize` on some articles, or widen the period, e.g. `veille brief --since 7d`.';

export function renderBriefingMarkdown(b: Briefing): string {
  const out = [
    `# ${escapeMarkdown(datedTitle(b.title, b.until, b.timeZone))}`,
    '',
    `*${escapeMarkdown(periodLine(b))}*`,
    '',
    ...inBrief(b),
  ];
  if (b.stories.length === 0) out.push(EMPTY_PERIOD, '');
  for (const s of b.stories) out.push(...story(b, s));
  if (b.entityIndex.length > 0) {
    out.push('## Entity index', '');
    for (const e of b.entityIndex) {
      out.push(`- ${escapeMarkdown(e.name)} — ${e.stories.map((n) => `story ${n}`).join(', ')}`);
    }
    out.push('');
  }
  out.push(...forums(b), ...failing(b));
  return out.join('\n');
}
