import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';

/**
 * Names for the account ids a view shows (assignees, authors): one `accounts.list` call for just
 * those ids, archived people included. `nameOf(id)` gives the name, the id itself while loading or
 * for an id that is no account, and "—" for null.
 */
export function useAccountNames(ids: readonly (string | null | undefined)[]) {
  const { t } = useTranslation();
  const wanted = useMemo(() => [...new Set(ids.filter((id): id is string => Boolean(id)))].sort(), [ids]);
  const query = useQuery('accounts.list', wanted.length > 0 ? { ids: wanted, includeArchived: true, limit: wanted.length } : null, { keepPrevious: true });
  const names = useMemo(() => new Map((query.data?.items ?? []).map((account) => [account.id, account.name])), [query.data]);
  return useCallback((id: string | null | undefined) => (id ? (names.get(id) ?? id) : t('common.none')), [names, t]);
}
