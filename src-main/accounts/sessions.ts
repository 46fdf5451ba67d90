import { createHash, randomBytes } from 'node:crypto';
import { type Actor, tokenAdmin } from '../core/actor';
import type { Role } from '../core/method';
import type { Queries } from '../store/queries';
import type { Store } from '../store/store';
import type { WriteTx } from '../store/write-tx';
import { decoyHash, passwordMatches } from './passwords';

// Browser sessions live in the local table account_sessions, so a restarted hub keeps people
// signed in. Only a SHA-256 of a session id is stored: a copy of the database opens no session.

export const sessionLifetimeMs = 30 * 24 * 60 * 60_000;

const hashOf = (session: string) => createHash('sha256').update(session).digest('base64url');

/** Opens a session for an account, or for the admin token when `accountId` is null; returns its id (for the cookie). */
export function openSession(tx: WriteTx, accountId: string | null, now: Date): string {
  const session = randomBytes(32).toString('base64url');
  tx.runLocal('DELETE FROM account_sessions WHERE expires_at <= ?', [now.getTime()]);
  tx.runLocal('INSERT INTO account_sessions (id_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
    hashOf(session),
    accountId,
    now.toISOString(),
    now.getTime() + sessionLifetimeMs,
  ]);
  return session;
}

/** Who holds a session now: the account's current name and role, or null when it ended, expired or the account is archived. */
export function sessionActor(db: Queries, session: string, now: Date): Actor | null {
  const row = db.get<{ accountId: string | null; name: string | null; role: Role | null; archivedAt: string | null }>(
    `SELECT s.account_id AS accountId, a.name, a.role, a.archived_at AS archivedAt
       FROM account_sessions s LEFT JOIN accounts a ON a.id = s.account_id
      WHERE s.id_hash = ? AND s.expires_at > ?`,
    [hashOf(session), now.getTime()],
  );
  if (!row) return null;
  if (row.accountId === null) return tokenAdmin;
  if (row.archivedAt !== null || row.name === null || row.role === null) return null;
  return { id: row.accountId, name: row.name, role: row.role };
}

export function endSession(tx: WriteTx, session: string): void {
  tx.runLocal('DELETE FROM account_sessions WHERE id_hash = ?', [hashOf(session)]);
}

export function endSessionsOf(tx: WriteTx, accountId: string): void {
  tx.runLocal('DELETE FROM account_sessions WHERE account_id = ?', [accountId]);
}

/**
 * Checks a login and password and opens a session. The hash is compared off the core's thread;
 * an unknown login costs the same time as a wrong password, so timing tells nothing.
 */
export async function signIn(store: Store, login: string, password: string, now: () => Date): Promise<{ session: string; actor: Actor } | null> {
  const row = store.read.get<{ id: string; name: string; role: Role; archivedAt: string | null; hash: string }>(
    `SELECT a.id, a.name, a.role, a.archived_at AS archivedAt, c.password_hash AS hash
       FROM accounts a JOIN account_credentials c ON c.account_id = a.id
      WHERE a.login = ? COLLATE NOCASE`,
    [login.trim()],
  );
  const matches = await passwordMatches(password, row?.hash ?? decoyHash());
  if (!row || !matches || row.archivedAt !== null) return null;
  const session = store.write((tx) => openSession(tx, row.id, now()));
  return { session, actor: { id: row.id, name: row.name, role: row.role } };
}
