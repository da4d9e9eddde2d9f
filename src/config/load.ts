/**
 * Reads the config files as the CLI sees them: the project's `veille.config.json` (working
 * folder) over the user's `config.json`. Every key must be in the key table (keys.ts): an unknown
 * one is a CONFIG error naming the file and the key, with the nearest known key, instead of a
 * setting silently ignored (a `baseURL` typo used to fall back to the rules engine unsaid).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VeilleError } from '../errors.js';
import { PROJECT_FILE, userConfigPath } from '../config/paths.js';
import { registerSecret } from '../secrets.js';
import { configKey, invalidValue, nearestKey } from './keys.js';
import { invalidObject } from './objects.js';

export type ConfigValues = Record<string, unknown>;

export interface LoadedConfig {
  /** Project values over user values. */
  values: ConfigValues;
  /** Which file each value came from. */
  origin: Record<string, string>;
  projectFile: string;
  userFile: string;
}

/** Both config files, checked; a missing file is empty. */
export function loadConfig(options: {
  cwd: string;
  env: Record<string, string | undefined>;
}): LoadedConfig {
  const projectFile = join(options.cwd, PROJECT_FILE);
  const userFile = userConfigPath(options);
  const values: ConfigValues = {};
  const origin: Record<string, string> = {};
  for (const file of [userFile, projectFile]) {
    for (const [name, value] of Object.entries(readConfigObject(file))) {
      values[name] = value;
      origin[name] = file;
    }
  }
  return { values, origin, projectFile, userFile };
}

/** One file's object, every key known and every value valid; `{}` when the file is missing. */
export function readConfigObject(file: string): ConfigValues {
  const json = readJson(file);
  if (json === undefined) return {};
  for (const [name, value] of Object.entries(json)) {
    if (name === 'apiKey' && typeof value === 'string') registerSecret(value);
    const key = configKey(name);
    if (key === undefined) {
      const near = nearestKey(name);
      const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
      throw configFileError(
        file,
        `unknown key "${name}"${hint}; \`veille config keys\` lists them`,
      );
    }
    const why =
      invalidValue(key, value) ??
      (key.type === 'object' ? invalidObject(name, value as ConfigValues) : null);
    if (why !== null) throw configFileError(file, `key "${name}": ${why}`);
  }
  return json;
}

function readJson(file: string): ConfigValues | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw configFileError(file, `cannot be read (${code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw configFileError(file, `is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw configFileError(file, 'must hold a JSON object');
  }
  return json as ConfigValues;
}

/** A CONFIG error whose line names the file once: `error [CONFIG] FILE: what`. */
export function configFileError(file: string, what: string): VeilleError {
  return new VeilleError('CONFIG', what, { stage: 'config', input: file, details: { file } });
}
