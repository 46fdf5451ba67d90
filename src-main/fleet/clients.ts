import { notFound, conflict } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import type { Queries } from '../store/queries';
import { assertPolicyExists, policyForClient } from '../sla-policies/policies';
import { restampOpenTasks } from '../tasks/restamp';
import { setArchived } from './archive';
import { archiveFilter, likePattern } from './archive-filter';
import type { fleetContract } from './contract';
import type { Client, ClientSummary } from './schemas';
import { clientsTable, contactsTable, devicesTable, sitesTable } from './tables';
import { touch } from './touch';

type ClientMethods = Pick<
  typeof fleetContract,
  'clients.create' | 'clients.get' | 'clients.list' | 'clients.update' | 'clients.archive' | 'clients.restore'
>;

const clientColumns = `c.id, c.code, c.name, c.timezone, c.notes, c.sla_policy_id AS slaPolicyId, c.is_demo AS isDemo,
  c.created_at AS createdAt, c.updated_at AS updatedAt, c.archived_at AS archivedAt`;

// Counts follow the client's own state, so an archived client still shows what it held.
export const clientSummaryColumns = `${clientColumns},
  (SELECT COUNT(*) FROM sites s WHERE s.client_id = c.id AND s.archived_at IS c.archived_at) AS siteCount,
  (SELECT COUNT(*) FROM devices d WHERE d.client_id = c.id AND d.archived_at IS c.archived_at) AS deviceCount`;

type ClientRow = Omit<Client, 'isDemo'> & { isDemo: number };
export const toClient = <T extends ClientRow>(row: T) => ({ ...row, isDemo: row.isDemo === 1 });

export function findClient(db: Queries, id: string): Client {
  const row = db.get<ClientRow>(`SELECT ${clientColumns} FROM clients c WHERE c.id = ?`, [id]);
  if (!row) throw notFound('Client', id);
  return toClient(row);
}

function assertCodeFree(db: Queries, code: string, exceptId: string | null): void {
  const holder = db.get<{ name: string }>(
    'SELECT name FROM clients WHERE code = ? COLLATE NOCASE AND archived_at IS NULL AND id IS NOT ?',
    [code, exceptId],
  );
  if (holder) throw conflict(`Client code ${code} is already used by ${holder.name}`, 'code');
}

const clientChildren = [
  { table: sitesTable, column: 'client_id' },
  { table: contactsTable, column: 'client_id' },
  { table: devicesTable, column: 'client_id' },
];

export const clientHandlers: Handlers<ClientMethods> = {
  'clients.create': ({ slaPolicyId, ...fields }, { tx, now }) => {
    assertCodeFree(tx, fields.code, null);
    if (slaPolicyId) assertPolicyExists(tx, slaPolicyId, 'slaPolicyId');
    const id = newId('cli');
    const at = now().toISOString();
    tx.insert(clientsTable, id, { ...fields, ...(slaPolicyId ? { sla_policy_id: slaPolicyId } : {}), created_at: at, updated_at: at });
    return findClient(tx, id);
  },

  'clients.get': ({ id }, { db }) => {
    const row = db.get<ClientSummary & { isDemo: number }>(`SELECT ${clientSummaryColumns} FROM clients c WHERE c.id = ?`, [id]);
    if (!row) throw notFound('Client', id);
    return toClient(row);
  },

  'clients.list': ({ query, archived }, { db }) => {
    const params: string[] = [];
    let where = archiveFilter(archived, 'c');
    if (query) {
      where += " AND (c.name LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\')";
      params.push(likePattern(query), likePattern(query));
    }
    const rows = db.all<ClientSummary & { isDemo: number }>(
      `SELECT ${clientSummaryColumns} FROM clients c WHERE ${where} ORDER BY c.name COLLATE NOCASE`,
      params,
    );
    return { items: rows.map(toClient) };
  },

  'clients.update': ({ id, slaPolicyId, ...fields }, { tx, now }) => {
    const current = findClient(tx, id);
    if (slaPolicyId) assertPolicyExists(tx, slaPolicyId, 'slaPolicyId');
    if (fields.code !== undefined && fields.code !== current.code) assertCodeFree(tx, fields.code, id);
    touch(tx, clientsTable, id, { ...fields, sla_policy_id: slaPolicyId }, now().toISOString());
    if (slaPolicyId !== undefined && slaPolicyId !== current.slaPolicyId) restampOpenTasks(tx, policyForClient(tx, id), [id], now());
    return findClient(tx, id);
  },

  'clients.archive': ({ id }, { tx, now }) => {
    const current = findClient(tx, id);
    if (current.archivedAt) return current;
    const at = now().toISOString();
    setArchived(tx, clientsTable, id, clientChildren, null, at, at);
    return findClient(tx, id);
  },

  'clients.restore': ({ id }, { tx, now }) => {
    const current = findClient(tx, id);
    if (!current.archivedAt) return current;
    assertCodeFree(tx, current.code, id);
    setArchived(tx, clientsTable, id, clientChildren, current.archivedAt, null, now().toISOString());
    return findClient(tx, id);
  },
};
