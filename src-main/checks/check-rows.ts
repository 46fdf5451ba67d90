import { notFound } from '../core/errors';
import type { Queries } from '../store/queries';
import type { MaintenanceCalendar } from './maintenance-calendar';
import type { Check, CheckDefinition, CheckKind } from './schemas';
import { statusOfCode, type CheckState, type ResultStatus } from './status';

export const checkJoins = `FROM checks c
  JOIN clients cl ON cl.id = c.client_id
  LEFT JOIN devices d ON d.id = c.device_id
  LEFT JOIN check_state s ON s.check_id = c.id`;

/** A check that is shown and counted: not deleted, on a client and a device that are not archived. */
export const activeCheck = 'c.deleted_at IS NULL AND cl.archived_at IS NULL AND (d.id IS NULL OR d.archived_at IS NULL)';

/**
 * A check's state as everyone sees it: paused, or in maintenance (its device, site or client is
 * covered by a window now: `:maintenance` is the JSON list of those ids), or this instance's verdict.
 */
export const effectiveState = `CASE
  WHEN c.paused = 1 THEN 'paused'
  WHEN c.device_id IN (SELECT value FROM json_each(:maintenance)) OR d.site_id IN (SELECT value FROM json_each(:maintenance))
    OR c.client_id IN (SELECT value FROM json_each(:maintenance)) THEN 'maintenance'
  ELSE coalesce(s.state, 'unknown') END`;

/** The ids covered by a maintenance window at `at`, as the `:maintenance` parameter. */
export function maintenanceParam(calendar: MaintenanceCalendar, db: Queries, at: number): string {
  return JSON.stringify(calendar.coverage(db, at, at).scopesAt(at));
}

const checkColumns = `c.id, c.client_id AS clientId, cl.name AS clientName, c.device_id AS deviceId, d.name AS deviceName, d.site_id AS siteId, c.run_on AS runOn,
  c.kind, c.label, c.target, c.config, c.interval_seconds AS intervalSeconds, c.timeout_ms AS timeoutMs, c.retries,
  c.warn_ms AS warnMs, c.crit_ms AS critMs, c.paused, ${effectiveState} AS state, s.since, coalesce(s.fails, 0) AS fails,
  r.at AS lastAt, r.status AS lastStatus, r.latency_ms AS lastLatencyMs, r.message AS lastMessage,
  c.created_at AS createdAt, c.updated_at AS updatedAt, c.deleted_at AS deletedAt`;

const lastResultJoin = 'LEFT JOIN results r ON r.id = (SELECT id FROM results WHERE check_key = s.key ORDER BY at DESC LIMIT 1)';

interface CheckRow {
  id: string;
  clientId: string;
  clientName: string;
  deviceId: string | null;
  deviceName: string | null;
  siteId: string | null;
  runOn: string;
  kind: CheckKind;
  label: string;
  target: string;
  config: string;
  intervalSeconds: number;
  timeoutMs: number;
  retries: number;
  warnMs: number | null;
  critMs: number | null;
  paused: number;
  state: CheckState;
  since: number | null;
  fails: number;
  lastAt: number | null;
  lastStatus: number | null;
  lastLatencyMs: number | null;
  lastMessage: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const defaultLabel = (kind: CheckKind, target: string) => `${kind.toUpperCase()} ${target}`;

function toCheck(row: CheckRow): Check {
  const { config, paused, since, fails, lastAt, lastStatus, lastLatencyMs, lastMessage, ...rest } = row;
  return {
    ...rest,
    ...(JSON.parse(config) as Partial<Check>),
    label: row.label || defaultLabel(row.kind, row.target),
    paused: paused === 1,
    stateSince: since === null ? null : new Date(since).toISOString(),
    consecutiveFailures: fails,
    lastResult:
      lastAt === null
        ? null
        : { at: new Date(lastAt).toISOString(), status: statusOfCode[lastStatus!] as ResultStatus, latencyMs: lastLatencyMs, message: lastMessage ?? '' },
  };
}

export function listChecks(db: Queries, where: string, tail: string, params: Record<string, unknown>): Check[] {
  return db.all<CheckRow>(`SELECT ${checkColumns} ${checkJoins} ${lastResultJoin} WHERE ${where} ${tail}`, params).map(toCheck);
}

export function findCheck(db: Queries, calendar: MaintenanceCalendar, id: string, at: number): Check {
  const [check] = listChecks(db, 'c.id = :id', '', { id, maintenance: maintenanceParam(calendar, db, at) });
  if (!check) throw notFound('Check', id);
  return check;
}

/** A stored check as the fields it was created with: what an update is merged into and validated again as. */
export function storedDefinition(db: Queries, id: string): CheckDefinition {
  const row = db.get<Omit<CheckDefinition, 'warnMs' | 'critMs' | 'paused'> & { config: string; warnMs: number | null; critMs: number | null; paused: number }>(
    `SELECT kind, label, config, interval_seconds AS intervalSeconds, timeout_ms AS timeoutMs, retries, warn_ms AS warnMs, crit_ms AS critMs, paused
     FROM checks WHERE id = ? AND deleted_at IS NULL`,
    [id],
  );
  if (!row) throw notFound('Check', id);
  const { config, warnMs, critMs, paused, ...rest } = row;
  return { ...(JSON.parse(config) as Partial<CheckDefinition>), ...rest, warnMs: warnMs ?? undefined, critMs: critMs ?? undefined, paused: paused === 1 };
}
