/**
 * SMTP settings for `brief --mail-to`: each setting from the environment, else the `smtp` object
 * of `veille.config.json` (current folder), else of the user's config file. The password is read
 * from the environment only (`VEILLE_SMTP_PASSWORD`), so it never sits in a file veille reads.
 *
 *   { "smtp": { "host": "smtp.example.org", "port": 587, "from": "veille@example.org",
 *               "user": "veille", "tls": "starttls", "ca": "/etc/ssl/private-ca.pem" } }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { VeilleError } from '../errors.js';
import { userConfigPath } from '../llm/config.js';

/** How the connection is secured: STARTTLS on a plain port (587), TLS from the start (465). */
export const SMTP_TLS_MODES = ['starttls', 'implicit', 'none'] as const;
export type SmtpTls = (typeof SMTP_TLS_MODES)[number];

export interface SmtpSettings {
  host: string;
  /** Default 587, or 465 with `tls: implicit`. */
  port: number;
  /** Default `starttls` (required: no login or mail in clear), `implicit` on port 465. */
  tls: SmtpTls;
  /** Sender address. */
  from: string;
  /** Login; none when unset. */
  user: string | null;
  /** From `VEILLE_SMTP_PASSWORD` only. */
  password: string | null;
  /** PEM file of a private certificate authority to trust; default the system's. */
  ca: string | null;
}

/** Environment variable of each setting. */
const ENV = {
  host: 'VEILLE_SMTP_HOST',
  port: 'VEILLE_SMTP_PORT',
  tls: 'VEILLE_SMTP_TLS',
  from: 'VEILLE_SMTP_FROM',
  user: 'VEILLE_SMTP_USER',
  password: 'VEILLE_SMTP_PASSWORD',
  ca: 'VEILLE_SMTP_CA',
} as const;

const FileSmtp = z.object({
  host: z.string().min(1).optional(),
  port: z.number().int().min(1).max(65535).optional(),
  tls: z.enum(SMTP_TLS_MODES).optional(),
  from: z.string().min(3).optional(),
  user: z.string().min(1).optional(),
  ca: z.string().min(1).optional(),
});
type FileSmtp = z.infer<typeof FileSmtp>;

function configError(message: string, input?: string): VeilleError {
  return new VeilleError('CONFIG', message, { stage: 'config', input });
}

/** The `smtp` object of one config file; a missing file or key is `{}`. */
function readSmtp(file: string): FileSmtp {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw configError(`${file} cannot be read as JSON`, file);
  }
  const smtp = (json as { smtp?: unknown } | null)?.smtp;
  if (smtp === undefined) return {};
  const parsed = FileSmtp.safeParse(smtp);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw configError(
    `${file} field "smtp.${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`,
    file,
  );
}

export interface SmtpSettingsOptions {
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Resolves the SMTP settings; a missing host or sender is a CONFIG error naming where to set it. */
export function resolveSmtpSettings(options: SmtpSettingsOptions): SmtpSettings {
  const { env } = options;
  const user = readSmtp(userConfigPath({ env }));
  const project = readSmtp(join(options.cwd, 'veille.config.json'));
  const pick = <K extends keyof FileSmtp>(key: K): string | undefined => {
    const fromEnv = env[ENV[key]];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const value = project[key] ?? user[key];
    return value === undefined ? undefined : String(value);
  };
  const host = pick('host');
  const from = pick('from');
  if (host === undefined) {
    throw configError(
      `no SMTP server for --mail-to: set ${ENV.host} (or "smtp.host" in veille.config.json)`,
    );
  }
  if (from === undefined) {
    throw configError(
      `no sender for --mail-to: set ${ENV.from} (or "smtp.from" in veille.config.json)`,
    );
  }
  const tls = pick('tls') ?? (pick('port') === '465' ? 'implicit' : 'starttls');
  if (!(SMTP_TLS_MODES as readonly string[]).includes(tls)) {
    throw configError(`${ENV.tls} must be one of ${SMTP_TLS_MODES.join(', ')}, not '${tls}'`);
  }
  const port = Number(pick('port') ?? (tls === 'implicit' ? 465 : 587));
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw configError(`${ENV.port} must be a port number`);
  }
  return {
    host,
    port,
    tls: tls as SmtpTls,
    from,
    user: pick('user') ?? null,
    password: env[ENV.password] || null,
    ca: pick('ca') ?? null,
  };
}
