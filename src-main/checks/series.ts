import type { z } from 'zod';
import { notFound } from '../core/errors';
import type { Queries } from '../store/queries';
import type { Retention } from '../settings/schemas';
import { histogramColumns, latencyBoundsMs, latencySummary, resolutions, summedRollupColumns, type RollupSums } from './rollups';
import type { CheckResult, resultsInput, SeriesPoint, seriesInput, seriesOutput } from './schemas';
import { statusOfCode, type ResultStatus } from './status';

const DAY_MS = 86_400_000;

/** The local key of a check's results, or null when it has none yet (unknown checks are not found). */
function checkKey(db: Queries, checkId: string): number | null {
  const key = db.value<number>('SELECT key FROM check_state WHERE check_id = ?', [checkId]);
  if (key !== undefined) return key;
  if (db.value<number>('SELECT 1 FROM checks WHERE id = ?', [checkId]) === undefined) throw notFound('Check', checkId);
  return null;
}

export function listResults(db: Queries, input: z.output<typeof resultsInput>): { items: CheckResult[] } {
  const key = checkKey(db, input.checkId);
  if (key === null) return { items: [] };
  const rows = db.all<{ at: number; status: number; latencyMs: number | null; message: string }>(
    'SELECT at, status, latency_ms AS latencyMs, message FROM results WHERE check_key = ? AND at >= ? AND at < ? ORDER BY at DESC LIMIT ?',
    [key, input.from ? Date.parse(input.from) : 0, input.to ? Date.parse(input.to) : Number.MAX_SAFE_INTEGER, input.limit],
  );
  return { items: rows.map((row) => ({ ...row, at: new Date(row.at).toISOString(), status: statusOfCode[row.status] as ResultStatus })) };
}

type Source = { name: 'raw'; ms: 1 } | (typeof resolutions)[number];

/**
 * The coarsest data that still gives each of the `points` buckets at least one row, among what
 * retention has kept for a range that old: raw results, then minute, hour and day rollups.
 */
function chooseSource(from: number, to: number, points: number, now: number, retention: Retention): Source {
  const wanted = (to - from) / points;
  const kept = { raw: retention.resultsDays, minute: retention.minuteDays, hour: retention.hourDays, day: Infinity };
  const candidates: Source[] = [{ name: 'raw', ms: 1 }, ...resolutions];
  for (let i = candidates.length - 1; i > 0; i--) {
    const finer = candidates[i - 1]!;
    if (candidates[i]!.ms <= wanted || from < now - kept[finer.name] * DAY_MS) return candidates[i]!;
  }
  return candidates[0]!;
}

// Raw rows summed with the same columns as rollup rows, so one reduction serves both.
const rawSums = `SUM(status = 0) AS ok, SUM(status = 1) AS warning, SUM(status = 2) AS critical, SUM(status = 3) AS unknown,
  COUNT(latency_ms) AS latencyCount, coalesce(SUM(latency_ms), 0) AS latencySum, MIN(latency_ms) AS latencyMin, MAX(latency_ms) AS latencyMax,
  ${histogramColumns
    .map((column, i) => {
      const above = i === 0 ? '' : `latency_ms > ${latencyBoundsMs[i - 1]}`;
      const upTo = i < latencyBoundsMs.length ? `latency_ms <= ${latencyBoundsMs[i]}` : '';
      return `coalesce(SUM(${[above, upTo].filter(Boolean).join(' AND ')}), 0) AS ${column}`;
    })
    .join(', ')}`;

/**
 * A check's latency and outcomes over [from, to) in at most `points` buckets, each keeping the
 * minimum, average, maximum and p95 of what fell in it: a chart draws every spike and dip however
 * long the range, from a few hundred rows.
 */
export function series(db: Queries, input: z.output<typeof seriesInput>, now: number, retention: Retention): z.input<typeof seriesOutput> {
  const from = Date.parse(input.from);
  const to = Date.parse(input.to);
  const source = chooseSource(from, to, input.points, now, retention);
  const origin = Math.floor(from / source.ms) * source.ms;
  const bucketMs = Math.ceil((to - origin) / input.points / source.ms) * source.ms;
  const key = checkKey(db, input.checkId);
  const answer = { checkId: input.checkId, source: source.name, bucketMs, points: [] as SeriesPoint[] };
  if (key === null) return answer;

  const [table, time, sums] = source.name === 'raw' ? ['results', 'at', rawSums] : [source.table, 'bucket', summedRollupColumns];
  const rows = db.all<RollupSums & { slot: number }>(
    // Parameters bind as REAL: the cast makes the division an integer one.
    `SELECT CAST((${time} - :origin) / :bucketMs AS INTEGER) AS slot, ${sums}
     FROM ${table} WHERE check_key = :key AND ${time} >= :origin AND ${time} < :to
     GROUP BY slot ORDER BY slot`,
    { origin, bucketMs, key, to },
  );
  answer.points = rows.map((row) => ({
    at: new Date(origin + row.slot * bucketMs).toISOString(),
    count: row.ok + row.warning + row.critical + row.unknown,
    ok: row.ok,
    warning: row.warning,
    critical: row.critical,
    unknown: row.unknown,
    ...latencySummary(row),
  }));
  return answer;
}
