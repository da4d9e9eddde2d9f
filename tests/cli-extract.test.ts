import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';
import { runCli } from './helpers/run-cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const PARAGRAPHS = [
  "Le fabricant de cartes mères Supermicro a vu son action chuter de plus de quarante pour cent en une seule séance, après la publication d'une enquête affirmant que des puces espionnes avaient été ajoutées à ses produits.",
  "Selon l'agence Bloomberg, les composants auraient été soudés lors de la fabrication chez des sous-traitants installés en Chine, sous la pression d'une unité de l'armée chinoise.",
  "Apple et Amazon ont publié des démentis d'une fermeté inhabituelle. « Nous n'avons jamais trouvé de puce malveillante dans nos serveurs », a déclaré un porte-parole d'Apple.",
  "Les autorités américaines n'ont pas confirmé ces informations, et plusieurs experts en sécurité matérielle se disent sceptiques sur la faisabilité technique d'une telle opération.",
];

const page = (title: string): string => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>${title} - Le Journal</title></head><body><nav><a href="/">Accueil</a> <a href="/tech">Tech</a></nav>
<article><h1>${title}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<section id="comments"><h2>3 commentaires</h2><div class="comment">Avatar de zorglub Abonné — zorglub le 05/10/18 à 08:48 : complètement bidon cette histoire</div></section>
<footer>Mentions légales — Tous droits réservés</footer></body></html>`;

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-cli-'));
  writeFileSync(path.join(dir, 'a.html'), page('Des puces espionnes chez Supermicro'));
  writeFileSync(path.join(dir, 'b.html'), page('Apple et Amazon démentent'));
  writeFileSync(
    path.join(dir, 'binary.html'),
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]),
  );
  server = await startServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Une enquête qui fait du bruit'));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
});

afterAll(async () => {
  await server.close();
});

describe('veille extract', () => {
  it('prints the article text alone by default on a terminal, without comments or furniture', async () => {
    const { code, stdout, stderr } = await runCli(['extract', path.join(dir, 'a.html')], {
      tty: true,
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(PARAGRAPHS[0]);
    expect(stdout).toContain(PARAGRAPHS[3]);
    expect(stdout).not.toContain('zorglub');
    expect(stdout).not.toContain('Mentions légales');
    expect(stdout).not.toContain('Accueil');
  });

  it('writes one JSON object per line with several inputs', async () => {
    const { code, stdout } = await runCli([
      'extract',
      '--format',
      'jsonl',
      path.join(dir, 'a.html'),
      path.join(dir, 'b.html'),
    ]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ExtractResult);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['article', 'removed', 'source', 'warnings']);
      expect(line.article.lang).toBe('fr');
      expect(line.article.paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(
        line.removed.some((r: { preview: string }) => r.preview.includes('commentaires')),
      ).toBe(true);
    }
    expect(lines.map((l) => l.article.title).sort()).toEqual([
      'Apple et Amazon démentent',
      'Des puces espionnes chez Supermicro',
    ]);
  });

  it('keeps going after bad inputs, names each in one line and exits 1', async () => {
    const missing = path.join(dir, 'nope.html');
    const { code, stdout, stderr } = await runCli([
      'extract',
      missing,
      path.join(dir, 'binary.html'),
      `${server.url}/gone`,
      path.join(dir, 'a.html'),
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(PARAGRAPHS[0]);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('[NOT_FOUND]'))).toContain(missing);
    expect(lines.find((l) => l.includes('[BINARY]'))).toContain('binary.html');
    expect(lines.find((l) => l.includes('[GONE]'))).toContain(`${server.url}/gone`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('shows a stack trace only with --verbose', async () => {
    const { stderr } = await runCli(['extract', '--verbose', path.join(dir, 'nope.html')]);
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('fetches URLs and reads stdin', async () => {
    const fromUrl = await runCli(['extract', `${server.url}/article`]);
    expect(fromUrl.code, fromUrl.stderr).toBe(0);
    expect(fromUrl.stdout).toContain(PARAGRAPHS[1]);
    const fromStdin = await runCli(['extract', '-'], { stdin: page('Par l’entrée standard') });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toContain(PARAGRAPHS[2]);
  });

  it('--explain lists removals on stderr, keeping stdout clean', async () => {
    const { stdout, stderr } = await runCli(['extract', '--explain', path.join(dir, 'a.html')]);
    expect(stderr).toMatch(/removed \[[\w-]+\] .*a\.html: \d+ chars/);
    expect(stdout).not.toContain('removed [');
  });

  it('renders markdown with the title and source', async () => {
    const { stdout } = await runCli(['extract', '--format', 'markdown', path.join(dir, 'a.html')]);
    expect(stdout.startsWith('# Des puces espionnes chez Supermicro\n')).toBe(true);
    expect(stdout).toContain('Source: <file://');
  });

  it('--out writes one file per article and nothing on stdout', async () => {
    const out = path.join(dir, 'out');
    const { code, stdout } = await runCli([
      'extract',
      '-f',
      'json',
      '--out',
      out,
      path.join(dir, 'a.html'),
      path.join(dir, 'b.html'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'apple-et-amazon-dementent.json',
      'des-puces-espionnes-chez-supermicro.json',
    ]);
    expect(JSON.parse(readFileSync(path.join(out, files[0]!), 'utf8')).article.title).toBe(
      'Apple et Amazon démentent',
    );
  });

  it('fails in one line with exit 1 when --out cannot be written', async () => {
    const blocker = path.join(dir, 'a-file-not-a-folder');
    writeFileSync(blocker, 'x');
    const { code, stdout, stderr } = await runCli([
      'extract',
      '--out',
      blocker,
      path.join(dir, 'a.html'),
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error \[WRITE_FAILED\] .*a-file-not-a-folder/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['extract'])).code).toBe(2);
    const bad = await runCli(['extract', '--format', 'pdf', 'x.html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pdf');
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });
});

describe('veille extract on several articles as text', () => {
  it('names each article with a ==> source <== line, as head does', async () => {
    const a = path.join(dir, 'a.html');
    const b = path.join(dir, 'b.html');
    const { stdout } = await runCli(['extract', '-f', 'text', a, b]);
    expect(stdout).toContain(`==> ${a} <==\n${PARAGRAPHS[0]}`);
    expect(stdout).toContain(`==> ${b} <==\n`);
    const single = await runCli(['extract', '-f', 'text', a]);
    expect(single.stdout).not.toContain('==>');
  });
});

describe('veille extract on pages with no article', () => {
  it('names empty and script-only pages with EMPTY, and still extracts malformed HTML', async () => {
    const empty = path.join(dir, 'empty.html');
    const scripts = path.join(dir, 'scripts.html');
    const malformed = path.join(dir, 'malformed.html');
    writeFileSync(empty, '');
    writeFileSync(
      scripts,
      '<html><head><script>var a = "tout le texte est ici";</script></head><body><script>document.write("x")</script></body></html>',
    );
    writeFileSync(
      malformed,
      `<html lang="fr"><body><div><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}<div><b>${PARAGRAPHS[2]}</i></div>`,
    );
    const { code, stdout, stderr } = await runCli(['extract', empty, scripts, malformed]);
    expect(code).toBe(1);
    const errors = stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('error '));
    expect(errors).toHaveLength(2);
    expect(errors.every((l) => l.startsWith('error [EMPTY]'))).toBe(true);
    expect(errors.some((l) => l.includes('empty.html'))).toBe(true);
    expect(errors.some((l) => l.includes('scripts.html'))).toBe(true);
    expect(stdout).toContain(PARAGRAPHS[1]);
    expect(stdout).not.toContain('tout le texte');
  });
});

describe('veille extract on stderr', () => {
  const english = (): string => {
    const file = path.join(dir, 'english-short.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Chips</title></head><body><article><h1>Chips</h1>
<p>The company denied the report about spy chips on its motherboards, calling it false.</p></article></body></html>`,
    );
    return file;
  };

  it('says an input’s warnings in one line of counts; the details with --verbose', async () => {
    const file = english();
    const quiet = await runCli(['extract', file]);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(quiet.stderr).toMatch(/^ok \S*english-short\.html · /);
    expect(quiet.stderr).toContain(' · not French');
    expect(quiet.stderr).toContain(' · short');
    expect(quiet.stderr).not.toContain('warning [');
    const verbose = await runCli(['extract', '--verbose', file]);
    expect(verbose.stderr).toContain('warning [NOT_FRENCH]');
    expect(verbose.stderr).toContain('warning [SHORT_ARTICLE]');
  });

  it('with --out, one line per input naming the file it wrote and its warnings', async () => {
    const out = mkdtempSync(path.join(dir, 'out-'));
    const { code, stderr } = await runCli([
      'extract',
      '--out',
      out,
      english(),
      path.join(dir, 'a.html'),
    ]);
    expect(code, stderr).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('english-short'))).toMatch(/not French.*→ .*chips\.txt$/);
    expect(lines.find((l) => l.includes('a.html'))).toMatch(/→ .*supermicro\.txt$/);
  });
});
