import { describe, expect, it } from 'vitest';
import { findVerbs } from '../src/rules/verb-match.js';

// findVerbs remembers the hits of the text analysed last: a caller that changes the array it
// gets must not change what the next caller gets, and another text must not get them.
describe('findVerbs remembers the verbs of a stretch', () => {
  const text = 'Le maire a déclaré que la ligne rouvrira. La préfète affirme que rien ne change.';

  it('hands each caller its own array with the same hits', () => {
    const first = findVerbs(text, 0, text.length);
    expect(first.map((h) => h.lemma)).toEqual(['déclarer', 'affirmer']);
    first.pop();
    expect(findVerbs(text, 0, text.length).map((h) => h.lemma)).toEqual(['déclarer', 'affirmer']);
  });

  it('forgets them for another text with the same stretch', () => {
    findVerbs(text, 0, 40);
    const other = 'Le maire a démenti que la ligne fermera bientôt, sans préciser.';
    expect(findVerbs(other, 0, 40).map((h) => h.lemma)).toEqual(['démentir']);
  });
});
