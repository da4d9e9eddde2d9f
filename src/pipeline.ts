/**
 * The pipeline, in order — the README's "How it works" shows the same list:
 *
 *   1. fetch    src/inputs/load.ts   inputs (URLs, files, folders, feeds, stdin) → raw bytes
 *   2. extract  src/extract/         bytes → decoded page → article blocks + metadata
 *   3. strip    src/strip/           comment sections and boilerplate removed, each removal recorded
 *   4. analyse  src/analyse/, src/rules/   English summary, entities, grounded claims
 *   5. store    (batch runs)         analyses kept and cached
 *   6. render   src/render/          text, Markdown, JSON
 *
 * Stages 2–3 run inside `extractDocument`; this module chains the stages for the commands.
 */
import { toVeilleError, type VeilleError } from './errors.js';
import { extractDocument } from './extract/index.js';
import { loadInputs, type LoadOptions } from './inputs/load.js';
import type { ExtractResult } from './types.js';

/**
 * Fetch → extract → strip for every input, yielding each result or the error of the input that
 * failed, as they complete. One failing input never stops the others.
 */
export async function* extractInputs(
  inputs: string[],
  options: LoadOptions,
): AsyncGenerator<ExtractResult | VeilleError> {
  for await (const item of loadInputs(inputs, options)) {
    if (item instanceof Error) {
      yield item;
      continue;
    }
    try {
      yield extractDocument(item);
    } catch (err) {
      yield toVeilleError(err, 'extract', item.source);
    }
  }
}
