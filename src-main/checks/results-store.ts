import { newId } from '../core/ids';
import type { Store } from '../store/store';
import type { WriteTx } from '../store/write-tx';
import { alertHooks, type AlertHooks } from './alert-hooks';
import { judge, type Effect, type Verdict } from './check-state';
import type { MaintenanceCalendar } from './maintenance-calendar';
import { RollupAccumulator, rollupWatermark } from './rollups';
import type { RunnerResult } from './runner-protocol';
import { statusCode, type ResultStatus } from './status';
import { alertsTable, stateChangesTable, suppressionsTable } from './tables';

/** What the store knows of a check while results stream in; loaded once, then kept in step. */
interface CheckContext {
  key: number;
  checkId: string;
  clientId: string;
  deviceId: string | null;
  siteId: string | null;
  retries: number;
  verdict: Verdict;
  certExpiresAt: number | null;
}

interface ContextRow {
  clientId: string;
  deviceId: string | null;
  siteId: string | null;
  retries: number;
  key: number | null;
  state: ResultStatus | null;
  fails: number | null;
  since: number | null;
  suppressed: number | null;
  certExpiresAt: number | null;
  alertId: string | null;
  alertSeverity: ResultStatus | null;
}

export interface IngestReport {
  /** Checks and devices with new results. */
  checkIds: Set<string>;
  deviceIds: Set<string>;
  /** Those whose state, alert or certificate expiry changed: what the Health view shows. */
  changedCheckIds: Set<string>;
  changedDeviceIds: Set<string>;
}

export interface ResultsStoreOptions {
  /** Rollups are written at least this often... */
  rollupEveryMs: number;
  /** ...or as soon as this many rows wait in memory. */
  maxPendingRollups: number;
}

const defaultOptions: ResultsStoreOptions = { rollupEveryMs: 1000, maxPendingRollups: 50_000 };

const insertResult = 'INSERT INTO results (check_key, at, status, latency_ms, message) VALUES (?, ?, ?, ?, ?)';
const updateState = 'UPDATE check_state SET state = ?, fails = ?, since = ?, suppressed = ?, cert_expires_at = ? WHERE key = ?';

/**
 * Where results land: each batch in one transaction (the raw rows, each check's verdict, its state
 * changes and alerts), with rollups summed in memory and written every second or so.
 */
export class ResultsStore {
  private readonly contexts = new Map<string, CheckContext>();
  private readonly rollups = new RollupAccumulator();
  private lastRollupAt = Date.now();

  constructor(
    private readonly store: Store,
    private readonly calendar: MaintenanceCalendar,
    private readonly options: ResultsStoreOptions = defaultOptions,
    private readonly hooks: AlertHooks = alertHooks(),
  ) {}

  /** Sums again the results stored after the last rollup flush (a crash lost those sums), and writes them. */
  recover(): void {
    const chunk = 50_000;
    this.store.write((tx) => {
      for (let after = rollupWatermark(tx); ; ) {
        const rows = tx.all<{ id: number; key: number; at: number; status: number; latency: number | null }>(
          'SELECT id, check_key AS key, at, status, latency_ms AS latency FROM results WHERE id > ? ORDER BY id LIMIT ?',
          [after, chunk],
        );
        for (const row of rows) this.rollups.add(row.key, row.at, row.status, row.latency);
        if (rows.length === 0) break;
        after = rows[rows.length - 1]!.id;
        this.rollups.covers(after);
        if (rows.length < chunk) break;
      }
      this.rollups.flush(tx);
    });
    this.rollups.clear();
  }

  ingest(results: readonly RunnerResult[]): IngestReport {
    const report: IngestReport = { checkIds: new Set(), deviceIds: new Set(), changedCheckIds: new Set(), changedDeviceIds: new Set() };
    if (results.length === 0) return report;
    let from = Infinity;
    let to = -Infinity;
    for (const result of results) {
      from = Math.min(from, result.at);
      to = Math.max(to, result.at);
    }
    const staged = new Map<string, CheckContext>();
    const stored: { key: number; result: RunnerResult }[] = [];
    let lastResultId = 0;

    this.store.write((tx) => {
      const coverage = this.calendar.coverage(tx, from, to);
      for (const result of results) {
        const context = staged.get(result.checkId) ?? this.contexts.get(result.checkId) ?? this.load(tx, result.checkId);
        // A check deleted while its probe ran: its last word is not kept.
        if (!context) continue;
        tx.runLocal(insertResult, [context.key, result.at, statusCode[result.status], result.latencyMs, result.message]);
        stored.push({ key: context.key, result });

        const windowId = coverage.windowAt([context.deviceId, context.siteId, context.clientId], result.at);
        const { verdict, effects } = judge(context.verdict, result, context.retries, windowId, () => newId('alert'));
        for (const effect of effects) this.write(tx, context, result, effect);
        const certExpiresAt = result.certExpiresAt ?? context.certExpiresAt;
        const shown = verdict.state !== context.verdict.state || effects.length > 0 || certExpiresAt !== context.certExpiresAt;
        if (verdictDiffers(context.verdict, verdict) || certExpiresAt !== context.certExpiresAt) {
          tx.runLocal(updateState, [verdict.state, verdict.fails, verdict.since, verdict.suppressed ? 1 : 0, certExpiresAt, context.key]);
        }
        staged.set(result.checkId, { ...context, verdict, certExpiresAt });

        report.checkIds.add(context.checkId);
        if (context.deviceId) report.deviceIds.add(context.deviceId);
        if (shown) {
          report.changedCheckIds.add(context.checkId);
          if (context.deviceId) report.changedDeviceIds.add(context.deviceId);
        }
      }
      lastResultId = tx.value<number>("SELECT seq FROM sqlite_sequence WHERE name = 'results'") ?? 0;
    });

    // Committed: only now may memory believe it.
    for (const [checkId, context] of staged) this.contexts.set(checkId, context);
    for (const { key, result } of stored) this.rollups.add(key, result.at, statusCode[result.status], result.latencyMs);
    this.rollups.covers(lastResultId);
    if (this.rollups.size >= this.options.maxPendingRollups || Date.now() - this.lastRollupAt >= this.options.rollupEveryMs) this.flushRollups();
    return report;
  }

  /** Writes the rollups summed so far (the monitor calls it on a timer when results pause). */
  flushRollups(): void {
    this.lastRollupAt = Date.now();
    if (this.rollups.size === 0) return;
    this.store.write((tx) => this.rollups.flush(tx));
    this.rollups.clear();
  }

  get pendingRollups(): number {
    return this.rollups.size;
  }

  /** Drops what is kept of these checks (all when omitted): their definition or their place changed. */
  forget(checkIds?: Iterable<string>): void {
    if (!checkIds) this.contexts.clear();
    else for (const checkId of checkIds) this.contexts.delete(checkId);
  }

  private load(tx: WriteTx, checkId: string): CheckContext | undefined {
    const row = tx.get<ContextRow>(
      `SELECT c.client_id AS clientId, c.device_id AS deviceId, d.site_id AS siteId, c.retries,
              s.key, s.state, s.fails, s.since, s.suppressed, s.cert_expires_at AS certExpiresAt,
              a.id AS alertId, a.severity AS alertSeverity
       FROM checks c
       LEFT JOIN devices d ON d.id = c.device_id
       LEFT JOIN check_state s ON s.check_id = c.id
       LEFT JOIN alerts a ON a.check_id = c.id AND a.closed_at IS NULL
       WHERE c.id = ? AND c.deleted_at IS NULL`,
      [checkId],
    );
    if (!row) return undefined;
    let key = row.key;
    if (key === null) {
      tx.runLocal('INSERT INTO check_state (check_id) VALUES (?)', [checkId]);
      key = tx.value<number>('SELECT key FROM check_state WHERE check_id = ?', [checkId])!;
    }
    return {
      key,
      checkId,
      clientId: row.clientId,
      deviceId: row.deviceId,
      siteId: row.siteId,
      retries: row.retries,
      certExpiresAt: row.certExpiresAt,
      verdict: {
        state: row.state,
        fails: row.fails ?? 0,
        since: row.since,
        suppressed: row.suppressed === 1,
        alert: row.alertId && row.alertSeverity ? { id: row.alertId, severity: row.alertSeverity } : null,
      },
    };
  }

  private write(tx: WriteTx, context: CheckContext, result: RunnerResult, effect: Effect): void {
    const at = new Date(result.at).toISOString();
    const owner = { check_id: context.checkId, device_id: context.deviceId };
    switch (effect.type) {
      case 'stateChanged':
        tx.insert(stateChangesTable, newId('sc'), { ...owner, client_id: context.clientId, at, from_state: effect.from, to_state: effect.to, message: result.message });
        break;
      case 'alertOpened':
        tx.insert(alertsTable, effect.id, { ...owner, client_id: context.clientId, severity: effect.severity, message: result.message, opened_at: at });
        this.hooks.opened(tx, { alertId: effect.id, checkId: context.checkId, clientId: context.clientId, deviceId: context.deviceId, severity: effect.severity, message: result.message, at });
        break;
      case 'alertSeverityChanged':
        tx.update(alertsTable, effect.id, { severity: effect.severity, message: result.message });
        break;
      case 'alertClosed':
        tx.update(alertsTable, effect.id, { closed_at: at });
        this.hooks.closed(tx, { alertId: effect.id, checkId: context.checkId, clientId: context.clientId, deviceId: context.deviceId, message: result.message, at, reason: 'recovered' });
        break;
      case 'alertSuppressed':
        tx.insert(suppressionsTable, newId('sup'), { ...owner, window_id: effect.windowId, at, severity: effect.severity, message: result.message });
        break;
    }
  }
}

function verdictDiffers(a: Verdict, b: Verdict): boolean {
  return a.state !== b.state || a.fails !== b.fails || a.since !== b.since || a.suppressed !== b.suppressed;
}
