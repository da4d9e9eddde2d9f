/**
 * Briefing → one self-contained HTML file: inline CSS, system fonts, a readable column on a phone
 * and in email, no scripts, no external resources (no fonts, images or stylesheets to fetch).
 * Every text from articles and models is escaped, and only http(s) URLs become links, so a
 * `<script>` in a claim is shown as text and a `javascript:` URL is never clickable.
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

/** Escapes the five HTML-significant characters; safe in text and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
body{margin:0;background:#f5f5f3;color:#1b1b1b;font:16px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:42rem;margin:0 auto;padding:1rem;background:#fff}
h1{font-size:1.5rem;margin:.5rem 0 0}
h2{font-size:1.2rem;line-height:1.3;margin:2rem 0 .5rem;padding-top:1rem;border-top:1px solid #ddd}
.period{color:#555;font-size:.9rem;margin:.25rem 0 1rem}
ul{padding-left:1.2rem}li{margin:.35rem 0}
.quotes{list-style:none;padding-left:.8rem;border-left:3px solid #e3e3e3;font-size:.92rem;color:#333}
.stance-denies{color:#8a1c1c}.stance-asserts,.stance-reports{color:#1c3f8a}.stance-questions{color:#7a5a00}
.fr{color:#666;font-size:.85em;font-style:italic}
.meta{font-size:.9rem;color:#444}
a{color:#0b57b0;word-break:break-word}
@media (prefers-color-scheme:dark){body{background:#111;color:#e8e8e8}main{background:#1b1b1b}
a{color:#8ab4f8}.period,.meta,.quotes,.fr{color:#bbb}h2{border-color:#333}}
`;

function text(t: LangText): string {
  const body = escapeHtml(oneLine(t.text));
  return t.lang === 'en'
    ? body
    : `<span lang="${escapeHtml(t.lang)}">${body}</span> <span class="fr">${untranslatedLabel(t.lang)}</span>`;
}

function anchor(label: string, url: string | null): string {
  const safe = safeUrl(url);
  return safe === null
    ? escapeHtml(label)
    : `<a href="${escapeHtml(safe)}">${escapeHtml(label)}</a>`;
}

function sourceRef(b: Briefing, n: number): string {
  const s = b.sources[n - 1];
  return s === undefined ? `[${n}]` : `${anchor(siteLabel(s.site, s.url, n), s.url)} [${n}]`;
}

function claimLine(c: BriefClaim): string {
  const verb = `<span class="stance-${c.stance}">${STANCE_VERB[c.stance]}</span>`;
  return `<strong>${escapeHtml(c.claimant)}</strong> ${verb}: ${text(c.text)}`;
}

function proposition(b: Briefing, p: BriefProposition): string {
  const quotes = p.claims.flatMap((c) =>
    c.quotes.map((q) => {
      const en =
        q.quoteEn === null ? '' : ` <span class="en">(“${escapeHtml(oneLine(q.quoteEn))}”)</span>`;
      const quote = `<q lang="fr">${escapeHtml(oneLine(q.quote))}</q>`;
      return `<li>${escapeHtml(c.claimant)}, ${sourceRef(b, q.source)}: ${quote}${en}</li>`;
    }),
  );
  return `<li>${p.claims.map(claimLine).join('; ')}<ul class="quotes">${quotes.join('')}</ul></li>`;
}

function story(b: Briefing, s: Story): string {
  const synthesis = s.synthesis
    .map((part) =>
      part.site === null ? text(part) : `<em>${escapeHtml(part.site)} adds:</em> ${text(part)}`,
    )
    .join(' ');
  const refs = s.sources.map(
    (n) =>
      `${sourceRef(b, n)}, ${escapeHtml(formatTime(b.sources[n - 1]?.publishedAt ?? null, b.timeZone))}`,
  );
  return [
    `<section id="story-${s.n}">`,
    `<h2>${s.n}. ${text(s.headline)}</h2>`,
    synthesis === '' ? '' : `<p>${synthesis}</p>`,
    s.propositions.length === 0
      ? ''
      : `<p><strong>Who says what</strong></p><ul>${s.propositions.map((p) => proposition(b, p)).join('')}</ul>`,
    s.entities.length === 0
      ? ''
      : `<p class="meta"><strong>Entities:</strong> ${s.entities.map((e) => escapeHtml(e.name)).join(', ')}</p>`,
    `<p class="meta"><strong>Sources:</strong> ${refs.join(' · ')}</p>`,
    '</section>',
  ].join('\n');
}

function appendix(b: Briefing): string {
  const index = b.entityIndex.map((e) => {
    const links = e.stories.map((n) => `<a href="#story-${n}">story ${n}</a>`).join(', ');
    return `<li>${escapeHtml(e.name)} — ${links}</li>`;
  });
  const sources = b.sources.map((s) => {
    const title =
      s.title === null ? '' : ` — <span lang="fr">${escapeHtml(oneLine(s.title))}</span>`;
    const when = escapeHtml(formatTime(s.publishedAt, b.timeZone));
    return `<li>${anchor(siteLabel(s.site, s.url, s.n), s.url)}${title}, ${when} (<a href="#story-${s.story}">story ${s.story}</a>)</li>`;
  });
  return [
    index.length === 0 ? '' : `<h2>Entity index</h2><ul class="meta">${index.join('')}</ul>`,
    sources.length === 0 ? '' : `<h2>Sources</h2><ol class="meta">${sources.join('')}</ol>`,
  ].join('\n');
}

export function renderBriefingHtml(b: Briefing): string {
  const period = `${formatRange(b.since, b.until, b.timeZone)} · ${b.stories.length} stories · ${b.sources.length} articles`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(b.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(b.title)}</h1>
<p class="period">${escapeHtml(period)}</p>
${b.stories.length === 0 ? '<p>No articles in this period.</p>' : b.stories.map((s) => story(b, s)).join('\n')}
${appendix(b)}
</main>
</body>
</html>
`;
}
