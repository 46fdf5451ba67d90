import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { osUserName } from '../accounts/local-account';
import { tokenAdmin } from '../core/actor';
import { CoreClient } from '../core/core-client';
import { EventStreams } from './events';
import { type ServerOptions, createServer } from './server';
import { loadAdminToken } from './admin-token';
import { SignInCodes } from './sign-in-codes';

export interface HubOptions {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  instance: 'desktop' | 'hub';
  version: string;
  workerFile: URL;
  consoleDir?: string;
  adminTokenFromEnvironment?: string;
  onError?: ServerOptions['onError'];
}

export interface RunningHub {
  url: string;
  signInUrl: string;
  tokenSource: string;
  databaseFile: string;
  stop(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { token, source } = loadAdminToken(dataDir, options.adminTokenFromEnvironment);
  const databaseFile = resolve(dataDir, 'presidio.sqlite');
  const core = await CoreClient.start(options.workerFile, { databaseFile, instance: options.instance, version: options.version });
  if (options.demo) {
    const stats = (await core.call('fleet.stats', {}, tokenAdmin)) as { clients: number };
    if (stats.clients === 0) await core.call('fleet.loadDemo', {}, tokenAdmin);
  }
  // The printed link signs in the admin; on the desktop's own database, the desktop user's account.
  const linkActor = options.instance === 'desktop' ? await core.internal({ op: 'localActor', userName: osUserName() }) : tokenAdmin;
  const signInCodes = new SignInCodes();
  const eventStreams = new EventStreams(core);
  const app = createServer({ core, signInCodes, adminToken: token, version: options.version, consoleDir: options.consoleDir, eventStreams, onError: options.onError });
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host });
  await new Promise<void>((ready, fail) => {
    server.once('listening', ready);
    server.once('error', fail);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    url,
    signInUrl: `${url}/signin?code=${signInCodes.issue(linkActor)}`,
    tokenSource: source,
    databaseFile,
    async stop() {
      const closed = new Promise((done) => server.close(done));
      eventStreams.closeAll(); // live event streams never end on their own
      await closed;
      await core.close();
    },
  };
}
