import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../src-main/fleet/schemas';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { StateBadge } from '../health/StateBadge';
import { useHealthRollup } from '../health/useHealthRollup';
import type { Column } from '../../ui/table/columns';

export function useClientColumns(): readonly Column<ClientSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const health = useHealthRollup();
  return useMemo(
    () => [
      { id: 'code', label: t('clients.columns.code'), width: '112px', cell: (c) => <span className="mono">{c.code}</span> },
      {
        id: 'name',
        label: t('clients.columns.name'),
        width: 'minmax(220px, 3fr)',
        cell: (c) => (
          <span className="cell-title">
            <span className="truncate strong">{c.name}</span>
            {c.isDemo ? <Badge tone="demo">{t('common.demo')}</Badge> : null}
            {c.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
          </span>
        ),
      },
      {
        id: 'health',
        label: t('clients.columns.health'),
        width: '120px',
        cell: (c) => {
          const state = health.clientState(c.id);
          return state ? <StateBadge state={state} /> : <span className="muted">{t('common.none')}</span>;
        },
      },
      { id: 'timezone', label: t('clients.columns.timezone'), width: 'minmax(140px, 1fr)', cell: (c) => <span className="muted truncate">{c.timezone}</span> },
      { id: 'sites', label: t('clients.columns.sites'), width: '96px', align: 'end', cell: (c) => <span className="num">{format.number(c.siteCount)}</span> },
      { id: 'devices', label: t('clients.columns.devices'), width: '112px', align: 'end', cell: (c) => <span className="num">{format.number(c.deviceCount)}</span> },
    ],
    [t, format, health],
  );
}
