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

describe('people signing in with a password', () => {
  const password = 'correct horse battery';
  const json = (body: unknown, cookie?: string): RequestInit => ({
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
  const signIn = (login: string, secret: string, at = hub) => fetch(`${at.url}/auth/signin`, { method: 'POST', ...json({ login, password: secret }) });
  const sessionOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const callAs = (cookie: string, method: string, input: unknown = {}, at = hub) => fetch(`${at.url}/api/v1/${method}`, { method: 'POST', ...json(input, cookie) });

  let technician: { id: string };
  beforeAll(async () => {
    technician = (await hub.call('accounts.create', { login: 'tech.http', name: 'Tecnico HTTP', role: 'technician', password })).body;
    await hub.call('accounts.create', { login: 'op.http', name: 'Operatore HTTP', role: 'operator', password });
  });

  it('signs a person in with an HttpOnly, SameSite=Strict session cookie, and never answers with a password hash', async () => {
    const response = await signIn('TECH.http', password);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ actor: { id: technician.id, name: 'Tecnico HTTP', role: 'technician' } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^presidio_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Max-Age=\d+/i);

    const me = await callAs(sessionOf(response), 'accounts.me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ actor: { id: technician.id, role: 'technician' }, account: { login: 'tech.http' } });

    const everyAnswer = [
      JSON.stringify(body),
      JSON.stringify((await hub.call('accounts.list', { includeArchived: true })).body),
      JSON.stringify((await hub.call('accounts.get', { id: technician.id })).body),
      JSON.stringify((await hub.call('accounts.setPassword', { id: technician.id, password })).body),
    ].join('\n');
    expect(everyAnswer).not.toMatch(/scrypt|password|hash/i);
    const document = JSON.stringify(await (await fetch(`${hub.url}/api/v1/openapi.json`)).json());
    expect(document).not.toMatch(/signIn|sessionActor|openSession/);
  });

  it('answers a wrong password or login with a clear 401 and no cookie, and bad input naming the field', async () => {
    for (const [login, secret] of [['tech.http', 'not the password'], ['nobody.here', password]] as const) {
      const response = await signIn(login, secret);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'Wrong login or password' } });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const missing = await fetch(`${hub.url}/auth/signin`, { method: 'POST', ...json({ login: 'tech.http' }) });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({ code: 'invalid_input', fields: [{ path: 'password' }] });
    const form = await fetch(`${hub.url}/auth/signin`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'login=a&password=b' });
    expect(form.status).toBe(400);
  });

  it('throttles repeated failures for a login, even with the right password then, and leaves other logins alone', async () => {
    await hub.call('accounts.create', { login: 'guessed', name: 'Guessed', role: 'technician', password });
    for (let i = 0; i < 5; i++) expect((await signIn('guessed', `wrong guess ${i}`)).status).toBe(401);
    const throttled = await signIn('guessed', password);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await throttled.json()).error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/try again in \d+ minutes?/) });
    expect(throttled.headers.get('set-cookie')).toBeNull();
    expect((await signIn('op.http', password)).status).toBe(200);
  });

  it('enforces roles over HTTP: a technician does field work, and gets 403 on what operators and admins do', async () => {
    const tech = sessionOf(await signIn('tech.http', password));
    const operator = sessionOf(await signIn('op.http', password));
    const client = (await hub.call('clients.create', { code: 'ROLES', name: 'Roles' })).body;
    const csv = 'Client,Title,Priority,Opened at\nROLES,Imported,P3,2026-01-05 09:00';

    const task = await callAs(tech, 'tasks.create', { clientId: client.id, kind: 'incident', priority: 'P2', title: 'Field work', assigneeId: technician.id });
    expect(task.status).toBe(200);
    expect((await callAs(tech, 'devices.create', { clientId: client.id, name: 'nas-1', kind: 'nas' })).status).toBe(200);

    for (const [method, input] of [
      ['clients.create', { code: 'NOPE', name: 'No' }],
      ['sites.create', { clientId: client.id, name: 'No' }],
      ['accounts.create', { login: 'sneaky', name: 'Sneaky', role: 'admin', password }],
      ['accounts.update', { id: technician.id, role: 'admin' }],
      ['settings.update', {}],
      ['slaPolicies.update', { id: 'sla_default', name: 'Mine' }],
      ['tasks.import', { csv, commit: true }],
    ] as const) {
      const response = await callAs(tech, method, input);
      expect(response.status, method).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden');
    }
    expect((await callAs(operator, 'sites.create', { clientId: client.id, name: 'Sede' })).status).toBe(200);
    expect((await (await callAs(operator, 'tasks.import', { csv })).json()).create).toBe(1);
    expect((await hub.call('tasks.list', { clientId: client.id })).body.items.map((t: { title: string }) => t.title)).toEqual(['Field work']);
    expect((await callAs(operator, 'accounts.create', { login: 'sneaky', name: 'Sneaky', role: 'admin', password })).status).toBe(403);
    expect((await hub.call('accounts.list', { query: 'sneaky' })).body.items).toEqual([]);
  });

  it('signs out: the cookie stops working', async () => {
    const session = sessionOf(await signIn('op.http', password));
    const out = await fetch(`${hub.url}/signout`, { method: 'POST', headers: { Cookie: session }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/presidio_session=;/);
    expect((await callAs(session, 'accounts.me')).status).toBe(401);
  });

  it('issues sign-in links only for the admin bearer token, not for a signed-in person', async () => {
    const operator = sessionOf(await signIn('op.http', password));
    expect((await fetch(`${hub.url}/auth/link`, { method: 'POST', headers: { Cookie: operator } })).status).toBe(401);
    const link = await fetch(`${hub.url}/auth/link`, { method: 'POST', headers: { Authorization: `Bearer ${hub.token}` } });
    expect((await link.json()).url).toMatch(/\/signin\?code=/);
  });
});

describe('sessions across a hub restart', () => {
  it('keeps people and the admin link’s session signed in, and an archived person out', async () => {
    const first = await startHubProcess();
    const dataDir = first.dataDir;
    const password = 'correct horse battery';
    let person = '';
    let admin = '';
    let archived = '';
    try {
      await first.call('accounts.create', { login: 'stays', name: 'Stays', role: 'operator', password });
      const leaves = (await first.call('accounts.create', { login: 'leaves', name: 'Leaves', role: 'technician', password })).body;
      const signIn = (login: string) =>
        fetch(`${first.url}/auth/signin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password }) });
      person = ((await signIn('stays')).headers.get('set-cookie') ?? '').split(';')[0]!;
      archived = ((await signIn('leaves')).headers.get('set-cookie') ?? '').split(';')[0]!;
      admin = ((await fetch(first.signInUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '').split(';')[0]!;
      await first.call('accounts.update', { id: leaves.id, archived: true });
    } finally {
      await first.stop();
    }
    const second = await startHubProcess({ dataDir });
    try {
      const me = (cookie: string) =>
        fetch(`${second.url}/api/v1/accounts.me`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
      const stays = await me(person);
      expect(stays.status).toBe(200);
      expect((await stays.json()).actor).toMatchObject({ name: 'Stays', role: 'operator' });
      const token = await me(admin);
      expect(token.status).toBe(200);
      expect((await token.json()).actor).toMatchObject({ id: 'admin-token', role: 'admin' });
      expect((await me(archived)).status).toBe(401);
    } finally {
      await second.stop();
      removeDataDir(dataDir);
    }
  });
});

describe('the desktop console in a browser (npm start without Electron)', () => {
  it('signs the printed link in as the desktop user’s own admin account, the same one after a restart', async () => {
    const first = await startHubProcess({ args: ['--desktop'] });
    const meThroughLink = async (at: HubProcess) => {
      const cookie = ((await fetch(at.signInUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '').split(';')[0]!;
      const response = await fetch(`${at.url}/api/v1/accounts.me`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
      return response.json();
    };
    let local: { actor: { id: string } };
    try {
      local = await meThroughLink(first);
      expect(local).toMatchObject({ actor: { id: expect.stringMatching(/^acc_/), role: 'admin' }, account: { role: 'admin', archivedAt: null }, hasPassword: false });
      const assignable = (await first.call('accounts.list', {})).body.items.map((a: { id: string }) => a.id);
      expect(assignable).toEqual([local.actor.id]);
    } finally {
      await first.stop();
    }
    const second = await startHubProcess({ dataDir: first.dataDir, args: ['--desktop'] });
    try {
      expect((await meThroughLink(second)).actor.id).toBe(local.actor.id);
      expect((await second.call('accounts.list', {})).body.total).toBe(1);
    } finally {
      await second.stop();
      removeDataDir(first.dataDir);
    }
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
