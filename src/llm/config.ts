/**
 * Where the model endpoint comes from: flags, then environment, then the project's
 * `veille.config.json`, then the user's `~/.config/veille/config.json`, then defaults.
 * The API key never comes from a flag and never appears in errors or `describeLlmConfig`.
 * A project file that sets `baseUrl` gets only its own `apiKey`, never the environment's or the
 * user file's, unless the user names the endpoint (`--base-url`, `OPENAI_BASE_URL`): see pickKey.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { VeilleError } from '../errors.js';
import { registerSecret, registerUrlSecrets } from '../secrets.js';
import { PROJECT_FILE, userConfigPath } from '../config/paths.js';

/** OpenAI's own endpoint, used when only a key is configured. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Model used on OpenAI's endpoint when none is named. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export { PROJECT_FILE, userConfigPath } from '../config/paths.js';
/** Sent to servers that need no key: the SDK refuses to run without one. */
export const DUMMY_API_KEY = 'sk-no-key-needed';

/** Settings defaults: article tokens per call 6,000; timeout 60 s; SDK retries 3. */
export const LLM_DEFAULTS = { tokenBudget: 6_000, timeoutMs: 60_000, maxRetries: 3 } as const;

export type SettingOrigin = 'flag' | 'env' | 'project' | 'user' | 'default';

/** A resolved endpoint. `apiKey` is real or the dummy; never log this object whole. */
export interface LlmConfig {
  /** OpenAI-compatible base URL ending in `/v1` (no trailing slash). */
  baseUrl: string;
  model: string;
  apiKey: string;
  /** Estimated article tokens sent per call; longer articles are split. Default 6,000. */
  tokenBudget: number;
  /** Per-request timeout. Default 60,000 ms. */
  timeoutMs: number;
  /** SDK retries on 408/409/429/5xx/connection errors, honouring Retry-After up to 60 s (MAX_RETRY_WAIT_MS). Default 3. */
  maxRetries: number;
  /** Where each setting came from (for `--verbose`); the key's value is never recorded. */
  origin: Record<
    'baseUrl' | 'model' | 'apiKey' | 'tokenBudget' | 'timeoutMs' | 'maxRetries',
    SettingOrigin
  >;
}

/** Settings the CLI accepts as flags; there is deliberately no key flag (it would land in shell history). */
export interface LlmFlags {
  model?: string | undefined;
  baseUrl?: string | undefined;
  tokenBudget?: number | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}

export interface ResolveLlmConfigOptions {
  flags?: LlmFlags;
  /** Environment; usually `process.env`. */
  env: Record<string, string | undefined>;
  /** Folder holding the project's `veille.config.json`. */
  cwd: string;
  /** User config folder; default `$XDG_CONFIG_HOME/veille` or `~/.config/veille`. */
  configDir?: string | undefined;
}

const positiveInt = z.number().int().positive();
const FileSchema = z.object({
  baseUrl: z.url().optional(),
  model: z.string().min(1).optional(),
  apiKey: z.string().min(1).optional(),
  tokenBudget: positiveInt.min(200).optional(),
  /** Per-model budgets, e.g. `{"llama3.1:8b": 3000}`; win over `tokenBudget` for that model. */
  tokenBudgets: z.record(z.string(), positiveInt.min(200)).optional(),
  timeoutMs: positiveInt.optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
});
type FileSettings = z.infer<typeof FileSchema>;

/** Reads one config file; a missing file is `{}`; a broken one is a CONFIG error naming file and field. */
export function readConfigFile(path: string): FileSettings {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw configError(path, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw configError(path, `is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw configError(path, 'must hold a JSON object');
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw configError(path, `field "${field}": ${issue?.message ?? 'invalid'}`, field);
  }
  return parsed.data;
}

/** The file is the error's input, so its one-line form names it once: `error [CONFIG] FILE: what`. */
function configError(path: string, what: string, field?: string): VeilleError {
  return new VeilleError('CONFIG', what, {
    stage: 'config',
    input: path,
    details: { file: path, ...(field === undefined ? {} : { field }) },
  });
}

/** True for OpenAI's own hosts, the only ones where a missing key is an error. */
export function isOpenAiHost(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host === 'api.openai.com' || host.endsWith('.openai.com');
}

/** The base URL as safe to print: no user:password, no query. */
export function displayUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    url.search = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}

interface Layer {
  origin: SettingOrigin;
  values: FileSettings;
}

function firstOf<K extends keyof FileSettings>(
  layers: Layer[],
  key: K,
): { value: NonNullable<FileSettings[K]>; origin: SettingOrigin } | undefined {
  for (const layer of layers) {
    const value = layer.values[key];
    if (value !== undefined && value !== null) return { value, origin: layer.origin };
  }
  return undefined;
}

function envLayer(env: Record<string, string | undefined>): FileSettings {
  const pick = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const values: FileSettings = {};
  const baseUrl = pick('OPENAI_BASE_URL');
  const model = pick('VEILLE_MODEL');
  const apiKey = pick('OPENAI_API_KEY');
  if (baseUrl !== undefined) values.baseUrl = baseUrl;
  if (model !== undefined) values.model = model;
  if (apiKey !== undefined) values.apiKey = apiKey;
  return values;
}

function flagLayer(flags: LlmFlags): FileSettings {
  const values: FileSettings = {};
  if (flags.baseUrl !== undefined) values.baseUrl = flags.baseUrl;
  if (flags.model !== undefined) values.model = flags.model;
  if (flags.tokenBudget !== undefined) values.tokenBudget = flags.tokenBudget;
  if (flags.timeoutMs !== undefined) values.timeoutMs = flags.timeoutMs;
  if (flags.maxRetries !== undefined) values.maxRetries = flags.maxRetries;
  return values;
}

/**
 * Resolves the endpoint, per setting: flags > env > project file > user file > default.
 * Returns null when neither a base URL nor a key is configured anywhere.
 */
export function resolveLlmConfig(options: ResolveLlmConfigOptions): LlmConfig | null {
  const layers: Layer[] = [
    { origin: 'flag', values: flagLayer(options.flags ?? {}) },
    { origin: 'env', values: envLayer(options.env) },
    { origin: 'project', values: readConfigFile(join(options.cwd, PROJECT_FILE)) },
    { origin: 'user', values: readConfigFile(userConfigPath(options)) },
  ];
  registerLayerSecrets(layers);
  const baseUrlSetting = firstOf(layers, 'baseUrl');
  const keySetting = pickKey(layers, baseUrlSetting, options);
  if (baseUrlSetting === undefined && keySetting === undefined) return null;

  const baseUrl = checkBaseUrl(baseUrlSetting?.value ?? OPENAI_BASE_URL);
  const openAi = isOpenAiHost(baseUrl);
  if (openAi && keySetting === undefined) {
    throw new VeilleError('CONFIG', `${displayUrl(baseUrl)} needs a key: set OPENAI_API_KEY`, {
      stage: 'config',
    });
  }
  const modelSetting = firstOf(layers, 'model');
  if (modelSetting === undefined && !openAi) {
    throw new VeilleError(
      'CONFIG',
      `no model named for ${displayUrl(baseUrl)}: pass --model, set VEILLE_MODEL or "model" in veille.config.json`,
      { stage: 'config' },
    );
  }
  const model = modelSetting?.value ?? DEFAULT_OPENAI_MODEL;
  const budget = pickBudget(layers, model);
  const timeout = firstOf(layers, 'timeoutMs');
  const retries = firstOf(layers, 'maxRetries');
  return {
    baseUrl,
    model,
    apiKey: keySetting?.value ?? DUMMY_API_KEY,
    tokenBudget: budget.value,
    timeoutMs: timeout?.value ?? LLM_DEFAULTS.timeoutMs,
    maxRetries: retries?.value ?? LLM_DEFAULTS.maxRetries,
    origin: {
      baseUrl: baseUrlSetting?.origin ?? 'default',
      model: modelSetting?.origin ?? 'default',
      apiKey: keySetting?.origin ?? 'default',
      tokenBudget: budget.origin,
      timeoutMs: timeout?.origin ?? 'default',
      maxRetries: retries?.origin ?? 'default',
    },
  };
}

/**
 * The key to send. A project `veille.config.json` (the current folder, possibly a cloned repo)
 * that chooses the endpoint must not receive the user's key from the environment or the user
 * file unasked: its key comes from that same file, or the user names the endpoint themselves
 * (`--base-url`, `OPENAI_BASE_URL`, which then win over the file). OpenAI's own https endpoint
 * is exempt: sending the OpenAI key there is what the key is for.
 */
function pickKey(
  layers: Layer[],
  baseUrl: { value: string; origin: SettingOrigin } | undefined,
  options: ResolveLlmConfigOptions,
): { value: string; origin: SettingOrigin } | undefined {
  const key = firstOf(layers, 'apiKey');
  if (baseUrl?.origin !== 'project' || isOpenAiHttps(baseUrl.value)) return key;
  const projectKey = layers.find((l) => l.origin === 'project')?.values.apiKey;
  if (projectKey !== undefined) return { value: projectKey, origin: 'project' };
  if (key === undefined) return undefined;
  const file = join(options.cwd, PROJECT_FILE);
  const whose = key.origin === 'env' ? 'OPENAI_API_KEY' : `the key of ${userConfigPath(options)}`;
  throw new VeilleError(
    'CONFIG',
    `points the model endpoint at ${displayUrl(baseUrl.value)}; to send it ${whose}, name that endpoint yourself with --base-url or OPENAI_BASE_URL (or put its own "apiKey" in that file)`,
    { stage: 'config', input: file, details: { file, field: 'baseUrl' } },
  );
}

function isOpenAiHttps(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).protocol === 'https:' && isOpenAiHost(baseUrl);
  } catch {
    return false;
  }
}

/** Every key and base-URL credential configured anywhere is masked in all output from now on. */
function registerLayerSecrets(layers: Layer[]): void {
  for (const { values } of layers) {
    registerSecret(values.apiKey);
    if (values.baseUrl !== undefined) registerUrlSecrets(values.baseUrl);
  }
}

/** A flag's `tokenBudget` wins; then a file's per-model budget; then plain `tokenBudget`. */
function pickBudget(layers: Layer[], model: string): { value: number; origin: SettingOrigin } {
  for (const layer of layers) {
    const perModel = layer.values.tokenBudgets?.[model];
    if (layer.origin === 'flag' && layer.values.tokenBudget !== undefined) {
      return { value: layer.values.tokenBudget, origin: 'flag' };
    }
    if (perModel !== undefined) return { value: perModel, origin: layer.origin };
  }
  const plain = firstOf(layers, 'tokenBudget');
  return plain ?? { value: LLM_DEFAULTS.tokenBudget, origin: 'default' };
}

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new VeilleError('CONFIG', `base URL is not a URL: ${displayUrl(value)}`, {
      stage: 'config',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new VeilleError('CONFIG', `base URL must be http(s): ${displayUrl(value)}`, {
      stage: 'config',
    });
  }
  return value.replace(/\/+$/, '');
}

/** One line safe to print: endpoint, model and where each came from, never the key. */
export function describeLlmConfig(config: LlmConfig): string {
  const key = config.apiKey === DUMMY_API_KEY ? 'no key' : `key from ${config.origin.apiKey}`;
  return `${displayUrl(config.baseUrl)} model ${config.model} (${key}, budget ${config.tokenBudget} tokens)`;
}
