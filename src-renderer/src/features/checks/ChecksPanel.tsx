import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../src-main/checks/schemas';
import { mutate } from '../../api/mutate';
import { useKey } from '../../app/shortcuts';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StateBadge } from '../health/StateBadge';
import '../health/health.css';
import { CheckForm, type CheckOwner } from './CheckForm';
import './checks.css';

interface ChecksPanelProps {
  checks: Check[];
  owner: CheckOwner;
  /** Prefills the target of a new check (the device's address). */
  defaultHost?: string;
  empty: string;
  /** Set when the list shows only the first of more checks. */
  total?: number;
}

/** A table of checks with their state and last result, and adding, editing, running, pausing and deleting them. */
export function ChecksPanel({ checks, owner, defaultHost, empty, total }: ChecksPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Check | null>(null);
  const [deleting, setDeleting] = useState<Check | null>(null);
  useKey('n', useCallback(() => setAdding(true), []));

  return (
    <section className="panel health__wide" aria-label={t('checks.title')}>
      <h2 className="panel__title">
        {t('checks.title')} <span className="muted">{format.number(total ?? checks.length)}</span>
        <span className="panel__actions">
          <Button icon="plus" shortcut="N" onClick={() => setAdding(true)}>
            {t('checks.add')}
          </Button>
        </span>
      </h2>
      {checks.length === 0 ? (
        <p className="panel__empty">{empty}</p>
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
            {checks.map((check) => (
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
      {total !== undefined && total > checks.length ? <p className="panel__empty">{t('checks.showingFirst', { shown: checks.length, total })}</p> : null}
      {adding ? <CheckForm owner={owner} defaultHost={defaultHost} onClose={() => setAdding(false)} /> : null}
      {editing ? <CheckForm key={editing.id} owner={owner} check={editing} onClose={() => setEditing(null)} /> : null}
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
    </section>
  );
}
