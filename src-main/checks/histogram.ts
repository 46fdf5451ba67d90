/** Which bucket of `bounds` (ascending upper bounds; one more bucket holds everything above) a value falls in. */
export function bucketIndex(bounds: readonly number[], value: number): number {
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (value <= bounds[mid]!) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The p-th percentile (0-100) estimated from bucket counts, interpolating inside the bucket it falls
 * in. `range` (the true minimum and maximum, when known) tightens the first and last buckets and
 * clamps the answer, so a histogram never reports a value outside what was seen.
 */
export function percentileOf(bounds: readonly number[], counts: readonly number[], p: number, range?: { min: number; max: number }): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    if (n === 0 || seen + n < rank) {
      seen += n;
      continue;
    }
    const lower = Math.max(i === 0 ? 0 : bounds[i - 1]!, range?.min ?? -Infinity);
    const upper = Math.min(bounds[i] ?? range?.max ?? bounds[bounds.length - 1]!, range?.max ?? Infinity);
    const estimate = lower + ((rank - seen) / n) * (upper - lower);
    return range ? Math.min(range.max, Math.max(range.min, estimate)) : estimate;
  }
  return null;
}
