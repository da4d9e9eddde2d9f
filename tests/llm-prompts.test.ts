import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle, translateArticle } from '../src/analyse/index.js';
import { ANALYSIS_JSON_SCHEMA } from '../src/analyse/schema.js';
import { loadPrompt, parsePrompt, PROMPTS_DIR, renderPrompt } from '../src/llm/prompts.js';
import { estimateTokens } from '../src/llm/tokens.js';
import {
  echoResponder,
  fakeConfig,
  fault,
  reply,
  supermicroReply,
  supermicroResult,
} from './helpers/fake-openai.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const template = (body: string, variables = '[name, place]') =>
  parsePrompt('test', `---\nversion: 3\nvariables: ${variables}\n---\n${body}`);

describe('prompt renderer', () => {
  it('substitutes verbatim, without HTML escaping', () => {
    const t = template('Bonjour {{name}} de {{ place }}.');
    expect(renderPrompt(t, { name: 'L’été <b>& "co"', place: "l'Élysée" }).system).toBe(
      'Bonjour L’été <b>& "co" de l\'Élysée.',
    );
  });

  it('does not re-expand {{…}} found inside values (an article can contain it)', () => {
    const t = template('{{name}} / {{place}}');
    expect(renderPrompt(t, { name: '{{place}}', place: 'x' }).system).toBe('{{place}} / x');
  });

  it('names every missing variable and every unknown one', () => {
    const t = template('{{name}} {{place}}');
    expect(() => renderPrompt(t, {})).toThrow('prompt test: render: missing name, place');
    expect(() => renderPrompt(t, { name: 'a', place: 'b', extra: 'c', other: 'd' })).toThrow(
      'unknown extra, other',
    );
  });

  it('rejects a file whose placeholders and declared variables differ', () => {
    expect(() => template('{{name}} {{plaice}}')).toThrow('uses undeclared plaice');
    expect(() => template('{{name}}')).toThrow('declares unused place');
    expect(() => parsePrompt('bad', 'no front matter')).toThrow('no front matter');
  });

  it('splits system and user at the --- user --- line', () => {
    const t = template('System {{name}}\n--- user ---\nUser {{place}}');
    expect(renderPrompt(t, { name: 'a', place: 'b' })).toEqual({
      system: 'System a',
      user: 'User b',
    });
  });
});

describe('prompt files', () => {
  const fake = useFakeOpenAi();

  /** Text only each prompt file produces, to see which prompts a request used. */
  const MARKERS: Record<string, string> = {
    analyse: 'You analyse French news articles',
    summary: 'too long to read at once',
    translate: 'You translate French news text',
    repair: 'Your reply could not be used',
    'not-english': 'Your reply is in French',
    'schema-note': 'It must match this JSON Schema',
  };

  it('every prompt file is rendered by its caller with exactly its declared variables', async () => {
    // renderPrompt throws on any missing or extra variable, so running every path is the check.
    const french = {
      ...supermicroReply(),
      summary: {
        headline: 'Le titre',
        text: 'Selon la presse, les puces ont été trouvées dans les serveurs.',
        bullets: [],
      },
    };
    fake.enqueue(
      fault.rejectFormat(),
      reply.text('oops'),
      reply.json(french),
      reply.json(supermicroReply()),
    );
    await analyseArticle(supermicroResult(), {
      config: fakeConfig(fake),
      length: 'detailed',
      strict: false,
    });
    fake.respond = echoResponder;
    await analyseArticle(supermicroResult(), {
      config: fakeConfig(fake, { tokenBudget: 200 }),
      length: 'brief',
      strict: false,
    });
    await translateArticle(supermicroResult(), { config: fakeConfig(fake) });

    const sent = JSON.stringify(fake.chats().map((c) => c.messages));
    const files = readdirSync(PROMPTS_DIR)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual(Object.keys(MARKERS).sort());
    for (const name of files) {
      expect(sent, `prompt ${name} was never used`).toContain(MARKERS[name]);
      expect(loadPrompt(name).version).toMatch(/^\d+$/);
    }
  });

  it('keeps instructions + schema of the analyse call within 1,200 estimated tokens', () => {
    const prompt = renderPrompt(loadPrompt('analyse'), {
      length: 'standard',
      part: 'the whole article',
      article: '',
    });
    const tokens =
      estimateTokens(prompt.system + prompt.user) +
      estimateTokens(JSON.stringify(ANALYSIS_JSON_SCHEMA));
    expect(tokens).toBeLessThanOrEqual(1200);
  });
});
