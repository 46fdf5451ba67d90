import { IANAZone } from 'luxon';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from './civil-date';

// Wall time here means "local clock reading as if it were UTC": wallMs = utcMs + offsetMs.
// Asking Intl for an offset costs microseconds, and the hub converts hundreds of thousands of instants,
// so each zone's UTC offset transitions are found once per 32-day bucket and then looked up.

const BUCKET_MS = 32 * MS_PER_DAY;
// Two transitions closer than this would be missed; no zone in the tz database has had that since 1945.
const SAMPLE_STEP_MS = 6 * MS_PER_HOUR;
// Real UTC offsets lie within -12:00..+14:00; the margin keeps every search window safely around them.
export const MAX_ABS_OFFSET_MS = 15 * MS_PER_HOUR;

interface Transition {
  readonly at: number;
  readonly offsetAfterMs: number;
}

interface Bucket {
  readonly startOffsetMs: number;
  readonly transitions: readonly Transition[];
}

export interface OffsetSpan {
  /** UTC ms, inclusive */
  readonly from: number;
  /** UTC ms, exclusive */
  readonly to: number;
  readonly offsetMs: number;
}

class ZoneTransitions {
  private readonly buckets = new Map<number, Bucket>();

  constructor(private readonly zone: IANAZone) {}

  offsetAt(utcMs: number): number {
    const bucket = this.bucket(Math.floor(utcMs / BUCKET_MS));
    let offset = bucket.startOffsetMs;
    for (const transition of bucket.transitions) {
      if (utcMs < transition.at) break;
      offset = transition.offsetAfterMs;
    }
    return offset;
  }

  /** Constant-offset spans covering [fromUtc, toUtc). */
  spans(fromUtc: number, toUtc: number): OffsetSpan[] {
    const spans: OffsetSpan[] = [];
    let spanStart = fromUtc;
    let offset = this.offsetAt(fromUtc);
    for (let index = Math.floor(fromUtc / BUCKET_MS); index * BUCKET_MS < toUtc; index++) {
      for (const transition of this.bucket(index).transitions) {
        if (transition.at <= fromUtc) continue;
        if (transition.at >= toUtc) break;
        spans.push({ from: spanStart, to: transition.at, offsetMs: offset });
        spanStart = transition.at;
        offset = transition.offsetAfterMs;
      }
    }
    spans.push({ from: spanStart, to: toUtc, offsetMs: offset });
    return spans;
  }

  private bucket(index: number): Bucket {
    let bucket = this.buckets.get(index);
    if (!bucket) {
      bucket = this.scanBucket(index);
      this.buckets.set(index, bucket);
    }
    return bucket;
  }

  private scanBucket(index: number): Bucket {
    const start = index * BUCKET_MS;
    const end = start + BUCKET_MS;
    const startOffsetMs = this.intlOffset(start);
    const transitions: Transition[] = [];
    let previousSample = start;
    let previousOffset = startOffsetMs;
    for (let sample = start + SAMPLE_STEP_MS; sample <= end; sample += SAMPLE_STEP_MS) {
      const offset = this.intlOffset(sample);
      if (offset !== previousOffset) {
        const at = this.firstSecondWithNewOffset(previousSample, sample, previousOffset);
        if (at < end) transitions.push({ at, offsetAfterMs: this.intlOffset(at) });
      }
      previousSample = sample;
      previousOffset = offset;
    }
    return { startOffsetMs, transitions };
  }

  // Transitions fall on whole seconds, and Intl resolves offsets at second granularity.
  private firstSecondWithNewOffset(before: number, after: number, offsetBefore: number): number {
    let low = Math.floor(before / MS_PER_SECOND);
    let high = Math.floor(after / MS_PER_SECOND);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.intlOffset(middle * MS_PER_SECOND) === offsetBefore) low = middle;
      else high = middle;
    }
    return high * MS_PER_SECOND;
  }

  private intlOffset(utcMs: number): number {
    return Math.round(this.zone.offset(utcMs) * MS_PER_MINUTE);
  }
}

const zones = new Map<string, ZoneTransitions>();

export function isValidTimeZone(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && IANAZone.isValidZone(name);
}

function transitionsOf(zoneName: string): ZoneTransitions {
  let zone = zones.get(zoneName);
  if (!zone) {
    if (!isValidTimeZone(zoneName)) throw new RangeError(`unknown IANA time zone "${zoneName}"`);
    zone = new ZoneTransitions(IANAZone.create(zoneName));
    zones.set(zoneName, zone);
  }
  return zone;
}

export function zoneOffsetMs(zoneName: string, utcMs: number): number {
  return transitionsOf(zoneName).offsetAt(utcMs);
}

export function offsetSpans(zoneName: string, fromUtc: number, toUtc: number): OffsetSpan[] {
  return transitionsOf(zoneName).spans(fromUtc, toUtc);
}

export function utcToWallMs(zoneName: string, utcMs: number): number {
  return utcMs + zoneOffsetMs(zoneName, utcMs);
}

/**
 * The UTC instant at which the zone's clocks read `wallMs`.
 * A repeated reading (clocks turned back) resolves to its first occurrence; a reading skipped by a
 * forward jump resolves to the instant the same distance after the jump (02:30 in a 02:00->03:00 gap
 * becomes 03:30), which is also what RFC 5545 and Temporal's "compatible" disambiguation do.
 */
export function wallToUtc(zoneName: string, wallMs: number): number {
  const spans = offsetSpans(zoneName, wallMs - MAX_ABS_OFFSET_MS, wallMs + MAX_ABS_OFFSET_MS);
  for (const span of spans) {
    const candidate = wallMs - span.offsetMs;
    if (candidate >= span.from && candidate < span.to) return candidate;
  }
  for (let index = 0; index + 1 < spans.length; index++) {
    const before = spans[index]!;
    const after = spans[index + 1]!;
    if (wallMs >= before.to + before.offsetMs && wallMs < after.from + after.offsetMs) return wallMs - before.offsetMs;
  }
  throw new RangeError(`cannot place wall time ${new Date(wallMs).toISOString()} in ${zoneName}`);
}
