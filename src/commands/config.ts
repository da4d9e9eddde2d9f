import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import type { ConfigKey } from '../config/keys.js';
import { CONFIG_KEYS, configKey, invalidValue, nearestKey } from '../config/keys.js';
import { loadConfig, readConfigObject } from '../config/load.js';
import type { RunContext } from '../context.js';
import { PROJECT_FILE, userConfigPath } from '../config/paths.js';
import { writeFileAtomic } from '../render/out.js';
import { UsageError, addLogOptions } from './inputs.js';

/** `veille config path|show|get|set|unset|keys`: the config files, read and written. */
export function configCommand(ctx: RunContext): Command {
  const command = new Command('config').description(
    'show or change the config files (the project veille.config.json, then the user config.json)',
  );
  command
    .command('path')
    .description('print the project file, then the user file')
    .action(() => {
      const { projectFile, userFile } = loadPaths(ctx);
      ctx.stdout.write(`${projectFile}\n${userFile}\n`);
    });
  command
    .command('show')
    .description('print every key set, with the file it comes from (secrets masked)')
    .action(() => {
      const config = loadConfig(ctx);
      for (const key of CONFIG_KEYS) {
        if (!(key.name in config.values)) continue;
        const shown = display(key, config.values[key.name]);
        ctx.stdout.write(`${key.name} = ${shown}  (${config.origin[key.name]})\n`);
      }
    });
  command
    .command('get')
    .argument('<key>')
    .description('print the value of one key (secrets masked)')
    .action((name: string) => {
      const key = knownKey(name);
      const value = loadConfig(ctx).values[key.name];
      if (value !== undefined) ctx.stdout.write(`${display(key, value)}\n`);
    });
  command
    .command('set')
    .argument('<key>')
    .argument('<value>', 'a number, a string, or JSON for objects')
    .option('--project', 'write the project file (veille.config.json here), not the user file')
    .description('set a key in the user file (or the project file)')
    .action(async (name: string, raw: string, flags: UpdateFlags) => {
      const key = knownKey(name);
      if (key.secret) {
        throw new UsageError(
          `${key.name} is not set from the command line (it would stay in the shell history): edit the file or use the environment`,
        );
      }
      const value = parseValue(key, raw);
      await update(ctx, flags, (values) => ({ ...values, [key.name]: value }));
    });
  command
    .command('unset')
    .argument('<key>')
    .option('--project', 'change the project file, not the user file')
    .description('remove a key from the user file (or the project file)')
    .action(async (name: string, flags: UpdateFlags) => {
      const key = knownKey(name);
      await update(ctx, flags, (values) => {
        const { [key.name]: _removed, ...rest } = values;
        return rest;
      });
    });
  command
    .command('keys')
    .description('list the known keys: name, type, default, meaning')
    .action(() => {
      for (const key of CONFIG_KEYS) {
        const type = key.choices ? key.choices.join('|') : key.type;
        ctx.stdout.write(
          `${key.name.padEnd(12)}  ${type.padEnd(8)}  ${key.default}  — ${key.description}\n`,
        );
      }
    });
  for (const sub of command.commands) addLogOptions(sub);
  addLogOptions(command);
  return command;
}

/** The two files, without reading them (so a broken file can still be located and fixed). */
function loadPaths(ctx: RunContext): { projectFile: string; userFile: string } {
  return { projectFile: join(ctx.cwd, PROJECT_FILE), userFile: userConfigPath(ctx) };
}

function knownKey(name: string): ConfigKey {
  const key = configKey(name);
  if (key !== undefined) return key;
  const near = nearestKey(name);
  throw new UsageError(
    `unknown key "${name}"${near === undefined ? '' : ` (did you mean "${near}"?)`}; \`veille config keys\` lists them`,
  );
}

/** The command-line text as the key's type: integers as numbers, objects as JSON. */
function parseValue(key: ConfigKey, raw: string): unknown {
  let value: unknown = raw;
  if (key.type === 'integer') value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (key.type === 'object') {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      throw new UsageError(`${key.name}: expected a JSON object, e.g. '{"a": 1}'`);
    }
  }
  const why = invalidValue(key, value);
  if (why !== null) throw new UsageError(`${key.name}: ${why}, got '${raw}'`);
  return value;
}

function display(key: ConfigKey, value: unknown): string {
  if (key.secret) return '(set, not shown)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface UpdateFlags {
  project?: boolean;
  quiet?: boolean;
}

/** Rewrites one file (checked first, so a broken file is reported, not overwritten). */
async function update(
  ctx: RunContext,
  flags: UpdateFlags,
  change: (values: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const { projectFile, userFile } = loadPaths(ctx);
  const file = flags.project ? projectFile : userFile;
  const values = change(readConfigObject(file));
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(values, null, 2)}\n`);
  if (!flags.quiet) ctx.stderr.write(`wrote ${file}\n`);
}
