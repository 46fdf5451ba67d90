import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetSpans, wallToUtc, zoneOffsetMs } from './zone-time';

const wall = (iso: string): number => Date.parse(`${iso}Z`);

describe('zoneOffsetMs', () => {
  it('matches luxon for any instant in zones with odd and half-hour offsets', () => {
    const zones = ['Europe/Rome', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') }),
        (zone, instant) => {
          expect(zoneOffsetMs(zone, instant)).toBe(DateTime.fromMillis(instant, { zone }).offset * 60_000);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('switches on the exact second', () => {
    const switchAt = Date.parse('2026-03-29T01:00:00Z'); // Rome 02:00 CET -> 03:00 CEST
    expect(zoneOffsetMs('Europe/Rome', switchAt - 1)).toBe(3_600_000);
    expect(zoneOffsetMs('Europe/Rome', switchAt)).toBe(7_200_000);
    expect(offsetSpans('Europe/Rome', switchAt - 10, switchAt + 10)).toEqual([
      { from: switchAt - 10, to: switchAt, offsetMs: 3_600_000 },
      { from: switchAt, to: switchAt + 10, offsetMs: 7_200_000 },
    ]);
  });
});

describe('wallToUtc', () => {
  it('converts ordinary wall times', () => {
    expect(wallToUtc('Europe/Rome', wall('2026-07-01T09:00:00'))).toBe(Date.parse('2026-07-01T07:00:00Z'));
    expect(wallToUtc('Australia/Sydney', wall('2026-07-01T09:00:00'))).toBe(Date.parse('2026-06-30T23:00:00Z'));
  });

  it('moves a time skipped by the spring switch forward by the gap', () => {
    expect(wallToUtc('Europe/Rome', wall('2026-03-29T02:30:00'))).toBe(Date.parse('2026-03-29T01:30:00Z')); // 03:30 CEST
    expect(wallToUtc('America/New_York', wall('2026-03-08T02:00:00'))).toBe(Date.parse('2026-03-08T07:00:00Z')); // 03:00 EDT
  });

  it('takes the first of two instants for a time the autumn switch repeats', () => {
    expect(wallToUtc('Europe/Rome', wall('2026-10-25T02:30:00'))).toBe(Date.parse('2026-10-25T00:30:00Z')); // CEST
    expect(wallToUtc('America/New_York', wall('2026-11-01T01:30:00'))).toBe(Date.parse('2026-11-01T05:30:00Z')); // EDT
  });

  it('rejects an unknown zone', () => {
    expect(() => zoneOffsetMs('Mars/Olympus', 0)).toThrow(/unknown IANA time zone/);
  });
});
