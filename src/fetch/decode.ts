import type { FetchedDocument } from '../types.js';

/** Decodes bytes: HTTP charset, BOM, <meta charset>, then windows-1252. */
export function decodeDocument(_doc: FetchedDocument): string {
  throw new Error('not implemented');
}
