/**
 * The characters the engine's pattern searches read, counted without a clock: every RegExp
 * search goes through `RegExp.prototype.exec` (test, match, matchAll, replace and split call it),
 * which is wrapped while `countRegexWork` runs. A search is charged what a backtracking engine
 * scans: up to the end of its match, or the whole rest of the input when it fails; a pattern
 * anchored at the input's start ("^…" without the m flag) or sticky is tried at one position
 * only, and is charged its match. A pattern anchored at the end ("…$") is charged its whole input, which is
 * what it costs. Repeated over a sentence for every verb of it, that shows as quadratic growth.
 */
const exec = RegExp.prototype.exec;

function charge(re: RegExp, input: string, from: number, m: RegExpExecArray | null): number {
  const anchored = re.sticky || (re.source.startsWith('^') && !re.multiline);
  if (anchored) return m === null ? 1 : m[0].length + 1;
  return m === null ? input.length - from + 1 : m.index + m[0].length - from + 1;
}

/** Runs `work` and returns the characters its pattern searches read. */
export function countRegexWork(work: () => void): number {
  let read = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    read += charge(this, String(input), from, m);
    return m;
  };
  try {
    work();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return read;
}
