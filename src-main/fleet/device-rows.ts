import { notFound } from '../core/errors';
import type { Queries } from '../store/queries';
import type { Device, DeviceListItem } from './schemas';

export const deviceListColumns = `d.id, d.client_id AS clientId, d.site_id AS siteId, d.name, d.kind, d.hostname, d.ip, d.mac, d.os,
  d.vendor, d.model, d.serial, d.warranty_end AS warrantyEnd, d.criticality, d.tags, d.notes,
  d.created_at AS createdAt, d.updated_at AS updatedAt, d.archived_at AS archivedAt,
  c.name AS clientName, c.code AS clientCode, s.name AS siteName`;

export const deviceJoins = 'FROM devices d JOIN clients c ON c.id = d.client_id LEFT JOIN sites s ON s.id = d.site_id';

type Stored<T> = Omit<T, 'tags'> & { tags: string };
export const toDevice = <T extends Device>(row: Stored<T>): T => ({ ...row, tags: JSON.parse(row.tags) as string[] }) as T;

export function findDevice(db: Queries, id: string): DeviceListItem {
  const row = db.get<Stored<DeviceListItem>>(`SELECT ${deviceListColumns} ${deviceJoins} WHERE d.id = ?`, [id]);
  if (!row) throw notFound('Device', id);
  return toDevice(row);
}

export function listDevices(db: Queries, where: string, orderAndLimit: string, params: readonly unknown[]): DeviceListItem[] {
  return db.all<Stored<DeviceListItem>>(`SELECT ${deviceListColumns} ${deviceJoins} WHERE ${where} ${orderAndLimit}`, params).map(toDevice);
}
