/**
 * Where the config files are; apart from llm/config.ts so that the CLI finds them at start-up
 * without loading that file's schema library.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The project's config file, read from the current folder. */
export const PROJECT_FILE = 'veille.config.json';

/** The user's config file path: `<configDir>/config.json`, XDG first, then `~/.config/veille`. */
export function userConfigPath(options: {
  env: Record<string, string | undefined>;
  configDir?: string | undefined;
}): string {
  const xdg = options.env['XDG_CONFIG_HOME'];
  const dir =
    options.configDir ??
    (xdg ? join(xdg, 'veille') : join(options.env['HOME'] ?? homedir(), '.config', 'veille'));
  return join(dir, 'config.json');
}
