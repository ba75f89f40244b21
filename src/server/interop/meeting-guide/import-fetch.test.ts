// Fetching feeds: bounded in size (even without Content-Length) and time, https only.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { fetchFeed } from './import-fetch';

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
    const redirected = new Response('[]');
    Object.defineProperty(redirected, 'url', { value: 'http://intergroup.example.org/m.json' });
    const insecure = await failure(fetchFeed(URL_, { fetchImpl: async () => redirected }));
    expect(insecure.detail).toMatch(/not https/);
    const plain = await failure(fetchFeed('http://intergroup.example.org/m.json'));
    expect(plain.code).toBe('import_fetch_failed');
  });
});
