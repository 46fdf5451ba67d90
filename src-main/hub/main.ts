import { parseArgs } from 'node:util';
import pino from 'pino';
import { startHub } from './start-hub';
import { fileURLToPath } from 'node:url';

// `npm run hub -- --port 8470 --data ./hub-data [--host 127.0.0.1] [--demo]`

const usage = 'usage: npm run hub -- [--port 8470] [--data ./hub-data] [--host 127.0.0.1] [--demo] [--desktop]';
const log = pino({ level: process.env.PRESIDIO_LOG ?? 'info' }, pino.destination(2));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8470' },
      data: { type: 'string', default: './hub-data' },
      host: { type: 'string', default: '127.0.0.1' },
      demo: { type: 'boolean', default: false },
      // Set by `npm start` where Electron cannot run: the desktop's own database, served on loopback.
      desktop: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got ${values.port}`);

  const hub = await startHub({
    port,
    host: values.host,
    dataDir: values.data,
    demo: values.demo,
    instance: values.desktop ? 'desktop' : 'hub',
    version: process.env.npm_package_version ?? '0.1.0',
    workerFile: new URL('./core-worker.js', import.meta.url),
    consoleDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    adminTokenFromEnvironment: process.env.PRESIDIO_TOKEN,
    onError: (error) => log.error({ err: error }, 'request failed'),
  });
  console.log(`Presidio ${values.desktop ? 'console' : 'hub'} listening on ${hub.url} (database ${hub.databaseFile})`);
  console.log(`Sign in from a browser: ${hub.signInUrl}`);
  console.log(`API: ${hub.url}/api/v1 — bearer token from ${hub.tokenSource}`);

  const stop = () => {
    void hub.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Presidio hub could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
