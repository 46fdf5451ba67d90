import type { Queries } from '../store/queries';
import { occurrences, Recurrence } from '../tasks/recurrence';

/** A window as the calendar uses it: a one-off span, or a recurrence whose occurrences last `durationMs`. */
interface CalendarWindow {
  id: string;
  scopeId: string;
  startsAt: number | null;
  endsAt: number | null;
  recurrence: Recurrence | null;
  durationMs: number;
}

export interface WindowRow {
  id: string;
  scopeId: string;
  startsAt: string | null;
  endsAt: string | null;
  rrule: string | null;
  startLocal: string | null;
  durationMinutes: number | null;
  timezone: string | null;
}

export const windowColumns = `id, scope_id AS scopeId, starts_at AS startsAt, ends_at AS endsAt, rrule, start_local AS startLocal,
  duration_minutes AS durationMinutes, timezone`;

interface Span {
  windowId: string;
  from: number;
  to: number;
}

/** Which maintenance windows cover which device, site or client during one stretch of time. */
export class Coverage {
  constructor(private readonly spansByScope: ReadonlyMap<string, Span[]>) {}

  /** The window covering `at` for any of these scopes (a check's device, site and client), or null. */
  windowAt(scopeIds: readonly (string | null)[], at: number): string | null {
    for (const scopeId of scopeIds) {
      if (scopeId === null) continue;
      const span = this.spansByScope.get(scopeId)?.find((s) => s.from <= at && at < s.to);
      if (span) return span.windowId;
    }
    return null;
  }

  /** The scopes a window covers at `at`: what SQL needs to call a check "in maintenance". */
  scopesAt(at: number): string[] {
    return [...this.spansByScope].filter(([, spans]) => spans.some((s) => s.from <= at && at < s.to)).map(([scopeId]) => scopeId);
  }
}

/**
 * The maintenance windows, read once and kept until they change (the monitor invalidates it when
 * the change log shows a window written here or pulled by sync). Recurring windows are expanded
 * only over the stretch asked for, in their own time zone.
 */
export class MaintenanceCalendar {
  private windows: CalendarWindow[] | null = null;

  invalidate(): void {
    this.windows = null;
  }

  coverage(db: Queries, from: number, to: number): Coverage {
    const spansByScope = new Map<string, Span[]>();
    for (const window of this.load(db)) {
      for (const span of spansOf(window, from, to)) {
        const spans = spansByScope.get(window.scopeId);
        if (spans) spans.push(span);
        else spansByScope.set(window.scopeId, [span]);
      }
    }
    return new Coverage(spansByScope);
  }

  private load(db: Queries): CalendarWindow[] {
    this.windows ??= db
      .all<WindowRow>(`SELECT ${windowColumns} FROM maintenance_windows WHERE deleted_at IS NULL`)
      .flatMap((row) => {
        try {
          return [toCalendarWindow(row)];
        } catch {
          // A window this build cannot read (written by a newer one) covers nothing rather than stop every result.
          return [];
        }
      });
    return this.windows;
  }
}

/** Whether a window covers `at`, and when it next begins at or after `at` (null when never again). */
export function describeWindow(row: WindowRow, at: number): { activeNow: boolean; nextStart: number | null } {
  const window = toCalendarWindow(row);
  const activeNow = spansOf(window, at, at).length > 0;
  if (!window.recurrence) return { activeNow, nextStart: window.startsAt! >= at ? window.startsAt : null };
  const [next] = occurrences(window.recurrence, { from: at, count: 1 });
  return { activeNow, nextStart: next ?? null };
}

function toCalendarWindow(row: WindowRow): CalendarWindow {
  if (row.rrule !== null) {
    const recurrence = Recurrence.compile({ rrule: row.rrule, start: row.startLocal ?? '', timezone: row.timezone ?? '' });
    return { id: row.id, scopeId: row.scopeId, startsAt: null, endsAt: null, recurrence, durationMs: (row.durationMinutes ?? 0) * 60_000 };
  }
  return { id: row.id, scopeId: row.scopeId, startsAt: Date.parse(row.startsAt!), endsAt: Date.parse(row.endsAt!), recurrence: null, durationMs: 0 };
}

/** The spans of a window that overlap [from, to]. */
function spansOf(window: CalendarWindow, from: number, to: number): Span[] {
  if (!window.recurrence) {
    return window.startsAt! <= to && from < window.endsAt! ? [{ windowId: window.id, from: window.startsAt!, to: window.endsAt! }] : [];
  }
  // An occurrence that began up to one duration before `from` still covers it.
  return occurrences(window.recurrence, { from: from - window.durationMs + 1, to: to + 1 }).map((start) => ({
    windowId: window.id,
    from: start,
    to: start + window.durationMs,
  }));
}
