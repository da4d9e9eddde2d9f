/**
 * Loads the inputs named on the command line and prints, as one JSON array on stdout, each
 * document's source or each error's `[code, input]`. Tests run it in a child process when they
 * need another user (root reads any folder, so an unreadable one needs an unprivileged user).
 *
 *   tsx tests/helpers/load-as-cli.ts <cwd> <input>...
 */
import { VeilleError } from '../../src/errors.js';
import { loadInputs } from '../../src/inputs/load.js';

const [cwd, ...inputs] = process.argv.slice(2);
const results: (string | [string, string | undefined])[] = [];
for await (const item of loadInputs(inputs, { cwd: cwd ?? process.cwd(), globalLimit: 1 })) {
  results.push(item instanceof VeilleError ? [item.code, item.input] : item.source);
}
process.stdout.write(JSON.stringify(results));
