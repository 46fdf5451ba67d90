import { z } from 'zod';
import { everyone, method, staff } from '../core/method';
import * as s from './schemas';


export const fleetContract = {
  'clients.create': method({ summary: 'Create a client', access: 'write', roles: staff, input: s.clientCreateInput, output: s.client }),
  'clients.get': method({ summary: 'One client', access: 'read', roles: everyone, input: s.byId, output: s.clientSummary }),
  'clients.list': method({
    summary: 'Clients, optionally filtered by a text query',
    access: 'read',
    roles: everyone,
    input: s.clientListInput,
    output: z.object({ items: z.array(s.clientSummary) }),
  }),
  'clients.update': method({ summary: 'Change a client', access: 'write', roles: staff, input: s.clientUpdateInput, output: s.client }),
  'clients.archive': method({ summary: 'Archive a client', access: 'write', roles: staff, input: s.byId, output: s.client }),
  'clients.restore': method({ summary: 'Restore an archived client', access: 'write', roles: staff, input: s.byId, output: s.client }),

  'sites.create': method({ summary: 'Create a site', access: 'write', roles: staff, input: s.siteCreateInput, output: s.site }),
  'sites.get': method({ summary: 'One site', access: 'read', roles: everyone, input: s.byId, output: s.siteSummary }),
  'sites.list': method({
    summary: "A client's sites (or all sites)",
    access: 'read',
    roles: everyone,
    input: s.siteListInput,
    output: z.object({ items: z.array(s.siteSummary) }),
  }),
  'sites.update': method({ summary: 'Change a site', access: 'write', roles: staff, input: s.siteUpdateInput, output: s.site }),
  'sites.archive': method({ summary: 'Archive a site', access: 'write', roles: staff, input: s.byId, output: s.site }),
  'sites.restore': method({ summary: 'Restore an archived site', access: 'write', roles: staff, input: s.byId, output: s.site }),

  'contacts.create': method({ summary: 'Add a contact', access: 'write', roles: everyone, input: s.contactCreateInput, output: s.contact }),
  'contacts.list': method({
    summary: "A client's or a site's contacts",
    access: 'read',
    roles: everyone,
    input: s.contactListInput,
    output: z.object({ items: z.array(s.contact) }),
  }),
  'contacts.update': method({ summary: 'Change a contact', access: 'write', roles: everyone, input: s.contactUpdateInput, output: s.contact }),
  'contacts.archive': method({ summary: 'Archive a contact', access: 'write', roles: staff, input: s.byId, output: s.contact }),
  'contacts.restore': method({ summary: 'Restore an archived contact', access: 'write', roles: staff, input: s.byId, output: s.contact }),

  'devices.create': method({ summary: 'Record a device', access: 'write', roles: everyone, input: s.deviceCreateInput, output: s.device }),
  'devices.get': method({ summary: 'One device', access: 'read', roles: everyone, input: s.byId, output: s.deviceListItem }),
  'devices.update': method({ summary: 'Change a device', access: 'write', roles: everyone, input: s.deviceUpdateInput, output: s.device }),
  'devices.archive': method({ summary: 'Archive a device', access: 'write', roles: staff, input: s.byId, output: s.device }),
  'devices.restore': method({ summary: 'Restore an archived device', access: 'write', roles: staff, input: s.byId, output: s.device }),
  'devices.search': method({
    summary: 'Search, filter and sort devices, a page at a time',
    access: 'read',
    roles: everyone,
    input: s.deviceSearchInput,
    output: s.deviceSearchOutput,
  }),
  'devices.facets': method({
    summary: 'Operating systems and tags in use, for filters',
    access: 'read',
    roles: everyone,
    input: z.object({ clientId: s.id.optional() }).strict(),
    output: s.deviceFacetsOutput,
  }),

  'fleet.search': method({
    summary: 'Clients, sites and devices matching a text, for the search box',
    access: 'read',
    roles: everyone,
    input: s.fleetSearchInput,
    output: s.fleetSearchOutput,
  }),
  'fleet.loadDemo': method({
    summary: 'Fill an empty database with a demo MSP fleet',
    access: 'write',
    roles: ['admin'],
    input: z.object({}).strict().default({}),
    output: z.object({ clients: z.number(), sites: z.number(), devices: z.number(), contacts: z.number() }),
  }),
  'fleet.stats': method({
    summary: 'How much the fleet holds (an empty database offers the demo)',
    access: 'read',
    roles: everyone,
    input: z.object({}).strict().default({}),
    output: z.object({ clients: z.number(), sites: z.number(), devices: z.number(), demo: z.boolean() }),
  }),
};
