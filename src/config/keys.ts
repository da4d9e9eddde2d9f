/**
 * The keys a config file (`veille.config.json` in the working folder, then the user's
 * `config.json`) may hold: one table used to validate files (with "did you mean" for unknown
 * keys), by `veille config`, and for the README's key list. Flags always win over a file; a key
 * with `option` fills that option of the commands that have it when the flag is not given.
 */

export type KeyType = 'string' | 'url' | 'integer' | 'secret' | 'object' | 'zone';

export interface ConfigKey {
  name: string;
  type: KeyType;
  /** As shown to people; `—` when there is none. */
  default: string;
  description: string;
  /** The command option (commander's attribute name) this key gives a default to. */
  option?: string;
  /** Allowed values, when there is a short list. */
  choices?: readonly string[];
  /** Inclusive bounds of an integer. */
  min?: number;
  max?: number;
  /** Commands whose option this fills (all that have `option` when absent). */
  commands?: readonly string[];
  /** Never printed by `veille config`, never set from the command line (shell history). */
  secret?: boolean;
}

/** Every known key, in the order `veille config show` and the README list them. */
export const CONFIG_KEYS: readonly ConfigKey[] = [
  {
    name: 'baseUrl',
    type: 'url',
    default: 'OpenAI',
    description: 'OpenAI-compatible endpoint ending in /v1 (--base-url, OPENAI_BASE_URL)',
  },
  {
    name: 'model',
    type: 'string',
    default: 'gpt-4o-mini on OpenAI',
    description: 'model name on the endpoint (--model, VEILLE_MODEL)',
  },
  {
    name: 'apiKey',
    type: 'secret',
    secret: true,
    default: '—',
    description:
      'API key (prefer OPENAI_API_KEY); a project file setting baseUrl must hold its own',
  },
  {
    name: 'tokenBudget',
    type: 'integer',
    min: 200,
    default: '6000',
    description: 'article tokens sent per model call; longer articles are split',
  },
  {
    name: 'tokenBudgets',
    type: 'object',
    default: '—',
    description: 'per-model token budgets, e.g. {"llama3.1:8b": 3000}',
  },
  {
    name: 'timeoutMs',
    type: 'integer',
    min: 1,
    default: '60000',
    description: 'model request timeout in milliseconds',
  },
  {
    name: 'maxRetries',
    type: 'integer',
    min: 0,
    max: 10,
    default: '3',
    description: 'model request retries',
  },
  {
    name: 'prices',
    type: 'object',
    default: '—',
    description:
      'dollars per million tokens for the cost line, e.g. {"gpt-4o-mini": {"input": 0.15, "output": 0.6}}',
  },
  {
    name: 'db',
    type: 'string',
    option: 'db',
    default: '$XDG_DATA_HOME/veille/veille.db',
    description: 'database of results and cache (--db)',
  },
  {
    name: 'concurrency',
    type: 'integer',
    min: 1,
    max: 64,
    option: 'concurrency',
    default: '4',
    description: 'model calls in flight at once (--concurrency)',
  },
  {
    name: 'engine',
    type: 'string',
    choices: ['openai', 'rules'],
    option: 'engine',
    default: 'openai when configured, else rules',
    description: 'analysis engine of summarize (--engine)',
    commands: ['summarize'],
  },
  {
    name: 'length',
    type: 'string',
    choices: ['brief', 'standard', 'detailed'],
    option: 'length',
    default: 'standard',
    description: 'summary length (--length)',
  },
  {
    name: 'format',
    type: 'string',
    option: 'format',
    default: 'markdown on a terminal, jsonl piped',
    description: 'output format of summarize (--format)',
    commands: ['summarize'],
  },
  {
    name: 'timezone',
    type: 'zone',
    option: 'tz',
    default: 'the system zone',
    description: "time zone of today, yesterday, dates and the briefing's times (--tz)",
  },
  {
    name: 'briefTitle',
    type: 'string',
    option: 'title',
    default: 'Morning briefing',
    description: 'title of the briefing (--title)',
    commands: ['brief'],
  },
  {
    name: 'postHeaders',
    type: 'object',
    secret: true,
    default: '—',
    description:
      'HTTP headers for claims --post, e.g. {"Authorization": "Bearer …"} (or VEILLE_POST_HEADERS)',
  },
  {
    name: 'smtp',
    type: 'object',
    default: '—',
    description:
      'mail settings for brief --mail-to: {host, port, tls, from, user, ca} (or VEILLE_SMTP_*; the password only from VEILLE_SMTP_PASSWORD)',
  },
];

const BY_NAME = new Map(CONFIG_KEYS.map((k) => [k.name, k]));

export function configKey(name: string): ConfigKey | undefined {
  return BY_NAME.get(name);
}

/** The known key closest to `name` when it is close enough to be a typo, else undefined. */
export function nearestKey(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const key of CONFIG_KEYS) {
    // Case differences (`baseURL`) count as nothing: they are the commonest slip.
    const distance = editDistance(name.toLowerCase(), key.name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name: key.name, distance };
  }
  const tolerated = Math.max(2, Math.floor(name.length / 3));
  return best !== undefined && best.distance <= tolerated ? best.name : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Why `value` is not valid for `key`, or null when it is. */
export function invalidValue(key: ConfigKey, value: unknown): string | null {
  switch (key.type) {
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'expected an integer';
      if (key.min !== undefined && value < key.min) return `expected at least ${key.min}`;
      if (key.max !== undefined && value > key.max) return `expected at most ${key.max}`;
      return null;
    }
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? null
        : 'expected a JSON object';
    case 'url':
      return typeof value === 'string' && /^https?:\/\/[^/]/i.test(value)
        ? null
        : 'expected an http(s) URL';
    case 'zone':
      if (typeof value !== 'string') return 'expected an IANA time zone such as Europe/Paris';
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return null;
      } catch {
        return 'expected an IANA time zone such as Europe/Paris';
      }
    default:
      if (typeof value !== 'string' || value === '') return 'expected a non-empty string';
      if (key.choices && !key.choices.includes(value)) {
        return `expected one of ${key.choices.join(', ')}`;
      }
      return null;
  }
}
