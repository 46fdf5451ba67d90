import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryState } from '../api/useQuery';
import { ErrorState } from './ErrorState';
import { Spinner } from './Spinner';

/** The loading and error halves of every screen, so views only describe the data they show. */
export function QueryView<T>({ query, children }: { query: QueryState<T> & { reload(): void }; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.status === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  return <Spinner label={t('common.loading')} />;
}
