import { z } from 'zod';
import { importColumnKeys, MAX_IMPORT_CHARS } from './import-columns';
import { priority, slaStateEnum, taskKind, taskStatus } from './schemas';

export const taskImportInput = z
  .object({
    csv: z.string().min(1, 'Required').max(MAX_IMPORT_CHARS, `At most ${MAX_IMPORT_CHARS} characters`),
    /** false: a dry run that writes nothing; true: create the tasks, all or none. */
    commit: z.boolean().default(false),
  })
  .strict();

export const importErrorCodes = [
  /** A message the console translates as it does any validation message (Required, At most N characters…). */
  'invalid',
  'no_header',
  'no_rows',
  'csv_syntax',
  'unclosed_quote',
  'too_many_rows',
  'unknown_column',
  'missing_column',
  'duplicate_column',
  'extra_value',
  'unknown_client',
  'archived_client',
  'bad_priority',
  'bad_kind',
  'bad_status',
  'done_status',
  'bad_date',
  'future_date',
  'before_opened',
  'unknown_assignee',
  'archived_assignee',
  'unknown_site',
  'ambiguous_site',
  'archived_site',
  'unknown_device',
  'ambiguous_device',
  'archived_device',
  'device_elsewhere',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export const importError = z.object({
  /** 1-based line of the file (the header is line 1; a row with a line break in a quoted field starts where it starts). */
  line: z.number().int(),
  /** The header as the file writes it; null for what concerns the whole line or file. */
  column: z.string().nullable(),
  /** The column it was read as; null for an unknown column or the whole line. */
  field: z.enum(importColumnKeys).nullable(),
  code: z.enum(importErrorCodes),
  /** In English, for scripts; the console words it from code and params. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportError = z.infer<typeof importError>;

export const importRow = z.object({
  line: z.number().int(),
  clientId: z.string(),
  clientCode: z.string(),
  clientName: z.string(),
  title: z.string(),
  kind: taskKind,
  priority,
  status: taskStatus,
  openedAt: z.string(),
  respondedAt: z.string().nullable(),
  assigneeName: z.string().nullable(),
  siteName: z.string().nullable(),
  deviceName: z.string().nullable(),
  responseDueAt: z.string().nullable(),
  resolveDueAt: z.string().nullable(),
  slaState: slaStateEnum,
  /** The task this row already became (same client, title and opening time): skipped. */
  existingTaskId: z.string().nullable(),
  /** An earlier line of the same file that is the same task: skipped. */
  sameAsLine: z.number().int().nullable(),
  /** Once committed, the task this row became. */
  taskId: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRow>;

export const taskImportOutput = z.object({
  committed: z.boolean(),
  /** Data rows read (the header and empty lines not counted). */
  rows: z.number().int(),
  /** Tasks to create (dry run) or created (commit). */
  create: z.number().int(),
  /** Rows already imported, or repeated in the file. */
  skipped: z.number().int(),
  errors: z.array(importError),
  errorCount: z.number().int(),
  /** The first valid rows, as they would be (or were) created. */
  preview: z.array(importRow),
});
export type TaskImportOutput = z.infer<typeof taskImportOutput>;
