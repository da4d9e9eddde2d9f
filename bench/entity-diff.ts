/**
 * Entity errors of the rules engine against a gold folder, page by page: missed gold entities,
 * predictions with no gold counterpart, and matched ones with the wrong type. For tuning the
 * entity rules on the dev split (issue 11): `npx tsx bench/entity-diff.ts <gold dir> <samples dir>`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadGoldFile } from '../src/eval/gold.js';
import { matchEntities } from '../src/eval/match.js';
import { extractInputs } from '../src/pipeline.js';
import { analyseWithRules } from '../src/rules/index.js';

const args = process.argv.slice(2);
/** `--all`: list every prediction too, matched or not. */
const all = args.includes('--all');
const [goldDir = 'bench/gold-real/dev', samplesDir = '../shared/corpus'] = args.filter(
  (a) => !a.startsWith('--'),
);

for (const file of readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const sample = file.replace(/\.json$/, '');
  const input =
    ['.html', '.htm', '.txt']
      .map((ext) => path.join(samplesDir, `${sample}${ext}`))
      .find((f) => existsSync(f)) ?? path.join(samplesDir, sample, 'source.html');
  for await (const item of extractInputs([input], {})) {
    if (item instanceof Error) throw item;
    const gold = loadGoldFile(path.join(goldDir, file), item.article.text);
    const pred = analyseWithRules(item).entities;
    const pairs = matchEntities(pred, gold.entities);
    const lines: string[] = [];
    for (const [p, g] of pairs) {
      const a = pred[p];
      const b = gold.entities[g];
      if (a && b && a.type !== b.type) lines.push(`  TYPE ${a.name} ${a.type} (gold ${b.type})`);
    }
    if (all)
      for (const e of pred) lines.push(`  PRED ${e.type} ${e.name} [${e.mentions.join(' | ')}]`);
    const usedP = new Set(pairs.map(([p]) => p));
    const usedG = new Set(pairs.map(([, g]) => g));
    pred.forEach((e, i) => {
      if (!usedP.has(i)) lines.push(`  FP   ${e.type} ${e.name} [${e.mentions.join(' | ')}]`);
    });
    gold.entities.forEach((e, i) => {
      if (!usedG.has(i)) lines.push(`  FN   ${e.type} ${e.name} [${e.mentions.join(' | ')}]`);
    });
    process.stdout.write(`${sample}\n${lines.join('\n')}\n`);
  }
}
