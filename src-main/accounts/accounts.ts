import { AppError, conflict, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import type { Role } from '../core/method';
import type { Queries } from '../store/queries';
import type { WriteTx } from '../store/write-tx';
import type { accountsContract } from './contract';
import { hashPassword, passwordMatchesSync } from './passwords';
import type { Account } from './schemas';
import { endSessionsOf } from './sessions';
import { accountsTable } from './tables';

const accountColumns = 'a.id, a.login, a.name, a.role, a.archived_at AS archivedAt, a.created_at AS createdAt, a.updated_at AS updatedAt';

export function findAccount(db: Queries, id: string): Account {
  const row = db.get<Account>(`SELECT ${accountColumns} FROM accounts a WHERE a.id = ?`, [id]);
  if (!row) throw notFound('Account', id);
  return row;
}

const fieldError = (path: string, message: string) => new AppError('invalid_input', `Invalid input — ${path}: ${message}`, [{ path, message }]);

/**
 * Tasks and plans are assigned to people: an id given as an assignee must be an active account.
 * null and undefined (unassigned, unchanged) pass.
 */
export function assertAssignable(db: Queries, accountId: string | null | undefined, path = 'assigneeId'): void {
  if (accountId === null || accountId === undefined) return;
  const archivedAt = db.get<{ archivedAt: string | null }>('SELECT archived_at AS archivedAt FROM accounts WHERE id = ?', [accountId]);
  if (!archivedAt) throw fieldError(path, `no account ${accountId}`);
  if (archivedAt.archivedAt !== null) throw fieldError(path, `the account ${accountId} is archived`);
}

function assertLoginFree(db: Queries, login: string): void {
  const holder = db.get<{ name: string }>('SELECT name FROM accounts WHERE login = ? COLLATE NOCASE', [login]);
  if (holder) throw conflict(`The login ${login} is already used by ${holder.name}`, 'login');
}

export function setCredential(tx: WriteTx, accountId: string, password: string, at: string): void {
  tx.runLocal(
    `INSERT INTO account_credentials (account_id, password_hash, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (account_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at`,
    [accountId, hashPassword(password), at],
  );
}

export function insertAccount(tx: WriteTx, input: { login: string; name: string; role: Role }, at: string): string {
  assertLoginFree(tx, input.login);
  const id = newId('acc');
  tx.insert(accountsTable, id, { login: input.login, name: input.name, role: input.role, archived_at: null, created_at: at, updated_at: at });
  return id;
}

/** Whether anyone other than `exceptId` is an active admin. */
const anotherActiveAdmin = (db: Queries, exceptId: string) =>
  db.value<number>("SELECT 1 FROM accounts WHERE role = 'admin' AND archived_at IS NULL AND id != ? LIMIT 1", [exceptId]) !== undefined;

export const accountHandlers: Handlers<typeof accountsContract> = {
  'accounts.list': ({ includeArchived, role, query, ids, limit }, { db }) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!includeArchived) where.push('a.archived_at IS NULL');
    if (role !== undefined) {
      const wanted = Array.isArray(role) ? role : [role];
      where.push(`a.role IN (${wanted.map(() => '?').join(', ')})`);
      params.push(...wanted);
    }
    if (query) {
      const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push("(a.name LIKE ? ESCAPE '\\' OR a.login LIKE ? ESCAPE '\\')");
      params.push(pattern, pattern);
    }
    if (ids !== undefined) {
      where.push(ids.length > 0 ? `a.id IN (${ids.map(() => '?').join(', ')})` : '0');
      params.push(...ids);
    }
    const filter = where.length > 0 ? where.join(' AND ') : '1';
    const total = db.value<number>(`SELECT COUNT(*) FROM accounts a WHERE ${filter}`, params) ?? 0;
    const items = db.all<Account>(`SELECT ${accountColumns} FROM accounts a WHERE ${filter} ORDER BY a.name COLLATE NOCASE, a.id LIMIT ?`, [...params, limit]);
    return { items, total };
  },

  'accounts.get': ({ id }, { db }) => findAccount(db, id),

  'accounts.me': (_input, { db, actor }) => {
    const account = db.get<Account>(`SELECT ${accountColumns} FROM accounts a WHERE a.id = ?`, [actor.id]) ?? null;
    const hasPassword = db.value<number>('SELECT 1 FROM account_credentials WHERE account_id = ?', [actor.id]) !== undefined;
    return { actor: { id: actor.id, name: actor.name, role: actor.role }, account, hasPassword };
  },

  'accounts.create': ({ password, ...input }, { tx, now }) => {
    const at = now().toISOString();
    const id = insertAccount(tx, input, at);
    setCredential(tx, id, password, at);
    return findAccount(tx, id);
  },

  'accounts.update': ({ id, name, role, archived }, { tx, now }) => {
    const current = findAccount(tx, id);
    const at = now().toISOString();
    const staysAdmin = (role ?? current.role) === 'admin' && !(archived ?? current.archivedAt !== null);
    if (current.role === 'admin' && current.archivedAt === null && !staysAdmin && !anotherActiveAdmin(tx, id)) {
      throw conflict(`${current.name} is the last active admin: make someone else admin first`, archived ? 'archived' : 'role');
    }
    const archivedAt = archived === undefined ? undefined : archived ? (current.archivedAt ?? at) : null;
    const changed = tx.update(accountsTable, id, { name, role, archived_at: archivedAt });
    if (changed) tx.update(accountsTable, id, { updated_at: at });
    // An archived person is signed out everywhere on this instance at once.
    if (archived) endSessionsOf(tx, id);
    return findAccount(tx, id);
  },

  'accounts.setPassword': ({ id, password, currentPassword }, { tx, now, actor }) => {
    const account = findAccount(tx, id);
    const self = actor.id === id;
    if (!self && actor.role !== 'admin') throw new AppError('forbidden', 'Only an admin may set another person’s password');
    if (account.archivedAt !== null) throw conflict(`${account.name} is archived: restore them first`, 'id');
    // Someone with no password here yet (the desktop user) sets their first one without it.
    const stored = self ? tx.value<string>('SELECT password_hash FROM account_credentials WHERE account_id = ?', [id]) : undefined;
    if (stored !== undefined) {
      if (currentPassword === undefined) throw fieldError('currentPassword', 'Required');
      if (!passwordMatchesSync(currentPassword, stored)) throw fieldError('currentPassword', 'Not your current password');
    }
    setCredential(tx, id, password, now().toISOString());
    // A reset by an admin ends the person's sessions: whoever knew the old password is out.
    if (!self) endSessionsOf(tx, id);
    return account;
  },
};
