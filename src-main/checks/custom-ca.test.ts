import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../core/testing';
import { TestCertificateAuthority } from './probes/test-support/certificates';
import { listenOnLoopback } from './probes/test-support/loopback';
import { errorOf, seedFleet, type Fleet } from './test-support/core';

// A custom CA and regex flags, from the API down to the probes, against servers this test starts
// on 127.0.0.1 with certificates it makes.

let authority: TestCertificateAuthority;
let core: TestCore;
let fleet: Fleet;
let tlsPort: number;
let httpsUrl: string;
const closers: (() => void)[] = [];

beforeAll(async () => {
  authority = await TestCertificateAuthority.create();
  const leaf = await authority.issueForDays(['127.0.0.1'], 90);
  const tls = createTlsServer(leaf, (socket) => socket.end());
  tlsPort = await listenOnLoopback(tls);
  const https = createHttpsServer(leaf, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain', Connection: 'close' });
    response.end('Presidio status: ALL GOOD\nsecond line');
  });
  httpsUrl = `https://127.0.0.1:${await listenOnLoopback(https)}/status`;
  closers.push(() => tls.close(), () => https.close());
  core = openTestCore();
  fleet = seedFleet(core);
});
afterAll(async () => {
  closers.forEach((close) => close());
  core.close();
  await authority.dispose();
});

const tlsCheck = (extra: Record<string, unknown> = {}) => ({ kind: 'tls' as const, host: '127.0.0.1', port: tlsPort, timeoutMs: 3000, ...extra });
const httpsCheck = (extra: Record<string, unknown> = {}) => ({ kind: 'http' as const, url: httpsUrl, timeoutMs: 3000, ...extra });

describe('custom CA', () => {
  it('trusts a TLS server whose chain ends at the pasted CA, and only then', async () => {
    expect(await core.call('checks.test', tlsCheck({ ca: authority.ca.cert }))).toMatchObject({ status: 'ok', details: { authorized: true, issuer: 'Presidio Test CA' } });
    const untrusted = await core.call('checks.test', tlsCheck());
    expect(untrusted.status).toBe('critical');
    expect(untrusted.message).toMatch(/not trusted/);
  });

  it('trusts an HTTPS server through the pasted CA, on a saved check run now', async () => {
    const check = core.call('checks.create', { deviceId: fleet.deviceId, ...httpsCheck({ ca: authority.ca.cert }) });
    expect(check.ca).toBe(authority.ca.cert);
    const { result } = await core.call('checks.runNow', { id: check.id });
    expect(result).toMatchObject({ status: 'ok', details: { status: 200 } });
    expect((await core.call('checks.test', httpsCheck())).status).toBe('critical');
    core.call('checks.delete', { id: check.id });
  });

  const pemBody = () => authority.ca.cert.split('\n').slice(1, -2).join('\n');
  it.each([
    ['text that is not PEM', () => 'MIIBszCCAVmgAwIBAgIU', /in PEM form/],
    ['a private key', () => authority.ca.key, /private key/],
    ['a block with stray characters', () => `-----BEGIN CERTIFICATE-----\n${pemBody()}!\n-----END CERTIFICATE-----\n`, /not base64/],
    ['text around the certificate', () => `my CA:\n${authority.ca.cert}`, /nothing between or around/],
    // Well-formed base64, but a certificate cut short on pasting: only OpenSSL (in the core) can tell.
    ['a certificate cut short', () => `-----BEGIN CERTIFICATE-----\n${pemBody().replace(/\s/g, '').slice(0, 200)}\n-----END CERTIFICATE-----\n`, /cannot be read/],
  ])('refuses %s, naming the ca field, and saves nothing', async (_what, ca, message) => {
    const before = core.call('checks.list', { limit: 10 }).total;
    const refusal = { code: 'invalid_input', fields: [{ path: 'ca', message: expect.stringMatching(message) }] };
    expect(errorOf(() => core.callRaw('checks.create', { deviceId: fleet.deviceId, ...tlsCheck({ ca: ca() }) }))).toMatchObject(refusal);
    await expect(Promise.resolve().then(() => core.callRaw('checks.test', tlsCheck({ ca: ca() })))).rejects.toMatchObject(refusal);
    expect(core.call('checks.list', { limit: 10 }).total).toBe(before);

    const check = core.call('checks.create', { deviceId: fleet.deviceId, ...tlsCheck({ ca: authority.ca.cert }) });
    expect(errorOf(() => core.callRaw('checks.update', { id: check.id, ca: ca(), intervalSeconds: 5 })).fields?.[0]?.path).toBe('ca');
    expect(core.call('checks.get', { id: check.id })).toMatchObject({ ca: authority.ca.cert, intervalSeconds: 60 });
    core.call('checks.delete', { id: check.id });
  });
});

describe('regex flags', () => {
  const regex = (pattern: string, flags?: string) => httpsCheck({ ca: authority.ca.cert, bodyMatch: { type: 'regex', pattern, ...(flags === undefined ? {} : { flags }) } });

  it('match case-insensitively with i and line by line with m', async () => {
    expect((await core.call('checks.test', regex('all good'))).status).toBe('critical');
    expect((await core.call('checks.test', regex('all good', 'i'))).status).toBe('ok');
    expect((await core.call('checks.test', regex('^second line$'))).status).toBe('critical');
    expect((await core.call('checks.test', regex('^second line$', 'm'))).status).toBe('ok');
    const saved = core.call('checks.create', { deviceId: fleet.deviceId, ...regex('good$', 'im') });
    expect(saved.bodyMatch).toEqual({ type: 'regex', pattern: 'good$', flags: 'im', expect: 'present' });
    core.call('checks.delete', { id: saved.id });
  });

  it.each([
    ['g', 'Flags may only be i, m, s and u'],
    ['x', 'Flags may only be i, m, s and u'],
  ])('refuses the flag %s naming bodyMatch.flags', (flags, message) => {
    const error = errorOf(() => core.callRaw('checks.test', regex('good', flags)));
    expect(error.fields).toEqual([{ path: 'bodyMatch.flags', message }]);
  });

  it('refuses flags on a keyword match', () => {
    const error = errorOf(() => core.callRaw('checks.create', { deviceId: fleet.deviceId, ...httpsCheck({ bodyMatch: { type: 'keyword', pattern: 'GOOD', flags: 'i' } }) }));
    expect(error.fields).toEqual([{ path: 'bodyMatch.flags', message: 'Flags apply to regex matches only' }]);
  });
});
