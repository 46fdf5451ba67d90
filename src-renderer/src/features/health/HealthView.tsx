import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type StateCounts, check } from '../../../../src-main/checks/schemas';
import { useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';
import { href } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { AlertTable } from '../alerts/AlertTable';
import { markHealthPainted } from './perf';
import { StateBadge } from './StateBadge';
import './health.css';

const checkStates = check.shape.state.options;
const liveTypes = ['health.changed', 'alerts.changed'] as const;

/** The fleet at a glance; refreshed when the core says health or alerts changed. */
export function HealthView() {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useQuery('health.overview', {});
  const alerts = useQuery('alerts.list', { state: 'open', limit: 50 });
  // Acknowledged alerts stay in view (with their comment) until they close.
  const acknowledged = useQuery('alerts.list', { state: 'acknowledged', limit: 50 });
  useLiveReload(overview.reload, liveTypes);
  useLiveReload(alerts.reload, liveTypes);
  useLiveReload(acknowledged.reload, liveTypes);
  const painted = useRef(false);
  useLayoutEffect(() => {
    if (overview.data === undefined || painted.current) return;
    painted.current = true;
    markHealthPainted();
  }, [overview.data]);
  const at = overview.data?.at;
  const activeAlerts = alerts.data ? [...alerts.data.items, ...(acknowledged.data?.items ?? [])].sort((a, b) => b.openedAt.localeCompare(a.openedAt)) : undefined;

  return (
    <div className="view">
      <PageHeader title={t('health.title')} meta={at ? <span className="live">{t('health.updated', { time: format.dateTime(at) })}</span> : null} />
      <div className="view__scroll">
        <QueryView query={overview}>
          {(data) => {
            const total = Object.values(data.checks).reduce((sum, n) => sum + n, 0);
            return (
              <div className="health">
                <Counts title={t('health.checksByState')} counts={data.checks} name="checks" />
                <Counts title={t('health.devicesByState')} counts={data.devices} name="devices" />
                {total === 0 ? <p className="panel__empty health__wide">{t('health.noChecks')}</p> : null}
                <section className="panel health__wide" aria-label={t('health.openAlerts')}>
                  <h2 className="panel__title">
                    {t('health.openAlerts')} <span className="muted">{t('health.alertCount', { count: data.openAlerts.count })}</span>
                  </h2>
                  {(activeAlerts ?? data.openAlerts.latest).length === 0 ? (
                    <p className="panel__empty">{t('health.noAlerts')}</p>
                  ) : (
                    <AlertTable alerts={activeAlerts ?? data.openAlerts.latest} />
                  )}
                </section>
                <section className="panel" aria-label={t('health.worstDevices')}>
                  <h2 className="panel__title">{t('health.worstDevices')}</h2>
                  {data.worstDevices.length === 0 ? (
                    <p className="panel__empty">{t('health.noWorst')}</p>
                  ) : (
                    <table className="htable">
                      <thead>
                        <tr>
                          <th>{t('health.columns.state')}</th>
                          <th>{t('health.columns.device')}</th>
                          <th>{t('health.columns.client')}</th>
                          <th className="htable__num">{t('health.columns.check')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.worstDevices.map((device) => (
                          <tr key={device.deviceId}>
                            <td>
                              <StateBadge state={device.state} />
                            </td>
                            <td>
                              <a href={href(`/devices/${device.deviceId}/health`)}>{device.name}</a>
                            </td>
                            <td>
                              <a href={href(`/clients/${device.clientId}`)}>{device.clientName}</a>
                            </td>
                            <td className="htable__num">{t('health.failing', { count: device.failingChecks })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
                <section className="panel" aria-label={t('health.certificates')}>
                  <h2 className="panel__title">{t('health.certificates')}</h2>
                  {data.expiringCertificates.length === 0 ? (
                    <p className="panel__empty">{t('health.noCertificates')}</p>
                  ) : (
                    <table className="htable">
                      <thead>
                        <tr>
                          <th>{t('health.columns.target')}</th>
                          <th>{t('health.columns.client')}</th>
                          <th>{t('health.columns.expires')}</th>
                          <th className="htable__num">{t('health.columns.left')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.expiringCertificates.map((cert) => (
                          <tr key={cert.checkId}>
                            <td className="mono">{cert.target}</td>
                            <td>{cert.deviceName ?? cert.clientName}</td>
                            <td>{format.dateTime(cert.expiresAt)}</td>
                            <td className="htable__num">{cert.daysLeft < 0 ? t('health.expired') : t('health.daysLeft', { count: cert.daysLeft })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              </div>
            );
          }}
        </QueryView>
      </div>
    </div>
  );
}

function Counts({ title, counts, name }: { title: string; counts: StateCounts; name: string }) {
  const format = useFormat();
  return (
    <section className="panel" aria-label={title} data-counts={name}>
      <h2 className="panel__title">{title}</h2>
      <div className="panel__body counts">
        {checkStates.map((state) => (
          <div key={state} className={counts[state] === 0 ? 'count count--zero' : 'count'} data-state={state}>
            <StateBadge state={state} />
            <span className="count__value">{format.number(counts[state])}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
