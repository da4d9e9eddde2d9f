/**
 * A real SMTP server on 127.0.0.1 for delivery tests (smtp-server, STARTTLS with the test
 * certificate in tests/fixtures/tls, made for 127.0.0.1 only), and a MIME part reader.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export const TLS = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
export const SMTP_USER = 'reader';
export const PASSWORD = 'pa55-w0rd-S3CRET';

export interface Received {
  from: string;
  to: string[];
  raw: string;
  /** The session had switched to TLS when the message was sent. */
  secure: boolean;
  user: string | undefined;
}

export interface Smtp {
  port: number;
  received: Received[];
  logins: string[];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that accepts `reader` with PASSWORD after STARTTLS. */
export async function startSmtp(extra: Partial<SMTPServerOptions> = {}): Promise<Smtp> {
  const received: Received[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    key: readFileSync(path.join(TLS, 'loopback.key')),
    cert: readFileSync(path.join(TLS, 'loopback.crt')),
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      if (auth.username === SMTP_USER && auth.password === PASSWORD) {
        callback(null, { user: auth.username });
      } else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          secure: session.secure,
          user: session.user as string | undefined,
        });
        callback();
      });
    },
    ...extra,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    logins,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The MIME part of `type`, quoted-printable or base64 decoded. */
export function part(raw: string, type: string): string {
  const at = raw.indexOf(`Content-Type: ${type}`);
  if (at < 0) return '';
  const headEnd = raw.indexOf('\r\n\r\n', at);
  const head = raw.slice(at, headEnd);
  const body = raw.slice(headEnd + 4).split(/\r\n--/)[0] ?? '';
  if (/base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  if (!/quoted-printable/i.test(head)) return body;
  const bytes = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/g, '%25');
  return decodeURIComponent(bytes);
}
