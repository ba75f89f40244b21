// The fetch that URL imports use: node:https with a lookup that refuses non-public addresses at
// the moment of connecting. Checking a name before fetching is not enough on its own: the fetch
// would look the name up again, and a name whose answer changes in between (DNS rebinding) would
// lead the server into its own network. Here the addresses checked are the addresses connected
// to. Answers are given back as a standard Response, so the caller reads them like fetch's.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { refusedAddressKind } from './import-fetch-address';

/** Raised by the lookup: the name resolved to an address feeds are not fetched from. */
export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly kind: string,
  ) {
    super(`${hostname} (${address}) is ${kind}`);
  }
}

type Resolve = (
  hostname: string,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolve: Resolve = (hostname, callback) => {
  dnsLookup(hostname, { all: true, verbatim: true }, callback);
};

/** A `lookup` for net/https that answers only with public addresses, or fails. */
export function publicOnlyLookup(resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (error, found) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const addresses = found.filter((a) => family === 0 || a.family === family);
      for (const a of addresses) {
        const kind = refusedAddressKind(a.address);
        if (kind !== null) {
          callback(new RefusedAddressError(hostname, a.address, kind), '', 0);
          return;
        }
      }
      const [first] = addresses;
      if (first === undefined) {
        const none: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
        none.code = 'ENOTFOUND';
        callback(none, '', 0);
      } else if (options.all === true) {
        // net asks for every address when it races IPv4 and IPv6 (autoSelectFamily).
        (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

/** Statuses whose Response may not have a body. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * A GET over node:https with the given lookup, answered as a standard Response. `get` is
 * https.get; tests pass http.get to drive a plain local server.
 */
export function pinnedFetch(
  lookup: LookupFunction = publicOnlyLookup(),
  get: typeof https.get = https.get,
): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const headers = new Headers(init?.headers);
      const request = get(
        url,
        {
          lookup,
          // A connection of its own: a pooled socket, opened earlier through another lookup,
          // would skip this one's check.
          agent: false,
          headers: Object.fromEntries(headers.entries()),
          ...(init?.signal ? { signal: init.signal } : {}),
        },
        (res) => {
          const status = res.statusCode ?? 502;
          const answer = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (Array.isArray(value)) for (const v of value) answer.append(name, v);
            else if (value !== undefined) answer.set(name, value);
          }
          if (NO_BODY.has(status)) res.resume();
          const body = NO_BODY.has(status)
            ? null
            : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
          resolve(
            new Response(body, { status, statusText: res.statusMessage ?? '', headers: answer }),
          );
        },
      );
      request.on('error', reject);
    });
}
