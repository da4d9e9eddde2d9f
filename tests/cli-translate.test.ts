import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { echoResponder, reply, startFakeOpenAi, type FakeOpenAi } from './helpers/fake-openai.js';
import { runCli } from './helpers/run-cli.js';

const PARAGRAPHS = [
  'Le fabricant de cartes mères Supermicro a vu son action chuter de plus de quarante pour cent en une seule séance.',
  "Selon l'agence Bloomberg, les composants auraient été soudés lors de la fabrication chez des sous-traitants.",
  'Apple et Amazon ont publié des démentis d’une fermeté inhabituelle.',
];

let dir: string;
let fake: FakeOpenAi;
let file: string;

// Each run has a database of its own: no translation comes from an earlier test's cache.
const online = () => ({
  env: {
    OPENAI_BASE_URL: fake.baseUrl,
    VEILLE_MODEL: 'test-model',
    XDG_CONFIG_HOME: dir,
    XDG_DATA_HOME: mkdtempSync(path.join(dir, 'data-')),
  },
  cwd: dir,
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-translate-'));
  file = path.join(dir, 'article.html');
  writeFileSync(
    file,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Des puces espionnes</title></head>
<body><article><h1>Des puces espionnes</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
  );
  fake = await startFakeOpenAi();
});

beforeEach(() => {
  fake.history.length = 0;
  fake.respond = echoResponder;
});

afterAll(async () => {
  await fake.close();
});

describe('veille translate', () => {
  it('prints the English article paragraph by paragraph', async () => {
    const { code, stdout, stderr } = await runCli(['translate', file], online());
    expect(code, stderr).toBe(0);
    const blocks = stdout.trim().split('\n\n');
    expect(blocks[0]).toBe('EN: Des puces espionnes'); // the title is translated too
    for (const paragraph of PARAGRAPHS) expect(blocks).toContain(`EN: ${paragraph}`);
    expect(stdout).not.toMatch(/^Le fabricant/m);
    expect(fake.chats()[0]?.model).toBe('test-model');
  });

  it('--bilingual writes Markdown with each French paragraph quoted above its English', async () => {
    const { code, stdout, stderr } = await runCli(['translate', '--bilingual', file], online());
    expect(code, stderr).toBe(0);
    expect(stdout.startsWith('# EN: Des puces espionnes\n')).toBe(true);
    expect(stdout).toContain('Source: <file://');
    for (const paragraph of PARAGRAPHS) {
      expect(stdout).toContain(`> ${paragraph}\n\nEN: ${paragraph}\n`);
    }
  });

  it('--out writes one file per article', async () => {
    const out = path.join(dir, 'out');
    const { code, stdout } = await runCli(
      ['translate', '--bilingual', '--out', out, file],
      online(),
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(out)).toEqual(['des-puces-espionnes.md']);
    expect(readFileSync(path.join(out, 'des-puces-espionnes.md'), 'utf8')).toContain(
      `EN: ${PARAGRAPHS[0]}`,
    );
  });

  it('exits 2 with one line on how to configure when no endpoint is set', async () => {
    const { code, stdout, stderr } = await runCli(['translate', file], {
      env: { XDG_CONFIG_HOME: dir },
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('[NO_ENDPOINT]');
    expect(stderr).toContain('OPENAI_BASE_URL');
    expect(fake.chats()).toHaveLength(0);
  });

  it('names the real cause when the reply misses paragraphs and the repair is no better', async () => {
    // First reply: 2 of the 4 pieces (title and 3 paragraphs); the repair turn: another shape.
    fake.enqueue(
      reply.json({ paragraphs: ['EN: one', 'EN: two'] }),
      reply.json({ translation: ['EN: one', 'EN: two', 'EN: three'] }),
    );
    const { code, stderr } = await runCli(['translate', file], online());
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((l) => l.startsWith('error '));
    expect(errors, stderr).toHaveLength(1);
    expect(errors[0]).toMatch(/^error \[LLM_OUTPUT_INVALID\] /);
    expect(stderr).toMatch(/2 of the 4 paragraphs/);
    expect(stderr).toMatch(/repair/);
  });

  it('--format json prints one JSON document with the French and English paragraphs', async () => {
    const { code, stdout, stderr } = await runCli(['translate', '-f', 'json', file], online());
    expect(code, stderr).toBe(0);
    const [doc] = JSON.parse(stdout) as {
      source: string;
      paragraphs: { fr: string; en: string }[];
    }[];
    expect(doc?.source).toBe(file);
    expect(doc?.paragraphs[0]).toEqual({ fr: PARAGRAPHS[0], en: `EN: ${PARAGRAPHS[0]}` });
    const lines = await runCli(['translate', '-f', 'jsonl', file], online());
    expect(JSON.parse(lines.stdout.trim())).toMatchObject({ source: file });
  });

  it('prints the tokens and cost line, as summarize does', async () => {
    const { code, stderr } = await runCli(['translate', file], online());
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^1 done.*tokens [\d,]+ in \/ [\d,]+ out/m);
  });

  it('translates articles concurrently (-c): the next article goes out while one waits', async () => {
    const second = path.join(dir, 'second.html');
    writeFileSync(
      second,
      readFileSync(file, 'utf8').replaceAll('Des puces espionnes', 'Un second article'),
    );
    let calls = 0;
    fake.respond = (body) => {
      calls += 1;
      // The first reply comes late: one article at a time would send nothing else meanwhile.
      return calls === 1 ? { ...echoResponder(body), delayMs: 1_500 } : echoResponder(body);
    };
    const { code, stderr } = await runCli(['translate', '-c', '2', file, second], online());
    expect(code, stderr).toBe(0);
    const firstUser = (i: number): string =>
      fake.chats()[i]?.messages.find((m) => m.role === 'user')?.content ?? '';
    // Whichever article goes first (inputs are read concurrently), the next request is the
    // other article's, not the first one's follow-up turn.
    const titles = [0, 1].map(
      (i) => /\[1\] (Des puces espionnes|Un second article)/.exec(firstUser(i))?.[1],
    );
    expect(new Set(titles)).toEqual(new Set(['Des puces espionnes', 'Un second article']));
  });
});
