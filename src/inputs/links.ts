import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VeilleError } from '../errors.js';
import { crossesNetworks } from '../fetch/address.js';

/**
 * What an input names, and what it may name given where it was found. This is the one place
 * deciding what a link may load: feed parsers and list readers hand links over as written.
 */

/** What an input names; decided from its spelling alone. */
export type Target =
  | { type: 'stdin' }
  | { type: 'url'; url: URL }
  | { type: 'path'; file: string }
  | { type: 'invalid'; message: string };

/**
 * Who wrote a link, which bounds what it may load:
 * - `user`: named on the command line; anything the user could read anyway.
 * - `remote`: found in content we do not control (a fetched feed, stdin); http(s) only, so a
 *   feed cannot make us read `file:///etc/passwd` and send it to the model, and only into the
 *   network `from` is in (null: unknown, as stdin), so a feed cannot make us fetch a cloud
 *   metadata service or an intranet page either.
 * - `local`: found in a local feed or `--from` list; http(s), or paths that really (symlinks
 *   resolved) stay inside `folder`, the file's own folder.
 */
export type LinkScope =
  { type: 'user' } | { type: 'remote'; from: URL | null } | { type: 'local'; folder: string };

/** Web schemes: the only ones a link found in content may use without further checks. */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** A scheme at the start of a link (`file:`, `mailto:`, `javascript:`), lower-cased. */
const SCHEME = /^([a-z][a-z0-9+.-]*:)/i;

/** Reads an input's spelling: `-`, a URL with a scheme, or a path. */
export function targetOf(input: string, cwd: string): Target {
  if (input === '-') return { type: 'stdin' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    return { type: 'path', file: path.resolve(cwd, input) };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { type: 'invalid', message: 'not a valid URL' };
  }
  if (url.protocol === 'file:') return { type: 'path', file: fileURLToPath(url) };
  if (WEB_SCHEMES.has(url.protocol)) return { type: 'url', url };
  return { type: 'invalid', message: `unsupported URL scheme ${url.protocol}` };
}

function unsafe(input: string, why: string): VeilleError {
  return new VeilleError('UNSAFE_LINK', `link refused: ${why}`, {
    stage: 'input',
    input,
  });
}

/** True when `file` is `folder` itself or below it; both absolute and normalised. */
function isWithin(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** Where `file` really is, symlinks resolved; null when it does not exist (yet). */
async function realLocation(file: string): Promise<string | null> {
  return realpath(file).catch(() => null);
}

/**
 * The target to load for `input`, or UNSAFE_LINK when it may not be loaded from `scope`. A path
 * checked against a folder comes back as its real location, so that a symlink swapped in after
 * the check cannot lead the read elsewhere. A missing file inside the folder passes, so that the
 * reader reports it as NOT_FOUND.
 */
export async function checkLink(target: Target, input: string, scope: LinkScope): Promise<Target> {
  if (scope.type === 'user') return target;
  if (scope.type === 'remote') {
    if (target.type !== 'url')
      throw unsafe(input, 'a link found in remote content may only be http(s)');
    const crossing = crossesNetworks(scope.from, target.url);
    if (crossing !== null) throw unsafe(input, crossing);
    return target;
  }
  if (target.type === 'url') return target;
  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase();
  if (target.type === 'stdin') return target; // `-` in a list: the user's own stdin
  if (target.type === 'invalid') {
    if (scheme !== undefined && WEB_SCHEMES.has(scheme)) return target; // broken URL: USAGE later
    throw unsafe(input, 'a link in a local feed or list may only be http(s) or a local path');
  }
  if (scheme !== undefined && scheme !== 'file:') {
    throw unsafe(input, 'a link in a local feed or list may only be http(s) or a local path');
  }
  return { type: 'path', file: await insideFolder(target.file, input, scope.folder) };
}

/** Where `file` really is, refusing it when, symlinks resolved, it leaves `folder`. */
async function insideFolder(file: string, input: string, folder: string): Promise<string> {
  const outside = `outside the folder of the feed or list that names it (${folder})`;
  if (!isWithin(file, folder)) throw unsafe(input, outside);
  const real = await realLocation(file);
  if (real === null) return file;
  const realFolder = (await realLocation(folder)) ?? folder;
  if (!isWithin(real, realFolder)) throw unsafe(input, outside);
  return real;
}
