/**
 * Briefing → Markdown. Every text from articles and models is escaped (Markdown punctuation
 * backslashed, line breaks collapsed), and only http(s) URLs become links, so a title cannot
 * inject a link, an image or raw HTML into whatever renders the file.
 */
import type { BriefClaim, BriefProposition, Briefing, LangText, Story } from './types.js';
import {
  formatRange,
  formatTime,
  oneLine,
  safeUrl,
  siteLabel,
  STANCE_VERB,
  untranslatedLabel,
} from './text.js';

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

function sourceRef(b: Briefing, n: number): string {
  const s = b.sources[n - 1];
  return s === undefined ? `[${n}]` : `${link(siteLabel(s.site, s.url, n), s.url)} [${n}]`;
}

function claimLine(c: BriefClaim): string {
  return `**${escapeMarkdown(c.claimant)}** ${STANCE_VERB[c.stance]}: ${lang(c.text)}`;
}

function proposition(b: Briefing, p: BriefProposition): string[] {
  const lines = [`- ${p.claims.map(claimLine).join('; ')}`];
  for (const c of p.claims) {
    for (const q of c.quotes) {
      const en = q.quoteEn === null ? '' : ` (“${escapeMarkdown(q.quoteEn)}”)`;
      const who = escapeMarkdown(c.claimant);
      lines.push(`  - ${who}, ${sourceRef(b, q.source)}: « ${escapeMarkdown(q.quote)} »${en}`);
    }
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
    out.push('**Who says what**', '', ...s.propositions.flatMap((p) => proposition(b, p)), '');
  }
  if (s.entities.length > 0) {
    out.push(`**Entities:** ${s.entities.map((e) => escapeMarkdown(e.name)).join(', ')}`, '');
  }
  const refs = s.sources.map((n) => {
    const src = b.sources[n - 1];
    return `${sourceRef(b, n)}, ${formatTime(src?.publishedAt ?? null, b.timeZone)}`;
  });
  out.push(`**Sources:** ${refs.join(' · ')}`, '');
  return out;
}

export function renderBriefingMarkdown(b: Briefing): string {
  const out = [
    `# ${escapeMarkdown(b.title)}`,
    '',
    `*${escapeMarkdown(formatRange(b.since, b.until, b.timeZone))} · ${b.stories.length} stories · ${b.sources.length} articles*`,
    '',
  ];
  if (b.stories.length === 0) out.push('No articles in this period.', '');
  for (const s of b.stories) out.push(...story(b, s));
  if (b.entityIndex.length > 0) {
    out.push('## Entity index', '');
    for (const e of b.entityIndex) {
      out.push(`- ${escapeMarkdown(e.name)} — ${e.stories.map((n) => `story ${n}`).join(', ')}`);
    }
    out.push('');
  }
  if (b.sources.length > 0) {
    out.push('## Sources', '');
    for (const s of b.sources) {
      const title = s.title === null ? '' : ` — ${escapeMarkdown(s.title)}`;
      const when = formatTime(s.publishedAt, b.timeZone);
      out.push(
        `${s.n}. ${link(siteLabel(s.site, s.url, s.n), s.url)}${title}, ${when} (story ${s.story})`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
