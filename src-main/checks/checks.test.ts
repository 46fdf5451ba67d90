import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testTechnician, type TestCore } from '../core/testing';
import { checksContract } from './contract';
import { checkCreateInput, regexProblem } from './schemas';
import { checkTemplates } from './templates';
import { errorOf, openQuietCore, seedFleet, type Fleet } from './test-support/core';

let core: TestCore;
let fleet: Fleet;
beforeEach(() => {
  core = openQuietCore();
  fleet = seedFleet(core);
});
afterEach(() => core.close());

const tcp = (extra: Record<string, unknown> = {}) => ({ kind: 'tcp' as const, host: '10.0.0.5', port: 3389, intervalSeconds: 60, ...extra });

describe('checks', () => {
  it('creates a check on a device and one on a bare target of a client, and reads them back', () => {
    const onDevice = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp() });
    expect(onDevice).toMatchObject({
      clientId: fleet.clientId,
      deviceId: fleet.deviceId,
      siteId: fleet.siteId,
      deviceName: 'srv-acme',
      kind: 'tcp',
      host: '10.0.0.5',
      port: 3389,
      target: '10.0.0.5:3389',
      label: 'TCP 10.0.0.5:3389',
      timeoutMs: 5000,
      retries: 2,
      paused: false,
      state: 'unknown',
      lastResult: null,
    });
    const bare = core.call('checks.create', {
      clientId: fleet.clientId,
      kind: 'http',
      label: 'Sito web',
      url: 'https://www.example.com/',
      bodyMatch: { type: 'keyword', pattern: 'Benvenuti' },
      intervalSeconds: 300,
    });
    expect(bare).toMatchObject({ deviceId: null, siteId: null, label: 'Sito web', bodyMatch: { type: 'keyword', pattern: 'Benvenuti', expect: 'present' } });
    expect(core.call('checks.get', { id: bare.id })).toEqual(bare);

    const list = core.call('checks.list', { limit: 10 });
    expect(list.total).toBe(2);
    expect(core.call('checks.list', { deviceId: fleet.deviceId, limit: 10 }).items.map((c) => c.id)).toEqual([onDevice.id]);
    expect(core.call('checks.list', { siteId: fleet.siteId, limit: 10 }).items.map((c) => c.id)).toEqual([onDevice.id]);
    expect(core.call('checks.list', { kind: 'http', limit: 10 }).items.map((c) => c.id)).toEqual([bare.id]);
    expect(core.call('checks.list', { clientId: fleet.clientId, bare: true, limit: 10 }).items.map((c) => c.id)).toEqual([bare.id]);
    expect(core.call('checks.list', { clientId: fleet.clientId, bare: false, limit: 10 }).items.map((c) => c.id)).toEqual([onDevice.id]);
  });

  it('pages through checks with a cursor', () => {
    for (let port = 1; port <= 5; port++) core.call('checks.create', { deviceId: fleet.deviceId, ...tcp({ port }) });
    const first = core.call('checks.list', { limit: 2 });
    const second = core.call('checks.list', { limit: 2, cursor: first.nextCursor! });
    const third = core.call('checks.list', { limit: 2, cursor: second.nextCursor! });
    expect(third.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items, ...third.items].map((c) => c.port))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('updates fields, clears optional ones with null, and validates the merged check as a whole', () => {
    const check = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp({ warnMs: 100, critMs: 500 }) });
    const updated = core.call('checks.update', { id: check.id, port: 22, warnMs: null, label: 'SSH' });
    expect(updated).toMatchObject({ port: 22, warnMs: null, critMs: 500, label: 'SSH', target: '10.0.0.5:22' });

    const toHttp = errorOf(() => core.call('checks.update', { id: check.id, kind: 'http' }));
    expect(toHttp.fields).toEqual(expect.arrayContaining([{ path: 'url', message: 'Required for http checks' }]));
    const asHttp = core.call('checks.update', { id: check.id, kind: 'http', url: 'http://10.0.0.5/' });
    expect(asHttp).toMatchObject({ kind: 'http', url: 'http://10.0.0.5/', target: 'http://10.0.0.5/' });
    expect(asHttp.host).toBeUndefined();
    expect(asHttp.port).toBeUndefined();
  });

  it('pauses, resumes and deletes, keeping deleted checks out of lists', () => {
    const check = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp() });
    expect(core.call('checks.pause', { id: check.id }).state).toBe('paused');
    expect(core.call('checks.list', { state: 'paused', limit: 10 }).items.map((c) => c.id)).toEqual([check.id]);
    expect(core.call('checks.resume', { id: check.id }).state).toBe('unknown');
    const deleted = core.call('checks.delete', { id: check.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect(core.call('checks.list', { limit: 10 }).total).toBe(0);
    expect(errorOf(() => core.call('checks.pause', { id: check.id })).code).toBe('not_found');
    expect(errorOf(() => core.call('checks.delete', { id: check.id }, testTechnician)).code).toBe('forbidden');
  });

  it('refuses checks on archived devices and unknown owners', () => {
    expect(errorOf(() => core.call('checks.create', { deviceId: 'dev_nope', ...tcp() })).code).toBe('not_found');
    core.call('devices.archive', { id: fleet.deviceId });
    const archived = errorOf(() => core.call('checks.create', { deviceId: fleet.deviceId, ...tcp() }));
    expect(archived).toMatchObject({ code: 'conflict', fields: [{ path: 'deviceId', message: expect.any(String) }] });
  });

  it('offers templates that are valid checks once their target is filled in', () => {
    const { items } = core.call('checks.templates', {});
    expect(items.map((t) => t.id)).toEqual(['ping', 'https-keyword', 'tls-expiry', 'rdp', 'ssh', 'dns-a']);
    const targets: Record<string, unknown> = { host: '192.0.2.10', url: 'https://example.com/', name: 'example.com', resolver: '192.0.2.53' };
    for (const template of checkTemplates) {
      const filled: Record<string, unknown> = { clientId: 'cli_x', kind: template.kind, ...template.defaults };
      for (const need of template.needs) {
        if (need === 'bodyMatch.pattern') filled.bodyMatch = { ...(filled.bodyMatch as object), pattern: 'Welcome' };
        else filled[need] = targets[need];
      }
      expect(checkCreateInput.safeParse(filled).error?.issues ?? [], template.id).toEqual([]);
    }
  });
});

describe('regex guard', () => {
  it('accepts ordinary patterns and refuses broken, long or explosive ones', () => {
    expect(regexProblem('Benvenut[oi]\\s+\\d+')).toBeUndefined();
    expect(regexProblem('(ab)+c')).toBeUndefined();
    expect(regexProblem('(a+)?b')).toBeUndefined();
    expect(regexProblem('[(a+)+]')).toBeUndefined();
    expect(regexProblem('(unclosed')).toMatch(/Not a valid regular expression/);
    expect(regexProblem('x'.repeat(201))).toMatch(/At most 200/);
    expect(regexProblem('(a+)+$')).toMatch(/Nested quantifiers/);
    expect(regexProblem('(\\w*)*x')).toMatch(/Nested quantifiers/);
    expect(regexProblem('((ab)+)+')).toMatch(/Nested quantifiers/);
    expect(regexProblem('(x{1,3}){2,}')).toMatch(/Nested quantifiers/);
    expect(regexProblem('ok', 'g')).toMatch(/Flags/);
  });
});

describe('bad input', () => {
  const now = '2026-03-01T10:00:00Z';
  const later = '2026-03-01T12:00:00Z';

  // Each method with input it must refuse, and the field the error must name.
  const cases = (f: Fleet, checkId: string): [string, unknown, string][] => [
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5', port: 70000 }, 'port'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5' }, 'port'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, url: 'http://x/' }, 'url'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '-oProxy', port: 22 }, 'host'],
    ['checks.create', { deviceId: f.deviceId, kind: 'ping', host: '10.0.0.5', intervalSeconds: 0 }, 'intervalSeconds'],
    ['checks.create', { deviceId: f.deviceId, kind: 'ping', host: '10.0.0.5', intervalSeconds: 1.5 }, 'intervalSeconds'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'ftp://10.0.0.5/' }, 'url'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'not a url' }, 'url'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'http://x/', bodyMatch: { type: 'regex', pattern: '(a+)+' } }, 'bodyMatch.pattern'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'http://x/', bodyMatch: { type: 'regex', pattern: '[' } }, 'bodyMatch.pattern'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'http://x/', bodyMatch: { type: 'keyword', pattern: 'k'.repeat(201) } }, 'bodyMatch.pattern'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'http://x/', expectedStatus: { min: 300, max: 200 } }, 'expectedStatus.max'],
    ['checks.create', { deviceId: f.deviceId, kind: 'http', url: 'http://x/', headers: { 'bad header': 'x' } }, 'headers.bad header'],
    ['checks.create', { deviceId: f.deviceId, kind: 'dns', name: 'example.com', recordType: 'A', resolver: 'dns.google' }, 'resolver'],
    ['checks.create', { deviceId: f.deviceId, kind: 'dns', name: 'example.com', recordType: 'AXFR' }, 'recordType'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tls', host: 'example.com', warnDays: 7, critDays: 21 }, 'critDays'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, warnMs: 500, critMs: 100 }, 'critMs'],
    ['checks.create', { deviceId: f.deviceId, clientId: f.clientId, kind: 'tcp', host: '10.0.0.5', port: 22 }, 'deviceId'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, retries: 0 }, 'retries'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, timeoutMs: 10 }, 'timeoutMs'],
    ['checks.create', { deviceId: f.deviceId, kind: 'snmp', host: '10.0.0.5' }, 'kind'],
    ['checks.get', { id: '' }, 'id'],
    ['checks.list', { limit: 0 }, 'limit'],
    ['checks.list', { state: 'broken' }, 'state'],
    ['checks.list', { bare: 'yes' }, 'bare'],
    ['checks.list', { cursor: 'forged' }, 'cursor'],
    ['checks.update', { id: checkId, port: 0 }, 'port'],
    ['checks.update', { id: checkId, intervalSeconds: 0 }, 'intervalSeconds'],
    ['checks.update', { id: checkId, kind: 'dns' }, 'name'],
    ['checks.delete', {}, 'id'],
    ['checks.pause', { id: 42 }, 'id'],
    ['checks.resume', {}, 'id'],
    ['checks.templates', { all: true }, ''],
    ['checks.test', { kind: 'tcp', host: '10.0.0.5', port: -1 }, 'port'],
    ['checks.runNow', {}, 'id'],
    ['checks.runSite', { siteId: '' }, 'siteId'],
    ['checks.results', { checkId, from: 'yesterday' }, 'from'],
    ['checks.results', { checkId, limit: 5000 }, 'limit'],
    ['checks.series', { checkId, from: now, to: later, points: 0 }, 'points'],
    ['checks.series', { checkId, from: later, to: now, points: 100 }, 'to'],
    ['checks.schedulerStats', { verbose: true }, ''],
    ['health.overview', { clientId: 'x' }, ''],
    ['health.device', { deviceId: f.deviceId, days: 0 }, 'days'],
    ['health.rollup', { clientId: '' }, 'clientId'],
    ['maintenance.suppressions', { siteId: f.siteId, limit: 0 }, 'limit'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tls', host: '10.0.0.5', ca: 'not a certificate' }, 'ca'],
    ['checks.create', { deviceId: f.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, runOn: 'my laptop' }, 'runOn'],
    ['checks.update', { id: checkId, runOn: 'ins_' + '0'.repeat(24) }, 'runOn'],
    ['alerts.list', { state: 'snoozed' }, 'state'],
    ['alerts.list', { cursor: 'forged' }, 'cursor'],
    ['alerts.acknowledge', { id: 'alert_x', comment: '   ' }, 'comment'],
    ['maintenance.create', { deviceId: f.deviceId, from: later, to: now }, 'to'],
    ['maintenance.create', { deviceId: f.deviceId, clientId: f.clientId, from: now, to: later }, 'deviceId'],
    ['maintenance.create', { deviceId: f.deviceId, from: now }, 'to'],
    ['maintenance.create', { deviceId: f.deviceId, rrule: 'FREQ=WEEKLY', start: '2026-03-01T02:00', durationMinutes: 0, timezone: 'Europe/Rome' }, 'durationMinutes'],
    ['maintenance.create', { deviceId: f.deviceId, rrule: 'FREQ=HOURLY', start: '2026-03-01T02:00', durationMinutes: 60, timezone: 'Europe/Rome' }, 'rrule'],
    ['maintenance.create', { deviceId: f.deviceId, rrule: 'FREQ=WEEKLY', start: '2026-03-01T02:00', durationMinutes: 60, timezone: 'Mars/Olympus' }, 'timezone'],
    ['maintenance.create', { deviceId: f.deviceId, rrule: 'FREQ=WEEKLY', start: 'tomorrow', durationMinutes: 60, timezone: 'Europe/Rome' }, 'start'],
    ['maintenance.list', { deviceId: 5 }, 'deviceId'],
    ['maintenance.delete', {}, 'id'],
  ];

  it('refuses bad input to every method, naming the field, and writes nothing', () => {
    const checkId = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp() }).id;
    const changesBefore = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    const all = cases(fleet, checkId);
    for (const [method, input, path] of all) {
      const error = errorOf(() => core.callRaw(method, input));
      expect(error.code, `${method} ${JSON.stringify(input)}`).toBe('invalid_input');
      expect(error.fields?.map((f) => f.path), `${method} ${JSON.stringify(input)}`).toContain(path);
    }
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes')).toBe(changesBefore);
    expect(new Set(all.map(([method]) => method))).toEqual(new Set(Object.keys(checksContract)));
  });
});
