import { archetypes, commonClientNotes, fallbackArchetypes, type Archetype } from './companies';
import { clientContacts, contact, PeoplePicker, type ContactContext, type EmailStyle } from './contacts';
import { buildDevice } from './devices';
import { AddressPool, formatCidr, ipv4, prefixFor, type Network } from './network';
import { planSite, type ClientKit, type HostnameConvention, type Planned, type SiteKit } from './plan';
import { homeRegions, industrialStreets, smallTowns, squares, streets, towns, townsByRegion, type Town } from './places';
import { createRng, type Rng } from './prng';
import type { DemoClient, DemoContactInput, DemoFleet, DemoFleetOptions, DemoSite } from './types';

export const DEFAULT_DEVICES_PER_CLIENT = 80;
export const DEFAULT_SEED = 1;
export const DEFAULT_TODAY = '2026-11-01';

const deck: readonly Archetype[] = archetypes.flatMap((a) => Array.from({ length: a.deck }, () => a));
/** Average device count of a dealt deck: what `devicesPerClient` is scaled against. */
const deckMean = deck.reduce((sum, a) => sum + (a.size[0] + a.size[1]) / 2, 0) / deck.length;

interface Draft {
  archetype: Archetype;
  town: Town;
  name: string;
  code: string;
  domain: string;
  family?: string;
  raw: number;
  siteCount: number;
}

/**
 * A believable client base for an Italian MSP: studios, shops, hotels, schools, comuni, factories,
 * hauliers; sites at real-looking addresses with private networks; devices with consistent
 * hardware, OS, addresses and MACs. Pure: the same options give the same fleet.
 */
export function generateDemoFleet(options: DemoFleetOptions): DemoFleet {
  const { clients, devicesPerClient = DEFAULT_DEVICES_PER_CLIENT, seed = DEFAULT_SEED, today = DEFAULT_TODAY } = options;
  if (!Number.isInteger(clients) || clients < 0) throw new RangeError('clients must be a whole number, 0 or more');
  if (!(devicesPerClient > 0)) throw new RangeError('devicesPerClient must be more than 0');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError('today must be a date as YYYY-MM-DD');

  const rng = createRng(seed);
  const drafts = draftClients(rng, clients);

  // Sizes follow each archetype, scaled so the fleet averages devicesPerClient.
  const scale = devicesPerClient / deckMean;
  const scaled = drafts.reduce((sum, d) => sum + d.raw * scale, 0);
  const correction = scaled > 0 ? Math.min(1.33, Math.max(0.75, (clients * devicesPerClient) / scaled)) : 1;

  const macs = new Map<string, Set<number>>();
  const dates = new Map<number, string>();
  return {
    clients: drafts.map((draft) => buildClient(rng, draft, Math.max(draft.siteCount * 3, Math.round(draft.raw * scale * correction)), { macs, dates, today })),
  };
}

function draftClients(rng: Rng, count: number): Draft[] {
  const names = new Set<string>();
  const codes = new Set<string>();
  const drafts: Draft[] = [];
  let hand: Archetype[] = [];
  for (let i = 0; i < count; i += 1) {
    if (hand.length === 0) hand = rng.shuffle(deck);
    const dealt = hand.pop()!;
    const identity = nameClient(rng, dealt, names);
    names.add(identity.name);
    const code = uniqueCode(identity.key, identity.town, codes);
    codes.add(code);
    const a = identity.archetype;
    drafts.push({ ...identity, code, archetype: a, raw: rng.int(a.size[0], a.size[1]), siteCount: rng.pick(a.sites) });
  }
  return drafts;
}

function nameClient(rng: Rng, dealt: Archetype, taken: Set<string>) {
  for (const archetype of [dealt, ...rng.shuffle(fallbackArchetypes)]) {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const town = headOfficeTown(rng, archetype);
      const name = archetype.name(rng, town);
      if (!taken.has(name.name)) return { archetype, town, ...name };
    }
  }
  const town = headOfficeTown(rng, dealt);
  const name = dealt.name(rng, town);
  let n = 2;
  while (taken.has(`${name.name} (${n})`)) n += 1;
  return { archetype: dealt, town, ...name, name: `${name.name} (${n})` };
}

function headOfficeTown(rng: Rng, archetype: Archetype): Town {
  if (archetype.smallTown) return rng.pick(smallTowns);
  return rng.pick(townsByRegion.get(rng.weighted(homeRegions)) ?? towns);
}

/** Client codes: the key ("BIANCHI"), then with the province ("BIANCHI-RE"), then numbered. */
function uniqueCode(key: string, town: Town, taken: Set<string>): string {
  const clean = (value: string) => value.replace(/[^A-Z0-9-]/g, '').replace(/^-+|-+$/g, '');
  const base = clean(key).padEnd(2, 'X');
  const candidates = [clean(base.slice(0, 16)), `${clean(base.slice(0, 13))}-${town.province}`];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n += 1) {
    const candidate = `${clean(base.slice(0, 15 - String(n).length))}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// ---- one client

const endpointBrands = [['dell', 40], ['hp', 35], ['lenovo', 25]] as const;
const serverBrands = [['dell', 45], ['hpe', 40], ['lenovo', 15]] as const;
const hypervisorChoices = [['vmware', 50], ['hyperv', 30], ['proxmox', 20]] as const;
const firewallBrands = [['fortinet', 60], ['sophos', 20], ['watchguard', 20]] as const;
const networkBrands = [['ubiquiti', 40], ['aruba', 25], ['cisco', 15], ['hpe', 20]] as const;
const printerBrands = [['hp', 30], ['brother', 20], ['kyocera', 20], ['canon', 12], ['epson', 8], ['ricoh', 10]] as const;
const conventions: readonly (readonly [HostnameConvention, number])[] = [['prefix', 45], ['upper', 30], ['site', 25]];
const emailStyles: readonly (readonly [EmailStyle, number])[] = [['first.last', 60], ['f.last', 25], ['first', 15]];

interface SiteDraft {
  kit: SiteKit;
  town: Town;
  address: string;
}

function buildClient(rng: Rng, draft: Draft, total: number, shared: Pick<ClientKit, 'macs' | 'dates' | 'today'>): DemoClient {
  const a = draft.archetype;
  const people = new PeoplePicker(rng);
  const emailStyle = a.id === 'comune' || a.id === 'school' ? 'first.last' : total < 40 ? rng.weighted(emailStyles) : rng.chance(0.7) ? 'first.last' : 'f.last';
  const contactContext: ContactContext = { rng, people, domain: draft.domain, emailStyle };
  const { contacts, owner } = clientContacts(contactContext, a, draft.town, draft.family);

  const segments = draft.code.split('-');
  const prefixSource = segments.find((s) => s.length >= 4 && /^[A-Z]/.test(s)) ?? segments[0] ?? 'CLI';
  const kit: ClientKit = {
    rng,
    archetype: a,
    total,
    endpoint: rng.weighted(endpointBrands),
    server: rng.weighted(serverBrands),
    hypervisor: rng.weighted(hypervisorChoices),
    firewall: rng.weighted(firewallBrands),
    network: rng.weighted(networkBrands),
    printer: rng.weighted(printerBrands),
    nas: rng.chance(0.75) ? 'synology' : 'qnap',
    convention: rng.weighted(conventions),
    prefix: (prefixSource.replace(/[^A-Z]/g, '').toLowerCase() + 'xxx').slice(0, 3),
    owner: `${owner.first} ${owner.last}`,
    ...shared,
    counters: new Map(),
  };

  const sites = draftSites(rng, draft, total);
  const plans = sites.map((site) => planSite(kit, site.kit));
  const largest = Math.max(...plans.map((plan) => plan.length));
  const scheme: Scheme =
    largest <= 180 && rng.chance(0.45)
      ? { kind: '192', third: rng.pick([0, 1, 1, 10, 20, 50]), step: rng.pick([1, 1, 10]) }
      : { kind: '10', second: rng.int(1, 254) };

  const demoSites: DemoSite[] = sites.map((site, index) => {
    const plan = plans[index]!;
    const layout = layoutSite(rng, a, scheme, index, plan);
    const devices = assignAddresses(plan, layout).map(({ planned, ip }) => buildDevice(kit, site.kit, planned, ip));
    const siteContacts: DemoContactInput[] = [];
    if (!site.kit.isHq ? rng.chance(0.65) : rng.chance(0.15)) siteContacts.push(contact(contactContext, rng.pick(a.siteRoles), site.town).contact);
    return {
      site: {
        name: site.kit.name,
        address: site.address,
        networks: layout.networks.map(formatCidr),
        notes: siteNotes(rng, layout),
      },
      devices,
      contacts: siteContacts,
    };
  });

  return {
    client: { code: draft.code, name: draft.name, timezone: 'Europe/Rome', notes: clientNotes(rng, a) },
    sites: demoSites,
    contacts,
  };
}

function draftSites(rng: Rng, draft: Draft, total: number): SiteDraft[] {
  const a = draft.archetype;
  const names = new Set<string>();
  const usedTowns = new Set<string>([draft.town.name]);
  const slugs = new Map<string, number>();
  const weights: number[] = [];
  const drafts: { name: string; town: Town; address: string; isHq: boolean }[] = [];

  for (let i = 0; i < draft.siteCount; i += 1) {
    const isHq = i === 0;
    const town = isHq || a.sameTown ? draft.town : branchTown(rng, a, draft.town, usedTowns);
    usedTowns.add(town.name);
    let name = isHq ? a.hqSite(rng, town) : a.branchSite(rng, town);
    for (let attempt = 0; names.has(name) && attempt < 8; attempt += 1) name = a.branchSite(rng, town);
    for (let n = 2; names.has(name); n += 1) name = `${a.branchSite(rng, town)} ${n}`;
    names.add(name);
    drafts.push({ name, town, address: address(rng, a, town, isHq), isHq });
    weights.push(isHq ? 1 + rng.float(0, 0.3) : rng.float(a.branchWeight[0], a.branchWeight[1]));
  }

  // Three devices per site at least, the rest split by weight; rounding goes to the head office.
  const spare = Math.max(0, total - 3 * drafts.length);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => 3 + Math.floor((spare * w) / weightSum));
  counts[0] = (counts[0] ?? 0) + (total - counts.reduce((s, c) => s + c, 0));

  return drafts.map((d, i) => {
    const base = d.town.province.toLowerCase();
    const seen = (slugs.get(base) ?? 0) + 1;
    slugs.set(base, seen);
    return { town: d.town, address: d.address, kit: { name: d.name, slug: seen === 1 ? base : `${base}${seen}`, isHq: d.isHq, devices: counts[i] ?? 3 } };
  });
}

function branchTown(rng: Rng, a: Archetype, home: Town, used: Set<string>): Town {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const pool = a.nationwide && rng.chance(0.5) ? towns : rng.chance(0.85) ? (townsByRegion.get(home.region) ?? towns) : (townsByRegion.get(rng.weighted(homeRegions)) ?? towns);
    const town = rng.pick(pool);
    if (!used.has(town.name)) return town;
  }
  return rng.pick(towns);
}

function address(rng: Rng, a: Archetype, town: Town, isHq: boolean): string {
  let street: string;
  let number = String(rng.int(1, 180));
  if (a.id === 'comune' && isHq) {
    street = rng.pick(squares);
    number = '1';
  } else if (a.industrial && rng.chance(0.8)) street = rng.pick(industrialStreets);
  else if (town.local && rng.chance(0.3)) street = rng.pick(town.local);
  else street = rng.pick(streets);
  if (rng.chance(0.08)) number += rng.pick(['/A', '/B', '/C']);
  return `${street} ${number}, ${town.cap} ${town.name} ${town.province}`;
}

// ---- addressing

type Scheme = { kind: '192'; third: number; step: number } | { kind: '10'; second: number };

interface Layout {
  networks: Network[];
  infra: AddressPool;
  users: AddressPool;
  vlan: boolean;
  guest: boolean;
}

const userKinds = new Set<Planned['kind']>(['workstation', 'laptop', 'printer']);
const guestWifi = new Set(['hotel', 'school', 'rsa', 'clinic']);

function layoutSite(rng: Rng, a: Archetype, scheme: Scheme, index: number, plan: Planned[]): Layout {
  const users = plan.filter((p) => userKinds.has(p.kind)).length;
  const guest = guestWifi.has(a.id) && plan.length >= 20;
  if (scheme.kind === '192') {
    const lan: Network = { base: ipv4(192, 168, (scheme.third + index * scheme.step) % 256, 0), prefix: 24 };
    const pool = new AddressPool(lan);
    const networks = [lan];
    if (guest) networks.push({ base: ipv4(172, 16, (index * 4) % 256, 0), prefix: 22 });
    return { networks, infra: pool, users: pool, vlan: false, guest };
  }
  const block = (index % 16) * 16;
  const vlan = plan.length > 150 || (plan.length > 40 && rng.chance(0.5));
  const infraNet: Network = { base: ipv4(10, scheme.second, block, 0), prefix: 24 };
  const infra = new AddressPool(infraNet);
  const networks = [infraNet];
  let userPool = infra;
  if (vlan) {
    const userNet: Network = { base: ipv4(10, scheme.second, block + 4, 0), prefix: prefixFor(users + 60) };
    userPool = new AddressPool(userNet);
    networks.push(userNet);
  }
  if (guest) networks.push({ base: ipv4(10, scheme.second, block + 8, 0), prefix: 22 });
  return { networks, infra, users: userPool, vlan, guest };
}

/** Gateway and switches first, servers from .10, endpoints from .100 (or .50 on a user VLAN) when they fit. */
function assignAddresses(plan: Planned[], layout: Layout): { planned: Planned; ip: string }[] {
  const remaining = (from: number, pool: AddressPool) => plan.slice(from).filter((p) => poolOf(p, layout) === pool).length;
  let serversStarted = false;
  let printersStarted = false;
  let endpointsStarted = false;
  return plan.map((planned, i) => {
    const pool = poolOf(planned, layout);
    if (!serversStarted && ['server', 'vm', 'nas', 'other', 'access_point'].includes(planned.kind)) {
      serversStarted = true;
      layout.infra.skipTo(10, remaining(i, layout.infra));
    }
    if (!printersStarted && planned.kind === 'printer' && layout.vlan) {
      printersStarted = true;
      pool.skipTo(10, remaining(i, pool));
    }
    if (!endpointsStarted && (planned.kind === 'workstation' || planned.kind === 'laptop')) {
      endpointsStarted = true;
      pool.skipTo(layout.vlan ? 50 : 100, remaining(i, pool));
    }
    return { planned, ip: pool.take() };
  });
}

function poolOf(planned: Planned, layout: Layout): AddressPool {
  return userKinds.has(planned.kind) ? layout.users : layout.infra;
}

// ---- notes

const connectivity = [
  'FTTH 1 Gbps con backup FWA.',
  'FTTC 200 Mbps; backup 4G sul firewall.',
  'Fibra dedicata 100/100 Mbps con IP statici.',
  'Due linee FTTH in SD-WAN.',
  'Connettività radio (FWA) 100 Mbps: latenza variabile.',
];
const racks = [
  'Rack nel locale tecnico al piano terra; chiave in reception.',
  'Armadio rack nel seminterrato, accesso con il referente.',
  'Rack a muro nel ripostiglio dietro la segreteria.',
  'CED climatizzato al primo piano, accesso con badge.',
  'Armadio di rete in magazzino, vicino al quadro elettrico.',
];

function siteNotes(rng: Rng, layout: Layout): string {
  const parts: string[] = [];
  if (layout.vlan) parts.push(`VLAN 10 server e apparati, VLAN 20 utenti${layout.guest ? ', VLAN 30 ospiti' : ''}.`);
  else if (layout.guest) parts.push('Wi-Fi ospiti su rete separata.');
  if (rng.chance(0.5)) parts.push(rng.pick(connectivity));
  if (rng.chance(0.35)) parts.push(rng.pick(racks));
  return parts.join(' ');
}

function clientNotes(rng: Rng, a: Archetype): string {
  if (rng.chance(0.2)) return '';
  const pool = [...a.notes, ...commonClientNotes];
  const first = rng.pick(pool);
  if (rng.chance(0.5)) return first;
  const second = rng.pick(pool);
  return second === first ? first : `${first} ${second}`;
}
