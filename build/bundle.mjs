// Start-up (issue 9): Node resolves, reads and compiles each of veille's ~75 modules one by one
// at every start, a good part of `veille extract one.html`. When esbuild is installed (the dev
// dependency, which tsx and vitest need too), the build also bundles veille's own code into `dist/bundle/`: the
// entry, plus one chunk per part that a command loads when it runs. Packages stay Node's to load,
// as in the unbundled build. `dist/cli.js` then hands over to the bundle. Without esbuild, `dist/`
// stays tsc's output, which runs the same, only slower to start.
//
// Usage: `node build/bundle.mjs [DIST]` (default `dist`), after `tsc -p tsconfig.build.json`.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';

/** esbuild's API, or null when it is not installed. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

async function main(dist) {
  const esbuild = await loadEsbuild();
  if (esbuild === null) {
    process.stderr.write(`esbuild is not installed: ${dist}/ is left unbundled\n`);
    return;
  }
  const outdir = path.join(dist, 'bundle');
  await rm(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['src/cli.ts'],
    bundle: true,
    // Every package, better-sqlite3's native addon among them, is loaded by Node as before.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // `await import()` of a command's modules becomes a chunk loaded when that command runs.
    splitting: true,
    outdir,
    entryNames: '[name]',
    // Chunks beside the entry, two levels below the package root as src/llm/ is: the
    // `new URL('../../prompts/', import.meta.url)` of the chunk that holds it finds the prompts.
    chunkNames: '[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
  });
  await writeFile(
    path.join(dist, 'cli.js'),
    "#!/usr/bin/env node\n// The bundled CLI (build/bundle.mjs); tsc's modules are beside this file.\nimport './bundle/cli.js';\n",
  );
  await rm(path.join(dist, 'cli.js.map'), { force: true });
}

await main(process.argv[2] ?? 'dist');
