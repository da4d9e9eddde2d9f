import type { Translation } from '../analyse/index.js';
import type { Analysis, Claim, ExtractResult } from '../types.js';
import { renderAnalysisText } from './analysis-text.js';
import { languageLabel } from './language.js';
import { sourceLine, withEmittableUrls } from './links.js';

/** Output formats of `veille summarize` (render/formats.ts); `text` is the report in plain lines. */
export const SUMMARY_FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** File extension used with `--out DIR` for each format. */
export const SUMMARY_EXTENSIONS: Record<SummaryFormat, string> = {
  text: 'txt',
  json: 'json',
  jsonl: 'jsonl',
  markdown: 'md',
};

/** The JSON form of one analysis, with only URLs safe to follow. */
export function analysisRecord(analysis: Analysis): Analysis {
  return { ...analysis, article: withEmittableUrls(analysis.article) };
}

/**
 * Renders one analysis; the result always ends with a newline. `json` is this one analysis as an
 * indented document (a file of `--out`); on stdout the command puts them in one array.
 */
export function renderAnalysis(analysis: Analysis, format: SummaryFormat): string {
  if (format === 'markdown') return renderAnalysisMarkdown(analysis);
  if (format === 'text') return renderAnalysisText(analysis);
  if (format === 'json') return `${JSON.stringify(analysisRecord(analysis), null, 2)}\n`;
  return `${JSON.stringify(analysisRecord(analysis))}\n`;
}

/**
 * A readable English report: title, source, summary, "Who said what" (original quotes kept in
 * blockquotes), entities. Untranslated text (rules engine) is labelled with the article's
 * detected language, and not at all when that language is English.
 */
export function renderAnalysisMarkdown(analysis: Analysis): string {
  const { article, summary } = analysis;
  const language = languageLabel(article.lang);
  const untranslated = language === null ? null : `(${language}, not translated)`;
  const lines = [`# ${inline(article.title ?? analysis.source)}`, ''];
  const facts = [article.byline, article.siteName, article.publishedAt]
    .filter((fact): fact is string => Boolean(fact))
    .map(inline);
  if (facts.length > 0) lines.push(`*${facts.join(' · ')}*`, '');
  lines.push(sourceLine(article, analysis.source, inline), '');

  const summaryLabel = summary.lang !== 'en' && untranslated !== null ? ` ${untranslated}` : '';
  lines.push(`## Summary${summaryLabel}`, '');
  if (summary.headline) lines.push(`**${inline(summary.headline)}**`, '');
  if (summary.text) lines.push(block(summary.text), '');
  for (const bullet of summary.bullets) lines.push(`- ${inline(bullet)}`);
  if (summary.bullets.length > 0) lines.push('');

  lines.push('## Who said what', '');
  if (analysis.claims.length === 0) lines.push('*No attributed claims found.*', '');
  for (const claim of analysis.claims) lines.push(...claimLines(claim, untranslated), '');

  lines.push('## Entities', '');
  if (analysis.entities.length === 0) {
    lines.push('*No entities found.*', '');
  } else {
    const mentions = language === null ? 'Mentions' : `Mentions (${language})`;
    lines.push(`| Name | Type | ${mentions} | Description |`, '| --- | --- | --- | --- |');
    for (const entity of analysis.entities) {
      const cells = [
        entity.name,
        entity.type,
        entity.mentions.join(', '),
        entity.description ?? '',
      ];
      lines.push(`| ${cells.map(inline).join(' | ')} |`);
    }
    lines.push('');
  }

  const engine = [
    `engine: ${analysis.engine}`,
    analysis.model && `model: ${analysis.model}`,
    analysis.promptVersion && `version: ${analysis.promptVersion}`,
  ].filter((part): part is string => Boolean(part));
  lines.push(`*${inline(engine.join(' · '))}*`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `untranslated` labels a quote with no English rendering; null when none is needed. */
function claimLines(claim: Claim, untranslated: string | null): string[] {
  const proposition = claim.claim === null ? '' : ` — ${inline(claim.claim)}`;
  const marker = claim.grounded ? '' : ' — **ungrounded** (quote not found in the article)';
  const lines = [`- **${inline(claim.claimant)}** — ${claim.stance}${proposition}${marker}`];
  const label = claim.quoteEn === null && untranslated !== null ? ` ${untranslated}` : '';
  lines.push(`  > ${inline(claim.quote)}${label}`);
  if (claim.quoteEn !== null) lines.push(`  >`, `  > *${inline(claim.quoteEn)}*`);
  return lines;
}

/** Plain text: the (original) title, then one English paragraph per French one. */
export function renderTranslationText(result: ExtractResult, translation: Translation): string {
  const lines: string[] = [];
  const title = titleOf(result, translation);
  if (title) lines.push(title, '');
  for (const { en } of translation.paragraphs) lines.push(en, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Markdown with each French paragraph as a `> ` quote followed by its English rendering. */
export function renderTranslationBilingual(
  result: ExtractResult,
  translation: Translation,
): string {
  const { article } = result;
  const lines = [`# ${inline(titleOf(result, translation) ?? result.source)}`, ''];
  lines.push(sourceLine(article, result.source, inline), '');
  lines.push(`*French original quoted, English translation below each paragraph.*`, '');
  for (const { fr, en } of translation.paragraphs) {
    lines.push(`> ${inline(fr)}`, '', block(en), '');
  }
  lines.push(`*model: ${inline(translation.model)} · version: ${translation.promptVersion}*`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The translated title when the library gives one, else the original. */
function titleOf(result: ExtractResult, translation: Translation): string | null {
  return translation.title ?? result.article.title;
}

/** Article and model text must not turn into Markdown structure or raw HTML. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function block(text: string): string {
  return inline(text).replace(/^([-+>]|\d+[.)])(\s)/, '\\$1$2');
}
