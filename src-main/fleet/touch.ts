import type { SharedTable } from '../store/shared-table';
import type { WriteTx } from '../store/write-tx';

type Patch = Parameters<WriteTx['update']>[2];

/** Applies a patch and bumps `updated_at` only when a field really changed. */
export function touch(tx: WriteTx, table: SharedTable<string>, id: string, patch: Patch, at: string): boolean {
  const changed = tx.update(table, id, patch);
  if (changed) tx.update(table, id, { updated_at: at });
  return changed;
}
