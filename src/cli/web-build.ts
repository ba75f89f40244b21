// `npm start` builds the web app when dist/web is missing or older than its sources, so a fresh
// clone needs only `npm install && npm start`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = ['src/web', 'src/contracts', 'src/domain', 'vite.config.ts'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function webBuildIsStale(): boolean {
  const index = path.join(root, 'dist/web/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

export async function ensureWebBuild(log: (message: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  if (!existsSync(path.join(root, 'src/web/index.html'))) return;
  log('Building the web app (first start or sources changed)…');
  const vite = await import('vite').catch(() => undefined);
  if (vite === undefined) {
    log('Vite is not installed (production install?): run `npm run build` where dev tools exist.');
    return;
  }
  await vite.build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
