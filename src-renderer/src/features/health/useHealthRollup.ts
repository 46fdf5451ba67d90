import { useMemo } from 'react';
import type { Check } from '../../../../src-main/checks/schemas';
import { useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';

type State = Check['state'];
const liveTypes = ['health.changed'] as const;

/**
 * Clients' and sites' rolled-up health (the worst state of their checks), of one client or all,
 * kept current by the core's health events. A scope with no checks has no state.
 */
export function useHealthRollup(clientId?: string): { clientState(id: string): State | null; siteState(id: string): State | null } {
  const rollup = useQuery('health.rollup', clientId ? { clientId } : {});
  useLiveReload(rollup.reload, liveTypes);
  return useMemo(() => {
    const clients = new Map(rollup.data?.clients.map((item) => [item.clientId, item.state]));
    const sites = new Map(rollup.data?.sites.map((item) => [item.siteId, item.state]));
    return { clientState: (id) => clients.get(id) ?? null, siteState: (id) => sites.get(id) ?? null };
  }, [rollup.data]);
}
