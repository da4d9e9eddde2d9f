/**
 * Briefing → one self-contained HTML file: inline CSS, system fonts, a readable column on a phone
 * and in email, no scripts, no external resources (no fonts, images or stylesheets to fetch).
 * Every text from articles and models is escaped, and only http(s) URLs become links, so a
 * `<script>` in a claim is shown as text and a `javascript:` URL is never clickable.
 */
import { FAILING_HEADING, failingFacts } from './failing.js';
import { EMPTY_PERIOD } from './markdown.js';
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
import { periodLine, quotesOf, sides, storyFacts, type ShownQuotes } from './view.js';

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
.inbrief{background:#f0f4fa;padding:.6rem 1rem .6rem 2rem;border-radius:6px}.inbrief li{margin:.25rem 0}
.facts{color:#555;font-size:.85rem}
.props{list-style:none;padding:0}.prop{margin:.8rem 0;padding:.5rem 0;border-bottom:1px dashed #ddd}
.sides{display:flex;flex-wrap:wrap;gap:.5rem 1rem}.side{flex:1 1 15rem;min-width:0}
.side-against{border-left:3px solid #d8a0a0;padding-left:.6rem}.side-for{border-left:3px solid #a0b4d8;padding-left:.6rem}
.claim{margin:.2rem 0}
.quote,details{font-size:.92rem;color:#333;margin:.25rem 0 .25rem .6rem}
summary{cursor:pointer}details q{display:block;margin:.2rem 0 .2rem 1rem}
.stance-denies{color:#8a1c1c}.stance-asserts,.stance-reports{color:#1c3f8a}.stance-questions{color:#7a5a00}
.fr{color:#666;font-size:.85em;font-style:italic}
.meta{font-size:.9rem;color:#444}
a{color:#0b57b0;word-break:break-word}
@media (prefers-color-scheme:dark){body{background:#111;color:#e8e8e8}main{background:#1b1b1b}
a{color:#8ab4f8}.period,.meta,.quote,details,.fr,.facts{color:#bbb}h2{border-color:#333}.inbrief{background:#222}}
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

/** `<a href="url">Le Monde</a>, Thu 4 Oct 2018, 18:02`: a source by its site name and time. */
function sourceRef(b: Briefing, n: number): string {
  const s = b.sources[n - 1];
  if (s === undefined) return '';
  return `${anchor(s.label, s.url)}, ${escapeHtml(formatTime(s.publishedAt, b.timeZone))}`;
}

/** English quote in view, the French words it translates folded under it with their source. */
function quote(b: Briefing, q: BriefQuote): string {
  const french = `<q lang="fr">${escapeHtml(oneLine(q.quote))}</q>`;
  if (q.quoteEn === null) return `<p class="quote">${french} — ${sourceRef(b, q.source)}</p>`;
  const en = `“${escapeHtml(oneLine(q.quoteEn))}”`;
  return `<details><summary>${en} — ${sourceRef(b, q.source)}</summary>${french}</details>`;
}

function claim(b: Briefing, c: BriefClaim, shown: ShownQuotes): string {
  const verb = `<span class="stance-${c.stance}">${STANCE_VERB[c.stance]}</span>`;
  const line = `<p class="claim"><strong>${escapeHtml(c.claimant)}</strong> ${verb}: ${text({ ...c.text, text: clause(c.text.text) })}</p>`;
  const more =
    shown.folded.length === 0
      ? ''
      : `<details class="more"><summary>${shown.folded.length} more ${shown.folded.length === 1 ? 'quote' : 'quotes'} from ${escapeHtml(c.claimant)}</summary>${shown.folded.map((q) => quote(b, q)).join('')}</details>`;
  return line + shown.open.map((q) => quote(b, q)).join('') + more;
}

/** One proposition: who asserts it on one side, who denies it on the other. */
function proposition(
  b: Briefing,
  p: BriefProposition,
  shown: Map<BriefClaim, ShownQuotes>,
): string {
  const side = (claims: BriefClaim[], which: string): string =>
    claims.length === 0
      ? ''
      : `<div class="side side-${which}">${claims.map((c) => claim(b, c, shown.get(c) ?? { open: c.quotes, folded: [] })).join('')}</div>`;
  const { for: pro, against } = sides(p);
  return `<li class="prop"><div class="sides">${side(pro, 'for')}${side(against, 'against')}</div></li>`;
}

function story(b: Briefing, s: Story): string {
  const synthesis = s.synthesis
    .map((part) =>
      part.site === null ? text(part) : `<em>${escapeHtml(part.site)} adds:</em> ${text(part)}`,
    )
    .join(' ');
  const shown = quotesOf(s);
  return [
    `<section id="story-${s.n}">`,
    `<h2>${s.n}. ${text(s.headline)}</h2>`,
    `<p class="facts">${escapeHtml(storyFacts(s))}</p>`,
    synthesis === '' ? '' : `<p>${synthesis}</p>`,
    s.propositions.length === 0
      ? ''
      : `<p><strong>Who says what</strong></p><ul class="props">${s.propositions.map((p) => proposition(b, p, shown)).join('')}</ul>`,
    s.entities.length === 0
      ? ''
      : `<p class="meta"><strong>Entities:</strong> ${s.entities.map((e) => escapeHtml(e.name)).join(', ')}</p>`,
    `<p class="meta"><strong>Sources</strong></p><ul class="meta">${s.sources.map((n) => `<li>${sourceRef(b, n)}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

function inBrief(b: Briefing): string {
  if (b.stories.length === 0) return '';
  const items = b.stories.map(
    (s) =>
      `<li><a href="#story-${s.n}">${text(s.headline)}</a> <span class="facts">— ${escapeHtml(storyFacts(s))}</span></li>`,
  );
  return `<h2 class="inbrief-title">In brief</h2>\n<ol class="inbrief">${items.join('')}</ol>`;
}

function appendix(b: Briefing): string {
  const index = b.entityIndex.map((e) => {
    const links = e.stories.map((n) => `<a href="#story-${n}">story ${n}</a>`).join(', ');
    return `<li>${escapeHtml(e.name)} — ${links}</li>`;
  });
  const forums = b.forums.map((f) => {
    const title =
      f.title === null ? '' : ` — <span lang="fr">${escapeHtml(oneLine(f.title))}</span>`;
    return `<li>${anchor(f.label, f.url)}${title}, ${escapeHtml(formatTime(f.publishedAt, b.timeZone))}</li>`;
  });
  const failing = b.failingSources.map(
    (f) =>
      `<li>${escapeHtml(f.label)} — <code>${escapeHtml(f.url)}</code> — ${escapeHtml(failingFacts(f, b.timeZone))}</li>`,
  );
  return [
    index.length === 0 ? '' : `<h2>Entity index</h2><ul class="meta">${index.join('')}</ul>`,
    forums.length === 0
      ? ''
      : `<h2>Reader forums and comment pages (not counted as press)</h2><ul class="meta">${forums.join('')}</ul>`,
    failing.length === 0
      ? ''
      : `<h2>${escapeHtml(FAILING_HEADING)}</h2><ul class="meta">${failing.join('')}</ul>`,
  ].join('\n');
}

export function renderBriefingHtml(b: Briefing): string {
  const title = escapeHtml(datedTitle(b.title, b.until, b.timeZone));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p class="period">${escapeHtml(periodLine(b))}</p>
${inBrief(b)}
${b.stories.length === 0 ? `<p>${escapeHtml(EMPTY_PERIOD).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>` : b.stories.map((s) => story(b, s)).join('\n')}
${appendix(b)}
</main>
</body>
</html>
`;
}
