import { sharedTable } from '../store/shared-table';

export const accountsTable = sharedTable('accounts', ['login', 'name', 'role', 'archived_at', 'created_at', 'updated_at']);
