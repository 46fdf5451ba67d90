import type { z } from 'zod';
import { AppError, conflict, invalidInput } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import { findClient } from '../fleet/clients';
import { findDevice } from '../fleet/device-rows';
import { touch } from '../fleet/touch';
import type { WriteTx } from '../store/write-tx';
import { activeCheck, checkJoins, effectiveState, findCheck, listChecks, maintenanceParam, storedDefinition } from './check-rows';
import type { checksContract } from './contract';
import { decodeCursor, encodeCursor } from './cursor';
import { assertReadableCa } from './custom-ca';
import { defaultRunOn, hubPlacement, type Placement } from './placement';
import { targetOf } from './probe-config';
import type { ChecksRuntime } from './runtime';
import { checkDefinition, kindFields, type checkCreateInput, type CheckDefinition } from './schemas';
import { alertsTable, checksTable } from './tables';
import { checkTemplates } from './templates';

type CheckMethods = Pick<
  typeof checksContract,
  'checks.create' | 'checks.get' | 'checks.list' | 'checks.update' | 'checks.delete' | 'checks.pause' | 'checks.resume' | 'checks.templates'
>;

/** A check's definition as its stored columns; the kind-specific fields travel together as JSON. */
function toColumns(definition: CheckDefinition) {
  const { kind, label, intervalSeconds, timeoutMs, retries, warnMs, critMs, paused, ...config } = definition;
  return {
    kind,
    label,
    target: targetOf(definition),
    config: JSON.stringify(config),
    interval_seconds: intervalSeconds,
    timeout_ms: timeoutMs,
    retries,
    warn_ms: warnMs ?? null,
    crit_ms: critMs ?? null,
    paused,
  };
}

/** Creates a check on a device (it belongs to the device's client) or on a bare target of a client; the hub runs it unless `runOn` says otherwise. */
export function createCheck(tx: WriteTx, input: z.output<typeof checkCreateInput>, at: string): string {
  const { deviceId, clientId, runOn = hubPlacement, ...definition } = input;
  let owner: { client_id: string; device_id: string | null };
  if (deviceId !== undefined) {
    const device = findDevice(tx, deviceId);
    if (device.archivedAt) throw conflict('The device is archived: restore it first', 'deviceId');
    owner = { client_id: device.clientId, device_id: device.id };
  } else {
    if (findClient(tx, clientId!).archivedAt) throw conflict('The client is archived: restore it first', 'clientId');
    owner = { client_id: clientId!, device_id: null };
  }
  const id = newId('chk');
  tx.insert(checksTable, id, { ...owner, ...toColumns(definition), run_on: runOn, created_at: at, updated_at: at });
  return id;
}

/** An update's fields over the stored ones: null clears a field, and a new kind drops the old kind's fields. */
function merge(current: CheckDefinition, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  if (patch.kind !== undefined && patch.kind !== current.kind) for (const field of Object.keys(kindFields)) delete merged[field];
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Where a check may be placed from here: on the hub, on this instance, or (editing) where it already
 * runs. Another instance's id is refused: this instance cannot know it exists, and the check would
 * run nowhere.
 */
function placeableRunOn(asked: string, placement: Placement, current?: string): string {
  if (asked === hubPlacement || asked === placement.instanceId || asked === current) return asked;
  const message = `"${hubPlacement}" or this instance's id (${placement.instanceId}); another instance's id is not known here`;
  throw new AppError('invalid_input', `Invalid input — runOn: ${message}`, [{ path: 'runOn', message }]);
}

export const checkHandlers = (runtime: ChecksRuntime): Handlers<CheckMethods> => {
  const read = (tx: WriteTx, id: string, now: () => Date) => findCheck(tx, runtime.calendar, id, now().getTime());

  /** Writes a change and tells the runner; the check as it now is. */
  const change = (tx: WriteTx, id: string, patch: Parameters<WriteTx['update']>[2], now: () => Date) => {
    if (touch(tx, checksTable, id, patch, now().toISOString())) runtime.definitionsChanged({ checkIds: [id] });
    return read(tx, id, now);
  };

  const setPaused = (tx: WriteTx, id: string, paused: boolean, now: () => Date) => {
    storedDefinition(tx, id);
    return change(tx, id, { paused }, now);
  };

  return {
    'checks.create': (input, { tx, now }) => {
      assertReadableCa(input);
      const runOn = placeableRunOn(input.runOn ?? defaultRunOn(runtime.placement), runtime.placement);
      const id = createCheck(tx, { ...input, runOn }, now().toISOString());
      runtime.definitionsChanged({ checkIds: [id] });
      return read(tx, id, now);
    },

    'checks.get': ({ id }, { db, now }) => findCheck(db, runtime.calendar, id, now().getTime()),

    'checks.list': (input, { db, now }) => {
      const conditions = [activeCheck];
      const params: Record<string, unknown> = { maintenance: maintenanceParam(runtime.calendar, db, now().getTime()) };
      const filter = (condition: string, name: string, value: unknown) => {
        if (value === undefined) return;
        conditions.push(condition);
        params[name] = value;
      };
      filter('c.device_id = :deviceId', 'deviceId', input.deviceId);
      filter('c.client_id = :clientId', 'clientId', input.clientId);
      filter('d.site_id = :siteId', 'siteId', input.siteId);
      if (input.bare !== undefined) conditions.push(input.bare ? 'c.device_id IS NULL' : 'c.device_id IS NOT NULL');
      filter('c.kind = :kind', 'kind', input.kind);
      filter(`${effectiveState} = :state`, 'state', input.state);
      const where = conditions.join(' AND ');
      const [offset] = input.cursor === undefined ? [0] : decodeCursor<[number]>(input.cursor, ['number']);
      const items = listChecks(
        db,
        where,
        'ORDER BY cl.name COLLATE NOCASE, d.name COLLATE NOCASE, c.label COLLATE NOCASE, c.target, c.id LIMIT :limit OFFSET :offset',
        { ...params, limit: input.limit, offset },
      );
      const total = db.value<number>(`SELECT COUNT(*) ${checkJoins} WHERE ${where}`, params) ?? 0;
      const next = offset + items.length;
      return { items, total, nextCursor: next < total ? encodeCursor([next]) : null };
    },

    'checks.update': ({ id, runOn, ...patch }, { tx, now }) => {
      const parsed = checkDefinition.safeParse(merge(storedDefinition(tx, id), patch));
      if (!parsed.success) throw invalidInput(parsed.error);
      assertReadableCa(parsed.data);
      const current = tx.value<string>('SELECT run_on FROM checks WHERE id = ?', [id]);
      const placed = runOn === undefined ? {} : { run_on: placeableRunOn(runOn, runtime.placement, current) };
      return change(tx, id, { ...toColumns(parsed.data), ...placed }, now);
    },

    'checks.delete': ({ id }, { tx, now }) => {
      storedDefinition(tx, id);
      const at = now().toISOString();
      // A deleted check has nothing left to recover from: its open alert ends with it.
      const open = tx.all<{ id: string; clientId: string; deviceId: string | null; message: string }>(
        'SELECT id, client_id AS clientId, device_id AS deviceId, message FROM alerts WHERE check_id = ? AND closed_at IS NULL',
        [id],
      );
      for (const alert of open) {
        tx.update(alertsTable, alert.id, { closed_at: at });
        runtime.alertHooks.closed(tx, { alertId: alert.id, checkId: id, clientId: alert.clientId, deviceId: alert.deviceId, message: alert.message, at, reason: 'checkDeleted' });
      }
      return change(tx, id, { deleted_at: at }, now);
    },

    'checks.pause': ({ id }, { tx, now }) => setPaused(tx, id, true, now),
    'checks.resume': ({ id }, { tx, now }) => setPaused(tx, id, false, now),

    'checks.templates': () => ({ items: checkTemplates }),
  };
};
