/**
 * The batch's input stream: `extractInputs`, except that a URL whose page the store fetched less
 * than `maxAgeMs` ago is answered from the store without fetching it again.
 *
 * Only URLs named on the command line or in a `--from` list are checked: links found inside a
 * feed are dispatched inside `loadInputs`, which has no hook for this (yet).
 */
import { VeilleError, toVeilleError } from '../errors.js';
import type { LoadOptions } from '../inputs/load.js';
import { readInputList } from '../inputs/list.js';
import { extractInputs } from '../pipeline.js';
import type { Store } from '../store/index.js';
import type { ExtractResult } from '../types.js';

/** One input's extract, with when its page was really fetched when it came from the store. */
export interface BatchItem {
  extract: ExtractResult;
  /** Set when the page came from the store's fetch cache. */
  fetchedAt?: Date;
}

export interface FreshOptions {
  store: Store | null;
  /** Pages fetched less than this long ago are not fetched again; 0 disables the check. */
  maxAgeMs: number;
  /** `--refresh`: fetch everything. */
  refresh: boolean;
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Yields every input's extract (or its error), fresh pages from the store first. */
export async function* batchInputs(
  inputs: string[],
  options: LoadOptions,
  fresh: FreshOptions,
): AsyncGenerator<BatchItem | VeilleError> {
  const { store } = fresh;
  if (store === null || fresh.refresh || fresh.maxAgeMs <= 0) {
    for await (const item of extractInputs(inputs, options)) {
      yield item instanceof VeilleError ? item : { extract: item };
    }
    return;
  }
  let all = inputs;
  const { from, ...rest } = options;
  if (from !== undefined) {
    try {
      all = [...inputs, ...(await readInputList(from))];
    } catch (err) {
      yield toVeilleError(err, 'input', from);
      all = inputs;
    }
  }
  const toLoad: string[] = [];
  const seen = new Set<string>();
  for (const input of all) {
    if (!isUrl(input)) {
      toLoad.push(input);
      continue;
    }
    const key = input.replace(/#.*$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const cached = store.getFreshArticle(input, fresh.maxAgeMs);
    if (cached) yield { extract: cached.extract, fetchedAt: cached.fetchedAt };
    else toLoad.push(input);
  }
  if (toLoad.length === 0) return;
  for await (const item of extractInputs(toLoad, rest)) {
    yield item instanceof VeilleError ? item : { extract: item };
  }
}
