/**
 * A regex alternation of many words, written as a trie ("affirm(?:e|ent|ait)" rather than
 * "affirme|affirment|affirmait"): the regex engine then rejects a position on its first letters
 * instead of trying every word there, which keeps the reporting-verb scan linear in the text
 * with hundreds of verb forms. Longer words are tried before their prefixes.
 */

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** One character as a regex atom: regex syntax escaped, any apostrophe matching both; valid with or without the `u` flag. */
function atom(ch: string): string {
  if (ch === "'" || ch === '’') return "['’]";
  // "-" needs no escape outside a class, and "\\-" is a syntax error under the `u` flag.
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ch, child]) => atom(ch) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/** Source of a regex matching any of `words` (no anchors, no flags). */
export function trieAlternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word.replace(/’/g, "'")) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}
