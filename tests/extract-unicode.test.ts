import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { analyseWithRules } from '../src/rules/index.js';

// Some sites serve French in decomposed Unicode (NFD: "e" + U+0301 for "é"); every rule and
// every reader's search expects the composed form. Sentences written for this test.
const PROSE_NFC = [
  'La préfète de la région a déclaré mardi que la crue était désormais maîtrisée dans toute la vallée.',
  'Les élus de la communauté de communes ont démenti toute négligence dans l’entretien des digues.',
  'Selon le syndicat des riverains, plusieurs caves ont été inondées pendant la nuit de dimanche.',
];

function extractNfd(paragraphs: string[]) {
  const html = `<html lang="fr"><body><article>${paragraphs
    .map((p) => `<p>${p.normalize('NFD')}</p>`)
    .join('')}</article></body></html>`;
  return extractDocument({
    source: 'nfd.html',
    url: null,
    kind: 'html',
    body: Buffer.from(html),
    contentType: 'text/html; charset=utf-8',
  });
}

describe('extraction of text in decomposed Unicode', () => {
  it('gives the article text in composed form (NFC)', () => {
    const result = extractNfd(PROSE_NFC);
    expect(result.article.text).toBe(result.article.text.normalize('NFC'));
    expect(result.article.paragraphs).toEqual(PROSE_NFC);
  });

  it('lets the rules engine read accented verbs and names', () => {
    const claims = analyseWithRules(extractNfd(PROSE_NFC)).claims;
    expect(claims.map((c) => c.stance)).toEqual(['asserts', 'denies', 'reports']);
  });
});
