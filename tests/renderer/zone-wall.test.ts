import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcToWallMs } from '../../src-main/sla/zone-time';
import { wallInZone } from '../../src-renderer/src/features/sla-policies/zoneWall';

// The preview's "opened at" starts as what the policy zone's clocks read now; the core then places
// that wall time back in the zone (slaPolicies.previewFields), so the console must read it as the core does.
const zones = ['Europe/Rome', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
const local = (wallMs: number) => new Date(wallMs).toISOString().slice(0, 16);

describe('wallInZone', () => {
  it('reads any instant as the core does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.parse('2000-01-01T00:00Z'), max: Date.parse('2040-01-01T00:00Z') }), (zone, instant) => {
        expect(wallInZone(instant, zone)).toBe(local(utcToWallMs(zone, instant)));
      }),
      { numRuns: 3_000 },
    );
  });
});
