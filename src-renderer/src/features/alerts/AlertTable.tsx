import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../../src-main/checks/schemas';
import { href } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { StateBadge } from '../health/StateBadge';
import { AcknowledgeDialog } from './AcknowledgeDialog';

/** Open alerts, newest first, each acknowledged in place with a comment. */
export function AlertTable({ alerts }: { alerts: Alert[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [acknowledging, setAcknowledging] = useState<Alert | null>(null);
  return (
    <>
      <table className="htable">
        <thead>
          <tr>
            <th>{t('health.columns.severity')}</th>
            <th>{t('health.columns.check')}</th>
            <th>{t('health.columns.device')}</th>
            <th>{t('health.columns.message')}</th>
            <th>{t('health.columns.opened')}</th>
            <th className="htable__actions" />
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr key={alert.id} data-alert={alert.id}>
              <td>
                <StateBadge state={alert.severity} />
              </td>
              <td>{alert.checkLabel}</td>
              <td>{alert.deviceId ? <a href={href(`/devices/${alert.deviceId}/health`)}>{alert.deviceName}</a> : alert.clientName}</td>
              <td className="htable__message" title={alert.acknowledgedAt ? t('health.acknowledgedBy', { name: alert.acknowledgedBy ?? '', comment: alert.comment ?? '' }) : alert.message}>
                {alert.acknowledgedAt ? t('health.acknowledgedBy', { name: alert.acknowledgedBy ?? '', comment: alert.comment ?? '' }) : alert.message}
              </td>
              <td>{format.dateTime(alert.openedAt)}</td>
              <td className="htable__actions">
                {alert.acknowledgedAt === null && alert.closedAt === null ? (
                  <Button variant="ghost" onClick={() => setAcknowledging(alert)}>
                    {t('health.acknowledge')}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {acknowledging ? <AcknowledgeDialog alert={acknowledging} onClose={() => setAcknowledging(null)} /> : null}
    </>
  );
}
