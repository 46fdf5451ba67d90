import { sharedTable } from '../store/shared-table';

export const checksTable = sharedTable('checks', [
  'client_id',
  'device_id',
  'kind',
  'label',
  'target',
  'config',
  'interval_seconds',
  'timeout_ms',
  'retries',
  'warn_ms',
  'crit_ms',
  'paused',
  'created_at',
  'updated_at',
  'deleted_at',
  'run_on',
]);

export const stateChangesTable = sharedTable('state_changes', ['check_id', 'device_id', 'client_id', 'at', 'from_state', 'to_state', 'message']);

export const alertsTable = sharedTable('alerts', [
  'check_id',
  'device_id',
  'client_id',
  'severity',
  'message',
  'opened_at',
  'closed_at',
  'acknowledged_at',
  'acknowledged_by',
  'ack_comment',
]);

export const maintenanceWindowsTable = sharedTable('maintenance_windows', [
  'scope',
  'scope_id',
  'reason',
  'starts_at',
  'ends_at',
  'rrule',
  'start_local',
  'duration_minutes',
  'timezone',
  'created_at',
  'created_by',
  'deleted_at',
]);

export const suppressionsTable = sharedTable('alert_suppressions', ['check_id', 'device_id', 'window_id', 'at', 'severity', 'message']);
