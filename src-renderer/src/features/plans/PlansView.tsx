import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { PageHeader } from '../../ui/PageHeader';
import { PlansList } from './PlansList';

/** Every client's maintenance plans. */
export function PlansView() {
  const { t } = useTranslation();
  const clients = useQuery('clients.list', { archived: 'all' });
  const names = useMemo(() => new Map((clients.data?.items ?? []).map((c) => [c.id, c.name])), [clients.data]);
  const clientName = useCallback((id: string) => names.get(id) ?? id, [names]);
  return (
    <div className="view">
      <PageHeader title={t('plans.title')} />
      <PlansList clientName={clientName} />
    </div>
  );
}
