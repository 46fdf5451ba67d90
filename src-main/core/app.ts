import { checksHandlers } from '../checks/app';
import type { ChecksRuntime } from '../checks/runtime';
import { fleetHandlers } from '../fleet/app';
import { slaPolicyHandlers } from '../sla-policies/app';
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
  };
}
