import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

export class SchemaMismatchError extends Error {}

/**
 * Applies the migrations this build has and the database lacks, each in its own transaction.
 * Refuses a database whose applied migrations are not a prefix of ours: it was written by a
 * newer or a diverged build, and running against it could lose data.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = db.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all() as string[];
  applied.forEach((name, index) => {
    if (migrations[index]?.name !== name) {
      throw new SchemaMismatchError(
        `The database has migration ${name}, which this version of Presidio does not know` +
          ` (it expects ${migrations[index]?.name ?? 'nothing'} there). It was written by a newer version: update Presidio.`,
      );
    }
  });
  const pending = migrations.slice(applied.length);
  const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.name, new Date().toISOString());
    })();
  }
  return pending.map((m) => m.name);
}
