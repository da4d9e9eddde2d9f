import { describe, expect, it } from 'vitest';
import {
  findFolded,
  foldWithMap,
  FUZZY_THRESHOLD,
  groundQuote,
  similarity,
} from '../src/analyse/grounding.js';

const NB = '\u00a0';
const THIN = '\u202f';
const TEXT = [
  'Le Pentagone a ouvert une enquête.',
  `«${NB}Nous n’avons jamais trouvé de puces malveillantes dans nos serveurs${NB}», a affirmé l’entreprise à L’Express.`,
  `Selon l’agence, l’action a chuté de 40${THIN}% jeudi, et l’opération « aurait visé près de trente entreprises ».`,
].join('\n\n');

const sliced = (quote: string) => {
  const g = groundQuote(quote, TEXT);
  return { ...g, text: g.span === null ? null : TEXT.slice(g.span.start, g.span.end) };
};

describe('groundQuote: exact after folding', () => {
  it('finds a verbatim quote and returns offsets into the original text', () => {
    const g = sliced('Le Pentagone a ouvert une enquête');
    expect(g).toMatchObject({ grounded: true, method: 'exact', score: 1 });
    expect(g.span).toEqual({ start: 0, end: 33 });
  });

  it('tolerates straight quotes and apostrophes vs « » and ’ (and the no-break spaces inside)', () => {
    const g = sliced('"Nous n\'avons jamais trouvé de puces malveillantes dans nos serveurs"');
    expect(g.grounded).toBe(true);
    expect(g.text).toBe('Nous n’avons jamais trouvé de puces malveillantes dans nos serveurs');
  });

  it('tolerates case, accents and whitespace, including thin spaces before %', () => {
    expect(sliced("L'ACTION A CHUTE DE 40 % JEUDI").text).toBe(
      `l’action a chuté de 40${THIN}% jeudi`,
    );
    expect(sliced('nous  n’avons\njamais   trouvé').grounded).toBe(true);
  });

  it('spans a quote that crosses French quotation marks inside the text', () => {
    const g = sliced('l\'opération "aurait visé près de trente entreprises"');
    expect(g.text).toBe('l’opération « aurait visé près de trente entreprises »');
  });

  it('matches whole words only', () => {
    expect(groundQuote('Pentagon', TEXT).grounded).toBe(false);
  });
});

describe('groundQuote: fuzzy', () => {
  it('grounds a quote with one word changed (similarity above the threshold)', () => {
    const g = sliced('Nous n’avons jamais découvert de puces malveillantes dans nos serveurs');
    expect(g.method).toBe('fuzzy');
    expect(g.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(g.text).toBe('Nous n’avons jamais trouvé de puces malveillantes dans nos serveurs');
  });

  it('leaves a paraphrase ungrounded (below the threshold)', () => {
    const g = groundQuote('Nous n’avons trouvé aucune puce suspecte dans les machines', TEXT);
    expect(g).toMatchObject({ grounded: false, span: null, method: null });
    expect(g.score).toBeLessThan(FUZZY_THRESHOLD);
  });

  it('does not fuzzy-match short quotes', () => {
    expect(groundQuote('Le Pentagone a fermé', TEXT).grounded).toBe(false);
  });

  it('grounds a quote cut with "…" when its pieces appear in order', () => {
    const g = sliced('Nous n’avons jamais trouvé […] dans nos serveurs');
    expect(g.text).toBe('Nous n’avons jamais trouvé de puces malveillantes dans nos serveurs');
    expect(groundQuote('dans nos serveurs … Nous n’avons jamais trouvé', TEXT).grounded).toBe(
      false,
    );
  });

  it('similarity is 2·LCS over both lengths', () => {
    expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'd'])).toBe(0.75);
    expect(similarity(['a'], ['a'])).toBe(1);
  });
});

describe('foldWithMap', () => {
  it('maps every folded character back to its original offset', () => {
    const folded = foldWithMap('«\u00a0L’Été\u00a0»');
    expect(folded.text).toBe('l ete');
    expect(folded.map).toEqual([2, 3, 4, 5, 6]);
  });

  it('findFolded returns the article’s own spelling', () => {
    const span = findFolded(foldWithMap(TEXT), "l'express")!;
    expect(TEXT.slice(span.start, span.end)).toBe('L’Express');
  });
});

describe('quote marks at the edges of a span', () => {
  it('takes in the closing guillemet of an inner quotation', () => {
    const text = 'Le site juge le scénario techniquement « étrange » et demande une enquête.';
    const g = groundQuote('juge le scénario techniquement « étrange »', text);
    expect(g.grounded).toBe(true);
    expect(text.slice(g.span!.start, g.span!.end)).toBe(
      'juge le scénario techniquement « étrange »',
    );
  });

  it('takes in the opening guillemet when the span starts inside a quotation', () => {
    const text = 'Apple se dit « profondément déçue » par ces journalistes.';
    const g = groundQuote('profondément déçue » par', text);
    expect(text.slice(g.span!.start, g.span!.end)).toBe('« profondément déçue » par');
  });

  it('leaves balanced spans alone', () => {
    const text = 'Il répète : « jamais » et s’en va.';
    const g = groundQuote('« jamais »', text);
    expect(text.slice(g.span!.start, g.span!.end)).toBe('jamais');
  });
});
