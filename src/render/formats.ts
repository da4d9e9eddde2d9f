/**
 * One vocabulary of output formats for every command:
 *
 *   json      one JSON document: the results in one array (indented on a terminal)
 *   jsonl     one JSON object per line, written as each result is ready
 *   markdown  a readable document (`md` is the same)
 *   text      plain text
 *
 * plus a command's own (`html`, `csv`, `schema-claim`). Results go to stdout as they complete;
 * `json` streams its array too (`[`, the items, `]`), so a batch never waits to print.
 */
import type { Writable } from 'node:stream';
import { InvalidArgumentError, Option } from 'commander';
import { writeResult } from '../output.js';

/** Other spellings accepted by `--format`, and old names kept working. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = {
  md: 'markdown',
  // schema.org calls the type `Claim`; ClaimReview is the fact-checker's verdict on one.
  claimreview: 'schema-claim',
};

/**
 * `-f, --format` taking `choices` and the aliases; no default here, so a command can tell an
 * explicit choice from none (defaultFormat) and a config file's `format` can fill it.
 */
export function formatOption(choices: readonly string[], description: string): Option {
  return new Option('-f, --format <format>', `${choices.join(', ')}: ${description}`).argParser(
    (value: string) => readFormat(value, choices),
  );
}

/** `value` as one of `choices`, aliases resolved; InvalidArgumentError (exit 2) otherwise. */
export function readFormat(value: string, choices: readonly string[]): string {
  const lower = value.trim().toLowerCase();
  const name = FORMAT_ALIASES[lower] ?? lower;
  if (!choices.includes(name)) {
    throw new InvalidArgumentError(`'${value}' is not one of ${choices.join(', ')}`);
  }
  return name;
}

/** True when `stream` is a terminal (a person reads it) rather than a pipe or a file. */
export function isTerminal(stream: Writable): boolean {
  return (stream as Writable & { isTTY?: boolean }).isTTY === true;
}

/** A value as JSON text: indented for people, one line for programs. */
export function jsonText(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

/**
 * Writes results to `stream` as one JSON array, item by item. `end()` closes the array; with no
 * item it writes `[]`, so a run whose inputs all failed still prints valid JSON.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(
    private readonly stream: Writable,
    private readonly pretty: boolean,
  ) {}

  async add(value: unknown): Promise<void> {
    const body = jsonText(value, this.pretty);
    const item = this.pretty ? body.replace(/^/gm, '  ') : body;
    await writeResult(this.stream, `${this.count === 0 ? '[\n' : ',\n'}${item}`);
    this.count += 1;
  }

  async end(): Promise<void> {
    await writeResult(this.stream, this.count === 0 ? '[]\n' : '\n]\n');
  }
}
