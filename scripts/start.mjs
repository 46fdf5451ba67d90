// `npm start`: the desktop app on the local database in the OS user-data folder.
// Builds out/ when it is stale, makes sure Electron's runtime and the Electron build of
// better-sqlite3 are there, and opens the window. Where Electron cannot be had (it downloads from
// the internet on first start), it says so in one line and serves the same console from the same
// database on loopback instead, printing the sign-in link.
//   npm start [-- --web]      (--web: skip Electron and open the web console)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const productName = 'Presidio'; // package.json productName: Electron names the userData folder after it
const preferredPort = 8471;
const downloadTimeoutMs = 60_000;

/** The folder Electron's app.getPath('userData') gives for productName Presidio (PRESIDIO_USER_DATA overrides both). */
export function userDataDir(platform = process.platform, env = process.env, home = homedir()) {
  if (env.PRESIDIO_USER_DATA) return resolve(env.PRESIDIO_USER_DATA);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), productName);
}

/** The Electron executable if its runtime is downloaded, else undefined (never triggers a download). */
export function electronExecutable() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const file = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relativePath)
    : join(dir, 'dist', relativePath);
  return existsSync(file) ? file : undefined;
}

/** Runs Electron's own installer, bounded: offline it fails (or is stopped) instead of hanging `npm start`. */
function downloadElectron() {
  console.log("Fetching Electron's runtime (first start only)…");
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'], // its stack trace on failure is noise here: the fallback line says it all
    timeout: downloadTimeoutMs,
    killSignal: 'SIGKILL',
  });
  return result.status === 0 ? electronExecutable() : undefined;
}

const nativeBindingFor = (version) => join(root, '.electron-native', version, 'better_sqlite3.node');
const electronVersion = () => JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** The Electron build of better-sqlite3, built once per Electron version (scripts/electron-native.mjs). */
function ensureNativeBinding() {
  if (existsSync(nativeBindingFor(electronVersion()))) return true;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' });
  return result.status === 0 && existsSync(nativeBindingFor(electronVersion()));
}

/** `preferred` when nothing listens on it on loopback, else 0 (the OS picks a free port). */
export function choosePort(preferred = preferredPort) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(0));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => done(preferred)));
  });
}

/**
 * Runs the child in the foreground. Ctrl+C reaches it straight from the terminal (same process
 * group), so SIGINT is not forwarded (a second SIGINT would cut its clean shutdown short); it is
 * only enforced if the child is still running two seconds later. SIGTERM is passed on.
 */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  process.on('SIGINT', () => setTimeout(() => child.kill('SIGTERM'), 2_000).unref());
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
}

async function webConsole(reason) {
  if (reason) console.log(reason);
  const port = await choosePort();
  runForeground(process.execPath, [join(root, 'out', 'main', 'hub.js'), '--desktop', '--data', userDataDir(), '--port', String(port)]);
}

async function main() {
  const web = process.argv.includes('--web') || process.env.PRESIDIO_WEB === '1';
  ensureBuilt();
  // ensureBuilt watches the hub's outputs; the window also needs the shell's, made by the same build.
  if (!existsSync(join(root, 'out', 'main', 'shell.js')) || !existsSync(join(root, 'out', 'preload', 'preload.cjs'))) {
    const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (web) return webConsole();

  const electron = electronExecutable() ?? downloadElectron();
  if (!electron) {
    return webConsole("Electron's runtime could not be downloaded here, so Presidio opens as a web console on this machine instead.");
  }
  if (!ensureNativeBinding()) {
    return webConsole("better-sqlite3 could not be built for Electron here (its headers come from the internet), so Presidio opens as a web console on this machine instead.");
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set in some shells (VS Code tasks): Electron would run as plain Node
  runForeground(electron, ['.'], env);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`Presidio could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
