import type { Api } from '../../../../src-main/core/contract';
import type { OutputOf } from '../../../../src-main/core/method';
import { href } from '../../app/router';

type Results = OutputOf<Api, 'fleet.search'>;
export type SearchGroup = keyof Results;

export type SearchItem =
  | { group: 'clients'; id: string; href: string; client: Results['clients'][number] }
  | { group: 'sites'; id: string; href: string; site: Results['sites'][number] }
  | { group: 'devices'; id: string; href: string; device: Results['devices'][number] };

/** The results in display order, one list for the arrow keys; a site opens its client's devices there. */
export function searchItems(results: Results): SearchItem[] {
  return [
    ...results.clients.map((client): SearchItem => ({ group: 'clients', id: client.id, href: href(`/clients/${client.id}`), client })),
    ...results.sites.map((site): SearchItem => ({ group: 'sites', id: site.id, href: href(`/clients/${site.clientId}/devices`, { site: site.id }), site })),
    ...results.devices.map((device): SearchItem => ({ group: 'devices', id: device.id, href: href(`/devices/${device.id}`), device })),
  ];
}
