import type { Retention } from '../settings/schemas';
import { readSetting } from '../settings/settings';
import type { Store } from '../store/store';
import { resolutions, type Resolution } from './rollups';

const DAY_MS = 86_400_000;

const keptDays = (retention: Retention, resolution: Resolution) =>
  ({ minute: retention.minuteDays, hour: retention.hourDays, day: retention.dayDays })[resolution.name];

export interface PruneCounts {
  results: number;
  rollups: number;
}

/**
 * Deletes what has outlived its retention (the `retention` setting, read at each run), in small
 * transactions (at most about `chunk` rows each) with a pause between them, so the core keeps
 * answering while a week of results goes.
 */
export class Pruner {
  constructor(
    private readonly store: Store,
    private readonly chunk = 5000,
  ) {}

  async run(now: number, pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<PruneCounts> {
    const retention = readSetting(this.store.read, 'retention');
    const counts: PruneCounts = { results: 0, rollups: 0 };
    for (let deleted = this.chunk; deleted === this.chunk; ) {
      deleted = this.pruneResults(now - retention.resultsDays * DAY_MS);
      counts.results += deleted;
      await pause();
    }
    for (const resolution of resolutions) {
      const cutoff = now - keptDays(retention, resolution) * DAY_MS;
      for (let afterKey = 0; afterKey !== -1; ) {
        const step = this.pruneRollups(resolution, cutoff, afterKey);
        counts.rollups += step.deleted;
        afterKey = step.lastKey;
        await pause();
      }
    }
    return counts;
  }

  /**
   * Deletes, among the oldest `chunk` results, those before `cutoff`. Results arrive in time order,
   * so the oldest rows are the ones to go; a step that deletes fewer than `chunk` reached the
   * boundary, and never scans the whole table to find out.
   */
  private pruneResults(cutoff: number): number {
    return this.store.write((tx) => {
      tx.runLocal('DELETE FROM results WHERE id IN (SELECT id FROM results ORDER BY id LIMIT ?) AND at < ?', [this.chunk, cutoff]);
      return tx.value<number>('SELECT changes()') ?? 0;
    });
  }

  /** Prunes the rollups of checks after `afterKey`, check by check, until about `chunk` rows went; lastKey -1 when done. */
  private pruneRollups(resolution: Resolution, cutoff: number, afterKey: number): { deleted: number; lastKey: number } {
    return this.store.write((tx) => {
      const keys = tx.all<{ key: number }>('SELECT key FROM check_state WHERE key > ? ORDER BY key LIMIT 100', [afterKey]);
      let deleted = 0;
      for (const { key } of keys) {
        tx.runLocal(`DELETE FROM ${resolution.table} WHERE check_key = ? AND bucket < ?`, [key, cutoff]);
        deleted += tx.value<number>('SELECT changes()') ?? 0;
        if (deleted >= this.chunk) return { deleted, lastKey: key };
      }
      return { deleted, lastKey: keys.length < 100 ? -1 : keys[keys.length - 1]!.key };
    });
  }
}
