import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';
import { migration } from './0005_accounts';

describe('0005_accounts', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, migrations.indexOf(migration) + 1)) db.exec(m.sql);
  const insertAccount = db.prepare("INSERT INTO accounts (id, login, name, role, created_at, updated_at) VALUES (?, ?, 'N', ?, 'now', 'now')");
  insertAccount.run('a1', 'mario.rossi', 'technician');

  it('is registered', () => {
    expect(migrations).toContain(migration);
  });

  it('keeps a login unique whatever its case', () => {
    expect(() => insertAccount.run('a2', 'Mario.Rossi', 'technician')).toThrow(/UNIQUE/);
  });

  it('accepts only the three roles', () => {
    expect(() => insertAccount.run('a3', 'someone', 'root')).toThrow(/CHECK/);
  });

  it('keeps credentials and sessions only for accounts that exist', () => {
    expect(() => db.prepare("INSERT INTO account_credentials (account_id, password_hash, updated_at) VALUES ('nobody', 'x', 'now')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO account_sessions (id_hash, account_id, created_at, expires_at) VALUES ('h', 'nobody', 'now', 1)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO account_sessions (id_hash, account_id, created_at, expires_at) VALUES ('h', NULL, 'now', 1)").run();
  });

  it('holds one local account at most', () => {
    db.prepare("INSERT INTO local_account (slot, account_id) VALUES (1, 'a1')").run();
    expect(() => db.prepare("INSERT INTO local_account (slot, account_id) VALUES (2, 'a1')").run()).toThrow(/CHECK/);
  });
});
