import { sharedTable } from '../store/shared-table';

export const slaPoliciesTable = sharedTable('sla_policies', ['name', 'timezone', 'hours', 'holidays', 'targets', 'created_at', 'updated_at']);
