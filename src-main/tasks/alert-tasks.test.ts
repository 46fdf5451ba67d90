import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openQuietCore, result, seedFleet, type Fleet } from '../checks/test-support/core';
import { testTechnician, type TestCore } from '../core/testing';
import { defaultAlertPriorityRule } from '../settings/schemas';
import { priorityFor } from './alert-tasks';

let core: TestCore;
let fleet: Fleet;
let checkId: string;
beforeEach(() => {
  core = openQuietCore();
  fleet = seedFleet(core);
  checkId = core.call('checks.create', { deviceId: fleet.deviceId, kind: 'tcp', host: '10.0.0.5', port: 3389, retries: 1, label: 'RDP' }).id;
});
afterEach(() => core.close());

const t0 = Date.parse('2026-03-02T10:00:00Z');
const minute = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const tasks = () => core.call('tasks.list', { deviceId: fleet.deviceId, limit: 100 }).items;
const notes = (id: string) => core.call('tasks.get', { id }).notes.map((n) => n.body);
const fail = (at: number, id = checkId) => core.checks.record([{ ...result(id, at, 'critical'), message: 'connection refused' }]);
const recover = (at: number, id = checkId) => core.checks.record([result(id, at, 'ok')]);

describe('priority rule', () => {
  it('maps criticality to priority, medium for no device', () => {
    expect(priorityFor(defaultAlertPriorityRule, 'critical')).toBe('P1');
    expect(priorityFor(defaultAlertPriorityRule, 'high')).toBe('P2');
    expect(priorityFor(defaultAlertPriorityRule, 'medium')).toBe('P3');
    expect(priorityFor(defaultAlertPriorityRule, 'low')).toBe('P4');
    expect(priorityFor({ ...defaultAlertPriorityRule, medium: 'P2' }, null)).toBe('P2');
  });

  it('is a setting with a default, replaced whole by settings.update (staff only, validated)', () => {
    // Other settings live beside it; this test is about the rule alone.
    expect(core.call('settings.get', {}).alertPriorityRule).toEqual(defaultAlertPriorityRule);
    const rule = { critical: 'P1', high: 'P1', medium: 'P2', low: 'P3' } as const;
    expect(core.call('settings.update', { alertPriorityRule: rule }).alertPriorityRule).toEqual(rule);
    expect(core.call('settings.get', {}, testTechnician).alertPriorityRule).toEqual(rule);
    expect(errorOf(() => core.call('settings.update', { alertPriorityRule: rule }, testTechnician)).code).toBe('forbidden');
    expect(errorOf(() => core.callRaw('settings.update', { alertPriorityRule: { ...rule, low: 'P9' } })).code).toBe('invalid_input');
    expect(errorOf(() => core.callRaw('settings.update', { alertPriorityRule: { critical: 'P1' } })).code).toBe('invalid_input');
    expect(core.call('settings.update', {}).alertPriorityRule).toEqual(rule);
  });
});

describe('alerts become incident tasks', () => {
  it('opens an incident task linked to client, site and device, priority from criticality', () => {
    core.call('devices.update', { id: fleet.deviceId, criticality: 'critical' });
    fail(t0);
    const [task] = tasks();
    expect(task).toMatchObject({
      kind: 'incident',
      priority: 'P1',
      status: 'new',
      clientId: fleet.clientId,
      siteId: fleet.siteId,
      deviceId: fleet.deviceId,
      openedAt: iso(t0),
      title: 'srv-acme: RDP is critical',
      respondedAt: null,
    });
    expect(task!.description).toContain('connection refused');
  });

  it('follows the edited rule', () => {
    core.call('settings.update', { alertPriorityRule: { ...defaultAlertPriorityRule, medium: 'P2' } });
    fail(t0); // the seeded device is medium
    expect(tasks().map((t) => t.priority)).toEqual(['P2']);
  });

  it('adds a note to the open task on a second alert (same or another check of the device), and on each recovery', () => {
    const other = core.call('checks.create', { deviceId: fleet.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, retries: 1, label: 'SSH' }).id;
    fail(t0);
    recover(t0 + minute);
    fail(t0 + 2 * minute);
    fail(t0 + 3 * minute, other);
    recover(t0 + 4 * minute, other);
    const [task, ...more] = tasks();
    expect(more).toEqual([]);
    const bodies = notes(task!.id);
    expect(bodies).toHaveLength(4);
    expect(bodies[0]).toMatch(/^Recovered .*RDP on srv-acme is back to ok/);
    expect(bodies[1]).toMatch(/^New alert \(critical\).*RDP on srv-acme — connection refused/);
    expect(bodies[2]).toMatch(/^New alert \(critical\).*SSH on srv-acme/);
    expect(bodies[3]).toMatch(/^Recovered .*SSH/);
    // Presidio's notes are not the response: the SLA response clock still runs.
    expect(core.call('tasks.get', { id: task!.id })).toMatchObject({ respondedAt: null, status: 'new' });
  });

  it('opens a new task for a failure after the task is resolved or closed; the old task still hears of its recovery', () => {
    fail(t0);
    const [first] = tasks();
    core.call('tasks.update', { id: first!.id, status: 'resolved' });
    fail(t0 + minute, core.call('checks.create', { deviceId: fleet.deviceId, kind: 'tcp', host: '10.0.0.5', port: 22, retries: 1 }).id);
    recover(t0 + 2 * minute);
    const second = tasks().find((t) => t.id !== first!.id)!;
    expect(second).toMatchObject({ status: 'new', openedAt: iso(t0 + minute) });
    expect(notes(first!.id)).toEqual([expect.stringMatching(/^Recovered/)]);
    expect(notes(second.id)).toEqual([]);

    core.call('tasks.update', { id: second.id, status: 'closed' });
    recover(t0 + 3 * minute);
    fail(t0 + 4 * minute);
    expect(tasks()).toHaveLength(3);
  });

  it('keeps devices apart, and notes a deleted check on its task', () => {
    const other = seedFleet(core, 'BETA');
    const otherCheck = core.call('checks.create', { deviceId: other.deviceId, kind: 'ping', host: '10.0.0.9', retries: 1 }).id;
    fail(t0);
    fail(t0, otherCheck);
    expect(core.call('tasks.list', { limit: 100 }).items.map((t) => t.deviceId).sort()).toEqual([fleet.deviceId, other.deviceId].sort());
    core.call('checks.delete', { id: checkId });
    expect(notes(tasks()[0]!.id)).toEqual([expect.stringMatching(/^The check RDP on srv-acme was deleted/)]);
  });

  it('opens a task for a check on no device, linked to the client, one per check', () => {
    const clientCheck = core.call('checks.create', { clientId: fleet.clientId, kind: 'http', url: 'https://example.invalid/', retries: 1 }).id;
    fail(t0, clientCheck);
    fail(t0 + 2 * minute, clientCheck); // still failing: the same alert, nothing new
    const items = core.call('tasks.list', { clientId: fleet.clientId, limit: 100 }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ deviceId: null, siteId: null, priority: 'P3' });
  });
});
