// Fetching feeds: bounded in size (even without Content-Length) and time, https only, public
// addresses only (also after each redirect). No test needs the internet.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { fetchFeed, type Lookup } from './import-fetch';

const URL_ = 'https://intergroup.example.org/meetings.json';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** A body of `chunks` × 1 KiB, streamed, with no Content-Length. */
function streamed(chunks: number): Response {
  let sent = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === chunks) controller.close();
        else {
          sent += 1;
          controller.enqueue(new Uint8Array(1024).fill(32));
        }
      },
    }),
  );
}

describe('fetchFeed', () => {
  it('returns the text of a feed within the limits', async () => {
    const text = await fetchFeed(URL_, { fetchImpl: async () => new Response('[{"slug":"a"}]') });
    expect(text).toBe('[{"slug":"a"}]');
  });

  it('stops reading once the body passes the size limit, even without Content-Length', async () => {
    const error = await failure(
      fetchFeed(URL_, { maxBytes: 10 * 1024, fetchImpl: async () => streamed(1000) }),
    );
    expect(error.code).toBe('import_too_large');
  });

  it('refuses at once when Content-Length says it is too large', async () => {
    const error = await failure(
      fetchFeed(URL_, {
        maxBytes: 100,
        fetchImpl: async () => new Response('[]', { headers: { 'content-length': '5000' } }),
      }),
    );
    expect(error.code).toBe('import_too_large');
  });

  it('gives up after the time limit', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const error = await failure(fetchFeed(URL_, { timeoutMs: 50, fetchImpl: hang }));
    expect(error).toMatchObject({ code: 'import_fetch_failed' });
    expect(error.detail).toMatch(/did not answer within/);
  });

  it('reports HTTP errors and redirects away from https', async () => {
    const notFound = await failure(
      fetchFeed(URL_, {
        fetchImpl: async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      }),
    );
    expect(notFound.detail).toBe('The feed answered HTTP 404 Not Found');
    const insecure = await failure(
      fetchFeed(URL_, { fetchImpl: async () => redirect('http://intergroup.example.org/m.json') }),
    );
    expect(insecure.detail).toMatch(/not https/);
    const plain = await failure(fetchFeed('http://intergroup.example.org/m.json'));
    expect(plain.code).toBe('import_fetch_failed');
  });
});

/** A redirect to `location`. */
const redirect = (location: string, status = 302) =>
  new Response(null, { status, headers: { location } });

/** A resolver that knows a few names, like DNS would answer them. */
const names: Record<string, string[]> = {
  'intergroup.example.org': ['203.0.113.10'],
  'mirror.example.org': ['2001:db8::10'],
  'internal.example.org': ['10.1.2.3'],
  'split.example.org': ['203.0.113.11', '192.168.1.20'],
};
const lookup: Lookup = async (host) => {
  const found = names[host];
  if (found) return found;
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};

/** A fetch that answers each URL from a table, recording what was asked. */
function routes(table: Record<string, () => Response>) {
  const asked: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    asked.push(url);
    const answer = table[url];
    if (!answer) throw new Error(`unexpected fetch of ${url}`);
    return answer();
  };
  return { asked, fetchImpl };
}

describe('fetchFeed: public addresses only', () => {
  it.each([
    ['https://127.0.0.1/meetings.json', /127\.0\.0\.1 is a loopback address/],
    ['https://localhost/meetings.json', /localhost \(127\.0\.0\.1\) is a loopback address/],
    ['https://[::1]:8443/meetings.json', /::1 is a loopback address/],
    ['https://169.254.169.254/latest/meta-data', /is a link-local address/],
    ['https://0.0.0.0/meetings.json', /is an unspecified address/],
  ])('refuses %s before connecting', async (url, detail) => {
    // No fetchImpl: the real fetch and the system resolver (localhost is in /etc/hosts).
    const error = await failure(fetchFeed(url, { timeoutMs: 5_000 }));
    expect(error.code).toBe('import_fetch_failed');
    expect(error.detail).toMatch(detail);
    expect(error.detail).toMatch(/only fetched from public internet addresses/);
  });

  it('checks every address a name resolves to', async () => {
    const { asked, fetchImpl } = routes({});
    const error = await failure(
      fetchFeed('https://split.example.org/m.json', { fetchImpl, lookup }),
    );
    expect(error.detail).toBe(
      'The feed could not be reached: split.example.org (192.168.1.20) is a private network address, and feeds are only fetched from public internet addresses',
    );
    expect(asked).toEqual([]);
  });

  it('follows redirects between public addresses, checking each one', async () => {
    const { asked, fetchImpl } = routes({
      [URL_]: () => redirect('https://mirror.example.org/feed.json', 301),
      'https://mirror.example.org/feed.json': () => redirect('/v2/feed.json', 307),
      'https://mirror.example.org/v2/feed.json': () => new Response('[{"slug":"b"}]'),
    });
    expect(await fetchFeed(URL_, { fetchImpl, lookup })).toBe('[{"slug":"b"}]');
    expect(asked).toEqual([
      URL_,
      'https://mirror.example.org/feed.json',
      'https://mirror.example.org/v2/feed.json',
    ]);
  });

  it('refuses a redirect to a private address, without fetching it', async () => {
    for (const location of ['https://internal.example.org/m.json', 'https://[fd00::5]/m.json']) {
      const { asked, fetchImpl } = routes({ [URL_]: () => redirect(location) });
      const error = await failure(fetchFeed(URL_, { fetchImpl, lookup }));
      expect(error.code).toBe('import_fetch_failed');
      expect(error.detail).toMatch(/is a private network address/);
      expect(asked).toEqual([URL_]);
    }
  });

  it('stops after 5 redirects, and says when a name does not exist', async () => {
    const { fetchImpl } = routes({ [URL_]: () => redirect(URL_) });
    const loop = await failure(fetchFeed(URL_, { fetchImpl, lookup }));
    expect(loop.detail).toBe('The feed redirected more than 5 times');
    const missing = await failure(
      fetchFeed('https://nowhere.example.org/m.json', { fetchImpl, lookup }),
    );
    expect(missing.detail).toBe(
      'The feed could not be reached: there is no host named nowhere.example.org',
    );
  });
});
