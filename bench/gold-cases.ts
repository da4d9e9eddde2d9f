/**
 * The cases of a gold folder with their extracted page, for the error listers of issue 11
 * (claim-diff.ts, entity-diff.ts, span-diff.ts): `<gold dir>/<sample>.json` against
 * `<samples dir>/<sample>.html|.htm|.txt` or `<samples dir>/<sample>/source.html`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadGoldFile } from '../src/eval/gold.js';
import { extractInputs } from '../src/pipeline.js';
import type { ExtractResult } from '../src/types.js';

/** The command line shared by the listers: `[gold dir] [samples dir] [--all]`. */
export function listerArgs(): { goldDir: string; samplesDir: string; all: boolean } {
  const args = process.argv.slice(2);
  const [goldDir = 'bench/gold-real/dev', samplesDir = '../gold-pages'] = args.filter(
    (a) => !a.startsWith('--'),
  );
  return { goldDir, samplesDir, all: args.includes('--all') };
}

/** Each gold case in name order, with its extracted page and its gold resolved on that text. */
export async function* goldCases(
  goldDir: string,
  samplesDir: string,
): AsyncGenerator<{ sample: string; item: ExtractResult; gold: ReturnType<typeof loadGoldFile> }> {
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const sample = file.replace(/\.json$/, '');
    const input =
      ['.html', '.htm', '.txt']
        .map((ext) => path.join(samplesDir, `${sample}${ext}`))
        .find((f) => existsSync(f)) ?? path.join(samplesDir, sample, 'source.html');
    if (!existsSync(input)) continue;
    for await (const item of extractInputs([input], {})) {
      if (item instanceof Error) throw item;
      yield { sample, item, gold: loadGoldFile(path.join(goldDir, file), item.article.text) };
    }
  }
}
