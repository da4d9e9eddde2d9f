/**
 * Terminal injection: page text (titles, previews, quotes in warnings, server messages in errors)
 * reaches stderr, which is usually a terminal. Escape sequences in it could clear the screen,
 * retitle the window, forge a hyperlink, or rewrite a line (CR) so an error reads as a success.
 * Nothing but printable text and veille's own line breaks may reach stderr from a page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { VeilleError, formatErrorLine } from '../src/errors.js';
import { Reporter } from '../src/report.js';
import { terminalLine, terminalText } from '../src/terminal.js';
import { runCli } from './helpers/run-cli.js';

/** Control sequences and characters a page can carry (as raw bytes or `&#27;`-style references). */
const HOSTILE =
  'A\x1b[2J\x1b[31mred\x1b[0m' + // CSI: clear screen, colours
  '\x1b]0;pwned\x07' + // OSC: window title, ended by BEL
  '\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\' + // OSC 8 hyperlink, ended by ST
  '\x9b2J\x9d0;title\x9c' + // the same as 8-bit C1 controls
  '\x07\x08\x7f' + // BEL, backspace, DEL
  '\u202eevil\u202c' + // bidi override, which reorders what is shown
  '\rok fine\nerror [FORGED] x: y' + // CR rewrites the line; LF forges a second one
  'Z';
/** Any C0/C1 control but the line feed, and bidi embedding/override/isolate controls. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;

function sink(isTTY = false): Writable & { text: string } {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      stream.text += chunk.toString();
      callback();
    },
  }) as Writable & { text: string; isTTY?: boolean };
  stream.text = '';
  stream.isTTY = isTTY;
  return stream;
}

describe('Reporter on stderr', () => {
  it('strips control characters from page text in every kind of line, one line each', () => {
    const out = sink();
    const reporter = new Reporter(out);
    // Warning details are printed with --verbose only.
    new Reporter(out, { verbose: true }).warning(`page${HOSTILE}.html`, {
      code: 'PAYWALL',
      message: HOSTILE,
    });
    reporter.removal('page.html', { rule: 'comments', reason: 'x', chars: 10, preview: HOSTILE });
    reporter.info(`ok ${HOSTILE}`);
    reporter.error(new VeilleError('HTTP_STATUS', HOSTILE, { stage: 'fetch' }), 'fetch', HOSTILE);
    expect(out.text).not.toMatch(CONTROL);
    const lines = out.text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.startsWith('error [FORGED]'))).toBe(false);
    // The readable text is kept.
    expect(lines[0]).toMatch(
      /^warning \[PAYWALL\] page.*redclick.*evil.*ok fine error \[FORGED\] x: yZ/,
    );
  });

  it('keeps its own status-line control on a terminal, and only that', () => {
    const out = sink(true);
    const reporter = new Reporter(out, { verbose: true });
    reporter.status(`12/40 ${HOSTILE}`);
    reporter.warning('page.html', { code: 'PAYWALL', message: HOSTILE });
    reporter.status(null);
    const own = out.text.replaceAll('\r\x1b[2K', '');
    expect(own).not.toMatch(CONTROL);
    expect(own).toContain('12/40 A');
  });

  it('strips them from stacks printed with --verbose, keeping their line breaks', () => {
    const out = sink();
    const reporter = new Reporter(out, { verbose: true });
    reporter.error(new Error(HOSTILE), 'extract', 'page.html');
    expect(out.text).not.toMatch(CONTROL);
    expect(out.text).toMatch(/\n\s+at /);
  });
});

describe('terminalText', () => {
  it('removes whole sequences, keeps the text of an unterminated one, and keeps line feeds', () => {
    expect(terminalText('a\x1b[1;31mb\x1b[0m\x1b]0;t\x07c')).toBe('abc');
    expect(terminalText('a\x1b]0;rest of the message')).toBe('a0;rest of the message');
    expect(terminalText('at x\n    at y\tz')).toBe('at x\n    at y\tz');
    expect(terminalLine('a\r\nb\rc')).toBe('a b c');
    expect(terminalText('Élysée « citation » — 12 €')).toBe('Élysée « citation » — 12 €');
  });
});

describe('formatErrorLine', () => {
  it('gives one line without control characters', () => {
    const line = formatErrorLine(
      new VeilleError('HTTP_STATUS', HOSTILE, { stage: 'fetch', input: `u${HOSTILE}` }),
    );
    expect(line).not.toMatch(CONTROL);
    expect(line).not.toContain('\n');
  });
});

describe('veille extract --explain', () => {
  it('prints removal previews of a page with escape sequences as plain text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-terminal-'));
    try {
      const page = join(dir, 'page.html');
      const paragraph =
        '<p>Le conseil municipal a voté jeudi le budget de la commune, après un long débat sur les écoles et les routes de la ville.</p>';
      writeFileSync(
        page,
        `<html lang="fr"><head><title>Titre&#27;]0;pwned&#7;</title></head><body><article>${paragraph.repeat(4)}</article>` +
          `<section id="comments"><h2>Commentaires</h2><p>Super &#27;[2J&#27;[31mrouge&#155;2J &#27;]8;;https://evil.example/&#27;\\lien&#27;]8;;&#27;\\ \r\nerror [FORGED] faux</p></section></body></html>`,
      );
      const r = await runCli(['extract', '--explain', page]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^removed \[/m);
      expect(r.stderr).toContain('rouge');
      expect(r.stderr).not.toMatch(CONTROL);
      expect(r.stderr).not.toMatch(/^error \[FORGED\]/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('article text and metadata', () => {
  it('carry no control characters, so a report on a terminal cannot be repainted by the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-terminal-'));
    try {
      const page = join(dir, 'page.html');
      const paragraph =
        '<p>Le conseil municipal a voté jeudi le budget de la commune&#27;[2J, après un long débat&#7; sur les écoles.</p>';
      writeFileSync(
        page,
        `<html lang="fr"><head><title>&#27;[31mRouge&#7; et noir</title>` +
          `<meta property="og:site_name" content="Site&#27;]0;pwned&#7;"></head>` +
          `<body><article><h1>Titre</h1>${paragraph.repeat(6)}</article></body></html>`,
      );
      for (const format of ['jsonl', 'markdown', 'text']) {
        const r = await runCli(['extract', '--format', format, page]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain('après un long débat sur les écoles');
        expect(r.stdout).not.toMatch(CONTROL);
        expect(r.stdout).not.toMatch(/\\u00(1b|07)/i);
      }
      const json = await runCli(['extract', '--format', 'jsonl', page]);
      const article = (JSON.parse(json.stdout) as { article: Record<string, unknown> }).article;
      expect(article['title']).toBe('Rouge et noir');
      expect(article['siteName']).toBe('Site');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
