import { Command, Option } from 'commander';
import { PROPOSITION_FORMATS, formatProposition } from '../claims/proposition-format.js';
import type { PropositionFormat } from '../claims/proposition-format.js';
import type { RunContext } from '../context.js';
import { VeilleError } from '../errors.js';

interface PropositionFlags {
  db?: string;
  format: PropositionFormat;
}

/** `veille proposition ID`: who asserted, who denied one proposition, when and where. */
export function propositionCommand(ctx: RunContext, setExit: (code: number) => void): Command {
  const command = new Command('proposition')
    .description('the life of one proposition: who asserted it, who denied it, when, where')
    .argument('<id>', 'a propositionId (p_… or c_…), or the id of one of its claims')
    .option('--db <path>', 'database file [$XDG_DATA_HOME/veille/veille.db]')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(PROPOSITION_FORMATS)
        .default('text'),
    );
  return command.action(async (id: string, flags: PropositionFlags) => {
    setExit(await runProposition(ctx, id.trim(), flags));
  });
}

async function runProposition(
  ctx: RunContext,
  id: string,
  flags: PropositionFlags,
): Promise<number> {
  // The store and the claim linking load when the command runs, not at start-up.
  const { openExistingStore } = await import('./store-run.js');
  const { claimFeed } = await import('../claims/index.js');
  const { propositionLife } = await import('../claims/proposition.js');
  const store = openExistingStore(ctx, flags.db);
  try {
    // Linked over every stored claim, so the proposition has the same members whatever period
    // `claims` was last run on.
    const life = propositionLife(claimFeed(store, new Date(0)), id);
    if (life === null) {
      throw new VeilleError('NOT_FOUND', `no proposition or claim with this id in ${store.path}`, {
        stage: 'store',
        input: id,
      });
    }
    ctx.stdout.write(formatProposition(life, flags.format));
    return 0;
  } finally {
    store.close();
  }
}
