import { Command, CommanderError } from 'commander';
import { briefCommand } from './commands/brief.js';
import { claimsCommand } from './commands/claims.js';
import { configCommand } from './commands/config.js';
import { applyConfigDefaults } from './config/apply.js';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { UsageError } from './commands/inputs.js';
import { propositionCommand } from './commands/proposition.js';
import { searchCommand } from './commands/search.js';
import { runCommand } from './commands/run.js';
import { sourcesCommand } from './commands/sources.js';
import { summarizeCommand } from './commands/summarize.js';
import { translateCommand } from './commands/translate.js';
import type { RunContext } from './context.js';
import { EXIT, VeilleError, formatErrorLine } from './errors.js';
import { OutputClosed, watchOutput } from './output.js';
import { terminalLine, terminalText } from './terminal.js';
import { redactSecrets } from './secrets.js';

export const VERSION = '0.1.0';

/**
 * Ctrl-C for the real process. A command that registered a handler (`RunContext.onInterrupt`)
 * is told, says what it saved and returns; without one, or on a second Ctrl-C, the process
 * ends at once with exit code 130, as it would without veille's handler.
 */
export function processInterrupts(): {
  on: (handler: () => void) => () => void;
  readonly happened: boolean;
} {
  const handlers = new Set<() => void>();
  let happened = false;
  process.on('SIGINT', () => {
    if (happened || handlers.size === 0) process.exit(EXIT.INTERRUPTED);
    happened = true;
    for (const handler of [...handlers]) handler();
  });
  return {
    on: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    get happened() {
      return happened;
    },
  };
}

/** Runs the CLI in-process and resolves to the exit code; never throws, never calls exit. */
export async function run(ctx: RunContext): Promise<number> {
  let exitCode: number = EXIT.OK;
  // A reader that goes away (`veille … | head -1`) must not crash the process (see output.ts).
  watchOutput(ctx.stdout);
  watchOutput(ctx.stderr);
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('veille')
    .description(
      'Press monitoring for French news: clean article text, English summaries, grounded claims',
    )
    .version(VERSION)
    .exitOverride();
  program.addCommand(extractCommand(ctx, setExit));
  program.addCommand(evalCommand(ctx, setExit));
  program.addCommand(briefCommand(ctx, setExit));
  program.addCommand(claimsCommand(ctx, setExit));
  program.addCommand(searchCommand(ctx, setExit));
  program.addCommand(propositionCommand(ctx, setExit));
  program.addCommand(summarizeCommand(ctx, setExit));
  program.addCommand(translateCommand(ctx, setExit));
  program.addCommand(sourcesCommand(ctx, setExit));
  program.addCommand(runCommand(ctx, setExit));
  program.addCommand(configCommand(ctx));
  // Subcommands too (`sources add`, `config set`): none may exit the process or write past the
  // context.
  const all = (commands: readonly Command[]): Command[] =>
    commands.flatMap((c) => [c, ...all(c.commands)]);
  for (const command of [program, ...all(program.commands)]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(terminalText(redactSecrets(text))),
      // Commander's own usage errors (unknown option, bad choice…) in veille's one style.
      outputError: (text, write) =>
        write(usageLine(new Error(text.replace(/^error:\s*/i, '')), command)),
    });
  }
  let current: Command = program;
  // Config-file defaults fill the options the command line left out (config/apply.ts); the
  // config command itself reads files only as it is told, so it can mend a broken one.
  program.hook('preAction', (_program, action) => {
    current = action;
    if (action.parent?.name() !== 'config') applyConfigDefaults(action, ctx);
  });
  try {
    await program.parseAsync(ctx.argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleTopLevel(err, ctx, current);
  }
}

/**
 * `error [USAGE] input: message (see veille CMD --help)`: one line, secrets and controls removed;
 * the input is named when the error concerns one.
 */
function usageLine(err: Error, command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  const input = err instanceof VeilleError ? err.input : undefined;
  const where = input === undefined ? '' : `${terminalLine(input)}: `;
  const line = terminalLine(err.message).replace(/\s+/g, ' ').trim();
  return `${redactSecrets(`error [USAGE] ${where}${line}`)} (see ${names.join(' ')} --help)\n`;
}

/**
 * Errors that escape a command: usage mistakes exit 2, everything else exits 1 in one line. A
 * closed output is how Unix tools end when their reader has had enough: exit 0, say nothing.
 */
function handleTopLevel(err: unknown, ctx: RunContext, command: Command): number {
  if (err instanceof OutputClosed) return EXIT.OK;
  if (err instanceof CommanderError) {
    const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
      err.code,
    );
    return ok ? EXIT.OK : EXIT.USAGE;
  }
  const verbose = ctx.argv.includes('--verbose') || ctx.argv.includes('-v');
  if (err instanceof UsageError || (err instanceof VeilleError && err.code === 'USAGE')) {
    ctx.stderr.write(usageLine(err, command));
    if (verbose && err.stack) ctx.stderr.write(`${terminalText(redactSecrets(err.stack))}\n`);
    return EXIT.USAGE;
  }
  const error =
    err instanceof VeilleError
      ? err
      : new VeilleError('INTERNAL', err instanceof Error ? err.message : String(err), {
          stage: 'input',
          cause: err,
        });
  ctx.stderr.write(`${formatErrorLine(error)}\n`);
  if (verbose && err instanceof Error && err.stack) {
    ctx.stderr.write(`${terminalText(redactSecrets(err.stack))}\n`);
  }
  return error.code === 'USAGE' ? EXIT.USAGE : EXIT.FAILED;
}
