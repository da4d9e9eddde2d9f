import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../src/extract/text.js';

// Invented text in the style of the plain-text dumps the CLI receives.
const BODY = [
  'Le port de Concarneau a accueilli mardi son premier thonier électrique, une première en Europe selon l’armateur.',
  'Le navire, long de 38 mètres, doit réduire de moitié la consommation de gazole de la flottille.',
  '« C’est un pari, mais les pêcheurs suivent », assure la directrice de la coopérative.',
];

describe('extractPlainText', () => {
  it('takes the first non-empty line as title and every other line as a paragraph', () => {
    const text = `\n\nUn thonier électrique à Concarneau\n\n${BODY[0]}\n${BODY[1]}\n\n\n${BODY[2]}\n`;
    expect(extractPlainText(text)).toEqual({
      title: 'Un thonier électrique à Concarneau',
      paragraphs: BODY,
      removed: [],
    });
  });

  it('handles CRLF, a BOM and collapses inner whitespace', () => {
    const text = `\uFEFFUn thonier électrique\r\n\r\n  ${BODY[0]}  \r\n${BODY[1]?.replace(' ', '   ')}\r\n`;
    const result = extractPlainText(text);
    expect(result.title).toBe('Un thonier électrique');
    expect(result.paragraphs).toEqual(BODY.slice(0, 2));
  });

  it('drops a title repeated right after itself', () => {
    const text = ['Un thonier électrique', '', 'Un thonier électrique', ...BODY].join('\n');
    const result = extractPlainText(text);
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed).toEqual([
      {
        rule: 'text-title-duplicate',
        reason: expect.any(String),
        chars: 'Un thonier électrique'.length,
        preview: 'Un thonier électrique',
      },
    ]);
  });

  it('drops a short kicker between the title and its repeat, and records it', () => {
    const text = [
      'Un thonier électrique',
      '',
      'La pêche passe au vert',
      'Un thonier électrique',
      '',
      ...BODY,
    ].join('\n');
    const result = extractPlainText(text);
    expect(result.title).toBe('Un thonier électrique');
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed.map((r) => r.rule)).toEqual([
      'text-title-kicker',
      'text-title-duplicate',
    ]);
    expect(result.removed[0]?.preview).toBe('La pêche passe au vert');
  });

  it('keeps a subtitle that is not followed by the repeated title', () => {
    const text = ['Un thonier électrique', 'La pêche passe au vert', ...BODY].join('\n');
    expect(extractPlainText(text).paragraphs).toEqual(['La pêche passe au vert', ...BODY]);
  });

  it('strips an appended subscriber thread and footer', () => {
    const text = [
      'Un thonier électrique',
      '',
      ...BODY,
      '',
      '5 commentaires',
      'Avatar de Matelot Abonné',
      'Avatar de MatelotMatelot- 08/03/22 à 07:41:10',
      '',
      'Et la recharge, elle se fait au quai avec quelle électricité ?',
      '',
      'Avatar de Penn Sardin Abonné',
      'Avatar de Penn SardinPenn Sardin- 08/03/22 à 07:55:02',
      'Matelot a écrit :',
      'Et la recharge, elle se fait au quai avec quelle électricité ?',
      'Avec celle des éoliennes en mer, pardi.',
      '',
      'Page 1 / 2',
      '© 2022 Les Nouvelles du Large - Tous droits réservés',
    ].join('\n');
    const result = extractPlainText(text);
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed.map((r) => r.rule)).toEqual([
      'text-comment-counter',
      'text-legal-footer',
    ]);
  });

  it('strips WordPress pings after the article', () => {
    const text = [
      'Un thonier électrique',
      ...BODY,
      'Ping : La semaine maritime - Blog du Ponton',
    ].join('\n');
    const result = extractPlainText(text);
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed[0]?.rule).toBe('text-trackback');
  });

  it('keeps a pasted lead paragraph as text: a first line that is a sentence is no title', () => {
    const result = extractPlainText(BODY.join('\n\n'));
    expect(result.title).toBeNull();
    expect(result.paragraphs).toEqual(BODY);
  });

  it('keeps a first line of several sentences as text, even a short one', () => {
    const lead = 'Le thonier est arrivé. Les pêcheurs applaudissent.';
    const result = extractPlainText([lead, ...BODY].join('\n'));
    expect(result.title).toBeNull();
    expect(result.paragraphs).toEqual([lead, ...BODY]);
  });

  it('keeps a long one-line text whole, with no title', () => {
    const line = Array.from({ length: 12 }, (_, i) => `${BODY[i % 3]}`).join(' ');
    expect(line.length).toBeGreaterThan(1000);
    expect(extractPlainText(line)).toEqual({ title: null, paragraphs: [line], removed: [] });
  });

  it('keeps a lone short line as text rather than leave nothing', () => {
    expect(extractPlainText('Un thonier électrique à Concarneau\n')).toEqual({
      title: null,
      paragraphs: ['Un thonier électrique à Concarneau'],
      removed: [],
    });
  });

  it.each([
    'Faut-il avoir peur du thonier électrique ?',
    'M. Le Gall lance le premier thonier électrique',
    'Pêche : « On ne reviendra pas en arrière »',
    'Le thonier électrique, un pari…',
  ])('takes a headline-shaped first line as the title: %s', (title) => {
    const result = extractPlainText([title, ...BODY].join('\n'));
    expect(result.title).toBe(title);
    expect(result.paragraphs).toEqual(BODY);
  });

  it('returns a null title for empty input', () => {
    expect(extractPlainText('\n \n\t\n')).toEqual({ title: null, paragraphs: [], removed: [] });
  });
});
