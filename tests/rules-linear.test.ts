/**
 * The rules engine stays linear in article length (issue 11: no article over 500 ms at 150k
 * characters). Guarded without timing: the work a stage does is counted as reads of its inputs
 * (through a Proxy), for an article and for one four times as long with four times as many
 * names. Linear work reads about 4 times as much; a scan of every name for every statement or
 * every other name reads about 16 times as much.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/rules/claims.js';
import { extractEntities } from '../src/rules/entities.js';
import { findQuotations } from '../src/rules/quotes.js';
import { mergeMentions } from '../src/rules/merge.js';
import type { TypedMention } from '../src/rules/typing.js';
import type { Entity } from '../src/types.js';

/** Growth allowed when the input grows 4 times: linear plus some slack, far below quadratic. */
const MAX_GROWTH = 5;
const SMALL = 60;
const LARGE = SMALL * 4;

const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'te', 'lo', 'si', 'na', 'vo', 'de'];

/** A distinct made-up capitalised word for each `i` below 1000 ("Bakori", "Tesina"). */
function word(i: number, salt: number): string {
  const digits = String(i + salt * 1000)
    .padStart(4, '0')
    .slice(-4);
  const w = [...digits].map((d) => SYLLABLES[Number(d)] ?? '').join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Reads of array elements, or of the named property of its objects, through a Proxy. */
function counting<T extends object>(items: T[], property: string | null): [T[], () => number] {
  let reads = 0;
  const element = (o: T): T =>
    property === null
      ? o
      : new Proxy(o, {
          get(target, key, receiver) {
            if (key === property) reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
  const wrapped = items.map(element);
  const array = new Proxy(wrapped, {
    get(target, key, receiver) {
      if (property === null && typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return [array, () => reads];
}

/** Mentions of `n` people, each named in full ("Bakori Tesina") then by surname ("Tesina"). */
function peopleMentions(n: number): TypedMention[] {
  return Array.from({ length: n }, (_, i) => {
    const full = `${word(i, 1)} ${word(i, 2)}`;
    const surname = word(i, 2);
    const at = i * 40;
    const base = { initial: false, sentence: i, canonical: null, description: null };
    return [
      { ...base, surface: full, start: at, end: at + full.length, type: 'PERSON', strength: 1 },
      {
        ...base,
        surface: surname,
        start: at + 20,
        end: at + 20 + surname.length,
        type: 'OTHER',
        strength: 0,
      },
    ] satisfies TypedMention[];
  }).flat();
}

/** An article of `n` paragraphs, each with its own speaker quoted then reporting a view. */
function article(n: number): string {
  return Array.from({ length: n }, (_, i) => {
    const first = word(i, 1);
    const last = word(i, 2);
    return (
      `« Le chantier de la passerelle numéro ${i} sera livré avant l’hiver », a assuré ${first} ${last}. ` +
      `${last} estime que les crédits votés par la commune suffiront largement.`
    );
  }).join('\n\n');
}

describe('rules engine: linear in article length', () => {
  it('merging mentions reads each mention a bounded number of times, not once per other name', () => {
    const reads = (n: number): number => {
      const [mentions, count] = counting(peopleMentions(n), 'surface');
      const entities = mergeMentions('', mentions);
      expect(entities).toHaveLength(n); // "Tesina" is folded into "Bakori Tesina"
      return count();
    };
    expect(reads(LARGE) / reads(SMALL)).toBeLessThan(MAX_GROWTH);
  });

  it('the claim stage reads the entity list a bounded number of times, not once per statement', () => {
    const reads = (n: number): number => {
      const text = article(n);
      const [entities, count] = counting<Entity>(extractEntities(text), null);
      const claims = extractClaims(text, 'key', entities);
      expect(claims).toHaveLength(2 * n);
      expect(claims[0]?.claimant).toBe(`${word(0, 1)} ${word(0, 2)}`);
      return count();
    };
    expect(reads(LARGE) / reads(SMALL)).toBeLessThan(MAX_GROWTH);
  });

  it('pairs quotation marks in one pass as the nesting rules say (unclosed, nested, straight)', () => {
    const text =
      '« Le pont « provisoire » restera » dit-il. « Jamais fermé. “Une passerelle “légère” suffira” et "le budget" tient. « Encore » ici.';
    expect(findQuotations(text).map((q) => q.inner.text)).toEqual([
      'Le pont « provisoire » restera',
      'Une passerelle “légère” suffira',
      'le budget',
      'Encore',
    ]);
  });
});
