import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src-main/core/contract';
import { type HubProcess, removeDataDir, startHubProcess } from '../support/hub-process';

let hub: HubProcess;
beforeAll(async () => {
  hub = await startHubProcess();
});
afterAll(async () => {
  await hub.stop();
  removeDataDir(hub.dataDir);
});

const post = (path: string, init: RequestInit = {}) => fetch(`${hub.url}${path}`, { method: 'POST', ...init });

describe('hub HTTP API', () => {
  it('binds loopback and answers health without authentication', async () => {
    expect(new URL(hub.url).hostname).toBe('127.0.0.1');
    const response = await fetch(`${hub.url}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('requires a bearer token on every method', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong-token' }, { Authorization: `Basic ${hub.token}` }] as Record<string, string>[]) {
      const response = await post('/api/v1/clients.list', { headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('keeps the admin token file readable only by its owner', () => {
    expect(statSync(join(hub.dataDir, 'admin-token')).mode & 0o777).toBe(0o600);
  });

  it('creates and reads through the contract, with the error codes of the contract', async () => {
    const created = await hub.call('clients.create', { code: 'HTTP1', name: 'Via HTTP' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ code: 'HTTP1', name: 'Via HTTP' });

    const invalid = await hub.call('clients.create', { code: 'HTTP2', name: '' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: 'invalid_input', fields: [{ path: 'name', message: 'Required' }] });

    const duplicate = await hub.call('clients.create', { code: 'http1', name: 'Again' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: 'conflict', fields: [{ path: 'code' }] });

    expect((await hub.call('clients.get', { id: 'cli_missing' })).status).toBe(404);
    expect((await hub.call('clients.detonate', {})).body.error.code).toBe('not_found');
    const listed = await hub.call('clients.list');
    expect(listed.body.items.map((c: { code: string }) => c.code)).toContain('HTTP1');
  });

  it('rejects a body that is not JSON, and writes nothing', async () => {
    const response = await post('/api/v1/clients.create', {
      headers: { Authorization: `Bearer ${hub.token}`, 'Content-Type': 'application/json' },
      body: '{"code": "BROKEN",',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_input');
    const listed = await hub.call('clients.list', { query: 'BROKEN' });
    expect(listed.body.items).toEqual([]);
  });

  it('describes every method of the contract in its OpenAPI document', async () => {
    const document = await (await fetch(`${hub.url}/api/v1/openapi.json`)).json();
    expect(document.openapi).toBe('3.1.0');
    for (const method of Object.keys(contract)) {
      expect(document.paths[`/api/v1/${method}`]?.post?.operationId).toBe(method);
    }
    const search = document.paths['/api/v1/devices.search'].post;
    expect(Object.keys(search.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['query', 'clientId', 'siteId', 'kind', 'tag', 'sort', 'limit', 'cursor']),
    );
    expect(Object.keys(search.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
  });

  it('trades a one-time sign-in code for an HttpOnly session cookie', async () => {
    const first = await fetch(hub.signInUrl, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/presidio_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0]!;

    const withCookie = await post('/api/v1/system.info', { headers: { Cookie: session, 'Content-Type': 'application/json' }, body: '{}' });
    expect(withCookie.status).toBe(200);
    expect((await withCookie.json()).actor.role).toBe('admin');

    // A cross-site form post cannot set a JSON content type: the cookie alone is not enough.
    const formPost = await post('/api/v1/clients.create', {
      headers: { Cookie: session, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=CSRF&name=x',
    });
    expect(formPost.status).toBe(400);

    const again = await fetch(hub.signInUrl, { redirect: 'manual' });
    expect(again.status).toBe(401);
  });

  it('serves the console with a strict content security policy', async () => {
    const page = await fetch(`${hub.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
  });
});

describe('hub with PRESIDIO_TOKEN', () => {
  it('accepts the token from the environment as admin, and keeps data across restarts', async () => {
    const token = 'provisioned-token-for-containers-0123456789';
    const first = await startHubProcess({ env: { PRESIDIO_TOKEN: token } });
    try {
      expect((await first.call('clients.create', { code: 'KEEP', name: 'Kept across restarts' })).status).toBe(200);
    } finally {
      await first.stop();
    }
    const second = await startHubProcess({ dataDir: first.dataDir, env: { PRESIDIO_TOKEN: token } });
    try {
      const listed = await second.call('clients.list');
      expect(listed.body.items.map((c: { code: string }) => c.code)).toEqual(['KEEP']);
    } finally {
      await second.stop();
      removeDataDir(first.dataDir);
    }
  });

  it('refuses to start with a token too short to be safe', async () => {
    await expect(startHubProcess({ env: { PRESIDIO_TOKEN: 'short' } })).rejects.toThrow(/PRESIDIO_TOKEN must be at least/);
  });
});
