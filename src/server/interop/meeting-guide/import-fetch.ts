// Fetching a feed by URL, server-side: https only (also after redirects), no cookies or
// credentials, a time limit for the whole exchange, and a size limit enforced while reading
// (a server that lies about, or omits, Content-Length cannot make us buffer more).
import { IMPORT_MAX_BYTES } from '../../../contracts/imports';
import { AppError } from '../../errors';
import { checkSize } from './import-file';

export interface FetchFeedOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** For tests: a fetch to use instead of the global one. */
  fetchImpl?: typeof fetch;
}

export const FETCH_TIMEOUT_MS = 20_000;

const failed = (detail: string) => new AppError('import_fetch_failed', detail);

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
    fetchImpl = globalThis.fetch,
  } = options;
  if (new URL(url).protocol !== 'https:') throw failed('Feeds are fetched over https:// only');
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal,
      redirect: 'follow',
      credentials: 'omit',
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    });
    if (response.url !== '' && new URL(response.url).protocol !== 'https:') {
      throw failed('The feed redirected to an address that is not https://');
    }
    if (!response.ok) {
      throw failed(
        `The feed answered HTTP ${String(response.status)} ${response.statusText}`.trim(),
      );
    }
    return await readBounded(response, maxBytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted) {
      throw failed(
        `The feed did not answer within ${String(Math.round(timeoutMs / 1000))} seconds`,
      );
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    throw failed(`The feed could not be reached${cause ? ` (${cause})` : ''}`);
  }
}
