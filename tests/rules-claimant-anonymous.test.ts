import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6). "a-t-on appris de sources X": the
// generic "on" is the newsroom learning, the source after "de" or "auprès de" is who spoke, and
// an unnamed source keeps its description (the gold convention).
describe('rules engine: "on" with the source it learnt from', () => {
  it('"a-t-on précisé de sources X": the sources, as described', () => {
    expect(
      claimantsOf('Le sommet aura lieu à Rome, a-t-on précisé jeudi de sources diplomatiques.'),
    ).toEqual(['sources diplomatiques']);
    expect(
      claimantsOf('Le suspect a été relâché dans la nuit, a-t-on indiqué de source policière.'),
    ).toEqual(['source policière']);
  });

  it('"auprès de" the body asked ("a-t-on précisé auprès de la préfecture")', () => {
    expect(
      claimantsOf('Trois écoles resteront fermées lundi, a-t-on précisé auprès de la préfecture.'),
    ).toEqual(['la préfecture']);
  });

  it('"de même source": the source cited before in the text, even when its sentence gave no claim', () => {
    expect(
      claimantsOf(
        'La réunion portera sur les missiles, a-t-on appris de sources militaires. Elle se tiendra au niveau des ambassadeurs, a-t-on précisé de même source.',
      ).pop(),
    ).toBe('sources militaires');
  });

  it('a generic "on" with no source stays "on" (near-miss)', () => {
    expect(
      claimantsOf('Le bâtiment sera rasé en mai, a-t-on précisé jeudi. Les travaux ont commencé.'),
    ).toEqual(['on']);
  });
});
