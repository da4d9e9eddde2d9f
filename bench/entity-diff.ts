/**
 * Entity errors of the rules engine against a gold folder, page by page: missed gold entities,
 * predictions with no gold counterpart, and matched ones with the wrong type. For tuning the
 * entity rules on the dev split (issue 11): `npx tsx bench/entity-diff.ts <gold dir> <samples dir>`.
 */
import { matchEntities } from '../src/eval/match.js';
import { analyseWithRules } from '../src/rules/index.js';
import { goldCases, listerArgs } from './gold-cases.js';

const { goldDir, samplesDir, all } = listerArgs();

for await (const { sample, item, gold } of goldCases(goldDir, samplesDir)) {
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
