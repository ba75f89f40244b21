// The connection itself refuses non-public addresses (DNS rebinding: a name that resolves to a
// public address when checked and to a private one when connected to), and answers are read as
// standard Responses. Local servers only; no test needs the internet.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { fetchFeed } from './import-fetch';
import { pinnedFetch, publicOnlyLookup, RefusedAddressError } from './import-fetch-pinned';

const answering = (addresses: LookupAddress[]) =>
  publicOnlyLookup((_host, callback) => {
    callback(null, addresses);
  });

function lookupOnce(lookup: ReturnType<typeof publicOnlyLookup>, all: boolean) {
  return new Promise<unknown>((resolve, reject) => {
    lookup('feeds.example.org', { all }, (error, address, family) => {
      if (error) reject(error);
      else resolve(all ? address : { address, family });
    });
  });
}

describe('publicOnlyLookup', () => {
  it('answers with public addresses, one or all', async () => {
    const lookup = answering([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    expect(await lookupOnce(lookup, false)).toEqual({ address: '93.184.216.34', family: 4 });
    expect(await lookupOnce(lookup, true)).toHaveLength(2);
  });

  it('fails when any address of the name is not public', async () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '169.254.169.254',
      '::1',
      '::ffff:192.168.0.1',
    ]) {
      const lookup = answering([
        { address: '93.184.216.34', family: 4 },
        { address, family: address.includes(':') ? 6 : 4 },
      ]);
      await expect(lookupOnce(lookup, false), address).rejects.toBeInstanceOf(RefusedAddressError);
    }
  });
});

describe('pinnedFetch against a local server', () => {
  let server: http.Server;
  let port: number;
  let requests = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests += 1;
      if (req.url === '/unchanged') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-twice': ['a', 'b'] });
      res.end(JSON.stringify({ accept: req.headers.accept }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // Any address, for reading answers: the system resolver, unchecked.
  const anyAddress = ((host, options, callback) => {
    dnsLookup(host, options, callback);
  }) as ReturnType<typeof publicOnlyLookup>;

  it('reads status, headers and body as a Response', async () => {
    const fetchLocal = pinnedFetch(anyAddress, http.get);
    const res = await fetchLocal(`http://localhost:${String(port)}/feed.json`, {
      headers: { Accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-twice')).toBe('a, b');
    expect(await res.json()).toEqual({ accept: 'application/json' });
    const unchanged = await fetchLocal(`http://localhost:${String(port)}/unchanged`);
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe(null);
  });

  it('never connects to a name that resolves to this machine', async () => {
    const before = requests;
    const fetchChecked = pinnedFetch(publicOnlyLookup(), http.get);
    await expect(fetchChecked(`http://localhost:${String(port)}/feed.json`)).rejects.toBeInstanceOf(
      RefusedAddressError,
    );
    expect(requests).toBe(before);
  });

  it('refuses a rebinding name in fetchFeed: public when checked, loopback when connecting', async () => {
    // The check's resolver says the name is public; the connection resolves it for real
    // (localhost → 127.0.0.1), and refuses.
    const error = await fetchFeed(`https://localhost:${String(port)}/feed.json`, {
      lookup: async () => ['93.184.216.34'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'import_fetch_failed' });
    expect((error as AppError).detail).toMatch(
      /localhost \((127\.0\.0\.1|::1)\) is a loopback address/,
    );
  });
});
