import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import type { fleetContract } from './contract';
import { findDevice } from './device-rows';
import { searchDevices } from './device-search';
import type { Device } from './schemas';
import { assertActiveParents } from './sites';
import { devicesTable } from './tables';
import { touch } from './touch';

type DeviceMethods = Pick<
  typeof fleetContract,
  'devices.create' | 'devices.get' | 'devices.update' | 'devices.archive' | 'devices.restore' | 'devices.search' | 'devices.facets'
>;

/** The API's device fields as the stored columns. */
function toColumns(fields: Partial<Omit<Device, 'id' | 'clientId' | 'createdAt' | 'updatedAt' | 'archivedAt'>>) {
  const { siteId, warrantyEnd, tags, ...same } = fields;
  return { ...same, site_id: siteId, warranty_end: warrantyEnd, tags: tags && JSON.stringify(tags) };
}

export const deviceHandlers: Handlers<DeviceMethods> = {
  'devices.create': ({ clientId, ...fields }, { tx, now }) => {
    assertActiveParents(tx, clientId, fields.siteId);
    const id = newId('dev');
    const at = now().toISOString();
    tx.insert(devicesTable, id, { ...toColumns(fields), client_id: clientId, created_at: at, updated_at: at });
    return findDevice(tx, id);
  },

  'devices.get': ({ id }, { db }) => findDevice(db, id),

  'devices.update': ({ id, ...fields }, { tx, now }) => {
    const current = findDevice(tx, id);
    if (fields.siteId !== undefined) assertActiveParents(tx, current.clientId, fields.siteId);
    touch(tx, devicesTable, id, toColumns(fields), now().toISOString());
    return findDevice(tx, id);
  },

  'devices.archive': ({ id }, { tx, now }) => {
    const current = findDevice(tx, id);
    if (current.archivedAt) return current;
    touch(tx, devicesTable, id, { archived_at: now().toISOString() }, now().toISOString());
    return findDevice(tx, id);
  },

  'devices.restore': ({ id }, { tx, now }) => {
    const current = findDevice(tx, id);
    if (!current.archivedAt) return current;
    assertActiveParents(tx, current.clientId, current.siteId);
    touch(tx, devicesTable, id, { archived_at: null }, now().toISOString());
    return findDevice(tx, id);
  },

  'devices.search': (input, { db }) => searchDevices(db, input),

  'devices.facets': ({ clientId }, { db }) => {
    const scope = clientId ? 'AND d.client_id = ?' : '';
    const params = clientId ? [clientId] : [];
    const os = db.all<{ value: string; count: number }>(
      `SELECT d.os AS value, COUNT(*) AS count FROM devices d WHERE d.archived_at IS NULL AND d.os <> '' ${scope} GROUP BY d.os ORDER BY count DESC, value LIMIT 100`,
      params,
    );
    const tags = db.all<{ value: string; count: number }>(
      `SELECT t.tag AS value, COUNT(*) AS count FROM device_tags t JOIN devices d ON d.id = t.device_id
       WHERE d.archived_at IS NULL ${scope} GROUP BY t.tag ORDER BY count DESC, value LIMIT 100`,
      params,
    );
    return { os, tags };
  },
};
