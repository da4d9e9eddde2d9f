/**
 * The briefing by mail: one message with the HTML briefing and its Markdown as the plain-text
 * part, sent through the configured SMTP server (settings.ts). With `starttls` (the default) the
 * client refuses to go on when the server does not offer STARTTLS, so neither the login nor the
 * briefing ever crosses the network in clear. Errors never carry the password.
 */
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { VeilleError } from '../errors.js';
import type { SmtpSettings } from './settings.js';

export interface BriefingMail {
  /** Recipients, already checked by `parseRecipients`. */
  to: string[];
  subject: string;
  html: string;
  text: string;
}

/** Loose but useful address check: one `@`, no spaces or angle brackets, a dot in the domain. */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** `a@x.org,b@y.org` (and repeated flags) → addresses; anything else is a USAGE error. */
export function parseRecipients(values: string[]): string[] {
  const list = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const address of list) {
    if (!ADDRESS.test(address)) {
      throw new VeilleError('USAGE', `--mail-to: '${address}' is not an email address`, {
        stage: 'config',
      });
    }
  }
  return list;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

function transportOptions(s: SmtpSettings): Parameters<typeof nodemailer.createTransport>[0] {
  if (s.tls === 'none' && s.password !== null && !LOOPBACK.test(s.host)) {
    throw new VeilleError(
      'CONFIG',
      `VEILLE_SMTP_TLS=none would send the SMTP password in clear to ${s.host}; use starttls or implicit`,
      { stage: 'config' },
    );
  }
  return {
    host: s.host,
    port: s.port,
    secure: s.tls === 'implicit',
    requireTLS: s.tls === 'starttls',
    ignoreTLS: s.tls === 'none',
    ...(s.user === null ? {} : { auth: { user: s.user, pass: s.password ?? '' } }),
    ...(s.ca === null ? {} : { tls: { ca: readCa(s.ca) } }),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  };
}

function readCa(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new VeilleError('CONFIG', `cannot read the SMTP CA file ${file}`, {
      stage: 'config',
      input: file,
      cause,
    });
  }
}

/** Sends `mail`; throws DELIVERY_FAILED (naming the recipients, never the password). */
export async function sendBriefingMail(mail: BriefingMail, settings: SmtpSettings): Promise<void> {
  const transport = nodemailer.createTransport(transportOptions(settings));
  try {
    await transport.sendMail({
      from: settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  } catch (cause) {
    throw new VeilleError('DELIVERY_FAILED', describe(cause, settings), {
      stage: 'render',
      input: mail.to.join(', '),
      cause,
    });
  } finally {
    transport.close();
  }
}

/** The server's answer, or the network reason; the password removed wherever it could appear. */
function describe(err: unknown, s: SmtpSettings): string {
  const e = err as { code?: unknown; message?: unknown; response?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : 'error';
  const detail =
    code === 'ETLS'
      ? 'the server does not offer STARTTLS, so nothing was sent (set VEILLE_SMTP_TLS=implicit for port 465)'
      : typeof e?.response === 'string'
        ? e.response
        : String(e?.message ?? err);
  const text = `SMTP ${s.host}:${s.port}: ${detail} (${code})`;
  return s.password === null ? text : text.split(s.password).join('***');
}
