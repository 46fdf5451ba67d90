import { z } from 'zod';
import { assertAssignable } from '../accounts/accounts';
import type { Actor } from '../core/actor';
import { everyone, method, staff } from '../core/method';
import { notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import { touch } from '../fleet/touch';
import type { Queries } from '../store/queries';
import type { WriteTx } from '../store/write-tx';
import { byId } from './schemas';
import * as s from './plan-schemas';
import { occurrences, parseRecurrence, Recurrence } from './recurrence';
import { assertLinks, fieldError, insertTask, systemActor } from './rows';
import { plansTable } from './tables';

const DAY = 86_400_000;

export const plansContract = {
  'plans.create': method({ summary: 'Create a maintenance plan', access: 'write', roles: staff, input: s.planCreateInput, output: s.plan }),
  'plans.get': method({ summary: 'One maintenance plan', access: 'read', roles: everyone, input: byId, output: s.plan }),
  'plans.list': method({ summary: 'Maintenance plans', access: 'read', roles: everyone, input: s.planListInput, output: z.object({ items: z.array(s.plan) }) }),
  'plans.update': method({ summary: 'Change a maintenance plan', access: 'write', roles: staff, input: s.planUpdateInput, output: s.plan }),
  'plans.pause': method({ summary: 'Pause (or resume) a maintenance plan', access: 'write', roles: staff, input: s.planPauseInput, output: s.plan }),
  'plans.preview': method({
    summary: "A plan's next occurrences from now",
    access: 'read',
    roles: everyone,
    input: s.planPreviewInput,
    output: z.object({ occurrences: z.array(z.string()) }),
  }),
  'plans.previewRule': method({
    summary: 'The next occurrences of an unsaved schedule from now (or its start, if later); a bad rule fails naming the field',
    access: 'read',
    roles: everyone,
    input: s.planPreviewRuleInput,
    output: z.object({ rrule: z.string(), occurrences: z.array(z.string()) }),
  }),
};

type PlanRow = Omit<s.Plan, 'checklist' | 'paused'> & { checklist: string; paused: number };
const columns = `p.id, p.name, p.client_id AS clientId, p.site_id AS siteId, p.device_id AS deviceId, p.rrule, p.start_local AS start,
  p.timezone, p.lead_days AS leadDays, p.checklist, p.assignee_id AS assigneeId, p.priority, p.paused, p.active_from AS activeFrom,
  (SELECT MAX(t.occurrence_at) FROM tasks t WHERE t.plan_id = p.id) AS generatedThrough, p.created_at AS createdAt, p.updated_at AS updatedAt`;
const toPlan = (row: PlanRow): s.Plan => ({ ...row, checklist: JSON.parse(row.checklist) as string[], paused: row.paused === 1 });

export function findPlan(db: Queries, id: string): s.Plan {
  const row = db.get<PlanRow>(`SELECT ${columns} FROM plans p WHERE p.id = ?`, [id]);
  if (!row) throw notFound('Plan', id);
  return toPlan(row);
}

function checkedRecurrence(plan: { rrule: string; start: string; timezone: string }, now: Date): Recurrence {
  const parsed = parseRecurrence(plan, now);
  if (!parsed.ok) throw fieldError(parsed.error.field, parsed.error.message);
  return parsed.recurrence;
}

/** The id of the task for one occurrence of one plan: the same on every instance, so sync merges them. */
export const occurrenceTaskId = (planId: string, occurrence: number) => `tsk_${planId}_${occurrence.toString(36)}`;

/**
 * Makes the tasks of every active plan whose occurrence falls within its lead time of `now`, each
 * exactly once: generation resumes after the plan's latest task (so a hub that was down catches up,
 * none missed), the unique (plan_id, occurrence_at) index and the deterministic task id guard against
 * a second copy, and the caller's transaction makes a run all-or-nothing. Stops after `maxTasks`
 * (the rest comes next run). Returns how many tasks it made.
 */
export function generateDueTasks(tx: WriteTx, now: Date, options: { planId?: string; maxTasks?: number; actor?: Pick<Actor, 'id' | 'name'> } = {}): number {
  const maxTasks = options.maxTasks ?? 10_000;
  const plans = tx.all<PlanRow>(
    `SELECT ${columns} FROM plans p WHERE p.paused = 0${options.planId ? ' AND p.id = ?' : ''} ORDER BY p.id`,
    options.planId ? [options.planId] : [],
  );
  const exists = (planId: string, at: string) => tx.value<number>('SELECT 1 FROM tasks WHERE plan_id = ? AND occurrence_at = ?', [planId, at]) === 1;
  let made = 0;
  for (const row of plans) {
    if (made >= maxTasks) break;
    const plan = toPlan(row);
    let recurrence: Recurrence;
    try {
      recurrence = Recurrence.compile(plan);
    } catch {
      continue; // a plan synced from a newer build with a rule this one cannot read
    }
    const after = plan.generatedThrough ? Date.parse(plan.generatedThrough) + 1 : 0;
    const from = Math.max(after, Date.parse(plan.activeFrom));
    const to = now.getTime() + plan.leadDays * DAY + 1;
    if (from >= to) continue;
    for (const occurrence of occurrences(recurrence, { from, to })) {
      if (made >= maxTasks) break;
      const at = new Date(occurrence).toISOString();
      if (exists(plan.id, at)) continue;
      const actor = options.actor ?? systemActor;
      insertTask(
        tx,
        {
          clientId: plan.clientId,
          siteId: plan.siteId,
          deviceId: plan.deviceId,
          planId: plan.id,
          occurrenceAt: at,
          kind: 'maintenance',
          priority: plan.priority,
          title: plan.name,
          assigneeId: plan.assigneeId,
          scheduledAt: at,
          openedAt: at,
          checklist: plan.checklist,
        },
        { id: actor.id, name: actor.name, role: 'admin' },
        now,
        occurrenceTaskId(plan.id, occurrence),
      );
      made++;
    }
  }
  return made;
}

export const planHandlers: Handlers<typeof plansContract> = {
  'plans.create': (input, { tx, now, actor }) => {
    const at = now();
    assertLinks(tx, input.clientId, input.siteId, input.deviceId);
    assertAssignable(tx, input.assigneeId);
    const timezone = input.timezone ?? tx.value<string>('SELECT c.timezone AS zone FROM clients c WHERE c.id = ?', [input.clientId]) ?? 'Europe/Rome';
    const recurrence = checkedRecurrence({ rrule: input.rrule, start: input.start, timezone }, at);
    const id = newId('pln');
    const iso = at.toISOString();
    tx.insert(plansTable, id, {
      name: input.name,
      client_id: input.clientId,
      site_id: input.siteId ?? null,
      device_id: input.deviceId ?? null,
      rrule: recurrence.rrule,
      start_local: input.start,
      timezone,
      lead_days: input.leadDays,
      checklist: JSON.stringify(input.checklist),
      assignee_id: input.assigneeId ?? null,
      priority: input.priority,
      paused: false,
      active_from: iso,
      created_at: iso,
      updated_at: iso,
    });
    generateDueTasks(tx, at, { planId: id, actor });
    return findPlan(tx, id);
  },

  'plans.get': ({ id }, { db }) => findPlan(db, id),

  'plans.list': ({ clientId, paused }, { db }) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (clientId) {
      where.push('p.client_id = ?');
      params.push(clientId);
    }
    if (paused !== undefined) {
      where.push('p.paused = ?');
      params.push(paused ? 1 : 0);
    }
    const rows = db.all<PlanRow>(`SELECT ${columns} FROM plans p ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.name COLLATE NOCASE, p.id`, params);
    return { items: rows.map(toPlan) };
  },

  'plans.update': ({ id, ...fields }, { tx, now, actor }) => {
    const current = findPlan(tx, id);
    const at = now();
    const siteId = fields.siteId === undefined ? current.siteId : fields.siteId;
    const deviceId = fields.deviceId === undefined ? current.deviceId : fields.deviceId;
    if (fields.siteId !== undefined || fields.deviceId !== undefined) assertLinks(tx, current.clientId, siteId, deviceId);
    if (fields.assigneeId !== current.assigneeId) assertAssignable(tx, fields.assigneeId);
    const schedule = { rrule: fields.rrule ?? current.rrule, start: fields.start ?? current.start, timezone: fields.timezone ?? current.timezone };
    const recurrence = checkedRecurrence(schedule, at);
    touch(
      tx,
      plansTable,
      id,
      {
        name: fields.name,
        site_id: fields.siteId,
        device_id: fields.deviceId,
        rrule: recurrence.rrule,
        start_local: schedule.start,
        timezone: schedule.timezone,
        lead_days: fields.leadDays,
        checklist: fields.checklist && JSON.stringify(fields.checklist),
        assignee_id: fields.assigneeId,
        priority: fields.priority,
      },
      at.toISOString(),
    );
    generateDueTasks(tx, at, { planId: id, actor });
    return findPlan(tx, id);
  },

  'plans.pause': ({ id, paused }, { tx, now, actor }) => {
    const current = findPlan(tx, id);
    if (current.paused === paused) return current;
    const at = now().toISOString();
    // Resuming skips what fell due while paused: occurrences are made from now on.
    touch(tx, plansTable, id, paused ? { paused: true } : { paused: false, active_from: at }, at);
    if (!paused) generateDueTasks(tx, now(), { planId: id, actor });
    return findPlan(tx, id);
  },

  'plans.preview': ({ id, count }, { db, now }) => {
    const plan = findPlan(db, id);
    return { occurrences: occurrences(plan, { from: now(), count }).map((ms) => new Date(ms).toISOString()) };
  },

  'plans.previewRule': ({ count, ...schedule }, { now }) => {
    const recurrence = checkedRecurrence(schedule, now());
    return { rrule: recurrence.rrule, occurrences: occurrences(recurrence, { from: now(), count }).map((ms) => new Date(ms).toISOString()) };
  },
};
