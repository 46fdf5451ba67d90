import { conflict } from '../core/errors';
import type { WriteContext } from '../core/handlers';
import { clientHandlers } from './clients';
import { contactHandlers } from './contacts';
import type { DemoFleet } from './demo';
import { deviceHandlers } from './devices';
import { clientCreateInput, contactCreateInput, deviceCreateInput, siteCreateInput } from './schemas';
import { siteHandlers } from './sites';
import { clientsTable } from './tables';

export interface LoadedCounts {
  clients: number;
  sites: number;
  devices: number;
  contacts: number;
}

/**
 * Writes a generated fleet through the same validation and handlers as the API, so demo data is
 * exactly what a user could have typed. Only into an empty database: it never mixes with real data.
 */
export function loadDemoFleet(fleet: DemoFleet, context: WriteContext): LoadedCounts {
  const { tx } = context;
  if ((tx.value<number>('SELECT COUNT(*) FROM clients') ?? 0) > 0) {
    throw conflict('The demo fleet loads only into an empty database, and this one already has clients');
  }
  const counts: LoadedCounts = { clients: 0, sites: 0, devices: 0, contacts: 0 };
  for (const demo of fleet.clients) {
    const client = clientHandlers['clients.create'](clientCreateInput.parse(demo.client), context);
    tx.update(clientsTable, client.id, { is_demo: 1 });
    counts.clients += 1;
    const addContact = (contact: (typeof demo.contacts)[number], siteId: string | null) => {
      contactHandlers['contacts.create'](contactCreateInput.parse({ ...contact, clientId: client.id, siteId }), context);
      counts.contacts += 1;
    };
    for (const contact of demo.contacts) addContact(contact, null);
    for (const { site, devices, contacts } of demo.sites) {
      const created = siteHandlers['sites.create'](siteCreateInput.parse({ ...site, clientId: client.id }), context);
      counts.sites += 1;
      for (const contact of contacts) addContact(contact, created.id);
      for (const device of devices) {
        deviceHandlers['devices.create'](deviceCreateInput.parse({ ...device, clientId: client.id, siteId: created.id }), context);
        counts.devices += 1;
      }
    }
  }
  return counts;
}
