/**
 * Claim errors of the rules engine against a gold folder, page by page: missed gold claims (with
 * the best-overlapping prediction, if any), predictions with no gold counterpart, and matched ones
 * with the wrong claimant, stance or certainty. For tuning on the dev split (issue 11):
 * `npx tsx bench/claim-diff.ts <gold dir> <samples dir> [--all]`. Counts per error kind close the
 * listing, so a change can be read as "which class moved".
 */
import { iou, matchClaims, sameClaimant } from '../src/eval/match.js';
import { analyseWithRules } from '../src/rules/index.js';
import { goldCases, listerArgs } from './gold-cases.js';

const { goldDir, samplesDir, all } = listerArgs();

const cut = (s: string, n = 160): string =>
  (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
const tally = new Map<string, number>();
const count = (kind: string): void => {
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
};

for await (const { sample, item, gold } of goldCases(goldDir, samplesDir)) {
  const pred = analyseWithRules(item).claims;
  const pairs = matchClaims(pred, gold.claims);
  const lines: string[] = [];
  for (const [p, g] of pairs) {
    const a = pred[p];
    const b = gold.claims[g];
    if (!a || !b) continue;
    const wrong: string[] = [];
    if (!sameClaimant(a.claimant, b.claimant, gold.entities)) {
      wrong.push(`claimant "${a.claimant}" (gold "${b.claimant}")`);
      count('wrong claimant');
    }
    if (a.stance !== b.stance) {
      wrong.push(`stance ${a.stance} (gold ${b.stance})`);
      count(`stance ${b.stance}→${a.stance}`);
    }
    if (a.certainty !== b.certainty) {
      wrong.push(`certainty ${a.certainty} (gold ${b.certainty})`);
      count('wrong certainty');
    }
    if (wrong.length > 0) lines.push(`  WRONG ${wrong.join('; ')}\n        « ${cut(b.quote)} »`);
    else if (all) lines.push(`  OK    ${a.claimant} ${a.stance}: « ${cut(b.quote)} »`);
  }
  const usedP = new Set(pairs.map(([p]) => p));
  const usedG = new Set(pairs.map(([, g]) => g));
  gold.claims.forEach((b, g) => {
    if (usedG.has(g)) return;
    const near = pred
      .map((a, p) => ({ a, p, o: a.span && b.span ? iou(a.span, b.span) : 0 }))
      .filter((x) => x.o > 0 && !usedP.has(x.p))
      .sort((x, y) => y.o - x.o)[0];
    count(near ? 'missed, overlapped (span)' : 'missed');
    lines.push(
      `  MISS  ${b.claimant} ${b.stance}: « ${cut(b.quote)} »` +
        (near ? `\n        overlaps (IoU ${near.o.toFixed(2)}) « ${cut(near.a.quote)} »` : ''),
    );
  });
  pred.forEach((a, p) => {
    if (usedP.has(p)) return;
    count('false claim');
    lines.push(`  FALSE ${a.claimant} ${a.stance}: « ${cut(a.quote)} »`);
  });
  process.stdout.write(`${sample}\n${lines.join('\n')}\n`);
}
process.stdout.write(
  `\n${[...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${String(n).padStart(4)}  ${k}`)
    .join('\n')}\n`,
);
