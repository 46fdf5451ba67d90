import type { HybridClock } from '../sync/hlc';
import { Queries, type Params } from './queries';
import type { SharedTable } from './shared-table';

type Value = string | number | null;

/**
 * The only way to change shared rows: every insert and update is recorded, in the same
 * transaction, as field-level changes stamped by the hybrid logical clock (the sync log).
 */
export class WriteTx extends Queries {
  constructor(
    connection: ConstructorParameters<typeof Queries>[0],
    private readonly clock: HybridClock,
  ) {
    super(connection);
  }

  insert<C extends string>(table: SharedTable<C>, id: string, row: Partial<Record<C, Value | boolean>>): void {
    const columns = this.checkedColumns(table, row);
    const placeholders = columns.map(() => '?').join(', ');
    const names = columns.join(', ');
    this.statement(`INSERT INTO ${table.name} (id${names ? `, ${names}` : ''}) VALUES (?${placeholders ? `, ${placeholders}` : ''})`).run(
      id,
      ...columns.map((c) => toSql(row[c])),
    );
    this.record(table, id, columns, row);
  }

  /** Writes only the fields that differ from the stored row; returns whether anything changed. */
  update<C extends string>(table: SharedTable<C>, id: string, patch: Partial<Record<C, Value | boolean>>): boolean {
    const columns = this.checkedColumns(table, patch);
    if (columns.length === 0) return false;
    const current = this.get<Record<string, unknown>>(`SELECT ${columns.join(', ')} FROM ${table.name} WHERE id = ?`, [id]);
    if (!current) return false;
    const changed = columns.filter((c) => current[c] !== toSql(patch[c]));
    if (changed.length === 0) return false;
    const assignments = changed.map((c) => `${c} = ?`).join(', ');
    this.statement(`UPDATE ${table.name} SET ${assignments} WHERE id = ?`).run(...changed.map((c) => toSql(patch[c])), id);
    this.record(table, id, changed, patch);
    return true;
  }

  /** For local, non-replicated tables (caches, indexes, settings of this instance). */
  runLocal(sql: string, params: Params = []): void {
    this.statement(sql).run(params);
  }

  private record<C extends string>(table: SharedTable<C>, id: string, columns: C[], row: Partial<Record<C, unknown>>): void {
    const stamp = this.clock.now();
    const insert = this.statement('INSERT INTO changes (hlc, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?)');
    for (const column of columns) insert.run(stamp, table.name, id, column, JSON.stringify(toSql(row[column] as Value)));
  }

  private checkedColumns<C extends string>(table: SharedTable<C>, row: Partial<Record<C, unknown>>): C[] {
    const columns = Object.keys(row).filter((key) => row[key as C] !== undefined) as C[];
    for (const column of columns) {
      if (!table.columns.includes(column)) throw new Error(`${table.name} has no shared column ${column}`);
    }
    return columns;
  }
}

function toSql(value: Value | boolean | undefined): Value {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
