/**
 * Coverage check for the LLM engine: statements the rules engine attributes that no LLM claim
 * overlaps are reported as `POSSIBLY_MISSED_CLAIM` warnings (a hint, not a verdict).
 */
import type { Claim, Warning } from '../types.js';
import { excerpt } from './text.js';

/** Characters of the quote shown in the warning. */
const EXCERPT_CHARS = 80;

const overlaps = (a: Claim['span'], b: Claim['span']): boolean =>
  a !== null && b !== null && a.start < b.end && b.start < a.end;

/** One warning per rules claim whose span no LLM claim span overlaps. */
export function findMissedClaims(rulesClaims: Claim[], llmClaims: Claim[]): Warning[] {
  return rulesClaims
    .filter((r) => r.span !== null && !llmClaims.some((l) => overlaps(r.span, l.span)))
    .map((r) => ({
      code: 'POSSIBLY_MISSED_CLAIM',
      message: `possibly missed claim: ${r.claimant}: ${excerpt(r.quote, EXCERPT_CHARS)}`,
    }));
}
