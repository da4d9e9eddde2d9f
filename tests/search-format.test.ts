import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BOLD, BRACKETS, formatHits, markSnippet, marksFor } from '../src/search/format.js';
import type { ClaimHit } from '../src/store/index.js';

const tty = Object.assign(new Writable({ write: (_c, _e, cb) => cb() }), { isTTY: true });
const pipe = new Writable({ write: (_c, _e, cb) => cb() });

const hit: ClaimHit = {
  kind: 'claim',
  rank: -2,
  articleId: 1,
  url: 'https://www.example.fr/a.html',
  site: 'Le Monde',
  title: 'Titre',
  publishedAt: '2018-10-04T16:02:00.000Z',
  claimId: 'c_1',
  propositionId: null,
  claim: null,
  claimant: 'Apple',
  stance: 'denies',
  certainty: 'certain',
  quote: 'Nous démentons la sécurité',
  quoteEn: null,
  snippet: { text: 'Nous démentons la sécurité', highlights: [[18, 26]] },
};

describe('search text output', () => {
  it('marks matches in bold on a terminal, with brackets in a pipe or with NO_COLOR', () => {
    expect(marksFor(tty, {})).toBe(BOLD);
    expect(marksFor(tty, { NO_COLOR: '1' })).toBe(BRACKETS);
    expect(marksFor(pipe, {})).toBe(BRACKETS);
    expect(formatHits([hit], 'text', BOLD)).toBe(
      'Apple denies · Le Monde · 2018-10-04\n' +
        '  Nous démentons la \x1b[1msécurité\x1b[22m\n' +
        '  https://www.example.fr/a.html\n',
    );
  });

  it('removes terminal controls and line breaks of page text, around and inside matches', () => {
    const text = 'a\x1b]0;owned\x07b\nfake line \x1b[2Jsécu\x1b[31mrité';
    const start = text.indexOf('sécu');
    const line = markSnippet({ text, highlights: [[start, text.length]] }, BRACKETS);
    expect(line).toBe('ab fake line [sécurité]');
  });

  it('gives scripts plain snippets and highlight offsets in JSONL', () => {
    const [parsed] = formatHits([hit], 'jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ClaimHit);
    const [start, end] = parsed!.snippet.highlights[0]!;
    expect(parsed!.snippet.text.slice(start, end)).toBe('sécurité');
  });
});
