// Preloaded (`node --import`) by tests/startup-imports.test.ts: at exit, appends the URL of every
// CommonJS module the process loaded to the file named by VEILLE_TRACE_CJS. A `require()` made
// inside a CommonJS package (iconv-lite loading its codec tables) never reaches the ESM loader
// hook beside this file; the CommonJS cache, shared by every `require`, lists it.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const cache = createRequire(import.meta.url).cache;

process.on('exit', () => {
  const file = process.env.VEILLE_TRACE_CJS;
  if (!file) return;
  appendFileSync(
    file,
    Object.keys(cache)
      .map((p) => `${pathToFileURL(p).href}\n`)
      .join(''),
  );
});
