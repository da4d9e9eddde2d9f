import { describe, expect, it } from 'vitest';
import {
  addSnippets,
  EMPTY_TALLY,
  findSnippets,
  htmlUnescape,
  matchShingles,
  meanPrf,
  normalizeText,
  prf,
  ratio,
  shingles,
  shingleScore,
  tokenize,
} from '../bench/score.js';

describe('normalizeText', () => {
  it('maps no-break and thin spaces to spaces and collapses whitespace', () => {
    expect(normalizeText(' a\u00a0b\u202fc\u2009d \n\t e ')).toBe('a b c d e');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizeText('anti\u00adconsti\u200btution\u200dnel\ufeff')).toBe(
      'anticonstitutionnel',
    );
  });

  it('unescapes named and numeric entities, once', () => {
    expect(normalizeText('&eacute;t&eacute; &amp; &#233;&#xE9;&nbsp;!')).toBe('été & éé !');
    expect(htmlUnescape('&amp;lt; &rsquo; &laquo;&raquo; &yuml;')).toBe('&lt; ’ «» ÿ');
    expect(htmlUnescape('&unknown; & AT&T')).toBe('&unknown; & AT&T');
  });

  it('composes to NFC', () => {
    expect(normalizeText('e\u0301te\u0301')).toBe('été');
  });
});

describe('tokenize and shingles', () => {
  it('splits on anything but letters, digits and underscores, keeping case', () => {
    expect(tokenize("L'État a dit : « 42_ans » !")).toEqual(['L', 'État', 'a', 'dit', '42_ans']);
  });

  it('counts 4-token shingles as a multiset', () => {
    const counts = shingles(tokenize('a b c d a b c d'));
    expect(counts.get('a b c d')).toBe(2);
    expect(counts.size).toBe(4);
  });

  it('makes one shingle of a text shorter than four tokens', () => {
    expect([...shingles(['bonjour', 'monde'])]).toEqual([['bonjour monde', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('shingle P/R/F1', () => {
  it('scores a perfect match 1, whatever the whitespace and entities', () => {
    const score = shingleScore(
      'Le  gouvernement a annoncé&nbsp;hier',
      'Le gouvernement a annoncé hier',
    );
    expect(score).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores disjoint texts 0', () => {
    expect(shingleScore('un deux trois quatre cinq', 'six sept huit neuf dix')).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('scores an empty extraction 0 and two empty texts 1', () => {
    expect(shingleScore('un deux trois quatre', '').f1).toBe(0);
    expect(shingleScore('', '').f1).toBe(1);
  });

  it('gives known values on partial overlap', () => {
    expect(matchShingles('a b c d e', 'a b c d x')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(shingleScore('a b c d e', 'a b c d x').f1).toBeCloseTo(0.5);
    // Truth has 3 shingles, the extraction 2 of them: P = 1, R = 2/3, F1 = 0.8.
    const missingEnd = shingleScore('un deux trois quatre cinq six', 'un deux trois quatre cinq');
    expect(missingEnd.precision).toBe(1);
    expect(missingEnd.recall).toBeCloseTo(2 / 3);
    expect(missingEnd.f1).toBeCloseTo(0.8);
  });

  it('counts repeated shingles only as often as the truth has them', () => {
    expect(matchShingles('a b c d', 'a b c d a b c d')).toEqual({ tp: 1, fp: 4, fn: 0 });
    expect(prf({ tp: 1, fp: 4, fn: 0 }).precision).toBeCloseTo(0.2);
  });

  it('averages each of P, R and F1 over documents', () => {
    const mean = meanPrf([
      { precision: 1, recall: 1, f1: 1 },
      { precision: 0.5, recall: 0, f1: 0 },
    ]);
    expect(mean).toEqual({ docs: 2, precision: 0.75, recall: 0.5, f1: 0.5 });
    expect(meanPrf([]).f1).toBeNaN();
  });
});

describe('snippets', () => {
  const text = 'Le texte de l’article.\n\nCommentaire\u00a0de Jean :   très   juste !';

  it('finds normalised snippets and ignores empty ones', () => {
    const hits = findSnippets(text, ['Commentaire de Jean', 'très juste', 'absent', '  ']);
    expect(hits.found).toEqual(['Commentaire de Jean', 'très juste']);
    expect(hits.missing).toEqual(['absent']);
  });

  it('pools include recall and exclude leaks over pages', () => {
    const page1 = addSnippets(
      EMPTY_TALLY,
      findSnippets(text, ['Le texte', 'manque']),
      findSnippets(text, ['Commentaire de Jean', 'Répondre']),
    );
    const page2 = addSnippets(page1, null, findSnippets('rien', ['Commentaire de Paul']));
    expect(page2).toEqual({ includeFound: 1, includeTotal: 2, excludeFound: 1, excludeTotal: 3 });
    expect(ratio(page2.excludeFound, page2.excludeTotal)).toBeCloseTo(1 / 3);
    expect(ratio(0, 0)).toBeNaN();
  });
});
