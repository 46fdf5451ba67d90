/** Italian towns (with a real CAP, province and area code) and street names, for believable addresses. */

export type Region = 'ER' | 'LOM' | 'VEN' | 'PIE' | 'TOS' | 'LAZ' | 'LIG' | 'FVG' | 'TAA' | 'MAR' | 'UMB' | 'CAM' | 'PUG' | 'SIC' | 'SAR' | 'ABR';

export interface Town {
  name: string;
  cap: string;
  province: string;
  region: Region;
  /** Telephone area code, with its leading 0. */
  area: string;
  /** A small town: where a comune or a school is a believable MSP client. */
  small?: boolean;
  /** A street only this town has (e.g. the Via Emilia). */
  local?: readonly string[];
}

const t = (name: string, cap: string, province: string, region: Region, area: string, extra: Partial<Town> = {}): Town => ({
  name,
  cap,
  province,
  region,
  area,
  ...extra,
});

const emilia = ['Via Emilia'];

export const towns: readonly Town[] = [
  t('Reggio Emilia', '42121', 'RE', 'ER', '0522', { local: ['Via Emilia San Pietro', 'Via Emilia Santo Stefano', 'Viale Risorgimento'] }),
  t('Modena', '41121', 'MO', 'ER', '059', { local: ['Via Emilia Est', 'Via Emilia Ovest', 'Viale Virgilio'] }),
  t('Bologna', '40121', 'BO', 'ER', '051', { local: ['Via Emilia Levante', 'Via Emilia Ponente', 'Via Stalingrado'] }),
  t('Parma', '43121', 'PR', 'ER', '0521', { local: ['Via Emilia Est', 'Via Emilia Ovest', 'Strada Langhirano'] }),
  t('Piacenza', '29121', 'PC', 'ER', '0523', { local: ['Via Emilia Parmense', 'Via Emilia Pavese'] }),
  t('Ferrara', '44121', 'FE', 'ER', '0532'),
  t('Ravenna', '48121', 'RA', 'ER', '0544'),
  t('Forlì', '47121', 'FC', 'ER', '0543', { local: emilia }),
  t('Cesena', '47521', 'FC', 'ER', '0547', { local: emilia }),
  t('Rimini', '47921', 'RN', 'ER', '0541', { local: emilia }),
  t('Carpi', '41012', 'MO', 'ER', '059', { small: true }),
  t('Sassuolo', '41049', 'MO', 'ER', '0536', { small: true }),
  t('Imola', '40026', 'BO', 'ER', '0542', { local: emilia }),
  t('Scandiano', '42019', 'RE', 'ER', '0522', { small: true }),
  t('Correggio', '42015', 'RE', 'ER', '0522', { small: true }),
  t('Guastalla', '42016', 'RE', 'ER', '0522', { small: true }),
  t('Albinea', '42020', 'RE', 'ER', '0522', { small: true }),
  t('Castelnovo ne\' Monti', '42035', 'RE', 'ER', '0522', { small: true }),
  t('Fidenza', '43036', 'PR', 'ER', '0524', { small: true, local: emilia }),
  t('Collecchio', '43044', 'PR', 'ER', '0521', { small: true }),
  t('Salsomaggiore Terme', '43039', 'PR', 'ER', '0524', { small: true }),
  t('Casalecchio di Reno', '40033', 'BO', 'ER', '051', { small: true }),
  t('Castel San Pietro Terme', '40024', 'BO', 'ER', '051', { small: true, local: emilia }),
  t('Budrio', '40054', 'BO', 'ER', '051', { small: true }),
  t('Mirandola', '41037', 'MO', 'ER', '0535', { small: true }),
  t('Vignola', '41058', 'MO', 'ER', '059', { small: true }),
  t('Maranello', '41053', 'MO', 'ER', '0536', { small: true }),
  t('Formigine', '41043', 'MO', 'ER', '059', { small: true }),
  t('Fiorano Modenese', '41042', 'MO', 'ER', '0536', { small: true }),
  t('Faenza', '48018', 'RA', 'ER', '0546', { small: true, local: emilia }),
  t('Milano', '20121', 'MI', 'LOM', '02'),
  t('Bergamo', '24121', 'BG', 'LOM', '035'),
  t('Brescia', '25121', 'BS', 'LOM', '030'),
  t('Monza', '20900', 'MB', 'LOM', '039'),
  t('Como', '22100', 'CO', 'LOM', '031'),
  t('Varese', '21100', 'VA', 'LOM', '0332'),
  t('Lecco', '23900', 'LC', 'LOM', '0341'),
  t('Cremona', '26100', 'CR', 'LOM', '0372'),
  t('Mantova', '46100', 'MN', 'LOM', '0376'),
  t('Pavia', '27100', 'PV', 'LOM', '0382'),
  t('Lodi', '26900', 'LO', 'LOM', '0371'),
  t('Busto Arsizio', '21052', 'VA', 'LOM', '0331'),
  t('Legnano', '20025', 'MI', 'LOM', '0331'),
  t('Sesto San Giovanni', '20099', 'MI', 'LOM', '02'),
  t('Lumezzane', '25065', 'BS', 'LOM', '030', { small: true }),
  t('Desenzano del Garda', '25015', 'BS', 'LOM', '030', { small: true }),
  t('Chiari', '25032', 'BS', 'LOM', '030', { small: true }),
  t('Treviglio', '24047', 'BG', 'LOM', '0363', { small: true }),
  t('Cantù', '22063', 'CO', 'LOM', '031', { small: true }),
  t('Saronno', '21047', 'VA', 'LOM', '02', { small: true }),
  t('Suzzara', '46029', 'MN', 'LOM', '0376', { small: true }),
  t('Viadana', '46019', 'MN', 'LOM', '0375', { small: true }),
  t('Verona', '37121', 'VR', 'VEN', '045'),
  t('Vicenza', '36100', 'VI', 'VEN', '0444'),
  t('Padova', '35121', 'PD', 'VEN', '049'),
  t('Treviso', '31100', 'TV', 'VEN', '0422'),
  t('Venezia Mestre', '30170', 'VE', 'VEN', '041'),
  t('Rovigo', '45100', 'RO', 'VEN', '0425'),
  t('Belluno', '32100', 'BL', 'VEN', '0437'),
  t('Bassano del Grappa', '36061', 'VI', 'VEN', '0424', { small: true }),
  t('Schio', '36015', 'VI', 'VEN', '0445', { small: true }),
  t('Montebello Vicentino', '36054', 'VI', 'VEN', '0444', { small: true }),
  t('Castelfranco Veneto', '31033', 'TV', 'VEN', '0423', { small: true }),
  t('Montebelluna', '31044', 'TV', 'VEN', '0423', { small: true }),
  t('Cittadella', '35013', 'PD', 'VEN', '049', { small: true }),
  t('Villafranca di Verona', '37069', 'VR', 'VEN', '045', { small: true }),
  t('Legnago', '37045', 'VR', 'VEN', '0442', { small: true }),
  t('Torino', '10121', 'TO', 'PIE', '011'),
  t('Novara', '28100', 'NO', 'PIE', '0321'),
  t('Alessandria', '15121', 'AL', 'PIE', '0131'),
  t('Cuneo', '12100', 'CN', 'PIE', '0171'),
  t('Asti', '14100', 'AT', 'PIE', '0141'),
  t('Alba', '12051', 'CN', 'PIE', '0173', { small: true }),
  t('Biella', '13900', 'BI', 'PIE', '015', { small: true }),
  t('Firenze', '50121', 'FI', 'TOS', '055'),
  t('Prato', '59100', 'PO', 'TOS', '0574'),
  t('Pisa', '56121', 'PI', 'TOS', '050'),
  t('Livorno', '57121', 'LI', 'TOS', '0586'),
  t('Lucca', '55100', 'LU', 'TOS', '0583'),
  t('Arezzo', '52100', 'AR', 'TOS', '0575'),
  t('Siena', '53100', 'SI', 'TOS', '0577'),
  t('Empoli', '50053', 'FI', 'TOS', '0571', { small: true }),
  t('Roma', '00184', 'RM', 'LAZ', '06'),
  t('Latina', '04100', 'LT', 'LAZ', '0773'),
  t('Viterbo', '01100', 'VT', 'LAZ', '0761'),
  t('Genova', '16121', 'GE', 'LIG', '010'),
  t('La Spezia', '19121', 'SP', 'LIG', '0187'),
  t('Savona', '17100', 'SV', 'LIG', '019'),
  t('Udine', '33100', 'UD', 'FVG', '0432'),
  t('Pordenone', '33170', 'PN', 'FVG', '0434'),
  t('Trieste', '34121', 'TS', 'FVG', '040'),
  t('Trento', '38121', 'TN', 'TAA', '0461'),
  t('Bolzano', '39100', 'BZ', 'TAA', '0471'),
  t('Ancona', '60121', 'AN', 'MAR', '071'),
  t('Pesaro', '61121', 'PU', 'MAR', '0721'),
  t('Perugia', '06121', 'PG', 'UMB', '075'),
  t('Napoli', '80133', 'NA', 'CAM', '081'),
  t('Salerno', '84121', 'SA', 'CAM', '089'),
  t('Bari', '70121', 'BA', 'PUG', '080'),
  t('Lecce', '73100', 'LE', 'PUG', '0832'),
  t('Palermo', '90133', 'PA', 'SIC', '091'),
  t('Catania', '95131', 'CT', 'SIC', '095'),
  t('Cagliari', '09124', 'CA', 'SAR', '070'),
  t('Pescara', '65121', 'PE', 'ABR', '085'),
];

/** Where an Emilian MSP's clients have their head office: mostly nearby, some further away. */
export const homeRegions: readonly (readonly [Region, number])[] = [
  ['ER', 50],
  ['LOM', 20],
  ['VEN', 14],
  ['PIE', 4],
  ['TOS', 5],
  ['LIG', 2],
  ['FVG', 2],
  ['TAA', 2],
  ['MAR', 1],
];

export const townsByRegion = new Map<Region, Town[]>();
for (const town of towns) {
  const list = townsByRegion.get(town.region) ?? [];
  list.push(town);
  townsByRegion.set(town.region, list);
}

export const smallTowns = towns.filter((town) => town.small);

export const streets = [
  'Via Roma', 'Via Giuseppe Garibaldi', 'Via Giuseppe Mazzini', 'Corso Vittorio Emanuele II', 'Via XX Settembre',
  'Via Camillo Benso di Cavour', 'Via Dante Alighieri', 'Viale della Repubblica', 'Via Guglielmo Marconi', 'Via Antonio Gramsci',
  'Via IV Novembre', 'Via Aldo Moro', 'Via Papa Giovanni XXIII', 'Via della Stazione', 'Viale Europa',
  'Via Nazionale', 'Via San Martino', 'Via dei Mille', 'Via Carlo Pisacane', 'Via Matteotti',
  'Via Cesare Battisti', 'Via Vittorio Veneto', 'Via Trieste', 'Via Fratelli Rosselli', 'Viale Italia',
  'Via Martiri della Libertà', 'Via Don Giovanni Minzoni', 'Via Alessandro Manzoni', 'Via Giacomo Leopardi', 'Via Piave',
] as const;

export const industrialStreets = [
  "Via dell'Industria", "Via dell'Artigianato", 'Via del Lavoro', "Via dell'Elettronica", 'Via Enrico Fermi',
  'Via Galileo Galilei', 'Via Alessandro Volta', 'Via Antonio Meucci', 'Via Enrico Mattei', 'Via dei Trasporti',
  'Via Isaac Newton', 'Via Fratelli Cervi', 'Via della Meccanica', 'Via dei Mestieri', 'Via Primo Maggio',
] as const;

export const squares = ['Piazza della Libertà', 'Piazza Martiri', 'Piazza Giuseppe Garibaldi', 'Piazza Umberto I', 'Piazza del Popolo', 'Piazza Grande'] as const;
