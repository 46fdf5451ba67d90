import { accountHandlers } from '../accounts/accounts';
import type { AlertHook } from '../checks/alert-hooks';
import { checksHandlers } from '../checks/app';
import type { ChecksRuntime } from '../checks/runtime';
import { fleetHandlers } from '../fleet/app';
import { settingsHandlers } from '../settings/app';
import { slaPolicyHandlers } from '../sla-policies/app';
import { alertTasksHook } from '../tasks/alert-tasks';
import { tasksHandlers } from '../tasks/app';
import { systemHandlers, type InstanceInfo } from '../system/app';
import type { Api } from './contract';
import type { Handlers } from './handlers';

/** The implementation of every method, composed from the domains; wired by hand, in one place. */
export function createHandlers(info: InstanceInfo, checks: ChecksRuntime): Handlers<Api> {
  return {
    ...systemHandlers(info),
    ...fleetHandlers,
    ...checksHandlers(checks),
    ...slaPolicyHandlers,
    ...tasksHandlers,
    ...settingsHandlers,
    ...accountHandlers,
  };
}

/** What the domains do when a check alert opens or closes: alerts become incident tasks. */
export const coreAlertHooks: readonly AlertHook[] = [alertTasksHook];
