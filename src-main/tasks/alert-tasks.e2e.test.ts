import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenOnLoopback } from '../checks/probes/test-support/loopback';
import { seedFleet } from '../checks/test-support/core';
import { openTestCore, type TestCore } from '../core/testing';

// A real TCP check against a server on loopback (127.0.0.1 only) that the test stops and restarts:
// the runner probes it on its schedule, the alert it opens becomes an incident task.

let core: TestCore | undefined;
let server: Server | undefined;
afterEach(() => {
  core?.close();
  server?.close();
});

const stop = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));
const listenAgain = (s: Server, port: number) => new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 20_000, interval: 100 });

describe('alert to task, with a real check on loopback', () => {
  it('opens an incident task, notes a second alert and each recovery, and opens a new task after the first is closed', async () => {
    core = openTestCore();
    const c = core;
    const { clientId, deviceId } = seedFleet(c);
    c.call('devices.update', { id: deviceId, criticality: 'high' });
    server = createServer((socket) => socket.on('error', () => {}));
    const port = await listenOnLoopback(server);
    const check = c.call('checks.create', { deviceId, kind: 'tcp', host: '127.0.0.1', port, intervalSeconds: 1, timeoutMs: 1000, retries: 1, label: 'Gestionale' });
    const state = () => c.call('checks.get', { id: check.id }).state;
    const tasks = () => c.call('tasks.list', { deviceId, limit: 10 }).items;
    const notes = (id: string) => c.call('tasks.get', { id }).notes.map((n) => n.body);

    await eventually(() => expect(state()).toBe('ok'));
    expect(tasks()).toEqual([]);

    // Down: an incident task, P2 for a high-criticality device.
    await stop(server);
    await eventually(() => expect(tasks()).toHaveLength(1));
    const [task] = tasks();
    expect(task).toMatchObject({ kind: 'incident', priority: 'P2', status: 'new', clientId, deviceId, title: 'srv-acme: Gestionale is critical' });
    expect(task!.description).toContain('connection refused');

    // Back up: a recovery note.
    await listenAgain(server, port);
    await eventually(() => expect(notes(task!.id)).toEqual([expect.stringMatching(/^Recovered .*Gestionale on srv-acme is back to ok/)]));

    // Down again while the task is open: a note, no second task.
    await stop(server);
    await eventually(() => expect(notes(task!.id)[1]).toMatch(/^New alert \(critical\).*Gestionale.*connection refused/));
    expect(tasks()).toHaveLength(1);
    await listenAgain(server, port);
    await eventually(() => expect(notes(task!.id)[2]).toMatch(/^Recovered/));

    // The task is closed: the next failure opens a new one.
    c.call('tasks.update', { id: task!.id, status: 'closed' });
    await stop(server);
    await eventually(() => expect(tasks()).toHaveLength(2));
    const fresh = tasks().find((t) => t.id !== task!.id)!;
    expect(fresh).toMatchObject({ kind: 'incident', priority: 'P2', status: 'new', deviceId });
    expect(notes(fresh.id)).toEqual([]);
    expect(c.call('tasks.get', { id: task!.id })).toMatchObject({ status: 'closed' });
    expect(notes(task!.id)).toHaveLength(3);
  }, 60_000);
});
