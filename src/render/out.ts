import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VeilleError } from '../errors.js';

/**
 * Writes one result per file into `--out DIR`, named after the article (slug of title or source),
 * never overwriting another result of the same run.
 */
export class OutDir {
  private readonly used = new Set<string>();

  constructor(private readonly dir: string) {}

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
    const file = path.join(this.dir, `${this.uniqueName(slugify(label))}.${extension}`);
    try {
      await writeFile(file, content, 'utf8');
    } catch (cause) {
      throw new VeilleError('WRITE_FAILED', `cannot write output file: ${describe(cause)}`, {
        stage: 'render',
        input: file,
        cause,
      });
    }
    return file;
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n += 1) name = `${base}-${n}`;
    this.used.add(name);
    return name;
  }
}

/** `L'été à Paris !` → `l-ete-a-paris`; at most 80 characters, never empty. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'article';
}

function describe(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (cause instanceof Error ? cause.message : String(cause));
}
