/** A point in time: a Date or epoch milliseconds (UTC by definition). */
export type Instant = Date | number;

export function toEpochMs(instant: Instant, name: string): number {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError(`${name} is not a valid instant`);
  return ms;
}
