import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../src-main/checks/schemas';
import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { concerns, useLiveReload } from '../../api/events';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { useKey } from '../../app/shortcuts';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QueryView } from '../../ui/QueryView';
import { StateBadge } from '../health/StateBadge';
import '../health/health.css';
import { CheckForm } from './CheckForm';
import { LatencyChart } from './LatencyChart';
import { MaintenancePanel } from './MaintenancePanel';
import './checks.css';

const liveTypes = ['health.changed', 'checks.results'] as const;

/** A device's Health tab: its checks, their latency, state changes and uptime per day. */
export function DeviceHealth({ device }: { device: DeviceListItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const health = useQuery('health.device', { deviceId: device.id, days: 30 });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Check | null>(null);
  const [deleting, setDeleting] = useState<Check | null>(null);
  useLiveReload(health.reload, liveTypes, (event) => concerns(event, device.id, health.data?.checks.map((check) => check.id)));
  useKey('n', useCallback(() => setAdding(true), []));

  return (
    <div className="view__scroll">
      <QueryView query={health}>
        {(data) => (
          <div className="health device-health">
            <section className="panel health__wide" aria-label={t('checks.title')}>
              <h2 className="panel__title">
                {t('checks.title')} <span className="muted">{format.number(data.checks.length)}</span>
                <span className="panel__actions">
                  <Button icon="plus" shortcut="N" onClick={() => setAdding(true)}>
                    {t('checks.add')}
                  </Button>
                </span>
              </h2>
              {data.checks.length === 0 ? (
                <p className="panel__empty">{t('checks.none')}</p>
              ) : (
                <table className="htable">
                  <thead>
                    <tr>
                      <th>{t('checks.columns.state')}</th>
                      <th>{t('checks.columns.check')}</th>
                      <th>{t('checks.columns.kind')}</th>
                      <th>{t('checks.columns.target')}</th>
                      <th>{t('checks.columns.lastResult')}</th>
                      <th className="htable__num">{t('checks.columns.latency')}</th>
                      <th className="htable__num">{t('checks.columns.interval')}</th>
                      <th className="htable__actions" />
                    </tr>
                  </thead>
                  <tbody>
                    {data.checks.map((check) => (
                      <tr key={check.id} data-check={check.id} data-state={check.state}>
                        <td>
                          <StateBadge state={check.state} />
                        </td>
                        <td>{check.label || check.target}</td>
                        <td>{t(`checks.kinds.${check.kind}`)}</td>
                        <td className="mono">{check.target}</td>
                        <td className="htable__message" title={check.lastResult ? `${format.dateTime(check.lastResult.at)} · ${check.lastResult.message}` : undefined}>
                          {check.lastResult ? check.lastResult.message || t(`health.states.${check.lastResult.status}`) : t('checks.never')}
                        </td>
                        <td className="htable__num mono">{check.lastResult?.latencyMs != null ? `${Math.round(check.lastResult.latencyMs)} ms` : t('common.none')}</td>
                        <td className="htable__num">{t('checks.everySeconds', { count: check.intervalSeconds })}</td>
                        <td className="htable__actions" aria-label={t('checks.actions', { name: check.label || check.target })}>
                          <Button variant="ghost" onClick={() => setEditing(check)}>
                            {t('checks.edit')}
                          </Button>
                          <Button variant="ghost" onClick={() => void mutate('checks.runNow', { id: check.id })}>
                            {t('checks.runNow')}
                          </Button>
                          <Button variant="ghost" onClick={() => void mutate(check.paused ? 'checks.resume' : 'checks.pause', { id: check.id })}>
                            {check.paused ? t('checks.resume') : t('checks.pause')}
                          </Button>
                          <Button variant="ghost" onClick={() => setDeleting(check)}>
                            {t('checks.delete')}
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <MaintenancePanel deviceId={device.id} />
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
      {adding ? <CheckForm device={device} onClose={() => setAdding(false)} /> : null}
      {editing ? <CheckForm key={editing.id} device={device} check={editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('checks.deleteTitle', { name: deleting.label || deleting.target })}
          body={t('checks.deleteBody')}
          confirmLabel={t('checks.delete')}
          danger
          onConfirm={() => mutate('checks.delete', { id: deleting.id })}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
