import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe } from './index';
import { listenOnLoopback } from './test-support/loopback';

describe('tcp probe', () => {
  const server = createServer((socket) => socket.on('error', () => {}));
  let openPort = 0;
  let closedPort = 0;

  beforeAll(async () => {
    openPort = await listenOnLoopback(server);
    const closed = createServer();
    closedPort = await listenOnLoopback(closed);
    await new Promise((resolve) => closed.close(resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is ok when the port accepts the connection', async () => {
    const result = await runProbe({ kind: 'tcp', host: '127.0.0.1', port: openPort, timeoutMs: 2000 });
    expect(result.status).toBe('ok');
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.details).toMatchObject({ remoteAddress: '127.0.0.1' });
  });

  it('is critical when the connection is refused', async () => {
    const result = await runProbe({ kind: 'tcp', host: '127.0.0.1', port: closedPort, timeoutMs: 2000 });
    expect(result).toMatchObject({ status: 'critical', latencyMs: null, details: { errorCode: 'ECONNREFUSED' } });
    expect(result.message).toContain('connection refused');
  });

  it('applies the latency thresholds to a successful connect', async () => {
    const result = await runProbe({ kind: 'tcp', host: '127.0.0.1', port: openPort, timeoutMs: 2000, warnMs: 0 });
    expect(result.status).toBe('warning');
    expect(result.message).toContain('warning threshold of 0 ms');
  });

  it('connects over IPv6 loopback', async () => {
    const server6 = createServer((socket) => socket.on('error', () => {}));
    const port = await listenOnLoopback(server6, '::1');
    try {
      const result = await runProbe({ kind: 'tcp', host: '::1', port, timeoutMs: 2000 });
      expect(result.status).toBe('ok');
    } finally {
      await new Promise((resolve) => server6.close(resolve));
    }
  });
});
