import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';
import { countRegexWork } from './helpers/regex-work.js';

// Article text is untrusted: a page can hold a run of capitalised words thousands long. Every
// name found in the text becomes part of one matcher (antecedents.ts); its length must not
// decide how deep code recurses.
describe('rules engine on hostile text', () => {
  it('reads a run of capitalised words thousands long without overflowing the stack', () => {
    const text =
      'Le ministre a déclaré à la ' +
      'Très Grande Commission Nationale '.repeat(4000) +
      'que le calendrier sera tenu. Il a ajouté que rien ne changerait.';
    const claims = analyseWithRules(resultOf(text)).claims;
    expect(claims.map((c) => c.quote)).toContain('rien ne changerait');
  });
});

// One endless "sentence" of a repeated unit (no full stop): every verb, quotation or relative of
// it must be read within a bounded window, not from the sentence's start. Guarded without a
// clock: the characters the engine's pattern searches read (tests/helpers/regex-work.ts) grow
// about 4 times when the sentence does; a search from the sentence's start for each of its
// verbs reads about 16 times as much.
describe('rules engine on an endless sentence', () => {
  const MAX_GROWTH = 5.5;
  const SHAPES = [
    // reporting verbs one after another: trailing incises and coordinated verbs
    'ne cesse de répéter que tient à rappeler que ',
    // a quotation after every inverted incise: the clause each fragment would widen to
    '« oui », dit-il, ',
    // a relative with a reporting verb after every inverted speaker
    'affirme le ministre, qui ',
    // quotations after a clitic and a colon
    "l'a dit : « ",
    // a subject coordinated by "et" before every verb
    'et affirme que ',
    // "selon X" before every quotation
    'selon Paul, « non » ',
    // a speech participle with no clause end after it
    'évoquant ',
    // an inverted verb after every comma, its definite subject running on
    'a écrit la compagnie de transport, ',
    // a subject and its apposition before every verb
    'Le film, sorti en 1998, raconte ',
  ];
  const work = (unit: string, n: number): number =>
    countRegexWork(() =>
      analyseWithRules(resultOf(`Le ministre ${unit.repeat(n)}le calendrier sera tenu.`)),
    );
  it.each(SHAPES)('reads "%s" repeated in linear work', (unit) => {
    const n = Math.ceil(6000 / unit.length);
    const growth = work(unit, 4 * n) / work(unit, n);
    expect(growth).toBeLessThan(MAX_GROWTH);
  });
});
