// npm run bench:feed [-- options]
//
// Builds a database with 10,000 published meetings, starts the real app in a child process and
// drives, on that same server, the warm Meeting Guide feed (served from memory) and the very same
// bytes as a static file (@fastify/static), with autocannon. Prints requests/s and latency of
// both, their ratio, and the feed's cold build time; writes bench/results/feed-<timestamp>.json
// and feed-latest.json.
//
//   --meetings=10000     published meetings in the feed
//   --duration=10        seconds measured per target (after --warmup=2 seconds)
//   --connections=10     concurrent connections
//   --db=sqlite|postgres database (default sqlite; postgres uses BENCH_DATABASE_URL or the
//                        test server at postgres://postgres@127.0.0.1:5432/test)
//   --seed=42            dataset seed
import { type ChildProcess, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FEED_PATH, type FeedServerReady, STATIC_PATH } from './protocol';

// autocannon ships no types; this is the part used here.
interface Histogram {
  average: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  timeout?: number;
  headers?: Record<string, string>;
}) => EventEmitter & PromiseLike<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

const { values: args } = parseArgs({
  options: {
    meetings: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    db: { type: 'string', default: 'sqlite' },
    seed: { type: 'string', default: '42' },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);

const log = (message: string) => process.stderr.write(`${message}\n`);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

interface Figures {
  target: string;
  path: string;
  encoding: string;
  rps: number;
  latencyMs: { mean: number; p50: number; p97_5: number; p99: number; max: number };
  throughputMBps: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function startServer(): Promise<{ ready: FeedServerReady; close: () => Promise<void> }> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_MEETINGS: args.meetings,
      BENCH_SEED: args.seed,
      BENCH_DB: args.db,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<FeedServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as FeedServerReady));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
    child.once('error', reject);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    ready,
    async close() {
      child.send('close');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function load(
  base: string,
  target: string,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<Figures> {
  const url = `${base}${urlPath}`;
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers });
  const r = await autocannon({ url, connections, duration, pipelining: 1, timeout: 30, headers });
  return {
    target,
    path: urlPath,
    encoding: headers['accept-encoding'] ?? 'identity',
    rps: round(r.requests.total / r.duration),
    latencyMs: {
      mean: round(r.latency.average, 2),
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    throughputMBps: round(r.throughput.average / 1e6),
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function sha256Of(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url}: ${String(res.status)}`);
  return createHash('sha256')
    .update(Buffer.from(await res.arrayBuffer()))
    .digest('hex');
}

async function main(): Promise<void> {
  log(`building a ${args.db} database with ${args.meetings} meetings…`);
  const server = await startServer();
  const { ready } = server;
  const base = `http://127.0.0.1:${String(ready.port)}`;
  try {
    // Same bytes on both routes, or the comparison means nothing.
    const [feedHash, staticHash] = await Promise.all([
      sha256Of(`${base}${FEED_PATH}`),
      sha256Of(`${base}${STATIC_PATH}`),
    ]);
    if (feedHash !== ready.sha256 || staticHash !== ready.sha256) {
      throw new Error('the feed and the static file differ');
    }
    log(
      `  ${String(ready.meetings)} meetings from ${String(ready.groups)} groups, ${round(ready.bytes / 1e6, 2)} MB; dataset in ${String(ready.datasetSeconds)} s`,
    );
    log(`driving ${String(connections)} connections, ${String(duration)} s per target…`);
    const feed = await load(base, 'feed (warm, from memory)', FEED_PATH);
    const staticFile = await load(base, 'static file (@fastify/static)', STATIC_PATH);
    const feedBr = await load(base, 'feed (warm, brotli)', FEED_PATH, { 'accept-encoding': 'br' });
    const feedGzip = await load(base, 'feed (warm, gzip)', FEED_PATH, {
      'accept-encoding': 'gzip',
    });
    const etag = (await fetch(`${base}${FEED_PATH}`, { method: 'HEAD' })).headers.get('etag');
    const notModified = await load(base, 'feed (304, If-None-Match)', FEED_PATH, {
      'if-none-match': etag ?? '',
    });
    const rows = [feed, staticFile, feedBr, feedGzip, notModified];
    const ratio = round(feed.rps / staticFile.rps, 2);
    const coldMedian = median(ready.coldBuildMs);

    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(
      `\nMeeting Guide feed: ${String(ready.meetings)} meetings, ${round(ready.bytes / 1e6, 2)} MB (br ${round(ready.compressed.br.bytes / 1e3)} kB, gzip ${round(ready.compressed.gzip.bytes / 1e3)} kB), ${ready.dialect}`,
    );
    console.log(
      `${pad('target', 32)}${pad('req/s', 10)}${pad('mean ms', 10)}${pad('p50', 8)}${pad('p97.5', 8)}${pad('p99', 8)}MB/s`,
    );
    for (const r of rows) {
      console.log(
        `${pad(r.target, 32)}${pad(String(r.rps), 10)}${pad(String(r.latencyMs.mean), 10)}${pad(String(r.latencyMs.p50), 8)}${pad(String(r.latencyMs.p97_5), 8)}${pad(String(r.latencyMs.p99), 8)}${String(r.throughputMBps)}`,
      );
    }
    console.log(`\nfeed / static requests per second: ${String(ratio)}`);
    console.log(
      `cold build (in process, median of ${String(ready.coldBuildMs.length)}): ${String(coldMedian)} ms [${ready.coldBuildMs.join(', ')}]`,
    );
    console.log(`cold first request over HTTP: ${String(ready.coldHttpMs)} ms`);
    console.log(
      `compress once per version: br ${String(ready.compressed.br.ms)} ms, gzip ${String(ready.compressed.gzip.ms)} ms`,
    );

    const stamp = new Date().toISOString().replaceAll(':', '-').replace('.', '-');
    const result = {
      benchmark: 'feed',
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGB: round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      options: {
        meetings: Number(args.meetings),
        connections,
        duration,
        warmup,
        db: ready.dialect,
        seed: Number(args.seed),
      },
      feed: {
        meetings: ready.meetings,
        groups: ready.groups,
        bytes: ready.bytes,
        compressed: ready.compressed,
        coldBuildMs: ready.coldBuildMs,
        coldBuildMedianMs: coldMedian,
        coldHttpMs: ready.coldHttpMs,
      },
      results: rows,
      ratio: { feedToStaticRps: ratio },
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    const json = `${JSON.stringify(result, null, 2)}\n`;
    writeFileSync(path.join(RESULTS_DIR, `feed-${stamp}.json`), json);
    writeFileSync(path.join(RESULTS_DIR, 'feed-latest.json'), json);
    log(`\nwrote bench/results/feed-${stamp}.json and feed-latest.json`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
