import type { Queries } from './queries';

/**
 * A reader's place in the change log. Every write to a shared table lands there, whether a handler
 * made it here, a background job did, or sync pulled it from another replica: following the log is
 * how the core learns what changed without each writer having to say so.
 */
export class ChangeCursor {
  private seq: number;

  constructor(private readonly db: Queries) {
    this.seq = this.latest();
  }

  /** The distinct rows of `tables` written since the last call; past `limit` rows it says `truncated`. */
  take(tables: readonly string[], limit?: number): { rows: { tbl: string; rowId: string }[]; truncated: boolean } {
    const latest = this.latest();
    if (latest === this.seq) return { rows: [], truncated: false };
    const rows = this.db.all<{ tbl: string; rowId: string }>(
      `SELECT DISTINCT tbl, row_id AS rowId FROM changes
       WHERE seq > ? AND seq <= ? AND tbl IN (${tables.map(() => '?').join(', ')})${limit === undefined ? '' : ' LIMIT ?'}`,
      [this.seq, latest, ...tables, ...(limit === undefined ? [] : [limit + 1])],
    );
    this.seq = latest;
    const truncated = limit !== undefined && rows.length > limit;
    return { rows: truncated ? rows.slice(0, limit) : rows, truncated };
  }

  private latest(): number {
    return this.db.value<number>('SELECT MAX(seq) FROM changes') ?? 0;
  }
}
