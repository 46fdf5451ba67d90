import type { WriteTx } from '../store/write-tx';
import { bucketIndex, percentileOf } from './histogram';

/**
 * Upper bounds (ms) of the latency histogram kept in every rollup row, doubling from 0.25 ms to
 * 16 s; one more bucket holds anything slower. Its length is fixed by the h0..h17 columns of
 * migration 0002: a new histogram needs new columns, never a new meaning for the old ones.
 */
export const latencyBoundsMs = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16_384] as const;
export const histogramColumns = Array.from({ length: latencyBoundsMs.length + 1 }, (_, i) => `h${i}`);

export const resolutions = [
  { name: 'minute', table: 'rollups_minute', ms: 60_000 },
  { name: 'hour', table: 'rollups_hour', ms: 3_600_000 },
  { name: 'day', table: 'rollups_day', ms: 86_400_000 },
] as const;
export type Resolution = (typeof resolutions)[number];

/** One rollup row's worth of results not yet written: counts by status code, then latency. */
interface Delta {
  checkKey: number;
  bucket: number;
  statusCounts: [number, number, number, number];
  latencyCount: number;
  latencySum: number;
  latencyMin: number;
  latencyMax: number;
  histogram: number[];
}

// Map keys pack (check key, bucket number) into one safe integer: bucket numbers stay below
// 2^26 (the minute count reaches it in 2097) and check keys below 2^27.
const BUCKET_SPAN = 2 ** 26;

const upsertSql = (table: string) => {
  const columns = ['check_key', 'bucket', 'ok', 'warning', 'critical', 'unknown', 'latency_count', 'latency_sum', 'latency_min', 'latency_max', ...histogramColumns];
  const sums = ['ok', 'warning', 'critical', 'unknown', 'latency_count', 'latency_sum', ...histogramColumns].map((c) => `${c} = ${c} + excluded.${c}`);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (check_key, bucket) DO UPDATE SET ${sums.join(', ')},
      latency_min = min(coalesce(latency_min, excluded.latency_min), coalesce(excluded.latency_min, latency_min)),
      latency_max = max(coalesce(latency_max, excluded.latency_max), coalesce(excluded.latency_max, latency_max))`;
};
const upserts = resolutions.map((resolution) => upsertSql(resolution.table));

const WATERMARK_KEY = 'rollups.watermark';

/**
 * Sums results per check into minute, hour and day rows in memory, and writes them out (upserts
 * that add to what is stored) in one transaction now and then. A result hits many rows per second
 * but each row only once per flush, which is what makes 100,000 results a second affordable.
 * The flush records the last result id it covers (the watermark): after a crash, the results
 * past it are summed again, so rollups always equal the sums of the raw rows.
 */
export class RollupAccumulator {
  private readonly pending = resolutions.map(() => new Map<number, Delta>());
  private coveredUpTo = 0;

  /** Rows waiting to be written. */
  get size(): number {
    return this.pending.reduce((sum, rows) => sum + rows.size, 0);
  }

  /** Adds a stored result. */
  add(checkKey: number, at: number, statusCode: number, latencyMs: number | null): void {
    for (let r = 0; r < resolutions.length; r++) {
      const bucketNumber = Math.floor(at / resolutions[r]!.ms);
      const key = checkKey * BUCKET_SPAN + bucketNumber;
      const rows = this.pending[r]!;
      let delta = rows.get(key);
      if (!delta) {
        delta = {
          checkKey,
          bucket: bucketNumber * resolutions[r]!.ms,
          statusCounts: [0, 0, 0, 0],
          latencyCount: 0,
          latencySum: 0,
          latencyMin: Infinity,
          latencyMax: -Infinity,
          histogram: new Array<number>(histogramColumns.length).fill(0),
        };
        rows.set(key, delta);
      }
      delta.statusCounts[statusCode]! += 1;
      if (latencyMs !== null) {
        delta.latencyCount += 1;
        delta.latencySum += latencyMs;
        if (latencyMs < delta.latencyMin) delta.latencyMin = latencyMs;
        if (latencyMs > delta.latencyMax) delta.latencyMax = latencyMs;
        delta.histogram[bucketIndex(latencyBoundsMs, latencyMs)]! += 1;
      }
    }
  }

  /** Every stored result up to this row id has been added. */
  covers(resultId: number): void {
    if (resultId > this.coveredUpTo) this.coveredUpTo = resultId;
  }

  /** Writes every pending row and the watermark, inside the caller's transaction. */
  flush(tx: WriteTx): void {
    for (let r = 0; r < resolutions.length; r++) {
      for (const d of this.pending[r]!.values()) {
        const hasLatency = d.latencyCount > 0;
        tx.runLocal(upserts[r]!, [
          d.checkKey,
          d.bucket,
          ...d.statusCounts,
          d.latencyCount,
          d.latencySum,
          hasLatency ? d.latencyMin : null,
          hasLatency ? d.latencyMax : null,
          ...d.histogram,
        ]);
      }
    }
    if (this.coveredUpTo > 0) {
      tx.runLocal('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [WATERMARK_KEY, String(this.coveredUpTo)]);
    }
  }

  /** Forgets what `flush` wrote, once its transaction has committed. */
  clear(): void {
    for (const rows of this.pending) rows.clear();
  }
}

/** The last result id the stored rollups cover. */
export function rollupWatermark(tx: WriteTx): number {
  return Number(tx.value<string>('SELECT value FROM meta WHERE key = ?', [WATERMARK_KEY]) ?? 0);
}

/** Aggregate columns of rollup rows summed over a group (for series), in the order `toSummary` reads them. */
export const summedRollupColumns = `SUM(ok) AS ok, SUM(warning) AS warning, SUM(critical) AS critical, SUM(unknown) AS unknown,
  SUM(latency_count) AS latencyCount, SUM(latency_sum) AS latencySum, MIN(latency_min) AS latencyMin, MAX(latency_max) AS latencyMax,
  ${histogramColumns.map((c) => `SUM(${c}) AS ${c}`).join(', ')}`;

export interface RollupSums {
  ok: number;
  warning: number;
  critical: number;
  unknown: number;
  latencyCount: number;
  latencySum: number;
  latencyMin: number | null;
  latencyMax: number | null;
  [histogramColumn: `h${number}`]: number;
}

/** Latency min/avg/max and an estimated 95th percentile of summed rollup rows. */
export function latencySummary(row: RollupSums): { minMs: number | null; avgMs: number | null; maxMs: number | null; p95Ms: number | null } {
  if (row.latencyCount === 0 || row.latencyMin === null || row.latencyMax === null) return { minMs: null, avgMs: null, maxMs: null, p95Ms: null };
  const counts = histogramColumns.map((c) => row[c as `h${number}`] ?? 0);
  return {
    minMs: row.latencyMin,
    avgMs: row.latencySum / row.latencyCount,
    maxMs: row.latencyMax,
    p95Ms: percentileOf(latencyBoundsMs, counts, 95, { min: row.latencyMin, max: row.latencyMax }),
  };
}
