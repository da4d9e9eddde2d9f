import { readdirSync, readFileSync } from 'node:fs';
import { extractDocument } from '/work/main/src/extract/index.js';
import { analyseWithRules } from '/work/main/src/rules/index.js';
const dir = '/work/main/tests/fixtures/samples';
const texts = readdirSync(dir).filter((d) => !d.startsWith('12')).map((d) => readFileSync(`${dir}/${d}/expected.txt`, 'utf8'));
for (const k of (process.env.KS ?? "1,2,4,8").split(",").map(Number)) {
  const body = Buffer.from(Array.from({ length: k }, () => texts.join('\n\n')).join('\n\n'));
  const ex = extractDocument({ source: 'long.txt', url: null, kind: 'text', body, contentType: null });
  analyseWithRules(ex);
  const t = performance.now();
  const r = analyseWithRules(ex);
  console.log(`${ex.article.text.length} chars: rules ${(performance.now() - t).toFixed(0)} ms, ${r.claims.length} claims`);
}
