import { describe, expect, it } from 'vitest';
import { romeOffice } from './test-calendars';
import { slaClock, slaState } from './sla-state';

const at = (iso: string): number => Date.parse(iso);
const openedTuesday0900 = at('2025-06-10T07:00:00Z');

describe('slaState', () => {
  const dueAt = at('2025-06-10T16:00:00Z');

  it('is ok below the at-risk share, at risk from 75%, breached only after the due instant', () => {
    expect(slaState({ at: dueAt - 1, dueAt, elapsedFraction: 0.74 })).toBe('ok');
    expect(slaState({ at: dueAt - 1, dueAt, elapsedFraction: 0.75 })).toBe('at_risk');
    expect(slaState({ at: dueAt, dueAt, elapsedFraction: 1 })).toBe('at_risk');
    expect(slaState({ at: dueAt + 1, dueAt, elapsedFraction: 1 })).toBe('breached');
  });

  it('accepts a custom at-risk share and a paused clock with no due time', () => {
    expect(slaState({ at: 0, dueAt: 10, elapsedFraction: 0.5, atRiskFraction: 0.5 })).toBe('at_risk');
    expect(slaState({ at: 100, dueAt: null, elapsedFraction: 0.2 })).toBe('ok');
  });
});

describe('slaClock', () => {
  const clock = (nowIso: string, extra: Partial<Parameters<typeof slaClock>[0]> = {}) =>
    slaClock({ calendar: romeOffice, startedAt: openedTuesday0900, targetMinutes: 480, now: at(nowIso), ...extra });

  it('runs through a working day', () => {
    expect(clock('2025-06-10T11:00:00Z')).toEqual({
      dueAt: at('2025-06-10T16:00:00Z'),
      elapsedMinutes: 240,
      remainingMinutes: 240,
      elapsedFraction: 0.5,
      state: 'ok',
    });
    expect(clock('2025-06-10T15:00:00Z').state).toBe('at_risk'); // 17:00 local, 420 of 480
    expect(clock('2025-06-10T16:00:00Z').state).toBe('at_risk'); // exactly due
  });

  it('is breached after closing time even though no more business time elapses', () => {
    const evening = clock('2025-06-10T18:00:00Z');
    expect(evening.elapsedMinutes).toBe(480);
    expect(evening.remainingMinutes).toBe(0);
    expect(evening.state).toBe('breached');
  });

  it('freezes at the stop instant: met in time or late, never at risk', () => {
    expect(clock('2025-06-12T10:00:00Z', { stoppedAt: at('2025-06-10T15:30:00Z') }).state).toBe('ok');
    expect(clock('2025-06-12T10:00:00Z', { stoppedAt: at('2025-06-11T07:30:00Z') }).state).toBe('breached');
  });

  it('has no due time while an open pause holds the clock', () => {
    const paused = clock('2025-06-12T10:00:00Z', { pauses: [{ from: at('2025-06-10T08:00:00Z'), to: null }] });
    expect(paused.dueAt).toBeNull();
    expect(paused.elapsedMinutes).toBe(60);
    expect(paused.state).toBe('ok');
  });
});
