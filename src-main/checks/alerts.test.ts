import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../core/testing';
import { errorOf, openQuietCore, result, seedFleet, type Fleet } from './test-support/core';

let core: TestCore;
let fleet: Fleet;
let checkId: string;
beforeEach(() => {
  core = openQuietCore();
  fleet = seedFleet(core);
  checkId = core.call('checks.create', { deviceId: fleet.deviceId, kind: 'tcp', host: '10.0.0.5', port: 3389, retries: 3 }).id;
});
afterEach(() => core.close());

const t0 = Date.parse('2026-03-02T10:00:00Z');
const minute = 60_000;
const alertsOf = (state: 'open' | 'acknowledged' | 'closed' | 'all' = 'all') => core.call('alerts.list', { state, limit: 100 }).items;
const stateChanges = () =>
  core.store.read.all<{ from: string | null; to: string }>('SELECT from_state AS "from", to_state AS "to" FROM state_changes WHERE check_id = ? ORDER BY at', [checkId]);

describe('alerts', () => {
  it('opens an alert after `retries` failures in a row, and closes it on recovery', () => {
    core.checks.record([result(checkId, t0, 'ok')]);
    expect(core.call('checks.get', { id: checkId }).state).toBe('ok');

    // Two failures, an ok, two failures: never three in a row, so nothing changes.
    core.checks.record([result(checkId, t0 + minute, 'critical'), result(checkId, t0 + 2 * minute, 'critical'), result(checkId, t0 + 3 * minute, 'ok')]);
    core.checks.record([result(checkId, t0 + 4 * minute, 'critical'), result(checkId, t0 + 5 * minute, 'critical')]);
    expect(core.call('checks.get', { id: checkId })).toMatchObject({ state: 'ok', consecutiveFailures: 2 });
    expect(alertsOf()).toEqual([]);

    core.checks.record([result(checkId, t0 + 6 * minute, 'critical')]);
    expect(core.call('checks.get', { id: checkId })).toMatchObject({ state: 'critical', stateSince: new Date(t0 + 6 * minute).toISOString() });
    const [alert] = alertsOf('open');
    expect(alert).toMatchObject({ checkId, deviceId: fleet.deviceId, clientId: fleet.clientId, severity: 'critical', closedAt: null, clientName: 'ACME S.r.l.', deviceName: 'srv-acme' });
    expect(alert!.openedAt).toBe(new Date(t0 + 6 * minute).toISOString());

    // Still failing: the same alert, no second one.
    core.checks.record([result(checkId, t0 + 7 * minute, 'critical')]);
    expect(alertsOf()).toHaveLength(1);

    core.checks.record([result(checkId, t0 + 8 * minute, 'ok')]);
    expect(core.call('checks.get', { id: checkId })).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(alertsOf('open')).toEqual([]);
    expect(alertsOf('closed')).toEqual([expect.objectContaining({ id: alert!.id, closedAt: new Date(t0 + 8 * minute).toISOString() })]);
    expect(stateChanges()).toEqual([
      { from: 'ok', to: 'critical' },
      { from: 'critical', to: 'ok' },
    ]);
  });

  it('gives the alert the severity of the failure, and follows it when it changes', () => {
    const statuses = ['warning', 'warning', 'warning', 'critical', 'warning'] as const;
    core.checks.record(statuses.map((status, i) => result(checkId, t0 + i * minute, status)));
    const [alert] = alertsOf();
    expect(alert!.severity).toBe('warning');
    expect(stateChanges()).toEqual([
      { from: null, to: 'warning' },
      { from: 'warning', to: 'critical' },
      { from: 'critical', to: 'warning' },
    ]);
    expect(alertsOf()).toHaveLength(1);
  });

  it('is acknowledged with a comment, by name, and only while open', () => {
    core.checks.record([0, 1, 2].map((i) => result(checkId, t0 + i * minute, 'critical')));
    const [alert] = alertsOf('open');
    const acknowledged = core.call('alerts.acknowledge', { id: alert!.id, comment: 'Riavvio in corso' });
    expect(acknowledged).toMatchObject({ comment: 'Riavvio in corso', acknowledgedBy: 'Test Admin' });
    expect(alertsOf('open')).toEqual([]);
    expect(alertsOf('acknowledged').map((a) => a.id)).toEqual([alert!.id]);

    core.checks.record([result(checkId, t0 + 3 * minute, 'ok')]);
    expect(errorOf(() => core.call('alerts.acknowledge', { id: alert!.id, comment: 'late' })).code).toBe('conflict');
    expect(errorOf(() => core.call('alerts.acknowledge', { id: 'alert_nope', comment: 'x' })).code).toBe('not_found');
  });

  it('lists alerts newest first by client and device, a page at a time', () => {
    const other = seedFleet(core, 'BETA');
    const otherCheck = core.call('checks.create', { deviceId: other.deviceId, kind: 'ping', host: '10.0.0.9', retries: 1 }).id;
    for (let round = 0; round < 3; round++) {
      const at = t0 + round * 10 * minute;
      core.checks.record([result(checkId, at, 'critical'), result(checkId, at + minute, 'critical'), result(checkId, at + 2 * minute, 'critical')]);
      core.checks.record([result(otherCheck, at + 3 * minute, 'critical'), result(checkId, at + 4 * minute, 'ok'), result(otherCheck, at + 5 * minute, 'ok')]);
    }
    expect(core.call('alerts.list', { state: 'all', clientId: other.clientId, limit: 50 }).items.every((a) => a.checkId === otherCheck)).toBe(true);
    expect(core.call('alerts.list', { state: 'all', deviceId: fleet.deviceId, limit: 50 }).items).toHaveLength(3);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = core.call('alerts.list', { state: 'closed', limit: 4, cursor });
      seen.push(...page.items.map((a) => a.openedAt));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('closes the open alert of a deleted check, and ignores results that arrive after the delete', () => {
    core.checks.record([0, 1, 2].map((i) => result(checkId, t0 + i * minute, 'critical')));
    core.call('checks.delete', { id: checkId });
    expect(alertsOf('closed')).toHaveLength(1);
    core.checks.record([result(checkId, t0 + 5 * minute, 'critical')]);
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM results')).toBe(3);
  });
});

describe('maintenance windows', () => {
  const suppressions = () => core.store.read.all<{ windowId: string; severity: string }>('SELECT window_id AS windowId, severity FROM alert_suppressions WHERE check_id = ?', [checkId]);

  it('records results but raises no alert during a one-off window, logs the suppression once, and alerts after it', () => {
    const window = core.call('maintenance.create', { deviceId: fleet.deviceId, reason: 'Aggiornamento firmware', from: new Date(t0).toISOString(), to: new Date(t0 + 30 * minute).toISOString() });
    expect(window).toMatchObject({ scope: 'device', scopeName: 'srv-acme', activeNow: false, nextStart: null, createdBy: 'Test Admin' });

    core.checks.record([0, 1, 2, 3, 4].map((i) => result(checkId, t0 + i * minute, 'critical')));
    expect(core.call('checks.get', { id: checkId }).state).toBe('critical');
    expect(alertsOf()).toEqual([]);
    expect(suppressions()).toEqual([{ windowId: window.id, severity: 'critical' }]);
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM results')).toBe(5);

    // Still failing when the window ends: the alert opens then.
    core.checks.record([result(checkId, t0 + 31 * minute, 'critical')]);
    expect(alertsOf('open')).toHaveLength(1);
    expect(suppressions()).toHaveLength(1);
  });

  it('suppresses during each occurrence of a recurring window (RRULE, local time), and not between them', () => {
    // Sundays 02:00-04:00 in Rome; 1 March 2026 is a Sunday, still on winter time (UTC+1).
    core.call('maintenance.create', { clientId: fleet.clientId, rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-01-04T02:00', durationMinutes: 120, timezone: 'Europe/Rome' });
    const sunday0230 = Date.parse('2026-03-01T01:30:00Z');
    core.checks.record([0, 1, 2].map((i) => result(checkId, sunday0230 + i * minute, 'critical')));
    expect(alertsOf()).toEqual([]);
    expect(suppressions()).toHaveLength(1);

    core.checks.record([result(checkId, sunday0230 + 10 * minute, 'ok')]);
    const sunday0500 = Date.parse('2026-03-01T04:00:00Z');
    core.checks.record([0, 1, 2].map((i) => result(checkId, sunday0500 + i * minute, 'critical')));
    expect(alertsOf('open')).toHaveLength(1);
  });

  it('shows checks in maintenance while a window covers now, and is listed and deleted', () => {
    const now = Date.now();
    const window = core.call('maintenance.create', { siteId: fleet.siteId, from: new Date(now - minute).toISOString(), to: new Date(now + 60 * minute).toISOString() });
    expect(window.activeNow).toBe(true);
    expect(core.call('checks.get', { id: checkId }).state).toBe('maintenance');
    expect(core.call('maintenance.list', { siteId: fleet.siteId }).items.map((w) => w.id)).toEqual([window.id]);
    expect(core.call('health.overview', {}).devices.maintenance).toBe(1);

    core.call('maintenance.delete', { id: window.id });
    expect(core.call('maintenance.list', {}).items).toEqual([]);
    expect(core.call('checks.get', { id: checkId }).state).toBe('unknown');
    expect(errorOf(() => core.call('maintenance.delete', { id: window.id })).code).toBe('not_found');
  });
});

describe('health', () => {
  it('rolls checks up into devices and clients, and lists the worst devices and open alerts', () => {
    const ping = core.call('checks.create', { deviceId: fleet.deviceId, kind: 'ping', host: '10.0.0.5', retries: 1 }).id;
    const other = seedFleet(core, 'BETA');
    const fine = core.call('checks.create', { deviceId: other.deviceId, kind: 'ping', host: '10.0.1.5', retries: 1 }).id;
    const paused = core.call('checks.create', { deviceId: other.deviceId, kind: 'tcp', host: '10.0.1.5', port: 22, paused: true }).id;
    core.checks.record([result(checkId, t0, 'ok'), result(ping, t0, 'critical'), result(fine, t0, 'ok')]);

    const overview = core.call('health.overview', {});
    expect(overview.checks).toEqual({ ok: 2, warning: 0, critical: 1, unknown: 0, paused: 1, maintenance: 0 });
    expect(overview.devices).toMatchObject({ ok: 1, critical: 1 });
    expect(overview.worstDevices).toEqual([expect.objectContaining({ deviceId: fleet.deviceId, state: 'critical', failingChecks: 1, clientName: 'ACME S.r.l.' })]);
    expect(overview.openAlerts.count).toBe(1);
    expect(overview.openAlerts.latest[0]!.checkId).toBe(ping);
    expect(overview.clients.map((c) => [c.code, c.state])).toEqual([
      ['ACME', 'critical'],
      ['BETA', 'ok'],
    ]);
    expect(paused).toBeTruthy();
  });

  it("gives a device's state, state changes, suppressions and uptime per local day", () => {
    const now = Date.now();
    const hour = 3_600_000;
    core.checks.record([result(checkId, now - 3 * hour, 'ok'), result(checkId, now - 2 * hour, 'ok'), result(checkId, now - 2 * hour + 1, 'ok')]);
    core.checks.record([0, 1, 2].map((i) => result(checkId, now - hour + i, 'critical')));
    core.checks.results.flushRollups();

    const health = core.call('health.device', { deviceId: fleet.deviceId, days: 2 });
    expect(health.state).toBe('critical');
    expect(health.checks.map((c) => c.id)).toEqual([checkId]);
    expect(health.timeline).toEqual([expect.objectContaining({ checkId, from: 'ok', to: 'critical', checkLabel: 'TCP 10.0.0.5:3389' })]);
    expect(health.uptime.length).toBeGreaterThanOrEqual(2);
    const totals = health.uptime.reduce((sum, day) => ({ up: sum.up + day.up, down: sum.down + day.down }), { up: 0, down: 0 });
    expect(totals).toEqual({ up: 3, down: 3 });
    expect(health.uptime.at(-1)!.day).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now));
  });
});
