import { constants, type Dirent, type Stats } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VeilleError } from '../errors.js';
import { binaryReason, looksLikeFeed, sniffKind, sniffMagic } from '../fetch/sniff.js';
import type { FetchedDocument } from '../types.js';

/** Extensions read from folders, and what they are; other files in a folder are skipped. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, 'html' | 'text'>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
};

/** System error codes meaning "nothing there" rather than "there but unreadable". */
const MISSING_CODES = new Set(['ENOENT', 'ENOTDIR']);

/** A file-system error as NOT_FOUND or READ_FAILED naming `input`. */
export function fsError(err: unknown, input: string): VeilleError {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && MISSING_CODES.has(code)) {
    return new VeilleError('NOT_FOUND', 'no such file or folder', { stage: 'input', input });
  }
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code ?? err);
  return new VeilleError('READ_FAILED', `could not read: ${why}`, {
    stage: 'input',
    input,
    cause: err,
  });
}

/** Whether a path is a folder or a file; NOT_FOUND / READ_FAILED otherwise. */
export async function pathKind(file: string, input: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file';
  } catch (err) {
    throw fsError(err, input);
  }
}

/**
 * Refuses binary bodies and picks html or text: extension first, then sniffing. Known binary
 * formats (a PDF saved as .html) are UNSUPPORTED_TYPE, like over HTTP; other binary is BINARY.
 */
function classify(body: Buffer, input: string, extension: string): 'html' | 'text' {
  const magic = sniffMagic(body);
  if (magic !== null) {
    const message = `not HTML or text: looks like ${magic}`;
    throw new VeilleError('UNSUPPORTED_TYPE', message, { stage: 'input', input });
  }
  const reason = binaryReason(body);
  if (reason !== null) {
    throw new VeilleError('BINARY', `binary content, not text: ${reason}`, {
      stage: 'input',
      input,
    });
  }
  if (looksLikeFeed(body)) return 'html'; // markup; expanded by the loader
  return DOCUMENT_EXTENSIONS[extension.toLowerCase()] ?? sniffKind(body);
}

function tooLarge(input: string, maxBytes: number): VeilleError {
  return new VeilleError('TOO_LARGE', `larger than the ${maxBytes}-byte cap`, {
    stage: 'input',
    input,
  });
}

/** What a non-regular file is, for the error that refuses it. */
function specialKind(info: Stats): string {
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  return info.isDirectory() ? 'folder' : 'special file';
}

/** Refuses devices, FIFOs and sockets: /dev/zero never ends, a FIFO blocks until written to. */
function checkRegular(info: Stats, input: string): void {
  if (info.isFile()) return;
  throw new VeilleError('READ_FAILED', `not a regular file (${specialKind(info)})`, {
    stage: 'input',
    input,
  });
}

/** Bytes read at a time; the cap is checked after each read. */
const READ_CHUNK = 64 * 1024;

/** Reads to the end, failing TOO_LARGE as soon as `maxBytes` is crossed (stat sizes can lie). */
async function readCapped(handle: FileHandle, maxBytes: number, input: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(READ_CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(input, maxBytes);
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

/**
 * Reads a regular file within the cap. Checked by stat before opening (opening some devices
 * has effects) and again on the open handle, which O_NONBLOCK keeps from hanging on a FIFO
 * swapped in between.
 */
export async function readRegularFile(
  file: string,
  input: string,
  maxBytes: number,
): Promise<Buffer> {
  checkRegular(await stat(file), input);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    checkRegular(await handle.stat(), input);
    return await readCapped(handle, maxBytes, input);
  } finally {
    await handle.close();
  }
}

/** Reads one local file; `source` is the path as the user named it. */
export async function readLocalFile(
  file: string,
  options: { source: string; maxBytes: number },
): Promise<FetchedDocument> {
  let body: Buffer;
  try {
    body = await readRegularFile(file, options.source, options.maxBytes);
  } catch (err) {
    throw err instanceof VeilleError ? err : fsError(err, options.source);
  }
  const kind = classify(body, options.source, path.extname(file));
  return {
    source: options.source,
    url: pathToFileURL(path.resolve(file)).href,
    kind,
    body,
    contentType: null,
  };
}

/** Reads stdin (`-`) to the end, within the byte cap, and sniffs HTML from text. */
export async function readStdin(
  stream: NodeJS.ReadableStream,
  options: { maxBytes: number },
): Promise<FetchedDocument> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      total += buffer.length;
      if (total > options.maxBytes) throw tooLarge('-', options.maxBytes);
      chunks.push(buffer);
    }
  } catch (err) {
    throw err instanceof VeilleError ? err : fsError(err, '-');
  }
  const body = Buffer.concat(chunks, total);
  return { source: '-', url: null, kind: classify(body, '-', ''), body, contentType: null };
}

/** What a folder walk found: documents, and the subfolders that could not be read. */
export interface FolderListing {
  /** Document paths, joined to the walked folder as given, in walk order. */
  files: string[];
  /** Subfolders whose listing failed, each with its error; the walk went on without them. */
  unreadable: { folder: string; cause: unknown }[];
}

/**
 * The documents of a folder, recursively, in a stable order (sorted by name at each level,
 * files and subfolders together), skipping hidden entries. Paths are joined to `folder` as given.
 * Symlinked folders are not followed, and a folder met twice (a bind mount) is walked once, so a
 * walk always ends. Throws when `folder` itself cannot be listed.
 */
export async function listFolder(folder: string): Promise<FolderListing> {
  const listing: FolderListing = { files: [], unreadable: [] };
  await walk(folder, listing, new Set());
  return listing;
}

async function walk(folder: string, listing: FolderListing, seen: Set<string>): Promise<void> {
  const id = await folderId(folder);
  if (seen.has(id)) return;
  seen.add(id);
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await walk(full, listing, seen).catch((cause: unknown) =>
        listing.unreadable.push({ folder: full, cause }),
      );
    } else if (isDocumentName(entry.name) && (entry.isFile() || (await isFileLink(entry, full)))) {
      listing.files.push(full);
    }
  }
}

/** Device and inode: the same folder reached by two paths has one id. */
async function folderId(folder: string): Promise<string> {
  const info = await stat(folder);
  return `${info.dev}:${info.ino}`;
}

/**
 * True for a symlink that does not lead to a folder: a symlinked folder named `x.html` would
 * otherwise be walked, and can loop back up the tree. A dangling link is kept, so the reader
 * reports it (NOT_FOUND) rather than the walk hiding it.
 */
async function isFileLink(entry: Dirent, full: string): Promise<boolean> {
  if (!entry.isSymbolicLink()) return false;
  return stat(full).then(
    (info) => !info.isDirectory(),
    () => true,
  );
}

/** True for a file name with one of the DOCUMENT_EXTENSIONS. */
export function isDocumentName(name: string): boolean {
  return path.extname(name).toLowerCase() in DOCUMENT_EXTENSIONS;
}
