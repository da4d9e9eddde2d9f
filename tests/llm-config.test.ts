import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeLlmConfig,
  resolveLlmConfig,
  type ResolveLlmConfigOptions,
} from '../src/analyse/index.js';
import { DUMMY_API_KEY, OPENAI_BASE_URL } from '../src/llm/config.js';
import { VeilleError } from '../src/errors.js';

let root: string;
let project: string;
let userDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'veille-config-'));
  project = join(root, 'project');
  userDir = join(root, 'xdg', 'veille');
  mkdirSync(project);
  mkdirSync(userDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const writeProject = (value: unknown) =>
  writeFileSync(
    join(project, 'veille.config.json'),
    typeof value === 'string' ? value : JSON.stringify(value),
  );
const writeUser = (value: unknown) =>
  writeFileSync(join(userDir, 'config.json'), JSON.stringify(value));

const resolve = (options: Partial<ResolveLlmConfigOptions> = {}) =>
  resolveLlmConfig({ env: { XDG_CONFIG_HOME: join(root, 'xdg') }, cwd: project, ...options });

describe('resolveLlmConfig', () => {
  it('returns null when no endpoint and no key are configured anywhere', () => {
    expect(resolve()).toBeNull();
  });

  it('takes each setting from flags > env > project file > user file > default', () => {
    writeUser({
      baseUrl: 'http://user.example/v1',
      model: 'user-model',
      timeoutMs: 1111,
      maxRetries: 1,
      tokenBudget: 900,
    });
    writeProject({ baseUrl: 'http://project.example/v1', model: 'project-model', timeoutMs: 2222 });
    const env = { XDG_CONFIG_HOME: join(root, 'xdg'), VEILLE_MODEL: 'env-model' };
    const config = resolve({ env, flags: { baseUrl: 'http://127.0.0.1:11434/v1' } })!;
    expect(config).toMatchObject({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'env-model',
      timeoutMs: 2222,
      maxRetries: 1,
      tokenBudget: 900,
      apiKey: DUMMY_API_KEY,
      origin: {
        baseUrl: 'flag',
        model: 'env',
        timeoutMs: 'project',
        maxRetries: 'user',
        tokenBudget: 'user',
        apiKey: 'default',
      },
    });
    expect(resolve({ env, flags: { model: 'flag-model' } })!.model).toBe('flag-model');
    expect(resolve({ env: { XDG_CONFIG_HOME: join(root, 'xdg') } })!.model).toBe('project-model');
  });

  it('uses OpenAI with a default model when only a key is set; the key never shows', () => {
    const config = resolve({ env: { OPENAI_API_KEY: 'sk-live-SECRET-123456', HOME: root } })!;
    expect(config).toMatchObject({
      baseUrl: OPENAI_BASE_URL,
      model: 'gpt-4o-mini',
      apiKey: 'sk-live-SECRET-123456',
    });
    expect(describeLlmConfig(config)).not.toContain('SECRET');
    expect(describeLlmConfig(config)).toContain('key from env');
  });

  it('needs a model for a non-OpenAI server, and a key for OpenAI', () => {
    expect(() => resolve({ flags: { baseUrl: 'http://localhost:8080/v1' } })).toThrow(
      /no model named/,
    );
    writeProject({ baseUrl: 'https://api.openai.com/v1' });
    const err = (() => {
      try {
        resolve();
      } catch (e) {
        return e as VeilleError;
      }
      return null;
    })();
    expect(err).toMatchObject({ code: 'CONFIG', stage: 'config' });
    expect(err!.message).toContain('OPENAI_API_KEY');
  });

  it('prefers a per-model budget from the file to its plain budget, and a flag to both', () => {
    writeProject({
      baseUrl: 'http://localhost:1234/v1',
      model: 'small',
      tokenBudget: 5000,
      tokenBudgets: { small: 1500 },
    });
    expect(resolve()!.tokenBudget).toBe(1500);
    expect(resolve({ flags: { tokenBudget: 800 } })!.tokenBudget).toBe(800);
  });

  it('an invalid file is a CONFIG error naming the file and the field', () => {
    writeProject({ baseUrl: 'http://localhost:1234/v1', model: 'm', timeoutMs: 'soon' });
    const file = join(project, 'veille.config.json');
    expect(() => resolve()).toThrow(VeilleError);
    expect(() => resolve()).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} field "timeoutMs"`),
    );
    writeProject('{ "model": "m", }');
    expect(() => resolve()).toThrow(/veille\.config\.json is not valid JSON/);
    writeProject({ baseUrl: 'not a url' });
    expect(() => resolve()).toThrow(/field "baseUrl"/);
  });

  it('keys come only from env and files, and the env key wins over a file key', () => {
    writeUser({ baseUrl: 'http://localhost:1234/v1', model: 'm', apiKey: 'sk-from-file-abcdef' });
    expect(resolve()!.apiKey).toBe('sk-from-file-abcdef');
    const env = { XDG_CONFIG_HOME: join(root, 'xdg'), OPENAI_API_KEY: 'sk-from-env-abcdef' };
    expect(resolve({ env })!).toMatchObject({
      apiKey: 'sk-from-env-abcdef',
      origin: { apiKey: 'env' },
    });
  });
});
