/**
 * Rules-engine Markdown labels untranslated text with the article's detected language: an English
 * page's quotes are not "(French, not translated)".
 */
import { describe, expect, it } from 'vitest';
import { renderAnalysisMarkdown } from '../src/render/analysis.js';
import type { Analysis } from '../src/types.js';
import { rulesAnalysisOf, supermicroLeMonde } from './helpers/analysis-fixtures.js';

function rulesAnalysisIn(lang: string | null): Analysis {
  const analysis = rulesAnalysisOf(supermicroLeMonde());
  return { ...analysis, article: { ...analysis.article, lang } };
}

describe('rules-engine Markdown', () => {
  it('labels a French article as French', () => {
    const md = renderAnalysisMarkdown(rulesAnalysisIn('fr'));
    expect(md).toContain('## Summary (French, not translated)');
    expect(md).toContain('| Mentions (French) |');
    expect(md).toContain('(French, not translated)');
  });

  it('does not call an English article French, nor its English text untranslated', () => {
    const md = renderAnalysisMarkdown(rulesAnalysisIn('en'));
    expect(md).not.toContain('French');
    expect(md).not.toContain('not translated');
    expect(md).toContain('## Summary\n');
    expect(md).toContain('| Name | Type | Mentions | Description |');
  });

  it('names another detected language, and says so when none was detected', () => {
    expect(renderAnalysisMarkdown(rulesAnalysisIn('de'))).toContain('(German, not translated)');
    expect(renderAnalysisMarkdown(rulesAnalysisIn('de'))).toContain('| Mentions (German) |');
    expect(renderAnalysisMarkdown(rulesAnalysisIn(null))).toContain(
      '(original language, not translated)',
    );
  });
});
