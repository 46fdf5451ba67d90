import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';

let core: TestCore;
let clientId: string;
let siteId: string;
beforeEach(() => {
  core = openTestCore();
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
  siteId = core.call('sites.create', { clientId, name: 'Sede Milano', networks: ['192.168.10.0/24'] }).id;
});
afterEach(() => core.close());


describe('devices', () => {
  it('records a device with normalised fields and reads it back with its client and site', () => {
    const device = core.call('devices.create', {
      clientId,
      siteId,
      name: 'srv-dc01',
      kind: 'server',
      ip: '192.168.10.5',
      mac: '00-1a-2b-3c-4d-5e',
      tags: ['Backup', 'backup', 'pci'],
      warrantyEnd: '2027-03-31',
    });
    expect(device).toMatchObject({ mac: '00:1A:2B:3C:4D:5E', tags: ['backup', 'pci'], criticality: 'medium', siteId });
    expect(core.call('devices.get', { id: device.id })).toMatchObject({ clientName: 'Acme', clientCode: 'ACME', siteName: 'Sede Milano' });
  });

  it.each([
    ['ip', { ip: '192.168.1.300' }],
    ['ip', { ip: 'fileserver' }],
    ['mac', { mac: '00:1A:2B:3C:4D' }],
    ['mac', { mac: 'zz:1A:2B:3C:4D:5E' }],
    ['name', { name: '' }],
    ['kind', { kind: 'toaster' }],
    ['warrantyEnd', { warrantyEnd: '2027-02-30' }],
    ['hostname', { hostname: 'bad host name' }],
    ['tags.0', { tags: ['has space'] }],
  ])('refuses a bad %s and writes nothing', (path, bad) => {
    const error = errorOf(() => core.callRaw('devices.create', { clientId, name: 'pc', kind: 'laptop', ...bad }));
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.map((f) => f.path)).toContain(path);
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM devices')).toBe(0);
  });

  it('accepts IPv6 and dotted MAC forms', () => {
    const device = core.call('devices.create', { clientId, name: 'fw', kind: 'firewall', ip: 'fe80::1', mac: '001a.2b3c.4d5e' });
    expect(device).toMatchObject({ ip: 'fe80::1', mac: '00:1A:2B:3C:4D:5E' });
  });

  it('refuses a site of another client, or an archived client', () => {
    const other = core.call('clients.create', { code: 'OTHER', name: 'Other' });
    expect(errorOf(() => core.call('devices.create', { clientId: other.id, siteId, name: 'x', kind: 'nas' })).fields?.[0]?.path).toBe('siteId');
    core.call('clients.archive', { id: other.id });
    expect(errorOf(() => core.call('devices.create', { clientId: other.id, name: 'x', kind: 'nas' })).code).toBe('conflict');
    expect(errorOf(() => core.call('devices.create', { clientId: 'cli_missing', name: 'x', kind: 'nas' })).code).toBe('not_found');
  });

  it('updates only what it names, archives and restores', () => {
    const device = core.call('devices.create', { clientId, siteId, name: 'pc-01', kind: 'workstation', os: 'Windows 11 Pro' });
    const updated = core.call('devices.update', { id: device.id, ip: '192.168.10.44' });
    expect(updated).toMatchObject({ ip: '192.168.10.44', os: 'Windows 11 Pro', siteId, name: 'pc-01' });
    const moved = core.call('devices.update', { id: device.id, siteId: null });
    expect(moved.siteId).toBeNull();

    core.call('devices.archive', { id: device.id });
    expect(core.call('devices.search', { archived: 'active' }).total).toBe(0);
    expect(core.call('devices.search', { archived: 'archived' }).items.map((d) => d.id)).toEqual([device.id]);
    core.call('devices.restore', { id: device.id });
    expect(core.call('devices.search', { archived: 'active' }).total).toBe(1);
  });

  it('lets a technician record devices but not archive them', () => {
    const device = core.call('devices.create', { clientId, name: 'ap-01', kind: 'access_point' }, testTechnician);
    expect(errorOf(() => core.call('devices.archive', { id: device.id }, testTechnician)).code).toBe('forbidden');
  });
});

describe('sites and contacts', () => {
  it('validates networks and contact details', () => {
    expect(errorOf(() => core.callRaw('sites.create', { clientId, name: 'x', networks: ['10.0.0.0/33'] })).fields?.[0]?.path).toBe('networks.0');
    expect(errorOf(() => core.callRaw('contacts.create', { clientId, name: 'Mario', email: 'mario@' })).fields?.[0]?.path).toBe('email');
    expect(errorOf(() => core.callRaw('contacts.create', { clientId, name: 'Mario', phone: 'call me' })).fields?.[0]?.path).toBe('phone');
  });

  it('archives a site with its devices and contacts', () => {
    const contact = core.call('contacts.create', { clientId, siteId, name: 'Mario Rossi', role: 'Referente IT', phone: '+39 02 1234567' });
    const device = core.call('devices.create', { clientId, siteId, name: 'nas', kind: 'nas' });
    core.call('sites.archive', { id: siteId });
    expect(core.call('contacts.list', { clientId, archived: 'active' }).items).toEqual([]);
    expect(core.call('devices.get', { id: device.id }).archivedAt).not.toBeNull();
    core.call('sites.restore', { id: siteId });
    expect(core.call('contacts.list', { clientId, archived: 'active' }).items.map((c) => c.id)).toEqual([contact.id]);
    expect(core.call('sites.list', { clientId, archived: 'active' }).items[0]).toMatchObject({ deviceCount: 1, clientName: 'Acme' });
  });
});
