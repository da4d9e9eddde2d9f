/**
 * Request headers for `claims --post` (a tracker's Authorization, an API-key header): from the
 * VEILLE_POST_HEADERS environment variable, else the config file's `postHeaders`, both a JSON
 * object of strings. Never from argv (it would stay in shell history and `ps`). Every value is
 * registered as a secret, so no log or error line shows it.
 */
import { loadConfig } from '../config/load.js';
import { VeilleError } from '../errors.js';
import { registerSecret } from '../secrets.js';

export const POST_HEADERS_ENV = 'VEILLE_POST_HEADERS';

export function postHeadersFrom(ctx: {
  cwd: string;
  env: Record<string, string | undefined>;
}): Record<string, string> {
  const raw = ctx.env[POST_HEADERS_ENV];
  if (raw !== undefined && raw.trim() !== '') {
    return checked(parseJson(raw), POST_HEADERS_ENV);
  }
  const config = loadConfig(ctx);
  const value = config.values['postHeaders'];
  if (value === undefined) return {};
  return checked(value, config.origin['postHeaders'] ?? config.userFile);
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined; // reported by `checked`, without echoing the text (it holds a secret)
  }
}

/** A JSON object of header names to strings; the error names where it came from, not its value. */
function checked(value: unknown, where: string): Record<string, string> {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([k, v]) => /^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(k) && typeof v === 'string',
    );
  if (!ok) {
    throw new VeilleError(
      'CONFIG',
      'expected a JSON object of header names to strings, e.g. {"Authorization": "Bearer …"}',
      { stage: 'config', input: where },
    );
  }
  const headers = value as Record<string, string>;
  for (const v of Object.values(headers)) registerSecret(v);
  return headers;
}
