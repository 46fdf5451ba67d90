import { AppError, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import { findClient } from '../fleet/clients';
import { findDevice } from '../fleet/device-rows';
import { findSite } from '../fleet/sites';
import type { Queries } from '../store/queries';
import { parseRecurrence } from '../tasks/recurrence';
import type { checksContract } from './contract';
import { defaultLabel } from './check-rows';
import { describeWindow, windowColumns, type WindowRow } from './maintenance-calendar';
import type { ChecksRuntime } from './runtime';
import type { CheckKind, MaintenanceWindow } from './schemas';
import { maintenanceWindowsTable } from './tables';

type MaintenanceMethods = Pick<typeof checksContract, 'maintenance.create' | 'maintenance.list' | 'maintenance.delete' | 'maintenance.suppressions'>;

type StoredWindow = WindowRow & { scope: MaintenanceWindow['scope']; reason: string; createdAt: string; createdBy: string; deletedAt: string | null };

const storedColumns = `${windowColumns}, scope, reason, created_at AS createdAt, created_by AS createdBy, deleted_at AS deletedAt`;

/** The device, site or client a window covers, with its name (the scope must exist, archived or not). */
function resolveScope(db: Queries, ids: { deviceId?: string; siteId?: string; clientId?: string }): { scope: MaintenanceWindow['scope']; scopeId: string } {
  if (ids.deviceId) return { scope: 'device', scopeId: findDevice(db, ids.deviceId).id };
  if (ids.siteId) return { scope: 'site', scopeId: findSite(db, ids.siteId).id };
  return { scope: 'client', scopeId: findClient(db, ids.clientId!).id };
}

function scopeName(db: Queries, scope: MaintenanceWindow['scope'], scopeId: string): string {
  const table = { device: 'devices', site: 'sites', client: 'clients' }[scope];
  return db.value<string>(`SELECT name FROM ${table} WHERE id = ?`, [scopeId]) ?? scopeId;
}

function toWindow(db: Queries, row: StoredWindow, at: number): MaintenanceWindow {
  const { activeNow, nextStart } = describeWindow(row, at);
  return {
    id: row.id,
    scope: row.scope,
    scopeId: row.scopeId,
    scopeName: scopeName(db, row.scope, row.scopeId),
    reason: row.reason,
    from: row.startsAt,
    to: row.endsAt,
    rrule: row.rrule,
    start: row.startLocal,
    durationMinutes: row.durationMinutes,
    timezone: row.timezone,
    activeNow,
    nextStart: nextStart === null ? null : new Date(nextStart).toISOString(),
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

function findWindow(db: Queries, id: string): StoredWindow {
  const row = db.get<StoredWindow>(`SELECT ${storedColumns} FROM maintenance_windows WHERE id = ?`, [id]);
  if (!row || row.deletedAt) throw notFound('Maintenance window', id);
  return row;
}

export const maintenanceHandlers = (runtime: ChecksRuntime): Handlers<MaintenanceMethods> => ({
  'maintenance.create': (input, { tx, actor, now }) => {
    const { scope, scopeId } = resolveScope(tx, input);
    const when: Record<string, string | number | null> = {};
    if (input.rrule !== undefined) {
      const parsed = parseRecurrence({ rrule: input.rrule, start: input.start!, timezone: input.timezone! }, now());
      if (!parsed.ok) throw new AppError('invalid_input', `${parsed.error.field}: ${parsed.error.message}`, [{ path: parsed.error.field, message: parsed.error.message }]);
      Object.assign(when, { rrule: parsed.recurrence.rrule, start_local: input.start!, duration_minutes: input.durationMinutes!, timezone: input.timezone! });
    } else {
      Object.assign(when, { starts_at: new Date(input.from!).toISOString(), ends_at: new Date(input.to!).toISOString() });
    }
    const id = newId('mw');
    tx.insert(maintenanceWindowsTable, id, { scope, scope_id: scopeId, reason: input.reason, ...when, created_at: now().toISOString(), created_by: actor.name });
    runtime.definitionsChanged({ maintenance: true });
    return toWindow(tx, findWindow(tx, id), now().getTime());
  },

  'maintenance.list': ({ deviceId, siteId, clientId }, { db, now }) => {
    const scopeId = deviceId ?? siteId ?? clientId;
    const rows = db.all<StoredWindow>(
      `SELECT ${storedColumns} FROM maintenance_windows WHERE deleted_at IS NULL ${scopeId ? 'AND scope_id = ?' : ''} ORDER BY created_at DESC, id`,
      scopeId ? [scopeId] : [],
    );
    return { items: rows.map((row) => toWindow(db, row, now().getTime())) };
  },

  'maintenance.suppressions': ({ deviceId, siteId, clientId, limit }, { db }) => {
    const scope = deviceId !== undefined ? 'su.device_id = :scopeId' : siteId !== undefined ? 'd.site_id = :scopeId' : 'c.client_id = :scopeId';
    const rows = db.all<{ at: string; checkId: string; label: string; kind: CheckKind; target: string; deviceName: string | null; windowId: string; windowReason: string | null; severity: string; message: string }>(
      `SELECT su.at, su.check_id AS checkId, c.label, c.kind, c.target, d.name AS deviceName, su.window_id AS windowId, mw.reason AS windowReason, su.severity, su.message
       FROM alert_suppressions su JOIN checks c ON c.id = su.check_id LEFT JOIN devices d ON d.id = su.device_id
       LEFT JOIN maintenance_windows mw ON mw.id = su.window_id
       WHERE ${scope} ORDER BY su.at DESC, su.id LIMIT :limit`,
      { scopeId: deviceId ?? siteId ?? clientId, limit },
    );
    return {
      items: rows.map(({ label, kind, target, windowReason, ...row }) => ({
        ...row,
        checkLabel: label || defaultLabel(kind, target),
        windowReason: windowReason ?? '',
      })),
    };
  },

  'maintenance.delete': ({ id }, { tx, now }) => {
    const window = toWindow(tx, findWindow(tx, id), now().getTime());
    tx.update(maintenanceWindowsTable, id, { deleted_at: now().toISOString() });
    runtime.definitionsChanged({ maintenance: true });
    return window;
  },
});
