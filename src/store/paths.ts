/** Where the database lives when the user does not say. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** File name of the database inside the data directory. */
export const DB_FILE = 'veille.db';

/**
 * `$XDG_DATA_HOME/veille/veille.db` when XDG_DATA_HOME is set (and absolute, as the XDG spec
 * requires), else `~/.local/share/veille/veille.db`. `home` defaults to `os.homedir()`.
 */
export function defaultDbPath(
  env: NodeJS.ProcessEnv,
  home: string = env.HOME ?? homedir(),
): string {
  const xdg = env.XDG_DATA_HOME;
  const base = xdg !== undefined && xdg.startsWith('/') ? xdg : join(home, '.local', 'share');
  return join(base, 'veille', DB_FILE);
}
