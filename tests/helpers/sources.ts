import type { Source } from '../../src/store/index.js';

/** A stored source with every field at its empty value, overridden by `over`. */
export function sourceRecord(over: Partial<Source>): Source {
  return {
    id: 1,
    url: 'https://exemple.fr/rss',
    name: null,
    htmlUrl: null,
    kind: null,
    tags: [],
    addedAt: '',
    lastFetchAt: null,
    lastOkAt: null,
    lastErrorCode: null,
    lastError: null,
    failuresInARow: 0,
    validators: { etag: null, lastModified: null },
    articlesLast7Days: 0,
    ...over,
  };
}
