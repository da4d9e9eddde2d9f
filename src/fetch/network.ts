import { VeilleError } from '../errors.js';

/**
 * Low-level network failures by code: what to tell the user and whether another attempt can
 * help. DNS saying "no such host" is final; a refused or reset connection may be a server
 * restarting, so it is retried.
 */
const NETWORK_FAILURES: Record<string, { what: string; retry: boolean }> = {
  ENOTFOUND: { what: 'no such host (DNS lookup failed)', retry: false },
  EAI_AGAIN: { what: 'DNS lookup failed temporarily', retry: true },
  ECONNREFUSED: { what: 'connection refused', retry: true },
  EHOSTUNREACH: { what: 'host unreachable', retry: true },
  ENETUNREACH: { what: 'network unreachable', retry: true },
  ECONNRESET: { what: 'connection reset', retry: true },
  EPIPE: { what: 'connection closed while sending', retry: true },
  ETIMEDOUT: { what: 'connection timed out', retry: true },
  UND_ERR_SOCKET: { what: 'connection closed by the server', retry: true },
  UND_ERR_CLOSED: { what: 'connection closed', retry: true },
  CERT_HAS_EXPIRED: { what: 'TLS certificate expired', retry: false },
  DEPTH_ZERO_SELF_SIGNED_CERT: { what: 'self-signed TLS certificate', retry: false },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { what: 'TLS certificate not trusted', retry: false },
  ERR_TLS_CERT_ALTNAME_INVALID: { what: 'TLS certificate is for another host', retry: false },
};

/** The system error code buried in what `fetch` throws (`TypeError: fetch failed` + cause). */
export function errorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const record = e as { code?: unknown; errors?: unknown; cause?: unknown };
    if (typeof record.code === 'string') return record.code;
    if (Array.isArray(record.errors) && record.errors.length > 0) e = record.errors[0];
    else e = record.cause;
  }
  return undefined;
}

/** A failed `fetch` call as a VeilleError naming the host, and whether to retry it. */
export function networkFailure(
  err: unknown,
  url: URL,
  input: string,
): { error: VeilleError; retry: boolean } {
  const code = errorCode(err);
  const known = code === undefined ? undefined : NETWORK_FAILURES[code];
  const what = known?.what ?? (code ? `network error ${code}` : 'network error');
  const error = new VeilleError('UNREACHABLE', `could not reach ${url.host}: ${what}`, {
    stage: 'fetch',
    input,
    cause: err,
  });
  return { error, retry: known?.retry ?? true };
}
