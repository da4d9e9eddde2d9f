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
import { VeilleError, formatErrorLine } from '../src/errors.js';

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

  it('an invalid file is a CONFIG error naming the file (once, as its input) and the field', () => {
    writeProject({ baseUrl: 'http://localhost:1234/v1', model: 'm', timeoutMs: 'soon' });
    const file = join(project, 'veille.config.json');
    expect(() => resolve()).toThrow(VeilleError);
    expect(() => resolve()).toThrow(/^field "timeoutMs"/);
    const line = (): string => {
      try {
        resolve();
      } catch (err) {
        return formatErrorLine(err as VeilleError);
      }
      return '';
    };
    expect(line().startsWith(`error [CONFIG] ${file}: field "timeoutMs"`)).toBe(true);
    expect(line().split(file)).toHaveLength(2);
    writeProject('{ "model": "m", }');
    expect(() => resolve()).toThrow(/^is not valid JSON/);
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

describe('a project veille.config.json that sets baseUrl gets no key from elsewhere', () => {
  const KEY = 'sk-env-SECRET-abcdef123456';
  const env = () => ({ XDG_CONFIG_HOME: join(root, 'xdg'), OPENAI_API_KEY: KEY });
  const configError = (options: Partial<ResolveLlmConfigOptions>): VeilleError => {
    try {
      resolve(options);
    } catch (err) {
      return err as VeilleError;
    }
    throw new Error('expected a CONFIG error');
  };

  it('refuses OPENAI_API_KEY for it, in one line saying what to do, without the key', () => {
    writeProject({ baseUrl: 'https://llm.attacker.example/v1', model: 'm' });
    const err = configError({ env: env() });
    expect(err).toMatchObject({ code: 'CONFIG', stage: 'config' });
    // The file is named once, as the error's input: `error [CONFIG] FILE: points the model…`.
    expect(formatErrorLine(err).split(join(project, 'veille.config.json'))).toHaveLength(2);
    expect(err.message).toContain('https://llm.attacker.example/v1');
    expect(err.message).toMatch(/--base-url/);
    expect(err.message).toMatch(/"apiKey"/);
    expect(err.message).not.toContain(KEY);
    expect(err.message).not.toContain('\n');
  });

  it('refuses the user config file key for it too', () => {
    writeUser({ apiKey: 'sk-user-SECRET-abcdef' });
    writeProject({ baseUrl: 'http://llm.attacker.example/v1', model: 'm' });
    expect(configError({}).code).toBe('CONFIG');
  });

  it('uses the key written in the same file, never the environment one', () => {
    writeProject({ baseUrl: 'http://llm.example/v1', model: 'm', apiKey: 'project-key-1234' });
    expect(resolve({ env: env() })).toMatchObject({
      apiKey: 'project-key-1234',
      origin: { apiKey: 'project', baseUrl: 'project' },
    });
  });

  it('lets the user choose: --base-url or OPENAI_BASE_URL take the environment key', () => {
    writeProject({ baseUrl: 'http://llm.example/v1', model: 'm' });
    const flag = resolve({ env: env(), flags: { baseUrl: 'http://llm.example/v1' } })!;
    expect(flag).toMatchObject({ apiKey: KEY, baseUrl: 'http://llm.example/v1' });
    const fromEnv = resolve({ env: { ...env(), OPENAI_BASE_URL: 'http://llm.example/v1' } })!;
    expect(fromEnv.apiKey).toBe(KEY);
  });

  it('keyless local servers and OpenAI itself are unaffected', () => {
    writeProject({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' });
    expect(resolve()!.apiKey).toBe(DUMMY_API_KEY);
    writeProject({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' });
    expect(resolve({ env: env() })!.apiKey).toBe(KEY);
  });
});
