import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { descendants, findIn, rawText, textLength, textOf } from '../src/extract/dom.js';

// The linear helpers must answer what cheerio's `.find()` and `.text()` answer, on real pages.
const SAMPLES = path.resolve('samples');
const pages = readdirSync(SAMPLES).filter((f) => f.endsWith('.html'));
// Without combinators, as findIn requires (see its comment).
const SELECTORS = ['a', 'p, li, blockquote', 'div, section, aside', '[class*="comment"]', '*'];

describe.each(pages)('DOM helpers on %s', (file) => {
  const $ = load(readFileSync(path.join(SAMPLES, file), 'latin1'));
  const roots = [$('body').get(0), ...$('article, main, section').toArray()].filter(
    (el) => el !== undefined,
  );

  it('findIn finds what $(root).find does, in the same order', () => {
    for (const root of roots) {
      for (const selector of SELECTORS) {
        expect(findIn($, root, selector)).toEqual($(root).find(selector).toArray());
      }
    }
  });

  it('descendants lists what $(root).find("*") does', () => {
    for (const root of roots) expect(descendants(root)).toEqual($(root).find('*').toArray());
  });

  it('textLength counts the characters of textOf', () => {
    for (const el of $('body, body *').toArray()) expect(textLength(el)).toBe(textOf($, el).length);
  });

  it('rawText reads what .text() reads', () => {
    for (const el of $('body, body *').toArray()) expect(rawText(el)).toBe($(el).text());
    expect(rawText($.root().toArray())).toBe($.root().text());
  });
});

it('textLength follows collapse on invisibles and every kind of space', () => {
  const $ = load('<p>\u00a0 a\u200b\u00ad b\u2009\u202f\t<b>c</b>\n\u3000d \ufeff</p>');
  const p = $('p').get(0);
  expect(p && textLength(p)).toBe(p && textOf($, p).length);
  expect(p && textOf($, p)).toBe('a b c d');
});
