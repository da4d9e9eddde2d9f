/**
 * Serves pages of any host name from one loopback server: the returned `fetch` sends
 * `https://www.lemonde.fr/a.html` to `http://127.0.0.1:PORT/www.lemonde.fr/a.html`, so tests can
 * name real-looking sites (different registrable domains) without leaving 127.0.0.1. The loader
 * keeps the URL it asked for as the article's URL.
 */
import { startServer, type Routes, type TestServer } from './http-server.js';

export interface HostServer {
  server: TestServer;
  fetch: typeof fetch;
}

/** `routes` keyed by full URL (`https://host/path`). */
export async function startHosts(routes: Routes): Promise<HostServer> {
  const local: Routes = {};
  for (const [url, handler] of Object.entries(routes)) {
    const { host, pathname } = new URL(url);
    local[`/${host}${pathname}`] = handler;
  }
  const server = await startServer(local);
  const routed: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return fetch(`${server.url}/${url.host}${url.pathname}${url.search}`, init);
  };
  return { server, fetch: routed };
}
