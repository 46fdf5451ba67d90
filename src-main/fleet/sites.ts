import { conflict, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import type { Queries } from '../store/queries';
import { setArchived } from './archive';
import { archiveFilter, likePattern } from './archive-filter';
import { findClient } from './clients';
import type { fleetContract } from './contract';
import type { Site, SiteSummary } from './schemas';
import { contactsTable, devicesTable, sitesTable } from './tables';
import { touch } from './touch';

type SiteMethods = Pick<typeof fleetContract, 'sites.create' | 'sites.get' | 'sites.list' | 'sites.update' | 'sites.archive' | 'sites.restore'>;

const siteColumns = `s.id, s.client_id AS clientId, s.name, s.address, s.networks, s.notes,
  s.created_at AS createdAt, s.updated_at AS updatedAt, s.archived_at AS archivedAt`;
export const siteSummaryColumns = `${siteColumns}, c.name AS clientName,
  (SELECT COUNT(*) FROM devices d WHERE d.site_id = s.id AND d.archived_at IS s.archived_at) AS deviceCount`;

type Stored<T> = Omit<T, 'networks'> & { networks: string };
export const toSite = <T extends Site>(row: Stored<T>): T => ({ ...row, networks: JSON.parse(row.networks) as string[] }) as T;

export function findSite(db: Queries, id: string): Site {
  const row = db.get<Stored<Site>>(`SELECT ${siteColumns} FROM sites s WHERE s.id = ?`, [id]);
  if (!row) throw notFound('Site', id);
  return toSite(row);
}

/** A contact or device hangs on an active client and, optionally, an active site of that same client. */
export function assertActiveParents(db: Queries, clientId: string, siteId: string | null | undefined): void {
  if (findClient(db, clientId).archivedAt) throw conflict('The client is archived: restore it first', 'clientId');
  if (!siteId) return;
  const site = findSite(db, siteId);
  if (site.clientId !== clientId) throw conflict('The site belongs to another client', 'siteId');
  if (site.archivedAt) throw conflict('The site is archived: restore it first', 'siteId');
}

const siteChildren = [
  { table: contactsTable, column: 'site_id' },
  { table: devicesTable, column: 'site_id' },
];

export const siteHandlers: Handlers<SiteMethods> = {
  'sites.create': ({ clientId, networks, ...fields }, { tx, now }) => {
    if (findClient(tx, clientId).archivedAt) throw conflict('The client is archived: restore it first', 'clientId');
    const id = newId('site');
    const at = now().toISOString();
    tx.insert(sitesTable, id, { ...fields, client_id: clientId, networks: JSON.stringify(networks), created_at: at, updated_at: at });
    return findSite(tx, id);
  },

  'sites.get': ({ id }, { db }) => {
    const row = db.get<Stored<SiteSummary>>(`SELECT ${siteSummaryColumns} FROM sites s JOIN clients c ON c.id = s.client_id WHERE s.id = ?`, [id]);
    if (!row) throw notFound('Site', id);
    return toSite<SiteSummary>(row);
  },

  'sites.list': ({ clientId, query, archived }, { db }) => {
    const conditions = [archiveFilter(archived, 's')];
    const params: string[] = [];
    if (clientId) {
      conditions.push('s.client_id = ?');
      params.push(clientId);
    }
    if (query) {
      conditions.push("(s.name LIKE ? ESCAPE '\\' OR s.address LIKE ? ESCAPE '\\')");
      params.push(likePattern(query), likePattern(query));
    }
    const rows = db.all<Stored<SiteSummary>>(
      `SELECT ${siteSummaryColumns} FROM sites s JOIN clients c ON c.id = s.client_id
       WHERE ${conditions.join(' AND ')} ORDER BY c.name COLLATE NOCASE, s.name COLLATE NOCASE`,
      params,
    );
    return { items: rows.map((row) => toSite<SiteSummary>(row)) };
  },

  'sites.update': ({ id, networks, ...fields }, { tx, now }) => {
    findSite(tx, id);
    touch(tx, sitesTable, id, { ...fields, networks: networks && JSON.stringify(networks) }, now().toISOString());
    return findSite(tx, id);
  },

  'sites.archive': ({ id }, { tx, now }) => {
    const current = findSite(tx, id);
    if (current.archivedAt) return current;
    const at = now().toISOString();
    setArchived(tx, sitesTable, id, siteChildren, null, at, at);
    return findSite(tx, id);
  },

  'sites.restore': ({ id }, { tx, now }) => {
    const current = findSite(tx, id);
    if (!current.archivedAt) return current;
    if (findClient(tx, current.clientId).archivedAt) throw conflict('The client is archived: restore the client first', 'clientId');
    setArchived(tx, sitesTable, id, siteChildren, current.archivedAt, null, now().toISOString());
    return findSite(tx, id);
  },
};
