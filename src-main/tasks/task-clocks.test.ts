import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, type TestCore } from '../core/testing';
import { slaCountdowns, taskDetail } from './schemas';

let core: TestCore;
let nowMs = 0;
const setNow = (iso: string) => (nowMs = Date.parse(iso));
let clientId = '';
beforeEach(() => {
  setNow('2026-11-30T08:00:00Z'); // Monday 09:00 in Rome; default policy 09-13, 14-18, P1 60 / 240 min
  core = openTestCore({ now: () => new Date(nowMs) });
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
});
afterEach(() => core.close());

const newP1 = () => core.call('tasks.create', { clientId, kind: 'incident', priority: 'P1', title: 'Server giù' }).id;
const clocksOf = (id: string) => core.call('tasks.get', { id }).clocks;

describe('tasks.get counts both clocks down in business time', () => {
  it('runs in business hours, with the end of the morning as the next change', () => {
    const id = newP1();
    setNow('2026-11-30T08:30:00Z');
    expect(clocksOf(id)).toEqual({
      asOf: '2026-11-30T08:30:00.000Z',
      response: {
        targetMinutes: 60,
        elapsedMinutes: 30,
        remainingMinutes: 30,
        dueAt: '2026-11-30T09:00:00.000Z',
        state: 'ok',
        running: true,
        paused: false,
        stopped: false,
        nextChangeAt: '2026-11-30T12:00:00.000Z',
      },
      resolution: {
        targetMinutes: 240,
        elapsedMinutes: 30,
        remainingMinutes: 210,
        dueAt: '2026-11-30T12:00:00.000Z',
        state: 'ok',
        running: true,
        paused: false,
        stopped: false,
        nextChangeAt: '2026-11-30T12:00:00.000Z',
      },
    });
  });

  it('stops the response and pauses the resolution while waiting on the client, then resumes where it was', () => {
    const id = newP1();
    setNow('2026-11-30T08:30:00Z');
    core.call('tasks.update', { id, status: 'waiting_client' });
    setNow('2026-11-30T10:30:00Z');
    const waiting = clocksOf(id);
    expect(waiting.response).toMatchObject({ stopped: true, running: false, paused: false, remainingMinutes: 30, state: 'ok', nextChangeAt: null });
    expect(waiting.resolution).toMatchObject({ paused: true, running: false, stopped: false, remainingMinutes: 210, dueAt: null, nextChangeAt: null });

    core.call('tasks.update', { id, status: 'in_progress' });
    setNow('2026-11-30T11:45:00Z'); // 12:45 in Rome: 75 minutes since resuming
    expect(clocksOf(id).resolution).toMatchObject({ running: true, remainingMinutes: 135, nextChangeAt: '2026-11-30T12:00:00.000Z' });
    setNow('2026-11-30T12:30:00Z'); // lunch
    expect(clocksOf(id).resolution).toMatchObject({ running: false, paused: false, remainingMinutes: 120, nextChangeAt: '2026-11-30T13:00:00.000Z' });
  });

  it('goes negative when overdue and keeps the lateness once stopped', () => {
    const id = newP1();
    setNow('2026-11-30T09:35:00Z');
    expect(clocksOf(id).response).toMatchObject({ remainingMinutes: -35, state: 'breached', running: true });
    core.call('tasks.addNote', { id, body: 'Ci siamo' });
    setNow('2026-12-01T08:00:00Z');
    const next = clocksOf(id);
    expect(next.response).toMatchObject({ stopped: true, remainingMinutes: -35, state: 'breached', nextChangeAt: null });
    expect(next.resolution).toMatchObject({ running: true, remainingMinutes: -240, state: 'breached' }); // Tuesday 09:00: all of Monday's 480 minutes
  });

  it('is in the task page only: lists never walk calendars', () => {
    const id = newP1();
    const [listed] = core.call('tasks.list', {}).items;
    expect(listed!.id).toBe(id);
    expect(listed).not.toHaveProperty('clocks');
  });

  it('answers a bad or unknown id with an error naming it', () => {
    expect(errorOf(() => core.callRaw('tasks.get', { id: '' })).fields?.[0]?.path).toBe('id');
    expect(errorOf(() => core.callRaw('tasks.get', { id: 'x', clocks: true })).code).toBe('invalid_input');
    expect(errorOf(() => core.call('tasks.get', { id: 'nope' })).code).toBe('not_found');
  });
});

describe('the countdown schema is strict', () => {
  const valid = {
    targetMinutes: 60,
    elapsedMinutes: 0,
    remainingMinutes: 60,
    dueAt: null,
    state: 'ok',
    running: false,
    paused: true,
    stopped: false,
    nextChangeAt: null,
  };
  const clocks = { asOf: '2026-11-30T08:00:00.000Z', response: valid, resolution: valid };

  it('accepts a full answer and refuses extra, missing or malformed fields', () => {
    expect(slaCountdowns.parse(clocks)).toEqual(clocks);
    expect(() => slaCountdowns.parse({ ...clocks, extra: 1 })).toThrow();
    expect(() => slaCountdowns.parse({ ...clocks, response: { ...valid, remaining: 3 } })).toThrow();
    const { running: _running, ...withoutRunning } = valid;
    expect(() => slaCountdowns.parse({ ...clocks, resolution: withoutRunning })).toThrow();
    expect(() => slaCountdowns.parse({ ...clocks, asOf: 'yesterday' })).toThrow();
    expect(() => slaCountdowns.parse({ ...clocks, response: { ...valid, nextChangeAt: '30/11/2026' } })).toThrow();
    expect(() => slaCountdowns.parse({ ...clocks, response: { ...valid, elapsedMinutes: -1 } })).toThrow();
    expect(taskDetail.shape.clocks).toBe(slaCountdowns);
  });
});
