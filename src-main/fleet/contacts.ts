import { notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import type { Queries } from '../store/queries';
import { archiveFilter } from './archive-filter';
import type { fleetContract } from './contract';
import type { Contact } from './schemas';
import { assertActiveParents } from './sites';
import { contactsTable } from './tables';
import { touch } from './touch';

type ContactMethods = Pick<
  typeof fleetContract,
  'contacts.create' | 'contacts.list' | 'contacts.update' | 'contacts.archive' | 'contacts.restore'
>;

const contactColumns = `id, client_id AS clientId, site_id AS siteId, name, role, email, phone, notes,
  created_at AS createdAt, updated_at AS updatedAt, archived_at AS archivedAt`;

function findContact(db: Queries, id: string): Contact {
  const row = db.get<Contact>(`SELECT ${contactColumns} FROM contacts WHERE id = ?`, [id]);
  if (!row) throw notFound('Contact', id);
  return row;
}

export const contactHandlers: Handlers<ContactMethods> = {
  'contacts.create': ({ clientId, siteId, ...fields }, { tx, now }) => {
    assertActiveParents(tx, clientId, siteId);
    const id = newId('con');
    const at = now().toISOString();
    tx.insert(contactsTable, id, { ...fields, client_id: clientId, site_id: siteId, created_at: at, updated_at: at });
    return findContact(tx, id);
  },

  'contacts.list': ({ clientId, siteId, archived }, { db }) => {
    const conditions = [archiveFilter(archived, 'contacts')];
    const params: string[] = [];
    if (clientId) {
      conditions.push('client_id = ?');
      params.push(clientId);
    }
    if (siteId) {
      conditions.push('site_id = ?');
      params.push(siteId);
    }
    const items = db.all<Contact>(`SELECT ${contactColumns} FROM contacts WHERE ${conditions.join(' AND ')} ORDER BY name COLLATE NOCASE`, params);
    return { items };
  },

  'contacts.update': ({ id, siteId, ...fields }, { tx, now }) => {
    const current = findContact(tx, id);
    if (siteId !== undefined) assertActiveParents(tx, current.clientId, siteId);
    touch(tx, contactsTable, id, { ...fields, site_id: siteId }, now().toISOString());
    return findContact(tx, id);
  },

  'contacts.archive': ({ id }, { tx, now }) => {
    const current = findContact(tx, id);
    if (current.archivedAt) return current;
    touch(tx, contactsTable, id, { archived_at: now().toISOString() }, now().toISOString());
    return findContact(tx, id);
  },

  'contacts.restore': ({ id }, { tx, now }) => {
    const current = findContact(tx, id);
    if (!current.archivedAt) return current;
    assertActiveParents(tx, current.clientId, current.siteId);
    touch(tx, contactsTable, id, { archived_at: null }, now().toISOString());
    return findContact(tx, id);
  },
};
