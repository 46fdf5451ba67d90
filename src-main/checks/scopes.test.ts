import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../core/testing';
import { errorOf, openQuietCore, result, seedFleet, type Fleet } from './test-support/core';

// Health and maintenance above the device: clients and sites rolled up, windows on a site or a
// client, and the log of what they suppressed.

let core: TestCore;
let fleet: Fleet;
beforeEach(() => {
  core = openQuietCore();
  fleet = seedFleet(core);
});
afterEach(() => core.close());

const t0 = Date.parse('2026-03-02T10:00:00Z');
const minute = 60_000;
const tcp = (port: number) => ({ kind: 'tcp' as const, host: '10.0.0.5', port, retries: 1 });

describe('health.rollup', () => {
  it('gives each client and site the worst state of its checks, a bare target counting for its client only', () => {
    const other = seedFleet(core, 'BETA');
    const secondSite = core.call('sites.create', { clientId: fleet.clientId, name: 'Magazzino' }).id;
    const inStore = core.call('devices.create', { clientId: fleet.clientId, siteId: secondSite, name: 'nas01', kind: 'nas' }).id;
    const onServer = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp(1) }).id;
    const onNas = core.call('checks.create', { deviceId: inStore, ...tcp(2) }).id;
    const bare = core.call('checks.create', { clientId: fleet.clientId, ...tcp(3) }).id;
    const betaCheck = core.call('checks.create', { deviceId: other.deviceId, ...tcp(4) }).id;
    core.checks.record([result(onServer, t0, 'ok'), result(onNas, t0, 'warning'), result(bare, t0, 'ok'), result(betaCheck, t0, 'ok')]);

    const byId = <T extends { state: string }>(items: T[], key: keyof T) => Object.fromEntries(items.map((item) => [item[key], item.state]));
    let all = core.call('health.rollup', {});
    expect(byId(all.clients, 'clientId')).toEqual({ [fleet.clientId]: 'warning', [other.clientId]: 'ok' });
    expect(byId(all.sites, 'siteId')).toEqual({ [fleet.siteId]: 'ok', [secondSite]: 'warning', [other.siteId]: 'ok' });

    core.checks.record([result(bare, t0 + minute, 'critical')]);
    all = core.call('health.rollup', { clientId: fleet.clientId });
    expect(byId(all.clients, 'clientId')).toEqual({ [fleet.clientId]: 'critical' });
    expect(byId(all.sites, 'siteId')).toEqual({ [fleet.siteId]: 'ok', [secondSite]: 'warning' });

    core.call('checks.pause', { id: onNas });
    expect(byId(core.call('health.rollup', { clientId: fleet.clientId }).sites, 'siteId')[secondSite]).toBe('paused');
    expect(errorOf(() => core.callRaw('health.rollup', { clientId: 42 })).fields?.[0]?.path).toBe('clientId');
  });
});

describe('maintenance on a site or a client', () => {
  it('suppresses alerts of the checks under it and logs each suppression where the scope shows it', () => {
    const checkId = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp(1) }).id;
    const bare = core.call('checks.create', { clientId: fleet.clientId, label: 'Sito web', ...tcp(2) }).id;
    const onSite = core.call('maintenance.create', { siteId: fleet.siteId, reason: 'Lavori elettrici', from: new Date(t0).toISOString(), to: new Date(t0 + 30 * minute).toISOString() });
    expect(onSite).toMatchObject({ scope: 'site', scopeName: 'Sede' });
    // Recurring in the client's own time zone: Mondays 11:00-12:00 in Rome is 10:00-11:00 UTC in March.
    const onClient = core.call('maintenance.create', { clientId: fleet.clientId, reason: 'Backup', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05T11:00', durationMinutes: 60, timezone: 'Europe/Rome' });

    core.checks.record([result(checkId, t0, 'critical'), result(bare, t0 + minute, 'critical')]);
    expect(core.call('alerts.list', { state: 'all', limit: 10 }).items).toEqual([]);

    const logOf = (scope: Record<string, string>) => core.call('maintenance.suppressions', { ...scope, limit: 10 }).items;
    expect(logOf({ deviceId: fleet.deviceId })).toEqual([
      { at: new Date(t0).toISOString(), checkId, checkLabel: 'TCP 10.0.0.5:1', deviceName: 'srv-acme', windowId: expect.any(String), windowReason: expect.any(String), severity: 'critical', message: expect.any(String) },
    ]);
    expect(logOf({ siteId: fleet.siteId }).map((item) => item.checkId)).toEqual([checkId]);
    const clientLog = logOf({ clientId: fleet.clientId });
    expect(clientLog.map((item) => [item.checkLabel, item.deviceName])).toEqual([['Sito web', null], ['TCP 10.0.0.5:1', 'srv-acme']]);
    expect(clientLog[0]).toMatchObject({ windowId: onClient.id, windowReason: 'Backup' });
    expect([onSite.id, onClient.id]).toContain(clientLog[1]!.windowId);

    // After the client's window (11:00 Rome = 10:00 UTC, for an hour), the bare target alerts.
    core.checks.record([result(bare, t0 + 61 * minute, 'critical')]);
    expect(core.call('alerts.list', { state: 'open', limit: 10 }).items.map((alert) => alert.checkId)).toEqual([bare]);
  });

  it('lists suppressions for exactly one scope', () => {
    for (const input of [{}, { deviceId: fleet.deviceId, siteId: fleet.siteId }]) {
      expect(errorOf(() => core.callRaw('maintenance.suppressions', input)).fields).toEqual([{ path: 'deviceId', message: 'Give exactly one of deviceId, siteId or clientId' }]);
    }
  });
});
