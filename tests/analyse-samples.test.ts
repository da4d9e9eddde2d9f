// Golden tests of the LLM analysis stage on real samples: for each sample, a model reply written
// by hand (tests/fixtures/llm/NAME.reply.json, the schema of src/analyse/schema.ts) is served by
// the fake endpoint, and what OUR code computes from it (claim ids, grounding, spans, located
// quotes, warnings, merged entities) is compared with tests/fixtures/llm/NAME.expected.json.
// `UPDATE=1` rewrites the expected files: review every span (text.slice(start, end)) before keeping.
//
// What the replies exercise:
// - 01: quotes with “ ” / « » + no-break spaces, ’ for ', doubled spaces and lower case → grounded
//       on the article's words; Bloomberg/Bloomberg Businessweek, Supermicro/Super Micro Computer
//       and SEC/Securities and Exchange Commission merges; several rules-found statements left
//       out → one POSSIBLY_MISSED_CLAIM per uncovered rules statement from `veille summarize`.
// - 02: a paraphrased ProPublica quote → UNGROUNDED_QUOTE (dropped with strict); one changed
//       word in Hegseth's quote → fuzzy grounding; a claim given to "Satya Nadella", never named
//       → CLAIMANT_NOT_IN_TEXT and ENTITY_NOT_IN_TEXT; "Hegseth" merged into "Pete Hegseth".
// - 06: a quote cut with […] → grounded from first to last piece; an invented Apple quote →
//       UNGROUNDED_QUOTE; AWS/Amazon Web Services, FBI/Federal Bureau of Investigation and
//       Trump/Donald Trump merges; an unnamed source ("A US intelligence official") is not flagged.
// - 10: « » written as " and “ ”, ’ for ', missing space before ":" → grounded; the outlet's own
//       voice (siteName) as claimant → no warning; "Tim Cook" for Apple's words →
//       CLAIMANT_NOT_IN_TEXT; the same Amazon quote twice with ' and ’ → one claim; an invented
//       Lenovo quote → UNGROUNDED_QUOTE.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyseArticle } from '../src/analyse/index.js';
import { ANALYSIS_JSON_SCHEMA } from '../src/analyse/schema.js';
import { extractDocument } from '../src/extract/index.js';
import { loadInputs } from '../src/inputs/load.js';
import type { Analysis, Claim, ExtractResult } from '../src/types.js';
import { fakeConfig, reply, startFakeOpenAi, type FakeOpenAi } from './helpers/fake-openai.js';
import { runCli } from './helpers/run-cli.js';

const SAMPLES = path.resolve('samples');
const FIXTURES = path.resolve('tests/fixtures/llm');
const UPDATE = process.env.UPDATE === '1';

/**
 * Per sample: the claims (by claimant) whose reply quote is NOT the article's words modulo quote
 * marks, case and spacing, and why they still ground (or must not).
 */
const CASES: Record<string, { approximate: string[]; ungrounded: string[] }> = {
  '01-tech-abonnes-supermicro': { approximate: [], ungrounded: [] },
  '02-wordpress-blog-microsoft': { approximate: ['Pete Hegseth'], ungrounded: ['ProPublica'] },
  '06-latin1-espionnage': { approximate: ['A US intelligence official'], ungrounded: ['Apple'] },
  '10-liveblog-direct': { approximate: [], ungrounded: ['Lenovo'] },
};
const NAMES = Object.keys(CASES);

interface ReplyClaim {
  claimant: string;
  quote: string;
}
interface Reply {
  claims: ReplyClaim[];
}

function readReply(name: string): Reply {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.reply.json`), 'utf8')) as Reply;
}

async function extractSample(name: string): Promise<ExtractResult> {
  const file = ['.html', '.txt'].map((ext) => path.join(SAMPLES, name + ext)).find(existsSync);
  if (file === undefined) throw new Error(`no sample ${name}`);
  for await (const item of loadInputs([file])) {
    if (item instanceof Error) throw item;
    return extractDocument(item);
  }
  throw new Error(`nothing loaded for ${name}`);
}

/** Case, accents, quote marks, apostrophes, punctuation and spacing do not count. */
const loose = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The fields our code computes, as kept in the golden files. */
function computed(analysis: Analysis) {
  return {
    claims: analysis.claims.map((c) => ({
      id: c.id,
      claimant: c.claimant,
      grounded: c.grounded,
      span: c.span,
      quote: c.quote,
      entities: c.entities,
    })),
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions,
    })),
    warnings: analysis.warnings,
  };
}

function golden(file: string, actual: unknown): void {
  const target = path.join(FIXTURES, file);
  if (UPDATE) writeFileSync(target, `${JSON.stringify(actual, null, 2)}\n`);
  expect(existsSync(target), `${target} missing: run UPDATE=1 and review it`).toBe(true);
  expect(actual).toEqual(JSON.parse(readFileSync(target, 'utf8')));
}

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
beforeEach(() => {
  fake.history.length = 0;
});
afterAll(async () => {
  await fake.close();
});

describe.each(NAMES)('LLM analysis golden: %s', (name) => {
  const expectations = CASES[name]!;
  const analyse = async (strict = false) => {
    const result = await extractSample(name);
    fake.enqueue(reply.json(readReply(name)));
    const analysis = await analyseArticle(result, { config: fakeConfig(fake), strict });
    return { result, analysis };
  };

  it('sends one request with the article inside the delimiters and the strict schema', async () => {
    const { result } = await analyse();
    const chats = fake.chats();
    expect(chats).toHaveLength(1);
    const body = chats[0]!;
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'article_analysis', strict: true, schema: ANALYSIS_JSON_SCHEMA },
    });
    const user = body.messages.find((m) => m.role === 'user')!.content;
    const title = result.article.title;
    expect(title).not.toBeNull();
    expect(user).toContain(
      `<article>\n<title>${title}</title>\n${result.article.text}\n</article>`,
    );
    expect(body.messages.find((m) => m.role === 'system')!.content).not.toContain(
      result.article.text.slice(0, 60),
    );
  });

  it('computes ids, grounding, spans, entities and warnings as in the golden file', async () => {
    const { analysis } = await analyse();
    golden(`${name}.expected.json`, computed(analysis));
  });

  it('locates each grounded quote: its span slices the quote out of the article', async () => {
    const { result, analysis } = await analyse();
    const text = result.article.text;
    const raw = readReply(name).claims;
    for (const claim of analysis.claims) {
      const asked = raw.find(
        (r) => r.claimant === claim.claimant && (claim.grounded || r.quote === claim.quote),
      );
      expect(asked, claim.claimant).toBeDefined();
      if (!claim.grounded) {
        expect(claim.span).toBeNull();
        expect(expectations.ungrounded).toContain(claim.claimant);
        continue;
      }
      const { start, end } = claim.span!;
      const slice = text.slice(start, end);
      expect(claim.quote).toBe(slice);
      // Spans start and end on a letter or digit: no stray quote marks or spaces.
      // Starts and ends on a word or on a quotation mark, and never leaves a guillemet open.
      expect(slice).toMatch(/^[«“\p{L}\p{N}][\s\S]*[»”\p{L}\p{N}]$/u);
      expect(slice.match(/[«“]/g)?.length ?? 0).toBe(slice.match(/[»”]/g)?.length ?? 0);
      const candidates = raw
        .filter((r) => r.claimant === claim.claimant)
        .map((r) => loose(r.quote));
      if (expectations.approximate.includes(claim.claimant)) {
        // Fuzzy or elided: same first and last words, not the same text.
        const found = loose(slice).split(' ');
        expect(
          candidates.some((q) => {
            const want = q.split(' ');
            return (
              found.slice(0, 3).join(' ') === want.slice(0, 3).join(' ') &&
              found.slice(-3).join(' ') === want.slice(-3).join(' ')
            );
          }),
          slice,
        ).toBe(true);
      } else {
        expect(candidates, slice).toContain(loose(slice));
      }
    }
    const ungrounded = analysis.claims.filter((c) => !c.grounded).map((c) => c.claimant);
    expect(ungrounded.sort()).toEqual([...expectations.ungrounded].sort());
    expect(analysis.warnings.filter((w) => w.code === 'UNGROUNDED_QUOTE')).toHaveLength(
      expectations.ungrounded.length,
    );
  });

  it('drops the ungrounded claims with strict, and says so', async () => {
    const { analysis } = await analyse(true);
    expect(analysis.claims.every((c) => c.grounded)).toBe(true);
    const dropped = analysis.warnings.filter((w) => w.code === 'UNGROUNDED_QUOTE');
    expect(dropped).toHaveLength(expectations.ungrounded.length);
    for (const w of dropped) expect(w.message).toContain('(claim dropped: strict)');
  });

  it('gives the same ids on a second run', async () => {
    const first = (await analyse()).analysis;
    const second = (await analyse()).analysis;
    expect(second.claims.map((c) => c.id)).toEqual(first.claims.map((c) => c.id));
    expect(second.entities.map((e) => e.id)).toEqual(first.entities.map((e) => e.id));
    expect(fake.chats()).toHaveLength(2);
  });
});

describe('LLM analysis golden: what the model must be caught on', () => {
  const codes = async (name: string) => {
    fake.enqueue(reply.json(readReply(name)));
    const analysis = await analyseArticle(await extractSample(name), { config: fakeConfig(fake) });
    return analysis.warnings;
  };

  it('flags claimants the article never names', async () => {
    const misattributed = (await codes('02-wordpress-blog-microsoft')).filter(
      (w) => w.code === 'CLAIMANT_NOT_IN_TEXT',
    );
    expect(misattributed.map((w) => w.message)).toEqual([
      'claimant "Satya Nadella" is not named in the article; the claim may be misattributed',
    ]);
    const live = (await codes('10-liveblog-direct')).filter(
      (w) => w.code === 'CLAIMANT_NOT_IN_TEXT',
    );
    expect(live.map((w) => w.message)).toEqual([
      'claimant "Tim Cook" is not named in the article; the claim may be misattributed',
    ]);
    // A described, unnamed source cannot be looked up in the French text: not a misattribution.
    const unnamed = (await codes('06-latin1-espionnage')).filter(
      (w) => w.code === 'CLAIMANT_NOT_IN_TEXT',
    );
    expect(unnamed).toEqual([]);
  });

  it('keeps one claim for the same quote written with two apostrophes', async () => {
    fake.enqueue(reply.json(readReply('10-liveblog-direct')));
    const analysis = await analyseArticle(await extractSample('10-liveblog-direct'), {
      config: fakeConfig(fake),
    });
    expect(analysis.claims.filter((c) => c.claimant === 'Amazon')).toHaveLength(1);
  });
});

describe('veille summarize on a sample: statements the model left out', () => {
  it('reports each rules engine statement that no model claim overlaps', async () => {
    const name = '01-tech-abonnes-supermicro';
    const file = path.join(SAMPLES, `${name}.html`);
    const tmp = mkdtempSync(path.join(tmpdir(), 'veille-llm-golden-'));
    const env = {
      OPENAI_BASE_URL: fake.baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: tmp,
      XDG_DATA_HOME: tmp,
    };
    fake.enqueue(reply.json(readReply(name)));
    const llm = await runCli(['summarize', file], { env, cwd: tmp });
    expect(llm.code, llm.stderr).toBe(0);
    expect(fake.chats()).toHaveLength(1);
    const analysis = JSON.parse(llm.stdout.trim().split('\n')[0]!) as Analysis;
    expect(analysis.engine).toBe('openai');

    // What the rules engine finds on its own (no model call), to derive the expected warnings
    // without freezing the rules engine's output here.
    const rules = await runCli(['summarize', '--engine', 'rules', '--no-store', file], {
      env,
      cwd: tmp,
    });
    expect(rules.code, rules.stderr).toBe(0);
    expect(fake.chats()).toHaveLength(1);
    const rulesClaims = (JSON.parse(rules.stdout.trim().split('\n')[0]!) as Analysis).claims;
    const overlaps = (a: Claim['span'], b: Claim['span']) =>
      a !== null && b !== null && a.start < b.end && b.start < a.end;
    const uncovered = rulesClaims.filter(
      (r) => r.span !== null && !analysis.claims.some((c) => overlaps(r.span, c.span)),
    );
    // The reply leaves out several statements (ServeTheHome's verdict, the 17 sources…).
    expect(uncovered.length).toBeGreaterThanOrEqual(3);
    // ServeTheHome's verdict, by its speaker: the quote is the statement without its subject.
    expect(uncovered.some((r) => r.claimant.includes('ServeTheHome'))).toBe(true);

    const missed = analysis.warnings.filter((w) => w.code === 'POSSIBLY_MISSED_CLAIM');
    expect(missed).toHaveLength(uncovered.length);
    uncovered.forEach((r, i) => {
      expect(missed[i]!.message.startsWith(`possibly missed claim: ${r.claimant}: `)).toBe(true);
    });
    // Supermicro's statement is covered by the reply (typographic variant): not reported.
    expect(missed.some((w) => w.message.includes('Nous n'))).toBe(false);
  });
});
