import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

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
