/**
 * Which longer names may contain a short one, without comparing every name with every other:
 * the names kept so far are indexed by their folded words, and a short name is only compared
 * with those that share its first word, or have a word that starts its squashed spelling
 * ("supermicro" against "super micro"). Comparing every pair made long articles quadratic in
 * their number of names (issue 11: no article over 500 ms at 150k characters).
 */
import { foldedWords } from './text.js';

/** Whether all of `short`'s words occur in `long`, or `short` squashed spells a run of them. */
export function contains(long: string[], short: string[]): boolean {
  if (short.every((w) => long.includes(w))) return true;
  const joined = short.join('');
  for (let i = 0; i < long.length; i++) {
    let acc = '';
    for (let j = i; j < long.length && acc.length < joined.length; j++) acc += long[j];
    if (acc === joined) return true;
  }
  return false;
}

/** Hosts (numbered in the order they were added) and the folded words of their surfaces. */
export class HostIndex {
  /** Folded words of each distinct surface of each host. */
  private readonly forms: Array<Map<string, string[]>> = [];
  /** Host numbers by each word of their surfaces. */
  private readonly byWord = new Map<string, Set<number>>();
  /** Folded words by surface: a name comes back in many mentions. */
  private readonly words = new Map<string, string[]>();

  wordsOf(surface: string): string[] {
    let words = this.words.get(surface);
    if (words === undefined) {
      words = foldedWords(surface);
      this.words.set(surface, words);
    }
    return words;
  }

  /** Records more surfaces of host `host` (a new host is the next number). */
  add(host: number, surfaces: Iterable<string>): void {
    const forms = this.forms[host] ?? new Map<string, string[]>();
    this.forms[host] = forms;
    for (const surface of surfaces) {
      if (forms.has(surface)) continue;
      const words = this.wordsOf(surface);
      forms.set(surface, words);
      for (const w of words) {
        const hosts = this.byWord.get(w) ?? new Set<number>();
        hosts.add(host);
        this.byWord.set(w, hosts);
      }
    }
  }

  /**
   * Hosts, in the order they were added, one of whose surfaces contains `short` (as
   * `contains` says): the same hosts as testing every one, found through the word index.
   */
  containing(short: string[]): number[] {
    const candidates = new Set<number>();
    if (short.length === 0) this.forms.forEach((_, host) => candidates.add(host));
    else {
      for (const host of this.byWord.get(short[0] ?? '') ?? []) candidates.add(host);
      // A run of words spelling the squashed name starts with a word that is a prefix of it.
      const joined = short.join('');
      for (let n = 1; n <= joined.length; n++) {
        for (const host of this.byWord.get(joined.slice(0, n)) ?? []) candidates.add(host);
      }
    }
    return [...candidates]
      .sort((a, b) => a - b)
      .filter((host) => [...(this.forms[host]?.values() ?? [])].some((l) => contains(l, short)));
  }
}
