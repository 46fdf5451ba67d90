import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';

let core: TestCore;
beforeEach(() => {
  // Each call a millisecond later, as it would be for a person: archive instants and stamps differ.
  let clock = Date.UTC(2026, 10, 25, 9);
  core = openTestCore({ now: () => new Date((clock += 1)) });
});
afterEach(() => core.close());


describe('clients', () => {
  it('creates, reads, lists and updates a client', () => {
    const created = core.call('clients.create', { code: ' acme ', name: 'Acme S.r.l.' });
    expect(created).toMatchObject({ code: 'ACME', name: 'Acme S.r.l.', timezone: 'Europe/Rome', archivedAt: null, isDemo: false });
    expect(core.call('clients.get', { id: created.id })).toMatchObject({ id: created.id, siteCount: 0, deviceCount: 0 });

    const updated = core.call('clients.update', { id: created.id, name: 'Acme SpA', notes: 'Cliente storico' });
    expect(updated).toMatchObject({ name: 'Acme SpA', notes: 'Cliente storico', code: 'ACME' });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);

    core.call('clients.create', { code: 'BETA', name: 'Beta' });
    expect(core.call('clients.list', { archived: 'active' }).items.map((c) => c.code)).toEqual(['ACME', 'BETA']);
    expect(core.call('clients.list', { query: 'spa', archived: 'active' }).items.map((c) => c.code)).toEqual(['ACME']);
  });

  it('rejects bad input naming the field, and writes nothing', () => {
    const before = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    const empty = errorOf(() => core.callRaw('clients.create', { code: 'OK1', name: '   ' }));
    expect(empty.code).toBe('invalid_input');
    expect(empty.fields).toEqual([{ path: 'name', message: 'Required' }]);
    expect(errorOf(() => core.callRaw('clients.create', { code: 'bad code!', name: 'X' })).fields?.[0]?.path).toBe('code');
    expect(errorOf(() => core.callRaw('clients.create', { code: 'TZ', name: 'X', timezone: 'Mars/Olympus' })).fields?.[0]?.path).toBe('timezone');
    expect(errorOf(() => core.callRaw('clients.create', { code: 'XX', name: 'X', extra: 1 })).code).toBe('invalid_input');
    expect(errorOf(() => core.callRaw('clients.create', 'not an object')).code).toBe('invalid_input');
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM clients')).toBe(0);
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes')).toBe(before);
  });

  it('refuses a duplicate code among active clients, case-insensitively', () => {
    core.call('clients.create', { code: 'ACME', name: 'Acme' });
    const duplicate = errorOf(() => core.call('clients.create', { code: 'acme', name: 'Other' }));
    expect(duplicate.code).toBe('conflict');
    expect(duplicate.fields?.[0]?.path).toBe('code');
    const other = core.call('clients.create', { code: 'OTHER', name: 'Other' });
    expect(errorOf(() => core.call('clients.update', { id: other.id, code: 'ACME' })).code).toBe('conflict');
  });

  it('archives a client with what hangs on it, and restores exactly that', () => {
    const client = core.call('clients.create', { code: 'ACME', name: 'Acme' });
    const site = core.call('sites.create', { clientId: client.id, name: 'Sede' });
    const kept = core.call('devices.create', { clientId: client.id, siteId: site.id, name: 'srv01', kind: 'server' });
    const gone = core.call('devices.create', { clientId: client.id, name: 'old-pc', kind: 'workstation' });
    core.call('devices.archive', { id: gone.id });

    core.call('clients.archive', { id: client.id });
    expect(core.call('clients.list', { archived: 'active' }).items).toEqual([]);
    expect(core.call('clients.list', { archived: 'archived' }).items.map((c) => c.id)).toEqual([client.id]);
    expect(core.call('devices.get', { id: kept.id }).archivedAt).not.toBeNull();
    expect(core.call('sites.get', { id: site.id }).archivedAt).not.toBeNull();

    core.call('clients.restore', { id: client.id });
    expect(core.call('devices.get', { id: kept.id }).archivedAt).toBeNull();
    expect(core.call('sites.get', { id: site.id }).archivedAt).toBeNull();
    expect(core.call('devices.get', { id: gone.id }).archivedAt).not.toBeNull();
  });

  it('creates a client with an SLA policy, the default when none is named, and refuses one that does not exist', () => {
    const policy = core.call('slaPolicies.create', {
      name: 'Ridotto',
      timezone: 'Europe/Rome',
      hours: [{ weekday: 1, start: '09:00', end: '13:00' }],
      holidays: { italian: true, dates: [] },
      targets: Object.fromEntries(['P1', 'P2', 'P3', 'P4'].map((p) => [p, { responseMinutes: 60, resolveMinutes: 120 }])) as never,
    });
    expect(core.call('clients.create', { code: 'WITH', name: 'With', slaPolicyId: policy.id }).slaPolicyId).toBe(policy.id);
    expect(core.call('clients.create', { code: 'NULL', name: 'Null', slaPolicyId: null }).slaPolicyId).toBeNull();
    expect(core.call('clients.create', { code: 'NONE', name: 'None' }).slaPolicyId).toBeNull();

    const before = core.store.read.value<number>('SELECT COUNT(*) FROM clients');
    const missing = errorOf(() => core.call('clients.create', { code: 'GONE', name: 'Gone', slaPolicyId: 'sla_missing' }));
    expect(missing.code).toBe('invalid_input');
    expect(missing.fields?.[0]?.path).toBe('slaPolicyId');
    expect(errorOf(() => core.callRaw('clients.create', { code: 'EMPTY', name: 'Empty', slaPolicyId: '' })).fields?.[0]?.path).toBe('slaPolicyId');
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM clients')).toBe(before);
  });

  it('answers not_found for an unknown id and forbidden for a role that may not write clients', () => {
    expect(errorOf(() => core.call('clients.get', { id: 'cli_nope' })).code).toBe('not_found');
    expect(errorOf(() => core.call('clients.create', { code: 'TECH', name: 'T' }, testTechnician)).code).toBe('forbidden');
    expect(core.call('clients.list', { archived: 'active' }, testTechnician).items).toEqual([]);
    expect(errorOf(() => core.callRaw('clients.explode', {})).code).toBe('not_found');
  });

  it('records every field it writes in the change log with increasing clock stamps', () => {
    const client = core.call('clients.create', { code: 'ACME', name: 'Acme' });
    core.call('clients.update', { id: client.id, name: 'Acme 2' });
    const changes = core.store.read.all<{ hlc: string; col: string; value: string }>(
      "SELECT hlc, col, value FROM changes WHERE tbl = 'clients' AND row_id = ? ORDER BY seq",
      [client.id],
    );
    expect(changes.map((c) => c.col)).toEqual(expect.arrayContaining(['code', 'name', 'timezone', 'created_at', 'updated_at']));
    expect(changes.at(-2)).toMatchObject({ col: 'name', value: '"Acme 2"' });
    const stamps = changes.map((c) => c.hlc);
    expect(stamps).toEqual([...stamps].sort());
    // An update that changes nothing records nothing.
    core.call('clients.update', { id: client.id, name: 'Acme 2' });
    expect(core.store.read.value<number>("SELECT COUNT(*) FROM changes WHERE tbl = 'clients'")).toBe(changes.length);
  });
});
