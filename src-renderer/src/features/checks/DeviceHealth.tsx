import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../src-main/checks/schemas';
import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { concerns, useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { QueryView } from '../../ui/QueryView';
import { StateBadge } from '../health/StateBadge';
import '../health/health.css';
import { ChecksPanel } from './ChecksPanel';
import { LatencyChart } from './LatencyChart';
import { MaintenancePanel } from './MaintenancePanel';
import './checks.css';

const liveTypes = ['health.changed', 'checks.results'] as const;

/** A device's Health tab: its checks, their latency, state changes and uptime per day. */
export function DeviceHealth({ device }: { device: DeviceListItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const health = useQuery('health.device', { deviceId: device.id, days: 30 });
  const client = useQuery('clients.get', { id: device.clientId });
  useLiveReload(health.reload, liveTypes, (event) => concerns(event, device.id, health.data?.checks.map((check) => check.id)));

  return (
    <div className="view__scroll">
      <QueryView query={health}>
        {(data) => (
          <div className="health device-health">
            <ChecksPanel checks={data.checks} owner={{ deviceId: device.id }} defaultHost={device.ip || device.hostname} empty={t('checks.none')} />
            {client.data ? <MaintenancePanel scope={{ deviceId: device.id }} timezone={client.data.timezone} /> : null}
            <div className="health__wide">
              <LatencyChart checks={data.checks} />
            </div>
            <section className="panel" aria-label={t('checks.timeline')}>
              <h2 className="panel__title">{t('checks.timeline')}</h2>
              {data.timeline.length === 0 ? (
                <p className="panel__empty">{t('checks.noChanges')}</p>
              ) : (
                <ol className="timeline">
                  {data.timeline.map((change) => (
                    <li key={`${change.at}-${change.checkId}-${change.to}`} className="timeline__item">
                      <span className="timeline__at">{format.dateTime(change.at)}</span>
                      <StateBadge state={change.to as Check['state']} />
                      <span>{change.checkLabel}</span>
                      <span className="muted timeline__message">{change.message}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section className="panel" aria-label={t('checks.uptime')}>
              <h2 className="panel__title">{t('checks.uptime')}</h2>
              {data.uptime.every((day) => day.ratio === null) ? (
                <p className="panel__empty">{t('checks.noUptime')}</p>
              ) : (
                <div className="uptime">
                  {data.uptime.map((day) => {
                    const label = t('checks.uptimeDay', { day: format.date(day.day), ratio: day.ratio === null ? t('common.none') : `${(day.ratio * 100).toFixed(2)}%` });
                    const tone = day.ratio === null ? 'none' : day.ratio >= 0.999 ? 'ok' : day.ratio >= 0.98 ? 'warning' : 'critical';
                    return <span key={day.day} className={`uptime__day uptime__day--${tone}`} title={label} aria-label={label} role="img" />;
                  })}
                </div>
              )}
            </section>
          </div>
        )}
      </QueryView>
    </div>
  );
}
