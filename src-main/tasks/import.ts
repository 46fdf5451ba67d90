import { CsvError, parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import type { Actor } from '../core/actor';
import { AppError } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { policyForClient, type LoadedPolicy } from '../sla-policies/policies';
import type { Queries } from '../store/queries';
import type { WriteTx } from '../store/write-tx';
import { IMPORT_PREVIEW_ROWS, MAX_IMPORT_ERRORS, MAX_IMPORT_ROWS, importColumns, type ImportColumnKey } from './import-columns';
import type { ImportError, ImportErrorCode, ImportRow, TaskImportOutput } from './import-schemas';
import { insertTask, recordHistory, type NewTask } from './rows';
import { type Priority, type StoredPause, type TaskStatus, taskCreateInput } from './schemas';
import { computeSla, type SlaColumns } from './sla';
import type { tasksContract } from './contract';
import { tasksTable } from './tables';
import { statusChange } from './tasks';

interface CsvRecord {
  /** Where the record starts in the file, 1-based. */
  line: number;
  cells: string[];
}

type Problem = Omit<ImportError, 'message' | 'params'> & { message: string; params?: ImportError['params'] };
const problem = (p: Problem): ImportError => ({ ...p, params: p.params ?? {} });

/** Excel writes ";" where the decimal separator is a comma (Italy); the header's own separators tell. */
function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf('\n') + 1 || undefined).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

const lineBreaks = (cells: string[]) => cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);

/** The file's records with the line each starts at; a syntax error ends the reading, naming its line. */
function readCsv(csv: string): CsvRecord[] | ImportError {
  // One kind of line break, so csv-parse counts lines as an editor does (it counts a quoted \r\n twice).
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let lastLine = 0;
  try {
    parse(text, {
      delimiter: sniffDelimiter(text),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], { lines }) => {
        lastLine = lines;
        // Spreadsheets write an emptied row as a line of separators.
        if (cells.some((cell) => cell.trim() !== '')) records.push({ line: lines - lineBreaks(cells), cells });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse reports an unclosed quote at the end of the file; the record it spoils starts after the last one read.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return problem({ line: lastLine + 1, column: null, field: null, code: 'unclosed_quote', message: 'A quoted field starts here and is never closed' });
    }
    return problem({ line: Number(error.lines) || lastLine + 1, column: null, field: null, code: 'csv_syntax', message: error.message, params: { detail: error.message } });
  }
  return records;
}

/** "Priorità", "priorita" and "PRIORITÀ" are one header; so are "opened_at" and "Opened at". */
const headerKey = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const columnByHeader = new Map(importColumns.flatMap((c) => [c.key, c.en, c.it, ...c.aliases].map((name) => [headerKey(name), c.key] as const)));

interface Header {
  index: Partial<Record<ImportColumnKey, number>>;
  /** Each column's header as the file writes it, for errors. */
  text: Partial<Record<ImportColumnKey, string>>;
  errors: ImportError[];
}

function readHeader({ line, cells }: CsvRecord): Header {
  const header: Header = { index: {}, text: {}, errors: [] };
  cells.forEach((raw, index) => {
    const written = raw.trim();
    if (written === '') return;
    const key = columnByHeader.get(headerKey(written));
    if (!key) {
      header.errors.push(problem({ line, column: written, field: null, code: 'unknown_column', message: `Unknown column “${written}”`, params: { value: written } }));
    } else if (header.index[key] !== undefined) {
      const first = header.text[key]!;
      header.errors.push(problem({ line, column: written, field: key, code: 'duplicate_column', message: `“${written}” repeats the column “${first}”`, params: { value: written, first } }));
    } else {
      header.index[key] = index;
      header.text[key] = written;
    }
  });
  for (const column of importColumns) {
    if (column.required && header.index[column.key] === undefined) {
      header.errors.push(problem({ line, column: column.en, field: column.key, code: 'missing_column', message: `The column “${column.en}” is missing`, params: { value: column.en } }));
    }
  }
  return header;
}

// ---- values

const kinds = new Map<string, 'incident' | 'request' | 'maintenance'>(
  (
    [
      ['incident', 'incident'],
      ['guasto', 'incident'],
      ['incidente', 'incident'],
      ['request', 'request'],
      ['richiesta', 'request'],
      ['maintenance', 'maintenance'],
      ['manutenzione', 'maintenance'],
    ] as const
  ).map(([word, kind]) => [headerKey(word), kind]),
);

/** The statuses by their name in the API, the console (English, Italian) and a few tools' words. */
const statuses = new Map<string, TaskStatus>(
  (
    [
      ['new', 'new'],
      ['open', 'new'],
      ['nuovo', 'new'],
      ['aperto', 'new'],
      ['scheduled', 'scheduled'],
      ['pianificato', 'scheduled'],
      ['in progress', 'in_progress'],
      ['in corso', 'in_progress'],
      ['in lavorazione', 'in_progress'],
      ['waiting client', 'waiting_client'],
      ['waiting on client', 'waiting_client'],
      ['in attesa del cliente', 'waiting_client'],
      ['waiting vendor', 'waiting_vendor'],
      ['waiting on vendor', 'waiting_vendor'],
      ['in attesa del fornitore', 'waiting_vendor'],
      ['resolved', 'resolved'],
      ['risolto', 'resolved'],
      ['closed', 'closed'],
      ['chiuso', 'closed'],
    ] as const
  ).map(([word, status]) => [headerKey(word), status]),
);

const withOffset = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const isoLocal = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/**
 * An instant as another tool exports it: ISO 8601 with an offset, or a wall-clock time in the
 * client's zone written year first (2026-03-01 09:30) or day first as Italian spreadsheets do
 * (01/03/2026 09:30). A date alone is midnight, where the caller allows it (a whole-day schedule).
 */
function readInstant(text: string, zone: string, dateAlone: boolean): string | null {
  const offset = withOffset.exec(text);
  if (offset) {
    // Luxon reads every ISO offset form (Z, +01, +0100, +01:00); the date and time may be apart by a space.
    const at = DateTime.fromISO(`${offset[1]}T${offset[2]}${offset[3]}`, { setZone: true });
    return at.isValid ? at.toUTC().toISO() : null;
  }
  const yearFirst = isoLocal.exec(text);
  const dayMonth = dayFirst.exec(text);
  const parts = yearFirst ? yearFirst.slice(1) : dayMonth ? [dayMonth[3], dayMonth[2], dayMonth[1], ...dayMonth.slice(4)] : null;
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts.map((part) => (part === undefined ? undefined : Number(part)));
  if (hour === undefined && !dateAlone) return null;
  const wall = { year: year!, month: month!, day: day!, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  const at = DateTime.fromObject(wall, { zone });
  // A time the clocks skip (spring forward) comes back moved: it was never on the wall.
  if (!at.isValid || at.day !== wall.day || at.hour !== wall.hour || at.minute !== wall.minute) return null;
  return at.toUTC().toISO();
}

// ---- the fleet and people, looked up by what a spreadsheet says

interface Named {
  id: string;
  name: string;
  archivedAt: string | null;
}

type Found<T> = { found: T } | { missing: 'unknown' | 'ambiguous' | 'archived'; count?: number };

/** By the key given, else by a name only one active record has (the name another tool exported). */
function findNamed<T extends Named>(records: readonly T[], text: string, key?: (record: T) => string): Found<T> {
  const wanted = text.toLowerCase();
  if (key) {
    const byKey = records.find((record) => key(record).toLowerCase() === wanted);
    if (byKey) return byKey.archivedAt ? { missing: 'archived' } : { found: byKey };
  }
  const named = records.filter((record) => record.name.toLowerCase() === wanted);
  const active = named.filter((record) => !record.archivedAt);
  if (active.length === 1) return { found: active[0]! };
  if (active.length > 1) return { missing: 'ambiguous', count: active.length };
  return { missing: named.length > 0 ? 'archived' : 'unknown' };
}

interface ClientRecord extends Named {
  code: string;
  timezone: string;
}
interface DeviceRecord extends Named {
  siteId: string | null;
}

/** Everything a file may name, read once per import (sites, devices and tasks once per client named). */
function lookups(db: Queries) {
  const perClient = <T>(load: (clientId: string) => T) => {
    const cache = new Map<string, T>();
    return (clientId: string) => {
      let value = cache.get(clientId);
      if (value === undefined) cache.set(clientId, (value = load(clientId)));
      return value;
    };
  };
  return {
    clients: db.all<ClientRecord>('SELECT id, code, name, timezone, archived_at AS archivedAt FROM clients'),
    accounts: db.all<Named & { login: string }>('SELECT id, login, name, archived_at AS archivedAt FROM accounts'),
    sites: perClient((clientId) => db.all<Named>('SELECT id, name, archived_at AS archivedAt FROM sites WHERE client_id = ?', [clientId])),
    devices: perClient((clientId) =>
      db.all<DeviceRecord>('SELECT id, name, site_id AS siteId, archived_at AS archivedAt FROM devices WHERE client_id = ?', [clientId]),
    ),
    /** A client's tasks by title and opening time: what "already imported" means. */
    tasks: perClient((clientId) => {
      const rows = db.all<{ id: string; title: string; openedAt: string }>('SELECT id, title, opened_at AS openedAt FROM tasks WHERE client_id = ?', [clientId]);
      return new Map(rows.map((row) => [`${row.title}\n${new Date(row.openedAt).toISOString()}`, row.id]));
    }),
    policy: perClient((clientId): LoadedPolicy => policyForClient(db, clientId)),
  };
}

// ---- rows

/** A valid row: the task it becomes, its clocks as of the import, and whether it is one to skip. */
interface PlannedRow {
  preview: ImportRow;
  task: NewTask;
  /** The status a new task starts with, and what the file's status and response make of it at the import. */
  clock: { start: TaskStatus; status: TaskStatus; respondedAt: string | null; pauses: StoredPause[] };
  sla: SlaColumns;
  respondedInFile: boolean;
  skip: boolean;
}

const texts = taskCreateInput.pick({ title: true, description: true, checklist: true });

function readRow(record: CsvRecord, header: Header, known: ReturnType<typeof lookups>, now: Date): { row?: PlannedRow; errors: ImportError[] } {
  const { line, cells } = record;
  const errors: ImportError[] = [];
  const fail = (field: ImportColumnKey | null, code: ImportErrorCode, message: string, params: ImportError['params'] = {}) => {
    errors.push({ line, column: field ? (header.text[field] ?? null) : null, field, code, message, params });
  };
  const cell = (key: ImportColumnKey) => {
    const index = header.index[key];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const mapped = new Set(Object.values(header.index));
  cells.forEach((value, index) => {
    if (!mapped.has(index) && value.trim() !== '') fail(null, 'extra_value', `A value in column ${index + 1}, which has no header`, { position: index + 1 });
  });
  const nowIso = now.toISOString();

  const clientText = cell('client');
  let client: ClientRecord | undefined;
  if (!clientText) fail('client', 'invalid', 'Required');
  else {
    const found = findNamed(known.clients, clientText, (c) => c.code);
    if ('found' in found) client = found.found;
    else if (found.missing === 'archived') fail('client', 'archived_client', `The client ${clientText} is archived: restore it first`, { value: clientText });
    else fail('client', 'unknown_client', `No client has the code ${clientText}`, { value: clientText });
  }

  const title = cell('title');
  const kindText = cell('kind');
  const kind = kindText ? kinds.get(headerKey(kindText)) : 'incident';
  if (!kind) fail('kind', 'bad_kind', `“${kindText}” is not a kind: incident, request or maintenance`, { value: kindText });

  const priorityText = cell('priority');
  const priorityMatch = /^p?([1-4])$/i.exec(priorityText);
  const priority = priorityMatch ? (`P${priorityMatch[1]}` as Priority) : undefined;
  if (!priorityText) fail('priority', 'invalid', 'Required');
  else if (!priority) fail('priority', 'bad_priority', `“${priorityText}” is not a priority: P1, P2, P3 or P4`, { value: priorityText });

  const statusText = cell('status');
  const status = statusText ? statuses.get(headerKey(statusText)) : undefined;
  if (statusText && !status) {
    fail('status', 'bad_status', `“${statusText}” is not a status: new, scheduled, in progress, waiting on client or waiting on vendor`, { value: statusText });
  }
  else if (status === 'resolved' || status === 'closed') {
    fail('status', 'done_status', 'Only open tasks are imported: leave resolved and closed ones in the old tool', { value: statusText });
  }

  // A wall-clock time is read in the client's zone; with no client, only the form is checked.
  const zone = client?.timezone ?? 'UTC';
  const instant = (field: 'openedAt' | 'respondedAt' | 'scheduledAt', required: boolean) => {
    const text = cell(field);
    if (!text) {
      if (required) fail(field, 'invalid', 'Required');
      return null;
    }
    const at = readInstant(text, zone, field === 'scheduledAt');
    if (!at) {
      fail(field, 'bad_date', `“${text}” is not a date and time such as 2026-03-01 09:30 or 2026-03-01T09:30:00+01:00`, { value: text });
      return null;
    }
    if (field !== 'scheduledAt' && at > nowIso) {
      fail(field, 'future_date', `${text} is in the future`, { value: text });
      return null;
    }
    return at;
  };
  const openedAt = instant('openedAt', true);
  const respondedAt = instant('respondedAt', false);
  if (openedAt && respondedAt && respondedAt < openedAt) fail('respondedAt', 'before_opened', 'Earlier than the opening time', { value: cell('respondedAt') });
  const scheduledAt = instant('scheduledAt', false);

  const assigneeText = cell('assignee');
  let assignee: Named | undefined;
  if (assigneeText) {
    const found = findNamed(known.accounts, assigneeText, (a) => a.login);
    if ('found' in found) assignee = found.found;
    else if (found.missing === 'archived') fail('assignee', 'archived_assignee', `The account ${assigneeText} is archived`, { value: assigneeText });
    else fail('assignee', 'unknown_assignee', `No account has the login ${assigneeText}`, { value: assigneeText });
  }

  const named = <T extends Named>(field: 'site' | 'device', records: readonly T[]): T | undefined => {
    const text = cell(field);
    if (!text || !client) return undefined;
    const found = findNamed(records, text);
    if ('found' in found) return found.found;
    const params = { value: text, client: client.code, count: found.count ?? 0 };
    const what = field === 'site' ? 'site' : 'device';
    if (found.missing === 'archived') fail(field, `archived_${field}`, `The ${what} ${text} is archived`, params);
    else if (found.missing === 'ambiguous') fail(field, `ambiguous_${field}`, `${found.count} active ${what}s of ${client.code} are named ${text}`, params);
    else fail(field, `unknown_${field}`, `${client.code} has no ${what} named ${text}`, params);
    return undefined;
  };
  let site = client ? named('site', known.sites(client.id)) : undefined;
  const device = client ? named('device', known.devices(client.id)) : undefined;
  if (device?.siteId) {
    if (site && site.id !== device.siteId) fail('device', 'device_elsewhere', `${device.name} is at another site than ${site.name}`, { value: device.name, site: site.name });
    // A device names its site, as an alert's task does.
    site ??= known.sites(client!.id).find((s) => s.id === device.siteId);
  }

  const checklistText = cell('checklist');
  const checklist = checklistText
    .split(/\s*\|\s*|\n/)
    .map((item) => item.trim())
    .filter(Boolean);
  const checked = texts.safeParse({ title, description: cell('description'), checklist });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] as 'title' | 'description' | 'checklist';
      if (!errors.some((e) => e.field === field)) fail(field, 'invalid', issue.message);
    }
  }

  if (errors.length > 0 || !client || !checked.success || !kind || !priority || !openedAt) return { errors };

  // The clocks start at openedAt; a status past "new" is set at the import, as if changed then
  // (a response not in the file is the import's own).
  const start: TaskStatus = scheduledAt ? 'scheduled' : 'new';
  const clock = statusChange({ status: start, pauses: [], respondedAt, resolvedAt: null, closedAt: null }, status ?? start, nowIso);
  const sla = computeSla(known.policy(client.id), { priority, openedAt, respondedAt: clock.respondedAt, resolvedAt: null, pauses: clock.pauses }, now.getTime());
  return {
    errors,
    row: {
      task: {
        clientId: client.id,
        siteId: site?.id ?? null,
        deviceId: device?.id ?? null,
        kind,
        priority,
        title: checked.data.title,
        description: checked.data.description,
        assigneeId: assignee?.id ?? null,
        scheduledAt,
        openedAt,
        checklist: checked.data.checklist,
      },
      clock: { start, status: status ?? start, respondedAt: clock.respondedAt, pauses: clock.pauses },
      sla,
      respondedInFile: respondedAt !== null,
      skip: false,
      preview: {
        line,
        clientId: client.id,
        clientCode: client.code,
        clientName: client.name,
        title: checked.data.title,
        kind,
        priority,
        status: status ?? start,
        openedAt,
        respondedAt: clock.respondedAt,
        assigneeName: assignee?.name ?? null,
        siteName: site?.name ?? null,
        deviceName: device?.name ?? null,
        responseDueAt: sla.response_due_at,
        resolveDueAt: sla.resolve_due_at,
        slaState: sla.sla_state,
        existingTaskId: null,
        sameAsLine: null,
        taskId: null,
      },
    },
  };
}

interface Plan {
  rows: number;
  planned: PlannedRow[];
  errors: ImportError[];
}

/** Reads and checks the whole file against the database as it is now; writes nothing. */
function planImport(db: Queries, csv: string, now: Date): Plan {
  const records = readCsv(csv);
  if (!Array.isArray(records)) return { rows: 0, planned: [], errors: [records] };
  const [headerRecord, ...data] = records;
  if (!headerRecord) return { rows: 0, planned: [], errors: [problem({ line: 1, column: null, field: null, code: 'no_header', message: 'The file is empty: it needs a header line and a row per task' })] };
  if (data.length > MAX_IMPORT_ROWS) {
    const first = data[MAX_IMPORT_ROWS]!;
    const message = `At most ${MAX_IMPORT_ROWS} tasks in one file: split it (this file has ${data.length})`;
    return { rows: data.length, planned: [], errors: [problem({ line: first.line, column: null, field: null, code: 'too_many_rows', message, params: { max: MAX_IMPORT_ROWS, count: data.length } })] };
  }
  const header = readHeader(headerRecord);
  if (header.errors.length > 0) return { rows: data.length, planned: [], errors: header.errors };
  if (data.length === 0) return { rows: 0, planned: [], errors: [problem({ line: headerRecord.line + 1, column: null, field: null, code: 'no_rows', message: 'The file has a header and no tasks' })] };

  const known = lookups(db);
  const errors: ImportError[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of data) {
    const { row, errors: rowErrors } = readRow(record, header, known, now);
    errors.push(...rowErrors);
    if (!row) continue;
    const key = `${row.task.title}\n${row.task.openedAt}`;
    const clientKey = `${row.task.clientId}\n${key}`;
    row.preview.existingTaskId = known.tasks(row.task.clientId).get(key) ?? null;
    row.preview.sameAsLine = seen.get(clientKey) ?? null;
    row.skip = row.preview.existingTaskId !== null || row.preview.sameAsLine !== null;
    if (!seen.has(clientKey)) seen.set(clientKey, record.line);
    planned.push(row);
  }
  return { rows: data.length, planned, errors };
}

/**
 * tasks.import: a dry run shows every row as it would be created, with its clocks, and every
 * error; a commit creates them all or, on any error, none. Rows matching a task of the same
 * client, title and opening time (an earlier import) are skipped, as are repeats in the file.
 */
function importTasks(tx: WriteTx, csv: string, commit: boolean, actor: Actor, now: Date): TaskImportOutput {
  const plan = planImport(tx, csv, now);
  const errorCount = plan.errors.length;
  if (commit && errorCount > 0) {
    const first = plan.errors[0]!;
    const fields = plan.errors.slice(0, MAX_IMPORT_ERRORS).map((e) => ({ path: ['line', e.line, e.field].filter((p) => p !== null).join('.'), message: e.message }));
    const where = first.column ? `line ${first.line}, ${first.column}` : `line ${first.line}`;
    throw new AppError('invalid_input', `${errorCount} error${errorCount === 1 ? '' : 's'} in the file, nothing was imported — ${where}: ${first.message}`, fields);
  }
  const toCreate = plan.planned.filter((row) => !row.skip);
  if (commit) {
    const at = now.toISOString();
    for (const row of toCreate) {
      const id = insertTask(tx, row.task, actor, now);
      recordHistory(tx, id, actor, at, 'imported', null, row.task.openedAt);
      const { start, status, respondedAt, pauses } = row.clock;
      if (status !== start || respondedAt !== null) {
        // The clocks as planned, with no "SLA changed" in the history: the insert's (no response yet) were never real.
        tx.update(tasksTable, id, { status, responded_at: respondedAt, pauses: JSON.stringify(pauses), ...row.sla });
        if (status !== start) recordHistory(tx, id, actor, at, 'status', start, status);
        if (row.respondedInFile) recordHistory(tx, id, actor, at, 'respondedAt', null, respondedAt);
      }
      row.preview.taskId = id;
    }
  }
  return {
    committed: commit,
    rows: plan.rows,
    create: toCreate.length,
    skipped: plan.planned.length - toCreate.length,
    errors: plan.errors.slice(0, MAX_IMPORT_ERRORS),
    errorCount,
    preview: plan.planned.slice(0, IMPORT_PREVIEW_ROWS).map((row) => row.preview),
  };
}

export const importHandlers: Handlers<Pick<typeof tasksContract, 'tasks.import'>> = {
  'tasks.import': ({ csv, commit }, { tx, now, actor }) => importTasks(tx, csv, commit, actor, now()),
};
