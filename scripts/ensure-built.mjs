import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json'];
const outputs = ['out/main/hub.js', 'out/main/core-worker.js', 'out/renderer/index.html'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds out/ with electron-vite when it is missing or older than the sources; a newcomer never builds by hand. */
export function ensureBuilt() {
  const built = outputs.map((file) => join(root, file));
  const fresh =
    built.every((file) => existsSync(file)) &&
    Math.min(...built.map((file) => statSync(file).mtimeMs)) >= Math.max(...sources.map((path) => newestMtime(join(root, path))));
  if (fresh) return;
  console.log('Building Presidio (electron-vite)…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
