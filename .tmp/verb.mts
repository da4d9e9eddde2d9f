import { verbAt, findVerbs } from '/work/main/src/rules/verb-match.js';
import { readFileSync } from 'node:fs';
const text = readFileSync('/work/main/tests/fixtures/samples/01-tech-abonnes-supermicro/expected.txt', 'utf8');
let t = performance.now(); let n = 0;
for (let r = 0; r < 20; r++) for (let i = 0; i < text.length; i += 7) { verbAt(text, i); n++; }
console.log('verbAt per call µs', ((performance.now() - t) * 1000 / n).toFixed(1), 'chars', text.length);
t = performance.now();
for (let r = 0; r < 20; r++) findVerbs(text, 0, text.length);
console.log('findVerbs whole text ms', ((performance.now() - t) / 20).toFixed(2));
