/**
 * A real HTTP server on a random loopback port, for tests that must not touch the internet.
 * It records every request and counts requests in flight, so tests can assert on headers and
 * on concurrency.
 *
 *   const server = await startServer({ '/a': (req, res) => send(res, 200, '<p>x</p>') });
 *   await fetchUrl(`${server.url}/a`);
 *   server.requests[0].headers['user-agent'];
 *   await server.close();
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/a?x=1`. */
  path: string;
  headers: http.IncomingHttpHeaders;
  /** `Date.now()` when the request arrived. */
  at: number;
}

export type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  server: TestServer,
) => void | Promise<void>;

/** A route table (path without query → handler); unknown paths answer 404. */
export type Routes = Record<string, Handler>;

export interface TestServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Requests whose response has not finished yet. */
  inFlight: number;
  /** Highest `inFlight` seen so far. */
  maxInFlight: number;
  /** Requests recorded for one path. */
  hits(path: string): RecordedRequest[];
  /** Stops the server, cutting any connection a slow handler still holds. */
  close(): Promise<void>;
}

function routeHandler(routes: Routes): Handler {
  return (req, res, server) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[pathname];
    if (route) return route(req, res, server);
    send(res, 404, 'not found');
  };
}

/** Starts a server on 127.0.0.1 with a random port. */
export async function startServer(handler: Handler | Routes): Promise<TestServer> {
  const handle = typeof handler === 'function' ? handler : routeHandler(handler);
  const server = http.createServer();
  const state: TestServer = {
    url: '',
    port: 0,
    requests: [],
    inFlight: 0,
    maxInFlight: 0,
    hits: (p) => state.requests.filter((r) => r.path.split('?')[0] === p),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    state.requests.push({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      at: Date.now(),
    });
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on('close', () => state.inFlight--);
    Promise.resolve(handle(req, res, state)).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}`;
  return state;
}

/** Writes a whole response: status, body (string or bytes), headers. */
export function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer = '',
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, headers);
  res.end(body);
}

/** An HTML answer with `Content-Type: text/html; charset=utf-8`. */
export function html(body: string): Handler {
  return (_req, res) => send(res, 200, body, { 'Content-Type': 'text/html; charset=utf-8' });
}

/** A loopback port nothing listens on: connecting to it is refused. */
/**
 * A loopback port nothing listens on. It is taken below the kernel's ephemeral range
 * (/proc/sys/net/ipv4/ip_local_port_range, 32768–60999 by default), where no server of a
 * parallel test listening on port 0 can be given it between this probe and the request.
 */
export async function closedPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await portIsFree(port)) return port;
  }
}

function portIsFree(port: number): Promise<boolean> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The ids of the claim records a tracker received in one POST body (`{claims: [...]}`). */
export async function readClaimIds(req: http.IncomingMessage): Promise<string[]> {
  let body = '';
  for await (const chunk of req) body += (chunk as Buffer).toString();
  return (JSON.parse(body) as { claims: Array<{ id: string }> }).claims.map((c) => c.id);
}
