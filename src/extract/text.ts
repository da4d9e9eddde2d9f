import type { Removal } from '../types.js';

/** Plain-text article dump: title, paragraphs, and what was stripped. */
export function extractPlainText(_text: string): {
  title: string | null;
  paragraphs: string[];
  removed: Removal[];
} {
  throw new Error('not implemented');
}
