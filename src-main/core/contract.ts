import { accountsContract } from '../accounts/contract';
import { checksContract } from '../checks/contract';
import { fleetContract } from '../fleet/contract';
import { settingsContract } from '../settings/contract';
import { slaPoliciesContract } from '../sla-policies/contract';
import { tasksContract } from '../tasks/contract';
import { systemContract } from '../system/contract';
import type { Contract } from './method';

/** Every method of the API, composed from the domains. Both transports and the OpenAPI document serve this. */
export const contract = {
  ...systemContract,
  ...fleetContract,
  ...checksContract,
  ...slaPoliciesContract,
  ...tasksContract,
  ...settingsContract,
  ...accountsContract,
} satisfies Contract;

export type Api = typeof contract;
export type ApiMethod = keyof Api & string;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(contract, name);
}
