import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../core/testing';
import { migration } from '../store/migrations/0002_checks';
import { MaintenanceCalendar } from './maintenance-calendar';
import { ResultsStore } from './results-store';
import { histogramColumns, latencyBoundsMs, resolutions } from './rollups';
import { resultStatuses } from './status';
import { openQuietCore, result, seedFleet } from './test-support/core';

interface Row {
  check_key: number;
  bucket: number;
  [column: string]: number | null;
}

/** The rollups as they should be: summed straight from the raw results, with a plain linear histogram. */
function expectedRollups(core: TestCore, bucketMs: number): Row[] {
  const raw = core.store.read.all<{ key: number; at: number; status: number; latency: number | null }>(
    'SELECT check_key AS key, at, status, latency_ms AS latency FROM results',
  );
  const rows = new Map<string, Row>();
  for (const { key, at, status, latency } of raw) {
    const bucket = Math.floor(at / bucketMs) * bucketMs;
    const id = `${key}/${bucket}`;
    let row = rows.get(id);
    if (!row) {
      row = { check_key: key, bucket, ok: 0, warning: 0, critical: 0, unknown: 0, latency_count: 0, latency_sum: 0, latency_min: null, latency_max: null };
      for (const column of histogramColumns) row[column] = 0;
      rows.set(id, row);
    }
    (row[resultStatuses[status]!] as number)++;
    if (latency !== null) {
      (row.latency_count as number)++;
      (row.latency_sum as number) += latency;
      row.latency_min = Math.min(row.latency_min ?? Infinity, latency);
      row.latency_max = Math.max(row.latency_max ?? -Infinity, latency);
      let slot: number = latencyBoundsMs.length;
      for (let i = latencyBoundsMs.length - 1; i >= 0; i--) if (latency <= latencyBoundsMs[i]!) slot = i;
      (row[`h${slot}`] as number)++;
    }
  }
  return [...rows.values()];
}

function storedRollups(core: TestCore, table: string): Row[] {
  return core.store.read.all<Row>(`SELECT * FROM ${table}`);
}

function expectRollupsMatchResults(core: TestCore): void {
  for (const resolution of resolutions) {
    const sortRows = (rows: Row[]) => rows.map((row) => ({ ...row, latency_sum: Math.round((row.latency_sum as number) * 1e6) / 1e6 })).sort((a, b) => a.check_key - b.check_key || a.bucket - b.bucket);
    expect(sortRows(storedRollups(core, resolution.table)), resolution.name).toEqual(sortRows(expectedRollups(core, resolution.ms)));
  }
}

const start = Date.parse('2026-03-02T23:30:00Z');

describe('rollups', () => {
  it('has as many histogram columns in the schema as the code has buckets', () => {
    expect(migration.sql.match(/\bh\d+ INTEGER/g)!.length / resolutions.length).toBe(histogramColumns.length);
  });

  it('equal the sums of the raw results, however the results arrive and batch', () => {
    const arbitraryResult = fc.record({
      check: fc.nat({ max: 2 }),
      offsetMs: fc.nat({ max: 3 * 3_600_000 }),
      status: fc.constantFrom(...resultStatuses),
      latencyMs: fc.option(fc.double({ min: 0, max: 40_000, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryResult, { maxLength: 40 }), { maxLength: 8 }), fc.boolean(), (batches, flushBetween) => {
        const core = openQuietCore();
        try {
          const { deviceId } = seedFleet(core);
          const checks = [0, 1, 2].map((port) => core.call('checks.create', { deviceId, kind: 'tcp', host: '10.0.0.1', port: port + 1 }).id);
          for (const batch of batches) {
            core.checks.record(batch.map((r) => ({ ...result(checks[r.check]!, start + r.offsetMs, r.status), latencyMs: r.latencyMs })));
            if (flushBetween) core.checks.results.flushRollups();
          }
          core.checks.results.flushRollups();
          expectRollupsMatchResults(core);
        } finally {
          core.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('are summed again after a crash from the results past the last flush', () => {
    const core = openQuietCore();
    try {
      const { deviceId } = seedFleet(core);
      const checkId = core.call('checks.create', { deviceId, kind: 'tcp', host: '10.0.0.1', port: 22 }).id;
      const never = { rollupEveryMs: Infinity, maxPendingRollups: Infinity };
      const before = new ResultsStore(core.store, new MaintenanceCalendar(), never);
      before.ingest([0, 1, 2].map((i) => result(checkId, start + i * 1000, 'ok', 1 + i)));
      before.flushRollups();
      // These never reach a flush: the process dies with them in memory.
      before.ingest([3, 4].map((i) => result(checkId, start + i * 1000, 'critical')));
      expect(storedRollups(core, 'rollups_minute')[0]).toMatchObject({ ok: 3, critical: 0 });

      new ResultsStore(core.store, new MaintenanceCalendar(), never).recover();
      expectRollupsMatchResults(core);
      expect(storedRollups(core, 'rollups_minute')[0]).toMatchObject({ ok: 3, critical: 2, latency_count: 3, latency_min: 1, latency_max: 3 });
    } finally {
      core.close();
    }
  });
});
