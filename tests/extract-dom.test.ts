import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { descendants, findIn, rawText } from '../src/extract/dom.js';

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

  it('rawText reads what .text() reads', () => {
    for (const el of $('body, body *').toArray()) expect(rawText(el)).toBe($(el).text());
    expect(rawText($.root().toArray())).toBe($.root().text());
  });
});
