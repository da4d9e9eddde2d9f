import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../src/brief/index.js';
import { extractInputs } from '../src/pipeline.js';
import { analyseWithRules } from '../src/rules/index.js';
import type { Analysis } from '../src/types.js';
import gold from './fixtures/stories/samples.json' with { type: 'json' };

/** Every sample analysed offline, by its two-digit number. */
const analyses = new Map<string, Analysis>();

beforeAll(async () => {
  const dir = path.resolve('samples');
  for (const file of readdirSync(dir).filter((f) => /^\d\d-.*\.(html|txt)$/.test(f))) {
    for await (const item of extractInputs([path.join(dir, file)], {})) {
      if (!(item instanceof Error)) analyses.set(file.slice(0, 2), analyseWithRules(item));
    }
  }
}, 60_000);

/** The briefing's stories of a period holding only these samples, as lists of sample numbers. */
function storiesOf(numbers: string[]): string[][] {
  const b = buildBriefing(
    numbers.map((n) => analyses.get(n)!),
    { since: new Date('2000-01-01T00:00:00Z'), until: new Date('2030-01-01T00:00:00Z') },
  );
  // Sample titles are unique: they name the sample back.
  const byTitle = new Map(numbers.map((n) => [analyses.get(n)!.article.title, n] as const));
  return b.stories.map((s) => s.sources.map((n) => byTitle.get(b.sources[n - 1]!.title)!).sort());
}

const sameInGold = (a: string, b: string): boolean =>
  gold.stories.some((s) => [a, b].every((n) => s.articles.some((x) => x.startsWith(`${n}-`))));

describe('story grouping does not depend on what else is in the period', () => {
  it('keeps the two spy-chip articles together with only six samples in the period', () => {
    // Issue 12: 01 and 06 were one story among all 12 samples, two among these six.
    const stories = storiesOf(['01', '02', '03', '06', '09', '12']);
    expect(stories).toContainEqual(['01', '06']);
    expect(stories.find((s) => s.includes('03'))).toEqual(['03']);
  });

  it('groups every pair of press samples alone as the gold says', () => {
    const press = [...analyses.keys()].sort().filter((n) => storiesOf([n]).length === 1);
    const wrong: string[] = [];
    for (const [i, a] of press.entries()) {
      for (const b of press.slice(i + 1)) {
        const together = storiesOf([a, b]).length === 1;
        if (together !== sameInGold(a, b)) wrong.push(`${a}-${b} ${together ? 'joined' : 'split'}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
