/**
 * One redaction function for every text that leaves the process: error lines, "caused by"
 * stacks, warnings, the formats memory file, stored failure messages. It masks two kinds of
 * secret:
 * - secrets we know: the configured API key and the credentials of the configured base URL,
 *   registered by the config resolver (a server may echo them in any form, e.g. a key with no
 *   recognisable shape inside an error body);
 * - secrets we recognise by shape, in any text: URL credentials, credential query parameters,
 *   bearer tokens and OpenAI-style keys (a key we were never told about, a page URL's token).
 * The registry lives for the process: a run resolves one configuration, and values are only
 * ever added, so a value once seen stays masked.
 */

/** What every masked value becomes. */
export const MASK = '***';

/** Shorter registered values are not masked as plain text: they would eat ordinary words. */
const MIN_SECRET_LENGTH = 4;

/**
 * Query parameters whose value is a credential (matched case-insensitively, `-` or `_` or
 * nothing between words). Azure uses `api-key`, Google `key`, many gateways `token` or
 * `access_token`, signed URLs `sig`/`signature`.
 */
const SECRET_PARAMS = [
  'api[-_]?key',
  'key',
  'token',
  'access[-_]?token',
  'auth',
  'password',
  'secret',
  'client[-_]?secret',
  'sig',
  'signature',
];

/** Secrets recognised by shape; `mask` replaces each match (`$1` keeps the part before the secret). */
const SHAPES: readonly { name: string; pattern: RegExp; mask: string; why: string }[] = [
  {
    name: 'url-userinfo',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi,
    mask: `$1${MASK}@`,
    why: 'user:password@ (or a token as user) before a host',
  },
  {
    name: 'query-credential',
    pattern: new RegExp(`([?&;](?:${SECRET_PARAMS.join('|')})=)[^&#\\s"'<>]+`, 'gi'),
    mask: `$1${MASK}`,
    why: 'a credential passed as a query parameter',
  },
  {
    name: 'bearer',
    pattern: /(\bBearer\s+)[A-Za-z0-9._~+/=-]+/g,
    mask: `$1${MASK}`,
    why: 'an Authorization header value quoted back',
  },
  {
    name: 'openai-key',
    pattern: /\b(sk-)[A-Za-z0-9_*.-]{6,}/g,
    mask: `$1${MASK}`,
    why: 'the shape of OpenAI keys (sk-…, sk-proj-…)',
  },
];

const known = new Set<string>();

/** Masks `value` from now on wherever it appears (and its URL-encoded form). */
export function registerSecret(value: string | undefined): void {
  if (value === undefined || value.length < MIN_SECRET_LENGTH) return;
  known.add(value);
  const encoded = encodeURIComponent(value);
  if (encoded !== value) known.add(encoded);
}

/**
 * Registers the credentials of a URL: the password, the user only when it stands alone (a token
 * as user, `https://TOKEN@host`; a plain user name such as `admin` would mask ordinary words),
 * and credential query values. URL-shaped text hides the user anyway. A non-URL registers nothing.
 */
export function registerUrlSecrets(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  const parts = url.password === '' ? [url.username] : [url.password];
  for (const part of parts) {
    registerSecret(part);
    registerSecret(safeDecode(part));
  }
  const param = new RegExp(`^(?:${SECRET_PARAMS.join('|')})$`, 'i');
  for (const [name, value] of url.searchParams) {
    if (param.test(name)) registerSecret(value);
  }
}

/** `text` with every known secret and every secret-shaped string masked. */
export function redactSecrets(text: string): string {
  let out = text;
  // Longest first, so a value containing another is masked whole.
  for (const secret of [...known].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(MASK);
  }
  for (const { pattern, mask } of SHAPES) out = out.replace(pattern, mask);
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
