/**
 * Dumps every extraction result (article, removals, warnings) of the pages under the given
 * folders as JSON lines, one page per line in a stable order, so a change of parser or of a
 * heuristic can be reviewed as a diff of the whole output:
 *
 *   tsx bench/dump.ts samples ../shared/corpus tests/fixtures > before.jsonl
 *   … change …
 *   tsx bench/dump.ts samples ../shared/corpus tests/fixtures > after.jsonl
 *   diff before.jsonl after.jsonl
 *
 * Pages are `.html`/`.htm`/`.txt` files found recursively (corpus `expected.txt` files skipped).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VeilleError } from '../src/errors.js';
import { extractDocument } from '../src/extract/index.js';

/** Files the corpus keeps beside each page: truth, not pages. */
const NOT_PAGES = new Set(['expected.txt']);

function pagesUnder(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .sort()
    .flatMap((name) => {
      const file = path.join(target, name);
      if (statSync(file).isDirectory()) return pagesUnder(file);
      return /\.(html?|txt)$/i.test(name) && !NOT_PAGES.has(name) ? [file] : [];
    });
}

function dumpOne(file: string): unknown {
  const kind = /\.txt$/i.test(file) ? 'text' : 'html';
  const doc = { source: file, url: pathToFileURL(file).href, kind, contentType: null } as const;
  try {
    return extractDocument({ ...doc, body: readFileSync(file) });
  } catch (error) {
    if (error instanceof VeilleError) return { source: file, error: error.code };
    throw error;
  }
}

for (const target of process.argv.slice(2)) {
  for (const file of pagesUnder(path.resolve(target))) {
    process.stdout.write(`${JSON.stringify(dumpOne(file))}\n`);
  }
}
