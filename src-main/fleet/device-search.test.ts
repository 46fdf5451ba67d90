import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../core/testing';

let core: TestCore;
const ids: Record<string, string> = {};

beforeAll(() => {
  core = openTestCore();
  const acme = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
  const beta = core.call('clients.create', { code: 'BETA', name: 'Beta' }).id;
  const milano = core.call('sites.create', { clientId: acme, name: 'Milano' }).id;
  const devices = [
    { key: 'dc', clientId: acme, siteId: milano, name: 'srv-dc01', kind: 'server', ip: '10.0.0.10', serial: 'CZJ1234XYZ', os: 'Windows Server 2022', tags: ['backup'], warrantyEnd: '2025-01-31', criticality: 'critical' },
    { key: 'fs', clientId: acme, siteId: milano, name: 'srv-fs01', kind: 'server', ip: '10.0.0.9', os: 'Windows Server 2022', tags: ['backup', 'pci'], warrantyEnd: '2028-06-30', criticality: 'high' },
    { key: 'pc', clientId: acme, name: 'acme-ws-001', hostname: 'acme-ws-001.acme.local', kind: 'workstation', ip: '10.0.0.101', os: 'Windows 11 Pro', criticality: 'low' },
    { key: 'fw', clientId: beta, name: 'Firewall', kind: 'firewall', ip: '192.168.1.1', mac: '00:09:0F:AA:BB:CC', os: 'FortiOS 7.4', criticality: 'critical' },
    { key: 'old', clientId: beta, name: 'old-printer', kind: 'printer', ip: '192.168.1.50' },
  ];
  for (const { key, ...fields } of devices) ids[key] = (core.callRaw('devices.create', fields) as { id: string }).id;
  core.call('devices.archive', { id: ids.old! });
});
afterAll(() => core.close());

const search = (input: Parameters<TestCore['call']>[1] & object) => core.call('devices.search', input as never);
const names = (input: object) => search(input).items.map((d) => d.name);

describe('devices.search', () => {
  it('finds by a part of a name, hostname, IP, serial, MAC or tag', () => {
    expect(names({ query: 'dc01' })).toEqual(['srv-dc01']);
    expect(names({ query: 'acme.local' })).toEqual(['acme-ws-001']);
    expect(names({ query: '10.0.0.1' })).toEqual(['acme-ws-001', 'srv-dc01']);
    expect(names({ query: 'j1234x' })).toEqual(['srv-dc01']);
    expect(names({ query: 'AA:BB' })).toEqual(['Firewall']);
    expect(names({ query: 'pci' })).toEqual(['srv-fs01']);
    expect(names({ query: 'srv 2022' })).toEqual([]);
    expect(names({ query: 'srv fs' })).toEqual(['srv-fs01']);
    expect(names({ query: 'nothing-like-this' })).toEqual([]);
  });

  it('treats search text literally, even FTS and LIKE syntax', () => {
    expect(names({ query: '"srv' })).toEqual([]);
    expect(names({ query: 'srv*' })).toEqual([]);
    expect(names({ query: '%' })).toEqual([]);
  });

  it('filters by client, site, kind, OS, tag, warranty and archive state', () => {
    const [acme, beta] = core.call('clients.list', { archived: 'active' }).items.map((c) => c.id);
    expect(names({ clientId: beta })).toEqual(['Firewall']);
    expect(names({ clientId: acme, kind: 'server' })).toEqual(['srv-dc01', 'srv-fs01']);
    expect(names({ os: 'Windows 11 Pro' })).toEqual(['acme-ws-001']);
    expect(names({ tag: 'backup' })).toEqual(['srv-dc01', 'srv-fs01']);
    expect(names({ warrantyBefore: '2026-01-01' })).toEqual(['srv-dc01']);
    expect(names({ archived: 'archived' })).toEqual(['old-printer']);
    expect(names({ archived: 'all', clientId: beta })).toEqual(['Firewall', 'old-printer']);
    const site = core.call('sites.list', { archived: 'active' }).items[0]!.id;
    expect(names({ siteId: site })).toEqual(['srv-dc01', 'srv-fs01']);
  });

  it('sorts by IP as numbers, by criticality by weight, and in both directions', () => {
    expect(search({ sort: { by: 'ip', dir: 'asc' } }).items.map((d) => d.ip)).toEqual(['10.0.0.9', '10.0.0.10', '10.0.0.101', '192.168.1.1']);
    expect(names({ sort: { by: 'criticality', dir: 'desc' } }).slice(0, 2).sort()).toEqual(['Firewall', 'srv-dc01']);
    expect(names({ sort: { by: 'name', dir: 'desc' } })).toEqual(['srv-fs01', 'srv-dc01', 'Firewall', 'acme-ws-001']);
    expect(names({ sort: { by: 'warrantyEnd', dir: 'asc' } }).slice(0, 2)).toEqual(['srv-dc01', 'srv-fs01']);
  });

  it('pages with a cursor until the total is reached', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = search({ limit: 1, cursor, sort: { by: 'name', dir: 'asc' } });
      expect(page.total).toBe(4);
      seen.push(...page.items.map((d) => d.name));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(['acme-ws-001', 'Firewall', 'srv-dc01', 'srv-fs01']);
    expect(names({ offset: 2, limit: 1 })).toEqual(['srv-dc01']);
  });

  it('rejects a forged cursor', () => {
    expect(() => search({ cursor: 'bm90LWEtY3Vyc29y' })).toThrow(/cursor/);
  });

  it('gives OS and tag facets for the filters', () => {
    const facets = core.call('devices.facets', {});
    expect(facets.tags).toEqual([
      { value: 'backup', count: 2 },
      { value: 'pci', count: 1 },
    ]);
    expect(facets.os[0]).toEqual({ value: 'Windows Server 2022', count: 2 });
  });
});
