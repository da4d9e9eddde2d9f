/**
 * The batch's input stream: the pipeline, except that a URL whose page the store fetched less
 * than `maxAgeMs` ago is answered from the store without fetching it again — whether the URL
 * was named on the command line, in a `--from` list or found in a feed.
 */
import type { VeilleError } from '../errors.js';
import type { LoadOptions } from '../inputs/load.js';
import { pipelineItems, type PipelineItem } from '../pipeline.js';
import type { StoredPage } from '../types.js';

/** One input's extract, with when its page was really fetched when it came from the store. */
export type BatchItem = PipelineItem;

export interface FreshOptions {
  /** Where fresh pages are looked up (`BatchStore`); null without a store. */
  store: { recall(url: string, maxAgeMs: number): StoredPage | null } | null;
  /** Pages fetched less than this long ago are not fetched again; 0 disables the check. */
  maxAgeMs: number;
  /** `--refresh`: fetch everything. */
  refresh: boolean;
}

/** Yields every input's extract (or its error), fresh pages taken from the store. */
export function batchInputs(
  inputs: string[],
  options: LoadOptions,
  { store, maxAgeMs, refresh }: FreshOptions,
): AsyncGenerator<BatchItem | VeilleError> {
  const useStore = store !== null && !refresh && maxAgeMs > 0;
  return pipelineItems(inputs, {
    ...options,
    recall: useStore ? (url) => store.recall(url, maxAgeMs) : undefined,
  });
}
