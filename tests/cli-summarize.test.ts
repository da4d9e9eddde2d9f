import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analysePromptVersion } from '../src/analyse/index.js';
import { defaultDbPath, openStore } from '../src/store/index.js';
import type { Analysis } from '../src/types.js';
import {
  SUPERMICRO_PARAGRAPHS,
  articleIn,
  echoResponder,
  fault,
  reply,
  startFakeOpenAi,
  supermicroReply,
  type FakeOpenAi,
} from './helpers/fake-openai.js';
import { runCli } from './helpers/run-cli.js';

const SECRET = 'sk-test-SECRET-0123456789abcdef';

const page = (title: string, paragraphs: string[]): string => `<!doctype html><html lang="fr">
<head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

const OTHER_PARAGRAPHS = [
  "Le fabricant de cartes mères Supermicro a vu son action chuter de plus de quarante pour cent en une seule séance, après la publication d'une enquête de Bloomberg.",
  "Les autorités américaines n'ont pas confirmé ces informations, et plusieurs experts en sécurité matérielle se disent sceptiques sur la faisabilité technique d'une telle opération.",
];

let dir: string;
let fake: FakeOpenAi;
let article: string;
let other: string;

/** A fresh, empty data folder: each run gets its own database unless a test shares one. */
const freshData = (): string => mkdtempSync(path.join(dir, 'data-'));

/** No endpoint anywhere: empty env, cwd and user config folder without config files. */
const offline = (): { env: NodeJS.ProcessEnv; cwd: string } => ({
  env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: freshData() },
  cwd: dir,
});
const online = (extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; cwd: string } => ({
  env: {
    OPENAI_BASE_URL: fake.baseUrl,
    VEILLE_MODEL: 'test-model',
    XDG_CONFIG_HOME: dir,
    XDG_DATA_HOME: freshData(),
    ...extra,
  },
  cwd: dir,
});

const parseLines = (stdout: string): Analysis[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Analysis);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-summarize-'));
  article = path.join(dir, 'supermicro.html');
  other = path.join(dir, 'other.html');
  writeFileSync(
    article,
    page('Puces espionnes : Apple et Amazon démentent', SUPERMICRO_PARAGRAPHS),
  );
  writeFileSync(other, page('Supermicro chute en bourse', OTHER_PARAGRAPHS));
  fake = await startFakeOpenAi();
});

beforeEach(() => {
  fake.history.length = 0;
  fake.respond = null;
});

afterAll(async () => {
  await fake.close();
});

describe('veille summarize', () => {
  it('falls back to the rules engine with one notice when no endpoint is configured', async () => {
    const { code, stdout, stderr } = await runCli(['summarize', article], offline());
    expect(code, stderr).toBe(0);
    const notices = stderr.split('\n').filter((l) => l.includes('no model endpoint configured'));
    expect(notices).toEqual([
      'no model endpoint configured (set OPENAI_API_KEY, or OPENAI_BASE_URL and VEILLE_MODEL); using the offline rules engine',
    ]);
    const [analysis] = parseLines(stdout);
    expect(analysis?.engine).toBe('rules');
    expect(analysis?.summary.lang).toBe('fr');
    expect(analysis?.claims.length).toBeGreaterThan(0);
  });

  it('--engine rules uses the rules engine without a notice, even with an endpoint', async () => {
    const { code, stdout, stderr } = await runCli(
      ['summarize', '--engine', 'rules', article],
      online(),
    );
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('no model endpoint');
    expect(parseLines(stdout)[0]?.engine).toBe('rules');
    expect(fake.chats()).toHaveLength(0);
  });

  it('--engine openai without an endpoint exits 2 with one line on how to configure', async () => {
    const { code, stdout, stderr } = await runCli(
      ['summarize', '--engine', 'openai', article],
      offline(),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('[NO_ENDPOINT]');
    expect(stderr).toContain('OPENAI_API_KEY');
  });

  it('uses the configured endpoint: grounded claims, model and prompt version', async () => {
    fake.enqueue(reply.json(supermicroReply()));
    const { code, stdout, stderr } = await runCli(['summarize', article], online());
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('rules engine');
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(1);
    const analysis = lines[0]!;
    expect(analysis.engine).toBe('openai');
    expect(analysis.model).toBe('test-model');
    expect(analysis.promptVersion).toBe(analysePromptVersion());
    expect(analysis.summary.lang).toBe('en');
    expect(analysis.claims).toHaveLength(3);
    expect(analysis.claims.every((c) => c.grounded && c.span !== null)).toBe(true);
    expect(fake.chats()[0]?.model).toBe('test-model');
  });

  it('adds the rules engine claims the model missed as warnings', async () => {
    const partial = supermicroReply();
    partial.claims = partial.claims.slice(0, 1);
    fake.enqueue(reply.json(partial));
    const { code, stdout, stderr } = await runCli(['summarize', article], online());
    expect(code, stderr).toBe(0);
    const analysis = parseLines(stdout)[0]!;
    const missed = analysis.warnings.filter((w) => w.code === 'POSSIBLY_MISSED_CLAIM');
    expect(missed.length).toBeGreaterThan(0);
    expect(stderr).toContain(`· ${missed.length} possibly missed`);
  });

  it('renders markdown with the claim in English and the French quote', async () => {
    fake.enqueue(reply.json(supermicroReply()));
    const { code, stdout, stderr } = await runCli(
      ['summarize', '--format', 'markdown', article],
      online(),
    );
    expect(code, stderr).toBe(0);
    expect(stdout.startsWith('# Puces espionnes : Apple et Amazon démentent\n')).toBe(true);
    expect(stdout).toContain('Source: <file://');
    expect(stdout).toContain('Apple and Amazon deny Bloomberg report of Chinese spy chips');
    expect(stdout).toContain('## Who said what');
    expect(stdout).toContain('**Apple** — denies — Malicious chips were found in Apple servers');
    expect(stdout).toMatch(/ {2}> .*jamais trouvé de puces malveillantes/);
    expect(stdout).toContain('| Steve Schmidt | PERSON |');
    expect(stdout).not.toContain('ungrounded');
  });

  it('marks rules-engine markdown as French, not translated', async () => {
    const { code, stdout } = await runCli(
      ['summarize', '--engine', 'rules', '-f', 'markdown', article],
      offline(),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('## Summary (French, not translated)');
    expect(stdout).toMatch(/^- \*\*.+\*\* — (asserts|denies|questions|reports)$/m);
    expect(stdout).toMatch(/^ {2}> .+ \(French, not translated\)$/m);
  });

  it('keeps going when one article fails: one LLM_OUTPUT_INVALID line, exit 1, its tokens counted', async () => {
    // The Supermicro article gets no JSON, first call and repair turn alike; the other is fine.
    const failing = SUPERMICRO_PARAGRAPHS[0]!.slice(0, 40);
    let failedCalls = 0;
    fake.respond = (body) => {
      if (!articleIn(body).includes(failing)) return echoResponder(body);
      failedCalls += 1;
      return reply.text('Désolé, je ne peux pas.', {
        usage: { prompt: 1000, completion: 7 },
      });
    };
    const { code, stdout, stderr } = await runCli(['summarize', article, other], online());
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((l) => l.startsWith('error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('[LLM_OUTPUT_INVALID]');
    expect(errors[0]).toContain('supermicro.html');
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.source).toBe(other);
    expect(lines[0]?.engine).toBe('openai');
    // The failed article's calls cost tokens too: the summary counts them with the other's.
    expect(failedCalls).toBe(2);
    const tokensIn = Number(/tokens ([\d,]+) in/.exec(stderr)![1]!.replace(/,/g, ''));
    expect(tokensIn).toBe(2 * 1000 + lines[0]!.usage!.promptTokens);
  });

  it('reports a refused key in one line without printing the key', async () => {
    fake.enqueue(fault.unauthorized());
    const { code, stdout, stderr } = await runCli(
      ['summarize', article],
      online({ OPENAI_API_KEY: SECRET }),
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter((l) => l.startsWith('error '))).toHaveLength(1);
    expect(stderr).toContain('[LLM_AUTH]');
    expect(stderr).not.toContain(SECRET);
    expect(stderr).not.toContain('0123456789abcdef');
  });

  it('--model and --base-url override the environment', async () => {
    fake.respond = echoResponder;
    const { code, stderr } = await runCli(
      ['summarize', '--model', 'other-model', '--base-url', fake.baseUrl, other],
      offline(),
    );
    expect(code, stderr).toBe(0);
    expect(fake.chats()[0]?.model).toBe('other-model');
  });
});

describe('veille summarize with the store', () => {
  it('stores each analysis and answers a re-run from the cache with zero LLM calls', async () => {
    const env = online({ XDG_DATA_HOME: freshData() });
    fake.respond = () => reply.json(supermicroReply());
    const first = await runCli(['summarize', article], env);
    expect(first.code, first.stderr).toBe(0);
    expect(fake.history).toHaveLength(1);
    fake.history.length = 0;
    const second = await runCli(['summarize', article], env);
    expect(second.code, second.stderr).toBe(0);
    expect(fake.history).toHaveLength(0);
    expect(second.stderr).toContain('1 from cache');
    expect(parseLines(second.stdout)[0]!.claims).toEqual(parseLines(first.stdout)[0]!.claims);
    const refreshed = await runCli(['summarize', '--refresh', article], env);
    expect(refreshed.code).toBe(0);
    expect(fake.history).toHaveLength(1);
  });

  it('--no-store neither reads nor writes the database', async () => {
    const env = offline();
    await runCli(['summarize', '--no-store', article], env);
    const again = await runCli(['summarize', article], env);
    expect(again.stderr).toContain('0 from cache');
  });

  it('feeds veille claims and veille brief from what summarize stored', async () => {
    const db = path.join(freshData(), 'run.db');
    fake.respond = () => reply.json(supermicroReply());
    const run = await runCli(['summarize', '--db', db, article], online());
    expect(run.code, run.stderr).toBe(0);
    const claims = await runCli(['claims', '--db', db, '--since', '2000-01-01'], online());
    expect(claims.code, claims.stderr).toBe(0);
    const records = claims.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { claimant: string });
    expect(records.length).toBe(parseLines(run.stdout)[0]!.claims.length);
    const brief = await runCli(['brief', '--db', db, '--since', '2000-01-01'], online());
    expect(brief.code, brief.stderr).toBe(0);
    expect(brief.stdout).toContain(parseLines(run.stdout)[0]!.summary.headline!);
  });
});

describe('veille summarize as a batch', () => {
  /** Echo replies after `delayMs`, counting the most calls the server had in flight at once. */
  function countCallsInFlight(delayMs: number): { peak: number } {
    const calls = { inFlight: 0, peak: 0 };
    fake.respond = (body) => {
      calls.inFlight += 1;
      calls.peak = Math.max(calls.peak, calls.inFlight);
      setTimeout(() => (calls.inFlight -= 1), delayMs);
      const answer = echoResponder(body);
      return answer.kind === 'content' ? { ...answer, delayMs } : answer;
    };
    return calls;
  }

  /** `n` short different articles `<prefix><i>.html` in `folder`. */
  function writePages(folder: string, prefix: string, n: number): string[] {
    return Array.from({ length: n }, (_, i) => {
      const file = path.join(folder, `${prefix}${i}.html`);
      writeFileSync(file, page(`Article ${i}`, [`${OTHER_PARAGRAPHS[0]} (${i})`]));
      return file;
    });
  }

  it('runs --concurrency analyses at once, one ok line per article, summary with cost', async () => {
    const cwd = mkdtempSync(path.join(dir, 'priced-'));
    writeFileSync(
      path.join(cwd, 'veille.config.json'),
      JSON.stringify({ prices: { 'test-model': { input: 1, output: 2 } } }),
    );
    const calls = countCallsInFlight(100);
    const files = writePages(cwd, 'a', 4);
    const { code, stdout, stderr } = await runCli(['summarize', '--concurrency', '4', ...files], {
      ...online(),
      cwd,
    });
    expect(code, stderr).toBe(0);
    expect(parseLines(stdout)).toHaveLength(4);
    expect(calls.peak).toBe(4);
    expect(
      stderr.split('\n').filter((l) => /^ok .*a\d\.html · \d+ claims?( · .*)?$/.test(l)),
    ).toHaveLength(4);
    const summary = stderr.trim().split('\n').at(-1)!;
    expect(summary).toMatch(
      /^4 done, 0 failed, 0 from cache, tokens [\d,]+ in \/ [\d,]+ out, cost \$/,
    );
  });

  it('caps model calls, not articles, at --concurrency', async () => {
    const calls = countCallsInFlight(60);
    const files = writePages(mkdtempSync(path.join(dir, 'capped-')), 'c', 6);
    const { code, stdout, stderr } = await runCli(['summarize', '-c', '2', ...files], online());
    expect(code, stderr).toBe(0);
    expect(parseLines(stdout)).toHaveLength(6);
    // More articles than that are prepared at once, but the endpoint never sees more calls.
    expect(calls.peak).toBe(2);
  });

  it('--quiet prints no progress, and the failure code is in the summary', async () => {
    fake.enqueue(fault.unauthorized());
    const { code, stderr } = await runCli(['summarize', '--quiet', article], online());
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('[LLM_AUTH]');
    fake.enqueue(fault.unauthorized());
    const loud = await runCli(['summarize', article], online({ OPENAI_BASE_URL: fake.baseUrl }));
    expect(loud.stderr).toMatch(/1 failed \(LLM_\w+\)/);
  });

  it('fails an article at once with LLM_RATE_LIMITED when the endpoint asks to wait a day, records it as pending, and goes on', async () => {
    const failing = SUPERMICRO_PARAGRAPHS[0]!.slice(0, 40);
    let failedCalls = 0;
    fake.respond = (body) => {
      if (!articleIn(body).includes(failing)) return echoResponder(body);
      failedCalls += 1;
      return fault.rateLimited(86_400);
    };
    const data = freshData();
    const { code, stdout, stderr } = await runCli(
      ['summarize', '-c', '1', article, other],
      online({ XDG_DATA_HOME: data }),
    );
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((l) => l.startsWith('error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('[LLM_RATE_LIMITED]');
    expect(errors[0]).toContain('supermicro.html');
    expect(errors[0]).toContain('86400 s');
    // Not retried: one request, not maxRetries + 1 of them a day apart.
    expect(failedCalls).toBe(1);
    expect(parseLines(stdout).map((a) => a.source)).toEqual([other]);
    expect(stderr).toContain('1 failed input to retry');
    const store = openStore(defaultDbPath({ XDG_DATA_HOME: data }));
    try {
      expect(store.pendingFailures().map((f) => [f.source, f.code])).toEqual([
        [article, 'LLM_RATE_LIMITED'],
      ]);
    } finally {
      store.close();
    }
  });

  it('retries a stored failure on the next run', async () => {
    const env = online({ XDG_DATA_HOME: freshData() });
    fake.enqueue(fault.unauthorized());
    const first = await runCli(['summarize', article], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('1 failed input to retry');
    fake.respond = () => reply.json(supermicroReply());
    const second = await runCli(['summarize', article], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('1 done, 0 failed, 0 from cache');
    expect(second.stderr).not.toContain('to retry');
  });

  it('takes a URL fetched within --max-age from the store, and fetches it again with --refresh', async () => {
    const env = online({ XDG_DATA_HOME: freshData() });
    const html = page('Puces espionnes : Apple et Amazon démentent', SUPERMICRO_PARAGRAPHS);
    let fetches = 0;
    const fetchStub: typeof fetch = () => {
      fetches += 1;
      return Promise.resolve(
        new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      );
    };
    fake.respond = () => reply.json(supermicroReply());
    const url = 'https://www.example.fr/tech/puces';
    const first = await runCli(['summarize', url], { ...env, fetch: fetchStub });
    expect(first.code, first.stderr).toBe(0);
    expect(fetches).toBe(1);
    const second = await runCli(['summarize', url], { ...env, fetch: fetchStub });
    expect(second.code, second.stderr).toBe(0);
    expect(fetches).toBe(1);
    expect(second.stderr).toContain('1 from cache, 1 page reused');
    const stale = await runCli(['summarize', '--max-age', '0', url], { ...env, fetch: fetchStub });
    expect(stale.code).toBe(0);
    expect(fetches).toBe(2);
    const refreshed = await runCli(['summarize', '--refresh', url], { ...env, fetch: fetchStub });
    expect(refreshed.code).toBe(0);
    expect(fetches).toBe(3);
  });
  it('takes a feed’s article links from the store too, while fetching the feed itself again', async () => {
    const env = online({ XDG_DATA_HOME: freshData() });
    const html = page('Puces espionnes : Apple et Amazon démentent', SUPERMICRO_PARAGRAPHS);
    const feedUrl = 'https://www.example.fr/rss.xml';
    const articleUrl = 'https://www.example.fr/tech/puces';
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Puces</title><link>${articleUrl}</link></item></channel></rss>`;
    const fetched: string[] = [];
    const fetchStub: typeof fetch = (input) => {
      const url = input instanceof Request ? input.url : String(input);
      fetched.push(url);
      const isFeed = url === feedUrl;
      return Promise.resolve(
        new Response(isFeed ? feed : html, {
          headers: { 'content-type': isFeed ? 'application/rss+xml' : 'text/html; charset=utf-8' },
        }),
      );
    };
    fake.respond = () => reply.json(supermicroReply());
    const first = await runCli(['summarize', feedUrl], { ...env, fetch: fetchStub });
    expect(first.code, first.stderr).toBe(0);
    expect(fetched).toEqual([feedUrl, articleUrl]);
    const second = await runCli(['summarize', feedUrl], { ...env, fetch: fetchStub });
    expect(second.code, second.stderr).toBe(0);
    expect(fetched).toEqual([feedUrl, articleUrl, feedUrl]);
    expect(second.stderr).toContain('1 from cache, 1 page reused');
  });
});

describe('veille summarize remembers response formats across runs', () => {
  it('does not ask again for a JSON schema the endpoint rejected on an earlier run', async () => {
    const env = online({ XDG_DATA_HOME: freshData() });
    fake.enqueue(fault.rejectFormat());
    fake.respond = () => reply.json(supermicroReply());
    const first = await runCli(['summarize', '--refresh', article], env);
    expect(first.code, first.stderr).toBe(0);
    expect(fake.chats().map((b) => b.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
    ]);
    fake.history.length = 0;
    const second = await runCli(['summarize', '--refresh', article], env);
    expect(second.code, second.stderr).toBe(0);
    expect(fake.chats().map((b) => b.response_format?.type)).toEqual(['json_object']);
  });
});
