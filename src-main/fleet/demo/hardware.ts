/**
 * What the devices are: vendors and models per kind, their OS strings, their MAC prefixes (real
 * IEEE OUIs of each vendor) and serial-number formats. Serial patterns: # digit, @ letter, * letter
 * or digit, % hex digit; anything else is literal.
 */

export type Weighted<T> = readonly (readonly [T, number])[];

export interface Model {
  vendor: string;
  model: string;
  serial: string;
  ouis: readonly string[];
  /** One OS, or a weighted choice; none for devices that show no OS (printers, UPS). */
  os?: string | Weighted<string>;
}

export const oui = {
  dell: ['00:14:22', '18:03:73', 'F8:BC:12', 'D4:BE:D9', 'B8:AC:6F', '18:66:DA'],
  dellServer: ['24:6E:96', 'D0:94:66', 'F8:BC:12'],
  hp: ['3C:D9:2B', '9C:8E:99', '00:1B:78', '10:60:4B', '3C:52:82', '70:5A:0F'],
  hpe: ['94:18:82', '98:F2:B3', '48:DF:37'],
  lenovo: ['54:E1:AD', '8C:16:45', '8C:8C:AA', 'E8:6A:64'],
  intel: ['3C:FD:FE', 'A0:36:9F', '00:1B:21'],
  apple: ['F0:18:98', 'A4:83:E7', '3C:22:FB'],
  fortinet: ['00:09:0F', '70:4C:A5', '90:6C:AC'],
  sophos: ['7C:5A:1C'],
  watchguard: ['00:90:7F'],
  ubiquiti: ['78:8A:20', 'F0:9F:C2', '74:83:C2', '24:5A:4C', 'FC:EC:DA'],
  aruba: ['00:0B:86', '94:B4:0F', '20:4C:03'],
  cisco: ['00:1B:54', '00:1E:14', '58:97:1E'],
  meraki: ['0C:8D:DB', 'E0:55:3D', '88:15:44'],
  synology: ['00:11:32'],
  qnap: ['24:5E:BE', '00:08:9B'],
  brother: ['00:80:77'],
  kyocera: ['00:17:C8', '00:C0:EE'],
  canon: ['00:1E:8F', '18:0C:AC'],
  epson: ['64:EB:8C', '00:26:AB'],
  ricoh: ['00:26:73', '58:38:79'],
  zebra: ['00:07:4D'],
  apc: ['00:C0:B7'],
  hikvision: ['44:19:B6', 'BC:AD:28', 'C0:56:E3'],
  siemens: ['00:1B:1B', '00:0E:8C'],
  vmware: ['00:50:56'],
  hyperv: ['00:15:5D'],
  proxmox: ['BC:24:11'],
} as const;

// ---- operating systems

export const windowsDesktop: Weighted<string> = [
  ['Windows 11 Pro 23H2', 34],
  ['Windows 11 Pro 24H2', 38],
  ['Windows 10 Pro 22H2', 18],
  ['Windows 11 Enterprise 23H2', 6],
  ['Windows 11 Pro 22H2', 4],
];
export const macOs: Weighted<string> = [
  ['macOS 15', 60],
  ['macOS 14', 30],
  ['macOS 13', 10],
];
export const windowsServer: Weighted<string> = [
  ['Windows Server 2022 Standard', 48],
  ['Windows Server 2019 Standard', 28],
  ['Windows Server 2025 Standard', 8],
  ['Windows Server 2016 Standard', 12],
  ['Windows Server 2012 R2 Standard', 4],
];
export const linuxServer: Weighted<string> = [
  ['Ubuntu 24.04 LTS', 45],
  ['Ubuntu 22.04 LTS', 30],
  ['Debian 12', 20],
  ['Ubuntu 20.04 LTS', 5],
];

/** OS strings that mark a device as out of (or nearly out of) support. */
export const legacyOs = new Set([
  'Windows 10 Pro 22H2',
  'Windows Server 2016 Standard',
  'Windows Server 2012 R2 Standard',
  'Ubuntu 20.04 LTS',
  'FortiOS 7.0',
  'ESXi 7.0 U3',
  'macOS 13',
  'Synology DSM 7.1',
]);

// ---- endpoints

export type EndpointBrand = 'dell' | 'hp' | 'lenovo' | 'apple';

const dell = (model: string): Model => ({ vendor: 'Dell', model, serial: '*******', ouis: oui.dell, os: windowsDesktop });
const hpDesk = (model: string): Model => ({ vendor: 'HP', model, serial: 'CZC####***', ouis: oui.hp, os: windowsDesktop });
const hpBook = (model: string): Model => ({ vendor: 'HP', model, serial: '5CG####***', ouis: oui.hp, os: windowsDesktop });
const lenovoDesk = (model: string): Model => ({ vendor: 'Lenovo', model, serial: 'MJ0*****', ouis: oui.lenovo, os: windowsDesktop });
const lenovoBook = (model: string): Model => ({ vendor: 'Lenovo', model, serial: 'PF4*****', ouis: oui.lenovo, os: windowsDesktop });
const apple = (model: string): Model => ({ vendor: 'Apple', model, serial: '**********', ouis: oui.apple, os: macOs });

export const endpoints: Record<EndpointBrand, { desktop: Model[]; cad: Model[]; laptop: Model[] }> = {
  dell: {
    desktop: ['OptiPlex 7010 Micro', 'OptiPlex 7020 SFF', 'OptiPlex 3000 Tower', 'OptiPlex 5000 Micro'].map(dell),
    cad: ['Precision 3660 Tower', 'Precision 3680 Tower'].map(dell),
    laptop: ['Latitude 5440', 'Latitude 7440', 'Latitude 5540', 'Latitude 3540'].map(dell),
  },
  hp: {
    desktop: ['EliteDesk 800 G9 Mini', 'ProDesk 400 G9 SFF', 'ProDesk 600 G6 Mini'].map(hpDesk),
    cad: ['Z2 G9 Tower', 'Z2 Mini G9'].map(hpDesk),
    laptop: ['EliteBook 840 G10', 'ProBook 450 G10', 'EliteBook 640 G10', 'ZBook Firefly 14 G10'].map(hpBook),
  },
  lenovo: {
    desktop: ['ThinkCentre M70q Gen 4', 'ThinkCentre M90s Gen 4', 'ThinkCentre M70s Gen 3'].map(lenovoDesk),
    cad: ['ThinkStation P360 Tower', 'ThinkStation P3 Tower'].map(lenovoDesk),
    laptop: ['ThinkPad T14 Gen 4', 'ThinkPad E14 Gen 5', 'ThinkPad L14 Gen 4', 'ThinkPad X1 Carbon Gen 11'].map(lenovoBook),
  },
  apple: {
    desktop: ['iMac 24" (M3)', 'Mac mini (M2)'].map(apple),
    cad: ['Mac Studio (M2 Max)', 'iMac 24" (M3)'].map(apple),
    laptop: ['MacBook Air 13" (M2)', 'MacBook Air 15" (M3)', 'MacBook Pro 14" (M3)'].map(apple),
  },
};

// ---- servers and virtualisation

export type ServerBrand = 'dell' | 'hpe' | 'lenovo';
export type Hypervisor = 'vmware' | 'hyperv' | 'proxmox';

export const servers: Record<ServerBrand, { tower: Model[]; rack: Model[] }> = {
  dell: {
    tower: ['PowerEdge T150', 'PowerEdge T350'].map((model) => ({ vendor: 'Dell', model, serial: '*******', ouis: oui.dellServer })),
    rack: ['PowerEdge R650xs', 'PowerEdge R750xs', 'PowerEdge R660'].map((model) => ({ vendor: 'Dell', model, serial: '*******', ouis: oui.dellServer })),
  },
  hpe: {
    tower: ['ProLiant ML30 Gen11', 'ProLiant ML110 Gen11', 'ProLiant ML350 Gen10'].map((model) => ({ vendor: 'HPE', model, serial: 'CZJ####***', ouis: oui.hpe })),
    rack: ['ProLiant DL360 Gen11', 'ProLiant DL380 Gen10 Plus', 'ProLiant DL380 Gen11'].map((model) => ({ vendor: 'HPE', model, serial: 'CZJ####***', ouis: oui.hpe })),
  },
  lenovo: {
    tower: ['ThinkSystem ST50 V2', 'ThinkSystem ST250 V2'].map((model) => ({ vendor: 'Lenovo', model, serial: 'J30*****', ouis: oui.intel })),
    rack: ['ThinkSystem SR630 V2', 'ThinkSystem SR650 V2'].map((model) => ({ vendor: 'Lenovo', model, serial: 'J30*****', ouis: oui.intel })),
  },
};

export const hypervisors: Record<Hypervisor, { hostOs: Weighted<string>; vm: { vendor: string; model: string; ouis: readonly string[] }; label: string }> = {
  vmware: {
    hostOs: [['ESXi 8.0', 65], ['ESXi 7.0 U3', 35]],
    vm: { vendor: 'VMware', model: 'VMware Virtual Platform', ouis: oui.vmware },
    label: 'Host ESXi',
  },
  hyperv: {
    hostOs: [['Windows Server 2022 Datacenter', 70], ['Windows Server 2019 Datacenter', 30]],
    vm: { vendor: 'Microsoft Corporation', model: 'Virtual Machine', ouis: oui.hyperv },
    label: 'Host Hyper-V',
  },
  proxmox: {
    hostOs: [['Proxmox VE 8.2', 80], ['Proxmox VE 7.4', 20]],
    vm: { vendor: 'QEMU', model: 'Standard PC (Q35 + ICH9, 2009)', ouis: oui.proxmox },
    label: 'Host Proxmox',
  },
};

// ---- network

export type FirewallBrand = 'fortinet' | 'sophos' | 'watchguard';
export type NetworkBrand = 'ubiquiti' | 'aruba' | 'cisco' | 'hpe';

/** Four sizes each: small office, office, large site, head office of a big client. */
export const firewalls: Record<FirewallBrand, Model[]> = {
  fortinet: ([
    ['FortiGate 40F', 'FGT40FTK2#######'],
    ['FortiGate 60F', 'FGT60FTK2#######'],
    ['FortiGate 100F', 'FG100FTK2#######'],
    ['FortiGate 200F', 'FG200FT92#######'],
  ] as const).map(([model, serial]) => ({ vendor: 'Fortinet', model, serial, ouis: oui.fortinet, os: [['FortiOS 7.4', 60], ['FortiOS 7.2', 34], ['FortiOS 7.0', 6]] as const })),
  sophos: ['XGS 87', 'XGS 116', 'XGS 2100', 'XGS 3300'].map((model) => ({
    vendor: 'Sophos',
    model,
    serial: 'X2####@@@#####',
    ouis: oui.sophos,
    os: [['SFOS 21.0', 40], ['SFOS 20.0', 45], ['SFOS 19.5', 15]] as const,
  })),
  watchguard: ['Firebox T25', 'Firebox T45', 'Firebox M290', 'Firebox M590'].map((model) => ({
    vendor: 'WatchGuard',
    model,
    serial: '80%%%%%%%%%%%',
    ouis: oui.watchguard,
    os: [['Fireware 12.10', 65], ['Fireware 12.9', 35]] as const,
  })),
};

export const switching: Record<NetworkBrand, { access: Model[]; core: Model[]; ap: Model[] }> = {
  ubiquiti: {
    access: ['UniFi USW-24-PoE', 'UniFi USW-Lite-16-PoE', 'UniFi USW-Pro-48-PoE', 'UniFi USW-Pro-24-PoE'].map((model) => ({ vendor: 'Ubiquiti', model, serial: 'mac', ouis: oui.ubiquiti, os: 'UniFi Switch 7.1' })),
    core: ['UniFi USW-Pro-Aggregation', 'UniFi USW-Pro-Max-24'].map((model) => ({ vendor: 'Ubiquiti', model, serial: 'mac', ouis: oui.ubiquiti, os: 'UniFi Switch 7.1' })),
    ap: ['UniFi U6 Lite', 'UniFi U6 Pro', 'UniFi U6 Enterprise', 'UniFi U7 Pro'].map((model) => ({ vendor: 'Ubiquiti', model, serial: 'mac', ouis: oui.ubiquiti, os: 'UniFi AP 6.6' })),
  },
  aruba: {
    access: [
      { vendor: 'Aruba', model: 'Aruba 2930F 48G PoE+', serial: 'CN##@@@***', ouis: oui.aruba, os: 'ArubaOS-Switch 16.11' },
      { vendor: 'Aruba', model: 'Aruba CX 6100 24G', serial: 'CN##@@@***', ouis: oui.aruba, os: 'AOS-CX 10.13' },
      { vendor: 'Aruba', model: 'Instant On 1930 24G PoE', serial: 'CN##@@@***', ouis: oui.aruba, os: 'Instant On 2.9' },
    ],
    core: [{ vendor: 'Aruba', model: 'Aruba CX 6300M 24SFP+', serial: 'SG##@@@***', ouis: oui.aruba, os: 'AOS-CX 10.13' }],
    ap: [
      { vendor: 'Aruba', model: 'Instant On AP22', serial: 'CN##@@@***', ouis: oui.aruba, os: 'Instant On 2.9' },
      { vendor: 'Aruba', model: 'Instant On AP25', serial: 'CN##@@@***', ouis: oui.aruba, os: 'Instant On 2.9' },
      { vendor: 'Aruba', model: 'AP-505', serial: 'CN##@@@***', ouis: oui.aruba, os: 'ArubaOS 8.10' },
    ],
  },
  cisco: {
    access: [
      { vendor: 'Cisco', model: 'Catalyst 1000-24P-4G-L', serial: 'FOC####****', ouis: oui.cisco, os: 'IOS 15.2(7)E' },
      { vendor: 'Cisco', model: 'Catalyst 9200L-48P-4G', serial: 'JAE####****', ouis: oui.cisco, os: 'IOS XE 17.9' },
      { vendor: 'Cisco', model: 'Catalyst 2960X-24PS-L', serial: 'FCW####****', ouis: oui.cisco, os: 'IOS 15.2(7)E' },
    ],
    core: [{ vendor: 'Cisco', model: 'Catalyst 9300-24T', serial: 'FCW####****', ouis: oui.cisco, os: 'IOS XE 17.9' }],
    ap: ['Meraki MR36', 'Meraki MR46', 'Meraki MR44'].map((model) => ({ vendor: 'Cisco Meraki', model, serial: 'Q2@@-@@@@-@@@@', ouis: oui.meraki, os: 'Meraki MR 30.7' })),
  },
  hpe: {
    access: [
      { vendor: 'HPE', model: 'OfficeConnect 1920S 24G PoE+', serial: 'CN##@@@***', ouis: oui.hpe, os: 'PD.02.22' },
      { vendor: 'HPE', model: 'OfficeConnect 1950 48G', serial: 'CN##@@@***', ouis: oui.hpe, os: 'Comware 7' },
    ],
    core: [{ vendor: 'HPE', model: 'OfficeConnect 1950 24G 2SFP+', serial: 'CN##@@@***', ouis: oui.hpe, os: 'Comware 7' }],
    ap: [
      { vendor: 'Aruba', model: 'Instant On AP22', serial: 'CN##@@@***', ouis: oui.aruba, os: 'Instant On 2.9' },
      { vendor: 'Aruba', model: 'Instant On AP25', serial: 'CN##@@@***', ouis: oui.aruba, os: 'Instant On 2.9' },
    ],
  },
};

// ---- printers, storage, the rest

export type PrinterBrand = 'hp' | 'brother' | 'kyocera' | 'canon' | 'epson' | 'ricoh';

/** Desk printers first, then office multifunction, then department copiers. */
export const printers: Record<PrinterBrand, Model[]> = {
  hp: ['LaserJet Pro 4002dn', 'Color LaserJet Pro MFP 4302fdw', 'LaserJet Enterprise MFP M528dn', 'Color LaserJet Enterprise MFP M578f'].map((model) => ({ vendor: 'HP', model, serial: 'VNB3@#####', ouis: oui.hp })),
  brother: ['HL-L5210DN', 'MFC-L8900CDW', 'MFC-L6910DN'].map((model) => ({ vendor: 'Brother', model, serial: 'E7####@#N######', ouis: oui.brother })),
  kyocera: ['ECOSYS P3145dn', 'ECOSYS MA4500ifx', 'TASKalfa 2554ci', 'TASKalfa 3554ci'].map((model) => ({ vendor: 'Kyocera', model, serial: 'V@@#######', ouis: oui.kyocera })),
  canon: ['i-SENSYS MF455dw', 'imageRUNNER 2425', 'imageRUNNER ADVANCE DX C3826i'].map((model) => ({ vendor: 'Canon', model, serial: '#@@#####', ouis: oui.canon })),
  epson: ['WorkForce Pro WF-C4810DTWF', 'WorkForce Pro WF-C5890DWF', 'WorkForce Enterprise AM-C4000'].map((model) => ({ vendor: 'Epson', model, serial: 'X#@@######', ouis: oui.epson })),
  ricoh: ['P 501', 'IM 430F', 'IM C3000'].map((model) => ({ vendor: 'Ricoh', model, serial: '####R######', ouis: oui.ricoh })),
};
export const labelPrinters: Model[] = ['ZT411', 'ZD421', 'ZT231'].map((model) => ({ vendor: 'Zebra', model, serial: '99J#########', ouis: oui.zebra }));

export type NasBrand = 'synology' | 'qnap';
export const nas: Record<NasBrand, Model[]> = {
  synology: ['DS224+', 'DS923+', 'DS1522+', 'RS1221+', 'RS2423+'].map((model) => ({
    vendor: 'Synology',
    model,
    serial: '####@@@######',
    ouis: oui.synology,
    os: [['Synology DSM 7.2', 85], ['Synology DSM 7.1', 15]] as const,
  })),
  qnap: ['TS-464', 'TS-873A', 'TVS-h874'].map((model) => ({
    vendor: 'QNAP',
    model,
    serial: 'Q##@I#####',
    ouis: oui.qnap,
    os: [['QNAP QTS 5.1', 70], ['QNAP QuTS hero h5.1', 30]] as const,
  })),
};

export const ups: Model[] = ['Smart-UPS SMT1500RMI2UC', 'Smart-UPS SRT3000XLI', 'Smart-UPS SMT750IC'].map((model) => ({ vendor: 'APC', model, serial: 'AS##########', ouis: oui.apc, os: 'NMC 2.5' }));
export const nvr: Model[] = ['DS-7616NI-K2', 'DS-7732NI-I4'].map((model) => ({ vendor: 'Hikvision', model, serial: 'F########', ouis: oui.hikvision, os: 'Hikvision 4.62' }));
export const cloudKey: Model = { vendor: 'Ubiquiti', model: 'UniFi Cloud Key Gen2 Plus', serial: 'mac', ouis: oui.ubiquiti, os: 'UniFi OS 3.2' };
export const plcGateway: Model = { vendor: 'Siemens', model: 'SIMATIC IOT2050', serial: 'SVP#######', ouis: oui.siemens, os: 'Industrial OS 1.4' };
