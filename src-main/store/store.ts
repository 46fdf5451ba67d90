import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { HybridClock } from '../sync/hlc';
import { migrate } from './migrate';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { ReadDb } from './queries';
import { WriteTx } from './write-tx';

export interface StoreOptions {
  /** Path to a better-sqlite3 binary built for another ABI (Electron's). */
  nativeBinding?: string;
  wallClock?: () => number;
  migrations?: readonly Migration[];
}

export interface Store {
  read: ReadDb;
  /** Runs `work` in one write transaction: all of it lands, or none of it. */
  write<T>(work: (tx: WriteTx) => T): T;
  readonly nodeId: string;
  close(): void;
}

export function openStore(file: string, options: StoreOptions = {}): Store {
  const writer = new Database(file, { nativeBinding: options.nativeBinding });
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  try {
    migrate(writer, options.migrations ?? allMigrations);
  } catch (error) {
    writer.close();
    throw error;
  }

  const nodeId = ensureNodeId(writer);
  const clock = new HybridClock(nodeId, options.wallClock ?? Date.now);
  const tx = new WriteTx(writer, clock);
  const reader = new Database(file, { readonly: true, nativeBinding: options.nativeBinding });
  reader.pragma('query_only = ON');
  const read = new ReadDb(reader);

  return {
    read,
    nodeId,
    write: <T>(work: (tx: WriteTx) => T): T => writer.transaction(() => work(tx))(),
    close() {
      reader.close();
      writer.close();
    },
  };
}

function ensureNodeId(db: Database.Database): string {
  const existing = db.prepare("SELECT value FROM meta WHERE key = 'node_id'").pluck().get() as string | undefined;
  if (existing) return existing;
  const nodeId = randomBytes(8).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('node_id', ?)").run(nodeId);
  return nodeId;
}
