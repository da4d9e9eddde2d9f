/**
 * The network rule of address.ts, applied to the address a request actually connects to.
 * address.ts reads a host as written, so a public-looking name whose A record is 127.0.0.1 or
 * 169.254.169.254 (`metadata.google.internal`) passes it, and so does DNS rebinding (a name that
 * is public when looked up first and private when connected to). So a request that content led
 * to goes through a dispatcher whose connector refuses the connection when the host is an
 * address, or resolves to any address (every A and AAAA record, in the very lookup the socket
 * then connects with), outside the networks that content may lead to.
 */
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Dispatcher } from 'undici';
import { addressNetwork, networkOf, type Network } from './address.js';

/**
 * Where a request may connect: `any` address (a URL the user named), or the public web and the
 * network named here (`public`: the public web only).
 */
export type Reach = Network | 'any';

/** The reach of a link found in content from `from` (null: of unknown origin, such as stdin). */
export function reachFrom(from: URL | null): Reach {
  return from === null ? 'public' : networkOf(from);
}

/** Set on the error a refused connection fails with, so fetch's `cause` chain can be read. */
const UNSAFE_ADDRESS = 'VEILLE_UNSAFE_ADDRESS';

class UnsafeAddressError extends Error {
  readonly code = UNSAFE_ADDRESS;
}

/** Why `host` (resolved to `address`) may not be connected to within `reach`; null if it may. */
function refusal(reach: Reach, host: string, address: string): UnsafeAddressError | null {
  const network = addressNetwork(address);
  if (reach === 'any' || network === 'public' || network === reach) return null;
  const where = host === address ? `${address} is` : `${host} is at ${address},`;
  return new UnsafeAddressError(
    `${where} a ${network} address, in another network than the content naming it`,
  );
}

/**
 * `resolve`, checking every address it answers before the socket gets any: asked for all of
 * them whatever the caller asked, and answering in the caller's shape (all, or the first).
 */
export function guardedLookup(reach: Reach, resolve: LookupFunction): LookupFunction {
  return (host, options, callback) => {
    resolve(host, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, '');
      const addresses =
        typeof found === 'string' ? [{ address: found, family: isIP(found) }] : found;
      const first = addresses[0];
      if (first === undefined) {
        return callback(
          Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }),
          '',
        );
      }
      for (const { address } of addresses) {
        const refused = refusal(reach, host, address);
        if (refused !== null) return callback(refused, '');
      }
      if (options.all === true) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

/** One dispatcher per reach and resolver, so connections are still reused within each. */
const dispatchers = new WeakMap<LookupFunction, Map<Reach, Promise<Dispatcher>>>();

/**
 * The `fetch` options that connect within `reach`, resolving names with `resolve`: a dispatcher
 * of ours, or none when fetch's own will do (any address, the system resolver). undici, the
 * package Node's fetch is built on, is loaded only then: `extract` of a page the user named
 * never needs it.
 */
export async function connectOptions(
  reach: Reach,
  resolve: LookupFunction = dns.lookup,
): Promise<RequestInit> {
  if (reach === 'any' && resolve === dns.lookup) return {};
  const byReach = dispatchers.get(resolve) ?? new Map<Reach, Promise<Dispatcher>>();
  dispatchers.set(resolve, byReach);
  const agent = byReach.get(reach) ?? guardedAgent(reach, resolve);
  byReach.set(reach, agent);
  // Typed twice (undici's own types, and @types/node's copy for the fetch Node bundles), in
  // versions TypeScript cannot match; at run time fetch takes any dispatcher.
  return Object.assign<RequestInit, object>({}, { dispatcher: await agent });
}

async function guardedAgent(reach: Reach, resolve: LookupFunction): Promise<Dispatcher> {
  const { Agent, buildConnector } = await import('undici');
  const connectTo = buildConnector({ lookup: guardedLookup(reach, resolve) });
  return new Agent({
    // An address in the URL is connected to without any lookup: checked here instead.
    connect: (options, callback) => {
      const host = options.hostname;
      const refused = isIP(host) ? refusal(reach, host, host) : null;
      if (refused !== null) callback(refused, null);
      else connectTo(options, callback);
    },
  });
}

/** The reason of a connection refused by this guard, found in fetch's `cause` chain; or null. */
export function unsafeAddress(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; depth++) {
    if (e instanceof UnsafeAddressError) return e.message;
    e = e.cause;
  }
  return null;
}
