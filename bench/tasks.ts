import { openTestCore } from '../src-main/core/testing';
import { generateDueTasks } from '../src-main/tasks/plans';
import { occurrences } from '../src-main/tasks/recurrence';
import type { WriteTx } from '../src-main/store/write-tx';
import { percentile, type Report } from './report';

// npx tsx -e "import('./bench/tasks.ts').then(async (m) => { const { Report } = await import('./bench/report.ts'); m.benchTasks(new Report()); })"

export const TASKS = 100_000;
const PLANS = 1_000;
const rules = ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=WEEKLY;BYDAY=SA'];
const zones = ['Europe/Rome', 'America/New_York', 'Australia/Sydney'];

/**
 * TASKS tasks written straight into the table (the API path is covered by the tests): a realistic
 * mix of SLA states and statuses, due times spread over two weeks from `now`.
 */
export function seedTasks(tx: Pick<WriteTx, 'runLocal'>, clientIds: readonly string[], now: number): void {
  const states = ['ok', 'ok', 'ok', 'ok', 'ok', 'at_risk', 'breached', 'ok'];
  const statuses = ['new', 'in_progress', 'waiting_client', 'scheduled', 'resolved', 'closed', 'in_progress', 'new'];
  for (let i = 0; i < TASKS; i++) {
    const due = now + ((i * 7919) % 20_000) * 60_000;
    tx.runLocal(
      `INSERT INTO tasks (id, client_id, kind, priority, status, title, assignee_id, opened_at, response_due_at, resolve_due_at, sla_state, sort_due, sla_check_at, created_at, updated_at)
       VALUES (?, ?, 'incident', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        `tsk_${i}`, clientIds[i % clientIds.length], `P${(i % 4) + 1}`, statuses[i % statuses.length], `Task ${i}`, `u${i % 30}`,
        new Date(now - 86_400_000).toISOString(), new Date(due).toISOString(), new Date(due + 86_400_000).toISOString(),
        states[(i * 31) % states.length], due, due, new Date(now).toISOString(), new Date(now).toISOString(),
      ],
    );
  }
}

function time(rounds: number, work: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Service tasks: the operator list at 100k tasks, plan expansion, and the SLA preview. */
export function benchTasks(report: Report): void {
  const now = Date.parse('2026-11-30T08:00:00Z');
  const core = openTestCore({ now: () => new Date(now) });
  try {
    const clientIds = Array.from({ length: 200 }, (_, i) => core.call('clients.create', { code: `C${i}`, name: `Client ${i}` }).id);
    const seeded = performance.now();
    core.store.write((tx) => seedTasks(tx, clientIds, now));
    core.store.write((tx) => tx.runLocal('ANALYZE'));
    report.note(`seeded ${TASKS} tasks in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    const atRisk = time(300, (i) => core.call('tasks.list', i % 2 ? { slaState: 'at_risk', limit: 50 } : { slaState: 'at_risk', limit: 50, cursor: undefined }));
    report.add({ name: 'tasks.list SLA at risk by due time, p95 (100k tasks)', value: percentile(atRisk.slice(50), 95), unit: 'ms', target: '< 30' });
    const mixed = time(300, (i) =>
      core.call('tasks.list', { slaState: ['at_risk', 'breached'][i % 2] as 'at_risk', clientId: i % 3 === 0 ? clientIds[i % clientIds.length] : undefined, limit: 50 }),
    );
    report.add({ name: 'tasks.list SLA state (+client) by due time, p95 (100k tasks)', value: percentile(mixed.slice(50), 95), unit: 'ms', target: '< 30' });

    const expand = performance.now();
    let count = 0;
    for (let i = 0; i < PLANS; i++) {
      const plan = { rrule: rules[i % rules.length]!, start: '2026-01-05T09:00', timezone: zones[i % zones.length]! };
      count += occurrences(plan, { from: now, to: now + 365 * 86_400_000 }).length;
    }
    report.add({ name: `a year of occurrences for ${PLANS} plans (${count} occurrences)`, value: (performance.now() - expand) / 1000, unit: 's', target: '< 2' });

    const planClient = clientIds[0]!;
    core.store.write((tx) => {
      for (let i = 0; i < PLANS; i++) {
        tx.runLocal(
          `INSERT INTO plans (id, name, client_id, rrule, start_local, timezone, lead_days, active_from, created_at, updated_at)
           VALUES (?, ?, ?, ?, '2026-01-05T09:00', ?, 0, ?, ?, ?)`,
          [`pln_${i}`, `Plan ${i}`, planClient, i % 5 === 0 ? 'FREQ=MONTHLY;BYDAY=1MO' : 'FREQ=MONTHLY;BYMONTHDAY=15', zones[i % zones.length], new Date(now).toISOString(), new Date(now).toISOString(), new Date(now).toISOString()],
        );
      }
    });
    const generate = performance.now();
    const made = core.store.write((tx) => generateDueTasks(tx, new Date(now + 365 * 86_400_000), { maxTasks: 1_000_000 }));
    report.note(`generateDueTasks made a year of tasks for ${PLANS} monthly plans (${made} tasks, with SLA and sync log) in ${((performance.now() - generate) / 1000).toFixed(2)} s`);

    const preview = time(2000, (i) =>
      core.call('slaPolicies.preview', { policyId: 'sla_default', at: new Date(now + i * 7_777_777).toISOString(), priority: (['P1', 'P2', 'P3', 'P4'] as const)[i % 4]! }),
    );
    report.add({ name: 'slaPolicies.preview p95', value: percentile(preview.slice(200), 95), unit: 'ms', target: '< 2' });
  } finally {
    core.close();
  }
}
