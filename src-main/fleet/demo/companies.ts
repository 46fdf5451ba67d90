import { surnames } from './names';
import type { Town } from './places';
import type { Rng } from './prng';
import { codePart, slug } from './text';

/** The kinds of business an Italian MSP looks after: how each is named, how big it is, what it runs. */

export interface CompanyName {
  name: string;
  /** Upper-case base of the client code, e.g. "BIANCHI". */
  key: string;
  domain: string;
  /** The family the business is named after: its head carries the surname. */
  family?: string;
}

export type Extra = 'nvr' | 'plc' | 'label';

export interface Archetype {
  id: string;
  /** Cards in the 25-card deck the default demo deals from: the portfolio mix. */
  deck: number;
  /** Device count range at the reference scale. */
  size: readonly [number, number];
  /** Site counts to pick from (repeats weight the pick). */
  sites: readonly number[];
  /** Branch sites' share of devices relative to the head office (1). */
  branchWeight: readonly [number, number];
  smallTown?: boolean;
  /** Branches anywhere in Italy, not just the home region. */
  nationwide?: boolean;
  /** Branches in the head office's own town. */
  sameTown?: boolean;
  industrial?: boolean;
  name(rng: Rng, town: Town): CompanyName;
  hqSite(rng: Rng, town: Town): string;
  branchSite(rng: Rng, town: Town): string;
  /** Client-level contact roles; the first is always present (owner, head, director). */
  roles: readonly string[];
  siteRoles: readonly string[];
  departments: readonly string[];
  laptopShare: number;
  apRatio: number;
  printerRatio: number;
  macShare: number;
  cadShare: number;
  posShare: number;
  /** 0 = little on premises (cloud software), 1 = a proper server room. */
  servers: number;
  extras: readonly Extra[];
  notes: readonly string[];
}

const brands = [
  'Valpadana', 'Appennino', 'Tricolore', 'Secchia', 'Enza', 'Panaro', 'Padana', 'Emiliana', 'Estense', 'Matildica',
  'Canossa', 'Tresinaro', 'Crostolo', 'Euganea', 'Berica', 'Orobica', 'Dolomiti', 'Adriatica', 'Tirrenica', 'Lario',
  'Benaco', 'Verbano', 'Reno', 'Savena', 'Taro', 'Ghirlandina', 'Stirone', 'Montecchio', 'Bismantova', 'Pietra',
] as const;
const hotelNames = [
  'Bellavista', 'Miramonti', 'Savoia', 'Excelsior', 'Europa', 'Astoria', 'Ambasciatori', 'La Pergola', 'Villa Fiorita',
  "Stella d'Italia", 'Tre Re', 'Posta', 'Italia', 'Continental', 'San Marco', 'Al Duomo', 'Park', 'Cristallo', 'Vittoria', 'Le Querce',
] as const;
const saints = ['San Giorgio', 'Santa Lucia', 'San Michele', 'San Francesco', 'Santa Chiara', 'San Giuseppe', "Sant'Anna", 'San Luca', 'San Prospero', 'San Geminiano'] as const;
const schoolPatrons = [
  'Leonardo da Vinci', 'Galileo Galilei', 'Enrico Fermi', 'Guglielmo Marconi', 'Don Lorenzo Milani', 'Maria Montessori', 'Alessandro Manzoni',
  'Giosuè Carducci', 'Ludovico Ariosto', 'Lazzaro Spallanzani', 'Italo Calvino', 'Gianni Rodari', 'Rita Levi-Montalcini', 'Primo Levi', 'Matilde di Canossa',
] as const;
const plessi = ['Collodi', 'Rodari', 'De Amicis', 'Pascoli', 'Arcobaleno', 'Il Girasole', 'Mazzini', 'Don Milani', 'Peter Pan', 'Carducci'] as const;
const coops = ['Il Girasole', "L'Arcobaleno", 'La Quercia', 'Il Ponte', 'Nuovi Orizzonti', 'Il Germoglio', 'La Bussola', 'Il Mosaico', 'Insieme', 'La Rete'] as const;
const villas = ['Serena', 'Le Magnolie', 'dei Tigli', 'Maria', 'Carlotta', 'Le Rose', 'Verde', 'Aurora'] as const;

/** A town as a code part: its first word, e.g. "Casalecchio di Reno" → "CASALECCHIO". */
const townKey = (town: Town) => codePart(town.name.split(/[\s']/)[0] ?? town.name).slice(0, 12);
const domainOf = (...parts: string[]) => `${parts.map(slug).join('')}.it`;
const pair = (a: string, b: string) => (codePart(a).length + codePart(b).length <= 14 ? `${codePart(a)}-${codePart(b)}` : codePart(a));
const two = (rng: Rng): [string, string] => {
  const first = rng.pick(surnames);
  let second = rng.pick(surnames);
  while (second === first) second = rng.pick(surnames);
  return [first, second];
};

const generalNotes = [
  'Contratto full managed con canone mensile.',
  'Pacchetto di 40 ore annue; interventi oltre il pacchetto a consuntivo.',
  'Backup: Veeam su NAS locale con copia giornaliera in cloud.',
  'Accesso in sede solo su appuntamento con il referente IT.',
  'Finestra di manutenzione: martedì dalle 20:00 alle 23:00.',
  'Acquisito dopo la migrazione da un altro fornitore.',
  'Microsoft 365 Business Premium per tutti gli utenti.',
  'Reperibilità 24/7 solo per i sistemi critici.',
];

const professional = {
  servers: 0.5,
  extras: [] as Extra[],
  apRatio: 0.06,
  printerRatio: 0.1,
  macShare: 0.05,
  cadShare: 0,
  posShare: 0,
  branchWeight: [0.3, 0.6] as const,
};

export const archetypes: readonly Archetype[] = [
  {
    id: 'dental',
    deck: 2,
    size: [5, 10],
    sites: [1, 1, 2],
    ...professional,
    name(rng) {
      const s = rng.pick(surnames);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Studio Dentistico ${s}`, key: codePart(s), family: s, domain: domainOf('studiodentistico', s) }), 5],
        [() => ({ name: `Studio Odontoiatrico Dr. ${s}`, key: codePart(s), family: s, domain: domainOf('odontoiatria', s) }), 3],
        [
          () => {
            const [a, b] = two(rng);
            return { name: `Studio Dentistico Associato ${a} & ${b}`, key: pair(a, b), family: a, domain: domainOf('studio', a, b) };
          },
          2,
        ],
      ])();
    },
    hqSite: () => 'Studio',
    branchSite: (_rng, town) => `Studio di ${town.name}`,
    roles: ['Titolare', 'Segreteria', 'Amministrazione', 'Referente IT'],
    siteRoles: ['Segreteria', 'Assistente alla poltrona'],
    departments: ['Reception', 'Sala operativa', 'Studio medico', 'Igiene dentale', 'Radiologia', 'Sterilizzazione'],
    laptopShare: 0.1,
    notes: ['Interventi preferibilmente in pausa pranzo (13:00–14:30).', 'Software di radiologia certificato: aggiornamenti solo con il fornitore.'],
  },
  {
    id: 'clinic',
    deck: 1,
    size: [25, 60],
    sites: [1, 2, 3],
    ...professional,
    printerRatio: 0.07,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const b = rng.pick(brands); return { name: `Poliambulatorio ${b}`, key: codePart(b), domain: domainOf('poliambulatorio', b) }; }, 4],
        [() => { const s = rng.pick(saints); return { name: `Centro Medico ${s}`, key: codePart(s), domain: domainOf('centromedico', s) }; }, 4],
        [() => { const b = rng.pick(brands); return { name: `Centro Diagnostico ${b} S.r.l.`, key: codePart(b), domain: domainOf('diagnostica', b) }; }, 2],
      ])();
    },
    hqSite: () => 'Sede',
    branchSite: (_rng, town) => `Punto prelievi ${town.name}`,
    roles: ['Direttore Sanitario', 'Referente IT', 'Amministrazione', 'Accettazione'],
    siteRoles: ['Accettazione', 'Coordinamento infermieristico'],
    departments: ['Accettazione', 'Ambulatori', 'Cardiologia', 'Ecografia', 'Radiologia', 'Laboratorio', 'Direzione'],
    laptopShare: 0.15,
    servers: 0.8,
    notes: ['Dati sanitari: ogni accesso remoto va registrato.', 'Refertazione online: il server RIS è critico in orario di apertura.'],
  },
  {
    id: 'law',
    deck: 2,
    size: [8, 30],
    sites: [1, 1, 2, 2],
    ...professional,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const s = rng.pick(surnames); return { name: `Studio Legale ${s}`, key: codePart(s), family: s, domain: domainOf('studiolegale', s) }; }, 4],
        [() => { const [a, b] = two(rng); return { name: `Studio Legale ${a} & ${b}`, key: pair(a, b), family: a, domain: domainOf(a, b, 'avvocati') }; }, 4],
        [() => { const [a, b] = two(rng); return { name: `Studio Legale Associato ${a} ${b} & Partners`, key: pair(a, b), family: a, domain: domainOf(a, b, 'legal') }; }, 2],
      ])();
    },
    hqSite: (_rng, town) => `Sede di ${town.name}`,
    branchSite: (_rng, town) => `Sede di ${town.name}`,
    roles: ['Socio fondatore', 'Referente IT', 'Amministrazione', 'Segreteria'],
    siteRoles: ['Segreteria'],
    departments: ['Segreteria', 'Praticanti', 'Archivio', 'Sala riunioni'],
    laptopShare: 0.5,
    macShare: 0.1,
    notes: ['Firma digitale e PEC su tutte le postazioni degli avvocati.', 'Scadenze PCT: nessun intervento invasivo il venerdì.'],
  },
  {
    id: 'accountant',
    deck: 2,
    size: [8, 30],
    sites: [1, 1, 2, 2],
    ...professional,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const s = rng.pick(surnames); return { name: `Studio Commercialista ${s}`, key: codePart(s), family: s, domain: domainOf('studio', s) }; }, 4],
        [() => { const [a, b] = two(rng); return { name: `Studio ${a} & ${b} Commercialisti Associati`, key: pair(a, b), family: a, domain: domainOf('studio', a, b) }; }, 4],
        [() => { const s = rng.pick(surnames); return { name: `${s} & Partners Consulenza del Lavoro`, key: codePart(s), family: s, domain: domainOf(s, 'partners') }; }, 2],
      ])();
    },
    hqSite: (_rng, town) => `Sede di ${town.name}`,
    branchSite: (_rng, town) => `Ufficio di ${town.name}`,
    roles: ['Titolare', 'Referente IT', 'Amministrazione', 'Segreteria'],
    siteRoles: ['Segreteria'],
    departments: ['Contabilità', 'Paghe', 'Segreteria', 'Dichiarativi'],
    laptopShare: 0.35,
    notes: ['Periodo dichiarativi (maggio–luglio): priorità massima sulle postazioni.', 'Gestionale Entratel: non aggiornare Java senza verifica.'],
  },
  {
    id: 'architect',
    deck: 1,
    size: [6, 20],
    sites: [1],
    ...professional,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const s = rng.pick(surnames); return { name: `Studio di Architettura ${s}`, key: codePart(s), family: s, domain: domainOf(s, 'architetti') }; }, 4],
        [() => { const s = rng.pick(surnames); return { name: `${s} Ingegneria S.r.l.`, key: codePart(s), family: s, domain: domainOf(s, 'ingegneria') }; }, 3],
        [() => { const [a, b] = two(rng); return { name: `Studio Tecnico ${a} & ${b}`, key: pair(a, b), family: a, domain: domainOf('studiotecnico', a, b) }; }, 3],
      ])();
    },
    hqSite: () => 'Studio',
    branchSite: (_rng, town) => `Studio di ${town.name}`,
    roles: ['Titolare', 'Referente IT', 'Segreteria'],
    siteRoles: ['Segreteria'],
    departments: ['Progettazione', 'Rendering', 'Segreteria', 'Cantieri'],
    laptopShare: 0.45,
    macShare: 0.4,
    cadShare: 0.6,
    notes: ['Licenze Autodesk su abbonamento nominale.', 'Plotter A0 condiviso dall’ufficio tecnico.'],
  },
  {
    id: 'notary',
    deck: 1,
    size: [8, 16],
    sites: [1],
    ...professional,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const s = rng.pick(surnames); return { name: `Studio Notarile ${s}`, key: codePart(s), family: s, domain: domainOf('notaio', s) }; }, 6],
        [() => { const [a, b] = two(rng); return { name: `Studio Notarile Associato ${a} ${b}`, key: pair(a, b), family: a, domain: domainOf('notai', a, b) }; }, 4],
      ])();
    },
    hqSite: () => 'Studio',
    branchSite: (_rng, town) => `Studio di ${town.name}`,
    roles: ['Notaio', 'Referente IT', 'Segreteria'],
    siteRoles: ['Segreteria'],
    departments: ['Repertorio', 'Segreteria', 'Stipule', 'Archivio'],
    laptopShare: 0.4,
    notes: ['Collegamento alla rete RUN del Notariato: non toccare la configurazione del router.'],
  },
  {
    id: 'shop',
    deck: 1,
    size: [5, 15],
    sites: [1, 1, 2],
    ...professional,
    printerRatio: 0.08,
    posShare: 0.3,
    name(rng) {
      const s = rng.pick(surnames);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Ferramenta ${s} & Figli S.n.c.`, key: codePart(s), family: s, domain: domainOf('ferramenta', s) }), 4],
        [() => ({ name: `Ferramenta ${s} S.n.c.`, key: codePart(s), family: s, domain: domainOf('ferramenta', s) }), 2],
        [() => ({ name: `Colorificio ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('colorificio', s) }), 2],
        [() => ({ name: `Elettroforniture ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf(s, 'elettroforniture') }), 2],
      ])();
    },
    hqSite: () => 'Negozio e magazzino',
    branchSite: (_rng, town) => `Punto vendita ${town.name}`,
    roles: ['Titolare', 'Amministrazione', 'Referente IT'],
    siteRoles: ['Responsabile punto vendita'],
    departments: ['Banco', 'Magazzino', 'Ufficio'],
    laptopShare: 0.1,
    servers: 0.3,
    notes: ['Il gestionale di cassa è fornito da terzi: coordinarsi prima degli aggiornamenti.'],
  },
  {
    id: 'pharmacy',
    deck: 1,
    size: [6, 12],
    sites: [1],
    ...professional,
    printerRatio: 0.08,
    posShare: 0.5,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const s = rng.pick(surnames); return { name: `Farmacia ${s}`, key: codePart(s), family: s, domain: domainOf('farmacia', s) }; }, 5],
        [() => { const s = rng.pick(saints); return { name: `Farmacia ${s}`, key: codePart(s), domain: domainOf('farmacia', s) }; }, 3],
        [() => { const s = rng.pick(surnames); return { name: `Farmacia Dr. ${s}`, key: codePart(s), family: s, domain: domainOf('farmacia', s) }; }, 2],
      ])();
    },
    hqSite: () => 'Farmacia',
    branchSite: (_rng, town) => `Farmacia di ${town.name}`,
    roles: ['Titolare', 'Farmacista collaboratore', 'Amministrazione'],
    siteRoles: ['Farmacista collaboratore'],
    departments: ['Laboratorio galenico', 'Ufficio', 'Magazzino'],
    laptopShare: 0.05,
    servers: 0.3,
    notes: ['Ricetta elettronica: le postazioni al banco sono critiche in orario di apertura.'],
  },
  {
    id: 'hotel',
    deck: 2,
    size: [25, 70],
    sites: [1, 1, 2, 3],
    branchWeight: [0.3, 0.6],
    name(rng, town) {
      return rng.weighted<() => CompanyName>([
        [() => { const h = rng.pick(hotelNames); return { name: `Hotel ${h}`, key: `H-${codePart(h)}`, domain: domainOf('hotel', h) }; }, 5],
        [() => ({ name: `Grand Hotel ${town.name}`, key: `GH-${townKey(town)}`, domain: domainOf('grandhotel', town.name) }), 2],
        [() => { const h = rng.pick(hotelNames); return { name: `Albergo ${h}`, key: `ALB-${codePart(h)}`, domain: domainOf('albergo', h) }; }, 2],
        [() => { const h = rng.pick(hotelNames); return { name: `Hotel ${h} & Spa`, key: `H-${codePart(h)}`, domain: domainOf('hotel', h, 'spa') }; }, 2],
      ])();
    },
    hqSite: () => 'Struttura principale',
    branchSite: (rng, town) => (rng.chance(0.5) ? `Dependance ${rng.pick(villas)}` : `Residence ${town.name}`),
    roles: ['Direttore', 'Referente IT', 'Reception', 'Amministrazione'],
    siteRoles: ['Capo ricevimento'],
    departments: ['Back office', 'Ristorante', 'Economato', 'Spa', 'Direzione', 'Sala colazioni'],
    laptopShare: 0.15,
    apRatio: 0.25,
    printerRatio: 0.06,
    macShare: 0,
    cadShare: 0,
    posShare: 0.15,
    servers: 0.6,
    extras: ['nvr'],
    notes: ['Alta stagione da maggio a settembre: evitare interventi invasivi.', 'Il PMS alberghiero gira sul server in sede; interfaccia con il centralino.'],
  },
  {
    id: 'school',
    deck: 1,
    size: [80, 200],
    sites: [3, 4, 4, 5],
    branchWeight: [0.4, 0.9],
    smallTown: true,
    sameTown: true,
    name(rng, town) {
      const patron = rng.pick(schoolPatrons);
      const last = codePart(patron.split(' ').pop() ?? patron);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Istituto Comprensivo "${patron}"`, key: `IC-${last}`, domain: `ic${slug(patron)}${slug(town.name)}.edu.it` }), 5],
        [() => ({ name: `Istituto Comprensivo di ${town.name}`, key: `IC-${townKey(town)}`, domain: `ic${slug(town.name)}.edu.it` }), 3],
        [() => ({ name: `Liceo Scientifico "${patron}"`, key: `LS-${last}`, domain: `liceo${slug(patron)}.edu.it` }), 2],
        [() => ({ name: `Istituto Tecnico "${patron}"`, key: `IT-${last}`, domain: `itis${slug(patron)}.edu.it` }), 2],
      ])();
    },
    hqSite: () => 'Sede centrale',
    branchSite: (rng) =>
      rng.weighted<string>([
        [`Scuola primaria "${rng.pick(plessi)}"`, 4],
        [`Scuola dell'infanzia "${rng.pick(plessi)}"`, 3],
        [`Scuola secondaria di primo grado "${rng.pick(schoolPatrons)}"`, 2],
      ]),
    roles: ['Dirigente Scolastico', 'DSGA', 'Animatore Digitale', 'Segreteria'],
    siteRoles: ['Referente di plesso', 'Collaboratore scolastico'],
    departments: ['Laboratorio informatica', 'Aula docenti', 'Segreteria didattica', 'Segreteria del personale', 'Biblioteca', 'Presidenza'],
    laptopShare: 0.25,
    apRatio: 0.12,
    printerRatio: 0.04,
    macShare: 0,
    cadShare: 0,
    posShare: 0,
    servers: 0.4,
    extras: [],
    notes: ['Interventi nei laboratori solo fuori dall’orario delle lezioni.', 'Acquisti tramite MePA; fondi PNRR per il cablaggio.'],
  },
  {
    id: 'comune',
    deck: 2,
    size: [50, 140],
    sites: [3, 4, 4, 5],
    branchWeight: [0.1, 0.35],
    smallTown: true,
    sameTown: true,
    name(_rng, town) {
      return { name: `Comune di ${town.name}`, key: `COM-${townKey(town)}`, domain: `comune.${slug(town.name)}.${town.province.toLowerCase()}.it` };
    },
    hqSite: () => 'Municipio',
    branchSite: (rng) => rng.pick(['Biblioteca comunale', 'Polizia Locale', 'Magazzino comunale', 'Centro culturale', 'Ufficio tecnico distaccato', 'Centro giovani', 'Servizi sociali']),
    roles: ['Segretario Comunale', 'Responsabile Servizi Informativi', 'Ufficio Protocollo', 'Ufficio Tecnico'],
    siteRoles: ['Responsabile di sede'],
    departments: ['Anagrafe', 'Protocollo', 'Ufficio Tecnico', 'Ragioneria', 'Tributi', 'Servizi Sociali', 'Segreteria del Sindaco'],
    laptopShare: 0.3,
    apRatio: 0.06,
    printerRatio: 0.07,
    macShare: 0,
    cadShare: 0.03,
    posShare: 0,
    servers: 0.6,
    extras: ['nvr'],
    notes: ['Ordini tramite MePA con determina; CIG in fattura.', 'Gestionale demografico in cloud; firewall con VPN verso la Polizia Locale.'],
  },
  {
    id: 'manufacturer',
    deck: 2,
    size: [150, 350],
    sites: [2, 3, 3, 4, 4, 5],
    branchWeight: [0.5, 1],
    industrial: true,
    name(rng) {
      const s = rng.pick(surnames);
      const b = rng.pick(brands);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Meccanica ${s} S.p.A.`, key: codePart(s), family: s, domain: domainOf('meccanica', s) }), 3],
        [() => ({ name: `Ceramiche ${b} S.p.A.`, key: codePart(b), domain: domainOf('ceramiche', b) }), 3],
        [() => ({ name: `Officine ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('officine', s) }), 2],
        [() => ({ name: `${s} Oleodinamica S.r.l.`, key: codePart(s), family: s, domain: domainOf(s, 'oleodinamica') }), 2],
        [() => ({ name: `Mobilificio ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('mobilificio', s) }), 2],
        [() => ({ name: `Plastiche ${b} S.r.l.`, key: codePart(b), domain: domainOf('plastiche', b) }), 2],
        [() => ({ name: `Fonderia ${b} S.p.A.`, key: codePart(b), domain: domainOf('fonderia', b) }), 1],
        [() => ({ name: `${s} Packaging S.r.l.`, key: codePart(s), family: s, domain: domainOf(s, 'packaging') }), 1],
      ])();
    },
    hqSite: (_rng, town) => `Sede e stabilimento di ${town.name}`,
    branchSite: (rng, town) => (rng.chance(0.75) ? `Stabilimento di ${town.name}` : `Magazzino di ${town.name}`),
    roles: ['Amministratore Delegato', 'Responsabile IT', 'Ufficio Acquisti', 'Amministrazione', 'Responsabile di produzione'],
    siteRoles: ['Responsabile di stabilimento', 'Capoturno'],
    departments: ['Ufficio tecnico', 'Produzione', 'Qualità', 'Magazzino', 'Acquisti', 'Amministrazione', 'Spedizioni', 'Commerciale'],
    laptopShare: 0.3,
    apRatio: 0.05,
    printerRatio: 0.05,
    macShare: 0.01,
    cadShare: 0.08,
    posShare: 0,
    servers: 1,
    extras: ['nvr', 'plc', 'label'],
    notes: ['Produzione su tre turni: fermo impianti programmato ad agosto.', 'ERP e MES in sede; la linea non si ferma per aggiornamenti.'],
  },
  {
    id: 'food',
    deck: 2,
    size: [40, 150],
    sites: [2, 2, 3, 3],
    branchWeight: [0.3, 0.7],
    industrial: true,
    name(rng) {
      const s = rng.pick(surnames);
      const b = rng.pick(brands);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Caseificio ${b} S.r.l.`, key: codePart(b), domain: domainOf('caseificio', b) }), 3],
        [() => ({ name: `Salumificio ${s} S.p.A.`, key: codePart(s), family: s, domain: domainOf('salumificio', s) }), 2],
        [() => ({ name: `Cantina ${b}`, key: codePart(b), domain: domainOf('cantina', b) }), 2],
        [() => ({ name: `Acetaia ${s}`, key: codePart(s), family: s, domain: domainOf('acetaia', s) }), 1],
        [() => ({ name: `Pastificio ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('pastificio', s) }), 2],
        [() => ({ name: `Prosciuttificio ${b} S.r.l.`, key: codePart(b), domain: domainOf('prosciuttificio', b) }), 1],
      ])();
    },
    hqSite: (_rng, town) => `Sede e produzione di ${town.name}`,
    branchSite: (rng, town) => `${rng.pick(['Stagionatura', 'Spaccio aziendale', 'Magazzino', 'Centro logistico'])} ${town.name}`,
    roles: ['Titolare', 'Responsabile IT', 'Amministrazione', 'Responsabile qualità'],
    siteRoles: ['Responsabile di sede', 'Capoturno'],
    departments: ['Produzione', 'Qualità', 'Spedizioni', 'Amministrazione', 'Commerciale', 'Laboratorio analisi'],
    laptopShare: 0.25,
    apRatio: 0.06,
    printerRatio: 0.06,
    macShare: 0,
    cadShare: 0,
    posShare: 0.03,
    servers: 0.8,
    extras: ['nvr', 'plc', 'label'],
    notes: ['Tracciabilità lotti sul gestionale: le stampanti di etichette sono critiche.', 'Celle frigo monitorate: allarmi inoltrati al reperibile.'],
  },
  {
    id: 'logistics',
    deck: 1,
    size: [80, 220],
    sites: [3, 4, 5, 5, 6],
    branchWeight: [0.3, 0.7],
    nationwide: true,
    industrial: true,
    name(rng) {
      const s = rng.pick(surnames);
      const b = rng.pick(brands);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `${s} Trasporti S.r.l.`, key: codePart(s), family: s, domain: domainOf(s, 'trasporti') }), 3],
        [() => ({ name: `Logistica ${b} S.p.A.`, key: codePart(b), domain: domainOf('logistica', b) }), 3],
        [() => ({ name: `Autotrasporti ${s} & C. S.n.c.`, key: codePart(s), family: s, domain: domainOf('autotrasporti', s) }), 2],
        [() => ({ name: `Spedizioni ${b} S.r.l.`, key: codePart(b), domain: domainOf('spedizioni', b) }), 2],
      ])();
    },
    hqSite: (_rng, town) => `Sede e hub di ${town.name}`,
    branchSite: (rng, town) => `${rng.pick(['Deposito', 'Hub', 'Piattaforma'])} ${town.name}`,
    roles: ['Amministratore Delegato', 'Responsabile IT', 'Ufficio traffico', 'Amministrazione'],
    siteRoles: ['Capo magazzino', 'Responsabile di filiale'],
    departments: ['Traffico', 'Magazzino', 'Ufficio spedizioni', 'Amministrazione', 'Officina', 'Ricevimento merci'],
    laptopShare: 0.35,
    apRatio: 0.08,
    printerRatio: 0.08,
    macShare: 0,
    cadShare: 0,
    posShare: 0,
    servers: 0.9,
    extras: ['nvr', 'label'],
    notes: ['Magazzini operativi dalle 5:00: priorità ai terminali di spedizione.', 'WMS in sede, collegato ai depositi via VPN.'],
  },
  {
    id: 'retail',
    deck: 1,
    size: [40, 120],
    sites: [4, 5, 6, 6, 7, 8],
    branchWeight: [0.25, 0.45],
    name(rng) {
      const s = rng.pick(surnames);
      const b = rng.pick(brands);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Ottica ${s}`, key: codePart(s), family: s, domain: domainOf('ottica', s) }), 2],
        [() => ({ name: `Calzature ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('calzature', s) }), 2],
        [() => ({ name: `Supermercati ${b} S.p.A.`, key: codePart(b), domain: domainOf('supermercati', b) }), 2],
        [() => ({ name: `Arredamenti ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('arredamenti', s) }), 2],
        [() => ({ name: `Elettrodomestici ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf(s, 'elettrodomestici') }), 1],
      ])();
    },
    hqSite: (_rng, town) => `Sede e magazzino di ${town.name}`,
    branchSite: (_rng, town) => `Punto vendita ${town.name}`,
    roles: ['Titolare', 'Responsabile IT', 'Amministrazione', 'Ufficio acquisti'],
    siteRoles: ['Responsabile punto vendita'],
    departments: ['Magazzino', 'Ufficio', 'Amministrazione', 'Acquisti'],
    laptopShare: 0.1,
    apRatio: 0.06,
    printerRatio: 0.06,
    macShare: 0,
    cadShare: 0,
    posShare: 0.4,
    servers: 0.7,
    extras: ['nvr'],
    notes: ['Casse collegate al server centrale: aggiornamenti solo a negozi chiusi.', 'Conformità PCI DSS sui terminali di pagamento.'],
  },
  {
    id: 'coop',
    deck: 1,
    size: [15, 45],
    sites: [2, 3, 3, 4],
    ...professional,
    branchWeight: [0.3, 0.6],
    printerRatio: 0.08,
    name(rng) {
      const c = rng.pick(coops);
      return rng.chance(0.6)
        ? { name: `Cooperativa Sociale ${c}`, key: codePart(c), domain: domainOf('coop', c) }
        : { name: `${c} Società Cooperativa Sociale`, key: codePart(c), domain: domainOf(c, 'coop') };
    },
    hqSite: () => 'Sede',
    branchSite: (rng, town) => `${rng.pick(['Centro diurno', 'Laboratorio', 'Comunità alloggio'])} ${town.name}`,
    roles: ['Presidente', 'Referente IT', 'Amministrazione', 'Coordinamento'],
    siteRoles: ['Coordinatore di struttura'],
    departments: ['Coordinamento', 'Amministrazione', 'Educatori', 'Sportello'],
    laptopShare: 0.5,
    servers: 0.3,
    notes: ['Budget limitato: preferire soluzioni ricondizionate.', 'Donazioni hardware da verificare prima della messa in rete.'],
  },
  {
    id: 'cardealer',
    deck: 1,
    size: [25, 70],
    sites: [2, 2, 3, 3],
    ...professional,
    branchWeight: [0.3, 0.7],
    printerRatio: 0.07,
    extras: ['nvr'],
    name(rng) {
      const s = rng.pick(surnames);
      const b = rng.pick(brands);
      return rng.weighted<() => CompanyName>([
        [() => ({ name: `Autosalone ${s} S.r.l.`, key: codePart(s), family: s, domain: domainOf('autosalone', s) }), 3],
        [() => ({ name: `${s} Auto S.p.A.`, key: codePart(s), family: s, domain: domainOf(s, 'auto') }), 3],
        [() => ({ name: `${b} Motori S.r.l.`, key: codePart(b), domain: domainOf(b, 'motori') }), 2],
      ])();
    },
    hqSite: (_rng, town) => `Concessionaria di ${town.name}`,
    branchSite: (rng, town) => `${rng.pick(['Officina', 'Showroom', 'Usato'])} ${town.name}`,
    roles: ['Titolare', 'Responsabile IT', 'Amministrazione', 'Accettazione officina'],
    siteRoles: ['Capo officina', 'Responsabile showroom'],
    departments: ['Accettazione officina', 'Vendite', 'Ricambi', 'Amministrazione', 'Showroom'],
    laptopShare: 0.35,
    servers: 0.6,
    notes: ['Diagnosi officina su PC dedicati del costruttore: non in dominio.', 'DMS del marchio in cloud, accesso tramite VPN del costruttore.'],
  },
  {
    id: 'rsa',
    deck: 1,
    size: [20, 60],
    sites: [1, 1, 2, 2],
    ...professional,
    branchWeight: [0.2, 0.5],
    apRatio: 0.12,
    printerRatio: 0.06,
    name(rng) {
      return rng.weighted<() => CompanyName>([
        [() => { const s = rng.pick(saints); return { name: `Casa Residenza Anziani ${s}`, key: `CRA-${codePart(s)}`, domain: domainOf('cra', s) }; }, 4],
        [() => { const v = rng.pick(villas); return { name: `RSA Villa ${v}`, key: `RSA-${codePart(v)}`, domain: domainOf('rsavilla', v) }; }, 4],
        [() => { const s = rng.pick(surnames); return { name: `Fondazione ${s} Onlus`, key: `FOND-${codePart(s)}`, family: s, domain: domainOf('fondazione', s) }; }, 2],
      ])();
    },
    hqSite: () => 'Residenza',
    branchSite: (_rng, town) => `Centro diurno ${town.name}`,
    roles: ['Direttore', 'Coordinamento', 'Amministrazione', 'Referente IT'],
    siteRoles: ['Coordinamento infermieristico'],
    departments: ['Infermeria', 'Ufficio', 'Direzione', 'Reception', 'Coordinamento'],
    laptopShare: 0.2,
    servers: 0.5,
    notes: ['Cartella clinica informatizzata: tablet di reparto sulla rete Wi-Fi.', 'Struttura aperta 24/7: interventi notturni solo in emergenza.'],
  },
];

/** Generic client notes any archetype may carry. */
export const commonClientNotes: readonly string[] = generalNotes;

/** Archetypes that can always find a fresh name, used when a scarce one (a town's comune) runs out. */
export const fallbackArchetypes = archetypes.filter((a) => ['law', 'accountant', 'manufacturer', 'logistics', 'shop'].includes(a.id));
