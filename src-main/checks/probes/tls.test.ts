import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe, type TlsProbeConfig } from './index';
import { TestCertificateAuthority, type KeyPair } from './test-support/certificates';
import { listenOnLoopback } from './test-support/loopback';

const NAMES = ['good.test', '127.0.0.1'];

describe('tls probe', () => {
  let authority: TestCertificateAuthority;
  const servers: (Server | TcpServer)[] = [];

  beforeAll(async () => {
    authority = await TestCertificateAuthority.create();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await authority.dispose();
  });

  /** Serves `pair` on a loopback port and probes it, trusting only the test CA. */
  async function probeWith(pair: KeyPair, extra: Partial<TlsProbeConfig> = {}) {
    const server = createServer(pair, (socket) => socket.end());
    servers.push(server);
    const port = await listenOnLoopback(server);
    return runProbe({ kind: 'tls', host: '127.0.0.1', port, servername: 'good.test', ca: authority.ca.cert, timeoutMs: 3000, ...extra });
  }

  it('is ok for a trusted certificate with a long life left', async () => {
    const result = await probeWith(await authority.issueForDays(NAMES, 90));
    expect(result).toMatchObject({ status: 'ok', details: { authorized: true, nameMatches: true, subject: 'good.test', issuer: 'Presidio Test CA' } });
    expect(result.details?.daysToExpiry).toBeGreaterThanOrEqual(88);
    expect(result.details?.daysToExpiry).toBeLessThanOrEqual(90);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('warns when expiry is within warnDays, and is critical within critDays', async () => {
    const soon = await probeWith(await authority.issueForDays(NAMES, 10));
    expect(soon).toMatchObject({ status: 'warning', details: { daysToExpiry: 9 } });
    const verySoon = await probeWith(await authority.issueForDays(NAMES, 3));
    expect(verySoon).toMatchObject({ status: 'critical', details: { daysToExpiry: 2 } });
    const relaxed = await probeWith(await authority.issueForDays(NAMES, 10), { warnDays: 5, critDays: 2 });
    expect(relaxed.status).toBe('ok');
  });

  it('is critical for an expired certificate', async () => {
    const result = await probeWith(await authority.issue(NAMES, new Date('2020-01-01T00:00:00Z'), new Date('2020-03-01T00:00:00Z')));
    expect(result).toMatchObject({ status: 'critical', details: { authorized: false, authorizationError: 'CERT_HAS_EXPIRED' } });
    expect(result.message).toMatch(/^certificate expired \d+ day\(s\) ago, on 2020-03-01T00:00:00.000Z$/);
    expect(result.details?.daysToExpiry).toBeLessThan(0);
  });

  it('is critical for a self-signed certificate', async () => {
    const result = await probeWith(await authority.selfSigned(NAMES));
    expect(result).toMatchObject({ status: 'critical', details: { authorized: false, nameMatches: true } });
    expect(result.message).toMatch(/^certificate chain not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/);
  });

  it('is critical when the certificate is for another name', async () => {
    const result = await probeWith(await authority.issueForDays(NAMES, 90), { servername: 'other.test' });
    expect(result).toMatchObject({ status: 'critical', details: { authorized: true, nameMatches: false } });
    expect(result.message).toMatch(/^name mismatch: /);
  });

  it('checks the IP address itself when no servername is given', async () => {
    const result = await probeWith(await authority.issueForDays(NAMES, 90), { servername: undefined });
    expect(result).toMatchObject({ status: 'ok', details: { servername: '127.0.0.1', nameMatches: true } });
  });

  it('is critical when nothing listens', async () => {
    const closed = createTcpServer();
    const port = await listenOnLoopback(closed);
    await new Promise((resolve) => closed.close(resolve));
    const result = await runProbe({ kind: 'tls', host: '127.0.0.1', port, timeoutMs: 2000 });
    expect(result.status).toBe('critical');
    expect(result.message).toContain('ECONNREFUSED');
  });

  it('times out on a server that accepts but never handshakes', async () => {
    const silent = createTcpServer((socket) => socket.on('error', () => {}).resume());
    servers.push(silent);
    const port = await listenOnLoopback(silent);
    const startedAt = performance.now();
    const result = await runProbe({ kind: 'tls', host: '127.0.0.1', port, timeoutMs: 300 });
    expect(result).toMatchObject({ status: 'critical', message: `timed out after 300 ms during the TLS handshake with 127.0.0.1:${port}` });
    expect(performance.now() - startedAt).toBeLessThan(300 + 1000);
  });
});
