import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pingBatch, runProbe, type PingEngine } from './index';

const MARGIN_MS = 1000;

describe.each<PingEngine>(['fping', 'system'])('ping probe via %s', (engine) => {
  it('is ok for 127.0.0.1 with rtt and loss in the details', async () => {
    const result = await runProbe({ kind: 'ping', host: '127.0.0.1', count: 3, intervalMs: 100, engine, timeoutMs: 3000 });
    expect(result).toMatchObject({ status: 'ok', details: { engine, transmitted: 3, received: 3, lossPercent: 0 } });
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(result.latencyMs).toBe(result.details?.rttAvgMs);
  });

  it('pings IPv6 loopback', async () => {
    const result = await runProbe({ kind: 'ping', host: '::1', count: 2, intervalMs: 100, engine, timeoutMs: 3000 });
    expect(result).toMatchObject({ status: 'ok', details: { engine, received: 2 } });
  });

  it('applies the latency thresholds to the average round trip', async () => {
    const result = await runProbe({ kind: 'ping', host: '127.0.0.1', count: 1, engine, timeoutMs: 3000, critMs: 0 });
    expect(result.status).toBe('critical');
    expect(result.message).toContain('critical threshold of 0 ms');
  });

  it('kills a run that would outlast its timeout', async () => {
    const startedAt = performance.now();
    const result = await runProbe({ kind: 'ping', host: '127.0.0.1', count: 10, intervalMs: 500, engine, timeoutMs: 400 });
    expect(result).toMatchObject({ status: 'critical', latencyMs: null });
    expect(result.message).toMatch(/^timed out after 400 ms/);
    expect(performance.now() - startedAt).toBeLessThan(400 + MARGIN_MS);
  });

  it('refuses a host that would be read as an option', async () => {
    expect(await runProbe({ kind: 'ping', host: '-f', engine, timeoutMs: 1000 })).toMatchObject({ status: 'unknown' });
  });
});

describe('pingBatch', () => {
  it('pings many hosts with one fping and judges each', async () => {
    const results = await pingBatch(['127.0.0.1', '::1', '127.0.0.2', '127.0.0.1', '--help'], { count: 2, intervalMs: 50, timeoutMs: 3000 });
    expect([...results.keys()].sort()).toEqual(['--help', '127.0.0.1', '127.0.0.2', '::1']);
    for (const host of ['127.0.0.1', '::1', '127.0.0.2']) {
      expect(results.get(host)).toMatchObject({ status: 'ok', details: { engine: 'fping', transmitted: 2, received: 2 } });
    }
    expect(results.get('--help')?.status).toBe('unknown');
  });
});

describe('ping without binaries', () => {
  it('is unknown when neither fping nor ping is on PATH', async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'presidio-no-ping-'));
    const originalPath = process.env.PATH;
    process.env.PATH = emptyDir;
    try {
      const auto = await runProbe({ kind: 'ping', host: '127.0.0.1', timeoutMs: 1000 });
      expect(auto).toMatchObject({ status: 'unknown', message: 'ping is not installed' });
      const fping = await runProbe({ kind: 'ping', host: '127.0.0.1', engine: 'fping', timeoutMs: 1000 });
      expect(fping).toMatchObject({ status: 'unknown', message: 'fping is not installed' });
    } finally {
      process.env.PATH = originalPath;
      await rm(emptyDir, { recursive: true, force: true });
    }
  });
});
