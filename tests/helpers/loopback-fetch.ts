/**
 * A fetch that reaches loopback only: any other host is recorded and refused, so that a test
 * of what must never be requested stays off the network even when the code under test is wrong.
 */
export function loopbackOnly(): { fetch: typeof fetch; outside: string[] } {
  const outside: string[] = [];
  const guarded: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname === '127.0.0.1') return fetch(input, init);
    outside.push(url.href);
    return Promise.reject(new TypeError('fetch failed'));
  };
  return { fetch: guarded, outside };
}
