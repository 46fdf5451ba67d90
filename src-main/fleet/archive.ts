import type { SharedTable } from '../store/shared-table';
import type { WriteTx } from '../store/write-tx';
import { touch } from './touch';

type Archivable = SharedTable<string>;

/**
 * Archives (to = instant) or restores (to = null) a row and the rows that hang on it through
 * `column`. Children take the parent's archive instant, so a restore brings back exactly the
 * rows that went with it, not the ones archived on their own before.
 */
export function setArchived(
  tx: WriteTx,
  parent: Archivable,
  id: string,
  children: { table: Archivable; column: string }[],
  from: string | null,
  to: string | null,
  at: string,
): void {
  for (const { table, column } of children) {
    const rows = tx.all<{ id: string }>(`SELECT id FROM ${table.name} WHERE ${column} = ? AND archived_at IS ?`, [id, from]);
    for (const row of rows) touch(tx, table, row.id, { archived_at: to }, at);
  }
  touch(tx, parent, id, { archived_at: to }, at);
}
