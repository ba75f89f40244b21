// Fetching a feed by URL, server-side: https only and public addresses only (also after each
// redirect), no cookies or credentials, a time limit for the whole exchange, and a size limit
// enforced while reading (a server that lies about, or omits, Content-Length cannot make us
// buffer more).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { IMPORT_MAX_BYTES } from '../../../contracts/imports';
import { AppError } from '../../errors';
import { refusedAddressKind } from './import-fetch-address';
import { pinnedFetch, RefusedAddressError } from './import-fetch-pinned';
import { checkSize } from './import-file';

/** A host name's addresses, as the system resolver gives them (dns.lookup, all of them). */
export type Lookup = (hostname: string) => Promise<string[]>;

export interface FetchFeedOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /**
   * For tests: a fetch to use instead of the pinned one. It connects nowhere, so host names are
   * not resolved for it unless `lookup` is given too; IP addresses in the URL are still checked.
   */
  fetchImpl?: typeof fetch;
  /** For tests: how host names are resolved for the address check. */
  lookup?: Lookup;
}

export const FETCH_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const failed = (detail: string) => new AppError('import_fetch_failed', detail);

const systemLookup: Lookup = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** The promise, or a rejection as soon as the signal aborts (a DNS lookup cannot be cancelled). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      reject(new Error('aborted'));
    };
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}

/**
 * Refuses a URL whose host is, or resolves to, an address that is not public (loopback, private,
 * link-local, ...): an admin's URL must not make the server fetch from its own network. Every
 * address the name has is checked, since the connection may use any of them. This check gives
 * the clear message; the connection itself checks again (import-fetch-pinned.ts), so a name
 * whose answer changes in between (DNS rebinding) is refused too.
 */
async function checkHost(url: URL, resolve: Lookup | undefined, signal: AbortSignal) {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses = [host];
  if (isIP(host) === 0) {
    if (resolve === undefined) return;
    try {
      addresses = await untilAborted(resolve(host), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      const code = (error as { code?: unknown }).code;
      throw failed(
        code === 'ENOTFOUND'
          ? `The feed could not be reached: there is no host named ${host}`
          : `The feed could not be reached: ${host} could not be looked up`,
      );
    }
  }
  if (addresses.length === 0) throw failed(`The feed could not be reached: ${host} has no address`);
  for (const address of addresses) {
    const kind = refusedAddressKind(address);
    if (kind !== null) {
      const which = address === host ? address : `${host} (${address})`;
      throw failed(
        `The feed could not be reached: ${which} is ${kind}, and feeds are only fetched from public internet addresses`,
      );
    }
  }
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared)) checkSize(declared, maxBytes);
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      checkSize(total, maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** The feed's text; throws import_fetch_failed or import_too_large with a clear detail. */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<string> {
  const {
    maxBytes = IMPORT_MAX_BYTES,
    timeoutMs = FETCH_TIMEOUT_MS,
    fetchImpl = pinnedFetch(),
  } = options;
  const resolve = options.lookup ?? (options.fetchImpl === undefined ? systemLookup : undefined);
  let target = new URL(url);
  if (target.protocol !== 'https:') throw failed('Feeds are fetched over https:// only');
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // Redirects are followed here, one by one, so that each address is checked before it is
    // fetched: a public feed must not be able to send us on to a private one.
    for (let redirects = 0; ; redirects++) {
      await checkHost(target, resolve, signal);
      const response = await fetchImpl(target.href, {
        signal,
        redirect: 'manual',
        credentials: 'omit',
        headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location !== null) {
        await response.body?.cancel();
        if (redirects === MAX_REDIRECTS) {
          throw failed(`The feed redirected more than ${String(MAX_REDIRECTS)} times`);
        }
        target = new URL(location, target);
        if (target.protocol !== 'https:') {
          throw failed('The feed redirected to an address that is not https://');
        }
        continue;
      }
      if (!response.ok) {
        throw failed(
          `The feed answered HTTP ${String(response.status)} ${response.statusText}`.trim(),
        );
      }
      return await readBounded(response, maxBytes);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof RefusedAddressError) {
      throw failed(
        `The feed could not be reached: ${error.message}, and feeds are only fetched from public internet addresses`,
      );
    }
    if (signal.aborted) {
      throw failed(
        `The feed did not answer within ${String(Math.round(timeoutMs / 1000))} seconds`,
      );
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    throw failed(`The feed could not be reached${cause ? ` (${cause})` : ''}`);
  }
}
