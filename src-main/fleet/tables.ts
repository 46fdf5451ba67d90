import { sharedTable } from '../store/shared-table';

const audit = ['created_at', 'updated_at', 'archived_at'] as const;

export const clientsTable = sharedTable('clients', ['code', 'name', 'timezone', 'notes', 'sla_policy_id', 'is_demo', ...audit]);
export const sitesTable = sharedTable('sites', ['client_id', 'name', 'address', 'networks', 'notes', ...audit]);
export const contactsTable = sharedTable('contacts', ['client_id', 'site_id', 'name', 'role', 'email', 'phone', 'notes', ...audit]);
export const devicesTable = sharedTable('devices', [
  'client_id',
  'site_id',
  'name',
  'kind',
  'hostname',
  'ip',
  'mac',
  'os',
  'vendor',
  'model',
  'serial',
  'warranty_end',
  'criticality',
  'tags',
  'notes',
  ...audit,
]);
