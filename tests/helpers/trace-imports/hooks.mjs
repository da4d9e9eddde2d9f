// Loader hook (runs in Node's hooks thread): appends each resolved module URL to the file named
// by VEILLE_TRACE_IMPORTS, one a line. Resolution, not evaluation, is what is recorded: an
// `import` that is written but never reached at run time never shows up.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.VEILLE_TRACE_IMPORTS;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (file) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
