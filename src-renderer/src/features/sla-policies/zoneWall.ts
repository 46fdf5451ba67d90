/** The fields of a zone's wall clock at an instant, by the names Intl gives them. */
function wallParts(instant: number, timeZone: string): Record<string, number> {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
}

/** How far ahead of UTC the zone's clocks are at an instant, in ms. */
function offsetMs(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(instant / 1000) * 1000;
}

/** A datetime-local value ("YYYY-MM-DDTHH:MM") of what the zone's clocks read at an instant. */
export function wallInZone(instant: number, timeZone: string): string {
  return new Date(instant + offsetMs(instant, timeZone)).toISOString().slice(0, 16);
}

const DAY_MS = 86_400_000;

/**
 * The instant at which the zone's clocks read `wall` (a datetime-local value), or null when it is not
 * one. As the core places wall times: a reading repeated when clocks go back is its first, a reading
 * skipped by a forward jump lands that far after the jump.
 */
export function instantOfWall(wall: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wallMs).getUTCDate() !== day || hour > 23 || minute > 59) return null;
  try {
    // A zone changes its offset at most once in two days: the offsets a day either side are the candidates.
    const before = offsetMs(wallMs - DAY_MS, timeZone);
    const after = offsetMs(wallMs + DAY_MS, timeZone);
    const readings = [wallMs - before, wallMs - after].filter((instant) => offsetMs(instant, timeZone) === wallMs - instant);
    return new Date(readings.length > 0 ? Math.min(...readings) : wallMs - before).toISOString();
  } catch {
    // An unknown zone: the time zone field says so.
    return null;
  }
}
