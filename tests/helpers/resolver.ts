/**
 * A DNS resolver for tests: names answer the addresses a test gives them (`evil.example` →
 * 127.0.0.1), any other name fails as unknown, and no query ever leaves the process. Handed to
 * fetches as `lookup` (HttpOptions, RunContext), it lets a test name a host whose records point
 * into a private network while the server it reaches still listens on 127.0.0.1.
 */
import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';

export interface TestResolver {
  lookup: LookupFunction;
  /** Names looked up, in order, one entry per lookup. */
  asked: string[];
}

/** `records`: name → its addresses; a function gives the answer of each successive lookup. */
export function resolver(
  records: Record<string, string[] | ((nth: number) => string[])>,
): TestResolver {
  const asked: string[] = [];
  const lookup: LookupFunction = (host, options, callback) => {
    const nth = asked.filter((h) => h === host).length;
    asked.push(host);
    const record = records[host];
    const found = typeof record === 'function' ? record(nth) : record;
    if (found === undefined || found.length === 0) {
      const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      process.nextTick(() => callback(err, ''));
      return;
    }
    const all: LookupAddress[] = found.map((address) => ({ address, family: isIP(address) }));
    process.nextTick(() => {
      if (options.all === true) callback(null, all);
      else callback(null, all[0]!.address, all[0]!.family);
    });
  };
  return { lookup, asked };
}
