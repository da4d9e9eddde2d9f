/**
 * Rebuilds the samples folder that `veille eval --samples` reads for bench/gold-real: one
 * `<out>/<case>/source.html` per page of `pages.json`, read with git from the test-suite
 * repositories at the recorded commit (gunzipped when the path ends in `.gz`; taken out of the zip
 * archive at `path` when the entry names a `member`) and checked against
 * the recorded sha256 of the page as written; with `--corpus`,
 * also a symlink per corpus case that has a gold file, so one folder serves every split (dev,
 * test, holdout).
 *
 *   tsx bench/gold-real/assemble.ts --out DIR (--from-mirror [MIRROR] | --from CLONES) [--corpus CORPUS]
 *
 * `--from-mirror` reads snapshots laid out as `MIRROR/<owner>+<name>/repo` (bare, or with the git
 * directory in `repo/.git`; default /work/.mirror); `--from` reads clones named after the repository (`CLONES/htmldate` for
 * adbar/htmldate, `CLONES/fundus` for flairNLP/fundus), which must contain the recorded commit. The pages are third-party data: the
 * output folder belongs outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { readZipMember } from './zip.js';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// Every split's pages come from pages.json; the splits matter only for linking corpus cases.
const SPLITS = ['dev', 'test', 'holdout'];
const DEFAULT_MIRROR = '/work/.mirror';
const USAGE =
  'usage: assemble.ts --out DIR (--from-mirror [MIRROR] | --from CLONES) [--corpus CORPUS]\n';

/** One page of pages.json. */
interface PageEntry {
  case: string;
  split: string;
  repo: string;
  commit: string;
  path: string;
  /** A file inside the zip archive at `path` (the Wikinews pages ship only as one archive). */
  member?: string;
  sha256: string;
}

/** Where the git objects come from: the git directory of one repository. */
type GitDirOf = (repo: string) => string;

function mirrorGitDir(mirror: string): GitDirOf {
  return (repo) => {
    // Most snapshots are bare (`repo` is the git directory); some come with a work tree, whose
    // objects live in `repo/.git` (sevas/csxj-crawler).
    const dir = path.join(mirror, repo.replace('/', '+'), 'repo');
    const nested = path.join(dir, '.git');
    return existsSync(nested) ? nested : dir;
  };
}

function cloneGitDir(clones: string): GitDirOf {
  // A clone's objects live in `.git`; the folder is named after the repository, owner dropped.
  return (repo) => path.join(clones, repo.split('/')[1] ?? repo, '.git');
}

function readPages(): PageEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(HERE, 'pages.json'), 'utf8')) as {
    cases: PageEntry[];
  };
  return manifest.cases;
}

// One archive serves 100 pages: read each blob from git once.
const blobs = new Map<string, Buffer>();

function readBlob(gitDir: string, commit: string, file: string): Buffer {
  const key = `${gitDir}\0${commit}:${file}`;
  let blob = blobs.get(key);
  if (!blob) {
    blob = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    blobs.set(key, blob);
  }
  return blob;
}

/**
 * The page's bytes; a `.gz` file (fundus stores its pages gzipped) is decompressed and a zip
 * member taken out of its archive, as source.html holds it.
 */
function readPage(gitDir: string, page: PageEntry): Buffer {
  const stored = readBlob(gitDir, page.commit, page.path);
  if (page.member) return readZipMember(stored, page.member);
  return page.path.endsWith('.gz') ? gunzipSync(stored) : stored;
}

/** Writes one page; returns an error line instead of throwing so the other pages still come. */
function writePage(out: string, gitDirOf: GitDirOf, page: PageEntry): string | null {
  let bytes: Buffer;
  try {
    bytes = readPage(gitDirOf(page.repo), page);
  } catch {
    const where = page.member ? `${page.path}:${page.member}` : page.path;
    return `${page.case}: cannot read ${page.repo}@${page.commit.slice(0, 12)}:${where}`;
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== page.sha256) return `${page.case}: sha256 ${sha} differs from pages.json`;
  mkdirSync(path.join(out, page.case), { recursive: true });
  writeFileSync(path.join(out, page.case, 'source.html'), bytes);
  return null;
}

/** Corpus cases that have a gold file in dev, test or holdout. */
function goldCorpusCases(corpus: string): string[] {
  const gold = new Set(
    SPLITS.flatMap((split) =>
      readdirSync(path.join(HERE, split)).map((file) => file.replace(/\.json$/, '')),
    ),
  );
  return readdirSync(corpus).filter((name) => gold.has(name));
}

function linkCorpus(out: string, corpus: string): number {
  const cases = goldCorpusCases(corpus);
  for (const name of cases) {
    const link = path.join(out, name);
    if (!existsSync(link)) symlinkSync(path.resolve(corpus, name), link, 'dir');
  }
  return cases.length;
}

/** `--from-mirror` may come without a value: give it the default one so parseArgs accepts it. */
function withMirrorDefault(argv: string[]): string[] {
  const at = argv.indexOf('--from-mirror');
  const next = argv[at + 1];
  if (at < 0 || (next !== undefined && !next.startsWith('--'))) return argv;
  return [...argv.slice(0, at + 1), DEFAULT_MIRROR, ...argv.slice(at + 1)];
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: withMirrorDefault(argv),
    options: {
      out: { type: 'string' },
      from: { type: 'string' },
      'from-mirror': { type: 'string' },
      corpus: { type: 'string' },
    },
  });
  const mirror = values['from-mirror'] ?? null;
  if (!values.out || (!mirror && !values.from)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const gitDirOf = mirror ? mirrorGitDir(mirror) : cloneGitDir(values.from ?? '');
  mkdirSync(values.out, { recursive: true });
  const errors = readPages()
    .map((page) => writePage(values.out ?? '', gitDirOf, page))
    .filter((error): error is string => error !== null);
  const linked = values.corpus ? linkCorpus(values.out, values.corpus) : 0;
  for (const error of errors) process.stderr.write(`assemble: ${error}\n`);
  process.stderr.write(
    `assemble: ${readPages().length - errors.length} pages written, ${linked} corpus cases linked in ${values.out}\n`,
  );
  return errors.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
