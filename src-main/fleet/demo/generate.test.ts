import { describe, expect, it } from 'vitest';
import { clientCreateInput, contactCreateInput, deviceCreateInput, siteCreateInput } from '../schemas';
import { DEFAULT_TODAY, generateDemoFleet, type DemoFleet } from './index';
import { addDays } from './text';

const defaultFleet = generateDemoFleet({ clients: 25 });
const bigFleet = generateDemoFleet({ clients: 500, devicesPerClient: 100 });

function counts(fleet: DemoFleet) {
  let sites = 0;
  let devices = 0;
  let contacts = 0;
  for (const { sites: clientSites, contacts: clientContacts } of fleet.clients) {
    contacts += clientContacts.length;
    for (const site of clientSites) {
      sites += 1;
      devices += site.devices.length;
      contacts += site.contacts.length;
    }
  }
  return { clients: fleet.clients.length, sites, devices, contacts };
}

const allDevices = (fleet: DemoFleet) => fleet.clients.flatMap((c) => c.sites.flatMap((s) => s.devices));

function parseIp(address: string): number {
  const parts = address.split('.').map(Number);
  expect(parts).toHaveLength(4);
  return parts.reduce((acc, part) => acc * 256 + part, 0);
}

function inNetwork(address: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = parseIp(base!);
  const ip = parseIp(address);
  return start % size === 0 && ip > start && ip < start + size - 1;
}

/** Parses everything with the API's own schemas; the values must already be in their normal form. */
function expectValid(fleet: DemoFleet) {
  for (const { client, sites, contacts } of fleet.clients) {
    expect(clientCreateInput.parse(client)).toEqual(client);
    for (const contact of contacts) {
      const input = { ...contact, clientId: 'client-1', siteId: null };
      expect(contactCreateInput.parse(input)).toEqual(input);
    }
    for (const { site, devices, contacts: siteContacts } of sites) {
      const siteInput = { ...site, clientId: 'client-1' };
      expect(siteCreateInput.parse(siteInput)).toEqual(siteInput);
      for (const contact of siteContacts) {
        const input = { ...contact, clientId: 'client-1', siteId: 'site-1' };
        expect(contactCreateInput.parse(input)).toEqual(input);
      }
      for (const device of devices) {
        const input = { ...device, clientId: 'client-1', siteId: 'site-1' };
        const result = deviceCreateInput.safeParse(input);
        if (!result.success) throw new Error(`${device.hostname}: ${result.error.message}`);
        expect(result.data).toEqual(input);
      }
    }
  }
}

describe('generateDemoFleet', () => {
  it('gives the default demo about 25 clients, 60 sites and 2,000 devices', () => {
    const { clients, sites, devices, contacts } = counts(defaultFleet);
    expect(clients).toBeGreaterThanOrEqual(20);
    expect(clients).toBeLessThanOrEqual(30);
    expect(sites).toBeGreaterThanOrEqual(50);
    expect(sites).toBeLessThanOrEqual(70);
    expect(devices).toBeGreaterThanOrEqual(1800);
    expect(devices).toBeLessThanOrEqual(2200);
    expect(contacts).toBeGreaterThan(clients * 2);
  });

  it('passes the zod schemas for every client, site, contact and device', () => {
    expectValid(defaultFleet);
  });

  it('keeps client codes unique and in the schema pattern', () => {
    const codes = defaultFleet.clients.map((c) => c.client.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9][A-Z0-9_-]{1,15}$/);
  });

  it('hands out unique MACs across the whole fleet', () => {
    const macs = allDevices(defaultFleet).map((d) => d.mac);
    expect(macs.every((mac) => mac !== '')).toBe(true);
    expect(new Set(macs).size).toBe(macs.length);
  });

  it('puts every device address inside one of its site networks, once per site', () => {
    for (const client of defaultFleet.clients) {
      for (const { site, devices } of client.sites) {
        const networks = site.networks ?? [];
        expect(networks.length).toBeGreaterThan(0);
        const seen = new Set<string>();
        for (const device of devices) {
          expect(device.ip, `${client.client.code} ${device.hostname}`).not.toBe('');
          expect(networks.some((network) => inNetwork(device.ip!, network)), `${device.ip} in ${networks.join(', ')}`).toBe(true);
          expect(seen.has(device.ip!)).toBe(false);
          seen.add(device.ip!);
        }
      }
    }
  });

  it('gives each site one firewall, each client unique hostnames, and a workstation/laptop majority', () => {
    const kinds = new Map<string, number>();
    for (const client of defaultFleet.clients) {
      const hostnames = client.sites.flatMap((s) => s.devices.map((d) => d.hostname));
      expect(new Set(hostnames).size).toBe(hostnames.length);
      for (const { devices } of client.sites) {
        expect(devices.filter((d) => d.kind === 'firewall')).toHaveLength(1);
        for (const device of devices) kinds.set(device.kind, (kinds.get(device.kind) ?? 0) + 1);
      }
    }
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    expect(((kinds.get('workstation') ?? 0) + (kinds.get('laptop') ?? 0)) / total).toBeGreaterThan(0.5);
    for (const kind of ['server', 'vm', 'switch', 'access_point', 'printer', 'nas']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(0);
  });

  it('spreads warranties from two years back to four years ahead, some unknown', () => {
    const dates = allDevices(defaultFleet).map((d) => d.warrantyEnd ?? null);
    const known = dates.filter((d): d is string => d !== null).sort();
    expect(known.length).toBeGreaterThan(dates.length / 2);
    expect(known.length).toBeLessThan(dates.length);
    expect(known[0]! >= addDays(DEFAULT_TODAY, -730)).toBe(true);
    expect(known.at(-1)! <= addDays(DEFAULT_TODAY, 1460)).toBe(true);
    expect(known.some((d) => d < DEFAULT_TODAY) && known.some((d) => d > DEFAULT_TODAY)).toBe(true);
  });

  it('rates servers and firewalls high or critical', () => {
    for (const device of allDevices(defaultFleet)) {
      if (device.kind === 'server' || device.kind === 'firewall') expect(['high', 'critical']).toContain(device.criticality);
    }
  });

  it('looks Italian: addresses with CAP and province, +39 phones, e-mail on the client domain, Europe/Rome', () => {
    for (const { client, sites, contacts } of defaultFleet.clients) {
      expect(client.timezone).toBe('Europe/Rome');
      for (const { site } of sites) expect(site.address).toMatch(/^.+ \d+(\/[A-C])?, \d{5} .+ [A-Z]{2}$/);
      const domains = new Set(contacts.map((c) => c.email!.split('@')[1]));
      expect(domains.size).toBe(1);
      for (const contact of [...contacts, ...sites.flatMap((s) => s.contacts)]) expect(contact.phone).toMatch(/^\+39 \d/);
    }
  });

  it('is deterministic: same seed, same fleet; another seed, another fleet', () => {
    expect(generateDemoFleet({ clients: 25 })).toEqual(defaultFleet);
    expect(generateDemoFleet({ clients: 12, seed: 42 })).toEqual(generateDemoFleet({ clients: 12, seed: 42 }));
    expect(generateDemoFleet({ clients: 25, seed: 2 })).not.toEqual(defaultFleet);
  });

  it('scales to 500 clients and about 50,000 valid devices with unique codes and MACs', () => {
    const { clients, devices } = counts(bigFleet);
    expect(clients).toBe(500);
    expect(devices).toBeGreaterThanOrEqual(45_000);
    expect(devices).toBeLessThanOrEqual(55_000);
    const codes = bigFleet.clients.map((c) => c.client.code);
    expect(new Set(codes).size).toBe(codes.length);
    const macs = allDevices(bigFleet).map((d) => d.mac);
    expect(new Set(macs).size).toBe(macs.length);
    expectValid(bigFleet);
  });

  it('handles tiny and empty fleets', () => {
    expect(generateDemoFleet({ clients: 0 })).toEqual({ clients: [] });
    const one = generateDemoFleet({ clients: 1, devicesPerClient: 3 });
    expect(one.clients).toHaveLength(1);
    expectValid(one);
    expect(() => generateDemoFleet({ clients: -1 })).toThrow(RangeError);
  });
});
