import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src-main/store/store';
import { startHubProcess } from '../tests/support/hub-process';
import { percentile, type Report } from './report';
import { seedTasks, TASKS } from './tasks';

const rounds = 300;
const warmUp = 50;

/**
 * The operator list over HTTP through the built hub, as a browser asks for it: the tasks at risk
 * sorted by due time, a first page and the page after it, at 100k tasks.
 */
export async function benchTaskListHttp(report: Report): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presidio-bench-tasks-'));
  try {
    // The hub's own clock runs: seed due times around it, so the refresh finds nothing to restamp.
    const now = Date.now();
    const store = openStore(join(dataDir, 'presidio.sqlite'));
    const clientIds = Array.from({ length: 200 }, (_, i) => `cli_bench_${i}`);
    store.write((tx) => {
      const at = new Date(now).toISOString();
      clientIds.forEach((id, i) => tx.runLocal('INSERT INTO clients (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [id, `C${i}`, `Client ${i}`, at, at]));
      seedTasks(tx, clientIds, now);
      tx.runLocal('ANALYZE');
    });
    store.close();

    const hub = await startHubProcess({ dataDir });
    try {
      const samples: number[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        const { status, body } = await hub.call('tasks.list', { slaState: 'at_risk', limit: 50, cursor: i % 2 ? cursor : undefined });
        samples.push(performance.now() - started);
        if (status !== 200) throw new Error(`tasks.list answered ${status}: ${JSON.stringify(body)}`);
        cursor = (body as { nextCursor: string | null }).nextCursor ?? undefined;
      }
      report.add({ name: `tasks.list SLA at risk by due time, HTTP, p95 (${TASKS / 1000}k tasks)`, value: percentile(samples.slice(warmUp), 95), unit: 'ms', target: '< 30' });
    } finally {
      await hub.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
