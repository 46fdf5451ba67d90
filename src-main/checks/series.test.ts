import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../core/testing';
import type { RunnerResult } from './runner-protocol';
import { errorOf, openQuietCore, result, seedFleet } from './test-support/core';

let core: TestCore;
let checkId: string;
beforeEach(() => {
  core = openQuietCore();
  const { deviceId } = seedFleet(core);
  checkId = core.call('checks.create', { deviceId, kind: 'tcp', host: '10.0.0.1', port: 22 }).id;
});
afterEach(() => core.close());

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A deterministic, jumpy latency: spikes and dips the reduction must keep. */
const latencyAt = (i: number) => (i % 97 === 0 ? 900 + i / 1000 : i % 89 === 0 ? 0.1 : 5 + ((i * 7919) % 50));

function recordEvery(from: number, count: number, stepMs: number): RunnerResult[] {
  const all: RunnerResult[] = [];
  for (let i = 0; i < count; i++) all.push({ ...result(checkId, from + i * stepMs, i % 50 === 0 ? 'critical' : 'ok'), latencyMs: latencyAt(i) });
  for (let i = 0; i < all.length; i += 1000) core.checks.record(all.slice(i, i + 1000));
  core.checks.results.flushRollups();
  return all;
}

function expectFaithful(points: { count: number; minMs: number | null; maxMs: number | null; critical: number }[], raw: RunnerResult[], maxPoints: number) {
  expect(points.length).toBeGreaterThan(0);
  expect(points.length).toBeLessThanOrEqual(maxPoints);
  const latencies = raw.map((r) => r.latencyMs!);
  expect(Math.min(...points.map((p) => p.minMs!))).toBe(Math.min(...latencies));
  expect(Math.max(...points.map((p) => p.maxMs!))).toBe(Math.max(...latencies));
  expect(points.reduce((sum, p) => sum + p.count, 0)).toBe(raw.length);
  expect(points.reduce((sum, p) => sum + p.critical, 0)).toBe(raw.filter((r) => r.status === 'critical').length);
}

describe('checks.series', () => {
  it('reduces an hour of raw results to at most `points` buckets, keeping minima and maxima', () => {
    const from = Date.now() - 2 * hour;
    const raw = recordEvery(from, 3600, 1000);
    const series = core.call('checks.series', { checkId, from: iso(from), to: iso(from + hour), points: 120 });
    expect(series.source).toBe('raw');
    expectFaithful(series.points, raw, 120);
    for (const point of series.points) {
      expect(point.minMs!).toBeLessThanOrEqual(point.avgMs!);
      expect(point.avgMs!).toBeLessThanOrEqual(point.maxMs!);
      expect(point.p95Ms!).toBeGreaterThanOrEqual(point.minMs!);
      expect(point.p95Ms!).toBeLessThanOrEqual(point.maxMs!);
    }
  });

  it('reads rollups for long ranges, with the same totals and extremes', () => {
    const from = Math.floor((Date.now() - 10 * day) / hour) * hour;
    const raw = recordEvery(from, 10 * 1440, minute);
    const hours = core.call('checks.series', { checkId, from: iso(from), to: iso(from + 10 * day), points: 100 });
    expect(hours.source).toBe('hour');
    expect(hours.bucketMs % hour).toBe(0);
    expectFaithful(hours.points, raw, 100);

    const minutes = core.call('checks.series', { checkId, from: iso(from + 9 * day), to: iso(from + 10 * day), points: 600 });
    expect(minutes.source).toBe('minute');
    expectFaithful(minutes.points, raw.slice(9 * 1440), 600);

    const days = core.call('checks.series', { checkId, from: iso(from), to: iso(from + 10 * day), points: 5 });
    expect(days.source).toBe('day');
    expect(days.points.reduce((sum, p) => sum + p.count, 0)).toBe(raw.length);
  });

  it('falls back to rollups where raw results of that age are pruned; no results is an empty series, an unknown check is not found', () => {
    const from = Date.now() - 10 * day;
    const series = core.call('checks.series', { checkId, from: iso(from), to: iso(from + hour), points: 600 });
    expect(series).toMatchObject({ source: 'minute', points: [] });
    expect(errorOf(() => core.call('checks.series', { checkId: 'chk_nope', from: iso(from), to: iso(from + hour), points: 10 })).code).toBe('not_found');
  });
});

describe('checks.results', () => {
  it('lists raw results newest first, within a range and a limit', () => {
    const from = Date.now() - hour;
    recordEvery(from, 10, 1000);
    const { items } = core.call('checks.results', { checkId, limit: 3 });
    expect(items.map((r) => r.at)).toEqual([iso(from + 9000), iso(from + 8000), iso(from + 7000)]);
    expect(items[0]).toMatchObject({ status: 'ok', message: expect.stringContaining('ok') });
    const ranged = core.call('checks.results', { checkId, from: iso(from + 2000), to: iso(from + 4000), limit: 100 });
    expect(ranged.items.map((r) => r.at)).toEqual([iso(from + 3000), iso(from + 2000)]);
  });
});
