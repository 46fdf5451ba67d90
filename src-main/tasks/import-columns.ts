/** Within the hub's 4 MiB request body even when JSON escapes every quote and line break. */
export const MAX_IMPORT_CHARS = 2_000_000;
export const MAX_IMPORT_ROWS = 10_000;
/** The dry run shows this many rows; the totals count them all. */
export const IMPORT_PREVIEW_ROWS = 200;
/** Enough to fix a file by; errorCount says how many there are in all. */
export const MAX_IMPORT_ERRORS = 1000;

export const importColumnKeys = [
  'client',
  'title',
  'kind',
  'priority',
  'status',
  'openedAt',
  'respondedAt',
  'assignee',
  'site',
  'device',
  'description',
  'scheduledAt',
  'checklist',
] as const;
export type ImportColumnKey = (typeof importColumnKeys)[number];

interface ImportColumn {
  key: ImportColumnKey;
  /** The template's headers, in the console's two languages. */
  en: string;
  it: string;
  required: boolean;
  /** Other headers other tools write for the same thing. */
  aliases: readonly string[];
}

/**
 * The columns of a task import, read by header name whatever its case, accents, spaces or
 * underscores ("Opened at", "opened_at", "OPENED AT" and "openedAt" are one column).
 */
export const importColumns: readonly ImportColumn[] = [
  { key: 'client', en: 'Client', it: 'Cliente', required: true, aliases: ['client code', 'customer', 'codice cliente'] },
  { key: 'title', en: 'Title', it: 'Titolo', required: true, aliases: ['subject', 'oggetto'] },
  { key: 'kind', en: 'Kind', it: 'Tipo', required: false, aliases: ['type'] },
  { key: 'priority', en: 'Priority', it: 'Priorità', required: true, aliases: ['priorita'] },
  { key: 'status', en: 'Status', it: 'Stato', required: false, aliases: ['state'] },
  { key: 'openedAt', en: 'Opened at', it: 'Aperto il', required: true, aliases: ['opened', 'opened on', 'aperta il', 'apertura', 'data apertura'] },
  { key: 'respondedAt', en: 'Responded at', it: 'Preso in carico il', required: false, aliases: ['responded', 'risposto il', 'presa in carico'] },
  { key: 'assignee', en: 'Assignee', it: 'Assegnatario', required: false, aliases: ['assigned to', 'assegnato a', 'tecnico'] },
  { key: 'site', en: 'Site', it: 'Sede', required: false, aliases: ['sito'] },
  { key: 'device', en: 'Device', it: 'Dispositivo', required: false, aliases: [] },
  { key: 'description', en: 'Description', it: 'Descrizione', required: false, aliases: [] },
  { key: 'scheduledAt', en: 'Scheduled at', it: 'Pianificato il', required: false, aliases: ['scheduled for', 'pianificato per', 'pianificata per'] },
  { key: 'checklist', en: 'Checklist', it: 'Lista di controllo', required: false, aliases: ['check list'] },
];
