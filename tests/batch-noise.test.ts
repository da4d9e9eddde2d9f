/**
 * What a batch says on stderr: one line per article with counts of its warnings (details only
 * with --verbose, and never again for an analysis served from the cache), the errors, and the
 * closing line.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/types.js';
import { articleIn, reply, type ChatBody, type FakeReply } from './helpers/fake-openai.js';
import { writeArticles } from './helpers/articles.js';
import { runCli } from './helpers/run-cli.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const ARTICLES = 40;
const fake = useFakeOpenAi();
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-noise-'));
  files = writeArticles(path.join(dir, 'articles'), ARTICLES);
});

/** A reply whose claims all carry warnings: quotes not in the text, claimants nobody names. */
function noisyReply(body: ChatBody): FakeReply {
  const number = /numéro (\d+)/.exec(articleIn(body))?.[1] ?? '0';
  return reply.json({
    summary: { headline: `Council ${number}`, text: 'A school plan.', bullets: ['Schools'] },
    entities: [{ name: 'City hall', type: 'ORG', mentions: ['mairie'], description: null }],
    claims: [1, 2, 3].map((k) => ({
      claim: `Invented claim ${k}`,
      claimant: `Zorglub Invented ${k}`,
      stance: 'asserts',
      certainty: 'certain',
      quote: `une phrase que l'article ne contient pas du tout numéro ${k}`,
      quoteEn: `a sentence the article does not hold ${k}`,
      entities: [],
    })),
  });
}

const online = (data: string): { env: NodeJS.ProcessEnv; cwd: string } => ({
  env: {
    OPENAI_BASE_URL: fake.baseUrl,
    VEILLE_MODEL: 'test-model',
    XDG_CONFIG_HOME: dir,
    XDG_DATA_HOME: data,
  },
  cwd: dir,
});

const lines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '');

describe('a 40-article batch with warnings', () => {
  it('prints one line per article with counts, then the closing line; a cached re-run the same', async () => {
    fake.respond = noisyReply;
    const data = mkdtempSync(path.join(dir, 'data-'));
    const first = await runCli(['summarize', '-c', '4', ...files], online(data));
    expect(first.code, first.stderr).toBe(0);
    const analyses = first.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis);
    // The details stay in the output.
    const codes = new Set(analyses.flatMap((a) => a.warnings.map((w) => w.code)));
    expect(codes).toContain('UNGROUNDED_QUOTE');
    expect(codes).toContain('POSSIBLY_MISSED_CLAIM');
    const firstLines = lines(first.stderr);
    expect(firstLines.length, first.stderr).toBeLessThanOrEqual(ARTICLES + 1);
    expect(first.stderr).not.toContain('warning [');
    const ok = firstLines.filter((l) => l.startsWith('ok '));
    expect(ok).toHaveLength(ARTICLES);
    expect(ok[0]).toMatch(
      /^ok \S+article-\d\d\.txt · 3 claims · .*3 unverified quotes · 3 claimants not in text · \d+ possibly missed$/,
    );
    expect(firstLines.at(-1)).toMatch(/^40 done, 0 failed, 0 from cache/);

    const second = await runCli(['summarize', '-c', '4', ...files], online(data));
    expect(second.code, second.stderr).toBe(0);
    const secondLines = lines(second.stderr);
    expect(secondLines.length, second.stderr).toBeLessThanOrEqual(ARTICLES + 1);
    expect(second.stderr).not.toContain('warning [');
    expect(secondLines.at(-1)).toMatch(/^40 done, 0 failed, 40 from cache/);
  }, 60_000);

  it('prints the warning details with --verbose, but not again for a cached analysis', async () => {
    fake.respond = noisyReply;
    const data = mkdtempSync(path.join(dir, 'data-'));
    const some = files.slice(0, 2);
    const first = await runCli(['summarize', '--verbose', ...some], online(data));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('warning [UNGROUNDED_QUOTE]');
    const second = await runCli(['summarize', '--verbose', ...some], online(data));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toContain('warning [');
  });

  it('--quiet drops the per-article lines', async () => {
    fake.respond = noisyReply;
    const data = mkdtempSync(path.join(dir, 'data-'));
    const { code, stderr } = await runCli(
      ['summarize', '--quiet', ...files.slice(0, 3)],
      online(data),
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toBe('');
  });

  it('the rules engine does not repeat NOT_TRANSLATED after the notice that said it', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    const { code, stderr } = await runCli(['summarize', ...files.slice(0, 3)], {
      env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: data },
      cwd: dir,
    });
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('NOT_TRANSLATED');
    expect(stderr).not.toMatch(/not translated/i);
    expect(lines(stderr)).toHaveLength(1 + 3 + 1);
  });
});

describe('markdown reports of several articles', () => {
  it('are separated by a rule and a blank line', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    const { code, stdout, stderr } = await runCli(
      ['summarize', '--engine', 'rules', '-f', 'markdown', ...files.slice(0, 3)],
      { env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: data }, cwd: dir },
    );
    expect(code, stderr).toBe(0);
    expect(stdout.startsWith('# ')).toBe(true);
    const reports = stdout.split('\n\n---\n\n');
    expect(reports).toHaveLength(3);
    for (const report of reports) expect(report.startsWith('# Conseil municipal')).toBe(true);
  });
});

describe('the order of results', () => {
  /** The first article's call is much slower than the others. */
  const slowFirst = (body: ChatBody): FakeReply => {
    const answer = noisyReply(body);
    const first = /numéro 1\b/.test(articleIn(body));
    return answer.kind === 'content' ? { ...answer, delayMs: first ? 600 : 5 } : answer;
  };
  const sources = (stdout: string): string[] =>
    stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as Analysis).source);

  it('is the input order by default, whatever the model latency', async () => {
    fake.respond = slowFirst;
    const some = files.slice(0, 8);
    const data = mkdtempSync(path.join(dir, 'data-'));
    const { code, stdout, stderr } = await runCli(['summarize', '-c', '4', ...some], online(data));
    expect(code, stderr).toBe(0);
    expect(sources(stdout)).toEqual(some);
    const ok = lines(stderr).filter((l) => l.startsWith('ok '));
    expect(ok.map((l) => l.split(' ')[1])).toEqual(some);
  });

  it('is the completion order with --order completion', async () => {
    fake.respond = slowFirst;
    const some = files.slice(0, 8);
    const data = mkdtempSync(path.join(dir, 'data-'));
    const { code, stdout, stderr } = await runCli(
      ['summarize', '-c', '4', '--order', 'completion', ...some],
      online(data),
    );
    expect(code, stderr).toBe(0);
    expect(sources(stdout).at(-1)).toBe(some[0]);
  });
});
