import { describe, expect, it } from 'vitest';
import type { SlaCountdowns } from '../../../../src-main/tasks/schemas';
import { boundaryDelay, clockAt, clockWord } from './SlaCountdown';

type Countdown = SlaCountdowns['response'];

const asOf = '2026-03-02T10:00:00.000Z';
const minute = 60_000;
const at = (minutesFromAsOf: number) => new Date(Date.parse(asOf) + minutesFromAsOf * minute).toISOString();

/** A P1 response clock 50 minutes into its hour, running around the clock unless told otherwise. */
const clock = (fields: Partial<Countdown> = {}): Countdown => ({
  targetMinutes: 60,
  elapsedMinutes: 50,
  remainingMinutes: 10,
  dueAt: at(10),
  state: 'at_risk',
  running: true,
  paused: false,
  stopped: false,
  nextChangeAt: null,
  ...fields,
});
const clocks = (response: Partial<Countdown>, resolution: Partial<Countdown> = {}): SlaCountdowns => ({ asOf, response: clock(response), resolution: clock(resolution) });

describe('boundaryDelay', () => {
  it('waits until the first clock that changes by itself', () => {
    expect(boundaryDelay(clocks({ nextChangeAt: at(30) }, { nextChangeAt: at(7) }))).toBe(7 * minute);
    expect(boundaryDelay(clocks({ nextChangeAt: null }, { nextChangeAt: at(90) }))).toBe(90 * minute);
  });

  it('has nothing to wait for when no clock changes by itself', () => {
    expect(boundaryDelay(clocks({}, {}))).toBeNull();
  });

  it('ignores a change the answer already shows as past, which asking again would not move', () => {
    expect(boundaryDelay(clocks({ nextChangeAt: asOf }, { nextChangeAt: at(-5) }))).toBeNull();
    expect(boundaryDelay(clocks({ nextChangeAt: at(-5) }, { nextChangeAt: at(20) }))).toBe(20 * minute);
  });

  it('waits at most as long as a browser timer can, for a boundary weeks away', () => {
    expect(boundaryDelay(clocks({ nextChangeAt: at(30 * 24 * 60) }))).toBe(2 ** 31 - 1);
  });
});

describe('clockAt', () => {
  it('moves a running clock on by the time since the answer', () => {
    const local = clockAt(clock(), asOf, 4 * minute);
    expect(local.remainingMinutes).toBeCloseTo(6);
    expect(local.fraction).toBeCloseTo(54 / 60);
    expect(local.tone).toBe('at_risk');
  });

  it('stops a running clock at its next change, where the refetch takes over', () => {
    expect(clockAt(clock({ nextChangeAt: at(3) }), asOf, 8 * minute).remainingMinutes).toBeCloseTo(7);
  });

  it('does not move a paused or a stopped clock', () => {
    expect(clockAt(clock({ running: false, paused: true, dueAt: null }), asOf, 30 * minute).remainingMinutes).toBe(10);
    const stopped = clockAt(clock({ running: false, stopped: true, state: 'ok' }), asOf, 30 * minute);
    expect(stopped).toMatchObject({ remainingMinutes: 10, tone: 'met' });
  });

  it('turns red once the due time passes while the page is open', () => {
    expect(clockAt(clock(), asOf, 9 * minute).tone).toBe('at_risk');
    expect(clockAt(clock(), asOf, 10 * minute + 1000).tone).toBe('breached');
  });

  it('keeps a clock stopped late red for good', () => {
    expect(clockAt(clock({ running: false, stopped: true, state: 'breached', elapsedMinutes: 75, remainingMinutes: -15 }), asOf, 0).tone).toBe('breached');
  });

  it('is green below three quarters of the target', () => {
    expect(clockAt(clock({ elapsedMinutes: 20, remainingMinutes: 40, state: 'ok' }), asOf, 0).tone).toBe('ok');
  });
});

describe('clockWord', () => {
  const word = (fields: Partial<Countdown>, sinceMs = 0) => {
    const countdown = clock(fields);
    return clockWord(countdown, clockAt(countdown, asOf, sinceMs));
  };

  it('rounds time left up: it is not over until it is', () => {
    expect(word({}, 30_000)).toEqual({ key: 'left', minutes: 10 });
    expect(word({}, 9 * minute + 59_000)).toEqual({ key: 'left', minutes: 1 });
  });

  it('rounds lateness down: seconds late is overdue without a figure', () => {
    expect(word({}, 10 * minute + 20_000)).toEqual({ key: 'overdue' });
    expect(word({ elapsedMinutes: 3905, remainingMinutes: -3845, state: 'breached', dueAt: at(-3845) })).toEqual({ key: 'overdueBy', minutes: 3845 });
  });

  it('says how a stopped clock ended: met with time to spare, or breached by how much', () => {
    expect(word({ running: false, stopped: true, state: 'ok', elapsedMinutes: 21.5, remainingMinutes: 38.5 })).toEqual({ key: 'stoppedMet', minutes: 38 });
    expect(word({ running: false, stopped: true, state: 'ok', elapsedMinutes: 59.8, remainingMinutes: 0.2 })).toEqual({ key: 'stoppedMetJust' });
    expect(word({ running: false, stopped: true, state: 'breached', elapsedMinutes: 70, remainingMinutes: -10 })).toEqual({ key: 'stoppedLate', minutes: 10 });
    expect(word({ running: false, stopped: true, state: 'breached', elapsedMinutes: 60.1, remainingMinutes: -0.1 })).toEqual({ key: 'stoppedLateJust' });
  });
});
