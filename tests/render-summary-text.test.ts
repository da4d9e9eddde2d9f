/**
 * `summarize --format text`: the readable report as plain lines, without Markdown syntax —
 * headline, summary, who said what with the quotes, entities.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAnalysis } from '../src/render/analysis.js';
import { rulesAnalysisOf, supermicroLeMonde } from './helpers/analysis-fixtures.js';
import { runCli } from './helpers/run-cli.js';

/** Markdown a plain-text reader would see as noise: headings, emphasis, quotes, tables, escapes. */
const MARKDOWN = /^#{1,6} |\*\*|^\s*> ?|^\| |\\[\\`*_[\]<>#|]|^\*[^*\s]/m;

describe('summarize --format text', () => {
  it('renders the report as plain lines: headline, summary, who said what, entities', () => {
    const { analysis } = supermicroLeMonde();
    const text = renderAnalysis(analysis, 'text');
    expect(text).not.toMatch(MARKDOWN);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain(analysis.article.title ?? '');
    expect(text).toContain(analysis.summary.headline ?? '');
    expect(text).toContain('Who said what');
    for (const claim of analysis.claims) {
      expect(text).toContain(claim.claimant);
      expect(text).toContain(`“${claim.quote}”`);
      if (claim.quoteEn !== null) expect(text).toContain(`“${claim.quoteEn}”`);
    }
    expect(text).toContain('Entities');
    for (const entity of analysis.entities) expect(text).toContain(entity.name);
  });

  it('labels untranslated text with its language, as the Markdown report does', () => {
    const text = renderAnalysis(rulesAnalysisOf(supermicroLeMonde()), 'text');
    expect(text).toContain('(French, not translated)');
    expect(text).not.toMatch(MARKDOWN);
  });

  it('is a --format of the command (rules engine, offline)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veille-summary-text-'));
    const file = path.join(dir, 'article.txt');
    writeFileSync(
      file,
      'Le budget des écoles voté jeudi\n\n« Nous investirons dix millions d’euros d’ici deux ans », a déclaré Paul Martin, adjoint chargé des finances, lors de la séance du conseil municipal de Lyon jeudi soir.\n',
    );
    const { code, stdout, stderr } = await runCli(
      ['summarize', '--engine', 'rules', '--no-store', '--format', 'text', file],
      { env: { XDG_CONFIG_HOME: dir }, cwd: dir },
    );
    expect(code, stderr).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Le budget des écoles voté jeudi');
    expect(stdout).toContain('Nous investirons dix millions');
    expect(stdout).not.toMatch(MARKDOWN);
  });
});
