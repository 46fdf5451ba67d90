import type { DeviceKind } from '../schemas';
import type { Archetype } from './companies';
import type { EndpointBrand, FirewallBrand, Hypervisor, NasBrand, NetworkBrand, PrinterBrand, ServerBrand } from './hardware';
import type { Rng } from './prng';

/** Which devices a site has: infrastructure sized to the site, servers at the head office, the rest endpoints. */

export type HostnameConvention = 'prefix' | 'upper' | 'site';

/** Per-client choices and running state, shared by planning and building. */
export interface ClientKit {
  rng: Rng;
  archetype: Archetype;
  /** Devices of the whole client (server sizing depends on it). */
  total: number;
  endpoint: Exclude<EndpointBrand, 'apple'>;
  server: ServerBrand;
  hypervisor: Hypervisor;
  firewall: FirewallBrand;
  network: NetworkBrand;
  printer: PrinterBrand;
  nas: NasBrand;
  convention: HostnameConvention;
  /** Three letters from the client code, e.g. "bia". */
  prefix: string;
  /** The client's owner or head, whose laptop is tagged "vip". */
  owner: string;
  today: string;
  /** MACs handed out so far across the whole fleet: the NIC parts used under each OUI. */
  macs: Map<string, Set<number>>;
  /** Warranty dates by day offset from `today`, computed once each. */
  dates: Map<number, string>;
  /** Hostname and name counters. */
  counters: Map<string, number>;
}

export interface SiteKit {
  name: string;
  /** Short lower-case site code for hostnames, e.g. "re", "mo2". */
  slug: string;
  isHq: boolean;
  devices: number;
}

export interface Planned {
  kind: DeviceKind;
  /** What the device does: "core", "host", "dc", "pos", "vip", "label", "ups"... */
  role: string;
}

/** The order addresses are handed out in, and devices listed in: gateway first, endpoints last. */
const kindRank: Record<DeviceKind, number> = {
  firewall: 0,
  switch: 1,
  server: 2,
  vm: 3,
  nas: 4,
  other: 5,
  access_point: 6,
  printer: 7,
  workstation: 8,
  laptop: 9,
};

const vmRoles = ['dc', 'fs', 'app', 'bck', 'sql', 'dc', 'rds', 'ps', 'web', 'mon', 'pbx', 'wsus', 'rds', 'ca', 'app', 'sql', 'fs'];
const vmRolesFor: Record<string, readonly string[]> = {
  manufacturer: ['erp', 'mes'],
  food: ['erp'],
  logistics: ['wms'],
  hotel: ['pms'],
  clinic: ['ris'],
  retail: ['pos'],
  comune: ['app'],
};

function virtualMachineRoles(archetype: Archetype, count: number): string[] {
  const roles = [...vmRoles.slice(0, 2), ...(vmRolesFor[archetype.id] ?? []), ...vmRoles.slice(2)];
  return Array.from({ length: count }, (_, i) => roles[i] ?? 'app');
}

export function planSite(kit: ClientKit, site: SiteKit): Planned[] {
  const { rng, archetype: a, total } = kit;
  const n = site.devices;
  const plan: Planned[] = [];
  let allowance = n - Math.max(1, Math.ceil(n * 0.45));
  const add = (kind: DeviceKind, role: string, count = 1) => {
    const granted = Math.max(0, Math.min(count, allowance));
    for (let i = 0; i < granted; i += 1) plan.push({ kind, role });
    allowance -= granted;
  };

  add('firewall', 'fw');
  if (n >= 6) add('switch', 'core');

  let hosts = 0;
  let standalone = 0;
  let vms = 0;
  if (site.isHq) {
    if (total < 15) standalone = rng.chance(0.15 + 0.3 * a.servers) ? 1 : 0;
    else if (total < 50) {
      if (rng.chance(0.35)) {
        hosts = 1;
        vms = rng.int(2, 3);
      } else standalone = rng.chance(0.2 + 0.8 * a.servers) ? 1 : 0;
    } else if (total < 150) {
      hosts = rng.chance(0.5) ? 2 : 1;
      vms = rng.int(3, 7);
    } else {
      hosts = rng.int(2, 4);
      vms = Math.min(30, Math.round(total * 0.035) + rng.int(2, 5));
    }
    if (a.servers < 0.5 && vms > 2) vms = Math.ceil(vms * (0.5 + a.servers));
  } else if (total >= 150 && n >= 40 && rng.chance(0.6)) {
    standalone = 1;
  }
  add('server', 'host', hosts);
  add('server', site.isHq ? 'srv' : 'dc', standalone);
  const nasCount = site.isHq ? (total < 15 ? (rng.chance(0.7) ? 1 : 0) : total > 150 ? 2 : 1) : n >= 25 && rng.chance(0.3) ? 1 : 0;
  add('nas', 'nas', nasCount);
  if (n >= 3) add('printer', n < 12 ? 'mfp' : 'desk');
  if (n >= 5) add('access_point', 'ap');
  if (hosts + standalone + nasCount > 0 && n >= 8) add('other', 'ups', hosts >= 3 ? 2 : 1);
  for (const role of virtualMachineRoles(a, vms)) add('vm', role);

  const printers = Math.max(0, Math.round(n * a.printerRatio) - 1);
  for (let i = 0; i < printers; i += 1) add('printer', rng.weighted([['desk', 5], ['mfp', 4], ['copier', n > 40 ? 2 : 0]]));
  if (a.extras.includes('label') && n >= 20) add('printer', 'label', Math.round(n * 0.03) + 1);
  add('access_point', 'ap', n >= 5 ? Math.max(0, Math.round(n * a.apRatio) - 1) : 0);
  add('switch', 'access', n > 24 ? Math.ceil(n / 40) : 0);
  if (a.extras.includes('nvr') && n >= 8 && rng.chance(site.isHq ? 0.7 : 0.35)) add('other', 'nvr');
  if (kit.network === 'ubiquiti' && site.isHq && n >= 10) add('other', 'ck');
  if (a.extras.includes('plc') && n >= 30) add('other', 'plc', rng.int(1, 3));

  const endpoints = n - plan.length;
  const laptops = Math.min(endpoints, Math.max(0, Math.round(endpoints * Math.min(0.95, Math.max(0, a.laptopShare + rng.float(-0.08, 0.08))))));
  const workstations = endpoints - laptops;
  for (let i = 0; i < workstations; i += 1) {
    plan.push({ kind: 'workstation', role: rng.chance(a.posShare) ? 'pos' : rng.chance(a.cadShare) ? 'cad' : 'std' });
  }
  for (let i = 0; i < laptops; i += 1) plan.push({ kind: 'laptop', role: site.isHq && i === 0 ? 'vip' : 'std' });

  return plan.sort((x, y) => kindRank[x.kind] - kindRank[y.kind]);
}
