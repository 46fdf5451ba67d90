import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe, type DnsProbeConfig } from './index';
import { startDnsResponder, type DnsResponder, type DnsZone } from './test-support/dns-responder';

const LONG_TXT = `v=DKIM1; k=rsa; p=${'A'.repeat(300)}`;
const ZONE: DnsZone = {
  'www.presidio.test': { A: ['127.0.0.10', '127.0.0.11'], TXT: ['v=spf1 -all', LONG_TXT] },
};

describe('dns probe', () => {
  let responder: DnsResponder;

  beforeAll(async () => {
    responder = await startDnsResponder(ZONE);
  });
  afterAll(() => responder.close());

  const probe = (extra: Partial<DnsProbeConfig>) =>
    runProbe({ kind: 'dns', name: 'www.presidio.test', recordType: 'A', resolver: responder.resolver, timeoutMs: 2000, ...extra });

  it('is ok with the A records', async () => {
    const result = await probe({});
    expect(result).toMatchObject({ status: 'ok', details: { answers: ['127.0.0.10', '127.0.0.11'] } });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('checks the expected value among the answers', async () => {
    expect((await probe({ expected: '127.0.0.11' })).status).toBe('ok');
    const missing = await probe({ expected: '127.0.0.12' });
    expect(missing).toMatchObject({ status: 'critical', message: `www.presidio.test A at ${responder.resolver}: "127.0.0.12" is not among the answers` });
  });

  it('is critical when nothing listens on the resolver port', async () => {
    const gone = await startDnsResponder(ZONE);
    await gone.close();
    const result = await probe({ resolver: gone.resolver });
    expect(result).toMatchObject({ status: 'critical', details: { errorCode: 'ECONNREFUSED' } });
    expect(result.message).toContain('the resolver is not listening');
  });

  it('joins TXT records split into 255-byte strings', async () => {
    const result = await probe({ recordType: 'TXT', expected: LONG_TXT });
    expect(result).toMatchObject({ status: 'ok', details: { answers: ['v=spf1 -all', LONG_TXT] } });
  });

  it('is critical on NXDOMAIN', async () => {
    const result = await probe({ name: 'missing.presidio.test' });
    expect(result).toMatchObject({ status: 'critical', details: { errorCode: 'ENOTFOUND' } });
    expect(result.message).toContain('NXDOMAIN');
  });

  it('is critical when the name has no record of that type', async () => {
    const result = await probe({ recordType: 'AAAA' });
    expect(result).toMatchObject({ status: 'critical', details: { errorCode: 'ENODATA' } });
  });

  it('times out on a resolver that never answers', async () => {
    const silent = await startDnsResponder(ZONE, { silent: true });
    try {
      const startedAt = performance.now();
      const result = await probe({ resolver: silent.resolver, timeoutMs: 300 });
      expect(result.status).toBe('critical');
      expect(result.message).toMatch(/^timed out after 300 ms resolving www\.presidio\.test A/);
      expect(performance.now() - startedAt).toBeLessThan(300 + 1000);
    } finally {
      await silent.close();
    }
  });

  it('talks to a resolver on IPv6 loopback', async () => {
    const responder6 = await startDnsResponder(ZONE, { host: '::1' });
    try {
      expect(await probe({ resolver: responder6.resolver, expected: '127.0.0.10' })).toMatchObject({ status: 'ok' });
    } finally {
      await responder6.close();
    }
  });

  it('reports an unusable resolver address as unknown', async () => {
    expect(await probe({ resolver: 'not a resolver' })).toMatchObject({ status: 'unknown' });
  });
});
