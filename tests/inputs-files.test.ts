/**
 * Local files that are not what they seem (issue 8): devices, FIFOs and sockets; files whose
 * size stat does not know; binary formats behind a text extension; stray NUL bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { loadInputs, type LoadOptions } from '../src/inputs/load.js';
import type { FetchedDocument } from '../src/types.js';

let dir: string;
let cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'veille-files-'));
});
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
  await rm(dir, { recursive: true, force: true });
});

async function write(rel: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function loadAll(inputs: string[], options: Omit<LoadOptions, 'recall'> = {}) {
  const docs: FetchedDocument[] = [];
  const errors: VeilleError[] = [];
  for await (const item of loadInputs(inputs, { cwd: dir, ...options })) {
    if (item instanceof VeilleError) errors.push(item);
    else docs.push(item);
  }
  const codes = Object.fromEntries(errors.map((e) => [e.input, e.code]));
  const messages = Object.fromEntries(errors.map((e) => [e.input, e.message]));
  return { docs, errors, codes, messages };
}

describe('special files', () => {
  it('refuses a character device instead of reading it until memory runs out', async () => {
    const { docs, codes, messages } = await loadAll(['/dev/zero'], { http: { maxBytes: 1000 } });
    expect(docs).toEqual([]);
    expect(codes).toEqual({ '/dev/zero': 'READ_FAILED' });
    expect(messages['/dev/zero']).toContain('not a regular file (character device)');
  });

  it('refuses a FIFO without waiting for a writer, and a socket', async () => {
    const fifo = path.join(dir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    const socket = path.join(dir, 'sock.html');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const { codes, messages } = await loadAll(['pipe.html', 'sock.html']);
    expect(codes).toEqual({ 'pipe.html': 'READ_FAILED', 'sock.html': 'READ_FAILED' });
    expect(messages['pipe.html']).toContain('not a regular file (FIFO)');
    expect(messages['sock.html']).toContain('not a regular file (socket)');
  });

  it('refuses a device named as the --from list', async () => {
    const { codes, messages } = await loadAll([], { from: '/dev/zero', http: { maxBytes: 1000 } });
    expect(codes).toEqual({ '/dev/zero': 'READ_FAILED' });
    expect(messages['/dev/zero']).toContain('not a regular file');
  });

  it('applies the byte cap while reading, not from the size stat reports', async () => {
    // /proc files are regular files of size 0 by stat, whatever they hold.
    const { codes } = await loadAll(['/proc/self/maps'], { http: { maxBytes: 100 } });
    expect(codes).toEqual({ '/proc/self/maps': 'TOO_LARGE' });
  });

  it('still reads a regular file exactly at the cap', async () => {
    await write('exact.txt', 'x'.repeat(100));
    const { docs, errors } = await loadAll(['exact.txt'], { http: { maxBytes: 100 } });
    expect(errors).toEqual([]);
    expect(docs[0]?.body.length).toBe(100);
  });
});

describe('binary content behind a text extension', () => {
  it('refuses known binary formats with UNSUPPORTED_TYPE naming them', async () => {
    await write('report.html', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    await write('photo.txt', Buffer.from('ffd8ffe000104a464946', 'hex'));
    const { codes, messages } = await loadAll(['report.html', 'photo.txt']);
    expect(codes).toEqual({ 'report.html': 'UNSUPPORTED_TYPE', 'photo.txt': 'UNSUPPORTED_TYPE' });
    expect(messages['report.html']).toContain('application/pdf');
    expect(messages['photo.txt']).toContain('image/jpeg');
  });

  it('reads a page with a few NUL bytes, and still refuses genuinely binary files', async () => {
    await write('page.html', `<html><body>${'<p>Texte\0 lisible.</p>'.repeat(10)}</body></html>`);
    await write('noise.txt', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)));
    const { docs, codes } = await loadAll(['page.html', 'noise.txt']);
    expect(docs.map((d) => [d.source, d.kind])).toEqual([['page.html', 'html']]);
    expect(codes).toEqual({ 'noise.txt': 'BINARY' });
  });
});

describe('folders', () => {
  it('follows no symlinked folder, even one named like a document, so a loop ends', async () => {
    await write('news/a.html', '<p>a</p>');
    await write('news/sub/b.html', '<p>b</p>');
    await write('elsewhere/c.html', '<p>c</p>');
    await symlink(path.join(dir, 'news'), path.join(dir, 'news/sub/loop.html'));
    await symlink(path.join(dir, 'elsewhere'), path.join(dir, 'news/linked'));
    await symlink(path.join(dir, 'elsewhere/c.html'), path.join(dir, 'news/c-link.html'));
    const { docs, errors } = await loadAll(['news']);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.source).sort()).toEqual([
      'news/a.html',
      'news/c-link.html', // a symlinked file is read
      'news/sub/b.html',
    ]);
  });

  it('reports an unreadable subfolder as its own READ_FAILED and reads the rest', async () => {
    await write('news/a.html', '<p>a</p>');
    await write('news/locked/secret.html', '<p>s</p>');
    await write('news/z/b.html', '<p>b</p>');
    const locked = path.join(dir, 'news/locked');
    await chmod(locked, 0o000);
    cleanups.push(() => chmod(locked, 0o755)); // so that a non-root user can remove it
    await chmod(dir, 0o755); // the unprivileged user below must reach the folder
    const results = runLoader(dir, ['news']);
    expect(results).toHaveLength(3);
    expect(results).toEqual(
      expect.arrayContaining([
        'news/a.html',
        ['READ_FAILED', path.join('news', 'locked')],
        'news/z/b.html',
      ]),
    );
  });
});

/**
 * Runs the loader in a child process. As root, the child runs without the capabilities that let
 * root read any folder whatever its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so a folder of
 * mode 000 is unreadable to it; it stays root, so it still reads this checkout even when a parent
 * folder is private (a clone in `mktemp -d`, mode 700, which another user could not enter).
 * Without setpriv, it runs as an unprivileged user instead.
 */
function runLoader(cwd: string, inputs: string[]): unknown[] {
  const asRoot = process.getuid?.() === 0;
  const node = [
    process.execPath,
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'helpers/load-as-cli.ts'),
    cwd,
    ...inputs,
  ];
  const setpriv = asRoot ? findSetpriv() : null;
  const [command, ...args] =
    setpriv === null
      ? node
      : [setpriv, '--bounding-set=-dac_override,-dac_read_search', '--', ...node];
  const out = execFileSync(command ?? process.execPath, args, {
    encoding: 'utf8',
    ...(asRoot && setpriv === null ? { uid: 65534, gid: 65534 } : {}),
  });
  return JSON.parse(out) as unknown[];
}

/** util-linux's setpriv, if installed. */
function findSetpriv(): string | null {
  return ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p)) ?? null;
}
