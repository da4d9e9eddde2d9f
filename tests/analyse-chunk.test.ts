import { describe, expect, it } from 'vitest';
import { chunkParagraphs, groupText } from '../src/analyse/chunk.js';
import { analyseArticle, translateArticle, type LlmConfig } from '../src/analyse/index.js';
import { VeilleError } from '../src/errors.js';
import { estimateTokens } from '../src/llm/tokens.js';
import {
  articleIn,
  echoResponder,
  fakeConfig,
  fault,
  reply,
  SUPERMICRO_PARAGRAPHS,
  supermicroReply,
  supermicroResult,
} from './helpers/fake-openai.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const fake = useFakeOpenAi();

const analyse = (overrides: Partial<LlmConfig>) =>
  analyseArticle(supermicroResult(), {
    config: fakeConfig(fake, overrides),
    length: 'brief',
    strict: false,
  });

const isSummaryCall = (i: number) =>
  fake.chats()[i]!.messages[0]!.content.includes('too long to read');

describe('chunkParagraphs', () => {
  it('groups whole paragraphs under the budget, in order', () => {
    const groups = chunkParagraphs(SUPERMICRO_PARAGRAPHS, 120);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat().map((p) => p.text)).toEqual(SUPERMICRO_PARAGRAPHS);
    for (const g of groups) expect(estimateTokens(groupText(g))).toBeLessThanOrEqual(120);
  });

  it('cuts an oversize paragraph between sentences and rejoins its pieces', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Phrase numéro ${i + 1} sur les puces espionnes de Supermicro.`,
    ).join(' ');
    const groups = chunkParagraphs(['Court.', long], 60);
    expect(groups.flat().every((p) => estimateTokens(p.text) <= 60)).toBe(true);
    expect(
      groups
        .flat()
        .filter((p) => p.paragraph === 1)
        .map((p) => p.text)
        .join(' '),
    ).toBe(long);
  });
});

describe('analyseArticle over budget', () => {
  it('analyses each part, writes the summary from their notes, and merges without duplicates', async () => {
    // Every part returns the same entities and claims: the merge must keep one of each.
    fake.respond = (body) =>
      body.messages[0]!.content.includes('too long to read')
        ? reply.json({
            headline: 'Spy chip report denied',
            text: 'Summary of the parts.',
            bullets: ['Denials'],
          })
        : reply.json(supermicroReply());
    const analysis = await analyse({ tokenBudget: 200 });
    const calls = fake.chats();
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(isSummaryCall(calls.length - 1)).toBe(true);
    expect(calls[0]!.messages[0]!.content).toContain(`part 1 of ${calls.length - 1}`);
    const notes = calls.at(-1)!.messages[1]!.content;
    expect(notes.startsWith('<notes>')).toBe(true);
    expect(notes).toContain('Part 2: Apple and Amazon deny');
    expect(analysis.summary.headline).toBe('Spy chip report denied');
    expect(analysis.claims).toHaveLength(3);
    expect(analysis.entities.filter((e) => e.name === 'Super Micro Computer')).toHaveLength(1);
    expect(analysis.warnings.map((w) => w.code)).toContain('ARTICLE_SPLIT');
  });

  it('answers finish_reason "length" with a smaller split, not a failure', async () => {
    fake.enqueue(reply.truncated());
    fake.respond = echoResponder;
    const analysis = await analyse({});
    const calls = fake.chats();
    // whole (cut) → sections of about half its size → summary of the sections
    const sections = calls.slice(1, -1);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(sections.map((c) => articleIn(c)).join('\n\n')).toBe(
      articleIn(calls[0]!).replace(/^<title>.*\n/, ''),
    );
    for (const c of sections)
      expect(c.messages[0]!.content).toContain('a section of the whole article');
    expect(isSummaryCall(calls.length - 1)).toBe(true);
    expect(analysis.claims).toHaveLength(SUPERMICRO_PARAGRAPHS.length);
    expect(analysis.claims.every((c) => c.grounded)).toBe(true);
  });

  it('answers a context-length 400 the same way', async () => {
    fake.enqueue(fault.contextLength());
    fake.respond = echoResponder;
    const analysis = await analyse({});
    expect(fake.chats().length).toBeGreaterThanOrEqual(4);
    expect(analysis.warnings.map((w) => w.code)).toContain('ARTICLE_SPLIT');
  });

  it('fails with LLM_ERROR when even the smallest split overflows', async () => {
    fake.respond = () => reply.truncated();
    const err = await analyse({}).catch((e: unknown) => e);
    expect((err as VeilleError).code).toBe('LLM_ERROR');
    expect((err as VeilleError).message).toContain('smallest split');
  });
});

describe('translateArticle', () => {
  it('returns French/English pairs, one per paragraph, chunked to the budget', async () => {
    fake.respond = echoResponder;
    const result = await translateArticle(supermicroResult(), {
      config: fakeConfig(fake),
      budget: 150,
    });
    expect(fake.chats().length).toBeGreaterThan(1);
    expect(result.paragraphs.map((p) => p.fr)).toEqual(SUPERMICRO_PARAGRAPHS);
    expect(result.paragraphs[2]!.en).toBe(`EN: ${SUPERMICRO_PARAGRAPHS[2]}`);
    expect(result.promptVersion).toMatch(/^translate@1\+/);
    expect(fake.chats()[0]!.response_format?.json_schema?.name).toBe('translation');
  });

  it('repairs a reply with the wrong number of paragraphs', async () => {
    const two = SUPERMICRO_PARAGRAPHS.slice(0, 2);
    fake.enqueue(
      reply.json({ paragraphs: ['Only one paragraph, merged.'] }),
      reply.json({
        paragraphs: [
          'Spy chips: Apple and Amazon deny Bloomberg’s revelations',
          'According to Bloomberg, spies planted chips.',
          'The US outlet says thirty firms were hit.',
        ],
      }),
    );
    const result = await translateArticle(supermicroResult(two), { config: fakeConfig(fake) });
    // The title is the first numbered piece, then the two paragraphs.
    expect(fake.chats()[1]!.messages.at(-1)!.content).toContain('expected exactly 3 strings');
    expect(result.title).toBe('Spy chips: Apple and Amazon deny Bloomberg’s revelations');
    expect(result.paragraphs.map((p) => p.en)).toEqual([
      'According to Bloomberg, spies planted chips.',
      'The US outlet says thirty firms were hit.',
    ]);
  });
});
