import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTestCore, type TestCore } from '../core/testing';
import type { CoreEvent } from '../core/worker-protocol';
import { listenOnLoopback } from './probes/test-support/loopback';
import { seedFleet } from './test-support/core';

// The whole loop against real servers on loopback (127.0.0.1 only): the runner probes them on its
// schedule, the core stores the results, judges them, and opens and closes alerts.

const servers: { close(): void }[] = [];
let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  servers.splice(0).forEach((server) => server.close());
});

function tcpServer(): TcpServer {
  const server = createTcpServer((socket) => socket.on('error', () => {}));
  servers.push(server);
  return server;
}

function httpServer(): HttpServer {
  const server = createHttpServer((_request, response) => response.end('<h1>Benvenuti in Presidio</h1>'));
  servers.push({ close: () => server.close() });
  return server;
}

const stop = (server: TcpServer | HttpServer) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });

const listenAgain = (server: TcpServer | HttpServer, port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 20_000, interval: 100 });

describe('checks end to end, on loopback', () => {
  it('goes critical with an alert when a server stops, and back to ok (alert closed) when it restarts', async () => {
    const events: CoreEvent[] = [];
    core = openTestCore({ checks: { emit: (event) => events.push(event) } });
    const { deviceId, siteId } = seedFleet(core);
    const tcp = tcpServer();
    const http = httpServer();
    const tcpPort = await listenOnLoopback(tcp);
    const httpPort = await listenOnLoopback(http);
    const common = { deviceId, intervalSeconds: 1, timeoutMs: 1000, retries: 2 };
    const tcpCheck = core.call('checks.create', { ...common, kind: 'tcp', host: '127.0.0.1', port: tcpPort });
    const httpCheck = core.call('checks.create', {
      ...common,
      kind: 'http',
      url: `http://127.0.0.1:${httpPort}/`,
      bodyMatch: { type: 'keyword', pattern: 'Benvenuti' },
    });
    const state = (id: string) => core!.call('checks.get', { id }).state;
    const openAlerts = () => core!.call('alerts.list', { state: 'open', limit: 10 }).items.map((a) => a.checkId).sort();

    await eventually(() => {
      expect(state(tcpCheck.id)).toBe('ok');
      expect(state(httpCheck.id)).toBe('ok');
    });
    expect(core.call('checks.get', { id: httpCheck.id }).lastResult).toMatchObject({ status: 'ok', message: expect.stringContaining('HTTP 200') });

    await stop(tcp);
    await stop(http);
    await eventually(() => {
      expect(state(tcpCheck.id)).toBe('critical');
      expect(state(httpCheck.id)).toBe('critical');
      expect(openAlerts()).toEqual([tcpCheck.id, httpCheck.id].sort());
    });
    expect(core.call('checks.get', { id: tcpCheck.id }).lastResult!.message).toContain('connection refused');

    await listenAgain(tcp, tcpPort);
    await listenAgain(http, httpPort);
    await eventually(() => {
      expect(state(tcpCheck.id)).toBe('ok');
      expect(state(httpCheck.id)).toBe('ok');
      expect(openAlerts()).toEqual([]);
    });
    expect(core.call('alerts.list', { state: 'closed', limit: 10 }).items).toHaveLength(2);

    // Run now, run site and test answer at once with the full result.
    const ranNow = await core.call('checks.runNow', { id: httpCheck.id });
    expect(ranNow.result).toMatchObject({ status: 'ok', details: { status: 200 } });
    const site = await core.call('checks.runSite', { siteId });
    expect(site.items.map((item) => [item.checkId, item.result.status]).sort()).toEqual([[tcpCheck.id, 'ok'], [httpCheck.id, 'ok']].sort());
    const tested = await core.call('checks.test', { kind: 'http', url: `http://127.0.0.1:${httpPort}/`, bodyMatch: { type: 'keyword', pattern: 'Arrivederci' } });
    expect(tested).toMatchObject({ status: 'critical', message: expect.stringContaining('not found') });

    // The hosts heard about it without asking.
    await eventually(() => {
      expect(events.some((e) => e.type === 'health.changed' && e.checkIds.includes(tcpCheck.id) && e.deviceIds.includes(deviceId))).toBe(true);
      expect(events.some((e) => e.type === 'checks.results' && e.checkIds.includes(httpCheck.id))).toBe(true);
      expect(events.some((e) => e.type === 'alerts.changed' && e.alertIds.length > 0)).toBe(true);
    });
    expect(core.call('checks.schedulerStats', {})).toMatchObject({ checks: 2, started: expect.any(Number) });
    expect(core.call('checks.schedulerStats', {}).started).toBeGreaterThan(4);
  });
});
