import { AppError, invalidInput, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import { addBusinessMinutes, type BusinessCalendar } from '../sla';
import { wallToUtc } from '../sla/zone-time';
import type { Queries } from '../store/queries';
import type { slaPoliciesContract } from './contract';
import { namedItalianHolidays } from './italian-holiday-names';
import { DEFAULT_POLICY_ID, policyFields, priorities, type Policy, type Priority } from './schemas';
import { slaPoliciesTable } from './tables';
import { touch } from '../fleet/touch';
import { restampOpenTasks } from '../tasks/restamp';

interface PolicyRow {
  id: string;
  name: string;
  timezone: string;
  hours: string;
  holidays: string;
  targets: string;
  createdAt: string;
  updatedAt: string;
}

const columns = 'id, name, timezone, hours, holidays, targets, created_at AS createdAt, updated_at AS updatedAt';

/** A policy with its calendar as one immutable object, so compileCalendar's cache holds across calls. */
export interface LoadedPolicy {
  policy: Policy;
  calendar: BusinessCalendar;
}

const cache = new Map<string, LoadedPolicy>();

function load(row: PolicyRow): LoadedPolicy {
  // Keyed by content, not updated_at: two edits in one millisecond, or fields merged by sync, differ here.
  const key = `${row.id}\n${row.name}\n${row.timezone}\n${row.hours}\n${row.holidays}\n${row.targets}\n${row.updatedAt}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const policy: Policy = {
      ...row,
      hours: JSON.parse(row.hours) as Policy['hours'],
      holidays: JSON.parse(row.holidays) as Policy['holidays'],
      targets: JSON.parse(row.targets) as Policy['targets'],
      isDefault: row.id === DEFAULT_POLICY_ID,
    };
    loaded = { policy, calendar: Object.freeze({ timezone: policy.timezone, hours: policy.hours, holidays: policy.holidays }) };
    if (cache.size > 1000) cache.clear();
    cache.set(key, loaded);
  }
  return loaded;
}

export function findPolicy(db: Queries, id: string): LoadedPolicy {
  const row = db.get<PolicyRow>(`SELECT ${columns} FROM sla_policies WHERE id = ?`, [id]);
  if (!row) throw notFound('SLA policy', id);
  return load(row);
}

/** The client's policy, or the default when it has none (or names one that is gone). */
export function policyForClient(db: Queries, clientId: string): LoadedPolicy {
  // Aliased: Queries.value turns its cached statement into pluck mode, and WriteTx.update prepares
  // the very same unaliased text ("SELECT sla_policy_id FROM clients WHERE id = ?") for its .get().
  const policyId = db.value<string | null>('SELECT c.sla_policy_id AS policyId FROM clients c WHERE c.id = ?', [clientId]);
  if (policyId && db.value<number>('SELECT 1 FROM sla_policies WHERE id = ?', [policyId])) return findPolicy(db, policyId);
  return findPolicy(db, DEFAULT_POLICY_ID);
}

export function assertPolicyExists(db: Queries, id: string, field: string): void {
  if (!db.value<number>('SELECT 1 FROM sla_policies WHERE id = ?', [id])) {
    const message = `SLA policy ${id} does not exist`;
    throw new AppError('invalid_input', `Invalid input — ${field}: ${message}`, [{ path: field, message }]);
  }
}

type Target = Policy['targets'][Priority];

function dueTimes(calendar: BusinessCalendar, at: Date | number, target: Target) {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    responseDueAt: iso(addBusinessMinutes(calendar, at, target.responseMinutes)),
    resolveDueAt: iso(addBusinessMinutes(calendar, at, target.resolveMinutes)),
  };
}

const toColumns = (fields: Partial<Omit<Policy, 'id' | 'isDefault' | 'createdAt' | 'updatedAt'>>) => ({
  name: fields.name,
  timezone: fields.timezone,
  hours: fields.hours && JSON.stringify(fields.hours),
  holidays: fields.holidays && JSON.stringify(fields.holidays),
  targets: fields.targets && JSON.stringify(fields.targets),
});

export const slaPolicyHandlers: Handlers<typeof slaPoliciesContract> = {
  'slaPolicies.create': (input, { tx, now }) => {
    const id = newId('sla');
    const at = now().toISOString();
    tx.insert(slaPoliciesTable, id, { ...toColumns(input), created_at: at, updated_at: at });
    return findPolicy(tx, id).policy;
  },

  'slaPolicies.get': ({ id }, { db }) => findPolicy(db, id).policy,

  'slaPolicies.list': (_input, { db }) => {
    // A client naming a policy that is gone (sync) falls back to the default, as policyForClient does.
    const counts = new Map(
      db
        .all<{ policyId: string; clients: number }>(
          `SELECT COALESCE(p.id, '${DEFAULT_POLICY_ID}') AS policyId, COUNT(*) AS clients
             FROM clients c LEFT JOIN sla_policies p ON p.id = c.sla_policy_id
            WHERE c.archived_at IS NULL GROUP BY 1`,
        )
        .map((row) => [row.policyId, row.clients]),
    );
    return {
      items: db
        .all<PolicyRow>(`SELECT ${columns} FROM sla_policies ORDER BY id = '${DEFAULT_POLICY_ID}' DESC, name COLLATE NOCASE`)
        .map((row) => ({ ...load(row).policy, clientCount: counts.get(row.id) ?? 0 })),
    };
  },

  'slaPolicies.update': ({ id, ...patch }, { tx, now }) => {
    const { policy } = findPolicy(tx, id);
    const merged = policyFields.safeParse({
      name: patch.name ?? policy.name,
      timezone: patch.timezone ?? policy.timezone,
      hours: patch.hours ?? policy.hours,
      holidays: patch.holidays ?? policy.holidays,
      targets: patch.targets ?? policy.targets,
    });
    if (!merged.success) throw invalidInput(merged.error);
    if (touch(tx, slaPoliciesTable, id, toColumns(merged.data), now().toISOString())) {
      const clients = tx.all<{ id: string }>(
        id === DEFAULT_POLICY_ID
          ? 'SELECT id FROM clients WHERE sla_policy_id IS NULL OR sla_policy_id = ? OR sla_policy_id NOT IN (SELECT id FROM sla_policies)'
          : 'SELECT id FROM clients WHERE sla_policy_id = ?',
        [id],
      );
      restampOpenTasks(tx, findPolicy(tx, id), clients.map((c) => c.id), now());
    }
    return findPolicy(tx, id).policy;
  },

  'slaPolicies.preview': ({ policyId, at, priority }, { db }) => {
    const { calendar, policy } = findPolicy(db, policyId);
    return dueTimes(calendar, Date.parse(at), policy.targets[priority]);
  },

  'slaPolicies.previewFields': ({ timezone, hours, holidays, targets, openedAt }) => {
    const calendar = { timezone, hours, holidays };
    const at = wallToUtc(timezone, Date.parse(`${openedAt}:00Z`));
    return {
      openedAt: new Date(at).toISOString(),
      due: Object.fromEntries(priorities.map((priority) => [priority, dueTimes(calendar, at, targets[priority])])) as Record<Priority, ReturnType<typeof dueTimes>>,
    };
  },

  'slaPolicies.italianHolidays': ({ year }) => ({ items: namedItalianHolidays(year) }),
};
