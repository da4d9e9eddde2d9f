import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const SAMPLE = '06-latin1-espionnage';

/**
 * A temp folder with the page and gold file of one sample (the gold optionally rewritten), plus a
 * second page without gold, which must be listed as unscored.
 */
function fixture(edit?: (gold: { claims: Array<Record<string, unknown>> }) => void): {
  gold: string;
  samples: string;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'veille-eval-'));
  const gold = path.join(root, 'gold');
  const samples = path.join(root, 'samples');
  mkdirSync(gold);
  mkdirSync(samples);
  copyFileSync(path.resolve('samples', `${SAMPLE}.html`), path.join(samples, `${SAMPLE}.html`));
  copyFileSync(
    path.resolve('samples', '11-forum-discussion.html'),
    path.join(samples, '11-forum-discussion.html'),
  );
  const json = JSON.parse(
    readFileSync(path.resolve('tests/fixtures/gold', `${SAMPLE}.json`), 'utf8'),
  ) as { claims: Array<Record<string, unknown>> };
  edit?.(json);
  writeFileSync(path.join(gold, `${SAMPLE}.json`), JSON.stringify(json));
  return { gold, samples };
}

describe('veille eval', () => {
  it('prints a text table with per-sample and overall figures and lists unscored samples', async () => {
    const { gold, samples } = fixture();
    const { code, stdout, stderr } = await runCli(['eval', '--gold', gold, '--samples', samples]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('engine: rules');
    expect(stdout).toContain(SAMPLE);
    expect(stdout).toMatch(/claims \(IoU≥0\.5\)\s+P\/R\/F1/);
    expect(stdout).toContain('claimant accuracy');
    expect(stdout).toContain('stance confusion');
    expect(stdout).toContain('certainty accuracy');
    expect(stdout).toContain('grounding rate');
    expect(stdout).toContain('English share');
    expect(stdout).toContain('unscored (no gold): 11-forum-discussion');
  });

  it('prints the report as JSON', async () => {
    const { gold, samples } = fixture();
    const { code, stdout } = await runCli([
      'eval',
      '--gold',
      gold,
      '--samples',
      samples,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      engine: string;
      samples: Array<{ sample: string }>;
      overall: { claims: { recall: number }; counts: { confusion: object } };
      unscored: string[];
      failures: unknown[];
    };
    expect(report.engine).toBe('rules');
    expect(report.samples.map((s) => s.sample)).toEqual([SAMPLE]);
    expect(report.overall.claims.recall).toBeGreaterThan(0);
    expect(Object.keys(report.overall.counts.confusion)).toContain('denies');
    expect(report.unscored).toEqual(['11-forum-discussion']);
    expect(report.failures).toEqual([]);
  });

  it('reports a gold field that breaks the schema in one line naming file and field', async () => {
    const { gold, samples } = fixture((g) => {
      if (g.claims[1]) g.claims[1]['stance'] = 'maybe';
    });
    const { code, stderr } = await runCli(['eval', '--gold', gold, '--samples', samples]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${SAMPLE}.json`);
    expect(lines[0]).toContain('claims[1].stance');
  });

  it('reports a gold quote that is not in the article', async () => {
    const { gold, samples } = fixture((g) => {
      if (g.claims[2])
        g.claims[2]['quote'] = 'une phrase qui ne figure nulle part dans cet article';
    });
    const { code, stderr } = await runCli(['eval', '--gold', gold, '--samples', samples]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${SAMPLE}.json: claims[2].quote not found in the article`);
  });

  it('asks for an endpoint for the openai engine (exit 2, one line)', async () => {
    const { gold, samples } = fixture();
    const cwd = mkdtempSync(path.join(tmpdir(), 'veille-eval-cwd-'));
    const { code, stderr } = await runCli(
      ['eval', '--engine', 'openai', '--gold', gold, '--samples', samples],
      { cwd, env: { HOME: cwd } },
    );
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('OPENAI_BASE_URL');
  });

  it('names a missing gold or samples folder in one line (exit 1), never a stack or ENOENT', async () => {
    const { gold, samples } = fixture();
    const missing = path.join(tmpdir(), 'veille-no-such-gold');
    const noGold = await runCli(['eval', '--gold', missing, '--samples', samples]);
    expect(noGold.code).toBe(1);
    expect(noGold.stderr.trim()).toBe(`error [NOT_FOUND] --gold: no folder ${missing}`);
    const noSamples = await runCli(['eval', '--gold', gold, '--samples', missing]);
    expect(noSamples.code).toBe(1);
    expect(noSamples.stderr.trim()).toBe(`error [NOT_FOUND] --samples: no folder ${missing}`);
  });

  it('scores a corpus layout (<case>/source.html) and lists its cases without gold', async () => {
    const { gold } = fixture();
    const corpus = mkdtempSync(path.join(tmpdir(), 'veille-eval-corpus-'));
    for (const [name, page] of [
      [SAMPLE, SAMPLE],
      ['other-case', '11-forum-discussion'],
    ] as const) {
      mkdirSync(path.join(corpus, name));
      copyFileSync(path.resolve('samples', `${page}.html`), path.join(corpus, name, 'source.html'));
      writeFileSync(path.join(corpus, name, 'meta.json'), '{"lang": "fr"}');
    }
    const { code, stdout, stderr } = await runCli([
      'eval',
      '--gold',
      gold,
      '--samples',
      corpus,
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { samples: Array<{ sample: string }>; unscored: string[] };
    expect(report.samples.map((s) => s.sample)).toEqual([SAMPLE]);
    expect(report.unscored).toEqual(['other-case']);
  });

  it('finds its default gold and samples from any working folder', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'veille-eval-elsewhere-'));
    const { code, stdout, stderr } = await runCli(['eval', '--format', 'json'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { samples: unknown[]; failures: unknown[] };
    expect(report.failures).toEqual([]);
    expect(report.samples.length).toBeGreaterThanOrEqual(12);
  });
});
