import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Server } from 'node:net';
import { createCheck } from '../src-main/checks/checks';
import { checkCreateInput } from '../src-main/checks/schemas';
import { clientHandlers } from '../src-main/fleet/clients';
import { deviceHandlers } from '../src-main/fleet/devices';
import { clientCreateInput, deviceCreateInput } from '../src-main/fleet/schemas';
import { openStore } from '../src-main/store/store';
import { ADDRESSES, address, benchTarget, KEYWORD, ports, SLOW_MS } from './check-targets';

// The checks bench's other process: it seeds the database and then serves the loopback targets,
// so that neither its CPU nor its memory counts against the process being measured.
// argv: <database file> <number of checks> <interval seconds>

const [databaseFile, countText, intervalText] = process.argv.slice(2);
const count = Number(countText);
const intervalSeconds = Number(intervalText);

function seed(): void {
  const store = openStore(databaseFile!);
  const actor = { id: 'bench', name: 'Bench', role: 'admin' } as const;
  const context = (tx: Parameters<Parameters<typeof store.write>[0]>[0]) => ({ tx, actor, now: () => new Date() });
  store.write((tx) => {
    const devices: string[] = [];
    for (let c = 0; c < 50; c++) {
      const client = clientHandlers['clients.create'](clientCreateInput.parse({ code: `BENCH${c}`, name: `Bench client ${c}` }), context(tx));
      for (let d = 0; d < 100; d++) {
        devices.push(deviceHandlers['devices.create'](deviceCreateInput.parse({ clientId: client.id, name: `dev-${c}-${d}`, kind: 'server' }), context(tx)).id);
      }
    }
    const at = new Date().toISOString();
    for (let i = 0; i < count; i++) {
      const target = benchTarget(i);
      const fields =
        target.kind === 'tcp'
          ? { kind: 'tcp', host: target.host, port: target.port }
          : { kind: 'http', url: target.url, warnMs: 1000, bodyMatch: { type: 'keyword', pattern: KEYWORD } };
      createCheck(tx, checkCreateInput.parse({ deviceId: devices[i % devices.length], intervalSeconds, timeoutMs: 3000, retries: 2, ...fields }), at);
    }
  });
  store.close();
}

const listen = (server: Server | ReturnType<typeof createHttpServer>, host: string, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, backlog: 4096 }, () => resolve());
  });

async function serve(): Promise<void> {
  const body = `<!doctype html><title>${KEYWORD}</title><p>Welcome to ${KEYWORD}: all systems nominal.</p>`;
  const answer = (response: import('node:http').ServerResponse) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body) }).end(body);
  for (let i = 0; i < ADDRESSES; i++) {
    const host = address(i);
    const tcp = createTcpServer((socket) => socket.on('error', () => {}));
    const http = createHttpServer((_request, response) => answer(response));
    const slow = createHttpServer((_request, response) => setTimeout(() => answer(response), SLOW_MS));
    for (const server of [http, slow]) server.on('clientError', (_error, socket) => socket.destroy());
    await listen(tcp, host, ports.tcp);
    await listen(http, host, ports.http);
    await listen(slow, host, ports.slowHttp);
  }
}

const started = performance.now();
seed();
const seededSeconds = (performance.now() - started) / 1000;
await serve();
process.on('message', (message: { type: string }) => {
  if (message.type === 'usage') process.send!({ type: 'usage', cpu: process.cpuUsage(), maxRssKb: process.resourceUsage().maxRSS });
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', seededSeconds });
