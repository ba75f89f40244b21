// Drives the server with autocannon: a fixed number of connections, each request's path drawn
// from a seeded generator. Latencies are recorded here at full precision (autocannon's own
// histogram rounds to whole milliseconds).
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { DatabaseConfig } from '../../src/server/config';
import type { ServerReady } from './server';

export interface LoadFigures {
  requests: number;
  seconds: number;
  rps: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface LoadOptions {
  connections: number;
  duration: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function drive(
  baseUrl: string,
  nextPath: () => string,
  { connections, duration }: LoadOptions,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration,
    pipelining: 1,
    timeout: 10,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.reduce((s, x) => s + x, 0);
  return {
    requests: result.requests.total,
    seconds: round(seconds),
    rps: round(result.requests.total / seconds, 1),
    mean: round(total / Math.max(1, latencies.length)),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface RunningServer {
  warm: ServerReady['warm'];
  appUrl: string;
  bareUrl: string;
  pid: number;
  close(): Promise<void>;
}

/** Starts bench/directory/server.ts in a child process (through tsx) and waits for its ports. */
export async function startServer(database: DatabaseConfig, cold: boolean): Promise<RunningServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
    // BENCH_SERVER_NODE_ARGS: flags for the server's Node only (e.g. --trace-gc to see pauses).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ') ?? [])],
    env: {
      ...process.env,
      BENCH_DATABASE_CONFIG: JSON.stringify(database),
      BENCH_COLD: cold ? '1' : '0',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServerReady));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
    child.once('error', reject);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    warm: ready.warm,
    appUrl: `http://127.0.0.1:${String(ready.appPort)}`,
    bareUrl: `http://127.0.0.1:${String(ready.barePort)}`,
    pid: ready.pid,
    async close() {
      child.send('close');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
