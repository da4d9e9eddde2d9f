/**
 * Config-file defaults for command options: after the command line is parsed and before the
 * command runs, each option a file has a key for (keys.ts `option`) and that the command line
 * left at its default takes the file's value, read by the option's own parser, so a file value
 * is checked exactly as the flag would be. Flags always win.
 */
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { CONFIG_KEYS } from './keys.js';
import { configFileError, loadConfig } from './load.js';

export function applyConfigDefaults(
  command: Command,
  ctx: { cwd: string; env: Record<string, string | undefined> },
): void {
  const config = loadConfig(ctx);
  for (const key of CONFIG_KEYS) {
    const value = config.values[key.name];
    if (key.option === undefined || value === undefined) continue;
    if (key.commands !== undefined && !key.commands.includes(command.name())) continue;
    const option = command.options.find((o) => o.attributeName() === key.option);
    if (option === undefined) continue;
    const source = command.getOptionValueSource(key.option);
    if (source === 'cli' || source === 'env') continue;
    const file = config.origin[key.name] ?? config.userFile;
    let parsed: unknown = key.name === 'db' ? resolve(dirname(file), String(value)) : value;
    if (option.parseArg) {
      try {
        parsed = option.parseArg(String(parsed), undefined);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw configFileError(file, `key "${key.name}": ${why}`);
      }
    }
    command.setOptionValueWithSource(key.option, parsed, 'config');
  }
}
