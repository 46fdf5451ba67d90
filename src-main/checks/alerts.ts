import { conflict, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import type { Queries } from '../store/queries';
import { defaultLabel } from './check-rows';
import type { checksContract } from './contract';
import { decodeCursor, encodeCursor } from './cursor';
import type { Alert, CheckKind } from './schemas';
import { alertsTable } from './tables';

type AlertMethods = Pick<typeof checksContract, 'alerts.list' | 'alerts.acknowledge'>;

export const alertStates = {
  open: 'a.closed_at IS NULL AND a.acknowledged_at IS NULL',
  acknowledged: 'a.closed_at IS NULL AND a.acknowledged_at IS NOT NULL',
  closed: 'a.closed_at IS NOT NULL',
  all: '1 = 1',
} as const;

type AlertRow = Omit<Alert, 'checkLabel' | 'clientName'> & { label: string | null; kind: CheckKind | null; target: string | null; clientName: string | null };

/** Alerts matching `where`, newest first. Joins are outer: sync may bring an alert before its check. */
export function listAlerts(db: Queries, where: string, params: Record<string, unknown>, limit: number): Alert[] {
  const rows = db.all<AlertRow>(
    `SELECT a.id, a.check_id AS checkId, c.label, c.kind, c.target, a.device_id AS deviceId, d.name AS deviceName,
            a.client_id AS clientId, cl.name AS clientName, a.severity, a.message, a.opened_at AS openedAt, a.closed_at AS closedAt,
            a.acknowledged_at AS acknowledgedAt, a.acknowledged_by AS acknowledgedBy, a.ack_comment AS comment
     FROM alerts a LEFT JOIN checks c ON c.id = a.check_id LEFT JOIN devices d ON d.id = a.device_id LEFT JOIN clients cl ON cl.id = a.client_id
     WHERE ${where} ORDER BY a.opened_at DESC, a.id DESC LIMIT :limit`,
    { ...params, limit },
  );
  return rows.map(({ label, kind, target, clientName, ...alert }) => ({
    ...alert,
    checkLabel: label || (kind && target ? defaultLabel(kind, target) : alert.checkId),
    clientName: clientName ?? '',
  }));
}

function findAlert(db: Queries, id: string): Alert {
  const [alert] = listAlerts(db, 'a.id = :id', { id }, 1);
  if (!alert) throw notFound('Alert', id);
  return alert;
}

export const alertHandlers: Handlers<AlertMethods> = {
  'alerts.list': ({ state, clientId, deviceId, limit, cursor }, { db }) => {
    const conditions: string[] = [alertStates[state]];
    const params: Record<string, unknown> = {};
    if (clientId) {
      conditions.push('a.client_id = :clientId');
      params.clientId = clientId;
    }
    if (deviceId) {
      conditions.push('a.device_id = :deviceId');
      params.deviceId = deviceId;
    }
    if (cursor) {
      const [openedAt, id] = decodeCursor<[string, string]>(cursor, ['string', 'string']);
      conditions.push('(a.opened_at < :openedAt OR (a.opened_at = :openedAt AND a.id < :afterId))');
      Object.assign(params, { openedAt, afterId: id });
    }
    const items = listAlerts(db, conditions.join(' AND '), params, limit + 1);
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page, nextCursor: items.length > limit && last ? encodeCursor([last.openedAt, last.id]) : null };
  },

  'alerts.acknowledge': ({ id, comment }, { tx, actor, now }) => {
    const alert = findAlert(tx, id);
    if (alert.closedAt) throw conflict('The alert is already closed: the check has recovered', 'id');
    tx.update(alertsTable, id, { acknowledged_at: now().toISOString(), acknowledged_by: actor.name, ack_comment: comment });
    return findAlert(tx, id);
  },
};
