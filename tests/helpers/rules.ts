import { expect } from 'vitest';
import { analyseWithRules } from '../../src/rules/index.js';
import type { Claim } from '../../src/types.js';
import { extractResultOf as resultOf } from './extract-result.js';

/** The rules engine's claims on one French text. */
export const claimsOf = (text: string): Claim[] => analyseWithRules(resultOf(text)).claims;

/** Stance of the one claim of a sentence (fails when the sentence gives none or several). */
export const stanceOfOnly = (text: string): string => {
  const claims = claimsOf(text);
  expect(claims.map((c) => c.quote)).toHaveLength(1);
  return (claims[0] as Claim).stance;
};
