// What bench/feed/server.ts tells bench/feed/main.ts over IPC, and the paths it serves.
export const FEED_PATH = '/api/meeting-guide.json';
export const STATIC_PATH = '/bench-static/meeting-guide.json';

export interface FeedServerReady {
  type: 'ready';
  port: number;
  pid: number;
  dialect: 'sqlite' | 'postgres';
  meetings: number;
  groups: number;
  bytes: number;
  sha256: string;
  /** In-process builds after invalidate(): fingerprint, reads, JSON, hash. */
  coldBuildMs: number[];
  /** First request over HTTP with nothing cached (build + send), measured with fetch. */
  coldHttpMs: number;
  /** Brotli and gzip of the body, made once per feed version. */
  compressed: { br: { bytes: number; ms: number }; gzip: { bytes: number; ms: number } };
  datasetSeconds: number;
}
