import type { criticalities } from '../schemas';
import {
  cloudKey,
  endpoints,
  firewalls,
  hypervisors,
  labelPrinters,
  legacyOs,
  linuxServer,
  nas,
  nvr,
  plcGateway,
  printers,
  servers,
  switching,
  ups,
  windowsServer,
  type EndpointBrand,
  type Model,
} from './hardware';
import { firstNames, surnames } from './names';
import type { ClientKit, Planned, SiteKit } from './plan';
import type { Rng } from './prng';
import { addDays, pad } from './text';
import type { DemoDeviceInput } from './types';

/** Turns a planned device into a full record: name, hostname, hardware, OS, MAC, serial, warranty, tags. */

type Criticality = (typeof criticalities)[number];

interface RoleInfo {
  label: string;
  linux?: boolean;
  criticality: Criticality;
}

const serverRoles: Record<string, RoleInfo> = {
  dc: { label: 'Domain Controller', criticality: 'critical' },
  fs: { label: 'File server', criticality: 'high' },
  app: { label: 'Server applicativo', criticality: 'high' },
  erp: { label: 'ERP', criticality: 'critical' },
  mes: { label: 'MES produzione', criticality: 'high' },
  wms: { label: 'WMS magazzino', criticality: 'critical' },
  pms: { label: 'PMS alberghiero', criticality: 'critical' },
  ris: { label: 'RIS/PACS', criticality: 'critical' },
  pos: { label: 'Server casse', criticality: 'high' },
  sql: { label: 'SQL Server', criticality: 'critical' },
  bck: { label: 'Backup Veeam', criticality: 'high' },
  rds: { label: 'Terminal server', criticality: 'high' },
  ps: { label: 'Print server', criticality: 'medium' },
  web: { label: 'Intranet', linux: true, criticality: 'medium' },
  mon: { label: 'Monitoraggio', linux: true, criticality: 'medium' },
  pbx: { label: 'Centralino 3CX', linux: true, criticality: 'high' },
  wsus: { label: 'WSUS', criticality: 'low' },
  ca: { label: 'Certification Authority', criticality: 'medium' },
};

const notesByKind: Record<string, readonly string[]> = {
  workstation: [
    'Gestionale installato in locale.',
    'Lettore smart card per la firma digitale.',
    'Licenza Office 2019 OEM, da migrare a Microsoft 365.',
    'Collegata al plotter dell’ufficio tecnico.',
    'Doppio monitor; docking da sostituire.',
  ],
  laptop: [
    'Cifratura BitLocker attiva; chiave di ripristino in Entra ID.',
    'Assegnato per lo smart working.',
    'Batteria in esaurimento: preventivo inviato.',
    'Usato anche per le presentazioni in sala riunioni.',
  ],
  server: [
    'RAID 5 su 4 dischi; un disco sostituito quest’anno.',
    'Console di gestione raggiungibile solo dalla VLAN server.',
    'Assistenza hardware on-site NBD.',
    'Da dismettere dopo la migrazione.',
  ],
  vm: ['Snapshot prima di ogni aggiornamento del gestionale.', 'Da dismettere dopo la migrazione.', 'Backup giornaliero alle 22:00.'],
  firewall: ['VPN site-to-site verso la sede.', 'Licenza UTM in scadenza: preventivo inviato.', 'Due linee in SD-WAN.'],
  switch: ['Porte 1–8 sulla VLAN telefonia.', 'Uplink in fibra verso il rack principale.'],
  access_point: ['SSID ospiti isolato dalla rete interna.', 'Copertura debole in magazzino: valutare un secondo AP.'],
  printer: ['Noleggio con conteggio copie.', 'Scansione su cartella di rete configurata.', 'Toner ordinato dal cliente.'],
  nas: ['Repository Veeam; copia offsite settimanale su disco USB.', 'Snapshot orari sulle cartelle condivise.'],
  other: ['Batterie sostituite lo scorso anno.', 'Registrazioni conservate 7 giorni (GDPR).'],
};

const areas = ['Sala riunioni', 'Ingresso', 'Corridoio', 'Magazzino', 'Primo piano', 'Piano terra', 'Mensa'];

export function buildDevice(kit: ClientKit, site: SiteKit, planned: Planned, ip: string): DemoDeviceInput {
  const { rng } = kit;
  const { kind, role } = planned;
  const spec = describe(kit, site, planned);
  const mac = macAddress(kit, spec.model.ouis);
  const os = spec.os ?? pickOs(rng, spec.model.os);
  const legacy = legacyOs.has(os);
  const tags: string[] = [];
  if (legacy && rng.chance(0.5)) tags.push('legacy');
  if (role === 'bck' || (kind === 'nas' && rng.chance(0.7)) || (kind === 'server' && rng.chance(0.25))) tags.push('backup');
  if (role === 'ups' || (role === 'host' && rng.chance(0.2))) tags.push('ups');
  if (role === 'pos') tags.push('pci');
  if (role === 'vip') tags.push('vip');
  if (kind === 'laptop' && rng.chance(0.12)) tags.push('remote');

  return {
    name: spec.name,
    kind,
    hostname: hostname(kit, site, planned),
    ip,
    mac,
    os,
    vendor: spec.model.vendor,
    model: spec.model.model,
    serial: serial(rng, spec.model.serial, mac, kind === 'vm' ? kit.hypervisor : null),
    warrantyEnd: warranty(kit, planned, legacy),
    criticality: spec.criticality,
    tags,
    notes: rng.chance(0.03) ? rng.pick(notesByKind[kind] ?? notesByKind.other!) : '',
  };
}

interface Spec {
  name: string;
  model: Model;
  os?: string;
  criticality: Criticality;
}

function describe(kit: ClientKit, site: SiteKit, { kind, role }: Planned): Spec {
  const { rng, archetype: a } = kit;
  const tier = site.devices < 15 ? 0 : site.devices < 60 ? 1 : site.devices < 150 ? 2 : 3;

  switch (kind) {
    case 'workstation': {
      const brand = endpointBrand(kit, a.macShare);
      const family = endpoints[brand];
      if (role === 'cad') return { name: `Workstation CAD ${person(rng)}`, model: rng.pick(family.cad), criticality: 'medium' };
      if (role === 'pos') {
        const label = a.id === 'hotel' ? 'PC Reception' : a.id === 'pharmacy' ? 'Banco' : 'Cassa';
        return { name: `${label} ${count(kit, site, 'pos')}`, model: rng.pick(family.desktop), criticality: 'high' };
      }
      const name = rng.chance(0.55) ? `PC ${person(rng)}` : numbered(kit, site, `PC ${rng.pick(a.departments)}`);
      return { name, model: rng.pick(family.desktop), criticality: rng.chance(0.6) ? 'low' : 'medium' };
    }
    case 'laptop': {
      if (role === 'vip') {
        const brand = rng.chance(0.3) ? 'apple' : kit.endpoint;
        return { name: `Notebook ${kit.owner}`, model: rng.pick(endpoints[brand].laptop), criticality: 'high' };
      }
      const brand = endpointBrand(kit, a.macShare);
      return { name: `Notebook ${person(rng)}`, model: rng.pick(endpoints[brand].laptop), criticality: rng.chance(0.45) ? 'low' : 'medium' };
    }
    case 'server': {
      const family = servers[kit.server];
      const model = rng.pick(kit.total > 150 || (kit.total >= 50 && rng.chance(0.5)) ? family.rack : family.tower);
      if (role === 'host') {
        const hyper = hypervisors[kit.hypervisor];
        return { name: `${hyper.label} ${count(kit, site, 'host')}`, model, os: pickOs(rng, hyper.hostOs), criticality: 'critical' };
      }
      const name = role === 'srv' ? 'Server (DC, file, gestionale)' : 'Server di sede (DC, file)';
      return { name, model, os: pickOs(rng, windowsServer), criticality: role === 'srv' ? 'critical' : 'high' };
    }
    case 'vm': {
      const info = serverRoles[role] ?? serverRoles.app!;
      const k = count(kit, site, `vm-${role}`);
      const vm = hypervisors[kit.hypervisor].vm;
      return {
        name: k > 1 ? `${info.label} ${k}` : info.label,
        model: { vendor: vm.vendor, model: vm.model, serial: 'vm', ouis: vm.ouis },
        os: pickOs(rng, info.linux ? linuxServer : windowsServer),
        criticality: info.criticality,
      };
    }
    case 'firewall': {
      const models = firewalls[kit.firewall];
      const model = models[Math.max(0, Math.min(models.length - 1, site.isHq ? tier : tier - 1))]!;
      return { name: site.isHq ? 'Firewall perimetrale' : `Firewall ${site.name}`, model, criticality: site.isHq ? 'critical' : 'high' };
    }
    case 'switch': {
      const family = switching[kit.network];
      if (role === 'core') return { name: 'Switch core', model: rng.pick(site.devices > 60 ? family.core : family.access), criticality: 'high' };
      return { name: `Switch accesso ${count(kit, site, 'switch')}`, model: rng.pick(family.access), criticality: 'medium' };
    }
    case 'access_point':
      return {
        name: numbered(kit, site, `AP ${rng.pick(rng.chance(0.5) ? a.departments : areas)}`),
        model: rng.pick(switching[kit.network].ap),
        criticality: a.apRatio >= 0.12 ? 'medium' : rng.chance(0.7) ? 'low' : 'medium',
      };
    case 'printer': {
      if (role === 'label') return { name: `Stampante etichette ${count(kit, site, 'label')}`, model: rng.pick(labelPrinters), criticality: 'medium' };
      const models = printers[kit.printer];
      const index = role === 'desk' ? 0 : role === 'mfp' ? 1 : models.length - 1;
      const model = models[Math.min(index, models.length - 1)]!;
      const name = numbered(kit, site, `${role === 'desk' ? 'Stampante' : 'Multifunzione'} ${rng.pick(a.departments)}`);
      return { name, model, criticality: role === 'copier' ? 'medium' : 'low' };
    }
    case 'nas': {
      const models = nas[kit.nas];
      const k = count(kit, site, 'nas');
      const model = models[Math.min(models.length - 1, kit.total < 30 ? rng.int(0, 1) : rng.int(1, models.length - 1))]!;
      return { name: k === 1 ? 'NAS backup' : `NAS file ${k - 1}`, model, criticality: 'high' };
    }
    default: {
      if (role === 'ups') return { name: `UPS rack ${count(kit, site, 'ups')}`, model: rng.pick(ups), criticality: 'high' };
      if (role === 'nvr') return { name: 'NVR videosorveglianza', model: rng.pick(nvr), criticality: 'medium' };
      if (role === 'ck') return { name: 'Controller UniFi', model: cloudKey, criticality: 'low' };
      return { name: `Gateway PLC linea ${count(kit, site, 'plc')}`, model: plcGateway, criticality: 'high' };
    }
  }
}

function person(rng: Rng): string {
  return `${rng.pick(firstNames)} ${rng.pick(surnames)}`;
}

function count(kit: ClientKit, site: SiteKit, key: string): number {
  return next(kit, `name|${site.slug}|${key}`);
}

/** "PC Magazzino", then "PC Magazzino 2"... within the site. */
function numbered(kit: ClientKit, site: SiteKit, label: string): string {
  const k = count(kit, site, label);
  return k === 1 ? label : `${label} ${k}`;
}

function endpointBrand(kit: ClientKit, macShare: number): EndpointBrand {
  const { rng } = kit;
  if (rng.chance(macShare)) return 'apple';
  if (rng.chance(0.88)) return kit.endpoint;
  return rng.pick(['dell', 'hp', 'lenovo'] as const);
}

function pickOs(rng: Rng, os: Model['os']): string {
  if (os === undefined) return '';
  return typeof os === 'string' ? os : rng.weighted(os);
}

function next(kit: ClientKit, key: string): number {
  const value = (kit.counters.get(key) ?? 0) + 1;
  kit.counters.set(key, value);
  return value;
}

const hostCodes: Record<string, string> = {
  workstation: 'pc',
  laptop: 'nb',
  firewall: 'fw',
  switch: 'sw',
  access_point: 'ap',
  printer: 'prn',
  nas: 'nas',
};
const hypervisorCodes = { vmware: 'esx', hyperv: 'hv', proxmox: 'pve' } as const;

function hostname(kit: ClientKit, site: SiteKit, { kind, role }: Planned): string {
  const serverRole = kind === 'server' ? (role === 'host' ? hypervisorCodes[kit.hypervisor] : role) : kind === 'vm' ? role : null;
  const code = serverRole ?? (kind === 'other' ? role : (hostCodes[kind] ?? 'dev'));
  const endpoint = kind === 'workstation' || kind === 'laptop';
  switch (kit.convention) {
    case 'upper': {
      const n = next(kit, `host||${code}`);
      return `${kit.prefix}-${code}${pad(n, endpoint ? 3 : 2)}`.toUpperCase();
    }
    case 'site': {
      const n = next(kit, `host|${site.slug}|${code}`);
      return `${site.slug}-${code}${pad(n, endpoint ? 3 : 2)}`;
    }
    default: {
      if (endpoint) return `${kit.prefix}-${kind === 'laptop' ? 'nb' : 'ws'}-${pad(next(kit, `host||${code}`), 3)}`;
      if (serverRole) return `srv-${serverRole}${pad(next(kit, `host||${code}`), 2)}`;
      if (role === 'core') return `sw-${site.slug}-core`;
      return `${code}-${site.slug}-${pad(next(kit, `host|${site.slug}|${code}`), 2)}`;
    }
  }
}

const hex = (value: number) => (value & 255).toString(16).toUpperCase().padStart(2, '0');

/** A MAC under one of the vendor's OUIs, never handed out before in this fleet. */
function macAddress(kit: ClientKit, ouis: readonly string[]): string {
  const prefix = kit.rng.pick(ouis);
  let used = kit.macs.get(prefix);
  if (used === undefined) {
    used = new Set();
    kit.macs.set(prefix, used);
  }
  for (;;) {
    const nic = Math.floor(kit.rng.next() * 0x1000000);
    if (!used.has(nic)) {
      used.add(nic);
      return `${prefix}:${hex(nic >>> 16)}:${hex(nic >>> 8)}:${hex(nic)}`;
    }
  }
}

const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const alphanumerics = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const hexDigits = '0123456789ABCDEF';

function serial(rng: Rng, pattern: string, mac: string, hypervisor: string | null): string {
  if (pattern === 'mac') return mac.replace(/:/g, '');
  if (pattern === 'vm') {
    if (hypervisor === 'vmware') {
      const bytes = Array.from({ length: 16 }, () => hex(rng.int(0, 255)).toLowerCase());
      return `VMware-${bytes.slice(0, 8).join(' ')}-${bytes.slice(8).join(' ')}`;
    }
    if (hypervisor === 'hyperv') return Array.from({ length: 7 }, (_, i) => String(rng.int(0, i === 6 ? 99 : 9999)).padStart(i === 6 ? 2 : 4, '0')).join('-');
    return '';
  }
  let out = '';
  for (const char of pattern) {
    if (char === '#') out += String(rng.int(0, 9));
    else if (char === '@') out += letters[rng.int(0, letters.length - 1)];
    else if (char === '*') out += alphanumerics[rng.int(0, alphanumerics.length - 1)];
    else if (char === '%') out += hexDigits[rng.int(0, 15)];
    else out += char;
  }
  return out;
}

const warrantyShare: Partial<Record<Planned['kind'], number>> = {
  vm: 0,
  server: 0.95,
  firewall: 0.9,
  nas: 0.85,
  workstation: 0.88,
  laptop: 0.88,
  switch: 0.7,
  access_point: 0.6,
  printer: 0.5,
  other: 0.5,
};

function warranty(kit: ClientKit, { kind }: Planned, legacy: boolean): string | null {
  const { rng } = kit;
  if (!rng.chance(warrantyShare[kind] ?? 0.5)) return null;
  const offset = legacy ? rng.int(-730, -30) : rng.int(-730, 1460);
  let date = kit.dates.get(offset);
  if (date === undefined) {
    date = addDays(kit.today, offset);
    kit.dates.set(offset, date);
  }
  return date;
}
