/**
 * Token estimates for budgets, before any call. A chars/3.5 heuristic: close enough for
 * French and English prose with GPT-style tokenisers (gpt-tokenizer would be exact for OpenAI
 * models; the API's `usage` is the truth and is what we report).
 */

/** Characters per token assumed by `estimateTokens`. */
export const CHARS_PER_TOKEN = 3.5;

/** Estimated tokens of a text; 0 for the empty string. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
