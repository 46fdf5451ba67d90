import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCheck } from '../src-main/checks/checks';
import { MaintenanceCalendar } from '../src-main/checks/maintenance-calendar';
import { ChecksMonitor } from '../src-main/checks/monitor';
import { ResultsStore } from '../src-main/checks/results-store';
import { inProcessRunner } from '../src-main/checks/runner-link';
import type { RunnerResult } from '../src-main/checks/runner-protocol';
import { checkCreateInput } from '../src-main/checks/schemas';
import { createDispatcher } from '../src-main/core/dispatch';
import { clientHandlers } from '../src-main/fleet/clients';
import { clientCreateInput } from '../src-main/fleet/schemas';
import { openStore, type Store } from '../src-main/store/store';
import { percentile, type Report } from './report';

const actor = { id: 'bench', name: 'Bench', role: 'admin' } as const;

function withStore<T>(work: (store: Store) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'presidio-bench-store-'));
  const store = openStore(join(dir, 'presidio.sqlite'));
  try {
    return work(store);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function seedChecks(store: Store, count: number, paused = false): string[] {
  return store.write((tx) => {
    const context = { tx, actor, now: () => new Date() };
    const client = clientHandlers['clients.create'](clientCreateInput.parse({ code: 'INGEST', name: 'Ingest bench' }), context);
    const at = new Date().toISOString();
    return Array.from({ length: count }, (_, i) =>
      createCheck(tx, checkCreateInput.parse({ clientId: client.id, kind: 'tcp', host: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, port: 22, paused }), at),
    );
  });
}

/**
 * Results into the store as the core receives them from the runner: batches of 1,000 in one
 * transaction each, with verdicts, state changes and alerts, and minute/hour/day rollups.
 * 10,000 checks, 1% of results failing, for three seconds.
 */
export function benchIngest(report: Report): void {
  withStore((store) => {
    const checkIds = seedChecks(store, 10_000);
    const results = new ResultsStore(store, new MaintenanceCalendar());
    let n = 0;
    const batch = (): RunnerResult[] =>
      Array.from({ length: 1000 }, () => {
        const i = n++;
        const failed = (i * 7919) % 100 === 0;
        return {
          checkId: checkIds[i % checkIds.length]!,
          at: Date.now(),
          status: failed ? 'critical' : 'ok',
          latencyMs: failed ? null : 0.2 + ((i * 31) % 400) / 100,
          message: failed ? '10.0.0.1:22: connection refused' : `connected to 10.0.0.1:22 in ${((i * 31) % 400) / 100} ms`,
        };
      });
    for (let i = 0; i < 10; i++) results.ingest(batch());
    results.flushRollups();

    n = 0;
    const started = performance.now();
    let ingested = 0;
    while (performance.now() - started < 3000) {
      results.ingest(batch());
      ingested += 1000;
    }
    results.flushRollups();
    const seconds = (performance.now() - started) / 1000;
    report.add({ name: 'results ingested with rollups (batches of 1,000)', value: ingested / seconds, unit: '/s', target: '> 100000' });
  });
}

/** checks.series through the dispatcher over 90 days of one-a-minute results, reduced to 600 points. */
export async function benchSeries(report: Report): Promise<void> {
  await withStore(async (store) => {
    const [checkId] = seedChecks(store, 1, true);
    const monitor = new ChecksMonitor(store, { instance: 'hub', runner: inProcessRunner() }).start();
    try {
      const now = Date.now();
      const minutes = 90 * 1440;
      for (let i = 0; i < minutes; i += 1000) {
        monitor.record(
          Array.from({ length: Math.min(1000, minutes - i) }, (_, k) => ({
            checkId: checkId!,
            at: now - (minutes - i - k) * 60_000,
            status: (i + k) % 500 === 0 ? 'critical' : 'ok',
            latencyMs: 2 + ((i + k) % 37),
            message: 'ok',
          })),
        );
      }
      monitor.results.flushRollups();
      const dispatch = createDispatcher(store, { instance: 'hub', version: 'bench', checks: monitor });
      const input = { checkId, from: new Date(now - 90 * 86_400_000).toISOString(), to: new Date(now).toISOString(), points: 600 };
      const samples: number[] = [];
      for (let round = 0; round < 220; round++) {
        const started = performance.now();
        const series = dispatch('checks.series', input, actor) as { points: unknown[] };
        if (round >= 20) samples.push(performance.now() - started);
        if (series.points.length === 0 || series.points.length > 600) throw new Error(`checks.series gave ${series.points.length} points`);
      }
      report.add({ name: 'checks.series, 90 days of 1-minute data -> 600 points, p95', value: percentile(samples, 95), unit: 'ms', target: '< 20' });
    } finally {
      await monitor.close();
    }
  });
}
