// Live check of the analysis stage against the real endpoint named by the environment
// (OPENAI_API_KEY / OPENAI_BASE_URL / VEILLE_MODEL, or veille.config.json). Opt-in: only
// collected by vitest.live.config.ts, and skipped unless LIVE=1. Never run in CI.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, resolveLlmConfig } from '../../src/analyse/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { loadInputs } from '../../src/inputs/load.js';
import { detectLanguage } from '../../src/lang.js';
import type { ExtractResult } from '../../src/types.js';

const LIVE = process.env.LIVE === '1' && (process.env.CI ?? '') === '';
const SAMPLE = path.resolve('samples/06-latin1-espionnage.html');

async function extractSample(file: string): Promise<ExtractResult> {
  for await (const item of loadInputs([file])) {
    if (item instanceof Error) throw item;
    return extractDocument(item);
  }
  throw new Error(`nothing loaded for ${file}`);
}

describe.skipIf(!LIVE)('live: analyseArticle on a sample', () => {
  it('returns a schema-valid analysis in English with grounded claims', async () => {
    const config = resolveLlmConfig({ env: process.env, cwd: process.cwd() });
    if (config === null) {
      throw new Error('no endpoint: set OPENAI_API_KEY, or OPENAI_BASE_URL and VEILLE_MODEL');
    }
    const result = await extractSample(SAMPLE);
    const analysis = await analyseArticle(result, { config });
    const { text } = result.article;

    // Shape: what the zod schema let through, plus what our code computed.
    expect(analysis.engine).toBe('openai');
    expect(analysis.model).toBe(config.model);
    expect(analysis.summary.headline?.trim()).toBeTruthy();
    expect(analysis.summary.text?.trim()).toBeTruthy();
    expect(analysis.summary.lang).toBe('en');
    for (const e of analysis.entities) {
      expect(e.id).toMatch(/^e_[0-9a-f]{16}$/);
      expect(['PERSON', 'ORG', 'LOCATION', 'PRODUCT', 'EVENT', 'LAW', 'OTHER']).toContain(e.type);
    }
    for (const c of analysis.claims) {
      expect(c.id).toMatch(/^c_[0-9a-f]{16}$/);
      expect(['asserts', 'denies', 'questions', 'reports']).toContain(c.stance);
      expect(['certain', 'probable', 'possible', 'unknown']).toContain(c.certainty);
      if (c.grounded) expect(text.slice(c.span!.start, c.span!.end)).toBe(c.quote);
      else expect(c.span).toBeNull();
    }

    // At least one claim rests on words really in the article.
    expect(analysis.claims.filter((c) => c.grounded).length).toBeGreaterThanOrEqual(1);

    // English: no NOT_ENGLISH warning, and the summary reads as English.
    expect(analysis.warnings.map((w) => w.code)).not.toContain('NOT_ENGLISH');
    const summary = `${analysis.summary.headline}. ${analysis.summary.text}`;
    expect(detectLanguage(summary, null).detected).toBe('en');
    expect(analysis.summary.headline).not.toMatch(/\b(les|des|une|sur|dans|et|démentent)\b/i);

    process.stdout.write(
      `live ${config.model}: ${analysis.claims.length} claims ` +
        `(${analysis.claims.filter((c) => c.grounded).length} grounded), ` +
        `warnings: ${analysis.warnings.map((w) => w.code).join(', ') || 'none'}\n` +
        `headline: ${analysis.summary.headline}\n`,
    );
  });
});
