/**
 * Quote spans of the rules engine against a gold folder (area F of issue 11): every gold claim
 * that a prediction overlaps with IoU < 1, with the prediction, its class (too long, fragment,
 * crossing) and what the prediction has beyond the gold quote. `npx tsx bench/span-diff.ts
 * <gold dir> <samples dir> [--all]` (`--all`: also pairs that match at IoU ≥ 0.5). Counts per
 * class close the listing; the IoU-vs-overlap gap is the measure to shrink.
 */
import { iou } from '../src/eval/match.js';
import { analyseWithRules } from '../src/rules/index.js';
import { goldCases, listerArgs } from './gold-cases.js';

const { goldDir, samplesDir, all } = listerArgs();
const flat = (s: string): string => s.replace(/\s+/g, ' ');
const tally = new Map<string, number>();
const count = (kind: string): void => {
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
};
type Span = { start: number; end: number };
/** too long: contains gold; fragment: inside gold; crossing: neither. */
const classOf = (p: Span, g: Span): string =>
  p.start <= g.start && p.end >= g.end
    ? 'too long'
    : p.start >= g.start && p.end <= g.end
      ? 'fragment'
      : 'crossing';

for await (const { sample, item, gold } of goldCases(goldDir, samplesDir)) {
  const text = item.article.text;
  const pred = analyseWithRules(item).claims;
  const lines: string[] = [];
  for (const g of gold.claims) {
    if (!g.span) continue;
    const gs = g.span;
    const best = pred
      .filter((p) => p.span && p.span.start < gs.end && p.span.end > gs.start)
      .map((p) => ({ p, o: iou(p.span as Span, gs) }))
      .sort((a, b) => b.o - a.o)[0];
    if (!best || best.o === 1) continue;
    const ps = best.p.span as Span;
    const kind = classOf(ps, gs);
    const matched = best.o >= 0.5;
    count(`${kind}${matched ? ' (IoU ≥ 0.5)' : ' (missed)'}`);
    if (matched && !all) continue;
    const before = ps.start < gs.start ? text.slice(ps.start, gs.start) : '';
    const after = ps.end > gs.end ? text.slice(gs.end, ps.end) : '';
    const lost =
      (gs.start < ps.start ? text.slice(gs.start, ps.start) : '') +
      ' … ' +
      (gs.end > ps.end ? text.slice(ps.end, gs.end) : '');
    lines.push(
      `  ${kind.toUpperCase()} IoU ${best.o.toFixed(2)} ${g.claimant}\n` +
        `    gold: «${flat(g.quote)}»\n` +
        (before ? `    +before: «${flat(before)}»\n` : '') +
        (after ? `    +after: «${flat(after)}»\n` : '') +
        (kind !== 'too long' ? `    lost: «${flat(lost)}»\n` : '') +
        `    ctx: «${flat(text.slice(Math.max(0, Math.min(gs.start, ps.start) - 80), Math.max(gs.end, ps.end) + 60))}»`,
    );
  }
  if (lines.length > 0) process.stdout.write(`${sample}\n${lines.join('\n')}\n`);
}
process.stdout.write(
  `\n${[...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${String(n).padStart(4)}  ${k}`)
    .join('\n')}\n`,
);
