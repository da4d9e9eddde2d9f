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
import { VeilleError, toVeilleError } from './errors.js';
import { extractDocument } from './extract/index.js';
import { loadInputs, type LoadOptions } from './inputs/load.js';
import type { ExtractResult } from './types.js';

/** One input's extract, with when its page was really fetched when it came from the store. */
export interface PipelineItem {
  extract: ExtractResult;
  /** Set when the page came from the store's fetch cache (`LoadOptions.recall`). */
  fetchedAt?: Date;
}

/**
 * Fetch → extract → strip for every input, yielding each result or the error of the input that
 * failed, as they complete. One failing input never stops the others. Pages that `recall`
 * answers are passed through as they were stored.
 */
export async function* pipelineItems(
  inputs: string[],
  options: LoadOptions,
): AsyncGenerator<PipelineItem | VeilleError> {
  for await (const item of loadInputs(inputs, options)) {
    if (item instanceof VeilleError) yield item;
    else if ('extract' in item) yield item;
    else {
      let extract: ExtractResult;
      try {
        extract = extractDocument(item);
      } catch (err) {
        yield toVeilleError(err, 'extract', item.source);
        continue;
      }
      yield { extract };
    }
  }
}

/** `pipelineItems` without a store: just each input's extract, or its error. */
export async function* extractInputs(
  inputs: string[],
  options: Omit<LoadOptions, 'recall'>,
): AsyncGenerator<ExtractResult | VeilleError> {
  for await (const item of pipelineItems(inputs, options)) {
    yield item instanceof VeilleError ? item : item.extract;
  }
}
