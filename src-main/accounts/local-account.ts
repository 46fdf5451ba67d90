import { userInfo } from 'node:os';
import type { Actor } from '../core/actor';
import type { WriteTx } from '../store/write-tx';
import { insertAccount } from './accounts';
import { login as loginSchema } from './schemas';

/**
 * The desktop user is a person too, so they can be picked as an assignee: at first start this
 * instance makes an admin account for them and remembers it in the local table local_account.
 * They own their database and act as admin on it whatever the account says.
 */
export function ensureLocalAccount(tx: WriteTx, userName: string, now: Date): Actor {
  const known = tx.get<{ id: string; name: string }>('SELECT a.id, a.name FROM local_account l JOIN accounts a ON a.id = l.account_id');
  if (known) return { id: known.id, name: known.name, role: 'admin' };
  const name = userName.trim() || 'Local user';
  const id = insertAccount(tx, { login: freeLogin(tx, name), name, role: 'admin' }, now.toISOString());
  tx.runLocal('INSERT INTO local_account (slot, account_id) VALUES (1, ?)', [id]);
  return { id, name, role: 'admin' };
}

function freeLogin(tx: WriteTx, userName: string): string {
  const parsed = loginSchema.safeParse(userName.replace(/\s+/g, '.'));
  const base = parsed.success ? parsed.data : 'local';
  const taken = (login: string) => tx.value<number>('SELECT 1 FROM accounts WHERE login = ? COLLATE NOCASE', [login]) !== undefined;
  let login = base;
  for (let n = 2; taken(login); n++) login = `${base}${n}`;
  return login;
}

/** The operating system's name for the person at this computer. */
export function osUserName(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local'; // no passwd entry (some containers)
  }
}
