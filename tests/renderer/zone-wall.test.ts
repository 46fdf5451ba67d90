import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcToWallMs, wallToUtc } from '../../src-main/sla/zone-time';
import { instantOfWall, wallInZone } from '../../src-renderer/src/features/sla-policies/zoneWall';

// The preview's "opened at" is typed as a wall time in the policy's zone: the console must place it
// where the core places wall times (src-main/sla/zone-time), DST gaps and overlaps included.
const zones = ['Europe/Rome', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
const minute = 60_000;
const local = (wallMs: number) => new Date(wallMs).toISOString().slice(0, 16);

describe('zoneWall', () => {
  it('places any wall minute where the core does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.parse('2000-01-01T00:00Z') / minute, max: Date.parse('2040-01-01T00:00Z') / minute }), (zone, wallMinute) => {
        const wallMs = wallMinute * minute;
        expect(instantOfWall(local(wallMs), zone)).toBe(new Date(wallToUtc(zone, wallMs)).toISOString());
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads any instant as the core does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.parse('2000-01-01T00:00Z'), max: Date.parse('2040-01-01T00:00Z') }), (zone, instant) => {
        expect(wallInZone(instant, zone)).toBe(local(utcToWallMs(zone, instant)));
      }),
      { numRuns: 3_000 },
    );
  });

  it('takes the first of a repeated reading and moves a skipped one past the jump', () => {
    expect(instantOfWall('2026-10-25T02:30', 'Europe/Rome')).toBe('2026-10-25T00:30:00.000Z'); // still CEST
    expect(instantOfWall('2026-03-29T02:30', 'Europe/Rome')).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('refuses what is not a wall time or not a zone', () => {
    expect(instantOfWall('2026-02-30T09:00', 'Europe/Rome')).toBeNull();
    expect(instantOfWall('2026-12-04 16:00', 'Europe/Rome')).toBeNull();
    expect(instantOfWall('', 'Europe/Rome')).toBeNull();
    expect(instantOfWall('2026-12-04T16:00', 'Mars/Olympus')).toBeNull();
  });
});
