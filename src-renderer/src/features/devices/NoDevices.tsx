import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useQuery } from '../../api/useQuery';
import { EmptyState } from '../../ui/EmptyState';

/** The fleet has no devices: record one, or, with no client yet, add a client first (devices belong to one). */
export function NoDevices({ newButton }: { newButton: ReactNode }) {
  const { t } = useTranslation();
  const stats = useQuery('fleet.stats', {});
  if (stats.data?.clients === 0) {
    return (
      <EmptyState
        title={t('devices.empty')}
        actions={
          <a className="button button--primary" href={href('/clients')}>
            {t('shell.goToClients')}
          </a>
        }
      >
        {t('devices.noClientsHint')}
      </EmptyState>
    );
  }
  return (
    <EmptyState title={t('devices.empty')} actions={newButton}>
      {t('devices.emptyHint')}
    </EmptyState>
  );
}
