/**
 * Benchmark pages and their ground truth, from either layout:
 * - corpus: `DIR/<case>/source.html` + `meta.json` (`lang`, `has_comments`, `url`) and
 *   `expected.txt` and/or `must_include.json` / `must_exclude.json` (arrays of strings);
 * - samples: `DIR/NAME.html|.txt` with truth in `tests/fixtures/samples/NAME/`:
 *   `expected.txt`, `must-remove.json` (`{snippets: [...]}` = must-exclude), `meta.json`
 *   (`hasComments`, `lang`, optional `url`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchCase {
  id: string;
  /** The page file. */
  file: string;
  kind: 'html' | 'text';
  /** The page's original URL when known, else its `file://` URL. */
  url: string;
  lang: string | null;
  hasComments: boolean;
  expected: string | null;
  mustInclude: string[] | null;
  mustExclude: string[] | null;
}

type Json = Record<string, unknown>;

function readJson(file: string): unknown {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : null;
}

function readText(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((v): v is string => typeof v === 'string');
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' ? (value as Json) : {};
}

function corpusCase(dir: string, id: string): BenchCase {
  const caseDir = path.join(dir, id);
  const file = path.join(caseDir, 'source.html');
  const meta = asObject(readJson(path.join(caseDir, 'meta.json')));
  return {
    id,
    file,
    kind: 'html',
    url: str(meta.url) ?? pathToFileURL(file).href,
    lang: str(meta.lang),
    hasComments: meta.has_comments === true,
    expected: readText(path.join(caseDir, 'expected.txt')),
    mustInclude: stringList(readJson(path.join(caseDir, 'must_include.json'))),
    mustExclude: stringList(readJson(path.join(caseDir, 'must_exclude.json'))),
  };
}

function sampleCase(dir: string, name: string, fixtures: string): BenchCase {
  const file = path.join(dir, name);
  const id = name.replace(/\.(html?|txt)$/i, '');
  const truthDir = path.join(fixtures, id);
  const meta = asObject(readJson(path.join(truthDir, 'meta.json')));
  const remove = asObject(readJson(path.join(truthDir, 'must-remove.json')));
  return {
    id,
    file,
    kind: /\.txt$/i.test(name) ? 'text' : 'html',
    url: str(meta.url) ?? pathToFileURL(file).href,
    lang: str(meta.lang),
    hasComments: meta.hasComments === true,
    expected: readText(path.join(truthDir, 'expected.txt')),
    mustInclude: stringList(meta.mustInclude),
    mustExclude: stringList(remove.snippets),
  };
}

/** Loads every page of DIR, sorted by id; `fixtures` is the samples' ground-truth folder. */
export function loadCases(dir: string, fixtures: string): BenchCase[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`${dir}: not a folder`);
  }
  const cases: BenchCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (existsSync(path.join(full, 'source.html'))) cases.push(corpusCase(dir, name));
    } else if (/\.(html?|txt)$/i.test(name) && !/^readme\b/i.test(name)) {
      cases.push(sampleCase(dir, name, fixtures));
    }
  }
  return cases;
}
