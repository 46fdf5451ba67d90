import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SchemaMismatchError, migrate } from './migrate';
import { migrations } from './migrations';
import { openStore } from './store';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'presidio-migrate-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('migrate', () => {
  it('names migrations NNNN_name in strictly increasing order', () => {
    const names = migrations.map((m) => m.name);
    names.forEach((name, index) => expect(name).toMatch(new RegExp(`^${String(index + 1).padStart(4, '0')}_[a-z0-9_]+$`)));
  });

  it.each(migrations.map((m, index) => [m.name, index] as const))('applies %s on an empty database and on the one before it', (_name, index) => {
    const empty = new Database(tempFile());
    migrate(empty, migrations.slice(0, index + 1));
    expect(empty.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(index + 1);
    empty.close();

    const previous = new Database(tempFile());
    migrate(previous, migrations.slice(0, index));
    expect(migrate(previous, migrations.slice(0, index + 1))).toEqual([migrations[index]!.name]);
    expect(previous.pragma('integrity_check', { simple: true })).toBe('ok');
    previous.close();
  });

  it('is a no-op when everything is applied', () => {
    const db = new Database(tempFile());
    migrate(db, migrations);
    expect(migrate(db, migrations)).toEqual([]);
    db.close();
  });

  it('refuses a database that has a migration this build does not know', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, [...migrations, { name: '9999_from_the_future', sql: 'CREATE TABLE future (id TEXT)' }]);
    expect(() => migrate(db, migrations)).toThrow(SchemaMismatchError);
    db.close();
    expect(() => openStore(file)).toThrow(/9999_from_the_future.*newer version/);
  });

  it('refuses a database whose applied migration differs in name from ours', () => {
    const db = new Database(tempFile());
    migrate(db, [{ name: '0001_something_else', sql: 'CREATE TABLE other (id TEXT)' }]);
    expect(() => migrate(db, migrations)).toThrow(/0001_something_else/);
    db.close();
  });

  it('rolls back a failing migration whole', () => {
    const db = new Database(tempFile());
    const broken = { name: '0002_broken', sql: 'CREATE TABLE half (id TEXT); INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(db, [migrations[0]!, broken])).toThrow();
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM schema_migrations').pluck().all()).toEqual([migrations[0]!.name]);
    db.close();
  });
});
