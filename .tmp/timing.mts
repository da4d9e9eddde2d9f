import { readdirSync } from 'node:fs';
import { extractInputs } from '/work/main/src/pipeline.js';
import { analyseWithRules } from '/work/main/src/rules/index.js';
import type { ExtractResult } from '/work/main/src/types.js';
const items: ExtractResult[] = [];
for await (const it of extractInputs(['/work/main/samples'], {})) if (!(it instanceof Error)) items.push(it);
for (let round = 0; round < 3; round++) {
  let tot = 0;
  const per: string[] = [];
  for (const it of items) {
    const t = performance.now();
    analyseWithRules(it);
    const d = performance.now() - t;
    tot += d;
    per.push(`${it.source.split('/').pop()} ${it.article.text.length}c ${d.toFixed(1)}ms`);
  }
  console.log(`round ${round} total ${tot.toFixed(0)}ms`);
  if (round === 2) console.log(per.join('\n'));
}
