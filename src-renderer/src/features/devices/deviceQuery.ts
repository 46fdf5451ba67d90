import { type DeviceKind, type DeviceSearchInput, deviceKinds } from '../../../../src-main/fleet/schemas';
import type { Params } from '../../app/router';
import { type Sort, parseSort } from '../../ui/table/columns';
import { localToday, soonDays } from './warranty';

export const warrantyFilters = ['expired', 'soon'] as const;
export type WarrantyFilter = (typeof warrantyFilters)[number];

export const defaultSort: Sort = { by: 'name', dir: 'asc' };

/** What the devices table asks the core for, minus paging. */
export type DeviceQuery = Omit<DeviceSearchInput, 'limit' | 'offset' | 'cursor'>;

const isKind = (value: string | undefined): value is DeviceKind => deviceKinds.some((kind) => kind === value);

/**
 * The address holds the filters (#/devices?kind=server&warranty=soon&sort=ip:desc), so a
 * filtered list can be bookmarked, shared, and returned to with Back.
 */
export function deviceQueryFrom(params: Params, scopeClientId?: string): DeviceQuery {
  const sort = parseSort(params.sort, defaultSort);
  const warranty = params.warranty === 'expired' ? localToday() : params.warranty === 'soon' ? localToday(soonDays) : undefined;
  const clientId = scopeClientId ?? (params.client || undefined);
  return {
    query: params.q || undefined,
    clientId,
    siteId: clientId ? params.site || undefined : undefined,
    kind: isKind(params.kind) ? params.kind : undefined,
    os: params.os || undefined,
    tag: params.tag || undefined,
    warrantyBefore: warranty,
    archived: params.archived === '1' ? 'all' : 'active',
    sort: { by: sort.by as NonNullable<DeviceQuery['sort']>['by'], dir: sort.dir },
  };
}

/** Filters the user set (the scope of a client page is not one of them). */
export const filterParams = ['q', 'client', 'site', 'kind', 'os', 'tag', 'warranty'] as const;
