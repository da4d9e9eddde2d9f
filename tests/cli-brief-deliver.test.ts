/**
 * `veille brief --mail-to` against a real SMTP server on loopback (smtp-server, STARTTLS with a
 * test certificate for 127.0.0.1) and `--webhook` against a real HTTP server on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';
import { PASSWORD, TLS, part, startSmtp, type Smtp } from './helpers/smtp.js';

const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-deliver-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function smtpEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    VEILLE_SMTP_HOST: '127.0.0.1',
    VEILLE_SMTP_PORT: String(port),
    VEILLE_SMTP_FROM: 'veille@example.org',
    VEILLE_SMTP_USER: 'reader',
    VEILLE_SMTP_PASSWORD: PASSWORD,
    VEILLE_SMTP_CA: path.join(TLS, 'loopback.crt'),
    XDG_CONFIG_HOME: path.join(dir, 'no-config'),
    ...extra,
  };
}

describe('veille brief --mail-to', () => {
  let smtp: Smtp | undefined;
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  it('sends the HTML briefing with a plain-text part over STARTTLS, logged in', async () => {
    smtp = await startSmtp();
    const r = await runCli(['brief', '--db', db, '--mail-to', 'desk@example.org', ...PERIOD], {
      env: smtpEnv(smtp.port),
    });
    expect(r.stderr).toBe('sent the briefing (2 stories) to desk@example.org\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({
      from: 'veille@example.org',
      to: ['desk@example.org'],
      secure: true,
      user: 'reader',
    });
    expect(mail!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Morning_briefing_=E2=80=94_Saturday/m);
    expect(part(mail!.raw, 'text/html')).toMatch(/^<!doctype html>[\s\S]*In brief/);
    expect(part(mail!.raw, 'text/plain')).toContain('# Morning briefing — Saturday 6 October 2018');
  });

  it('fails in one line, exit 1, when the server refuses the login, never printing the password', async () => {
    smtp = await startSmtp();
    const r = await runCli(['brief', '--db', db, '--mail-to', 'desk@example.org', ...PERIOD], {
      env: smtpEnv(smtp.port, { VEILLE_SMTP_PASSWORD: `${PASSWORD}-wrong` }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error \[DELIVERY_FAILED\] desk@example\.org: /);
    expect(r.stderr).not.toContain(PASSWORD);
    expect(smtp.received).toHaveLength(0);
    // Not in the --verbose stack either, not even as the base64 of an AUTH PLAIN line.
    const verbose = await runCli(
      ['brief', '--verbose', '--db', db, '--mail-to', 'desk@example.org', ...PERIOD],
      { env: smtpEnv(smtp.port, { VEILLE_SMTP_PASSWORD: `${PASSWORD}-wrong` }) },
    );
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).not.toContain(PASSWORD);
    const plain = Buffer.from(`\u0000reader\u0000${PASSWORD}-wrong`).toString('base64');
    expect(verbose.stderr).not.toContain(plain.slice(0, 16));
  });

  it('refuses to log in on a server that does not offer STARTTLS', async () => {
    smtp = await startSmtp({ disabledCommands: ['STARTTLS'] });
    const r = await runCli(['brief', '--db', db, '--mail-to', 'desk@example.org', ...PERIOD], {
      env: smtpEnv(smtp.port),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[DELIVERY_FAILED\] desk@example\.org: .*STARTTLS/);
    expect(smtp.logins).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });

  it('names the missing setting when no SMTP server is configured', async () => {
    const r = await runCli(['brief', '--db', db, '--mail-to', 'desk@example.org', ...PERIOD], {
      env: { XDG_CONFIG_HOME: path.join(dir, 'no-config') },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[CONFIG\] .*VEILLE_SMTP_HOST/);
  });

  it('takes host, port and sender from veille.config.json, the password only from the environment', async () => {
    smtp = await startSmtp();
    const project = mkdtempSync(path.join(dir, 'project-'));
    const config = {
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        from: 'briefing@example.org',
        user: 'reader',
        ca: path.join(TLS, 'loopback.crt'),
      },
    };
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(path.join(project, 'veille.config.json'), JSON.stringify(config)),
    );
    const r = await runCli(['brief', '--db', db, '--mail-to', 'desk@example.org', ...PERIOD], {
      cwd: project,
      env: { VEILLE_SMTP_PASSWORD: PASSWORD, XDG_CONFIG_HOME: path.join(dir, 'no-config') },
    });
    expect(r.stderr).toBe('sent the briefing (2 stories) to desk@example.org\n');
    expect(smtp.received[0]?.from).toBe('briefing@example.org');
  });

  it('refuses an address that is not one, with exit 2', async () => {
    const r = await runCli(['brief', '--db', db, '--mail-to', 'not an address', ...PERIOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error \[USAGE\] --mail-to/);
  });
});

describe('veille brief --webhook', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('posts the briefing as JSON and succeeds on 2xx', async () => {
    const bodies: unknown[] = [];
    server = await startServer({
      '/hook': async (req, res) => {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        bodies.push(JSON.parse(body));
        send(res, 202, '');
      },
    });
    const r = await runCli(['brief', '--db', db, '--webhook', `${server.url}/hook`, ...PERIOD]);
    expect(r.stderr).toBe(`posted the briefing (2 stories) to ${server.url}/…\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(bodies[0]).toMatchObject({
      title: 'Morning briefing — Saturday 6 October 2018',
      since: '2018-10-04T00:00:00.000Z',
      stories: 2,
      articles: 3,
    });
    const body = bodies[0] as { markdown: string; html: string; briefing: { stories: unknown[] } };
    expect(body.markdown).toMatch(/^# Morning briefing/);
    expect(body.html).toMatch(/^<!doctype html>/);
    expect(body.briefing.stories).toHaveLength(2);
  });

  it('retries a 503 and a dropped connection, then delivers the briefing once', async () => {
    let n = 0;
    server = await startServer({
      '/hook': (req, res) => {
        n += 1;
        // Retry-After: 0 keeps the client's retries instant.
        if (n === 1) return send(res, 503, '', { 'Retry-After': '0' });
        if (n === 2) return void req.socket.destroy();
        send(res, 202, '');
      },
    });
    const r = await runCli(['brief', '--db', db, '--webhook', `${server.url}/hook`, ...PERIOD]);
    expect(r.stderr).toBe(`posted the briefing (2 stories) to ${server.url}/…\n`);
    expect(r.code).toBe(0);
    expect(server.hits('/hook')).toHaveLength(3);
  });

  it('fails on a 500 still there after 3 retries, and on a 302 that a client would follow as a bodiless GET', async () => {
    server = await startServer({
      '/down': (_req, res) => send(res, 500, 'oops', { 'Retry-After': '0' }),
      '/moved': (_req, res, s) => send(res, 302, '', { Location: `${s.url}/new` }),
      '/new': (_req, res) => send(res, 200, '{}'),
    });
    const down = await runCli(['brief', '--db', db, '--webhook', `${server.url}/down`, ...PERIOD]);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe(
      `error [HTTP_STATUS] ${server.url}/…: the webhook answered HTTP 500 (gave up after 4 attempts)\n`,
    );
    expect(server.hits('/down')).toHaveLength(4);
    const moved = await runCli([
      'brief',
      '--db',
      db,
      '--webhook',
      `${server.url}/moved`,
      ...PERIOD,
    ]);
    expect(moved.code).toBe(1);
    expect(moved.stderr).toMatch(/^error \[HTTP_STATUS\] .*HTTP 302/);
    expect(server.hits('/moved')).toHaveLength(1);
    expect(server.hits('/new')).toEqual([]);
  });

  it('follows a 307 with the same body', async () => {
    let posted = 0;
    server = await startServer({
      '/old': (_req, res, s) => send(res, 307, '', { Location: `${s.url}/hook` }),
      '/hook': (req, res) => {
        if (req.method === 'POST') posted++;
        send(res, 200, '');
      },
    });
    const r = await runCli(['brief', '--db', db, '--webhook', `${server.url}/old`, ...PERIOD]);
    expect(r.code).toBe(0);
    expect(posted).toBe(1);
  });

  it('never prints the secret path or query of a webhook URL', async () => {
    server = await startServer({ '/hooks/T000/B000/XXXXSECRET': (_r, res) => send(res, 403, '') });
    const url = `${server.url}/hooks/T000/B000/XXXXSECRET?token=abc123`;
    const r = await runCli(['brief', '--db', db, '--webhook', url, ...PERIOD]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('XXXXSECRET');
    expect(r.stderr).not.toContain('abc123');
    expect(server.requests).toHaveLength(1); // a 403 is not retried
  });

  it('refuses a non-http webhook with exit 2', async () => {
    const r = await runCli(['brief', '--db', db, '--webhook', 'ftp://x.example/h', ...PERIOD]);
    expect(r.code).toBe(2);
  });
});
