import { toEpochMs, type Instant } from './instant';
import type { UtcInterval } from './business-intervals';

/** A stretch [from, to) during which the SLA clock does not run; `to: null` means still paused. */
export interface Pause {
  readonly from: Instant;
  readonly to: Instant | null;
}

/** Sorted, merged pause intervals; an open pause ends at +Infinity. */
export type PauseIntervals = readonly UtcInterval[];

export function normalizePauses(pauses: readonly Pause[] | undefined): PauseIntervals {
  if (!pauses || pauses.length === 0) return [];
  const intervals = pauses.map((pause, index): [number, number] => {
    const from = toEpochMs(pause.from, `pauses[${index}].from`);
    const to = pause.to === null ? Number.POSITIVE_INFINITY : toEpochMs(pause.to, `pauses[${index}].to`);
    if (to < from) throw new RangeError(`pauses[${index}] ends before it starts`);
    return [from, to];
  });
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    if (interval[0] === interval[1]) continue;
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}

/** Start of the pause that never ends, if any: from then on the clock is stopped for good. */
export function openPauseStart(pauses: PauseIntervals): number | null {
  const last = pauses[pauses.length - 1];
  return last && last[1] === Number.POSITIVE_INFINITY ? last[0] : null;
}

/** The parts of [from, to) not covered by any pause, in order. */
export function runningPieces(from: number, to: number, pauses: PauseIntervals): UtcInterval[] {
  if (pauses.length === 0) return [[from, to]];
  const pieces: UtcInterval[] = [];
  let cursor = from;
  for (let index = firstPauseEndingAfter(pauses, from); index < pauses.length && cursor < to; index++) {
    const [pauseFrom, pauseTo] = pauses[index]!;
    if (pauseFrom >= to) break;
    if (pauseFrom > cursor) pieces.push([cursor, pauseFrom]);
    cursor = Math.max(cursor, pauseTo);
  }
  if (cursor < to) pieces.push([cursor, to]);
  return pieces;
}

function firstPauseEndingAfter(pauses: PauseIntervals, instant: number): number {
  let low = 0;
  let high = pauses.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pauses[middle]![1] <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}
