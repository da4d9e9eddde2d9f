/**
 * The summary report as plain text (`summarize --format text`): the Markdown report's content —
 * title, source, summary, who said what with its quotes, entities — in plain lines, for a
 * terminal or a mail body. Nothing is escaped: no line is read as markup.
 */
import type { Analysis, Claim } from '../types.js';
import { languageLabel } from './language.js';
import { sourceUrl } from './links.js';

/** Renders one analysis as plain lines; the result ends with a newline. */
export function renderAnalysisText(analysis: Analysis): string {
  const { article, summary } = analysis;
  const language = languageLabel(article.lang);
  const untranslated = language === null ? null : `(${language}, not translated)`;
  const lines = [flat(article.title ?? analysis.source)];
  const facts = [article.byline, article.siteName, article.publishedAt].filter(
    (fact): fact is string => Boolean(fact),
  );
  if (facts.length > 0) lines.push(facts.map(flat).join(' · '));
  lines.push(`Source: ${sourceUrl(article) ?? flat(analysis.source)}`, '');

  const summaryLabel = summary.lang !== 'en' && untranslated !== null ? ` ${untranslated}` : '';
  lines.push(`Summary${summaryLabel}`, '');
  if (summary.headline) lines.push(flat(summary.headline), '');
  if (summary.text) lines.push(flat(summary.text), '');
  for (const bullet of summary.bullets) lines.push(`- ${flat(bullet)}`);
  if (summary.bullets.length > 0) lines.push('');

  lines.push('Who said what', '');
  if (analysis.claims.length === 0) lines.push('No attributed claims found.', '');
  for (const claim of analysis.claims) lines.push(...claimLines(claim, untranslated), '');

  lines.push('Entities', '');
  if (analysis.entities.length === 0) lines.push('No entities found.', '');
  for (const entity of analysis.entities) {
    const mentions = entity.mentions.length > 0 ? ` — ${entity.mentions.map(flat).join(', ')}` : '';
    const description = entity.description ? `: ${flat(entity.description)}` : '';
    lines.push(`- ${flat(entity.name)} (${entity.type})${description}${mentions}`);
  }
  if (analysis.entities.length > 0) lines.push('');

  const engine = [
    `engine: ${analysis.engine}`,
    analysis.model && `model: ${analysis.model}`,
    analysis.promptVersion && `version: ${analysis.promptVersion}`,
  ].filter((part): part is string => Boolean(part));
  lines.push(flat(engine.join(' · ')));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The claimant's line, then the original quote and its English, each on its own line. */
function claimLines(claim: Claim, untranslated: string | null): string[] {
  const proposition = claim.claim === null ? '' : ` — ${flat(claim.claim)}`;
  const marker = claim.grounded ? '' : ' — UNGROUNDED (quote not found in the article)';
  const lines = [`- ${flat(claim.claimant)} — ${claim.stance}${proposition}${marker}`];
  const label = claim.quoteEn === null && untranslated !== null ? ` ${untranslated}` : '';
  lines.push(`  “${flat(claim.quote)}”${label}`);
  if (claim.quoteEn !== null) lines.push(`  “${flat(claim.quoteEn)}”`);
  return lines;
}

/** One line: the text's line breaks and runs of spaces become single spaces. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
