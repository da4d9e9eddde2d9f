import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VeilleError } from '../errors.js';

/**
 * Writes one result per file into `--out DIR`, named after the article (slug of title or source),
 * never overwriting another result of the same run, nor a file already there unless `force`
 * (the one `--out` rule of every command: `name-2.ext`, `name-3.ext`…, or `--force`).
 */
export class OutDir {
  private readonly used = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly options: { force?: boolean } = {},
  ) {}

  async prepare(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (cause) {
      throw new VeilleError('WRITE_FAILED', `cannot create output folder: ${describe(cause)}`, {
        stage: 'render',
        input: this.dir,
        cause,
      });
    }
  }

  /** Writes `content` under a name derived from `label`; returns the path written. */
  async write(label: string, extension: string, content: string): Promise<string> {
    const file = this.uniqueFile(slugify(label), extension);
    try {
      await writeFileAtomic(file, content);
    } catch (cause) {
      throw new VeilleError('WRITE_FAILED', `cannot write output file: ${describe(cause)}`, {
        stage: 'render',
        input: file,
        cause,
      });
    }
    return file;
  }

  private uniqueFile(base: string, extension: string): string {
    const taken = (name: string): boolean =>
      this.used.has(name) ||
      (!this.options.force && existsSync(path.join(this.dir, `${name}.${extension}`)));
    let name = base;
    for (let n = 2; taken(name); n += 1) name = `${base}-${n}`;
    this.used.add(name);
    return path.join(this.dir, `${name}.${extension}`);
  }
}

/**
 * Writes one output file (`brief --out FILE`), creating missing folders; a file already there is
 * kept and the new one written as `name-2.ext` (then `-3`…), unless `force`. Returns the path.
 */
export async function writeOutFile(
  file: string,
  content: string,
  { force = false }: { force?: boolean } = {},
): Promise<string> {
  const target = force ? file : freeName(file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
  } catch (cause) {
    throw new VeilleError('WRITE_FAILED', `cannot write output file: ${describe(cause)}`, {
      stage: 'render',
      input: target,
      cause,
    });
  }
  return target;
}

/** `file`, or the first of `name-2.ext`, `name-3.ext`… that does not exist. */
function freeName(file: string): string {
  const { dir, name, ext } = path.parse(file);
  let candidate = file;
  for (let n = 2; existsSync(candidate); n += 1) candidate = path.join(dir, `${name}-${n}${ext}`);
  return candidate;
}

/**
 * Writes `content` to a temporary name beside `file`, then renames it over `file`: a write that
 * fails half-way (full disk, size limit, killed process) never leaves a truncated file under the
 * final name, and a previous file there stays whole until the new one is complete.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * Letters NFKD does not decompose into a base letter and accents: spelled out, so `l'œil` becomes
 * `l-oeil`, not `l-il`.
 */
const SPELLED_OUT: [RegExp, string][] = [
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
  [/ß/g, 'ss'],
  [/ø/g, 'o'],
  [/ł/g, 'l'],
  [/đ/g, 'd'],
  [/þ/g, 'th'],
  [/ı/g, 'i'],
];

/** Longest file name stem [80 characters]; a longer slug is cut at the last word boundary. */
const MAX_SLUG = 80;

/** `L'été à Paris !` → `l-ete-a-paris`; letters of any script kept; never empty. */
export function slugify(label: string): string {
  let text = label.toLowerCase();
  for (const [pattern, spelled] of SPELLED_OUT) text = text.replace(pattern, spelled);
  const slug = text
    .normalize('NFKD')
    // Accents come off Latin letters only: `й` stays `й` (its breve is part of the letter).
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug) || 'article';
}

/** At most MAX_SLUG characters, ending on a whole word unless the first word alone is longer. */
function cutAtWord(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const head = slug.slice(0, MAX_SLUG + 1);
  const lastBreak = head.lastIndexOf('-');
  return lastBreak > 0 ? head.slice(0, lastBreak) : slug.slice(0, MAX_SLUG);
}

function describe(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (cause instanceof Error ? cause.message : String(cause));
}
