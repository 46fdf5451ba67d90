import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testAdmin, testTechnician, type TestCore } from '../core/testing';
import { MAX_IMPORT_ROWS } from './import-columns';

// Monday 30 November 2026, 11:00 in Rome. The default policy: weekdays 09-13 and 14-18 in Rome;
// P1 60 / 240 business minutes, P2 240 / 960, P3 480 / 2400.
const NOW = '2026-11-30T10:00:00.000Z';

let core: TestCore;
let acme = { id: '', name: '' };
beforeEach(() => {
  core = openTestCore({ now: () => new Date(NOW) });
  acme = core.call('clients.create', { code: 'ACME', name: 'Acme S.p.A.' });
  core.call('clients.create', { code: 'GLOBEX', name: 'Globex', timezone: 'America/New_York' });
});
afterEach(() => core.close());

const dryRun = (csv: string) => core.call('tasks.import', { csv, commit: false });
const commit = (csv: string) => core.call('tasks.import', { csv, commit: true });
const taskCount = () => core.call('tasks.list', { limit: 1 }).total;
const lines = (...rows: string[]) => rows.join('\n');
const brief = (errors: { line: number; column: string | null; code: string }[]) => errors.map(({ line, column, code }) => ({ line, column, code }));

describe('tasks.import reads the CSV other tools and spreadsheets write', () => {
  it('previews each row with its clocks from the opening time, in the client’s zone, and writes nothing', () => {
    const result = dryRun(
      lines(
        'Client,Title,Kind,Priority,Status,Opened at',
        'ACME,Server down,incident,P1,new,2026-11-30 10:10',
        'GLOBEX,Printer jam,request,p3,,2026-11-27T16:00:00-05:00',
      ),
    );
    expect(result).toMatchObject({ committed: false, rows: 2, create: 2, skipped: 0, errors: [], errorCount: 0 });
    expect(result.preview[0]).toEqual({
      line: 2,
      clientId: acme.id,
      clientCode: 'ACME',
      clientName: 'Acme S.p.A.',
      title: 'Server down',
      kind: 'incident',
      priority: 'P1',
      status: 'new',
      openedAt: '2026-11-30T09:10:00.000Z',
      respondedAt: null,
      assigneeName: null,
      siteName: null,
      deviceName: null,
      // 10:10 Rome + 60 business minutes, 50 of them gone (past 75%); + 240: 170 before lunch, 70 after.
      responseDueAt: '2026-11-30T10:10:00.000Z',
      resolveDueAt: '2026-11-30T14:10:00.000Z',
      slaState: 'at_risk',
      existingTaskId: null,
      sameAsLine: null,
      taskId: null,
    });
    // Friday 22:00 in Rome, after hours: P3's 480 minutes are Monday's whole business day.
    expect(result.preview[1]).toMatchObject({ line: 3, priority: 'P3', openedAt: '2026-11-27T21:00:00.000Z', responseDueAt: '2026-11-30T17:00:00.000Z', slaState: 'ok' });
    expect(taskCount()).toBe(0);
  });

  it('reads an opening time with an offset written in any ISO form, whatever the client’s zone', () => {
    const written = ['2026-11-27T16:00:00-05:00', '2026-11-27 16:00-0500', '2026-11-27T16:00-05', '2026-11-27T21:00Z', '2026-11-27 21:00:00.000z'];
    const result = dryRun(lines('Client,Title,Priority,Opened at', ...written.map((at, i) => `ACME,Offset ${i},P3,${at}`)));
    expect(result.errors).toEqual([]);
    expect(result.preview.map((row) => row.openedAt)).toEqual(written.map(() => '2026-11-27T21:00:00.000Z'));
  });

  it('takes “;” with a byte order mark, Italian headers, CRLF, and quoted fields holding separators, quotes and line breaks', () => {
    const csv =
      '\uFEFFCliente;Titolo;Priorità;Aperto il;Descrizione;Lista di controllo\r\n' +
      'acme;"Backup; non partito";P2;27/11/2026 10:15;"Il NAS dice ""errore 5""\r\nseconda riga\r\nterza riga";Controlla log | Riavvia job\r\n' +
      '\r\n' +
      ';;;;;\r\n' +
      'ACME;VPN lenta;2;2026-11-27 11:00;;\r\n';
    const result = dryRun(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(2);
    expect(result.preview.map((row) => [row.line, row.title, row.priority, row.openedAt])).toEqual([
      [2, 'Backup; non partito', 'P2', '2026-11-27T09:15:00.000Z'],
      [7, 'VPN lenta', 'P2', '2026-11-27T10:00:00.000Z'],
    ]);

    commit(csv);
    const task = core.call('tasks.get', { id: core.call('tasks.list', { priority: 'P2', limit: 10 }).items.find((t) => t.title.startsWith('Backup'))!.id });
    expect(task.description).toBe('Il NAS dice "errore 5"\nseconda riga\nterza riga');
    expect(task.checklist.map((item) => item.text)).toEqual(['Controlla log', 'Riavvia job']);
  });

  it('reads headers whatever their case, accents or separators, and names unknown and missing ones', () => {
    expect(dryRun(lines('CLIENT;title;PRIORITA;opened_at', 'ACME;One;P4;2026-11-30 09:00')).errors).toEqual([]);
    const result = dryRun(lines('Client,Titel,Priority,Owner,Client code', 'ACME,One,P4,luca,ACME'));
    expect(brief(result.errors)).toEqual([
      { line: 1, column: 'Titel', code: 'unknown_column' },
      { line: 1, column: 'Owner', code: 'unknown_column' },
      { line: 1, column: 'Client code', code: 'duplicate_column' },
      { line: 1, column: 'Title', code: 'missing_column' },
      { line: 1, column: 'Opened at', code: 'missing_column' },
    ]);
    expect(result.preview).toEqual([]);
  });

  it('lists every error of every row by line and column, as the file writes the column', () => {
    core.call('accounts.create', { login: 'luca', name: 'Luca Bianchi', role: 'technician', password: 'a long enough password' });
    const result = dryRun(
      lines(
        'Client;Title;Priority;Opened at;Assignee;Status;Kind',
        'ACME;Fine;P2;2026-11-30 09:00;LUCA;in corso;guasto',
        'NOPE;Unknown client;P9;yesterday;nobody;resolved;outage',
        'ACME;;P1;2026-12-25 09:00;;;',
        'ACME;Summer time;P1;2026-03-29 02:30;;;',
        'ACME;Too many;P1;2026-11-30 09:00;;;;surplus',
      ),
    );
    expect(brief(result.errors)).toEqual([
      { line: 3, column: 'Client', code: 'unknown_client' },
      { line: 3, column: 'Kind', code: 'bad_kind' },
      { line: 3, column: 'Priority', code: 'bad_priority' },
      { line: 3, column: 'Status', code: 'done_status' },
      { line: 3, column: 'Opened at', code: 'bad_date' },
      { line: 3, column: 'Assignee', code: 'unknown_assignee' },
      { line: 4, column: 'Opened at', code: 'future_date' },
      { line: 4, column: 'Title', code: 'invalid' },
      { line: 5, column: 'Opened at', code: 'bad_date' },
      { line: 6, column: null, code: 'extra_value' },
    ]);
    expect(result.errors[0]).toMatchObject({ field: 'client', message: 'No client has the code NOPE', params: { value: 'NOPE' } });
    expect(result.errors.find((e) => e.line === 4 && e.field === 'title')?.message).toBe('Required');
    expect(result).toMatchObject({ rows: 5, create: 1, errorCount: 10 });
    expect(result.preview.map((row) => [row.line, row.status, row.kind, row.assigneeName])).toEqual([[2, 'in_progress', 'incident', 'Luca Bianchi']]);
  });

  it('names the line where a quoted field opens and is never closed', () => {
    const result = dryRun(lines('Client,Title,Priority,Opened at', 'ACME,Fine,P1,2026-11-30 09:00', 'ACME,"Broken,P1,2026-11-30 09:00', 'ACME,Later,P1,2026-11-30 09:00'));
    expect(brief(result.errors)).toEqual([{ line: 3, column: null, code: 'unclosed_quote' }]);
    expect(result.preview).toEqual([]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows in one file, naming the first line too many`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `ACME,Task ${i},P4,2026-11-30 09:00`);
    const result = dryRun(lines('Client,Title,Priority,Opened at', ...rows));
    expect(brief(result.errors)).toEqual([{ line: MAX_IMPORT_ROWS + 2, column: null, code: 'too_many_rows' }]);
    expect(result.rows).toBe(MAX_IMPORT_ROWS + 1);
  });

  it('finds sites and devices by name within the client; a device brings its site', () => {
    const rack = core.call('sites.create', { clientId: acme.id, name: 'Sede Milano' });
    core.call('sites.create', { clientId: acme.id, name: 'Magazzino' });
    core.call('sites.create', { clientId: acme.id, name: 'Doppia' });
    core.call('sites.create', { clientId: acme.id, name: 'doppia' });
    core.call('devices.create', { clientId: acme.id, siteId: rack.id, name: 'nas-01', kind: 'nas' });
    const result = dryRun(
      lines(
        'Client,Title,Priority,Opened at,Site,Device',
        'ACME,Disk,P2,2026-11-30 09:00,,NAS-01',
        'ACME,Disk elsewhere,P2,2026-11-30 09:00,Magazzino,nas-01',
        'ACME,Which,P2,2026-11-30 09:00,Doppia,',
        'ACME,Nowhere,P2,2026-11-30 09:00,Roma,fw-9',
      ),
    );
    expect(result.preview.map((row) => [row.line, row.siteName, row.deviceName])).toEqual([[2, 'Sede Milano', 'nas-01']]);
    expect(brief(result.errors)).toEqual([
      { line: 3, column: 'Device', code: 'device_elsewhere' },
      { line: 4, column: 'Site', code: 'ambiguous_site' },
      { line: 5, column: 'Site', code: 'unknown_site' },
      { line: 5, column: 'Device', code: 'unknown_device' },
    ]);
  });
});

describe('tasks.import creates all the rows or none', () => {
  const good = lines(
    'Client,Title,Priority,Opened at,Status,Assignee',
    'ACME,Mail server down,P1,2026-11-25 09:00,new,test-tech',
    'ACME,New laptop,P3,2026-11-30 09:30,in_progress,',
    'GLOBEX,Firewall firmware,P2,2026-11-30T04:00:00-05:00,waiting_client,',
  );

  it('writes nothing when one row is wrong, and says where', () => {
    const bad = `${good}\nACME,Broken,P5,2026-11-30 09:00,,`;
    const error = errorOf(() => commit(bad));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('1 error in the file, nothing was imported — line 5, Priority: “P5” is not a priority: P1, P2, P3 or P4');
    expect(error.fields).toEqual([{ path: 'line.5.priority', message: '“P5” is not a priority: P1, P2, P3 or P4' }]);
    expect(taskCount()).toBe(0);
  });

  it('creates the tasks with their opening time, their clocks started there, as the dry run said', () => {
    const preview = dryRun(good).preview;
    const result = commit(good);
    expect(result).toMatchObject({ committed: true, create: 3, skipped: 0, errorCount: 0 });
    expect(taskCount()).toBe(3);
    expect(result.preview.map(({ taskId: _taskId, ...row }) => row)).toEqual(preview.map(({ taskId: _taskId, ...row }) => row));

    const [old, laptop, firmware] = result.preview.map((row) => core.call('tasks.get', { id: row.taskId! }));
    // Opened five days ago: both clocks ran out long since.
    expect(old).toMatchObject({ openedAt: '2026-11-25T08:00:00.000Z', status: 'new', slaState: 'breached', assigneeId: testTechnician.id, createdAt: NOW });
    expect(old!.responseDueAt).toBe('2026-11-25T09:00:00.000Z');
    expect(old!.clocks.response).toMatchObject({ state: 'breached', running: true });
    expect(old!.history.map(({ field, from, to, actorId }) => ({ field, from, to, actorId }))).toEqual([
      { field: 'created', from: null, to: 'new', actorId: testAdmin.id },
      { field: 'imported', from: null, to: '2026-11-25T08:00:00.000Z', actorId: testAdmin.id },
    ]);
    // Already in progress in the old tool: responded by the import at the latest.
    // 09:30 Rome + 480 business minutes: 210 before lunch, 240 after, 30 on Tuesday.
    expect(laptop).toMatchObject({ status: 'in_progress', respondedAt: NOW, slaState: 'ok', responseDueAt: '2026-12-01T08:30:00.000Z' });
    expect(laptop!.clocks.response).toMatchObject({ stopped: true, state: 'ok' });
    expect(laptop!.history.map((h) => [h.field, h.from, h.to])).toContainEqual(['status', 'new', 'in_progress']);
    // Waiting on the client from the import: the resolution clock is paused, with no due time.
    expect(firmware).toMatchObject({ status: 'waiting_client', pauses: [{ from: NOW, to: null }], resolveDueAt: null });
    expect(firmware!.clocks.resolution).toMatchObject({ paused: true });
  });

  it('keeps a response time from the file and stops the response clock there', () => {
    const result = commit(lines('Client,Title,Priority,Opened at,Responded at,Status', 'ACME,Slow VPN,P1,2026-11-30 09:00,2026-11-30 09:20,in progress'));
    const task = core.call('tasks.get', { id: result.preview[0]!.taskId! });
    expect(task).toMatchObject({ respondedAt: '2026-11-30T08:20:00.000Z', status: 'in_progress' });
    expect(task.clocks.response).toMatchObject({ stopped: true, state: 'ok', elapsedMinutes: 20 });
    expect(task.history.map((h) => h.field)).toEqual(['created', 'imported', 'status', 'respondedAt']);
    const early = dryRun(lines('Client,Title,Priority,Opened at,Responded at', 'ACME,Odd,P1,2026-11-30 09:00,2026-11-30 08:59'));
    expect(brief(early.errors)).toEqual([{ line: 2, column: 'Responded at', code: 'before_opened' }]);
  });

  it('skips what an earlier import created and repeats within the file, and says so before importing', () => {
    commit(good);
    const again = lines(good, 'ACME,Printer,P4,2026-11-30 10:00,,', 'ACME,Printer,P4,2026-11-30T09:00:00Z,,');
    const preview = dryRun(again);
    expect(preview).toMatchObject({ rows: 5, create: 1, skipped: 4, errorCount: 0 });
    expect(preview.preview.map((row) => [row.line, row.existingTaskId !== null, row.sameAsLine])).toEqual([
      [2, true, null],
      [3, true, null],
      [4, true, null],
      [5, false, null],
      [6, false, 5],
    ]);
    expect(commit(again)).toMatchObject({ create: 1, skipped: 4 });
    expect(taskCount()).toBe(4);
    // A title and a time alike at another client is another task.
    expect(dryRun(lines('Client,Title,Priority,Opened at', 'GLOBEX,Printer,P4,2026-11-30T09:00:00Z')).create).toBe(1);
  });

  it('is for operators and admins only', () => {
    expect(errorOf(() => core.call('tasks.import', { csv: good, commit: false }, testTechnician)).code).toBe('forbidden');
    expect(errorOf(() => core.callRaw('tasks.import', { csv: '', commit: true })).fields).toEqual([{ path: 'csv', message: 'Required' }]);
  });
});
