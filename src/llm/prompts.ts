/**
 * Prompts are files: `prompts/<name>.md` with front matter (`version`, `variables`) and a body.
 * A line `--- user ---` splits the body into the system message and the user message.
 * Placeholders are `{{name}}`, replaced in one pass with the value as is (no HTML escaping,
 * no re-expansion of `{{…}}` inside values). Missing or unknown variables throw, naming all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VeilleError } from '../errors.js';

/** `prompts/` at the package root: the same relative place from `src/llm` and `dist/llm`. */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const USER_MARKER = /^--- user ---$/m;

export interface PromptTemplate {
  name: string;
  version: string;
  /** Variables declared in the front matter, in declared order. */
  variables: string[];
  system: string;
  /** Empty when the prompt has no user part. */
  user: string;
  /** sha256 of the file, first 8 hex digits: changes with any edit. */
  hash: string;
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

const cache = new Map<string, PromptTemplate>();

/** Loads and checks a prompt (declared variables = placeholders used). Cached per dir and name. */
export function loadPrompt(name: string, options: { dir?: string } = {}): PromptTemplate {
  const dir = options.dir ?? PROMPTS_DIR;
  const key = `${dir}\u0000${name}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const raw = readFileSync(`${dir.replace(/\/$/, '')}/${name}.md`, 'utf8');
  const template = parsePrompt(name, raw);
  cache.set(key, template);
  return template;
}

/** Parses a prompt file's text; throws when front matter and placeholders disagree. */
export function parsePrompt(name: string, raw: string): PromptTemplate {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
  if (match === null) throw promptError(name, 'has no front matter (--- … ---)');
  const meta = parseFrontMatter(match[1] ?? '');
  const version = meta.get('version');
  if (version === undefined || version === '') throw promptError(name, 'declares no version');
  const variables = parseList(meta.get('variables') ?? '[]');
  const [system = '', user = ''] = (match[2] ?? '').split(USER_MARKER).map((part) => part.trim());
  const used = new Set([...placeholders(system), ...placeholders(user)]);
  const undeclared = [...used].filter((v) => !variables.includes(v));
  const unused = variables.filter((v) => !used.has(v));
  if (undeclared.length > 0) throw promptError(name, `uses undeclared ${undeclared.join(', ')}`);
  if (unused.length > 0) throw promptError(name, `declares unused ${unused.join(', ')}`);
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8);
  return { name, version, variables, system, user, hash };
}

/** Renders both parts; every declared variable must be given and nothing else. */
export function renderPrompt(
  template: PromptTemplate,
  values: Record<string, string>,
): RenderedPrompt {
  const given = Object.keys(values);
  const missing = template.variables.filter((v) => !given.includes(v));
  const unknown = given.filter((v) => !template.variables.includes(v));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}`);
  if (unknown.length > 0) problems.push(`unknown ${unknown.join(', ')}`);
  if (problems.length > 0) throw promptError(template.name, `render: ${problems.join('; ')}`);
  return {
    system: substitute(template.system, values),
    user: substitute(template.user, values),
  };
}

/** Replaces `{{name}}` in one pass; values are inserted verbatim. */
export function substitute(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_all, name: string) => values[name] ?? '');
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

function parseFrontMatter(text: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
    if (m?.[1] !== undefined) meta.set(m[1], (m[2] ?? '').replace(/^["']|["']$/g, ''));
  }
  return meta;
}

function parseList(value: string): string[] {
  return value
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function promptError(name: string, what: string): VeilleError {
  return new VeilleError('INTERNAL', `prompt ${name}: ${what}`, { stage: 'analyse' });
}

/**
 * The version string that goes into outputs and cache keys: the main prompt's declared
 * version plus a hash over every prompt file the task may use, so any edit shows.
 */
export function promptVersionOf(main: PromptTemplate, helpers: PromptTemplate[]): string {
  const all = [main, ...helpers].map((t) => `${t.name}:${t.hash}`).join('|');
  return `${main.name}@${main.version}+${createHash('sha256').update(all).digest('hex').slice(0, 8)}`;
}
