/**
 * Model prices, for the cost shown in a batch's summary line. They are read here rather than in
 * src/llm/config.ts (whose schema ignores unknown fields): the `prices` field of the project's
 * `veille.config.json` (in the working folder), else of the user's config file, in US dollars
 * per million tokens:
 *
 *   { "prices": { "gpt-4o-mini": { "input": 0.15, "output": 0.6 } } }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { userConfigPath } from '../llm/config.js';

const PriceSchema = z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() });
const FileSchema = z.object({ prices: z.record(z.string(), PriceSchema).optional() });

/** Dollars per million input (prompt) and output (completion) tokens. */
export type Price = z.infer<typeof PriceSchema>;
export type PriceTable = Record<string, Price>;

/**
 * The price table of the project file, else the user file; `{}` when none. A file the LLM config
 * already accepted but whose `prices` field is malformed is ignored here (no cost shown) rather
 * than failing the run.
 */
export function readPrices(options: {
  cwd: string;
  env: Record<string, string | undefined>;
}): PriceTable {
  for (const file of [join(options.cwd, 'veille.config.json'), userConfigPath(options)]) {
    const prices = pricesIn(file);
    if (prices) return prices;
  }
  return {};
}

function pricesIn(file: string): PriceTable | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const parsed = FileSchema.safeParse(json);
  return parsed.success ? (parsed.data.prices ?? null) : null;
}

/** Cost in dollars of the tokens used with `model`, or null when the table has no price for it. */
export function costOf(
  prices: PriceTable,
  model: string | null,
  tokens: { input: number; output: number },
): number | null {
  const price = model === null ? undefined : prices[model];
  if (price === undefined) return null;
  return (tokens.input * price.input + tokens.output * price.output) / 1_000_000;
}

/** `$0.0123`, or `$1.23` from a dollar up. */
export function formatCost(dollars: number): string {
  return `$${dollars >= 1 ? dollars.toFixed(2) : dollars.toFixed(4)}`;
}
