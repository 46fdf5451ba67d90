import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check, MaintenanceWindow } from '../../../../src-main/checks/schemas';
import { ApiError } from '../../api/client';
import { useLiveReload } from '../../api/events';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { consoleZone, useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { errorMessage } from '../../ui/errorMessage';
import { StateBadge } from '../health/StateBadge';

type Mode = 'oneOff' | 'recurring';

export type MaintenanceScope = { deviceId: string } | { siteId: string } | { clientId: string };

const suppressionEvents = ['health.changed'] as const;
/** A datetime-local value ("YYYY-MM-DDTHH:MM", this machine's zone) as an ISO instant. */
const instant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/**
 * The maintenance windows of a device, a site or a client: listed, added (one-off, or recurring in
 * the client's time zone `timezone`) and deleted, with the alerts they held back.
 */
export function MaintenancePanel({ scope, timezone }: { scope: MaintenanceScope; timezone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const windows = useQuery('maintenance.list', scope);
  const suppressions = useQuery('maintenance.suppressions', { ...scope, limit: 20 });
  // A suppression is logged when a check's state changes under a window.
  useLiveReload(suppressions.reload, suppressionEvents);
  const [adding, setAdding] = useState(false);
  const [mode, setMode] = useState<Mode>('oneOff');
  const [values, setValues] = useState({ reason: '', from: '', to: '', rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '', duration: '60' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [key]: event.target.value }));
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldError(path) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const common = { ...scope, reason: values.reason };
      await mutate(
        'maintenance.create',
        mode === 'oneOff'
          ? { ...common, from: instant(values.from), to: instant(values.to) }
          : { ...common, rrule: values.rrule, start: values.start || undefined, durationMinutes: values.duration ? Number(values.duration) : undefined, timezone },
      );
      setAdding(false);
      setValues((previous) => ({ ...previous, reason: '', from: '', to: '', start: '' }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const when = (w: MaintenanceWindow) =>
    w.rrule
      ? t('maintenance.recurringWhen', { rrule: w.rrule, start: w.start ?? '', minutes: w.durationMinutes ?? 0, zone: w.timezone ?? '' })
      : t('maintenance.oneOffWhen', { from: w.from ? format.dateTime(w.from) : '', to: w.to ? format.dateTime(w.to) : '' });

  const items = windows.data?.items ?? [];
  const field = (key: keyof typeof values, label: string, type: string, path: string = key) => (
    <Field label={label} htmlFor={`maintenance-${key}`} error={fieldError(path)}>
      <input id={`maintenance-${key}`} className="input" type={type} value={values[key]} onChange={set(key)} aria-invalid={fieldError(path) ? true : undefined} />
    </Field>
  );

  return (
    <section className="panel health__wide" aria-label={t('maintenance.title')}>
      <h2 className="panel__title">
        {t('maintenance.title')}
        <span className="panel__actions">
          {adding ? null : (
            <Button icon="plus" onClick={() => setAdding(true)}>
              {t('maintenance.add')}
            </Button>
          )}
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="panel__empty">{t('maintenance.none')}</p>
      ) : (
        <table className="htable">
          <thead>
            <tr>
              <th>{t('maintenance.columns.when')}</th>
              <th>{t('maintenance.columns.reason')}</th>
              <th>{t('maintenance.columns.next')}</th>
              <th className="htable__actions" />
            </tr>
          </thead>
          <tbody>
            {items.map((w) => (
              <tr key={w.id} data-window={w.id}>
                <td>
                  {when(w)} {w.activeNow ? <strong>· {t('maintenance.activeNow')}</strong> : null}
                </td>
                <td>{w.reason || t('common.none')}</td>
                <td>{w.nextStart ? format.dateTime(w.nextStart) : t('common.none')}</td>
                <td className="htable__actions">
                  <Button variant="ghost" onClick={() => void mutate('maintenance.delete', { id: w.id })}>
                    {t('maintenance.delete')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <form className="maintenance__form" aria-label={t('maintenance.add')} noValidate onSubmit={(event) => void submit(event)}>
          <Field label={t('maintenance.mode')} htmlFor="maintenance-mode">
            <select id="maintenance-mode" className="input select" value={mode} onChange={(event) => setMode(event.target.value as Mode)}>
              <option value="oneOff">{t('maintenance.oneOff')}</option>
              <option value="recurring">{t('maintenance.recurring')}</option>
            </select>
          </Field>
          {mode === 'oneOff' ? (
            <>
              {field('from', t('maintenance.from'), 'datetime-local')}
              {field('to', t('maintenance.to'), 'datetime-local')}
              <p className="maintenance__zone muted">{t('maintenance.browserZone', { zone: consoleZone() })}</p>
            </>
          ) : (
            <>
              {field('rrule', t('maintenance.rrule'), 'text')}
              {field('start', t('maintenance.start'), 'datetime-local')}
              {field('duration', t('maintenance.duration'), 'number', 'durationMinutes')}
              <p className="maintenance__zone muted">{t('maintenance.clientZone', { zone: timezone })}</p>
            </>
          )}
          {field('reason', t('maintenance.reason'), 'text')}
          <Button type="submit" variant="primary" busy={busy}>
            {t('common.save')}
          </Button>
          <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
          {error && !(error instanceof ApiError && error.body.fields?.length) ? (
            <p className="form-error field--wide" role="alert">
              {errorMessage(t, error)}
            </p>
          ) : null}
          {error instanceof ApiError && fieldError('deviceId') ? <p className="form-error">{fieldError('deviceId')}</p> : null}
        </form>
      ) : null}
      <h3 className="panel__subtitle">{t('maintenance.suppressed')}</h3>
      {!suppressions.data?.items.length ? (
        <p className="panel__empty">{suppressions.status === 'error' ? errorMessage(t, suppressions.error) : t('maintenance.noneSuppressed')}</p>
      ) : (
        <table className="htable" aria-label={t('maintenance.suppressed')}>
          <thead>
            <tr>
              <th>{t('maintenance.columns.at')}</th>
              <th>{t('maintenance.columns.severity')}</th>
              <th>{t('maintenance.columns.check')}</th>
              <th>{t('maintenance.columns.window')}</th>
              <th>{t('maintenance.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {suppressions.data.items.map((item) => (
              <tr key={`${item.at}-${item.checkId}`} data-suppression={item.checkId}>
                <td className="mono">{format.dateTime(item.at)}</td>
                <td>
                  <StateBadge state={item.severity as Check['state']} />
                </td>
                <td>{item.deviceName ? `${item.deviceName} · ${item.checkLabel}` : item.checkLabel}</td>
                <td>{item.windowReason || t('common.none')}</td>
                <td className="htable__message">{item.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
