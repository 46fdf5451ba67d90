// Builds better-sqlite3 for the installed Electron's ABI into .electron-native/<version>/better_sqlite3.node.
//
// node_modules/better-sqlite3 keeps its Node build (the hub, the core under Node and the tests use
// it) and is never rebuilt in place: a copy is compiled in a temporary folder with node-gyp against
// Electron's headers, and only the resulting .node file is kept. The shell hands its path to
// better-sqlite3 as `nativeBinding`. Electron's headers come from the internet (or --nodedir), so
// this runs from `npm start` and `npm run package` only, never from `npm install` or `npm test`.
//
//   node scripts/electron-native.mjs [--force] [--target <electronVersion>] [--nodedir <headersDir>] [--out <dir>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const distUrl = 'https://electronjs.org/headers';

/** Where the binary for `electronVersion` goes; the shell looks in the same place (src-main/shell/native-binding.ts). */
export const nativeBindingPath = (electronVersion, outRoot = join(root, '.electron-native')) =>
  join(outRoot, electronVersion, 'better_sqlite3.node');

export const installedElectronVersion = () => JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

/** node-gyp: the project's own copy, else the one npm bundles (npm run exports its path). */
function findNodeGyp() {
  const candidates = [];
  try {
    candidates.push(join(dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js'));
  } catch {
    // not installed in the project
  }
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  if (process.env.npm_execpath) candidates.push(join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((file) => existsSync(file));
}

/**
 * The environment for node-gyp without npm's build settings: under `npm run`, npm exports every
 * config as npm_config_* (this machine's ~/.npmrc sets nodedir=/usr), and node-gyp would obey
 * them and quietly compile against Node's headers instead of Electron's. Proxy and CA settings stay.
 */
function cleanEnvironment() {
  const keep = new Set(['npm_config_proxy', 'npm_config_https_proxy', 'npm_config_http_proxy', 'npm_config_noproxy', 'npm_config_cafile', 'npm_config_strict_ssl']);
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.toLowerCase().startsWith('npm_config_') && !keep.has(key.toLowerCase())) delete env[key];
  }
  return env;
}

export function buildElectronNative({ target, nodedir, outRoot, force = false, log = console.log } = {}) {
  const electronVersion = target ?? installedElectronVersion();
  const destination = nativeBindingPath(electronVersion, outRoot);
  if (existsSync(destination) && !force) {
    log(`better-sqlite3 for Electron ${electronVersion} is already built: ${destination}`);
    return destination;
  }
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (neither in node_modules nor beside npm)');

  const work = mkdtempSync(join(tmpdir(), 'presidio-electron-native-'));
  try {
    const moduleDir = join(work, 'better-sqlite3');
    const source = dirname(require.resolve('better-sqlite3/package.json'));
    // The sources and the bundled SQLite amalgamation; not the Node build, which stays where it is.
    cpSync(source, moduleDir, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build') + sep) && path !== join(source, 'build') });
    log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch}); this takes a minute or two…`);
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      // Electron's headers are kept apart from Node's (the same folder @electron/rebuild uses).
      `--devdir=${join(homedir(), '.electron-gyp')}`,
      nodedir ? `--nodedir=${resolve(nodedir)}` : `--dist-url=${distUrl}`,
    ];
    const result = spawnSync(process.execPath, args, { cwd: moduleDir, env: cleanEnvironment(), stdio: 'inherit', timeout: 15 * 60_000 });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(`node-gyp failed (exit ${result.status ?? result.signal}); Electron's headers come from ${distUrl}, which must be reachable`);
    }
    const built = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`node-gyp finished but ${built} is missing`);
    mkdirSync(dirname(destination), { recursive: true });
    // Copy then rename, so a half-written file never looks like a finished build.
    copyFileSync(built, `${destination}.tmp`);
    renameSync(`${destination}.tmp`, destination);
    log(`Built ${destination.startsWith(root) ? relative(root, destination) : destination}`);
    return destination;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      target: { type: 'string' },
      nodedir: { type: 'string' },
      out: { type: 'string' },
    },
  });
  try {
    buildElectronNative({ target: values.target, nodedir: values.nodedir, outRoot: values.out && resolve(values.out), force: values.force });
  } catch (error) {
    console.error(`Could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
