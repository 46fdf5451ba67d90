import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../src-main/core/contract';
import type { OutputOf } from '../../../../src-main/core/method';
import { mutate } from '../../api/mutate';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { errorMessage } from '../../ui/errorMessage';
import { StateBadge } from '../health/StateBadge';
import '../health/health.css';
import '../checks/checks.css';

type Output = OutputOf<Api, 'checks.runSite'>;

/** Runs every check of a site's devices once, now, and lists the results. */
export function RunSiteChecks({ siteId, siteName, onClose }: { siteId: string; siteName: string; onClose(): void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Output | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    mutate('checks.runSite', { siteId }).then(
      (output) => live && setResult(output),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [siteId]);

  return (
    <Dialog title={t('sites.runChecks.title', { name: siteName })} onClose={onClose} closeOnBackdrop>
      <div className="dialog__body run-site" aria-busy={!result && !error}>
        {error ? (
          <p className="form-error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : !result ? (
          <Spinner label={t('sites.runChecks.running')} />
        ) : result.items.length === 0 ? (
          <p className="muted">{t('sites.runChecks.none')}</p>
        ) : (
          <table className="htable" aria-label={t('sites.runChecks.results')}>
            <thead>
              <tr>
                <th>{t('sites.runChecks.columns.status')}</th>
                <th>{t('sites.runChecks.columns.check')}</th>
                <th>{t('sites.runChecks.columns.device')}</th>
                <th className="htable__num">{t('sites.runChecks.columns.latency')}</th>
                <th>{t('sites.runChecks.columns.message')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((item) => (
                <tr key={item.checkId} data-state={item.result.status}>
                  <td>
                    <StateBadge state={item.result.status} />
                  </td>
                  <td>{item.label || item.target}</td>
                  <td>{item.deviceName ?? t('common.none')}</td>
                  <td className="htable__num mono">{item.result.latencyMs !== null ? `${Math.round(item.result.latencyMs)} ms` : t('common.none')}</td>
                  <td className="htable__message">{item.result.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <footer className="dialog__footer">
        <Button onClick={onClose}>{t('common.close')}</Button>
      </footer>
    </Dialog>
  );
}
