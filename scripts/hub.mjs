import { spawn } from 'node:child_process';
import { ensureBuilt } from './ensure-built.mjs';
import { fileURLToPath } from 'node:url';

// `npm run hub -- --port 8470 --data ./hub-data [--host 127.0.0.1] [--demo]`
ensureBuilt();
const hub = spawn(process.execPath, [fileURLToPath(new URL('../out/main/hub.js', import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => hub.kill(signal));
hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
